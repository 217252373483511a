#include "TestSupport.h"

#include "activity/Activity.h"
#include "itinerant/TourStore.h"
#include "reports/MonthlyActivitySheet.h"
#include "structure/StructureProfile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>

using namespace escale;

namespace {

void addActivity(storage::Database &db, const QDate &date, const QString &type, const QStringList &thematiques)
{
    activity::ActivityStore store(db);
    activity::Activity a;
    a.type = type;
    a.date = date;
    a.dureeMinutes = 60;
    a.thematiques = thematiques;
    a.materiel = { QStringLiteral("ordinateur") };
    if (type == QStringLiteral("collectif")) {
        a.anonymousParticipants = 5;
        a.niveau = QStringLiteral("debutant");
    }
    auto r = store.create(a);
    if (!r)
        qFatal("%s", qPrintable(r.errorMessage()));
}

// A small, fixed month: the text of its sheet is the golden file.
void fillFixedMonth(test::TempDatabase &db)
{
    structure::StructureStore structures(*db);
    structure::StructureProfile p;
    p.nom = QStringLiteral("Espace numérique de Thoard");
    p.adresse = QStringLiteral("2 rue de l'Église");
    p.commune = QStringLiteral("Thoard");
    p.codePostal = QStringLiteral("04380");
    if (auto r = structures.save(p); !r)
        qFatal("%s", qPrintable(r.errorMessage()));
    addActivity(*db, QDate(2026, 10, 2), QStringLiteral("individuel"), { QStringLiteral("email") });
    addActivity(
        *db, QDate(2026, 10, 15), QStringLiteral("individuel"), { QStringLiteral("email"), QStringLiteral("sante") });
    addActivity(*db, QDate(2026, 10, 31), QStringLiteral("collectif"), { QStringLiteral("securite_numerique") });
    addActivity(*db, QDate(2026, 9, 30), QStringLiteral("individuel"), { QStringLiteral("email") });
    addActivity(*db, QDate(2025, 10, 10), QStringLiteral("ponctuel"), { QStringLiteral("email") });
}

QString addStop(storage::Database &db, const QString &tourId, const QString &name, const QString &commune)
{
    itinerant::Stop s;
    s.tourId = tourId;
    s.name = name;
    s.commune = commune;
    s.start = QTime(9, 0);
    s.end = QTime(12, 0);
    s.recurrence.weekday = 2;
    s.recurrence.startDate = QDate(2026, 9, 1);
    auto id = itinerant::TourStore(db).saveStop(s);
    if (!id)
        qFatal("%s", qPrintable(id.errorMessage()));
    return *id;
}

void addActivityAt(storage::Database &db, const QDate &date, const QString &stopId, const QString &label,
    const QString &type = QStringLiteral("individuel"))
{
    activity::Activity a;
    a.type = type;
    a.date = date;
    a.thematiques = { QStringLiteral("email") };
    if (type == QStringLiteral("collectif"))
        a.anonymousParticipants = 5;
    a.lieuKind = activity::lieu::Stop;
    a.lieuId = stopId;
    a.lieuLabel = label;
    if (auto r = activity::ActivityStore(db).create(a); !r)
        qFatal("%s", qPrintable(r.errorMessage()));
}

// October 2026 of a bus: three stops of its tour (one commune with an accent), a stop typed freely,
// an activity at the structure, and an activity at a stop in November (another month).
void fillBusMonth(test::TempDatabase &db)
{
    fillFixedMonth(db);
    auto tour = itinerant::TourStore(*db).saveTour({ {}, QStringLiteral("Charente Nord"), {}, {}, true });
    if (!tour)
        qFatal("%s", qPrintable(tour.errorMessage()));
    const QString mairie = addStop(*db, *tour, QStringLiteral("Place de la mairie"), QStringLiteral("Mansle"));
    const QString fetes = addStop(*db, *tour, QStringLiteral("Salle des fêtes"), QStringLiteral("Aigre"));
    const QString eglise = addStop(*db, *tour, QStringLiteral("Parvis de l'église"), QStringLiteral("Échallat"));
    addActivityAt(*db, QDate(2026, 10, 6), mairie, QStringLiteral("Place de la mairie (Mansle)"));
    addActivityAt(*db, QDate(2026, 10, 6), mairie, QStringLiteral("Place de la mairie (Mansle)"),
        QStringLiteral("collectif"));
    addActivityAt(*db, QDate(2026, 10, 13), mairie, QStringLiteral("Place de la mairie (Mansle)"));
    addActivityAt(*db, QDate(2026, 10, 7), fetes, QStringLiteral("Salle des fêtes (Aigre)"));
    addActivityAt(*db, QDate(2026, 10, 8), eglise, QStringLiteral("Parvis de l'église (Échallat)"));
    addActivityAt(*db, QDate(2026, 10, 9), QStringLiteral("stop:Le lavoir"), QStringLiteral("Le lavoir"));
    addActivityAt(*db, QDate(2026, 11, 3), mairie, QStringLiteral("Place de la mairie (Mansle)"));
}

} // namespace

class TestMonthlyActivitySheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sheetTextMatchesTheGoldenFile()
    {
        test::TempDatabase db;
        fillFixedMonth(db);
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 10, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        QCOMPARE(data->current.activities, 3);
        QCOMPARE(data->previousMonth.activities, 1);
        QCOMPARE(data->sameMonthLastYear.activities, 1);
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        const QString golden = test::testData(QStringLiteral("reports/monthly-sheet-2026-10.txt"));
        if (qEnvironmentVariableIsSet("ESCALE_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
        }
        QFile file(golden);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden));
        QCOMPARE(text, QString::fromUtf8(file.readAll()));
    }

    void communesServedAreCountedPerStop()
    {
        test::TempDatabase db;
        fillBusMonth(db);
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 10, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        // By commune, accents ignored (Échallat between Aigre and Mansle), the unknown commune last.
        QStringList rows;
        for (const activity::StopServed &s : data->current.stopsServed)
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(s.commune, s.name)
                        .arg(s.days)
                        .arg(s.activities)
                        .arg(s.participants);
        QCOMPARE(rows,
            (QStringList { QStringLiteral("Aigre|Salle des fêtes|1|1|1"),
                QStringLiteral("Échallat|Parvis de l'église|1|1|1"),
                QStringLiteral("Mansle|Place de la mairie|2|3|7"), // two days, a workshop of 5
                QStringLiteral("|Le lavoir|1|1|1") }));
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        const QString heading = QCoreApplication::translate("escale::reports", "Communes served");
        const qsizetype section = text.indexOf(heading);
        QVERIFY2(section > 0, qPrintable(text));
        const qsizetype aigre = text.indexOf(QStringLiteral("Aigre"), section);
        const qsizetype echallat = text.indexOf(QStringLiteral("Échallat"), section);
        const qsizetype mansle = text.indexOf(QStringLiteral("Mansle"), section);
        QVERIFY(aigre > section && aigre < echallat && echallat < mansle);

        const QString pdf = db.dir.filePath(QStringLiteral("bus.pdf"));
        ESCALE_VERIFY_OK(reports::writeMonthlySheet(*db, QDate(2026, 10, 1), db.clock, pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        if (qEnvironmentVariableIsSet("ESCALE_SHEET_PDF")) // to look at it (pdftoppm)
            QFile::copy(pdf, qEnvironmentVariable("ESCALE_SHEET_PDF"));
    }

    void noStopNoCommunesSection_data()
    {
        QTest::addColumn<QDate>("month");
        QTest::newRow("activities at the structure only") << QDate(2026, 10, 1);
        QTest::newRow("no activity") << QDate(2026, 3, 1);
    }
    void noStopNoCommunesSection()
    {
        QFETCH(QDate, month);
        test::TempDatabase db;
        fillFixedMonth(db);
        auto data = reports::collectMonthlySheet(*db, month, db.clock);
        ESCALE_VERIFY_OK(data);
        QVERIFY(data->current.stopsServed.isEmpty());
        const QString heading = QCoreApplication::translate("escale::reports", "Communes served");
        QVERIFY(!reports::buildMonthlySheet(*data)->toPlainText().contains(heading));
    }

    void emptyMonthSaysSo()
    {
        test::TempDatabase db;
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 3, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Mars 2026")), qPrintable(text));
        QVERIFY(text.contains(
            QCoreApplication::translate("escale::reports", "No activity was recorded in %1.")
                .arg(QStringLiteral("Mars 2026"))));
        const QString pdf = db.dir.filePath(QStringLiteral("empty.pdf"));
        ESCALE_VERIFY_OK(reports::writeMonthlySheet(*db, QDate(2026, 3, 1), db.clock, pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void firstPageRendersToPng()
    {
        test::TempDatabase db;
        fillFixedMonth(db);
        const QString pdf = db.dir.filePath(QStringLiteral("sheet.pdf"));
        ESCALE_VERIFY_OK(reports::writeMonthlySheet(*db, QDate(2026, 10, 1), db.clock, pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed: the PDF is checked by its header only");
        const QString prefix = db.dir.filePath(QStringLiteral("page"));
        QProcess p;
        p.start(pdftoppm,
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QDir dir(db.dir.path());
        const QStringList pages = dir.entryList({ QStringLiteral("page*.png") });
        QCOMPARE(pages.size(), 1);
        QImage image(dir.filePath(pages.first()));
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > image.width()); // A4 portrait
        // Something is drawn: not a blank page.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                if (qGray(image.pixel(x, y)) < 128)
                    ++dark;
        QVERIFY(dark > 100);
    }

    void chartsHaveTheRequestedSize()
    {
        QList<activity::MonthPoint> trend;
        for (int i = 0; i < 12; ++i)
            trend.append({ QDate(2026, 1, 1).addMonths(i), i * 3, i * 4 });
        QCOMPARE(reports::trendChart(trend, QSize(600, 200)).size(), QSize(600, 200));
        QCOMPARE(
            reports::horizontalBarChart({ { QStringLiteral("Courriel"), 3 } }, QSize(400, 40)).size(), QSize(400, 40));
    }
};

QTEST_MAIN(TestMonthlyActivitySheet)
#include "TestMonthlyActivitySheet.moc"
