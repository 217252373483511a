// The bus's stop carried by every record kind made during a stop (issue 9): activities (lieu_kind
// 'stop' + lieu_id), orientations, diagnostics, cheque hand-outs and redemptions, and the cheque
// journal; NULL when made at no stop; and the stop columns in the documents sync pushes.

#include "TestSupport.h"
#include "activity/Activity.h"
#include "cheques/ChequeRegister.h"
#include "competencies/DiagnosticStore.h"
#include "itinerant/TourStore.h"
#include "orientation/OrientationStore.h"
#include "structure/StructureProfile.h"
#include "sync/RevisionStore.h"
#include "sync/SyncSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace escale;

namespace {

// A structure with a mediator, a tour with one stop, and a booklet of APTIC cheques.
struct Fixture
{
    Fixture()
    {
        structure::StructureProfile p;
        p.nom = QStringLiteral("Cyberbus de la Charente");
        p.adresse = QStringLiteral("1 place du Marché");
        p.commune = QStringLiteral("Ruffec");
        p.codePostal = QStringLiteral("16700");
        if (Status s = structure::StructureStore(*db).completeFirstRun(p, QStringLiteral("Amélie Côté")); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
        itinerant::TourStore tours(*db);
        auto tour = tours.saveTour({ {}, QStringLiteral("Charente Nord"), QStringLiteral("Bus 16"), {}, true });
        if (!tour)
            qFatal("%s", qPrintable(tour.errorMessage()));
        itinerant::Stop s;
        s.tourId = *tour;
        s.name = QStringLiteral("Place de la mairie");
        s.commune = QStringLiteral("Mansle");
        s.start = QTime(9, 0);
        s.end = QTime(12, 0);
        s.recurrence.weekday = 2;
        s.recurrence.startDate = QDate(2026, 9, 1);
        auto stop = tours.saveStop(s);
        if (!stop)
            qFatal("%s", qPrintable(stop.errorMessage()));
        stopId = *stop;
        cheques::ReceiveRequest r;
        r.schemeId = QStringLiteral("aptic");
        r.rangeFirst = QStringLiteral("A00001");
        r.rangeLast = QStringLiteral("A00010");
        if (auto received = cheques::ChequeRegister(*db).receive(r); !received)
            qFatal("%s", qPrintable(received.errorMessage()));
    }

    // A single value of a query with one bound value.
    QVariant raw(const QString &sql, const QString &id)
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }

    test::TempDatabase db;
    QString stopId;
};

const QString kCheque = QStringLiteral("cheque:aptic:A00001");

// Records one `kind` at `stopId` (empty: at no stop). Returns the row id (for a journal kind, the
// journal entry's), the stop read back through the store's API, and fills the raw column value.
struct Made
{
    QString rowId;
    QString stopReadBack;
    QVariant rawColumn;
};

Made make(Fixture &f, const QString &kind, const QString &stopId)
{
    storage::Database &db = *f.db;
    cheques::ChequeRegister reg(db);
    Made m;
    if (kind == QLatin1String("activity")) {
        activity::Activity a;
        a.date = QDate(2026, 11, 17);
        a.thematiques = { QStringLiteral("email") };
        if (!stopId.isEmpty()) {
            a.lieuKind = activity::lieu::Stop;
            a.lieuId = stopId;
            a.lieuLabel = QStringLiteral("Place de la mairie (Mansle)");
        }
        activity::ActivityStore store(db);
        m.rowId = store.create(a).valueOr({});
        const auto back = store.find(m.rowId);
        m.stopReadBack = back && back->lieuKind == activity::lieu::Stop ? back->lieuId : QString();
        m.rawColumn = f.raw(QStringLiteral("SELECT nullif(lieu_id, '') FROM activities WHERE id = ?"), m.rowId);
    } else if (kind == QLatin1String("orientation")) {
        orientation::OrientationRecord r;
        r.treeId = QStringLiteral("escale-orientation");
        r.treeVersion = QStringLiteral("2026.11.1");
        r.outcomes = { QStringLiteral("rsa") };
        r.stopId = stopId;
        orientation::OrientationStore store(db);
        m.rowId = store.record(r).valueOr({});
        m.stopReadBack = store.find(m.rowId).valueOr({}).stopId;
        m.rawColumn = f.raw(QStringLiteral("SELECT stop_id FROM orientations WHERE id = ?"), m.rowId);
    } else if (kind == QLatin1String("diagnostic")) {
        competencies::Diagnostic d;
        d.frameworkId = QStringLiteral("pix");
        d.frameworkVersion = QStringLiteral("1");
        d.date = QDate(2026, 11, 17);
        d.stopId = stopId;
        competencies::DiagnosticStore store(db);
        m.rowId = store.create(d).valueOr({});
        m.stopReadBack = store.find(m.rowId).valueOr({}).stopId;
        m.rawColumn = f.raw(QStringLiteral("SELECT stop_id FROM diagnostics WHERE id = ?"), m.rowId);
    } else if (kind == QLatin1String("cheque hand-out")) {
        if (Status s = reg.handOut({ kCheque }, {}, {}, stopId); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
        m.rowId = kCheque;
        m.stopReadBack = reg.cheque(kCheque)->distributedStopId;
        m.rawColumn = f.raw(QStringLiteral("SELECT distributed_stop_id FROM cheques WHERE id = ?"), kCheque);
    } else if (kind == QLatin1String("cheque redemption")) {
        cheques::RedeemOptions o;
        o.stopId = stopId;
        if (!reg.redeem(QStringLiteral("A00001"), o).recorded())
            qFatal("not redeemed");
        m.rowId = kCheque;
        m.stopReadBack = reg.cheque(kCheque)->redeemedStopId;
        m.rawColumn = f.raw(QStringLiteral("SELECT redeemed_stop_id FROM cheques WHERE id = ?"), kCheque);
    } else if (kind == QLatin1String("foreign cheque redemption")) {
        cheques::RedeemOptions o;
        o.stopId = stopId;
        o.schemeId = QStringLiteral("aptic");
        o.allowForeign = true;
        const auto r = reg.redeem(QStringLiteral("Z99999"), o);
        if (!r.recorded() || !r.foreign)
            qFatal("not redeemed as foreign: %s", qPrintable(r.message));
        m.rowId = r.chequeId;
        m.stopReadBack = reg.cheque(m.rowId)->redeemedStopId;
        m.rawColumn = f.raw(QStringLiteral("SELECT redeemed_stop_id FROM cheques WHERE id = ?"), m.rowId);
    } else if (kind.startsWith(QLatin1String("journal"))) {
        if (kind == QLatin1String("journal: hand-out")) {
            if (Status s = reg.handOut({ kCheque }, {}, {}, stopId); !s)
                qFatal("%s", qPrintable(s.errorMessage()));
        } else {
            cheques::RedeemOptions o;
            o.stopId = stopId;
            if (!reg.redeem(QStringLiteral("A00001"), o).recorded())
                qFatal("not redeemed");
        }
        const cheques::JournalEntry last = reg.journal(kCheque).constLast();
        m.rowId = last.id;
        m.stopReadBack = last.stopId;
        m.rawColumn = f.raw(QStringLiteral("SELECT stop_id FROM cheque_journal WHERE id = ?"), m.rowId);
    } else {
        qFatal("unknown kind %s", qPrintable(kind));
    }
    return m;
}

const QStringList kKinds { QStringLiteral("activity"), QStringLiteral("orientation"), QStringLiteral("diagnostic"),
    QStringLiteral("cheque hand-out"), QStringLiteral("cheque redemption"), QStringLiteral("foreign cheque redemption"),
    QStringLiteral("journal: hand-out"), QStringLiteral("journal: redemption") };

} // namespace

class TestStopInRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRecordKindCarriesTheStop_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("atStop");
        for (const QString &kind : kKinds) {
            QTest::addRow("%s at a stop", qPrintable(kind)) << kind << true;
            QTest::addRow("%s at no stop", qPrintable(kind)) << kind << false;
        }
    }
    void everyRecordKindCarriesTheStop()
    {
        QFETCH(QString, kind);
        QFETCH(bool, atStop);
        Fixture f;
        const Made m = make(f, kind, atStop ? f.stopId : QString());
        QVERIFY2(!m.rowId.isEmpty(), "nothing was recorded");
        if (atStop) {
            QCOMPARE(m.stopReadBack, f.stopId);
            QCOMPARE(m.rawColumn.toString(), f.stopId);
        } else {
            QVERIFY(m.stopReadBack.isEmpty());
            QVERIFY2(m.rawColumn.isNull(), "made at no stop: the column is NULL, not ''");
        }
    }

    void handOutAndRedemptionKeepTheirOwnStops()
    {
        // Handed out at one stop, redeemed at another: the cheque keeps both, each journal entry its own.
        Fixture f;
        itinerant::TourStore tours(*f.db);
        itinerant::Stop other = *tours.stop(f.stopId);
        other.id.clear();
        other.name = QStringLiteral("Salle des fêtes");
        other.commune = QStringLiteral("Aigre");
        const QString otherId = tours.saveStop(other).valueOr({});
        QVERIFY(!otherId.isEmpty());
        cheques::ChequeRegister reg(*f.db);
        ESCALE_VERIFY_OK(reg.handOut({ kCheque }, {}, {}, f.stopId));
        cheques::RedeemOptions o;
        o.stopId = otherId;
        QVERIFY(reg.redeem(QStringLiteral("A00001"), o).recorded());
        QCOMPARE(reg.cheque(kCheque)->distributedStopId, f.stopId);
        QCOMPARE(reg.cheque(kCheque)->redeemedStopId, otherId);
        QStringList journalStops;
        for (const cheques::JournalEntry &e : reg.journal(kCheque))
            journalStops << e.stopId;
        QCOMPARE(journalStops, (QStringList { QString(), f.stopId, otherId })); // received, handed out, redeemed
        // A later correction made at the structure says no stop.
        ESCALE_VERIFY_OK(reg.cancel({ kCheque }, QStringLiteral("redemption voided")));
        QVERIFY(reg.journal(kCheque).constLast().stopId.isEmpty());
    }

    void theJournalStopIsAppendOnly()
    {
        Fixture f;
        const Made m = make(f, QStringLiteral("journal: hand-out"), f.stopId);
        QSqlQuery q(f.db->connection());
        q.prepare(QStringLiteral("UPDATE cheque_journal SET stop_id = 'elsewhere' WHERE id = ?"));
        q.addBindValue(m.rowId);
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
    }

    void theStopReachesTheSyncDocuments_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::newRow("activity") << "activity"
                                  << "activities"
                                  << "lieu_id";
        QTest::newRow("orientation") << "orientation"
                                     << "orientations"
                                     << "stop_id";
        QTest::newRow("cheque hand-out") << "cheque hand-out"
                                         << "cheques"
                                         << "distributed_stop_id";
        QTest::newRow("cheque redemption") << "cheque redemption"
                                           << "cheques"
                                           << "redeemed_stop_id";
        QTest::newRow("foreign cheque") << "foreign cheque redemption"
                                        << "cheques"
                                        << "redeemed_stop_id";
        QTest::newRow("journal: hand-out") << "journal: hand-out"
                                           << "cheque_journal"
                                           << "stop_id";
        QTest::newRow("journal: redemption") << "journal: redemption"
                                             << "cheque_journal"
                                             << "stop_id";
    }
    void theStopReachesTheSyncDocuments()
    {
        QFETCH(QString, kind);
        QFETCH(QString, table);
        QFETCH(QString, column);
        const sync::SyncSchema standard = sync::SyncSchema::standard();
        const sync::TableSpec *declared = standard.forTable(table);
        QVERIFY(declared);
        QVERIFY2(declared->columns.contains(column), qPrintable(column));

        Fixture f;
        const Made m = make(f, kind, f.stopId);
        const sync::SyncSchema schema = standard.availableIn(*f.db);
        sync::RevisionStore revisions(*f.db, schema);
        ESCALE_VERIFY_OK(revisions.captureLocalEdits());
        const sync::TableSpec *spec = schema.forTable(table);
        QVERIFY(spec);
        const auto leaves = revisions.leaves(sync::databaseKey(spec->database), spec->docId(m.rowId));
        QCOMPARE(leaves.size(), 1);
        QCOMPARE(leaves.first().body.value(spec->fieldName(column)).toString(), f.stopId);
    }

    void diagnosticsStayLocal()
    {
        // A diagnostic is personal data: its stop is kept here and never synced.
        QVERIFY(!sync::SyncSchema::standard().forTable(QStringLiteral("diagnostics")));
    }
};

QTEST_GUILESS_MAIN(TestStopInRecords)
#include "TestStopInRecords.moc"
