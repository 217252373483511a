// The command-line contract of the itinerant commands (DESIGN.md §11): `tours list`, `tours
// import-places`, `report timetable`; exit 0 / 1 / 2, errors on stderr, --json. Runs the built binary
// (with the real clock: the checks below do not depend on the date).
#include "EscaleProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestToursCommands : public QObject
{
    Q_OBJECT

    using Run = escale::test::EscaleRun;

    QTemporaryDir m_dir;

    Run escale(const QStringList &args)
    {
        return escale::test::runEscale(args, escale::test::prefixedBy({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("escale.sqlite"))}));
    }

    static QString bus() { return escale::test::testData(QStringLiteral("itinerant/bus-small.json")); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("ESCALE_BINARY")), "ESCALE_BINARY not set"); }

    void emptyListSucceeds()
    {
        // No database yet: said, exit 1 (listing does not create one).
        Run r = escale({ QStringLiteral("tours"), QStringLiteral("list") });
        QCOMPARE(r.status, 1);
        QVERIFY(!r.err.isEmpty());
        // From an empty register: nothing to build, said calmly.
        r = escale({ QStringLiteral("tours"), QStringLiteral("import-places") });
        QCOMPARE(r.status, 0);
        QVERIFY(!r.out.isEmpty());
        r = escale({ QStringLiteral("tours"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("tours")).toArray().size(), 0);
        r = escale({ QStringLiteral("tours"), QStringLiteral("list") });
        QCOMPARE(r.status, 0);
        QVERIFY(!r.out.isEmpty());
    }

    void importFileThenRegisterThenList()
    {
        Run r = escale({ QStringLiteral("tours"), QStringLiteral("import-places"), bus(), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("added")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("toursCreated")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("placesImport")).toObject().value(QStringLiteral("added")).toInt(), 8);
        // Each skipped row says why.
        for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray())
            if (row.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("skipped"))
                QVERIFY(!row.toObject().value(QStringLiteral("message")).toString().isEmpty());

        // From the register (the places are now marked « Itinérant »): the same stops, none added.
        r = escale({ QStringLiteral("tours"), QStringLiteral("import-places"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        o = r.json();
        QCOMPARE(o.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("places")).toInt(), 7); // the « Fixe » place is not looked at

        r = escale({ QStringLiteral("tours"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        const QJsonArray tours = r.json().value(QStringLiteral("tours")).toArray();
        QCOMPARE(tours.size(), 1);
        QCOMPARE(tours.first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Cyberbus du Pays Ruffécois"));
        QCOMPARE(tours.first().toObject().value(QStringLiteral("stops")).toArray().size(), 7);

        // Text output: one line per stop under the tour.
        r = escale({ QStringLiteral("tours"), QStringLiteral("list") });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Saint-Fraigne")), qPrintable(r.out));

        // The timetable, by the tour's name.
        const QString pdf = m_dir.filePath(QStringLiteral("horaires.pdf"));
        r = escale({ QStringLiteral("report"), QStringLiteral("timetable"), QStringLiteral("--tour"),
            QStringLiteral("cyberbus du pays ruffécois"), QStringLiteral("--output"), pdf, QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QVERIFY(r.json().value(QStringLiteral("rows")).toInt() >= 5);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }

    // A timetable whose stops overlap (the same Friday morning in two villages, every week) is written,
    // and the output says so, stop by stop (QA: « 10 lignes » and no word).
    void overlappingStopsAreSaidWhenWritten()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("bus.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([
 {"id": "o1", "nom": "Bus du test - [Place Robert Joubert]", "commune": "Tusson", "code_postal": "16140",
  "adresse": "Le Bourg", "latitude": 45.93, "longitude": 0.07, "itinerance": "Itinérant",
  "horaires": "Fr 08:45-12:15", "source": "Bus du test", "typologie": "TIERS_LIEUX"},
 {"id": "o2", "nom": "Bus du test - [Place de la mairie]", "commune": "Verteuil-sur-Charente",
  "code_postal": "16510", "adresse": "Le Bourg", "latitude": 45.98, "longitude": 0.23, "itinerance": "Itinérant",
  "horaires": "Fr 09:00-12:30", "source": "Bus du test", "typologie": "TIERS_LIEUX"}
])");
        file.close();
        const auto run = [&dir](const QStringList &args) {
            return escale::test::runEscale(args,
                escale::test::prefixedBy({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                    dir.filePath(QStringLiteral("escale.sqlite")) }));
        };
        Run r = run({ QStringLiteral("tours"), QStringLiteral("import-places"), json });
        QCOMPARE(r.status, 0);
        const QString pdf = dir.filePath(QStringLiteral("horaires.pdf"));
        const QStringList timetable { QStringLiteral("report"), QStringLiteral("timetable"), QStringLiteral("--tour"),
            QStringLiteral("Bus du test"), QStringLiteral("-o"), pdf };
        r = run(timetable);
        QCOMPARE(r.status, 0); // written: the sheet is still wanted once the stops are corrected
        QVERIFY(QFile::exists(pdf));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(r.out));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Warning: this timetable posts the bus at two stops")),
            qPrintable(r.out));
        QVERIFY2(lines.at(2).contains(QStringLiteral("Tusson")) && lines.at(2).contains(QStringLiteral("Verteuil")),
            qPrintable(r.out));
        r = run(timetable + QStringList { QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("overlaps")).toArray().size(), 1);
    }

    // The import's row lines in French typography (QA 4, #15): « Tusson (…), ignoré : … ».
    void importRowsInFrenchTypography()
    {
        QTemporaryDir dir;
        const Run r = escale::test::runEscale({ QStringLiteral("tours"), QStringLiteral("import-places"), bus() },
            escale::test::prefixedBy({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--database"),
                dir.filePath(QStringLiteral("escale.sqlite")) }));
        QCOMPARE(r.status, 0);
        QStringList skipped; // the row lines (indented), not the summary's « ignorés : 0 »
        for (const QString &line : r.out.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("  ")) && line.contains(QStringLiteral(", ignoré")))
                skipped << line;
        QVERIFY2(!skipped.isEmpty(), qPrintable(r.out));
        for (const QString &line : skipped)
            QVERIFY2(line.contains(QStringLiteral(", ignoré : ")), qPrintable(line));
        // The far point's coordinates with decimal commas, named (not « (43.4513, 5.41187) »).
        QVERIFY2(r.out.contains(QStringLiteral("son point (latitude 43,4513, longitude 5,41187) est à ")),
                 qPrintable(r.out));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        const QString pdf = m_dir.filePath(QStringLiteral("x.pdf"));
        QTest::newRow("timetable without tour")
            << QStringList { QStringLiteral("report"), QStringLiteral("timetable"), QStringLiteral("-o"), pdf } << 2;
        QTest::newRow("timetable without output") << QStringList { QStringLiteral("report"),
            QStringLiteral("timetable"), QStringLiteral("--tour"), QStringLiteral("x") }
                                                  << 2;
        QTest::newRow("two files") << QStringList { QStringLiteral("tours"), QStringLiteral("import-places"),
            QStringLiteral("a.json"), QStringLiteral("b.json") }
                                   << 2;
        QTest::newRow("list argument") << QStringList { QStringLiteral("tours"), QStringLiteral("list"),
            QStringLiteral("extra") } << 2;
        QTest::newRow("unknown option") << QStringList { QStringLiteral("tours"), QStringLiteral("list"),
            QStringLiteral("--vite") } << 2;
        QTest::newRow("unknown tour") << QStringList { QStringLiteral("report"), QStringLiteral("timetable"),
            QStringLiteral("--tour"), QStringLiteral("Tournée fantôme"), QStringLiteral("-o"), pdf }
                                      << 1;
        QTest::newRow("missing file") << QStringList { QStringLiteral("tours"), QStringLiteral("import-places"),
            m_dir.filePath(QStringLiteral("absent.json")) }
                                      << 1;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        const Run r = escale(args);
        QCOMPARE(r.status, status);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void helpNamesTheOptions()
    {
        Run r = escale({ QStringLiteral("tours"), QStringLiteral("import-places"), QStringLiteral("--help") });
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("--tour")));
        r = escale({ QStringLiteral("report"), QStringLiteral("timetable"), QStringLiteral("--help") });
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("--output")));
        r = escale({ QStringLiteral("--help") });
        QVERIFY(r.out.contains(QStringLiteral("import-places")));
    }
};

QTEST_MAIN(TestToursCommands)
#include "TestToursCommands.moc"
