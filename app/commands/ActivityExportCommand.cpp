#include "commands/Command.h"

#include "activity/ActivityExport.h"

#include <QCoreApplication>
#include <QDir>

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
        const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
        const QString output = parser.value(QStringLiteral("output"));
        if (!from.isValid() || !to.isValid() || from > to || output.isEmpty()) {
            context.err() << tr("escale activity export: --from YYYY-MM-DD --to YYYY-MM-DD --output FILE.csv are "
                                "required, the start before the end.")
                          << Qt::endl;
            return ExitUsage;
        }
        storage::Database *db = context.database(/*readOnly=*/true);
        if (!db)
            return ExitFailure;
        if (Status s = activity::writeActivitiesCsv(*db, from, to, output); !s)
            return context.fail(s.errorMessage());
        context.out() << tr("Activities written to %1.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeActivityExportCommand()
{
    return std::make_unique<ActivityExportCommand>();
}

} // namespace escale::app
