#pragma once

#include "AppServices.h"

#include <QList>
#include <QString>

namespace escale {

// One figure of the day for the Accueil screen (« 12 accompagnements », « 3 Pass numérique encaissés »).
struct DailyFigure
{
    QString key;   // stable, for object names and tests: "activities", "cheques"…
    QString value; // already formatted
    QString label; // translated
};

// Today's figures of every domain that has some. Each domain adds its own lines in DailyFigures.cpp;
// every query is indexed on the day so that the home screen opens at once on a large database.
QList<DailyFigure> dailyFigures(const AppServices &services);

} // namespace escale
