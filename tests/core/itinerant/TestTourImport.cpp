// Tours and stops from the standard's itinerant places (core/itinerant/TourImport.h): opening hours
// read as stop slots, import from the register and from a file, re-import without duplicates.
#include "TestSupport.h"

#include "itinerant/TourImport.h"
#include "itinerant/TourStore.h"
#include "places/Place.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace escale;
using namespace escale::itinerant;

Q_DECLARE_METATYPE(QList<int>)

namespace {

int liveStops(storage::Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM itinerant_stops WHERE deleted = 0"));
    return q.next() ? q.value(0).toInt() : -1;
}

const TourImportRow *rowFor(const TourImportSummary &s, const QString &commune, TourImportRow::Outcome outcome)
{
    for (const TourImportRow &r : s.rows)
        if (r.commune == commune && r.outcome == outcome)
            return &r;
    return nullptr;
}

QString dump(const TourImportSummary &s)
{
    QStringList lines;
    for (const TourImportRow &r : s.rows)
        lines << QStringLiteral("%1 | %2 | %3 | %4").arg(outcomeCode(r.outcome), r.commune, r.slot, r.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTourImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOpeningHoursAsStops_data()
    {
        QTest::addColumn<QString>("horaires");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("slotCount");
        QTest::addColumn<int>("messages");
        QTest::addColumn<QString>("kind"); // first slot
        QTest::addColumn<QList<int>>("weekdays"); // of every slot
        QTest::addColumn<QString>("hours"); // first slot, HH:mm-HH:mm
        QTest::addColumn<QDate>("startDate"); // first slot
        QTest::addColumn<QDate>("endDate"); // first slot, null when open-ended
        const QDate sat = QDate(2026, 11, 21); // ISO week 47 of 2026, a year of 53 weeks
        const QDate mon = QDate(2026, 11, 16);
        QTest::newRow("one day") << "Tu 09:00-12:00" << sat << 1 << 0 << "weekly" << QList<int> { 2 } << "09:00-12:00"
                                 << mon << QDate();
        QTest::newRow("morning and afternoon, PH off")
            << "Mo 09:30-12:30,13:30-15:30; PH off" << sat << 2 << 0 << "weekly" << QList<int> { 1, 1 } << "09:30-12:30"
            << mon << QDate();
        QTest::newRow("two days") << "Tu,Th 09:00-12:00" << sat << 2 << 0 << "weekly" << QList<int> { 2, 4 }
                                  << "09:00-12:00" << mon << QDate();
        QTest::newRow("day range") << "Mo-Fr 09:00-12:00" << sat << 5 << 0 << "weekly" << QList<int> { 1, 2, 3, 4, 5 }
                                   << "09:00-12:00" << mon << QDate();
        // Odd weeks: week 47 is served; 2026 has 53 weeks, so the rhythm breaks at the new year.
        QTest::newRow("odd weeks, 53-week year") << "week 1-53/2 Tu 09:00-12:30" << sat << 1 << 0 << "every_n_weeks"
                                                 << QList<int> { 2 } << "09:00-12:30" << mon << QDate(2027, 1, 3);
        QTest::newRow("even weeks, 53-week year")
            << "week 2-52/2 Th 08:45-12:15" << sat << 1 << 0 << "every_n_weeks" << QList<int> { 4 } << "08:45-12:15"
            << QDate(2026, 11, 23) << QDate(2027, 1, 3);
        // 2027 has 52 weeks: even weeks go on into 2028 with the same step.
        QTest::newRow("even weeks, 52-week year")
            << "week 2-52/2 Th 08:45-12:15" << QDate(2027, 3, 1) << 1 << 0 << "every_n_weeks" << QList<int> { 4 }
            << "08:45-12:15" << QDate(2027, 3, 8) << QDate();
        QTest::newRow("some weeks only") << "week 10-20 Fr 09:00-12:00" << QDate(2027, 1, 10) << 1 << 0 << "weekly"
                                         << QList<int> { 5 } << "09:00-12:00" << QDate(2027, 3, 8)
                                         << QDate(2027, 5, 23);
        QTest::newRow("2nd Tuesday") << "Tu[2] 10:00-12:00" << sat << 1 << 0 << "monthly_nth" << QList<int> { 2 }
                                     << "10:00-12:00" << QDate(2026, 11, 1) << QDate();
        QTest::newRow("1st and 3rd Tuesday") << "Tu[1,3] 10:00-12:00" << sat << 2 << 0 << "monthly_nth"
                                             << QList<int> { 2, 2 } << "10:00-12:00" << QDate(2026, 11, 1) << QDate();
        QTest::newRow("summer months") << "Jul-Aug Tu 10:00-12:00" << sat << 1 << 0 << "weekly" << QList<int> { 2 }
                                       << "10:00-12:00" << mon << QDate();
        QTest::newRow("month off") << "Tu 10:00-12:00; Aug off" << sat << 1 << 0 << "weekly" << QList<int> { 2 }
                                   << "10:00-12:00" << mon << QDate();
        QTest::newRow("later rule replaces") << "Mo 09:00-12:00; Mo 14:00-16:00" << sat << 1 << 0 << "weekly"
                                             << QList<int> { 1 } << "14:00-16:00" << mon << QDate();
        QTest::newRow("day off removes") << "Mo-We 09:00-12:00; Tu off" << sat << 2 << 0 << "weekly"
                                         << QList<int> { 1, 3 } << "09:00-12:00" << mon << QDate();
        QTest::newRow("single date off is said") << "Sa 09:00-12:00; Dec 24 off" << sat << 1 << 1 << "weekly"
                                                 << QList<int> { 6 } << "09:00-12:00" << mon << QDate();
        QTest::newRow("24/7") << "24/7" << sat << 0 << 1 << "" << QList<int> {} << "" << QDate() << QDate();
        QTest::newRow("past midnight") << "Sa 22:00-02:00" << sat << 0 << 1 << "" << QList<int> {} << "" << QDate()
                                       << QDate();
        QTest::newRow("last Tuesday") << "Tu[-1] 10:00-12:00" << sat << 0 << 1 << "" << QList<int> {} << "" << QDate()
                                      << QDate();
        QTest::newRow("no day") << "09:00-12:00" << sat << 0 << 1 << "" << QList<int> {} << "" << QDate() << QDate();
        QTest::newRow("words") << "sur rendez-vous" << sat << 0 << 1 << "" << QList<int> {} << "" << QDate() << QDate();
        QTest::newRow("no time") << "Tu" << sat << 0 << 1 << "" << QList<int> {} << "" << QDate() << QDate();
    }
    void readsOpeningHoursAsStops()
    {
        QFETCH(QString, horaires);
        QFETCH(QDate, today);
        QFETCH(int, slotCount);
        QFETCH(int, messages);
        QFETCH(QString, kind);
        QFETCH(QList<int>, weekdays);
        QFETCH(QString, hours);
        QFETCH(QDate, startDate);
        QFETCH(QDate, endDate);
        const HoursReading reading = readStopHours(horaires, today);
        QVERIFY2(reading.timeSlots.size() == slotCount && reading.messages.size() == messages,
            qPrintable(QStringLiteral("%1 slots, messages: %2")
                           .arg(reading.timeSlots.size())
                           .arg(reading.messages.join(QStringLiteral(" / ")))));
        if (slotCount == 0)
            return;
        QList<int> days;
        for (const HoursSlot &s : reading.timeSlots)
            days << s.recurrence.weekday;
        QCOMPARE(days, weekdays);
        const HoursSlot &first = reading.timeSlots.first();
        QCOMPARE(Recurrence::kindCode(first.recurrence.kind), kind);
        QCOMPARE(first.start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-')
                + first.end.toString(QStringLiteral("HH:mm")),
            hours);
        QCOMPARE(first.recurrence.startDate, startDate);
        QCOMPARE(first.recurrence.endDate, endDate);
        ESCALE_VERIFY_OK(first.recurrence.checkOccurs(today));
    }

    void weekNumbersGiveTheRightDates()
    {
        const QDate sat(2026, 11, 21);
        const HoursReading odd = readStopHours(QStringLiteral("week 1-53/2 Tu 09:00-12:30"), sat);
        QCOMPARE(odd.timeSlots.size(), 1);
        // Tuesdays of ISO weeks 47, 49, 51, 53; week 1 of 2027 is odd too, but the stop ends before.
        QCOMPARE(odd.timeSlots.first().recurrence.occurrences(QDate(2026, 11, 16), QDate(2027, 2, 1)),
            (QList<QDate> { QDate(2026, 11, 17), QDate(2026, 12, 1), QDate(2026, 12, 15), QDate(2026, 12, 29) }));
        QVERIFY(!odd.timeSlots.first().note.isEmpty());
        const HoursReading months = readStopHours(QStringLiteral("Jul-Aug Tu 10:00-12:00"), sat);
        QCOMPARE(months.timeSlots.first().recurrence.months, (QList<int> { 7, 8 }));
        const HoursReading off = readStopHours(QStringLiteral("Tu 10:00-12:00; Aug off"), sat);
        QCOMPARE(off.timeSlots.first().recurrence.months, (QList<int> { 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12 }));
        QVERIFY(readStopHours(QStringLiteral("Mo 09:30-12:30; PH off"), sat).publicHolidaysOff);
        const HoursReading nth = readStopHours(QStringLiteral("Tu[1,3] 10:00-12:00"), sat);
        QCOMPARE(nth.timeSlots.at(0).recurrence.nth, 1);
        QCOMPARE(nth.timeSlots.at(1).recurrence.nth, 3);
    }

    void stopNames_data()
    {
        QTest::addColumn<QString>("nom");
        QTest::addColumn<QString>("stop");
        QTest::newRow("bracket") << "Bus France Services - [Face à la boulangerie]"
                                 << "Face à la boulangerie";
        QTest::newRow("plain") << "Place de la mairie"
                               << "Place de la mairie";
        QTest::newRow("empty bracket") << "Cyberbus []"
                                       << "Cyberbus []";
    }
    void stopNames()
    {
        QFETCH(QString, nom);
        QFETCH(QString, stop);
        QCOMPARE(stopNameFromPlace(nom), stop);
    }

    // Public holidays: a stop runs on them only when the hours say `PH` open; « PH off » (or nothing)
    // is the default; the later rule wins, as in opening_hours.
    void publicHolidaysFromTheHours_data()
    {
        QTest::addColumn<QString>("horaires");
        QTest::addColumn<bool>("open");
        QTest::addColumn<bool>("off");
        QTest::addColumn<int>("stops");
        QTest::addColumn<int>("messages");
        QTest::newRow("nothing said") << "Mo 09:30-12:30" << false << false << 1 << 0;
        QTest::newRow("PH off") << "Mo 09:30-12:30; PH off" << false << true << 1 << 0;
        QTest::newRow("Mo,PH with hours") << "Mo,PH 09:30-12:30" << true << false << 1 << 0;
        QTest::newRow("PH alone with hours") << "Mo 09:30-12:30; PH 09:30-12:30" << true << false << 1 << 0;
        QTest::newRow("PH open") << "We 14:00-16:00; PH open" << true << false << 1 << 0;
        QTest::newRow("PH open then PH off: off wins") << "Mo,PH 09:30-12:30; PH off" << false << true << 1 << 0;
        QTest::newRow("PH off then PH open: open wins") << "PH off; Mo 09:30-12:30; PH open" << true << false << 1 << 0;
        QTest::newRow("Mo,PH open: no hours") << "Tu 10:00-12:00; Mo,PH open" << false << false << 1 << 1;
    }

    void publicHolidaysFromTheHours()
    {
        QFETCH(QString, horaires);
        QFETCH(bool, open);
        QFETCH(bool, off);
        QFETCH(int, stops);
        QFETCH(int, messages);
        const HoursReading r = readStopHours(horaires, QDate(2026, 11, 21));
        QCOMPARE(r.publicHolidaysOpen, open);
        QCOMPARE(r.publicHolidaysOff, off);
        QCOMPARE(r.timeSlots.size(), stops);
        QVERIFY2(r.messages.size() == messages, qPrintable(r.messages.join(QStringLiteral(" | "))));
    }

    // The stop carries the flag; a re-import that changes only `PH` updates the stop.
    void importedStopRunsOnPublicHolidaysOnlyWhenSaid()
    {
        test::TempDatabase db;
        places::PlaceStore placeStore(*db);
        places::Place p;
        p.nom = QStringLiteral("Cyberbus 04 - [Mairie]");
        p.commune = QStringLiteral("Thoard");
        p.codePostal = QStringLiteral("04380");
        p.adresse = QStringLiteral("Place de la mairie");
        p.itinerance = QStringLiteral("itinerant");
        p.horaires = QStringLiteral("Fr 09:00-12:00; PH off");
        p.source = QStringLiteral("Cyberbus 04");
        auto placeId = placeStore.save(p);
        ESCALE_VERIFY_OK(placeId);
        auto first = TourImport(*db).fromRegister();
        ESCALE_VERIFY_OK(first);
        QCOMPARE(first->added, 1);
        TourStore store(*db);
        QVERIFY(!store.stop(first->rows.first().stopId)->runsOnPublicHolidays);
        // Christmas 2026 is a Friday: no visit.
        QVERIFY(store.daySchedule(first->tourIds.first(), QDate(2026, 12, 25)).isEmpty());
        QCOMPARE(store.daySchedule(first->tourIds.first(), QDate(2026, 12, 18)).size(), 1);

        p.id = *placeId;
        p.horaires = QStringLiteral("Fr,PH 09:00-12:00");
        ESCALE_VERIFY_OK(placeStore.save(p));
        auto second = TourImport(*db).fromRegister();
        ESCALE_VERIFY_OK(second);
        QVERIFY2(second->updated == 1 && second->added == 0 && second->unchanged == 0, qPrintable(dump(*second)));
        QVERIFY(store.stop(second->rows.first().stopId)->runsOnPublicHolidays);
        QCOMPARE(store.daySchedule(second->tourIds.first(), QDate(2026, 12, 25)).size(), 1);
    }

    void importsAFileThenReimportsWithoutDuplicates()
    {
        test::TempDatabase db;
        TourImport import(*db);
        auto first = import.fromFile(test::testData(QStringLiteral("itinerant/bus-small.json")));
        ESCALE_VERIFY_OK(first);
        const TourImportSummary &s = first.value();
        QCOMPARE(s.placesAdded, 8);
        QCOMPARE(s.toursCreated, 1);
        QVERIFY2(s.added == 7 && s.skipped == 4 && s.updated == 0 && s.removed == 0, qPrintable(dump(s)));
        QCOMPARE(liveStops(*db), 7);
        QCOMPARE(s.messages.size(), 1); // records without `itinerance` were marked as the bus's

        TourStore store(*db);
        const QList<Tour> tours = store.tours();
        QCOMPARE(tours.size(), 1);
        QCOMPARE(tours.first().name, QStringLiteral("Cyberbus du Pays Ruffécois"));
        const QList<Stop> stops = store.stops(tours.first().id);
        // Saint-Fraigne: Monday morning and afternoon, with its point and INSEE code.
        QCOMPARE(stops.first().commune, QStringLiteral("Saint-Fraigne"));
        QCOMPARE(stops.first().name, QStringLiteral("Face à la boulangerie"));
        QCOMPARE(stops.first().codeInsee, QStringLiteral("16317"));
        QVERIFY(stops.first().hasCoordinates());
        QCOMPARE(*stops.first().latitude, 45.952791);
        QCOMPARE(stops.at(1).start, QTime(13, 30));
        // Valence's point is in Provence, 500 km away: left out and said, the stop kept for hand choice.
        const auto valence = std::find_if(
            stops.begin(), stops.end(), [](const Stop &st) { return st.commune == QStringLiteral("Valence"); });
        QVERIFY(valence != stops.end());
        QVERIFY(!valence->hasCoordinates());
        QVERIFY(rowFor(s, QStringLiteral("Valence"), TourImportRow::Outcome::Added)
                    ->message.contains(QStringLiteral("100 km")));
        // Skipped with reasons: no hours, « Fixe », a time past midnight, a single date off.
        QVERIFY(rowFor(s, QStringLiteral("Nanteuil-en-Vallée"), TourImportRow::Outcome::Skipped));
        QVERIFY(rowFor(s, QStringLiteral("Ruffec"), TourImportRow::Outcome::Skipped)
                    ->message.contains(QStringLiteral("Fixe")));
        QVERIFY(rowFor(s, QStringLiteral("Luxé"), TourImportRow::Outcome::Skipped));
        QVERIFY(rowFor(s, QStringLiteral("Valence"), TourImportRow::Outcome::Skipped));
        // Charmé: the 2nd Tuesday of the month, 8 December 2026 next.
        const auto charme = std::find_if(
            stops.begin(), stops.end(), [](const Stop &st) { return st.commune == QStringLiteral("Charmé"); });
        QCOMPARE(charme->recurrence.kind, Recurrence::Kind::MonthlyNth);
        QCOMPARE(charme->recurrence.nextOccurrence(QDate(2026, 11, 21)), QDate(2026, 12, 8));

        // The same file again: nothing added, nothing duplicated.
        auto again = import.fromFile(test::testData(QStringLiteral("itinerant/bus-small.json")));
        ESCALE_VERIFY_OK(again);
        QVERIFY2(again->added == 0 && again->updated == 0 && again->unchanged == 7 && again->removed == 0,
            qPrintable(dump(*again)));
        QCOMPARE(again->toursCreated, 0);
        QCOMPARE(liveStops(*db), 7);
        QCOMPARE(store.tours().size(), 1);

        // Tusson moves to Wednesday; Saint-Fraigne's afternoon ends later.
        auto changed = import.fromFile(test::testData(QStringLiteral("itinerant/bus-small-changed.json")));
        ESCALE_VERIFY_OK(changed);
        QVERIFY2(changed->added == 1 && changed->updated == 1 && changed->removed == 1 && changed->unchanged == 5,
            qPrintable(dump(*changed)));
        QCOMPARE(changed->placesUpdated, 2);
        QCOMPARE(liveStops(*db), 7);
        const TourImportRow *updated
            = rowFor(*changed, QStringLiteral("Saint-Fraigne"), TourImportRow::Outcome::Updated);
        QVERIFY(updated);
        QCOMPARE(store.stop(updated->stopId)->end, QTime(16, 0));
        QVERIFY(rowFor(*changed, QStringLiteral("Tusson"), TourImportRow::Outcome::Removed));
    }

    // A file of one place added to an existing tour (the far-point check inside a file needs others to
    // compare with): its stop far from the tour's stops is said in the summary and in the tour's
    // problems, its point kept for a person to check. The project's bus file and the real one.
    void stopFarFromItsTourIsSaid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("the project's bus file") << test::testData(QStringLiteral("itinerant/bus-small.json"));
        QTest::newRow("the real Charente bus file") << test::sharedData(QStringLiteral(
            "lieux/20231003-bus-france-services-en-charente-lieux-de-mediation-numeriques-nouvelle-aquitaine.json"));
    }
    void stopFarFromItsTourIsSaid()
    {
        QFETCH(QString, file);
        if (file.isEmpty())
            QSKIP("../shared/data is not there");
        test::TempDatabase db;
        TourImport import(*db);
        // The tour without Valence, then Valence alone (with hours) into that tour.
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonArray records = QJsonDocument::fromJson(in.readAll()).array();
        QJsonArray withoutValence, valence;
        for (const QJsonValue &v : records) {
            QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("commune")).toString() == QStringLiteral("Valence")) {
                o.insert(QStringLiteral("horaires"), QStringLiteral("We 14:00-16:00; PH off"));
                valence.append(o);
            } else {
                withoutValence.append(o);
            }
        }
        QCOMPARE(valence.size(), 1);
        auto write = [&db](const QString &name, const QJsonArray &a) {
            QFile out(db.dir.filePath(name));
            if (!out.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(name));
            out.write(QJsonDocument(a).toJson());
            return out.fileName();
        };
        TourImportOptions options;
        options.tourName = QStringLiteral("Bus");
        auto first = import.fromFile(write(QStringLiteral("bus.json"), withoutValence), options);
        ESCALE_VERIFY_OK(first);
        for (const QString &m : first->messages)
            QVERIFY2(!m.contains(QStringLiteral(" km ")), qPrintable(m)); // a right tour: nothing said
        TourStore store(*db);
        const QString tourId = store.tours().first().id;
        QVERIFY(store.scheduleProblems(tourId).filter(QStringLiteral(" km ")).isEmpty());

        options.tourName.clear();
        options.tourId = tourId;
        auto added = import.fromFile(write(QStringLiteral("valence.json"), valence), options);
        ESCALE_VERIFY_OK(added);
        QCOMPARE(added->added, 1);
        const QStringList said = added->messages.filter(QStringLiteral("(Valence) is "));
        QCOMPARE(said.size(), 1);
        QVERIFY2(
            said.first().contains(QStringLiteral("km from the other stops of its tour")), qPrintable(said.first()));
        const auto stop = store.stop(added->rows.first().stopId);
        ESCALE_VERIFY_OK(stop);
        QVERIFY(stop->hasCoordinates()); // kept: a person checks it on the map
        QCOMPARE(store.scheduleProblems(tourId).filter(QStringLiteral("(Valence) is ")).size(), 1);
    }

    void importsFromTheRegisterOnlyItinerantPlaces()
    {
        test::TempDatabase db;
        places::PlaceStore placeStore(*db);
        auto addPlace
            = [&](const QString &nom, const QString &commune, const QString &itinerance, const QString &horaires) {
                  places::Place p;
                  p.nom = nom;
                  p.commune = commune;
                  p.codePostal = QStringLiteral("04000");
                  p.adresse = QStringLiteral("Place de la mairie");
                  p.latitude = 44.09;
                  p.longitude = 6.23;
                  p.itinerance = itinerance;
                  p.horaires = horaires;
                  p.source = QStringLiteral("Cyberbus 04");
                  auto id = placeStore.save(p);
                  if (!id)
                      qFatal("%s", qPrintable(id.errorMessage()));
                  return id.value();
              };
        const QString bus = addPlace(QStringLiteral("Cyberbus 04 - [Mairie]"), QStringLiteral("Thoard"),
            QStringLiteral("itinerant"), QStringLiteral("Tu 09:00-12:00"));
        addPlace(QStringLiteral("Médiathèque"), QStringLiteral("Digne-les-Bains"), QStringLiteral("fixe"),
            QStringLiteral("Tu 09:00-12:00"));
        addPlace(QStringLiteral("Mairie"), QStringLiteral("Barras"), QString(), QStringLiteral("Th 09:00-12:00"));

        // Into an existing tour named by hand.
        TourStore store(*db);
        Tour tour;
        tour.name = QStringLiteral("Tournée du jeudi");
        tour.vehicle = QStringLiteral("Cyberbus 04");
        const QString tourId = *store.saveTour(tour);
        TourImportOptions options;
        options.tourId = tourId;
        auto summary = TourImport(*db).fromRegister(options);
        ESCALE_VERIFY_OK(summary);
        QCOMPARE(summary->places, 1);
        QCOMPARE(summary->added, 1);
        QCOMPARE(summary->toursCreated, 0);
        QCOMPARE(summary->tourIds, QStringList { tourId });
        const QList<Stop> stops = store.stops(tourId);
        QCOMPARE(stops.size(), 1);
        QCOMPARE(stops.first().placeId, bus);
        QCOMPARE(stops.first().name, QStringLiteral("Mairie"));

        // A place given by id but marked « Fixe » is said, not made a stop.
        options.placeIds = QStringList { bus };
        auto again = TourImport(*db).fromRegister(options);
        ESCALE_VERIFY_OK(again);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(store.stops(tourId).size(), 1);
    }

    void unknownTourIsAnError()
    {
        test::TempDatabase db;
        TourImportOptions options;
        options.tourId = QStringLiteral("nope");
        places::Place p;
        p.nom = QStringLiteral("Bus");
        p.commune = QStringLiteral("Thoard");
        p.codePostal = QStringLiteral("04380");
        p.adresse = QStringLiteral("Le village");
        p.itinerance = QStringLiteral("itinerant");
        p.horaires = QStringLiteral("Mo 09:00-12:00");
        ESCALE_VERIFY_OK(places::PlaceStore(*db).save(p));
        auto summary = TourImport(*db).fromRegister(options);
        QVERIFY(!summary);
        QCOMPARE(liveStops(*db), 0);
    }
};

QTEST_MAIN(TestTourImport)
#include "TestTourImport.moc"
