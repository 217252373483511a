#include "Startup.h"

#include "CoreInfo.h"
#include "commands/Command.h"
#include "itinerant/CurrentStop.h"
#include "storage/Database.h"
#include "storage/InstanceLock.h"
#include "structure/StructureProfile.h"
#include "ui/main/FirstRunAssistant.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace escale::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::app", text);
}

// --quit-after-startup: the window counts as shown once its first frame is painted (offscreen too),
// not when show() returns; the time is printed and the application quits right after that paint.
// tests/bench/EmptyWindow.cpp measures its reference window the same way.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *window, const QElapsedTimer &startup)
        : QObject(window)
        , m_startup(startup)
    {
        window->installEventFilter(this);
        // A window that is never painted (no display, minimised) still ends the run, with a note.
        QTimer::singleShot(10000, this, [this] {
            std::fprintf(stderr, "escale: the main window was not painted within 10 s\n");
            finish();
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: runs once the whole frame (every child) is painted and flushed.
            QMetaObject::invokeMethod(this, &FirstPaintProbe::finish, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        std::printf("startup_ms=%lld\n", static_cast<long long>(m_startup.elapsed()));
        std::fflush(stdout);
        QCoreApplication::quit();
    }

    QElapsedTimer m_startup;
    bool m_done = false;
};

} // namespace

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Escale"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("escale.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("escale"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

namespace {

QString globalHelp(const CommandList &commands)
{
    QString text = tr("Usage: escale [--database FILE] [--lang fr|en] [COMMAND] [OPTIONS]\n\n"
                      "Without a command, starts the Escale window.\n\n"
                      "Global options:\n"
                      "  --database FILE       the database to use (default: %1; or ESCALE_DATABASE)\n"
                      "  --lang fr|en          the language of the interface\n"
                      "  --nmea FILE           replay a GPS log (NMEA) as the position\n"
                      "  --quit-after-startup  show the window, print the start-up time, quit\n"
                      "  --version             print the version\n"
                      "  --help                print this help; COMMAND --help for a command\n\n"
                      "Commands:\n")
                       .arg(storage::Database::defaultPath());
    for (const auto &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name().join(QLatin1Char(' ')), -20).arg(c->summary());
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

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions o;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        auto valueOf = [&](const QString &option, QString *out) {
            if (a.startsWith(option + QLatin1Char('='))) {
                *out = a.mid(option.size() + 1);
                return true;
            }
            if (a == option) {
                if (i + 1 >= arguments.size()) {
                    o.error = tr("%1 needs a value.").arg(option);
                    return true;
                }
                *out = arguments.at(++i);
                return true;
            }
            return false;
        };
        if (valueOf(QStringLiteral("--database"), &o.database) || valueOf(QStringLiteral("--lang"), &o.language)
            || valueOf(QStringLiteral("--nmea"), &o.nmeaLog))
            continue;
        if (a == QLatin1String("--quit-after-startup")) {
            o.quitAfterStartup = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.help = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            o.version = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            if (a.startsWith(QLatin1String("-platform")) || a.startsWith(QLatin1String("-style"))
                || a.startsWith(QLatin1String("-qwindow"))) {
                ++i; // Qt's own GUI options, handled by QApplication
                continue;
            }
            o.error = tr("Unknown option %1.").arg(a);
        } else {
            o.command = arguments.mid(i);
            break;
        }
        if (!o.error.isEmpty())
            break;
    }
    if (!o.language.isEmpty() && o.language != QLatin1String("fr") && o.language != QLatin1String("en"))
        o.error = tr("--lang takes fr or en, not %1.").arg(o.language);
    if (o.database.isEmpty())
        o.database = storage::Database::defaultPath();
    return o;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale locale = QLocale::system();
    if (language == QLatin1String("fr"))
        locale = QLocale(QLocale::French, QLocale::France);
    else if (language == QLatin1String("en"))
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const bool french = locale.language() == QLocale::French;
    QLocale::setDefault(french ? QLocale(QLocale::French, QLocale::France) : locale);
    if (!french)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/escale_fr.qm")))
        app.installTranslator(own);
}

int runCommand(const GlobalOptions &options)
{
    int argc = 1;
    char name[] = "escale";
    char *argv[] = {name, nullptr};
    // Commands that write documents (PDF with charts) need fonts, hence a QGuiApplication: on the
    // offscreen platform unless told otherwise, so that commands run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setApplicationNames();
    installTranslations(app, options.language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandList commands = allCommands();

    if (!options.error.isEmpty()) {
        err << "escale: " << options.error << Qt::endl << tr("Try: escale --help") << Qt::endl;
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
        err << "escale: " << tr("Unknown command « %1 ».").arg(options.command.join(QLatin1Char(' '))) << Qt::endl
            << tr("Try: escale --help") << Qt::endl;
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    command->configure(parser);
    QStringList args{QStringLiteral("escale %1").arg(command->name().join(QLatin1Char(' ')))};
    args << options.command.mid(consumed);
    if (!parser.parse(args)) {
        err << "escale: " << parser.errorText() << Qt::endl
            << tr("Try: escale %1 --help").arg(command->name().join(QLatin1Char(' '))) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(helpOption) || options.help) {
        out << parser.helpText();
        return ExitSuccess;
    }
    SystemClock clock;
    CommandContext context(options.database, clock, out, err);
    const int status = command->run(parser, context);
    out.flush();
    err.flush();
    return status;
}

int runGui(int &argc, char **argv, const GlobalOptions &options)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(applicationDisplayName());
    installTranslations(app, options.language);

    const SystemClock clock;
    storage::Database::Options dbOptions;
    dbOptions.createFolder = options.database == storage::Database::defaultPath();
    auto lock = storage::InstanceLock::acquire(options.database);
    if (!lock) {
        if (!options.quitAfterStartup)
            QMessageBox::critical(nullptr, applicationDisplayName(), lock.errorMessage());
        std::fprintf(stderr, "escale: %s\n", qUtf8Printable(lock.errorMessage()));
        return ExitFailure;
    }
    auto opened = storage::Database::open(options.database, clock, dbOptions);
    if (!opened) {
        std::fprintf(stderr, "escale: %s\n", qUtf8Printable(opened.errorMessage()));
        if (!options.quitAfterStartup)
            QMessageBox::critical(nullptr, applicationDisplayName(), opened.errorMessage());
        return ExitFailure;
    }
    storage::Database &database = *opened.value();
    itinerant::CurrentStop currentStop;
    const AppServices services{database, clock, options.nmeaLog, &currentStop};

    structure::StructureStore structures(database);
    if (structures.needsFirstRun()) {
        if (options.quitAfterStartup) {
            std::fprintf(stderr, "escale: %s\n",
                         qUtf8Printable(tr("The structure profile is not set yet: start Escale once to create it.")));
            return ExitFailure;
        }
        ui::FirstRunAssistant assistant(structures);
        if (assistant.exec() != QDialog::Accepted)
            return ExitSuccess;
    }

    ui::MainWindow window(services);
    if (options.quitAfterStartup)
        new FirstPaintProbe(&window, startup);
    window.show();
    return app.exec();
}

} // namespace escale::app
