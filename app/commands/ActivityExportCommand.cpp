#include "commands/Command.h"

#include "activity/ActivityExport.h"

#include <QCoreApplication>
#include <QDir>

#include <tuple>

namespace escale::app {

namespace {

class ActivityExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ActivityExportCommand)
public:
    QStringList name() const override { return { QStringLiteral("activity"), QStringLiteral("export") }; }
    QString summary() const override
    {
        return tr("Export activities of a period as CSV (the national tool's columns).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({ QStringLiteral("from"), tr("First day, YYYY-MM-DD."), tr("DATE") });
        parser.addOption({ QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), tr("DATE") });
        parser.addOption(
            { { QStringLiteral("o"), QStringLiteral("output") }, tr("The CSV file to write."), tr("FILE") });
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QString fromText = parser.value(QStringLiteral("from"));
        const QString toText = parser.value(QStringLiteral("to"));
        const QString output = parser.value(QStringLiteral("output"));
        if (fromText.isEmpty() || toText.isEmpty() || output.isEmpty()) {
            context.err() << tr("escale activity export: --from YYYY-MM-DD --to YYYY-MM-DD --output FILE.csv are "
                                "required.")
                          << Qt::endl;
            return ExitUsage;
        }
        // Which date is wrong, and how (QA 4, #24).
        const QDate from = QDate::fromString(fromText, QStringLiteral("yyyy-MM-dd"));
        const QDate to = QDate::fromString(toText, QStringLiteral("yyyy-MM-dd"));
        for (const auto &[option, text, date] : { std::tuple { QStringLiteral("--from"), fromText, from },
                 std::tuple { QStringLiteral("--to"), toText, to } }) {
            if (!date.isValid()) {
                context.err() << tr("escale activity export: invalid date for %1: %2 (expected YYYY-MM-DD, e.g. "
                                    "2026-10-01).")
                                     .arg(option, text)
                              << Qt::endl;
                return ExitUsage;
            }
        }
        if (to < from) {
            context.err() << tr("escale activity export: --to (%1) is before --from (%2).").arg(toText, fromText)
                          << Qt::endl;
            return ExitUsage;
        }
        storage::Database *db = context.database(/*readOnly=*/true);
        if (!db)
            return ExitFailure;
        int rows = 0;
        if (Status s = activity::writeActivitiesCsv(*db, from, to, output, &rows); !s)
            return context.fail(s.errorMessage());
        // The count first, so that an empty period is seen at once (QA 4, #26).
        context.out() << tr("%Ln activity(ies) written to %1.", nullptr, rows).arg(QDir::toNativeSeparators(output))
                      << Qt::endl;
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeActivityExportCommand()
{
    return std::make_unique<ActivityExportCommand>();
}

} // namespace escale::app
