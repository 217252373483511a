// The window's start-up (the first frame as early as possible: docs/development.md, « Start-up ») and
// the command line's entry, which hands the subcommand to the sections library.
#include "Startup.h"

#include "CoreInfo.h"
#include "SectionLibrary.h"
#include "commands/Command.h"
#include "storage/Database.h"
#include "storage/InstanceLock.h"
#include "structure/StructureProfile.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SectionProvider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <thread>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif
#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif

namespace escale::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::app", text);
}

// CPU time of the whole process so far (every thread, the dynamic loader's work before main()).
double processCpuMs()
{
#if defined(Q_OS_UNIX)
    timespec ts{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0)
        return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
#endif
    return -1;
}

// Fontconfig reads its configuration (dozens of XML files) the first time a text is measured: about a
// quarter of the window's start-up on Linux. Started on a second thread while the application, the
// translations and the database open on this one; fontconfig's initialisation is thread-safe (the
// first one done is kept), and Qt's font database then finds it made. Elsewhere: nothing to do.
std::jthread warmUpFonts()
{
#if defined(Q_OS_LINUX)
    return std::jthread([] {
        using FcInitFunction = int (*)();
        if (auto fcInit = reinterpret_cast<FcInitFunction>(dlsym(RTLD_DEFAULT, "FcInit")))
            fcInit();
    });
#else
    return {};
#endif
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
        // The process's CPU time so far, every thread included (the loader's work before main() too).
        std::printf("startup_ms=%lld cpu_ms=%.2f\n", static_cast<long long>(m_startup.elapsed()), processCpuMs());
        std::fflush(stdout);
        QCoreApplication::quit();
    }

    QElapsedTimer m_startup;
    bool m_done = false;
};

} // namespace

int runCommandLine(const GlobalOptions &options)
{
    int argc = 1;
    char name[] = "escale";
    char *argv[] = {name, nullptr};
    // Commands that write documents (PDF with charts) need fonts, hence a QGuiApplication: on the
    // offscreen platform unless told otherwise, so that commands run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    setCommandLogging(options.verbose); // the command's own messages, not Escale's progress logs
    QGuiApplication app(argc, argv);
    setApplicationNames();
    installTranslations(app, options.language);
    SectionLibrary library;
    return library.runCommand(options);
}

int runGui(int &argc, char **argv, const GlobalOptions &options)
{
    QElapsedTimer startup;
    startup.start();
    std::jthread fonts = warmUpFonts(); // joined before the first text is measured, or on return
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
        std::fprintf(stderr, "%s\n", qUtf8Printable(errorLine(lock.errorMessage())));
        return ExitFailure;
    }
    auto opened = storage::Database::open(options.database, clock, dbOptions);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(errorLine(opened.errorMessage())));
        if (!options.quitAfterStartup)
            QMessageBox::critical(nullptr, applicationDisplayName(), opened.errorMessage());
        return ExitFailure;
    }
    storage::Database &database = *opened.value();
    // The current stop of itinerant mode is kept by the sections library (ui::Sections).
    const AppServices services{database, clock, options.nmeaLog};
    SectionLibrary sections;

    structure::StructureStore structures(database);
    if (structures.needsFirstRun()) {
        if (options.quitAfterStartup) {
            std::fprintf(stderr, "%s\n",
                         qUtf8Printable(errorLine(
                             tr("The structure profile is not set yet: start Escale once to create it."))));
            return ExitFailure;
        }
        ui::SectionProvider *provider = sections.sections(services);
        if (!provider) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(errorLine(sections.errorString())));
            QMessageBox::critical(nullptr, applicationDisplayName(), sections.errorString());
            return ExitFailure;
        }
        if (!provider->runFirstRun(structures))
            return ExitSuccess;
    }

    if (fonts.joinable())
        fonts.join();
    ui::MainWindow window(services, [&] {
        ui::SectionProvider *provider = sections.sections(services);
        if (!provider)
            std::fprintf(stderr, "%s\n", qUtf8Printable(errorLine(sections.errorString())));
        return provider;
    });
    if (options.quitAfterStartup)
        new FirstPaintProbe(&window, startup);
    window.show();
    return app.exec();
}

} // namespace escale::app
