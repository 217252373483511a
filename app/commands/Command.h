#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace escale::app {

// Exit statuses of the command-line contract (DESIGN.md §11).
enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

// What a command gets: the streams, the clock, the database on demand, and --json.
class CommandContext
{
public:
    CommandContext(QString databasePath, const Clock &clock, QTextStream &out, QTextStream &err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const Clock &clock() const { return m_clock; }
    QString databasePath() const { return m_databasePath; }

    // Opens the database (once); on failure prints the reason on stderr and returns nullptr.
    storage::Database *database(bool readOnly = false);

    // Prints an error on stderr, prefixed with « escale: » (app::errorLine), and returns ExitFailure.
    int fail(const QString &message);
    // Prints a JSON document on stdout.
    void printJson(const QJsonObject &object);

private:
    QString m_databasePath;
    const Clock &m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<storage::Database> m_database;
};

// One subcommand of `escale`. Its name may have several words ("import places", "cheques redeem").
// Commands are thin: they read their options, call core/, and print. No logic of their own.
class Command
{
public:
    virtual ~Command() = default;

    virtual QStringList name() const = 0;
    virtual QString summary() const = 0;
    // Declares options and positional arguments (help comes from here).
    virtual void configure(QCommandLineParser &parser) const = 0;
    // Runs once the parser accepted the arguments. Returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, CommandContext &context) const = 0;
};

using CommandList = std::vector<std::unique_ptr<Command>>;

// Every command of the application (app/commands/Commands.cpp lists them).
CommandList allCommands();

// The --json option shared by the commands that have it.
QCommandLineOption jsonOption();

} // namespace escale::app
