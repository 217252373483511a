#pragma once

#include <QDate>
#include <QString>

namespace escale {

// « novembre 2026 » (« November 2026 » in English): a month inside a sentence, in the interface's
// language — QLocale's format month name, with the small letter French typography wants there (the
// stand-alone name is capitalised in some locales). Headings use their own capitalised form.
QString monthInSentence(const QDate &month);
// The same for a « YYYY-MM » month (cheque claims); the text itself when it is not one.
QString monthInSentence(const QString &yearMonth);

} // namespace escale
