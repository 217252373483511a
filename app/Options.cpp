// The options before the subcommand, the application's names and its translations: used by the
// `escale` program and by the sections library (app/SectionsModule.cpp) alike.
#include "Startup.h"

#include "CoreInfo.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace escale::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::app", text);
}

} // namespace

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Escale"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("escale.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("escale"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions o;
    o.arguments = arguments;
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
        } else if (a == QLatin1String("--verbose")) {
            o.verbose = true;
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
            o.error = tr("Unknown option « %1 ».").arg(a);
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

QString errorLine(const QString &message)
{
    return tr("escale: %1").arg(message);
}

void setCommandLogging(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("escale.*.debug=false")
                                             : QStringLiteral("escale.*.debug=false\nescale.*.info=false"));
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale locale = QLocale::system();
    if (language == QLatin1String("fr"))
        locale = QLocale(QLocale::French, QLocale::France);
    else if (language == QLatin1String("en"))
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const bool french = locale.language() == QLocale::French;
    // Any other language gets the English interface; a « C » system locale (no LANG) writes its numbers
    // without grouping, so it becomes British English: « 1,234 places ».
    if (!french && locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(french ? QLocale(QLocale::French, QLocale::France) : locale);
    if (!french) {
        // The English plurals only (« %Ln place(s) » → « 1 place », « 2 places »): the English text is the
        // source text itself.
        auto *plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/escale_en.qm")))
            app.installTranslator(plurals);
        return;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/escale_fr.qm")))
        app.installTranslator(own);
}

} // namespace escale::app
