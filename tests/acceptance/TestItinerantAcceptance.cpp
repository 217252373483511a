// The real Charente bus file of ../shared/data/lieux/ (12 records of the standard, OSM `horaires` with
// odd/even ISO weeks) imported as a tour, re-imported, and printed as a timetable. Skipped, with the
// reason printed, when ../shared/data is absent.
#include "TestSupport.h"

#include "itinerant/TimetableSheet.h"
#include "itinerant/TourImport.h"
#include "itinerant/TourStore.h"
#include "places/PlaceImporter.h"

#include <QTextDocument>

using namespace escale;
using namespace escale::itinerant;

namespace {

const QString Bus = QStringLiteral(
    "lieux/20231003-bus-france-services-en-charente-lieux-de-mediation-numeriques-nouvelle-aquitaine.json");

} // namespace

class TestItinerantAcceptance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void charenteBusBecomesATour()
    {
        const QString file = test::sharedData(Bus);
        if (file.isEmpty())
            QSKIP("../shared/data/lieux is absent: the Charente bus file cannot be imported");
        test::TempDatabase db; // Saturday 21 November 2026, ISO week 47 of a 53-week year

        // The file does not say `itinerance`: imported as plain places, none is a stop.
        ESCALE_VERIFY_OK(places::PlaceImporter(*db).importFile(file));
        auto fromRegister = TourImport(*db).fromRegister();
        ESCALE_VERIFY_OK(fromRegister);
        QCOMPARE(fromRegister->places, 0);
        QCOMPARE(fromRegister->added, 0);

        // Imported as the bus's file: every record is a stop candidate.
        auto summary = TourImport(*db).fromFile(file);
        ESCALE_VERIFY_OK(summary);
        const TourImportSummary &s = summary.value();
        QCOMPARE(s.placesUpdated, 12); // now marked « Itinérant »
        QCOMPARE(s.places, 12);
        QCOMPARE(s.toursCreated, 1);
        // 10 records with hours give 13 stops (three have a morning and an afternoon); Nanteuil-en-Vallée
        // and Valence have no hours.
        QCOMPARE(s.added, 13);
        QCOMPARE(s.skipped, 2);
        QCOMPARE(s.removed, 0);
        int skippedForHours = 0;
        for (const TourImportRow &r : s.rows)
            if (r.outcome == TourImportRow::Outcome::Skipped && r.message.contains(QStringLiteral("horaires")))
                ++skippedForHours;
        QCOMPARE(skippedForHours, 2);

        TourStore store(*db);
        QCOMPARE(store.tours().size(), 1);
        const Tour tour = store.tours().first();
        QCOMPARE(tour.name, QStringLiteral("Bus France Services en Charente"));
        const QList<Stop> stops = store.stops(tour.id);
        QCOMPARE(stops.size(), 13);
        // A known stop: Tusson, place de la poste, Tuesdays of odd weeks, 09:00–12:30 and 13:30–15:30.
        QList<Stop> tusson;
        for (const Stop &st : stops)
            if (st.commune == QStringLiteral("Tusson"))
                tusson << st;
        QCOMPARE(tusson.size(), 2);
        const Stop &morning = tusson.first();
        QCOMPARE(morning.name, QStringLiteral("Place de la poste"));
        QCOMPARE(morning.codeInsee, QStringLiteral("16390"));
        QCOMPARE(*morning.latitude, 45.932439);
        QCOMPARE(*morning.longitude, 0.068913);
        QCOMPARE(morning.start, QTime(9, 0));
        QCOMPARE(morning.end, QTime(12, 30));
        QCOMPARE(tusson.at(1).start, QTime(13, 30));
        QCOMPARE(morning.recurrence.kind, Recurrence::Kind::EveryNWeeks);
        QCOMPARE(morning.recurrence.intervalWeeks, 2);
        QCOMPARE(morning.recurrence.weekday, 2);
        QCOMPARE(morning.recurrence.occurrences(QDate(2026, 11, 21), QDate(2026, 12, 31)),
            (QList<QDate> { QDate(2026, 12, 1), QDate(2026, 12, 15), QDate(2026, 12, 29) }));
        // The whole week: 3 weekly visits, plus 7 in ISO week 48 (even) or 3 in week 49 (odd).
        QCOMPARE(store.weekSchedule(tour.id, QDate(2026, 11, 23)).size(), 10);
        QCOMPARE(store.weekSchedule(tour.id, QDate(2026, 11, 30)).size(), 6);
        // Every stop has its point: the GPS can detect each.
        for (const Stop &st : stops)
            QVERIFY2(st.hasCoordinates(), qPrintable(st.commune));

        // Again: the same 13 stops, none added.
        auto again = TourImport(*db).fromFile(file);
        ESCALE_VERIFY_OK(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 13);
        QCOMPARE(store.stops(tour.id).size(), 13);

        // The timetable: one line per stop and day (mornings and afternoons together), Monday first.
        auto data = collectTimetable(*db, tour.id);
        ESCALE_VERIFY_OK(data);
        QCOMPARE(data->rows.size(), 10);
        QCOMPARE(data->rows.first().commune, QStringLiteral("Saint-Fraigne"));
        QCOMPARE(data->validUntil, QDate(2027, 1, 3));
        const QString pdf = db.dir.filePath(QStringLiteral("charente.pdf"));
        ESCALE_VERIFY_OK(writeTimetableSheet(*db, tour.id, pdf));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        if (const QString keep = qEnvironmentVariable("ESCALE_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, keep);
    }
};

QTEST_MAIN(TestItinerantAcceptance)
#include "TestItinerantAcceptance.moc"
