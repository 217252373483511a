#include "commands/Command.h"

#include "Startup.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace escale::app {

CommandContext::CommandContext(QString databasePath, const Clock &clock, QTextStream &out, QTextStream &err)
    : m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_out(out)
    , m_err(err)
{
}

storage::Database *CommandContext::database(bool readOnly)
{
    if (m_database)
        return m_database.get();
    storage::Database::Options options;
    options.readOnly = readOnly;
    options.createFolder = qEnvironmentVariableIsEmpty("ESCALE_DATABASE") && m_databasePath == storage::Database::defaultPath();
    auto opened = storage::Database::open(m_databasePath, m_clock, options);
    if (!opened) {
        fail(opened.errorMessage());
        return nullptr;
    }
    m_database = std::move(opened.value());
    return m_database.get();
}

int CommandContext::fail(const QString &message)
{
    m_err << errorLine(message) << Qt::endl;
    return ExitFailure;
}

void CommandContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QCoreApplication::translate("escale::app", "Print the result as JSON."));
}

} // namespace escale::app
