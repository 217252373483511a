#include "EscaleProcess.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "structure/StructureProfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace escale;

// The command-line contract of DESIGN.md §11, checked on the built binary: exit statuses 0/1/2,
// messages on stderr, --help per command, --json.
class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    using Run = escale::test::EscaleRun;

    // In French (the checks read the French messages); as another user through setpriv when asked.
    static Run escale(const QStringList &args, const QString &asUser = QString())
    {
        escale::test::EscaleOptions options;
        options.environment = {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}};
        options.timeoutMs = 60000;
        if (!asUser.isEmpty())
            options.wrapper = {QStringLiteral("setpriv"), QStringLiteral("--reuid=") + asUser,
                               QStringLiteral("--regid=") + asUser, QStringLiteral("--clear-groups")};
        return escale::test::runEscale(args, options);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("ESCALE_BINARY")), "ESCALE_BINARY not set"); }

    void versionAndHelpSucceed()
    {
        Run r = escale({QStringLiteral("--version")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("escale ")));
        r = escale({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("backup")));
        r = escale({QStringLiteral("backup"), QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("--output")));
        // In French (escale() runs with LANG=fr_FR), the command named on the usage line, every line French.
        QVERIFY2(r.out.startsWith(QStringLiteral("Utilisation : escale backup [options]")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("-h, --help")) && r.out.contains(QStringLiteral("Afficher cette aide.")),
                 qPrintable(r.out));
        r = escale({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("-h")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Utilisation : escale report monthly [options]")), qPrintable(r.out));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("danser")};
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("--database")};
        QTest::newRow("backup without output") << QStringList{QStringLiteral("backup")};
        QTest::newRow("backup unknown option") << QStringList{QStringLiteral("backup"), QStringLiteral("--vite")};
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        const Run r = escale(args);
        QCOMPARE(r.status, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void frenchMessagesOnAFrenchSystem()
    {
        const Run r = escale({QStringLiteral("danser")});
        QVERIFY2(r.err.contains(QStringLiteral("Commande inconnue")), qPrintable(r.err));
        const Run en = escale({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("danser")});
        QVERIFY2(en.err.contains(QStringLiteral("Unknown command")), qPrintable(en.err));
    }

    // One mood (the infinitive) and one set of placeholders in the French help (QA 4, #25).
    void helpIsWrittenOneWay_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("report monthly") << QStringList{QStringLiteral("report"), QStringLiteral("monthly")}
                                        << QStringList{QStringLiteral("Écrire la fiche"), QStringLiteral("--month <AAAA-MM>"),
                                                       QStringLiteral("Écrire aussi les activités"),
                                                       QStringLiteral("Afficher cette aide.")}
                                        << QStringList{QStringLiteral("Écrit "), QStringLiteral("<MOIS>")};
        QTest::newRow("places search") << QStringList{QStringLiteral("places"), QStringLiteral("search")}
                                       << QStringList{QStringLiteral("[TEXTE]"), QStringLiteral("Rechercher")}
                                       << QStringList{QStringLiteral("TEXT]"), QStringLiteral("TEXT ")};
        QTest::newRow("cheques claim") << QStringList{QStringLiteral("cheques"), QStringLiteral("claim")}
                                       << QStringList{QStringLiteral("--month <AAAA-MM>"), QStringLiteral("Préparer")}
                                       << QStringList{QStringLiteral("Affiche ")};
    }
    void helpIsWrittenOneWay()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const Run r = escale(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        for (const QString &text : std::as_const(expected))
            QVERIFY2(r.out.contains(text), qPrintable(text + QStringLiteral(" missing from:\n") + r.out));
        for (const QString &text : std::as_const(unexpected))
            QVERIFY2(!r.out.contains(text), qPrintable(text + QStringLiteral(" in:\n") + r.out));
    }

    // Errors start the same way and quote the same way in each language (QA 4, #15): « escale : » and
    // « … » in French, « escale: » in English.
    void errorsAreWrittenTheLanguagesWay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString fr = QStringLiteral("fr");
        QTest::newRow("commande inconnue") << QStringList{QStringLiteral("danser")}
                                           << QStringLiteral("escale : Commande inconnue « danser ».");
        QTest::newRow("option globale inconnue") << QStringList{QStringLiteral("--frobnicate")}
                                                 << QStringLiteral("escale : Option inconnue « --frobnicate ».");
        QTest::newRow("option de commande inconnue")
            << QStringList{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--bogus")}
            << QStringLiteral("escale : Option inconnue « --bogus ».");
        QTest::newRow("valeur manquante") << QStringList{QStringLiteral("report"), QStringLiteral("monthly"),
                                                         QStringLiteral("--month")}
                                          << QStringLiteral("« --month »");
        QTest::newRow("base absente") << QStringList{QStringLiteral("--database"), QStringLiteral("/nonexistent/x.sqlite"),
                                                     QStringLiteral("cheques"), QStringLiteral("list")}
                                      << QStringLiteral("escale : ");
        QTest::newRow("English") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("backup"),
                                                QStringLiteral("--vite")}
                                 << QStringLiteral("escale: Unknown option « --vite ».");
    }
    void errorsAreWrittenTheLanguagesWay()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = escale(args);
        QVERIFY(r.status != 0);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1Char('"')), qPrintable(r.err));
    }

    // Escale's progress logs (« escale.storage: applied schema migration… ») are not the command's
    // messages: shown with --verbose (before or after the command) or QT_LOGGING_RULES only (QA 4, #13).
    void progressLogsOnlyWhenAsked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("rules");
        QTest::addColumn<bool>("logs");
        QTest::newRow("default") << QStringList{QStringLiteral("demo")} << QString() << false;
        QTest::newRow("--verbose after") << QStringList{QStringLiteral("demo"), QStringLiteral("--verbose")} << QString()
                                         << true;
        QTest::newRow("--verbose before") << QStringList{QStringLiteral("--verbose"), QStringLiteral("demo")}
                                          << QString() << true;
        QTest::newRow("QT_LOGGING_RULES") << QStringList{QStringLiteral("demo")}
                                          << QStringLiteral("escale.storage.info=true") << true;
    }
    void progressLogsOnlyWhenAsked()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, rules);
        QFETCH(bool, logs);
        QTemporaryDir dir;
        escale::test::EscaleOptions options;
        options.environment = {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")},
                               {QStringLiteral("QT_LOGGING_RULES"), rules}};
        const Run r = escale::test::runEscale(
            QStringList{QStringLiteral("--database"), dir.filePath(QStringLiteral("demo.sqlite"))} + args, options);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Données de démonstration écrites")), qPrintable(r.out));
        QCOMPARE(r.err.contains(QStringLiteral("escale.storage: applied schema migration")), logs);
        if (!logs)
            QVERIFY2(!r.err.contains(QStringLiteral("escale.")), qPrintable(r.err));
    }

    void backupWritesAnOpenableCopy()
    {
        test::TempDatabase db;
        ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("marqueur"), QStringLiteral("présent")));
        const QString copy = db.dir.filePath(QStringLiteral("sauvegarde.sqlite"));
        Run r = escale({QStringLiteral("--database"), db.path(), QStringLiteral("backup"), QStringLiteral("--output"),
                        copy, QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), storage::Database::latestSchemaVersion());
        FixedClock clock(test::fixedNow());
        auto opened = storage::Database::open(copy, clock);
        ESCALE_VERIFY_OK(opened);
        QCOMPARE((*opened)->setting(QStringLiteral("marqueur")).toString(), QStringLiteral("présent"));
        // Never overwrites a file: exit 1 with the reason.
        r = escale({QStringLiteral("--database"), db.path(), QStringLiteral("backup"), QStringLiteral("-o"), copy});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("sauvegarde.sqlite")));
    }

    void badDatabasesExitWithOneAndAClearMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing folder") << "missing-folder" << "n'existe pas";
        QTest::newRow("not a database") << "text" << "pas une base Escale";
        QTest::newRow("newer version") << "newer" << "version plus récente";
    }
    void badDatabasesExitWithOneAndAClearMessage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("escale.sqlite"));
        if (kind == QLatin1String("missing-folder")) {
            path = dir.filePath(QStringLiteral("absent/escale.sqlite"));
        } else if (kind == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("nom;adresse\nMairie;1 place\n");
        } else {
            test::TempDatabase seed;
            ESCALE_VERIFY_OK(seed->exec(QStringLiteral("PRAGMA user_version = 9999")));
            ESCALE_VERIFY_OK(seed->backupTo(path));
        }
        const Run r = escale({QStringLiteral("--database"), path, QStringLiteral("--quit-after-startup")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void readOnlyDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("escale.sqlite"));
        {
            test::TempDatabase seed;
            ESCALE_VERIFY_OK(seed->backupTo(path));
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::WriteOwner | QFile::ReadOther
                                              | QFile::ExeOther);
        // As root, permissions stop nobody: run as the unprivileged user « nobody » instead.
        const QString user = ::geteuid() == 0 ? QStringLiteral("65534") : QString();
        if (!user.isEmpty() && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv: a read-only file cannot be simulated");
        const Run r = escale({QStringLiteral("--database"), path, QStringLiteral("--quit-after-startup")}, user);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("lecture seule")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void quitAfterStartupPrintsTheTimeToTheFirstFrame()
    {
        // BenchStartup's measure: the window is shown and painted once, the time printed, the exit clean.
        test::TempDatabase db;
        structure::StructureProfile p;
        p.nom = QStringLiteral("Tiers-lieu de Forcalquier");
        p.adresse = QStringLiteral("2 place du Bourguet");
        p.commune = QStringLiteral("Forcalquier");
        p.codePostal = QStringLiteral("04300");
        ESCALE_VERIFY_OK(structure::StructureStore(*db).completeFirstRun(p, QStringLiteral("Camille")));
        const Run r = escale({QStringLiteral("--database"), db.path(), QStringLiteral("--quit-after-startup")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("startup_ms=")), qPrintable(r.out + r.err));
        // « startup_ms=N cpu_ms=X »: wall-clock time from main() and the process's CPU time, both to the
        // end of the first frame.
        const QStringList fields = r.out.trimmed().split(QLatin1Char(' '));
        QCOMPARE(fields.size(), 2);
        bool number = false;
        QVERIFY(fields.at(0).mid(11).toInt(&number) >= 0 && number);
        QVERIFY(fields.at(1).startsWith(QStringLiteral("cpu_ms=")));
        QVERIFY(fields.at(1).mid(7).toDouble(&number) > 0 && number);
        QVERIFY2(!r.err.contains(QStringLiteral("not painted")), qPrintable(r.err));
    }

    void firstFrameLoadsNoSectionLibrary()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("reads the dynamic loader's trace (LD_DEBUG), which only glibc prints");
#else
        // The window's first frame needs Accueil only: the sections library — and the Qt modules only
        // it needs (Charts, Network, Positioning, PrintSupport, SerialPort) — is loaded on first use
        // (app/SectionLibrary.h). glibc's loader lists every file it opens with LD_DEBUG=files.
        test::TempDatabase db;
        structure::StructureProfile p;
        p.nom = QStringLiteral("EPN de Digne");
        p.adresse = QStringLiteral("1 place du Général de Gaulle");
        p.commune = QStringLiteral("Digne-les-Bains");
        p.codePostal = QStringLiteral("04000");
        ESCALE_VERIFY_OK(structure::StructureStore(*db).completeFirstRun(p, QStringLiteral("Camille")));
        test::EscaleOptions options;
        options.environment << qMakePair(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const Run r = test::runEscale({QStringLiteral("--database"), db.path(), QStringLiteral("--quit-after-startup")},
                                      options);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(QStringLiteral("libQt6Widgets")), "LD_DEBUG gave no trace of the loaded files");
        for (const char *library : {"libescale_sections", "libQt6Charts", "libQt6Network", "libQt6Positioning",
                                    "libQt6PrintSupport", "libQt6SerialPort"})
            QVERIFY2(!r.err.contains(QLatin1String(library)), library);

        // A command needs the library: it is found next to the program and loaded.
        options.environment.clear();
        const Run help = test::runEscale({QStringLiteral("--help")}, options);
        QCOMPARE(help.status, 0);
        QVERIFY2(help.out.contains(QStringLiteral("places search")), qPrintable(help.out + help.err));
#endif
    }

    void missingSectionLibraryIsSaidPlainly()
    {
        // A program copied without its sections library (a broken installation): commands say what is
        // wrong and exit with 1, the database is not touched.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(qEnvironmentVariable("ESCALE_BINARY")).fileName());
        QVERIFY(QFile::copy(qEnvironmentVariable("ESCALE_BINARY"), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::permissions(copy) | QFile::ExeUser));
        test::EscaleOptions options;
        options.binary = copy;
        options.environment = {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}};
        const Run r = test::runEscale({QStringLiteral("--database"), dir.filePath(QStringLiteral("x.sqlite")),
                                       QStringLiteral("backup"), QStringLiteral("--output"),
                                       dir.filePath(QStringLiteral("b.sqlite"))},
                                      options);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Escale est incomplet")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.sqlite"))));
    }

    void secondWindowOnTheSameDatabaseIsRefused()
    {
        test::TempDatabase db;
        QLockFile held(db.path() + QStringLiteral(".lock"));
        QVERIFY(held.tryLock());
        const Run r = escale({QStringLiteral("--database"), db.path(), QStringLiteral("--quit-after-startup")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("déjà ouverte")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
