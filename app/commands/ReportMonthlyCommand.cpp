#include "commands/Command.h"
#include "common/Months.h"
#include "Startup.h"

#include "activity/ActivityExport.h"
#include "reports/MonthlyActivitySheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QTextDocument>

namespace escale::app {

namespace {

class ReportMonthlyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportMonthlyCommand)
public:
    QStringList name() const override { return { QStringLiteral("report"), QStringLiteral("monthly") }; }
    QString summary() const override
    {
        return tr("Write the monthly activity sheet (PDF) and, optionally, the month's activities (CSV).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({ QStringLiteral("month"), tr("The month, as YYYY-MM."), tr("YYYY-MM") });
        parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, tr("The PDF to write."), tr("FILE") });
        parser.addOption({ QStringLiteral("csv"), tr("Also write the month's activities as CSV."), tr("FILE") });
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QString monthText = parser.value(QStringLiteral("month"));
        const QString output = parser.value(QStringLiteral("output"));
        const QDate month = QDate::fromString(monthText, QStringLiteral("yyyy-MM"));
        if (monthText.isEmpty()) {
            context.err() << tr("escale report monthly: --month YYYY-MM is required.") << Qt::endl;
            return ExitUsage;
        }
        if (!month.isValid()) {
            context.err() << tr("escale report monthly: invalid month: %1 (expected YYYY-MM, e.g. 2026-10).")
                                 .arg(monthText)
                          << Qt::endl;
            return ExitUsage;
        }
        if (output.isEmpty()) {
            context.err() << tr("escale report monthly: --output FILE.pdf is required.") << Qt::endl;
            return ExitUsage;
        }
        storage::Database *db = context.database(/*readOnly=*/true);
        if (!db)
            return ExitFailure;
        auto data = reports::collectMonthlySheet(*db, month, context.clock());
        if (!data)
            return context.fail(data.errorMessage());
        auto doc = reports::buildMonthlySheet(*data);
        if (Status s = reports::writePdf(*doc, reports::monthlySheetInfo(*data), output); !s)
            return context.fail(s.errorMessage());
        const QString csv = parser.value(QStringLiteral("csv"));
        int csvRows = 0;
        if (!csv.isEmpty()) {
            if (Status s = activity::writeActivitiesCsv(*db, data->current.from, data->current.to, csv, &csvRows); !s)
                return context.fail(s.errorMessage());
        }
        // A month that has not begun has nothing to show yet: the sheet is written, and that is said.
        const QDate today = context.clock().today();
        if (month > QDate(today.year(), today.month(), 1))
            context.err() << errorLine(tr("warning: %1 has not begun yet; the sheet is empty.")
                                           .arg(monthInSentence(month)))
                          << Qt::endl;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o { { QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM")) },
                { QStringLiteral("output"), QDir(output).absolutePath() },
                { QStringLiteral("activities"), data->current.activities },
                { QStringLiteral("participants"), data->current.participants },
                { QStringLiteral("inProgress"), data->inProgress } };
            if (data->inProgress) // its figures stop at today
                o.insert(QStringLiteral("to"), data->current.to.toString(Qt::ISODate));
            if (!csv.isEmpty())
                o.insert(QStringLiteral("csv"), QDir(csv).absolutePath());
            context.printJson(o);
        } else {
            const int activities = data->current.activities;
            context.out() << tr("Monthly sheet for %1 written to %2 (%Ln activity(ies)).", nullptr, activities)
                                 .arg(monthInSentence(month), QDir::toNativeSeparators(output))
                          << Qt::endl;
            if (data->inProgress)
                context.out() << tr("The month is in progress: its figures go up to %1, compared with the same days "
                                    "of the other months.")
                                     .arg(QLocale().toString(data->current.to, QLocale::ShortFormat))
                              << Qt::endl;
            if (!csv.isEmpty())
                context.out() << tr("%Ln activity(ies) written to %1.", nullptr, csvRows)
                                     .arg(QDir::toNativeSeparators(csv))
                              << Qt::endl;
        }
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeReportMonthlyCommand()
{
    return std::make_unique<ReportMonthlyCommand>();
}

} // namespace escale::app
