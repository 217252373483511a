#include "ChequeTestSupport.h"
#include "cheques/ChequeCode.h"
#include "cheques/ClaimBook.h"
#include "common/Ids.h"
#include "storage/RecordStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace escale;
using namespace escale::cheques;

Q_DECLARE_METATYPE(escale::cheques::ChequeStatus)
Q_DECLARE_METATYPE(escale::cheques::ScanOutcome)

namespace {

int countRows(storage::Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s", qPrintable(q.lastError().text()));
    return q.value(0).toInt();
}

void mustSucceed(const Status &s)
{
    if (!s)
        qFatal("unexpected failure: %s", qPrintable(s.errorMessage()));
}

RedeemOptions inScheme(const QString &scheme)
{
    RedeemOptions o;
    o.schemeId = scheme;
    return o;
}

Scheme digitsScheme()
{
    Scheme s;
    s.id = QStringLiteral("test");
    s.label = QStringLiteral("Chèque d'essai");
    s.faceValue = Money(1000);
    s.codePattern = QStringLiteral("[0-9]{10}");
    s.stripPrefixes = { QStringLiteral("PN:") };
    return s;
}

} // namespace

class TestChequeRegister : public QObject
{
    Q_OBJECT

    // Brings the cheque 0000000001 of scheme aptic to the given state, through the public API.
    static QString chequeIn(ChequeRegister &reg, test::TempDatabase &db, ChequeStatus state)
    {
        test::receiveRange(reg, QStringLiteral("aptic"), QStringLiteral("0000000001"), QStringLiteral("0000000003"));
        const QString id = chequeId(QStringLiteral("aptic"), QStringLiteral("0000000001"));
        switch (state) {
        case ChequeStatus::None:
        case ChequeStatus::EnStock:
            break;
        case ChequeStatus::Distribue:
            mustSucceed(reg.handOut({ id }, QStringLiteral("benef-1"), QStringLiteral("CCAS de Digne")));
            break;
        case ChequeStatus::Encaisse:
        case ChequeStatus::Reclame:
        case ChequeStatus::Rembourse: {
            const ScanResult r = reg.redeem(QStringLiteral("0000000001"), inScheme(QStringLiteral("aptic")));
            if (r.outcome != ScanOutcome::Redeemed)
                qFatal("not redeemed: %s", qPrintable(r.message));
            if (state == ChequeStatus::Encaisse)
                break;
            ClaimBook claims(reg, *db);
            auto prepared = claims.prepare(db.clock.today().toString(QStringLiteral("yyyy-MM")));
            if (!prepared)
                qFatal("no claim: %s", qPrintable(prepared.errorMessage()));
            if (state == ChequeStatus::Rembourse) {
                auto closed = claims.recordReimbursement(
                    prepared->first().id, Money(1000), db.clock.today(), QStringLiteral("VIR-1"));
                if (!closed)
                    qFatal("not closed: %s", qPrintable(closed.errorMessage()));
            }
            break;
        }
        case ChequeStatus::Expire:
            mustSucceed(reg.transition(id, ChequeStatus::Expire, {}));
            break;
        case ChequeStatus::Annule:
            mustSucceed(reg.cancel({ id }, QStringLiteral("chèque déchiré")));
            break;
        }
        return id;
    }

private Q_SLOTS:
    void defaultSchemesAreShipped()
    {
        test::TempDatabase db;
        ChequeRegister reg(*db);
        const QList<Scheme> schemes = reg.schemes();
        QCOMPARE(schemes.size(), 3);
        QCOMPARE(schemes.at(0).id, QStringLiteral("aptic"));
        QCOMPARE(schemes.at(1).id, QStringLiteral("pass_numerique"));
        QCOMPARE(schemes.at(2).id, QStringLiteral("cheque_numerique"));
        QCOMPARE(schemes.at(0).faceValue.cents(), 1000);
        QCOMPARE(schemes.at(0).validUntil(2026), QDate(2026, 12, 31));
        QCOMPARE(schemes.at(0).acceptedUntil(2026), QDate(2027, 1, 31));
    }

    void transitionTable_data()
    {
        QTest::addColumn<ChequeStatus>("from");
        QTest::addColumn<ChequeStatus>("to");
        QTest::addColumn<bool>("allowed");
        using S = ChequeStatus;
        const QList<S> states = allStatuses();
        // The lifecycle as the issue states it; everything else is forbidden.
        const QList<std::pair<S, S>> allowed { { S::EnStock, S::Distribue }, { S::EnStock, S::Encaisse },
            { S::EnStock, S::Expire }, { S::EnStock, S::Annule }, { S::Distribue, S::Encaisse },
            { S::Distribue, S::EnStock }, { S::Distribue, S::Expire }, { S::Distribue, S::Annule },
            { S::Encaisse, S::Reclame }, { S::Encaisse, S::Annule }, { S::Reclame, S::Rembourse },
            { S::Reclame, S::Encaisse }, { S::Expire, S::EnStock }, { S::Annule, S::EnStock } };
        for (S from : states)
            for (S to : states) {
                const QByteArray name = (statusCode(from) + QStringLiteral(" → ") + statusCode(to)).toUtf8();
                QTest::newRow(name.constData()) << from << to << allowed.contains({ from, to });
            }
    }
    void transitionTable()
    {
        QFETCH(ChequeStatus, from);
        QFETCH(ChequeStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedTransition(from, to), allowed);

        // The register applies the same table: an allowed move changes the status and adds one journal
        // entry; a forbidden one changes nothing.
        test::TempDatabase db(test::parisTime(2026, 10, 5));
        test::setUpStructure(*db);
        ChequeRegister reg(*db);
        const QString id = chequeIn(reg, db, from);
        QCOMPARE(reg.cheque(id)->status, from);
        const int entries = reg.journal(id).size();
        const QString why = QStringLiteral("correction : erreur de saisie à l'accueil");
        bool moved = false;
        if (to == ChequeStatus::Encaisse && from != ChequeStatus::Reclame) {
            moved = reg.redeem(QStringLiteral("0000000001"), inScheme(QStringLiteral("aptic"))).recorded();
        } else {
            const Status s = reg.transition(id, to, why);
            moved = s.ok();
            if (!allowed)
                QCOMPARE(s.error().code, QStringLiteral("cheques.forbidden-transition"));
        }
        QCOMPARE(moved, allowed);
        QCOMPARE(reg.cheque(id)->status, allowed ? to : from);
        QCOMPARE(reg.journal(id).size(), entries + (allowed ? 1 : 0));
        if (allowed) {
            const JournalEntry last = reg.journal(id).last();
            QCOMPARE(last.from, from);
            QCOMPARE(last.to, to);
            QCOMPARE(last.who, QStringLiteral("Amélie Côté"));
        }
    }

    void cancellingNeedsAReason()
    {
        test::TempDatabase db;
        ChequeRegister reg(*db);
        const QString id = chequeIn(reg, db, ChequeStatus::EnStock);
        const Status s = reg.cancel({ id }, QStringLiteral("   "));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("cheques.reason-required"));
        QCOMPARE(reg.cheque(id)->status, ChequeStatus::EnStock);
        ESCALE_VERIFY_OK(reg.cancel({ id }, QStringLiteral("carnet abîmé par l'eau")));
        QCOMPARE(reg.cheque(id)->reason, QStringLiteral("carnet abîmé par l'eau"));
        QCOMPARE(reg.check(QStringLiteral("0000000001")).outcome, ScanOutcome::Cancelled);
    }

    void validityAroundYearEnd_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<ScanOutcome>("outcome");
        QTest::addColumn<bool>("grace");
        QTest::newRow("1er décembre") << test::parisTime(2026, 12, 1) << ScanOutcome::Redeemed << false;
        QTest::newRow("31 décembre, 23 h 59 à Paris")
            << test::parisTime(2026, 12, 31, 23, 59) << ScanOutcome::Redeemed << false;
        QTest::newRow("1er janvier, 0 h 30 à Paris (encore le 31 en UTC)")
            << test::parisTime(2027, 1, 1, 0, 30) << ScanOutcome::Redeemed << true;
        QTest::newRow("31 janvier") << test::parisTime(2027, 1, 31, 18, 0) << ScanOutcome::Redeemed << true;
        QTest::newRow("1er février, 0 h 10 à Paris")
            << test::parisTime(2027, 2, 1, 0, 10) << ScanOutcome::Expired << false;
        QTest::newRow("été suivant") << test::parisTime(2027, 7, 14) << ScanOutcome::Expired << false;
    }
    void validityAroundYearEnd()
    {
        QFETCH(QDateTime, now);
        QFETCH(ScanOutcome, outcome);
        QFETCH(bool, grace);
        test::TempDatabase db(test::parisTime(2026, 3, 2));
        ChequeRegister reg(*db);
        test::receiveRange(reg, QStringLiteral("aptic"), QStringLiteral("55500001"), QStringLiteral("55500010"));
        db.clock.set(now);
        const ScanResult r = reg.redeem(QStringLiteral("55500004"));
        QCOMPARE(r.outcome, outcome);
        QCOMPARE(r.inGracePeriod, grace);
        const QString id = chequeId(QStringLiteral("aptic"), QStringLiteral("55500004"));
        QCOMPARE(
            reg.cheque(id)->status, outcome == ScanOutcome::Redeemed ? ChequeStatus::Encaisse : ChequeStatus::Expire);
        // A second scan records nothing more.
        const int entries = reg.journal(id).size();
        const ScanResult again = reg.redeem(QStringLiteral("55500004"));
        QCOMPARE(again.outcome, outcome == ScanOutcome::Redeemed ? ScanOutcome::AlreadyRedeemed : ScanOutcome::Expired);
        QCOMPARE(reg.journal(id).size(), entries);
    }

    void expiryAlertStartsThirtyDaysBefore_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("alerts");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("30 novembre : pas encore") << test::parisTime(2026, 11, 30) << 0 << false;
        QTest::newRow("1er décembre : alerte") << test::parisTime(2026, 12, 1) << 1 << false;
        QTest::newRow("15 janvier : alerte") << test::parisTime(2027, 1, 15) << 1 << false;
        QTest::newRow("2 février : périmé") << test::parisTime(2027, 2, 2) << 1 << true;
    }
    void expiryAlertStartsThirtyDaysBefore()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, alerts);
        QFETCH(bool, overdue);
        test::TempDatabase db(test::parisTime(2026, 3, 2));
        ChequeRegister reg(*db);
        test::receiveRange(
            reg, QStringLiteral("pass_numerique"), QStringLiteral("PN000001"), QStringLiteral("PN000010"));
        db.clock.set(now);
        const QList<ExpiryAlert> list = reg.expiryAlerts();
        QCOMPARE(list.size(), alerts);
        if (alerts > 0) {
            QCOMPARE(list.first().count, 10);
            QCOMPARE(list.first().overdue, overdue);
            QCOMPARE(list.first().acceptedUntil, QDate(2027, 1, 31));
        }
        auto expired = reg.expireOverdue();
        ESCALE_VERIFY_OK(expired);
        QCOMPARE(*expired, overdue ? 10 : 0);
    }

    void codeNormalisation_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("tel quel") << QStringLiteral("0012345678") << QStringLiteral("0012345678");
        QTest::newRow("espaces") << QStringLiteral("  0012 3456 78 ") << QStringLiteral("0012345678");
        QTest::newRow("espace insécable") << QStringLiteral("0012\u00A0345\u202F678") << QStringLiteral("0012345678");
        QTest::newRow("tirets") << QStringLiteral("0012-3456-78") << QStringLiteral("0012345678");
        QTest::newRow("tiret long et points") << QStringLiteral("0012–3456.78") << QStringLiteral("0012345678");
        QTest::newRow("zéros en tête gardés") << QStringLiteral("0000000001") << QStringLiteral("0000000001");
        QTest::newRow("double Entrée") << QStringLiteral("0012345678\r\n\r\n") << QStringLiteral("0012345678");
        QTest::newRow("identifiant AIM du lecteur") << QStringLiteral("]C10012345678") << QStringLiteral("0012345678");
        QTest::newRow("préfixe parasite") << QStringLiteral("*0012345678") << QStringLiteral("0012345678");
        QTest::newRow("préfixe configuré") << QStringLiteral("PN:0012345678") << QStringLiteral("0012345678");
        QTest::newRow("préfixe configuré, minuscules")
            << QStringLiteral("pn:0012345678") << QStringLiteral("0012345678");
        QTest::newRow("trop court") << QStringLiteral("00123") << QString();
        QTest::newRow("lettre accentuée") << QStringLiteral("é0012345678") << QString();
        QTest::newRow("vide") << QStringLiteral("\r\n") << QString();
    }
    void codeNormalisation()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const auto normalized = code::normalize(raw, digitsScheme());
        QCOMPARE(normalized.value_or(QString()), expected);
    }

    void lowercaseCodesAreUpperCased()
    {
        Scheme s = digitsScheme();
        s.codePattern = QStringLiteral("[0-9A-Z]{10}");
        QCOMPARE(code::normalize(QStringLiteral("ab12-cd34-ef"), s).value_or(QString()), QStringLiteral("AB12CD34EF"));
    }

    void rangeExpansion_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<int>("count"); // -1: refused
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("contains");
        QTest::newRow("dix") << QStringLiteral("0001") << QStringLiteral("0010") << 10 << QString()
                             << QStringLiteral("0007");
        QTest::newRow("préfixe et retenue")
            << QStringLiteral("A0098") << QStringLiteral("A0102") << 5 << QString() << QStringLiteral("A0100");
        QTest::newRow("un seul") << QStringLiteral("X-42") << QStringLiteral("x42") << 1 << QString()
                                 << QStringLiteral("X42");
        QTest::newRow("longueurs différentes") << QStringLiteral("001") << QStringLiteral("0010") << -1
                                               << QStringLiteral("cheques.range-length") << QString();
        QTest::newRow("motifs différents") << QStringLiteral("A001") << QStringLiteral("B002") << -1
                                           << QStringLiteral("cheques.range-pattern") << QString();
        QTest::newRow("sans chiffres") << QStringLiteral("ABCD") << QStringLiteral("ABCE") << -1
                                       << QStringLiteral("cheques.range-pattern") << QString();
        QTest::newRow("à l'envers") << QStringLiteral("0010") << QStringLiteral("0001") << -1
                                    << QStringLiteral("cheques.range-order") << QString();
    }
    void rangeExpansion()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(int, count);
        QFETCH(QString, errorCode);
        QFETCH(QString, contains);
        const auto r = code::expandRange(first, last);
        if (count < 0) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, errorCode);
            QVERIFY(!r.error().message.isEmpty());
            return;
        }
        ESCALE_VERIFY_OK(r);
        QCOMPARE(r->size(), count);
        QVERIFY(r->contains(contains));
    }

    void receivingIsAllOrNothing()
    {
        test::TempDatabase db;
        test::setUpStructure(*db);
        ChequeRegister reg(*db);
        const auto received
            = test::receiveRange(reg, QStringLiteral("aptic"), QStringLiteral("00000101"), QStringLiteral("00000110"));
        QCOMPARE(received.count, 10);
        QCOMPARE(reg.booklets().size(), 1);
        QCOMPARE(reg.booklets().first().inStock, 10);

        // Overlapping range: refused, naming a code; nothing recorded.
        ReceiveRequest overlap;
        overlap.schemeId = QStringLiteral("aptic");
        overlap.rangeFirst = QStringLiteral("00000105");
        overlap.rangeLast = QStringLiteral("00000120");
        auto r = reg.receive(overlap);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("cheques.already-in-register"));
        QVERIFY(r.error().message.contains(QStringLiteral("00000105")));
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM cheques")), 10);
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM cheque_booklets")), 1);

        // A list with a bad code: refused with its line.
        ReceiveRequest list;
        list.schemeId = QStringLiteral("aptic");
        list.codes = { QStringLiteral("00000201"), QString(), QStringLiteral("oups !"), QStringLiteral("00000203") };
        r = reg.receive(list);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("3")));
        // A list with a duplicate.
        list.codes = { QStringLiteral("00000201"), QStringLiteral("0000-0201") };
        r = reg.receive(list);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("cheques.duplicate-code"));
        // Unknown scheme.
        list.schemeId = QStringLiteral("inconnu");
        QCOMPARE(reg.receive(list).error().code, QStringLiteral("cheques.unknown-scheme"));
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM cheques")), 10);

        // A good list with scanner noise.
        list.schemeId = QStringLiteral("aptic");
        list.codes = { QStringLiteral("]C100000201\r"), QStringLiteral("0000 0202"), QStringLiteral("\r\n") };
        r = reg.receive(list);
        ESCALE_VERIFY_OK(r);
        QCOMPARE(r->count, 2);
        QVERIFY(reg.cheque(QStringLiteral("cheque:aptic:00000201")).has_value());
        QCOMPARE(reg.cheque(QStringLiteral("cheque:aptic:00000202"))->validUntil, QDate(2026, 12, 31));
    }

    void redeemingRecordsOnceWithARandomRedemptionId()
    {
        test::TempDatabase db(test::parisTime(2026, 10, 5));
        test::setUpStructure(*db);
        ChequeRegister reg(*db);
        test::receiveRange(reg, QStringLiteral("aptic"), QStringLiteral("12340001"), QStringLiteral("12340010"));
        RedeemOptions options;
        options.activityId = QStringLiteral("activite-42");
        const ScanResult first = reg.redeem(QStringLiteral("1234 0003"), options);
        QCOMPARE(first.outcome, ScanOutcome::Redeemed);
        QCOMPARE(first.chequeId, QStringLiteral("cheque:aptic:12340003"));
        QCOMPARE(first.faceValue, Money(1000));
        const Cheque c = *reg.cheque(first.chequeId);
        QVERIFY(ids::isValid(c.redemptionId));
        QCOMPARE(c.redeemedOn, QDate(2026, 10, 5));
        QCOMPARE(c.redeemedPlace, QStringLiteral("Médiathèque François-Villon"));
        QCOMPARE(c.redeemedBy, QStringLiteral("Amélie Côté"));
        QCOMPARE(c.activityId, QStringLiteral("activite-42"));
        QVERIFY(c.beneficiaryId.isEmpty());

        db.clock.advance(3600 * 1000);
        const ScanResult second = reg.redeem(QStringLiteral("12340003"));
        QCOMPARE(second.outcome, ScanOutcome::AlreadyRedeemed);
        QCOMPARE(second.redeemedOn, QDate(2026, 10, 5));
        QVERIFY(second.message.contains(QStringLiteral("05/10/2026")));
        QVERIFY(second.message.contains(QStringLiteral("Médiathèque François-Villon")));
        QCOMPARE(reg.cheque(first.chequeId)->redemptionId, c.redemptionId);
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM cheque_journal WHERE to_status = 'encaisse'")), 1);

        QCOMPARE(reg.redeemedOn(QDate(2026, 10, 5)), 1);
        QCOMPARE(reg.redeemedOn(QDate(2026, 10, 6)), 0);
        const auto summary = reg.redeemedBetween(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.first().scheme, QStringLiteral("aptic"));
        QCOMPARE(summary.first().schemeLabel, QStringLiteral("APTIC"));
        QCOMPARE(summary.first().count, 1);
        QCOMPARE(summary.first().amount, Money(1000));
        QVERIFY(reg.check(QStringLiteral("12340004")).outcome == ScanOutcome::Redeemed);
        QCOMPARE(reg.cheque(QStringLiteral("cheque:aptic:12340004"))->status, ChequeStatus::EnStock);
    }

    void unknownAndBadCodes()
    {
        test::TempDatabase db(test::parisTime(2026, 10, 5));
        test::setUpStructure(*db);
        ChequeRegister reg(*db);
        Scheme s = digitsScheme();
        ESCALE_VERIFY_OK(reg.saveScheme(s));

        ScanResult r = reg.redeem(QStringLiteral("ABC!"));
        QCOMPARE(r.outcome, ScanOutcome::BadFormat);
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(reg.redeem(QStringLiteral("\r\n")).outcome, ScanOutcome::Empty);

        // A code several schemes accept, never received: unknown, nothing recorded.
        r = reg.redeem(QStringLiteral("9876543210"));
        QCOMPARE(r.outcome, ScanOutcome::Unknown);
        QVERIFY(r.candidateSchemes.contains(QStringLiteral("aptic")));
        QVERIFY(r.candidateSchemes.contains(QStringLiteral("test")));
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM cheques")), 0);
        // Foreign without a scheme when ambiguous: still not recorded.
        RedeemOptions foreign;
        foreign.allowForeign = true;
        r = reg.redeem(QStringLiteral("9876543210"), foreign);
        QCOMPARE(r.outcome, ScanOutcome::Unknown);
        QCOMPARE(countRows(*db, QStringLiteral("SELECT count(*) FROM cheques")), 0);
        foreign.schemeId = QStringLiteral("test");
        r = reg.redeem(QStringLiteral("9876-5432-10"), foreign);
        QCOMPARE(r.outcome, ScanOutcome::Redeemed);
        QVERIFY(r.foreign);
        const Cheque c = *reg.cheque(QStringLiteral("cheque:test:9876543210"));
        QVERIFY(c.foreign);
        QCOMPARE(c.status, ChequeStatus::Encaisse);
        QCOMPARE(reg.journal(c.id).size(), 1);
        QCOMPARE(reg.journal(c.id).first().from, ChequeStatus::None);
        QCOMPARE(reg.redeem(QStringLiteral("9876543210"), foreign).outcome, ScanOutcome::AlreadyRedeemed);
    }

    void journalIsNeverRewritten()
    {
        test::TempDatabase db;
        ChequeRegister reg(*db);
        const QString id = chequeIn(reg, db, ChequeStatus::EnStock);
        ESCALE_VERIFY_OK(reg.cancel({ id }, QStringLiteral("perdu")));
        ESCALE_VERIFY_OK(reg.transition(id, ChequeStatus::EnStock, QStringLiteral("retrouvé dans le tiroir")));
        const QList<JournalEntry> entries = reg.journal(id);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(1).why, QStringLiteral("perdu"));
        QCOMPARE(entries.at(2).why, QStringLiteral("retrouvé dans le tiroir"));

        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE cheque_journal SET why = 'effacé'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE cheque_journal SET to_status = 'annule' WHERE to_status = 'en_stock'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM cheque_journal")));
        storage::RecordStore records(*db);
        QVERIFY(!records
                     .update(QStringLiteral("cheque_journal"), entries.at(1).id,
                         { { QStringLiteral("why"), QStringLiteral("x") } })
                     .ok());
        QVERIFY(!records.remove(QStringLiteral("cheque_journal"), entries.at(1).id).ok());
        QCOMPARE(reg.journal(id).at(1).why, QStringLiteral("perdu"));
        // The replicator may still mark an entry as pushed.
        ESCALE_VERIFY_OK(
            records.markSynced(QStringLiteral("cheque_journal"), entries.at(1).id, QStringLiteral("1-abc")));
        QCOMPARE(
            countRows(*db, QStringLiteral("SELECT count(*) FROM cheque_journal WHERE rev = '1-abc' AND dirty = 0")), 1);
    }

    void doubleRedemptionAfterSyncIsAnIncident()
    {
        test::TempDatabase db(test::parisTime(2026, 10, 5));
        test::setUpStructure(*db);
        ChequeRegister reg(*db);
        test::receiveRange(reg, QStringLiteral("aptic"), QStringLiteral("44440001"), QStringLiteral("44440002"));
        QVERIFY(reg.redeem(QStringLiteral("44440001")).recorded());
        QVERIFY(reg.incidents().isEmpty());
        // The journal entry of another place that redeemed the same cheque offline arrives by sync.
        storage::RecordStore records(*db);
        ESCALE_VERIFY_OK(records.applyRemote(QStringLiteral("cheque_journal"), ids::newId(),
            { { QStringLiteral("cheque_id"), QStringLiteral("cheque:aptic:44440001") },
                { QStringLiteral("at"), QStringLiteral("2026-10-05T07:12:00.000Z") },
                { QStringLiteral("who"), QStringLiteral("Rémi") },
                { QStringLiteral("from_status"), QStringLiteral("") },
                { QStringLiteral("to_status"), QStringLiteral("encaisse") },
                { QStringLiteral("why"), QStringLiteral("encaissé au Cyberbus") },
                { QStringLiteral("place_id"), QStringLiteral("autre-lieu") } },
            QStringLiteral("1-remote"), false));
        const QList<Incident> incidents = reg.incidents();
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(incidents.first().code, QStringLiteral("44440001"));
        QCOMPARE(incidents.first().redemptions.size(), 2);
    }

    void handOutKeepsOnlyABeneficiaryId()
    {
        test::TempDatabase db;
        test::setUpStructure(*db);
        ChequeRegister reg(*db);
        test::receiveRange(
            reg, QStringLiteral("pass_numerique"), QStringLiteral("PN000001"), QStringLiteral("PN000010"));
        const QStringList ids { QStringLiteral("cheque:pass_numerique:PN000001"),
            QStringLiteral("cheque:pass_numerique:PN000002") };
        ESCALE_VERIFY_OK(reg.handOut(ids, QStringLiteral("b-7f3"), QStringLiteral("Assistante sociale du CCAS")));
        const Cheque c = *reg.cheque(ids.first());
        QCOMPARE(c.status, ChequeStatus::Distribue);
        QCOMPARE(c.beneficiaryId, QStringLiteral("b-7f3"));
        QCOMPARE(c.distributedBy, QStringLiteral("Assistante sociale du CCAS"));
        QCOMPARE(reg.booklets().first().distributed, 2);
        QCOMPARE(reg.countByStatus().value(ChequeStatus::EnStock), 8);
        // Handing a handed-out cheque out again is refused, and nothing of the batch is written.
        const Status s = reg.handOut({ QStringLiteral("cheque:pass_numerique:PN000003"), ids.first() }, {}, {});
        QVERIFY(!s.ok());
        QCOMPARE(reg.cheque(QStringLiteral("cheque:pass_numerique:PN000003"))->status, ChequeStatus::EnStock);
    }
};

QTEST_GUILESS_MAIN(TestChequeRegister)
#include "TestChequeRegister.moc"
