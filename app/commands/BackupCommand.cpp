#include "commands/Command.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace escale::app {

namespace {

class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    QStringList name() const override { return {QStringLiteral("backup")}; }
    QString summary() const override
    {
        return tr("Write a consistent copy of the database, even while Escale is open.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The copy to write."), tr("FILE")});
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            context.err() << tr("escale backup: --output FILE is required.") << Qt::endl;
            return ExitUsage;
        }
        storage::Database *db = context.database(/*readOnly=*/true);
        if (!db)
            return ExitFailure;
        if (Status s = db->backupTo(output); !s)
            return context.fail(s.errorMessage());
        if (parser.isSet(QStringLiteral("json")))
            context.printJson({{QStringLiteral("output"), QDir(output).absolutePath()},
                               {QStringLiteral("schemaVersion"), db->schemaVersion()}});
        else
            context.out() << tr("Copy written to %1.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace escale::app
