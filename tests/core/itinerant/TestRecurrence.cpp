// Recurrence of the stops of a tour (issue 9): every week, every N weeks, the Nth weekday of the
// month, over months; a recurrence that never occurs is said, not left silent.
#include "itinerant/Recurrence.h"

#include "TestSupport.h"

#include <QTest>

using namespace escale;
using namespace escale::itinerant;

namespace {

QDate iso(const char *s)
{
    return QDate::fromString(QString::fromLatin1(s), Qt::ISODate);
}

QStringList isoList(const QList<QDate> &dates)
{
    QStringList out;
    for (const QDate &d : dates)
        out << d.toString(Qt::ISODate);
    return out;
}

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void occurrences_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("nth");
        QTest::addColumn<QString>("months");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("every 2nd Tuesday, January to April")
            << "monthly_nth" << 2 << 1 << 2 << "" << "2026-11-21" << "" << "2027-01-01" << "2027-04-30"
            << QStringList{"2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13"};
        QTest::newRow("every 5th Friday: only months that have one")
            << "monthly_nth" << 5 << 1 << 5 << "" << "2026-11-21" << "" << "2027-01-01" << "2027-06-30"
            << QStringList{"2027-01-29", "2027-04-30"};
        QTest::newRow("every 1st Thursday, not in summer, across the new year")
            << "monthly_nth" << 4 << 1 << 1 << "1|2|3|11|12" << "2026-11-21" << "" << "2026-11-21" << "2027-03-31"
            << QStringList{"2026-12-03", "2027-01-07", "2027-02-04", "2027-03-04"};
        QTest::newRow("every 2 weeks on Friday from its start date")
            << "every_n_weeks" << 5 << 2 << 1 << "" << "2026-11-20" << "" << "2026-11-01" << "2027-01-10"
            << QStringList{"2026-11-20", "2026-12-04", "2026-12-18", "2027-01-01"};
        QTest::newRow("every 3 weeks, start date mid-week")
            << "every_n_weeks" << 1 << 3 << 1 << "" << "2026-11-18" << "" << "2026-11-01" << "2027-01-10"
            << QStringList{"2026-12-07", "2026-12-28"};
        QTest::newRow("every Monday until the end of the period")
            << "weekly" << 1 << 1 << 1 << "" << "2026-11-01" << "2026-11-30" << "2026-11-01" << "2026-12-31"
            << QStringList{"2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"};
        QTest::newRow("every Wednesday in July and August only")
            << "weekly" << 3 << 1 << 1 << "7|8" << "2026-11-21" << "" << "2027-06-01" << "2027-09-30"
            << QStringList{"2027-07-07", "2027-07-14", "2027-07-21", "2027-07-28", "2027-08-04", "2027-08-11",
                           "2027-08-18", "2027-08-25"};
        QTest::newRow("nothing before the start date")
            << "weekly" << 6 << 1 << 1 << "" << "2027-01-01" << "" << "2026-12-01" << "2027-01-10"
            << QStringList{"2027-01-02", "2027-01-09"};
        QTest::newRow("5th Monday, February only: none in two years")
            << "monthly_nth" << 1 << 1 << 5 << "2" << "2026-11-21" << "" << "2026-11-21" << "2028-12-31"
            << QStringList{};
    }

    void occurrences()
    {
        QFETCH(QString, kind);
        QFETCH(int, weekday);
        QFETCH(int, interval);
        QFETCH(int, nth);
        QFETCH(QString, months);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);

        Recurrence r;
        r.kind = *Recurrence::kindFromCode(kind);
        r.weekday = weekday;
        r.intervalWeeks = interval;
        r.nth = nth;
        r.months = Recurrence::monthsFromCode(months);
        r.startDate = QDate::fromString(start, Qt::ISODate);
        r.endDate = QDate::fromString(end, Qt::ISODate);
        ESCALE_VERIFY_OK(r.validate());
        const QList<QDate> dates = r.occurrences(QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate));
        QCOMPARE(isoList(dates), expected);
        for (const QDate &d : dates)
            QVERIFY(r.occursOn(d));
        QVERIFY(!r.describe().isEmpty());
        // Round trip of the storage codes.
        QCOMPARE(Recurrence::kindCode(r.kind), kind);
        QCOMPARE(r.monthsCode(), months);
    }

    // The clock decides « from when »: the 5th Monday of February occurs in 2044 only (leap year
    // starting on a Monday). Two years ahead of the fixed clock, it never occurs, and the message says why.
    void neverOccurringIsSaid()
    {
        FixedClock clock(test::fixedNow());
        Recurrence r;
        r.kind = Recurrence::Kind::MonthlyNth;
        r.weekday = 1;
        r.nth = 5;
        r.months = {2};
        r.startDate = clock.today();
        const Status s = r.checkOccurs(clock.today());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("itinerant.never-occurs"));
        QVERIFY2(s.errorMessage().contains(QStringLiteral("5")), qPrintable(s.errorMessage()));
        QVERIFY(!r.nextOccurrence(clock.today()).isValid());
        // It does exist once in a long while: found when the horizon reaches it.
        QCOMPARE(r.nextOccurrence(clock.today(), 366 * 20), iso("2044-02-29"));

        // A period already over is said as such.
        Recurrence over;
        over.weekday = 2;
        over.startDate = iso("2025-01-01");
        over.endDate = iso("2025-06-30");
        const Status ended = over.checkOccurs(clock.today());
        QVERIFY(!ended.ok());
        QCOMPARE(ended.error().code, QStringLiteral("itinerant.never-occurs"));

        // An ordinary one is fine.
        Recurrence tuesday;
        tuesday.kind = Recurrence::Kind::MonthlyNth;
        tuesday.weekday = 2;
        tuesday.nth = 2;
        tuesday.startDate = clock.today();
        ESCALE_VERIFY_OK(tuesday.checkOccurs(clock.today()));
        QCOMPARE(tuesday.nextOccurrence(clock.today()), iso("2026-12-08"));
    }

    void invalidRecurrences_data()
    {
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("nth");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("months");
        QTest::addColumn<QString>("code");
        QTest::newRow("weekday 0") << 0 << 1 << 1 << "2026-11-21" << "" << "" << "itinerant.weekday";
        QTest::newRow("weekday 8") << 8 << 1 << 1 << "2026-11-21" << "" << "" << "itinerant.weekday";
        QTest::newRow("no start date") << 1 << 1 << 1 << "" << "" << "" << "itinerant.start-date";
        QTest::newRow("end before start") << 1 << 1 << 1 << "2026-11-21" << "2026-10-01" << "" << "itinerant.end-before-start";
        QTest::newRow("interval 0") << 1 << 0 << 1 << "2026-11-21" << "" << "" << "itinerant.interval";
        QTest::newRow("6th weekday") << 1 << 1 << 6 << "2026-11-21" << "" << "" << "itinerant.nth";
        QTest::newRow("month 13") << 1 << 1 << 1 << "2026-11-21" << "" << "13" << "itinerant.months";
    }

    void invalidRecurrences()
    {
        QFETCH(int, weekday);
        QFETCH(int, interval);
        QFETCH(int, nth);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, months);
        QFETCH(QString, code);
        Recurrence r;
        r.kind = interval != 1 ? Recurrence::Kind::EveryNWeeks
                               : (nth != 1 ? Recurrence::Kind::MonthlyNth : Recurrence::Kind::Weekly);
        r.weekday = weekday;
        r.intervalWeeks = interval;
        r.nth = nth;
        r.startDate = QDate::fromString(start, Qt::ISODate);
        r.endDate = QDate::fromString(end, Qt::ISODate);
        r.months = Recurrence::monthsFromCode(months);
        const Status s = r.validate();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QVERIFY(!s.errorMessage().isEmpty());
        QVERIFY(r.occurrences(iso("2026-01-01"), iso("2027-12-31")).isEmpty());
        QVERIFY(!r.checkOccurs(iso("2026-11-21")).ok());
    }

    // French public holidays: the rule alone includes them; Skipped (a stop that does not run on
    // public holidays, the common « PH off ») leaves them out and says which dates were left out.
    void publicHolidays_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("nth");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("served"); // with public holidays skipped
        QTest::addColumn<QStringList>("holidays");

        QTest::newRow("Wednesdays around 11 November 2026")
            << "weekly" << 3 << 1 << "2026-11-02" << "2026-11-22"
            << QStringList{"2026-11-04", "2026-11-18"} << QStringList{"2026-11-11"};
        QTest::newRow("Mondays around Easter Monday 2027")
            << "weekly" << 1 << 1 << "2027-03-22" << "2027-04-11"
            << QStringList{"2027-03-22", "2027-04-05"} << QStringList{"2027-03-29"};
        QTest::newRow("Mondays around Easter Monday 2026")
            << "weekly" << 1 << 1 << "2026-03-30" << "2026-04-19"
            << QStringList{"2026-03-30", "2026-04-13"} << QStringList{"2026-04-06"};
        QTest::newRow("Thursdays: Ascension 2027 (6 May)")
            << "weekly" << 4 << 1 << "2027-04-29" << "2027-05-13"
            << QStringList{"2027-04-29", "2027-05-13"} << QStringList{"2027-05-06"};
        QTest::newRow("2nd Wednesday: 11 November is one")
            << "monthly_nth" << 3 << 2 << "2026-10-01" << "2026-12-31"
            << QStringList{"2026-10-14", "2026-12-09"} << QStringList{"2026-11-11"};
        QTest::newRow("Tuesdays: no public holiday")
            << "weekly" << 2 << 1 << "2026-11-09" << "2026-11-22"
            << QStringList{"2026-11-10", "2026-11-17"} << QStringList{};
    }

    void publicHolidays()
    {
        QFETCH(QString, kind);
        QFETCH(int, weekday);
        QFETCH(int, nth);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, served);
        QFETCH(QStringList, holidays);
        Recurrence r;
        r.kind = *Recurrence::kindFromCode(kind);
        r.weekday = weekday;
        r.nth = nth;
        r.startDate = iso("2026-01-01");
        const QDate f = QDate::fromString(from, Qt::ISODate), t = QDate::fromString(to, Qt::ISODate);
        QCOMPARE(isoList(r.occurrences(f, t, Recurrence::PublicHolidays::Skipped)), served);
        QCOMPARE(isoList(r.publicHolidays(f, t)), holidays);
        QStringList all = served + holidays;
        all.sort();
        QCOMPARE(isoList(r.occurrences(f, t)), all); // the rule alone includes them
        for (const QString &h : holidays) {
            QVERIFY(r.occursOn(QDate::fromString(h, Qt::ISODate)));
            QVERIFY(!r.occursOn(QDate::fromString(h, Qt::ISODate), Recurrence::PublicHolidays::Skipped));
        }
    }

    // From a FixedClock on 11 November 2026: a Wednesday stop's next date skips the holiday; a stop
    // whose only date is a public holiday never occurs, and the message says why.
    void nextOccurrenceSkipsTheHolidayOfToday()
    {
        FixedClock clock(QDateTime(iso("2026-11-11"), QTime(8, 0), Qt::UTC));
        Recurrence wednesday;
        wednesday.weekday = 3;
        wednesday.startDate = iso("2026-09-01");
        QCOMPARE(wednesday.nextOccurrence(clock.today()), iso("2026-11-11"));
        QCOMPARE(wednesday.nextOccurrence(clock.today(), 731, Recurrence::PublicHolidays::Skipped), iso("2026-11-18"));

        Recurrence onlyTheHoliday = wednesday;
        onlyTheHoliday.endDate = iso("2026-11-17");
        QVERIFY(onlyTheHoliday.checkOccurs(clock.today()));
        const Status st = onlyTheHoliday.checkOccurs(clock.today(), 731, Recurrence::PublicHolidays::Skipped);
        QVERIFY(!st);
        QCOMPARE(st.error().code, QStringLiteral("itinerant.never-occurs"));
        QVERIFY2(st.errorMessage().contains(QStringLiteral("public holiday")), qPrintable(st.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "TestRecurrence.moc"
