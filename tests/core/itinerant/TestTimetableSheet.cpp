// The bus's public timetable (core/itinerant/TimetableSheet.h): its text against a golden file, the
// order of its lines, and the PDF rendered to a page.
#include "TestSupport.h"

#include "itinerant/TimetableSheet.h"
#include "itinerant/TourImport.h"
#include "places/PlaceImporter.h"
#include "itinerant/TourStore.h"
#include "storage/RecordStore.h"
#include "structure/StructureProfile.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>

using namespace escale;
using namespace escale::itinerant;

namespace {

Stop stop(const QString &tourId, const QString &commune, const QString &name, int weekday, QTime start, QTime end)
{
    Stop s;
    s.tourId = tourId;
    s.commune = commune;
    s.name = name;
    s.start = start;
    s.end = end;
    s.recurrence.weekday = weekday;
    s.recurrence.startDate = QDate(2026, 11, 16);
    return s;
}

// A small tour, saved in a shuffled order: the sheet orders it.
QString fillTour(test::TempDatabase &db)
{
    structure::StructureProfile p;
    p.nom = QStringLiteral("France Services du Ruffécois");
    p.adresse = QStringLiteral("2 place d'Armes");
    p.commune = QStringLiteral("Ruffec");
    p.codePostal = QStringLiteral("16700");
    p.telephone = QStringLiteral("05 45 31 00 00");
    p.courriel = QStringLiteral("bus@example.org");
    if (auto r = structure::StructureStore(*db).save(p); !r)
        qFatal("%s", qPrintable(r.errorMessage()));
    TourStore store(*db);
    Tour tour;
    tour.name = QStringLiteral("Bus France Services en Charente");
    tour.vehicle = QStringLiteral("Le bus France Services");
    const QString id = *store.saveTour(tour);
    QList<Stop> stops;
    stops << stop(id, QStringLiteral("Verteuil-sur-Charente"), QStringLiteral("Place de la mairie"), 5, QTime(9, 0),
        QTime(12, 30));
    Stop tusson
        = stop(id, QStringLiteral("Tusson"), QStringLiteral("Place de la poste"), 2, QTime(9, 0), QTime(12, 30));
    tusson.recurrence.kind = Recurrence::Kind::EveryNWeeks;
    tusson.recurrence.intervalWeeks = 2;
    tusson.recurrence.endDate = QDate(2027, 1, 3);
    stops << tusson;
    stops << stop(
        id, QStringLiteral("Saint-Fraigne"), QStringLiteral("Face à la boulangerie"), 1, QTime(13, 30), QTime(15, 30));
    Stop charme = stop(id, QStringLiteral("Charmé"), QStringLiteral("Salle des fêtes"), 2, QTime(14, 0), QTime(16, 30));
    charme.recurrence.kind = Recurrence::Kind::MonthlyNth;
    charme.recurrence.nth = 2;
    charme.recurrence.startDate = QDate(2026, 11, 1);
    stops << charme;
    stops << stop(
        id, QStringLiteral("Saint-Fraigne"), QStringLiteral("Face à la boulangerie"), 1, QTime(9, 30), QTime(12, 30));
    for (const Stop &s : stops)
        if (auto r = store.saveStop(s); !r)
            qFatal("%s", qPrintable(r.errorMessage()));
    return id;
}

} // namespace

class TestTimetableSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsByWeekdayThenTimeWithMorningAndAfternoonTogether()
    {
        test::TempDatabase db;
        const QString tourId = fillTour(db);
        auto data = collectTimetable(*db, tourId);
        ESCALE_VERIFY_OK(data);
        QCOMPARE(data->rows.size(), 4);
        QCOMPARE(data->rows.at(0).commune, QStringLiteral("Saint-Fraigne"));
        QCOMPARE(data->rows.at(0).hours.size(), 2); // 09:30–12:30 and 13:30–15:30
        QCOMPARE(data->rows.at(0).hours.first().first, QTime(9, 30));
        QCOMPARE(data->rows.at(1).commune, QStringLiteral("Tusson"));
        QCOMPARE(data->rows.at(2).commune, QStringLiteral("Charmé"));
        QCOMPARE(data->rows.at(3).commune, QStringLiteral("Verteuil-sur-Charente"));
        // Next dates from Saturday 21 November 2026: at most four, public holidays left out.
        QCOMPARE(data->rows.at(0).nextDates,
            (QList<QDate> { QDate(2026, 11, 23), QDate(2026, 11, 30), QDate(2026, 12, 7), QDate(2026, 12, 14) }));
        QCOMPARE(data->rows.at(1).nextDates,
            (QList<QDate> { QDate(2026, 12, 1), QDate(2026, 12, 15), QDate(2026, 12, 29) }));
        QCOMPARE(data->rows.at(2).nextDates, QList<QDate> { QDate(2026, 12, 8) });
        QCOMPARE(data->validFrom, QDate(2026, 11, 21));
        QCOMPARE(data->validUntil, QDate(2027, 1, 3));
        QCOMPARE(data->structureTelephone, QStringLiteral("05 45 31 00 00"));
        QVERIFY(data->problems.isEmpty());
    }

    void publicHolidaysAreLeftOut()
    {
        test::TempDatabase db(QDateTime(QDate(2026, 12, 20), QTime(9, 0), Qt::UTC));
        TourStore store(*db);
        Tour tour;
        tour.name = QStringLiteral("Cyberbus");
        const QString id = *store.saveTour(tour);
        ESCALE_VERIFY_OK(
            store.saveStop(stop(id, QStringLiteral("Thoard"), QStringLiteral("Mairie"), 5, QTime(9, 0), QTime(12, 0))));
        auto data = collectTimetable(*db, id);
        ESCALE_VERIFY_OK(data);
        // Friday 25 December and Friday 1 January are public holidays.
        QCOMPARE(data->rows.first().nextDates,
            (QList<QDate> { QDate(2027, 1, 8), QDate(2027, 1, 15), QDate(2027, 1, 22), QDate(2027, 1, 29) }));
        QVERIFY(!data->validUntil.isValid());
        QVERIFY(buildTimetableSheet(*data)->toPlainText().contains(QStringLiteral("until further notice")));
    }

    // « No visit on public holidays. » only when that is true for every stop of the sheet; a stop that
    // runs on public holidays keeps them in its dates and says so on its line when others do not.
    void publicHolidayNoticeOnlyWhenTrue_data()
    {
        QTest::addColumn<bool>("verteuilRuns");
        QTest::addColumn<bool>("thoardRuns");
        QTest::addColumn<int>("policy");
        QTest::addColumn<bool>("notice");
        QTest::addColumn<bool>("exception");
        QTest::newRow("no stop runs") << false << false << int(TimetablePublicHolidays::NoStop) << true << false;
        QTest::newRow("one of two runs") << true << false << int(TimetablePublicHolidays::SomeStops) << false << true;
        QTest::newRow("every stop runs") << true << true << int(TimetablePublicHolidays::EveryStop) << false << false;
    }

    void publicHolidayNoticeOnlyWhenTrue()
    {
        QFETCH(bool, verteuilRuns);
        QFETCH(bool, thoardRuns);
        QFETCH(int, policy);
        QFETCH(bool, notice);
        QFETCH(bool, exception);
        test::TempDatabase db(QDateTime(QDate(2026, 12, 20), QTime(9, 0), Qt::UTC));
        TourStore store(*db);
        Tour tour;
        tour.name = QStringLiteral("Cyberbus");
        const QString id = *store.saveTour(tour);
        Stop verteuil = stop(id, QStringLiteral("Verteuil-sur-Charente"), QStringLiteral("Place de la mairie"), 5,
            QTime(9, 0), QTime(12, 0));
        verteuil.runsOnPublicHolidays = verteuilRuns;
        Stop thoard = stop(id, QStringLiteral("Thoard"), QStringLiteral("Mairie"), 5, QTime(14, 0), QTime(16, 0));
        thoard.runsOnPublicHolidays = thoardRuns;
        ESCALE_VERIFY_OK(store.saveStop(verteuil));
        ESCALE_VERIFY_OK(store.saveStop(thoard));
        auto data = collectTimetable(*db, id);
        ESCALE_VERIFY_OK(data);
        QCOMPARE(data->rows.size(), 2);
        QCOMPARE(int(timetablePublicHolidays(*data)), policy);
        // Friday 25 December and Friday 1 January: in the dates of a stop that runs, not of the others.
        for (const TimetableRow &row : data->rows)
            QCOMPARE(row.nextDates.first(), row.runsOnPublicHolidays ? QDate(2026, 12, 25) : QDate(2027, 1, 8));
        const QString text = buildTimetableSheet(*data)->toPlainText();
        QCOMPARE(text.contains(QStringLiteral("No visit on public holidays.")), notice);
        QCOMPARE(text.contains(QStringLiteral("except at the stops marked")), exception);
        QCOMPARE(text.count(QStringLiteral("public holidays included")), exception ? 2 : 0); // the line and the note
        if (const QString keep = qEnvironmentVariable("ESCALE_KEEP_PDF"); !keep.isEmpty() && exception)
            ESCALE_VERIFY_OK(writeTimetableSheet(*db, id, keep + QStringLiteral(".holidays.pdf")));
    }

    void sheetTextMatchesTheGoldenFile()
    {
        test::TempDatabase db;
        const QString tourId = fillTour(db);
        auto data = collectTimetable(*db, tourId);
        ESCALE_VERIFY_OK(data);
        const QString text = buildTimetableSheet(*data)->toPlainText();
        const QString golden = test::testData(QStringLiteral("itinerant/timetable-golden.txt"));
        if (qEnvironmentVariableIsSet("ESCALE_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
        }
        QFile file(golden);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden));
        QCOMPARE(text, QString::fromUtf8(file.readAll()));
    }

    void emptyTourAndNeverOccurringStopAreSaid()
    {
        test::TempDatabase db;
        TourStore store(*db);
        Tour tour;
        tour.name = QStringLiteral("Cyberbus");
        const QString id = *store.saveTour(tour);
        // A stop synced from elsewhere that never occurs (5th Monday, February only, from 2027).
        ESCALE_VERIFY_OK(storage::RecordStore(*db).insert(QStringLiteral("itinerant_stops"),
            { { QStringLiteral("tour_id"), id }, { QStringLiteral("name"), QStringLiteral("Mairie") },
                { QStringLiteral("commune"), QStringLiteral("Thoard") }, { QStringLiteral("weekday"), 1 },
                { QStringLiteral("start_time"), QStringLiteral("09:00") },
                { QStringLiteral("end_time"), QStringLiteral("12:00") },
                { QStringLiteral("recurrence"), QStringLiteral("monthly_nth") }, { QStringLiteral("nth"), 5 },
                { QStringLiteral("months"), QStringLiteral("2") },
                { QStringLiteral("start_date"), QStringLiteral("2027-01-01") },
                { QStringLiteral("end_date"), QStringLiteral("2027-12-31") } }));
        auto data = collectTimetable(*db, id);
        ESCALE_VERIFY_OK(data);
        QVERIFY(data->rows.isEmpty());
        QCOMPARE(data->problems.size(), 1);
        QVERIFY(data->problems.first().contains(QStringLiteral("Thoard")));
        QVERIFY(buildTimetableSheet(*data)->toPlainText().contains(QStringLiteral("No stop is planned")));
        QVERIFY(!collectTimetable(*db, QStringLiteral("nope")));
    }

    void pageRendersInLargeType()
    {
        test::TempDatabase db;
        const QString tourId = fillTour(db);
        const QString pdf = db.dir.filePath(QStringLiteral("timetable.pdf"));
        ESCALE_VERIFY_OK(writeTimetableSheet(*db, tourId, pdf));
        if (const QString keep = qEnvironmentVariable("ESCALE_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, keep); // to look at it: pdftoppm -png -r 60
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed: the PDF is checked by its header only");
        const QString prefix = db.dir.filePath(QStringLiteral("page"));
        QProcess p;
        p.start(pdftoppm, { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), pdf, prefix });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QDir dir(db.dir.path());
        const QStringList pages = dir.entryList({ QStringLiteral("page*.png") });
        QCOMPARE(pages.size(), 1); // one sheet to post
        QImage image(dir.filePath(pages.first()));
        QVERIFY(image.height() > image.width());
        // Ink on the page, and four stops reach down 40 % of the page (large type, not a small block at the top).
        int lowestInk = 0, dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qGray(image.pixel(x, y)) < 128) {
                    ++dark;
                    lowestInk = y;
                }
        QVERIFY(dark > 500);
        QVERIFY2(lowestInk > image.height() * 2 / 5, qPrintable(QString::number(lowestInk)));
    }

    // The real Charente bus (11 lines from 13 stops) with the structure's full card: one page to post,
    // « Information and appointments » on it, the table in large type (QA found the card pushed to a
    // second page and the cells in the 10 pt body type).
    void realBusFitsOnePageInLargeType()
    {
        const QString file = test::sharedData(QStringLiteral(
            "lieux/20231003-bus-france-services-en-charente-lieux-de-mediation-numeriques-nouvelle-aquitaine.json"));
        if (file.isEmpty())
            QSKIP("../shared/data is not there");
        test::TempDatabase db;
        structure::StructureProfile p;
        p.nom = QStringLiteral("Démo — Espace numérique des Cigales");
        p.adresse = QStringLiteral("12 place de la Mairie");
        p.commune = QStringLiteral("Ruffec");
        p.codePostal = QStringLiteral("16700");
        p.telephone = QStringLiteral("05 45 31 00 00");
        p.courriel = QStringLiteral("contact@exemple.fr");
        p.siteWeb = QStringLiteral("https://www.exemple.fr");
        ESCALE_VERIFY_OK(structure::StructureStore(*db).save(p));
        auto summary = TourImport(*db).fromFile(file);
        ESCALE_VERIFY_OK(summary);
        const QString tourId = TourStore(*db).tours().first().id;
        auto data = collectTimetable(*db, tourId);
        ESCALE_VERIFY_OK(data);
        QVERIFY(data->rows.size() >= 10);
        auto document = buildTimetableSheet(*data);
        const reports::PageUse use = reports::measurePages(*document);
        QCOMPARE(use.pages, 1);
        QVERIFY(document->toPlainText().contains(QStringLiteral("Information and appointments")));
        QVERIFY(document->toPlainText().contains(QStringLiteral("contact@exemple.fr")));
        // The type of a commune's cell.
        double communePt = 0;
        for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
            if (b.text() == data->rows.first().commune)
                communePt = b.charFormat().fontPointSize() > 0 ? b.charFormat().fontPointSize()
                                                                : b.begin().fragment().charFormat().fontPointSize();
        qInfo("%lld lines, table at %.1f pt, page %d %% full", qint64(data->rows.size()), communePt,
              int(use.lastPageFill * 100));
        QVERIFY2(communePt >= 13.0, qPrintable(QString::number(communePt)));
        const QString pdf = db.dir.filePath(QStringLiteral("bus.pdf"));
        ESCALE_VERIFY_OK(writeTimetableSheet(*db, tourId, pdf));
        if (const QString keep = qEnvironmentVariable("ESCALE_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, keep + QStringLiteral(".bus.pdf"));
    }
};

QTEST_MAIN(TestTimetableSheet)
#include "TestTimetableSheet.moc"
