// The command-line contract of the places commands (DESIGN.md §11): exit 0 / 1 / 2, errors on
// stderr naming the file and row, --json for machines. Runs the built `escale` binary.
#include "EscaleProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
};

QTEST_GUILESS_MAIN(TestPlacesCommands)
#include "TestPlacesCommands.moc"
