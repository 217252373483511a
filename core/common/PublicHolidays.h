#pragma once

#include <QDate>

namespace escale::holidays {

// French public holidays (jours fériés, Code du travail L3133-1): 1 January, Easter Monday, 1 May,
// 8 May, Ascension Thursday, Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December.
// Used by opening hours (`PH`) and by the bus tours (no visit on a public holiday unless the stop says
// so). The Alsace-Moselle days (Good Friday, 26 December) are not included.
bool isFrenchPublicHoliday(const QDate &day);

// Easter Sunday of `year` (Gregorian calendar).
QDate easterSunday(int year);

} // namespace escale::holidays
