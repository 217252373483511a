// Tours and stops (issue 9): written through RecordStore (syncable), checked before writing, and the
// week's and the day's schedule by the injected clock.
#include "itinerant/TourStore.h"

#include "storage/RecordStore.h"

#include "TestSupport.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace escale;
using namespace escale::itinerant;

namespace {

QDate iso(const char *s)
{
    return QDate::fromString(QString::fromLatin1(s), Qt::ISODate);
}

Stop makeStop(const QString &tourId, const QString &name, int weekday, std::optional<double> lat = 45.65,
              std::optional<double> lon = 0.16)
{
    Stop s;
    s.tourId = tourId;
    s.name = name;
    s.commune = name;
    s.latitude = lat;
    s.longitude = lon;
    s.start = QTime(9, 0);
    s.end = QTime(12, 0);
    s.recurrence.weekday = weekday;
    s.recurrence.startDate = iso("2026-11-01");
    return s;
}

QStringList describeVisits(const QList<Visit> &visits)
{
    QStringList out;
    for (const Visit &v : visits)
        out << v.date.toString(Qt::ISODate) + QLatin1Char(' ') + v.stop.name;
    return out;
}

} // namespace

class TestTourStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekAndDaySchedule()
    {
        test::TempDatabase db; // Saturday 21 November 2026
        TourStore store(*db);
        auto tourId = store.saveTour({{}, QStringLiteral("Cyberbus Charente Nord"), QStringLiteral("Bus 16"), {}, true});
        ESCALE_VERIFY_OK(tourId);

        Stop a = makeStop(*tourId, QStringLiteral("Aigre"), 1, 45.8936, -0.0089);
        Stop b = makeStop(*tourId, QStringLiteral("Mansle"), 2, 45.8764, 0.1797);
        b.start = QTime(14, 0);
        b.end = QTime(17, 0);
        b.recurrence.kind = Recurrence::Kind::MonthlyNth; // every 2nd Tuesday
        b.recurrence.nth = 2;
        Stop c = makeStop(*tourId, QStringLiteral("Villefagnan"), 4, std::nullopt, std::nullopt);
        c.recurrence.kind = Recurrence::Kind::EveryNWeeks; // every other Thursday from 19 November
        c.recurrence.intervalWeeks = 2;
        c.recurrence.startDate = iso("2026-11-19");
        for (Stop *s : {&a, &b, &c}) {
            auto id = store.saveStop(*s);
            ESCALE_VERIFY_OK(id);
            s->id = *id;
        }

        QCOMPARE(describeVisits(store.weekSchedule(*tourId)), (QStringList{"2026-11-16 Aigre", "2026-11-19 Villefagnan"}));
        QCOMPARE(describeVisits(store.weekSchedule(*tourId, iso("2026-12-09"))),
                 (QStringList{"2026-12-07 Aigre", "2026-12-08 Mansle"}));
        QVERIFY(store.daySchedule(*tourId).isEmpty()); // a Saturday

        db.clock.set(QDateTime(iso("2026-12-08"), QTime(7, 0), Qt::UTC));
        const QList<Visit> day = store.daySchedule(*tourId);
        QCOMPARE(describeVisits(day), QStringList{"2026-12-08 Mansle"});
        QCOMPARE(day.first().stop.start, QTime(14, 0));
        QCOMPARE(day.first().stop.recurrence.kind, Recurrence::Kind::MonthlyNth);

        // Over three months, by the clock: 12 Mondays, 3 second Tuesdays, 7 Thursdays.
        const QList<Visit> quarter = store.schedule(*tourId, iso("2026-12-01"), iso("2027-02-28"));
        QCOMPARE(quarter.size(), 12 + 3 + 7);
        for (qsizetype i = 1; i < quarter.size(); ++i)
            QVERIFY(quarter.at(i - 1).date <= quarter.at(i).date);

        // Stored as given: the stop without coordinates stays without.
        auto readC = store.stop(c.id);
        ESCALE_VERIFY_OK(readC);
        QVERIFY(!readC->hasCoordinates());
        QCOMPARE(readC->recurrence.intervalWeeks, 2);
        auto readA = store.stop(a.id);
        ESCALE_VERIFY_OK(readA);
        QVERIFY(readA->hasCoordinates());
        QCOMPARE(*readA->latitude, 45.8936);
        QVERIFY(store.scheduleProblems(*tourId).isEmpty());
    }

    // French public holidays (« PH off » by default): no visit that day; the week keeps the day, marked.
    void publicHolidays_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("runsOnPublicHolidays");
        QTest::addColumn<QStringList>("week"); // weekSchedule(): date, name, « férié » when marked
        QTest::addColumn<int>("todayVisits");

        const QDate armistice = iso("2026-11-11"); // a Wednesday
        const QDate easterMonday = iso("2027-03-29");
        QTest::newRow("11 November, PH off")
            << armistice << false << QStringList{"2026-11-09 Lundi", "2026-11-11 Mercredi férié"} << 0;
        QTest::newRow("11 November, runs on public holidays")
            << armistice << true << QStringList{"2026-11-09 Lundi", "2026-11-11 Mercredi"} << 1;
        QTest::newRow("Easter Monday 2027, PH off")
            << easterMonday << false << QStringList{"2027-03-29 Lundi férié", "2027-03-31 Mercredi"} << 0;
        QTest::newRow("Easter Monday 2027, runs on public holidays")
            << easterMonday << true << QStringList{"2027-03-29 Lundi", "2027-03-31 Mercredi"} << 1;
    }

    void publicHolidays()
    {
        QFETCH(QDate, today);
        QFETCH(bool, runsOnPublicHolidays);
        QFETCH(QStringList, week);
        QFETCH(int, todayVisits);
        test::TempDatabase db(QDateTime(today, QTime(7, 30), Qt::UTC));
        TourStore store(*db);
        auto tourId = store.saveTour({{}, QStringLiteral("Cyberbus"), {}, {}, true});
        ESCALE_VERIFY_OK(tourId);
        QString holidayStopId;
        for (int weekday : {1, 3}) {
            Stop s = makeStop(*tourId, weekday == 1 ? QStringLiteral("Lundi") : QStringLiteral("Mercredi"), weekday);
            s.runsOnPublicHolidays = runsOnPublicHolidays;
            auto id = store.saveStop(s);
            ESCALE_VERIFY_OK(id);
            if (weekday == today.dayOfWeek())
                holidayStopId = *id;
        }
        auto read = store.stop(holidayStopId);
        ESCALE_VERIFY_OK(read);
        QCOMPARE(read->runsOnPublicHolidays, runsOnPublicHolidays);

        QCOMPARE(store.daySchedule(*tourId).size(), todayVisits);
        QStringList described;
        for (const Visit &v : store.weekSchedule(*tourId))
            described << v.date.toString(Qt::ISODate) + QLatin1Char(' ') + v.stop.name
                    + (v.publicHoliday ? QStringLiteral(" férié") : QString());
        QCOMPARE(described, week);
        // The plain schedule over the week leaves the holiday out (or keeps it), never marks it.
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        const QList<Visit> plain = store.schedule(*tourId, monday, monday.addDays(6));
        QCOMPARE(plain.size(), runsOnPublicHolidays ? 2 : 1);
        for (const Visit &v : plain)
            QVERIFY(!v.publicHoliday);
        QVERIFY(!TourStore::publicHolidayNote().isEmpty());
        QVERIFY(store.scheduleProblems(*tourId).isEmpty());

        // The flag is a column of the synced row.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM itinerant_stops WHERE dirty = 1 AND runs_on_public_holidays = %1")
                           .arg(runsOnPublicHolidays ? 1 : 0)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void rowsAreSyncable()
    {
        test::TempDatabase db;
        TourStore store(*db);
        auto tourId = store.saveTour({{}, QStringLiteral("Tournée Sud"), {}, {}, true});
        ESCALE_VERIFY_OK(tourId);
        auto stopId = store.saveStop(makeStop(*tourId, QStringLiteral("Chalais"), 3));
        ESCALE_VERIFY_OK(stopId);

        const QStringList syncable = storage::RecordStore(*db).syncableTables();
        QVERIFY(syncable.contains(QStringLiteral("itinerant_tours")));
        QVERIFY(syncable.contains(QStringLiteral("itinerant_stops")));

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT dirty, deleted, updated_at, origin FROM itinerant_stops")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toString(), db.clock.nowIso());
        QVERIFY(!q.value(3).toString().isEmpty());

        // Removing the tour leaves tombstones for it and its stops, which sync pushes.
        ESCALE_VERIFY_OK(store.removeTour(*tourId));
        QVERIFY(store.tours().isEmpty());
        QVERIFY(store.stops(*tourId).isEmpty());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM itinerant_tours WHERE deleted = 1 AND dirty = 1), "
                                      "(SELECT count(*) FROM itinerant_stops WHERE deleted = 1 AND dirty = 1)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
    }

    void refusedStops_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("code");
        QTest::newRow("no name") << "name" << "itinerant.stop-name";
        QTest::newRow("ends before it starts") << "hours" << "itinerant.stop-hours";
        QTest::newRow("latitude without longitude") << "half" << "itinerant.stop-coordinates";
        QTest::newRow("swapped coordinates") << "swapped" << "itinerant.stop-coordinates";
        QTest::newRow("null island") << "zero" << "itinerant.stop-coordinates";
        QTest::newRow("5th Monday of February only") << "never" << "itinerant.never-occurs";
        QTest::newRow("period over") << "over" << "itinerant.never-occurs";
        QTest::newRow("no tour") << "tour" << "itinerant.stop-tour";
    }

    void refusedStops()
    {
        QFETCH(QString, problem);
        QFETCH(QString, code);
        test::TempDatabase db;
        TourStore store(*db);
        auto tourId = store.saveTour({{}, QStringLiteral("Tournée"), {}, {}, true});
        ESCALE_VERIFY_OK(tourId);
        Stop s = makeStop(*tourId, QStringLiteral("Ruffec"), 5);
        if (problem == QLatin1String("name"))
            s.name = QStringLiteral("   ");
        else if (problem == QLatin1String("hours"))
            s.end = QTime(8, 0);
        else if (problem == QLatin1String("half"))
            s.longitude.reset();
        else if (problem == QLatin1String("swapped")) {
            s.latitude = 0.16;
            s.longitude = 45.65;
        } else if (problem == QLatin1String("zero")) {
            s.latitude = 0;
            s.longitude = 0;
        } else if (problem == QLatin1String("never")) {
            s.recurrence.kind = Recurrence::Kind::MonthlyNth;
            s.recurrence.weekday = 1;
            s.recurrence.nth = 5;
            s.recurrence.months = {2};
        } else if (problem == QLatin1String("over")) {
            s.recurrence.startDate = iso("2025-01-01");
            s.recurrence.endDate = iso("2025-12-31");
        } else if (problem == QLatin1String("tour"))
            s.tourId.clear();
        auto saved = store.saveStop(s);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, code);
        QVERIFY(!saved.errorMessage().isEmpty());
        QVERIFY(store.stops(*tourId).isEmpty());
    }

    // A stop that arrives by sync or import without the check is reported, not silently empty.
    void neverOccurringStopInTheDatabaseIsReported()
    {
        test::TempDatabase db;
        TourStore store(*db);
        auto tourId = store.saveTour({{}, QStringLiteral("Tournée"), {}, {}, true});
        ESCALE_VERIFY_OK(tourId);
        ESCALE_VERIFY_OK(store.saveStop(makeStop(*tourId, QStringLiteral("Ruffec"), 5)));
        auto raw = storage::RecordStore(*db).insert(QStringLiteral("itinerant_stops"),
            {{QStringLiteral("tour_id"), *tourId}, {QStringLiteral("name"), QStringLiteral("Nanteuil")},
             {QStringLiteral("weekday"), 1}, {QStringLiteral("start_time"), QStringLiteral("09:00")},
             {QStringLiteral("end_time"), QStringLiteral("11:00")}, {QStringLiteral("recurrence"), QStringLiteral("monthly_nth")},
             {QStringLiteral("nth"), 5}, {QStringLiteral("months"), QStringLiteral("2")},
             {QStringLiteral("start_date"), QStringLiteral("2026-11-01")}});
        ESCALE_VERIFY_OK(raw);
        const QStringList problems = store.scheduleProblems(*tourId);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("Nanteuil")), qPrintable(problems.first()));
    }

    void overlappingStops_data()
    {
        // Against « Aigre »: Mondays 09:00–12:00 from 2026-11-01 (makeStop), asked from Sunday 1 November.
        QTest::addColumn<int>("weekday");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<int>("everyWeeks"); // 1 weekly, 2 every other week
        QTest::addColumn<QString>("otherTour");
        QTest::addColumn<QString>("firstDate"); // empty: no overlap
        QTest::newRow("same Monday, hours cross") << 1 << QTime(11, 0) << QTime(13, 0) << 1 << QString()
                                                  << QStringLiteral("2026-11-02");
        QTest::newRow("inside the other") << 1 << QTime(10, 0) << QTime(10, 30) << 1 << QString()
                                          << QStringLiteral("2026-11-02");
        QTest::newRow("hours only touch") << 1 << QTime(12, 0) << QTime(13, 0) << 1 << QString() << QString();
        QTest::newRow("another weekday") << 2 << QTime(9, 0) << QTime(12, 0) << 1 << QString() << QString();
        QTest::newRow("another tour (another bus)") << 1 << QTime(9, 0) << QTime(12, 0) << 1
                                                    << QStringLiteral("other-tour") << QString();
        // Counted from the start date's ISO week (26 October–1 November): its Mondays are 9, 23 November…
        QTest::newRow("every other Monday: still meets") << 1 << QTime(9, 0) << QTime(10, 0) << 2 << QString()
                                                         << QStringLiteral("2026-11-09");
    }

    void overlappingStops()
    {
        QFETCH(int, weekday);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(int, everyWeeks);
        QFETCH(QString, otherTour);
        QFETCH(QString, firstDate);
        Stop aigre = makeStop(QStringLiteral("tour"), QStringLiteral("Aigre"), 1);
        aigre.id = QStringLiteral("a");
        Stop other = makeStop(otherTour.isEmpty() ? QStringLiteral("tour") : otherTour, QStringLiteral("Mansle"), weekday);
        other.id = QStringLiteral("m");
        other.start = start;
        other.end = end;
        if (everyWeeks > 1) {
            other.recurrence.kind = Recurrence::Kind::EveryNWeeks;
            other.recurrence.intervalWeeks = everyWeeks;
        }
        const QList<StopOverlap> found = TourStore::overlaps(other, {aigre, other}, iso("2026-11-01"));
        if (firstDate.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1); // never against itself
        QCOMPARE(found.first().other.id, QStringLiteral("a"));
        QCOMPARE(found.first().firstDate, iso(qPrintable(firstDate)));
    }

    void overlapsAreScheduleProblemsOnce()
    {
        // Wednesday 11 November 2026 is a public holiday: the two stops first cross a week later.
        test::TempDatabase db(QDateTime(iso("2026-11-09"), QTime(8, 0), QTimeZone::utc()));
        TourStore store(*db);
        auto tourId = store.saveTour({{}, QStringLiteral("Tournée"), {}, {}, true});
        ESCALE_VERIFY_OK(tourId);
        Stop a = makeStop(*tourId, QStringLiteral("Aigre"), 3);
        Stop b = makeStop(*tourId, QStringLiteral("Mansle"), 3);
        b.start = QTime(11, 30);
        b.end = QTime(12, 30);
        ESCALE_VERIFY_OK(store.saveStop(a));
        ESCALE_VERIFY_OK(store.saveStop(b));
        ESCALE_VERIFY_OK(store.saveStop(makeStop(*tourId, QStringLiteral("Ruffec"), 4)));
        const QStringList problems = store.scheduleProblems(*tourId);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("« Aigre » (Aigre) and « Mansle » (Mansle) overlap: "
                                                         "09:00–12:00 and 11:30–12:30")),
                 qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(QLocale().toString(iso("2026-11-18"), QStringLiteral("dddd d MMMM yyyy"))),
                 qPrintable(problems.first()));
    }

    // A stop whose point lies far from the rest of its tour (QA: « Valence » of Charente with a point
    // in Provence, accepted silently): in the tour's problems, once, with its distance; long tours and
    // tours too small to tell are not flagged.
    void farStopIsAScheduleProblem_data()
    {
        QTest::addColumn<QStringList>("points"); // "lat,lon" per stop, named S0, S1…
        QTest::addColumn<QStringList>("far"); // the stops said far
        const QStringList charente { QStringLiteral("45.952791,-0.008588"), QStringLiteral("45.932439,0.068913"),
            QStringLiteral("45.848705,0.287133"), QStringLiteral("45.88287,0.074409"),
            QStringLiteral("46.080286,0.083558"), QStringLiteral("45.953934,0.116625") };
        QTest::newRow("Charente bus, Valence placed in Provence")
            << (QStringList(charente) << QStringLiteral("43.451334,5.411872")) << QStringList { QStringLiteral("S6") };
        QTest::newRow("the same bus, every point right") << charente << QStringList {};
        QStringList valley; // 9 stops evenly along 200 km of the Durance, north to south
        for (int i = 0; i <= 8; ++i)
            valley << QStringLiteral("%1,%2").arg(44.9 - i * 0.225).arg(6.6 - i * 0.1);
        QTest::newRow("a long tour evenly spread over 200 km") << valley << QStringList {};
        QTest::newRow("two valleys 90 km apart")
            << QStringList { QStringLiteral("44.09,6.23"), QStringLiteral("44.10,6.25"), QStringLiteral("44.12,6.20"),
                   QStringLiteral("44.90,6.64"), QStringLiteral("44.92,6.60"), QStringLiteral("44.88,6.66") }
            << QStringList {};
        QTest::newRow("a point 140 km out of a 30 km tour (Brive)")
            << (QStringList(charente) << QStringLiteral("45.1591,1.5332")) << QStringList { QStringLiteral("S6") };
        QTest::newRow("three stops: nothing says which is wrong")
            << QStringList { QStringLiteral("45.95,0.0"), QStringLiteral("45.93,0.07"), QStringLiteral("43.45,5.41") }
            << QStringList {};
        QTest::newRow("a stop without a point") << (QStringList(charente) << QString()) << QStringList {};
    }
    void farStopIsAScheduleProblem()
    {
        QFETCH(QStringList, points);
        QFETCH(QStringList, far);
        test::TempDatabase db;
        TourStore store(*db);
        auto tourId = store.saveTour({ {}, QStringLiteral("Bus"), {}, {}, true });
        ESCALE_VERIFY_OK(tourId);
        for (int i = 0; i < points.size(); ++i) {
            const QStringList ll = points.at(i).split(QLatin1Char(','));
            // One stop a day, on different weekdays and weeks: no overlap between them.
            Stop s = makeStop(*tourId, QStringLiteral("S%1").arg(i), 1 + i % 6,
                ll.size() == 2 ? std::optional<double>(ll.at(0).toDouble()) : std::nullopt,
                ll.size() == 2 ? std::optional<double>(ll.at(1).toDouble()) : std::nullopt);
            s.start = QTime(8 + i, 0);
            s.end = QTime(8 + i, 30);
            ESCALE_VERIFY_OK(store.saveStop(s));
        }
        const QList<Stop> all = store.stops(*tourId);
        QStringList found;
        for (const Stop &s : all)
            if (const auto f = TourStore::farFromTour(s, all)) {
                found << s.name;
                QVERIFY(f->distanceKm > f->limitKm && f->limitKm >= 100);
            }
        QCOMPARE(found, far);
        const QStringList problems = store.scheduleProblems(*tourId);
        QCOMPARE(problems.size(), far.size());
        for (const QString &p : problems)
            QVERIFY2(p.contains(QStringLiteral("km from the other stops of its tour"))
                    && p.contains(QStringLiteral("check its point")),
                qPrintable(p));
        if (QTest::currentDataTag() == QLatin1String("Charente bus, Valence placed in Provence"))
            QVERIFY2(problems.first().startsWith(QStringLiteral("« S6 » (S6) is ")), qPrintable(problems.first()));
    }

    void mapStopsOfActiveToursWithCoordinates()
    {
        test::TempDatabase db; // Saturday 21 November 2026
        TourStore store(*db);
        auto tourId = store.saveTour({{}, QStringLiteral("Cyberbus"), {}, {}, true});
        auto sleeping = store.saveTour({{}, QStringLiteral("Old tour"), {}, {}, false});
        ESCALE_VERIFY_OK(tourId);
        ESCALE_VERIFY_OK(sleeping);
        Stop late = makeStop(*tourId, QStringLiteral("Mansle"), 6, 45.8764, 0.1797);
        late.start = QTime(14, 0);
        late.end = QTime(17, 0);
        Stop early = makeStop(*tourId, QStringLiteral("Aigre"), 6, 45.8936, -0.0089);
        Stop tuesday = makeStop(*tourId, QStringLiteral("Ruffec"), 2, 46.03, 0.19);
        Stop nowhere = makeStop(*tourId, QStringLiteral("Villefagnan"), 6, std::nullopt, std::nullopt);
        nowhere.start = QTime(12, 30);
        nowhere.end = QTime(13, 30);
        Stop inactive = makeStop(*sleeping, QStringLiteral("Tusson"), 6, 45.93, 0.07);
        for (const Stop &s : {late, early, tuesday, nowhere, inactive})
            ESCALE_VERIFY_OK(store.saveStop(s));

        QHash<QString, MapStop> byName;
        for (const MapStop &m : store.mapStops())
            byName.insert(m.stop.name, m);
        QCOMPARE(byName.size(), 3); // no coordinates, inactive tour: not on the map
        QCOMPARE(byName.value(QStringLiteral("Aigre")).dayOrder, 1);
        QCOMPARE(byName.value(QStringLiteral("Mansle")).dayOrder, 3); // Villefagnan (no point) is 2nd
        QCOMPARE(byName.value(QStringLiteral("Ruffec")).dayOrder, 0);
        QCOMPARE(byName.value(QStringLiteral("Ruffec")).nextDate, iso("2026-11-24"));
        QCOMPARE(byName.value(QStringLiteral("Aigre")).nextDate, iso("2026-11-21"));
        QCOMPARE(byName.value(QStringLiteral("Aigre")).tourName, QStringLiteral("Cyberbus"));
    }

    void tourNeedsAName()
    {
        test::TempDatabase db;
        TourStore store(*db);
        auto r = store.saveTour({{}, QStringLiteral("  "), {}, {}, true});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("itinerant.tour-name"));
    }
};

QTEST_GUILESS_MAIN(TestTourStore)
#include "TestTourStore.moc"
