// The command line's subcommands (DESIGN.md §11): run from the sections library, which the `escale`
// program loads only when it needs it (app/SectionLibrary.h).
#include "Startup.h"

#include "CoreInfo.h"
#include "commands/Command.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

namespace escale::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::app", text);
}

QString globalHelp(const CommandList &commands)
{
    QString text = tr("Usage: escale [--database FILE] [--lang fr|en] [COMMAND] [OPTIONS]\n\n"
                      "Without a command, starts the Escale window.\n\n"
                      "Global options:\n"
                      "  --database FILE       the database to use (default: %1; or ESCALE_DATABASE)\n"
                      "  --lang fr|en          the language of the window and of the commands' messages\n"
                      "  --nmea FILE           replay a GPS log (NMEA) as the position\n"
                      "  --quit-after-startup  show the window, print the start-up time, quit\n"
                      "  --verbose             commands also print Escale's progress messages (logs)\n"
                      "  --version             print the version\n"
                      "  --help                print this help; COMMAND --help for a command\n\n"
                      "Commands:\n")
                       .arg(storage::Database::defaultPath());
    for (const auto &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name().join(QLatin1Char(' ')), -20).arg(c->summary());
    return text;
}

// Why the parser refused the arguments, in the interface's typography: an unknown option in our own words
// (« Option inconnue « --bogus ». »), Qt's other messages with « » for their straight quotes.
QString parseError(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString name = unknown.first();
        return tr("Unknown option « %1 ».").arg((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    }
    QString text = parser.errorText();
    static const QRegularExpression quoted(QStringLiteral("['\"]([^'\"]+)['\"]"));
    text.replace(quoted, QStringLiteral("« \\1 »"));
    return text;
}

// The command whose name matches the start of words, the longest first.
const Command *findCommand(const CommandList &commands, const QStringList &words, int *consumed)
{
    const Command *best = nullptr;
    *consumed = 0;
    for (const auto &c : commands) {
        const QStringList name = c->name();
        if (name.size() <= words.size() && words.mid(0, name.size()) == name && int(name.size()) > *consumed) {
            best = c.get();
            *consumed = int(name.size());
        }
    }
    return best;
}

} // namespace

int runCommand(const GlobalOptions &options)
{
    // The application (a QGuiApplication on the offscreen platform: documents with charts need fonts)
    // is made by the program before it loads this library (app/Startup.cpp, runCommandLine).
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandList commands = allCommands();

    if (!options.error.isEmpty()) {
        // Parsed again: the program read the options before the translations were installed.
        const QString error = parseGlobalOptions(options.arguments).error;
        err << errorLine(error.isEmpty() ? options.error : error) << Qt::endl << tr("Try: escale --help") << Qt::endl;
        return ExitUsage;
    }
    if (options.command.isEmpty()) {
        if (options.version) {
            out << "escale " << applicationVersion() << Qt::endl;
            return ExitSuccess;
        }
        out << globalHelp(commands);
        return ExitSuccess;
    }

    int consumed = 0;
    const Command *command = findCommand(commands, options.command, &consumed);
    if (!command) {
        // A group word alone (« escale cheques ») lists its commands.
        QStringList group;
        for (const auto &c : commands)
            if (c->name().first() == options.command.first())
                group << QStringLiteral("  escale %1  %2").arg(c->name().join(QLatin1Char(' ')), c->summary());
        if (!group.isEmpty()) {
            (options.help || options.command.contains(QStringLiteral("--help")) ? out : err)
                << tr("Commands:") << Qt::endl
                << group.join(QLatin1Char('\n')) << Qt::endl;
            return options.help || options.command.contains(QStringLiteral("--help")) ? ExitSuccess : ExitUsage;
        }
        err << errorLine(tr("Unknown command « %1 ».").arg(options.command.join(QLatin1Char(' ')))) << Qt::endl
            << tr("Try: escale --help") << Qt::endl;
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Our own -h/--help, so that its line is translated like the rest (Qt's is not in French here).
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           tr("Also print Escale's progress messages (logs)."));
    parser.addOption(verboseOption);
    command->configure(parser);
    QStringList args{QStringLiteral("escale %1").arg(command->name().join(QLatin1Char(' ')))};
    args << options.command.mid(consumed);
    if (!parser.parse(args)) {
        err << errorLine(parseError(parser)) << Qt::endl
            << tr("Try: escale %1 --help").arg(command->name().join(QLatin1Char(' '))) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(helpOption) || options.help) {
        // Qt names the program only (« Usage: escale [options] »): name the command too.
        QString help = parser.helpText();
        const QString program = QStringLiteral("escale");
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        const qsizetype at = help.indexOf(program + QLatin1Char(' '));
        if (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd))
            help.replace(at, program.size(), QStringLiteral("escale %1").arg(command->name().join(QLatin1Char(' '))));
        out << help;
        return ExitSuccess;
    }
    if (parser.isSet(verboseOption))
        setCommandLogging(true);
    SystemClock clock;
    CommandContext context(options.database, clock, out, err);
    const int status = command->run(parser, context);
    out.flush();
    err.flush();
    return status;
}

} // namespace escale::app
