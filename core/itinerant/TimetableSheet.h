#pragma once

#include "common/Result.h"
#include "reports/DocumentWriter.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>
#include <utility>

class QTextDocument;

namespace escale::itinerant {

// The bus's public timetable, posted in the village halls (docs/itinerant.md, « La fiche horaire »):
// one A4 page in large type with the tour, the vehicle, the structure and how to reach it, and one
// line per stop (commune, place, day and hours, how often, the next dates), ordered by weekday then
// time. No personal data: only the tour, its stops and the structure's public card.
struct TimetableRow
{
    QString commune;
    QString place; // the stop's name
    int weekday = 1; // ISO
    QList<std::pair<QTime, QTime>> hours; // the morning and afternoon of the same stop share a line
    QString recurrence; // « Every 2nd Tuesday of the month » (translated), « Every 2 weeks on Friday »
    QList<QDate> nextDates; // in the weeks ahead (public holidays left out, unless the stop runs then)
    QStringList stopIds;
    bool runsOnPublicHolidays = false; // Stop::runsOnPublicHolidays of its stops
};

struct TimetableData
{
    QString tourId;
    QString tourName;
    QString vehicle;
    QString structureName;
    QString structureAddress; // one line
    QString structureTelephone;
    QString structureEmail;
    QString structureWebsite;
    QDate generatedOn;
    QDate validFrom; // the day the sheet is made
    QDate validUntil; // the first last-day of its stops; null: until further notice
    int weeksAhead = 6;
    QList<TimetableRow> rows;
    // Stops left out because they have no date ahead (also said by TourStore::scheduleProblems).
    QStringList problems;
    // Pairs of stops whose hours cross on a day both are served, from validFrom (TourStore::overlaps,
    // described): the sheet would post the bus in two villages at once. Not printed (the sheet is for
    // the villagers): the command and the Tournées print action warn before it is written.
    QStringList overlaps;
};

// Gathers the sheet of a tour from `from` (today by the database's clock when null).
Result<TimetableData> collectTimetable(
    storage::Database &db, const QString &tourId, const QDate &from = {}, int weeksAhead = 6);
// Which stops of the sheet run on public holidays. The sheet says « No visit on public holidays. »
// only for NoStop; for SomeStops, the lines of those that run say « public holidays included ».
enum class TimetablePublicHolidays { NoStop, SomeStops, EveryStop };
TimetablePublicHolidays timetablePublicHolidays(const TimetableData &data);

reports::DocumentInfo timetableInfo(const TimetableData &data);
// The sheet on one A4 page in the largest type that fits (the table's text from TimetableLargestPt
// down to TimetableSmallestPt points, the title twice as large; more pages only when even that does
// not fit).
constexpr double TimetableLargestPt = 16.0;
constexpr double TimetableSmallestPt = 11.0;
std::unique_ptr<QTextDocument> buildTimetableSheet(const TimetableData &data);
Status writeTimetableSheet(
    storage::Database &db, const QString &tourId, const QString &pdfPath, const QDate &from = {});

// « 09:30–12:30 et 13:30–15:30 » (the conjunction translated).
QString timetableHours(const QList<std::pair<QTime, QTime>> &hours);

} // namespace escale::itinerant
