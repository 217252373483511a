#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace escale::app {

// The options that come before the subcommand (DESIGN.md §11).
struct GlobalOptions
{
    QString database;        // --database FILE, else ESCALE_DATABASE, else the default location
    QString language;        // --lang fr|en, else the system's
    QString nmeaLog;         // --nmea FILE: replay a GPS log instead of the system source
    bool quitAfterStartup = false; // --quit-after-startup: show the window, print the start-up time, quit
    bool verbose = false;    // --verbose: commands also print Escale's progress logs (info level)
    bool help = false;
    bool version = false;
    QStringList command;     // the subcommand and its arguments; empty: start the window
    QString error;           // a usage error
    QStringList arguments;   // as given, to parse again once the translations are installed (the error)
};

// Organisation and application names (settings, data folder); call before anything else.
void setApplicationNames();

GlobalOptions parseGlobalOptions(const QStringList &arguments);

// « escale: message » (« escale : message » in French): how every error of the command line starts.
QString errorLine(const QString &message);

// The command line's logging rules: Escale's warnings and errors only, its info logs with --verbose too
// (never its debug logs). QT_LOGGING_RULES still wins (Qt applies it after these rules).
void setCommandLogging(bool verbose);

// Installs Escale's and Qt's own translations for the language (fr, en, or the system's).
void installTranslations(QCoreApplication &app, const QString &language);

// The program's side of a subcommand (or --help, --version): makes the application, loads the
// sections library and hands it the options (app/SectionLibrary.h).
int runCommandLine(const GlobalOptions &options);
// The subcommand itself, in the sections library; the application is already made.
int runCommand(const GlobalOptions &options);
int runGui(int &argc, char **argv, const GlobalOptions &options);

} // namespace escale::app
