#pragma once

#include "activity/ActivityStatistics.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "reports/DocumentWriter.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QTextDocument;

namespace escale::storage {
class Database;
}

namespace escale::reports {

// Everything the monthly activity sheet shows, gathered once (DESIGN.md §8).
struct MonthlySheetData
{
    QString structureName;
    QString structureAddress;
    QDate month; // first day of the month
    QDate generatedOn; // local date
    activity::ActivityStatistics current;
    activity::Totals previousMonth;
    activity::Totals sameMonthLastYear;
    // The month holds today: its figures go up to today, compared with the same days (1 to today's
    // day) of the previous month and of the same month a year before (QA: a false « −21 % »).
    bool inProgress = false;
};

Result<MonthlySheetData> collectMonthlySheet(storage::Database &db, const QDate &month, const Clock &clock);

// « Novembre 2026 »: a heading (the sheet's title, its columns).
QString monthTitle(const QDate &month);
DocumentInfo monthlySheetInfo(const MonthlySheetData &data);
// The sheet: one or two A4 pages (structure, month, mediators, totals with comparisons, each section
// with a chart, cheques per scheme and funder when the module is there, places and stops served).
std::unique_ptr<QTextDocument> buildMonthlySheet(const MonthlySheetData &data);
Status writeMonthlySheet(storage::Database &db, const QDate &month, const Clock &clock, const QString &pdfPath);

// Charts drawn with QPainter for printed documents (the screens use Qt Charts).
QImage trendChart(const QList<activity::MonthPoint> &trend, const QSize &size);
QImage horizontalBarChart(const QList<QPair<QString, int>> &bars, const QSize &size);

} // namespace escale::reports
