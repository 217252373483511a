// The command-line contract of the places commands (DESIGN.md §11): exit 0 / 1 / 2, errors on
// stderr naming the file and row, --json for machines. Runs the built `escale` binary.
#include "EscaleProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestPlacesCommands : public QObject
{
    Q_OBJECT

    using Run = escale::test::EscaleRun;

    QTemporaryDir m_dir;

    Run escale(const QStringList &args)
    {
        return escale::test::runEscale(args, escale::test::prefixedBy({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("escale.sqlite"))}));
    }

    static QString data(const char *name)
    {
        return escale::test::testData(QStringLiteral("places/") + QString::fromLatin1(name));
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("ESCALE_BINARY")), "ESCALE_BINARY not set"); }

    void importThenReimport()
    {
        Run r = escale(
            { QStringLiteral("import"), QStringLiteral("places"), data("standard-v2.csv"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("added")).toInt(), 3);
        r = escale(
            { QStringLiteral("import"), QStringLiteral("places"), data("standard-v2.csv"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 3);
    }

    void importReportsSkippedRows()
    {
        const Run r = escale({ QStringLiteral("import"), QStringLiteral("places"), data("coordinates.csv") });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("row 3")) || r.out.contains(QStringLiteral("ligne 3"))
                || r.out.contains(QStringLiteral("3")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("123.5")));
    }

    void mappedImport()
    {
        const Run r = escale({ QStringLiteral("import"), QStringLiteral("places"), data("mapped.csv"),
            QStringLiteral("--format"), QStringLiteral("mapped"), QStringLiteral("--mapping"), data("mapping.json") });
        QCOMPARE(r.status, 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("stderrMentions");
        QTest::newRow("fichier Latin-1 → 1, nomme le fichier et la ligne") << QStringList { QStringLiteral("import"),
            QStringLiteral("places"), data("latin1.csv") } << 1 << QStringLiteral("latin1.csv");
        QTest::newRow("JSON tronqué → 1") << QStringList { QStringLiteral("import"), QStringLiteral("places"),
            data("truncated.json") } << 1 << QStringLiteral("truncated.json");
        QTest::newRow("fichier absent → 1") << QStringList { QStringLiteral("import"), QStringLiteral("places"),
            data("absent.csv") } << 1 << QStringLiteral("absent.csv");
        QTest::newRow("sans fichier → 2")
            << QStringList { QStringLiteral("import"), QStringLiteral("places") } << 2 << QString();
        QTest::newRow("format inconnu → 2") << QStringList { QStringLiteral("import"), QStringLiteral("places"),
            data("standard-v2.csv"), QStringLiteral("--format"), QStringLiteral("xls") }
                                            << 2 << QStringLiteral("xls");
        QTest::newRow("mapped sans --mapping → 2") << QStringList { QStringLiteral("import"), QStringLiteral("places"),
            data("mapped.csv"), QStringLiteral("--format"), QStringLiteral("mapped") }
                                                   << 2 << QStringLiteral("--mapping");
        QTest::newRow("mapping invalide → 1") << QStringList { QStringLiteral("import"), QStringLiteral("places"),
            data("mapped.csv"), QStringLiteral("--format"), QStringLiteral("mapped"), QStringLiteral("--mapping"),
            data("mapping-bad.json") } << 1 << QStringLiteral("ville_inconnue");
        QTest::newRow("export sans --output → 2")
            << QStringList { QStringLiteral("export"), QStringLiteral("places") } << 2 << QStringLiteral("--output");
        QTest::newRow("recherche --near illisible → 2") << QStringList { QStringLiteral("places"),
            QStringLiteral("search"), QStringLiteral("--near"), QStringLiteral("nord") }
                                                        << 2 << QStringLiteral("--near");
        QTest::newRow("recherche --open-at illisible → 2") << QStringList { QStringLiteral("places"),
            QStringLiteral("search"), QStringLiteral("--open-at"), QStringLiteral("lundi") }
                                                           << 2 << QStringLiteral("--open-at");
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, stderrMentions);
        const Run r = escale(args);
        QCOMPARE(r.status, status);
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(r.err.contains(stderrMentions), qPrintable(r.err));
    }

    void searchAndExport()
    {
        QCOMPARE(escale({ QStringLiteral("import"), QStringLiteral("places"), data("standard-v2.json") }).status, 0);
        Run r = escale(
            { QStringLiteral("places"), QStringLiteral("search"), QStringLiteral("Dígne"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // The EPN of standard-v2.csv and three places of coordinates.csv are in Digne-les-Bains.
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 4);
        for (const QJsonValue &v : o.value(QStringLiteral("places")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("commune")).toString(), QStringLiteral("Digne-les-Bains"));

        r = escale({ QStringLiteral("places"), QStringLiteral("search"), QStringLiteral("--near"),
            QStringLiteral("44.39,6.65"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject nearest = o.value(QStringLiteral("places")).toArray().first().toObject();
        QCOMPARE(
            nearest.value(QStringLiteral("nom")).toString(), QStringLiteral("Maison France Services de Barcelonnette"));
        QVERIFY(nearest.value(QStringLiteral("distance_km")).toDouble() < 1.0);

        r = escale({ QStringLiteral("places"), QStringLiteral("search"), QStringLiteral("--service"),
            QStringLiteral("Loisirs et créations numériques"), QStringLiteral("--open-at"),
            QStringLiteral("2026-11-24T11:00"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 1); // the tiers-lieu, Tu-Sa 10:00-19:00

        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        r = escale({ QStringLiteral("export"), QStringLiteral("places"), QStringLiteral("--output"), out });
        QCOMPARE(r.status, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("id,pivot,nom,commune,code_postal"));
    }

    // Distances in the interface's way (QA 4, #12): « (0,4 km) » in French, « (0.4 km) » in English.
    void distancesAreWrittenTheLanguagesWay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("distance");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("^.* \\(\\d+,\\d km\\)$");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("^.* \\(\\d+\\.\\d km\\)$");
    }
    void distancesAreWrittenTheLanguagesWay()
    {
        QFETCH(QString, language);
        QFETCH(QString, distance);
        QTemporaryDir dir;
        const auto options = escale::test::prefixedBy(
            { QStringLiteral("--database"), dir.filePath(QStringLiteral("d.sqlite")), QStringLiteral("--lang"), language });
        QCOMPARE(escale::test::runEscale({ QStringLiteral("import"), QStringLiteral("places"), data("standard-v2.json") },
                                         options)
                     .status,
                 0);
        const Run r = escale::test::runEscale({ QStringLiteral("places"), QStringLiteral("search"), QStringLiteral("--near"),
                                                QStringLiteral("44.39,6.65"), QStringLiteral("--limit"), QStringLiteral("1") },
                                              options);
        QCOMPARE(r.status, 0);
        const QString first = r.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(QRegularExpression(distance).match(first).hasMatch(), qPrintable(first));
    }

    // Counts as a French or an English reader expects them: « 1 234 lieux » (U+202F between the
    // thousands), « 1,234 places », « 1 lieu », « 1 place »; --json and the files keep plain numbers.
    void countsAreWrittenTheLanguagesWay_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("french");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("frenchImport");
        const QString thousands = QStringLiteral("1") + QChar(0x202F) + QStringLiteral("234");
        QTest::newRow("1 234") << 1234 << thousands + QStringLiteral(" lieux écrits dans ")
                               << QStringLiteral("1,234 places written to ")
                               << QStringLiteral("ajoutés : ") + thousands + QStringLiteral(", mis à jour : 0");
        QTest::newRow("1") << 1 << QStringLiteral("1 lieu écrit dans ") << QStringLiteral("1 place written to ")
                           << QStringLiteral("ajoutés : 1, mis à jour : 0");
    }
    void countsAreWrittenTheLanguagesWay()
    {
        QFETCH(int, count);
        QFETCH(QString, french);
        QFETCH(QString, english);
        QFETCH(QString, frenchImport);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("lieux.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,nom,commune,code_postal,adresse,latitude,longitude\n");
            for (int i = 1; i <= count; ++i)
                f.write(QStringLiteral("lieu-%1,Espace numérique %1,Digne-les-Bains,04000,%1 rue Basse,44.09,6.23\n")
                            .arg(i)
                            .toUtf8());
        }
        const QString database = dir.filePath(QStringLiteral("compte.sqlite"));
        const auto run = [&](const QString &language, const QStringList &args) {
            return escale::test::runEscale(args, escale::test::prefixedBy({QStringLiteral("--database"), database,
                                                                          QStringLiteral("--lang"), language}));
        };
        Run r = run(QStringLiteral("fr"), { QStringLiteral("import"), QStringLiteral("places"), csv });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(frenchImport), qPrintable(r.out));
        r = run(QStringLiteral("fr"), { QStringLiteral("import"), QStringLiteral("places"), csv, QStringLiteral("--json") });
        QCOMPARE(r.json().value(QStringLiteral("unchanged")).toInt(), count);

        const QString out = dir.filePath(QStringLiteral("export.csv"));
        r = run(QStringLiteral("fr"), { QStringLiteral("export"), QStringLiteral("places"), QStringLiteral("--output"), out });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(french), qPrintable(r.out));
        r = run(QStringLiteral("en"), { QStringLiteral("export"), QStringLiteral("places"), QStringLiteral("--output"), out });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(english), qPrintable(r.out));
        r = run(QStringLiteral("en"), { QStringLiteral("export"), QStringLiteral("places"), QStringLiteral("--output"), out,
            QStringLiteral("--json") });
        QVERIFY2(r.out.contains(QStringLiteral("\"places\": %1").arg(count)), qPrintable(r.out)); // a plain number
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count("\nlieu-"), count); // ids as they were, one line each
    }
};

QTEST_GUILESS_MAIN(TestPlacesCommands)
#include "TestPlacesCommands.moc"
