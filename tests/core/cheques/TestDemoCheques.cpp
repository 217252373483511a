#include "ChequeTestSupport.h"
#include "activity/Activity.h"
#include "activity/DemoData.h"
#include "cheques/ClaimBook.h"
#include "cheques/DemoCheques.h"

#include <QSet>
#include <QtTest>
#include <algorithm>

using namespace escale;
using namespace escale::cheques;

// The demonstration cheques of `escale demo` (DemoCheques.h): every status shown, the real rules kept
// (validity, one claim per month, scheme and funder, reimbursed totals), linked to the demo's
// activities, the same at every run, written once.
class TestDemoCheques : public QObject
{
    Q_OBJECT
private:
    static void fillBoth(test::TempDatabase &db)
    {
        const Status activities = activity::fillDemo(*db, db.clock);
        if (!activities)
            qFatal("activity demo: %s", qPrintable(activities.errorMessage()));
        const Status cheques = cheques::fillDemo(*db, db.clock);
        if (!cheques)
            qFatal("cheque demo: %s", qPrintable(cheques.errorMessage()));
    }

    static QStringList fingerprint(storage::Database &db)
    {
        QStringList lines;
        for (const Cheque &c : ChequeRegister(db).cheques())
            lines << QStringList { c.id, statusCode(c.status), c.distributedOn.toString(Qt::ISODate), c.distributedBy,
                c.redeemedOn.toString(Qt::ISODate), c.redeemedBy, c.reason }
                         .join(QLatin1Char('|'));
        return lines;
    }

private Q_SLOTS:
    void demoFollowsTheRules_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QStringList>("statuses"); // statuses that must have cheques
        QTest::addColumn<int>("incidents");
        QTest::addColumn<bool>("graceRedemption"); // a cheque redeemed between 31/12 and 31/01
        const QStringList all { QStringLiteral("en_stock"), QStringLiteral("distribue"), QStringLiteral("encaisse"),
            QStringLiteral("reclame"), QStringLiteral("rembourse"), QStringLiteral("expire"),
            QStringLiteral("annule") };
        QTest::newRow("november") << test::parisTime(2026, 11, 21) << all << 1 << true;
        // In January, last year's cheques are still accepted: none expired yet.
        QTest::newRow("january, grace period")
            << test::parisTime(2027, 1, 15)
            << QStringList { QStringLiteral("en_stock"), QStringLiteral("distribue"), QStringLiteral("encaisse"),
                   QStringLiteral("reclame"), QStringLiteral("rembourse"), QStringLiteral("annule") }
            << 1 << true;
        QTest::newRow("spring") << test::parisTime(2026, 4, 10) << all << 1 << true;
    }

    void demoFollowsTheRules()
    {
        QFETCH(QDateTime, now);
        QFETCH(QStringList, statuses);
        QFETCH(int, incidents);
        QFETCH(bool, graceRedemption);
        test::TempDatabase db(now);
        fillBoth(db);
        const QDate today = db.clock.today();
        ChequeRegister reg(*db);
        ClaimBook book(reg, *db);
        activity::ActivityStore activities(*db);

        // Counts per status.
        const QMap<ChequeStatus, int> counts = reg.countByStatus();
        for (const QString &code : statuses)
            QVERIFY2(counts.value(*statusFromCode(code)) > 0, qPrintable(code));
        const DemoChequeSummary summary = demoChequeSummary(*db);
        QVERIFY(summary.cheques >= 60);
        QCOMPARE(summary.booklets, 8);
        QCOMPARE(summary.incidents, incidents);
        QVERIFY(counts.value(ChequeStatus::Annule) == 2);
        // Most handed out, many redeemed.
        const int redeemed = counts.value(ChequeStatus::Encaisse) + counts.value(ChequeStatus::Reclame)
            + counts.value(ChequeStatus::Rembourse);
        QVERIFY2(redeemed * 2 > summary.cheques, qPrintable(QString::number(redeemed)));
        QVERIFY(counts.value(ChequeStatus::EnStock) * 3 < summary.cheques);

        // Every cheque: labelled, dated in the demo's year, redeemed within its validity by the person
        // it was handed to, at one of their accompaniments that links it back.
        bool inGrace = false;
        const QList<Cheque> all = reg.cheques();
        for (const Cheque &c : all) {
            QVERIFY2(c.code.startsWith(QStringLiteral("DEMO")), qPrintable(c.code));
            QVERIFY(c.funder.startsWith(QStringLiteral("Démo — ")));
            QVERIFY(!c.foreign);
            if (c.distributedOn.isValid()) {
                QVERIFY(c.distributedOn <= today);
                QVERIFY(c.distributedOn <= c.validUntil);
                QVERIFY(c.distributedOn.year() >= c.issueYear);
            }
            const bool isRedeemed = c.status == ChequeStatus::Encaisse || c.status == ChequeStatus::Reclame
                || c.status == ChequeStatus::Rembourse;
            QCOMPARE(c.redeemedOn.isValid(), isRedeemed);
            if (isRedeemed) {
                QVERIFY2(c.redeemedOn <= c.acceptedUntil, qPrintable(c.id));
                QVERIFY2(c.redeemedOn.year() >= c.issueYear, qPrintable(c.id));
                QVERIFY(c.redeemedOn > c.distributedOn);
                QVERIFY(c.redeemedOn <= today);
                QVERIFY(!c.beneficiaryId.isEmpty());
                inGrace = inGrace || c.redeemedOn > c.validUntil;
                auto a = activities.find(c.activityId);
                QVERIFY2(a.ok(), qPrintable(c.id));
                QCOMPARE(a->date, c.redeemedOn);
                QCOMPARE(a->beneficiaryId, c.beneficiaryId);
                QVERIFY(
                    activities.links(c.activityId).contains(activity::ActivityLink { activity::link::Cheque, c.id }));
                const QList<JournalEntry> journal = reg.journal(c.id);
                const auto redemption = std::find_if(journal.begin(), journal.end(), [](const JournalEntry &e) {
                    return e.to == ChequeStatus::Encaisse && e.placeId != QStringLiteral("demo-autre-lieu");
                });
                QVERIFY(redemption != journal.end());
                QCOMPARE(Clock::fromIso(redemption->at).toTimeZone(db.clock.timeZone()).date(), c.redeemedOn);
                QCOMPARE(redemption->who, c.redeemedBy);
            }
            if (c.status == ChequeStatus::Expire)
                QVERIFY(c.acceptedUntil < today);
            if (c.status == ChequeStatus::EnStock || c.status == ChequeStatus::Distribue)
                QVERIFY(c.acceptedUntil >= today);
            if (c.status == ChequeStatus::Annule)
                QVERIFY(c.reason.startsWith(QStringLiteral("Démo — ")));
            // The journal is in the demo's year and in order.
            QString previous;
            for (const JournalEntry &e : reg.journal(c.id)) {
                QVERIFY(e.at >= previous);
                previous = e.at;
                QVERIFY(Clock::fromIso(e.at).toTimeZone(db.clock.timeZone()).date() <= today);
            }
        }
        QCOMPARE(inGrace, graceRedemption);

        // Claims: at most one per past month, scheme and funder, prepared in the following month;
        // a reimbursed claim's total is its cheques'.
        const QList<Claim> claims = book.claims();
        QVERIFY(!claims.isEmpty());
        QSet<QString> seen;
        int reimbursed = 0;
        const QString thisMonth = today.toString(QStringLiteral("yyyy-MM"));
        for (const Claim &claim : claims) {
            QVERIFY2(claim.month < thisMonth, qPrintable(claim.month));
            const QString key = claim.month + QLatin1Char('|') + claim.schemeId + QLatin1Char('|') + claim.funder;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            QVERIFY(claim.createdOn.toString(QStringLiteral("yyyy-MM")) > claim.month);
            QVERIFY(claim.createdOn <= today);
            qint64 cents = 0;
            int count = 0;
            for (const Cheque &c : all) {
                if (c.claimId != claim.id)
                    continue;
                ++count;
                cents += c.faceValue.cents();
                QCOMPARE(c.redeemedOn.toString(QStringLiteral("yyyy-MM")), claim.month);
                QCOMPARE(c.status, claim.closed ? ChequeStatus::Rembourse : ChequeStatus::Reclame);
            }
            QCOMPARE(count, claim.chequeCount);
            QCOMPARE(cents, claim.amount.cents());
            if (claim.closed) {
                ++reimbursed;
                QVERIFY(claim.received.has_value());
                QCOMPARE(claim.received->cents(), claim.amount.cents());
                QVERIFY(claim.receivedOn > claim.createdOn);
                QVERIFY(claim.receivedOn <= today);
                QVERIFY(claim.bankReference.contains(QStringLiteral("DÉMO")));
            }
        }
        QVERIFY(reimbursed > 0);
        QVERIFY(reimbursed < claims.size());
        // This month's redemptions wait for next month's claim.
        for (const Cheque &c : all)
            if (c.status == ChequeStatus::Encaisse)
                QVERIFY(c.redeemedOn.toString(QStringLiteral("yyyy-MM")) >= thisMonth
                    || nthWorkingDayNotYet(c.redeemedOn, today));

        // Each month's bordereau can be printed.
        auto statement = book.statement(claims.first().month);
        ESCALE_VERIFY_OK(statement);
    }

    void sameSeedSameChequesAndWrittenOnce()
    {
        test::TempDatabase a(test::parisTime(2026, 11, 21));
        test::TempDatabase b(test::parisTime(2026, 11, 21));
        fillBoth(a);
        fillBoth(b);
        const QStringList first = fingerprint(*a);
        QCOMPARE(fingerprint(*b), first);

        // Written once: a second run changes nothing, the command's refusal comes first.
        const Status again = cheques::fillDemo(*a, a.clock);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("cheques.demo-not-empty"));
        QCOMPARE(activity::fillDemo(*a, a.clock).error().code, QStringLiteral("demo.not-empty"));
        QCOMPARE(fingerprint(*a), first);
        // The structure's current user is the demo's first mediator again.
        QCOMPARE(structure::StructureStore(*a).currentUser()->displayName, QStringLiteral("Démo — Alice Médiatrice"));
    }

private:
    // A cheque redeemed last month is still « encaissé » while its claim is not prepared yet (third
    // working day of this month).
    static bool nthWorkingDayNotYet(const QDate &redeemedOn, const QDate &today)
    {
        if (redeemedOn.addMonths(1).month() != today.month())
            return false;
        int working = 0;
        for (QDate d(today.year(), today.month(), 1); d <= today; d = d.addDays(1))
            if (d.dayOfWeek() < 6)
                ++working;
        return working < 3;
    }
};

QTEST_GUILESS_MAIN(TestDemoCheques)
#include "TestDemoCheques.moc"
