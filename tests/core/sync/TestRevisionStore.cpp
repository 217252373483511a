// The local revision trees: CouchDB's winner rule, local edits with their ancestry, received revisions,
// conflicting leaves kept, tombstones, incidents, and where a replication starts from two checkpoints.

#include "integration/SyncFixtures.h"
#include "sync/Incidents.h"
#include "sync/RevisionStore.h"

#include <QJsonArray>
#include <QtTest>

using namespace escale;
using namespace escale::test;

Q_DECLARE_METATYPE(std::optional<QJsonObject>)

class TestRevisionStore : public QObject
{
    Q_OBJECT

private slots:
    void winnerFollowsCouchDbRule_data()
    {
        QTest::addColumn<QStringList>("leaves");     // rev, with a leading '!' for a deleted leaf
        QTest::addColumn<QString>("winner");
        QTest::newRow("highest generation") << QStringList{"2-aaa", "3-000"} << "3-000";
        QTest::newRow("same generation: highest id") << QStringList{"3-abc", "3-abd"} << "3-abd";
        QTest::newRow("deleted loses even if longer") << QStringList{"!5-fff", "2-aaa"} << "2-aaa";
        QTest::newRow("all deleted: highest") << QStringList{"!2-aaa", "!3-bbb"} << "3-bbb";
        QTest::newRow("10 beats 9") << QStringList{"9-zzz", "10-aaa"} << "10-aaa";
    }
    void winnerFollowsCouchDbRule()
    {
        QFETCH(QStringList, leaves);
        QFETCH(QString, winner);
        QList<sync::Revision> list;
        for (QString rev : leaves) {
            sync::Revision r;
            r.deleted = rev.startsWith(QLatin1Char('!'));
            rev.remove(QLatin1Char('!'));
            r.rev = rev;
            sync::RevisionStore::parseRev(rev, &r.generation);
            list << r;
        }
        QCOMPARE(sync::RevisionStore::winnerOf(list), winner);
    }

    void revisionIdsAreNHash_data()
    {
        QTest::addColumn<QString>("rev");
        QTest::addColumn<bool>("valid");
        QTest::newRow("pouchdb") << "1-967a00dff5e02add41819138abb3284d" << true;
        QTest::newRow("no hash") << "3-" << false;
        QTest::newRow("no generation") << "abc" << false;
        QTest::newRow("zero") << "0-abc" << false;
        QTest::newRow("accent") << "2-é" << false;
    }
    void revisionIdsAreNHash()
    {
        QFETCH(QString, rev);
        QFETCH(bool, valid);
        QCOMPARE(sync::RevisionStore::parseRev(rev), valid);
    }

    void localEditsCreateRevisionsWithAncestry()
    {
        SyncInstallation a;
        sync::RevisionStore store(*a.db, syncTestSchema().availableIn(*a.db));
        const QString id = *a.records.insert(QStringLiteral("test_places"), {{QStringLiteral("nom"), QStringLiteral("Café numérique")}});
        QCOMPARE(*store.captureLocalEdits(), 1);
        const QString rev1 = a.value(QStringLiteral("test_places"), id, QStringLiteral("rev")).toString();
        QVERIFY(rev1.startsWith(QLatin1String("1-")));
        QCOMPARE(a.value(QStringLiteral("test_places"), id, QStringLiteral("dirty")).toInt(), 0);
        ESCALE_VERIFY_OK(a.records.update(QStringLiteral("test_places"), id, {{QStringLiteral("nom"), QStringLiteral("Café numérique de Sète")}}));
        QCOMPARE(*store.captureLocalEdits(), 1);
        const QString rev2 = a.value(QStringLiteral("test_places"), id, QStringLiteral("rev")).toString();
        QVERIFY(rev2.startsWith(QLatin1String("2-")));
        QCOMPARE(store.ancestryHashes(QStringLiteral("territory"), QStringLiteral("place:") + id, rev2).size(), 2);
        QCOMPARE(store.leaves(QStringLiteral("territory"), QStringLiteral("place:") + id).size(), 1);
        // Nothing new: nothing captured.
        QCOMPARE(*store.captureLocalEdits(), 0);
        // A deletion is a tombstone child.
        ESCALE_VERIFY_OK(a.records.remove(QStringLiteral("test_places"), id));
        QCOMPARE(*store.captureLocalEdits(), 1);
        const auto leaves = store.leaves(QStringLiteral("territory"), QStringLiteral("place:") + id);
        QCOMPARE(leaves.size(), 1);
        QVERIFY(leaves.first().deleted);
        QCOMPARE(leaves.first().generation, 3);
    }

    // Push captures local edits by chunks while its requests travel: a chunk takes at most `limit`
    // rows across the tables, fewer than the limit means none is left, and chunks add up to one capture.
    void captureByChunksTakesEveryRowOnce()
    {
        SyncInstallation a;
        sync::RevisionStore store(*a.db, syncTestSchema().availableIn(*a.db));
        for (int i = 0; i < 7; ++i)
            QVERIFY(a.records.insert(QStringLiteral("test_places"), {{QStringLiteral("nom"), QStringLiteral("Lieu %1").arg(i)}}));
        for (int i = 0; i < 3; ++i)
            QVERIFY(a.records.insert(QStringLiteral("test_figures"), {{QStringLiteral("date"), QStringLiteral("2026-11-2%1").arg(i)},
                                                                      {QStringLiteral("duree_minutes"), 30}}));
        QCOMPARE(*store.captureLocalEdits(4), 4);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM test_places WHERE dirty = 1")), 3);
        QCOMPARE(*store.captureLocalEdits(4), 4); // the last 3 places and a figure
        QCOMPARE(*store.captureLocalEdits(4), 2); // fewer than asked: nothing is left
        QCOMPARE(*store.captureLocalEdits(4), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_revisions")), 10);
        QCOMPARE(store.countChangesSince(QStringLiteral("territory"), 0), 7);
        QCOMPARE(store.countChangesSince(QStringLiteral("structure"), 0), 3);
    }

    // What push sends (spliced from the stored text, not parsed) is exactly the revision as
    // _bulk_docs with new_edits:false takes it; the revision id is the same as computeRev's.
    void pushDocumentIsTheStoredRevisionWithItsAncestry()
    {
        SyncInstallation a;
        sync::RevisionStore store(*a.db, syncTestSchema().availableIn(*a.db));
        const QString db = QStringLiteral("territory");
        const QString id = *a.records.insert(QStringLiteral("test_places"), {{QStringLiteral("nom"), QStringLiteral("Café « numérique »")}, {QStringLiteral("visites"), 3}});
        const QString docId = QStringLiteral("place:") + id;
        auto expected = [&](const QString &rev) {
            const sync::Revision r = *store.revision(db, docId, rev);
            QJsonObject doc = r.body;
            doc.insert(QStringLiteral("_id"), docId);
            doc.insert(QStringLiteral("_rev"), rev);
            if (r.deleted)
                doc.insert(QStringLiteral("_deleted"), true);
            doc.insert(QStringLiteral("_revisions"),
                       QJsonObject{{QStringLiteral("start"), r.generation},
                                   {QStringLiteral("ids"), QJsonArray::fromStringList(store.ancestryHashes(db, docId, rev))}});
            return doc;
        };
        auto sent = [&](const QString &rev) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(store.pushDocument(db, docId, rev), &error);
            [&] { QCOMPARE(error.error, QJsonParseError::NoError); }();
            return doc.object();
        };

        QCOMPARE(*store.captureLocalEdits(), 1);
        const QString rev1 = a.value(QStringLiteral("test_places"), id, QStringLiteral("rev")).toString();
        const sync::Revision r1 = *store.revision(db, docId, rev1);
        QCOMPARE(sync::RevisionStore::computeRev(1, QString(), r1.body, false), rev1);
        QCOMPARE(store.leafRevs(db, docId), QStringList{rev1});
        QCOMPARE(sent(rev1), expected(rev1));
        QCOMPARE(sent(rev1).value(QStringLiteral("nom")).toString(), QStringLiteral("Café « numérique »"));

        ESCALE_VERIFY_OK(a.records.update(QStringLiteral("test_places"), id, {{QStringLiteral("nom"), QStringLiteral("Café numérique de Sète")}}));
        QCOMPARE(*store.captureLocalEdits(), 1);
        const QString rev2 = a.value(QStringLiteral("test_places"), id, QStringLiteral("rev")).toString();
        QCOMPARE(sent(rev2), expected(rev2));
        QCOMPARE(sent(rev2).value(QStringLiteral("_revisions")).toObject().value(QStringLiteral("ids")).toArray().size(), 2);
        QCOMPARE(store.leafRevs(db, docId), QStringList{rev2});
        // An ancestor keeps its body only while it is a leaf here; one known by id only is not sent.
        sync::IncomingRevision in;
        in.docId = QStringLiteral("place:p9");
        in.rev = QStringLiteral("2-bbb");
        in.ancestry = {QStringLiteral("2-bbb"), QStringLiteral("1-aaa")};
        in.body = QJsonObject{{QStringLiteral("type"), QStringLiteral("place")}};
        storage::Transaction tx(*a.db);
        ESCALE_VERIFY_OK(store.storeRemote(db, in));
        ESCALE_VERIFY_OK(tx.commit());
        QVERIFY(store.pushDocument(db, QStringLiteral("place:p9"), QStringLiteral("1-aaa")).isEmpty());
        QVERIFY(store.pushDocument(db, QStringLiteral("place:p9"), QStringLiteral("9-none")).isEmpty());

        ESCALE_VERIFY_OK(a.records.remove(QStringLiteral("test_places"), id));
        QCOMPARE(*store.captureLocalEdits(), 1);
        const QString rev3 = store.leafRevs(db, docId).value(0);
        QVERIFY(rev3.startsWith(QLatin1String("3-")));
        QCOMPARE(sent(rev3), expected(rev3));
        QVERIFY(sent(rev3).value(QStringLiteral("_deleted")).toBool());
    }

    void receivedConflictingLeavesAreKeptAndWinnerApplied()
    {
        SyncInstallation a;
        sync::RevisionStore store(*a.db, syncTestSchema().availableIn(*a.db));
        const QString docId = QStringLiteral("place:p1");
        auto incoming = [&](const QString &rev, const QStringList &ancestry, const QString &nom) {
            sync::IncomingRevision in;
            in.docId = docId;
            in.rev = rev;
            in.ancestry = ancestry;
            in.body = QJsonObject{{QStringLiteral("type"), QStringLiteral("place")}, {QStringLiteral("nom"), nom}};
            return in;
        };
        storage::Transaction tx(*a.db);
        ESCALE_VERIFY_OK(store.storeRemote(QStringLiteral("territory"), incoming(QStringLiteral("2-bbb"), {QStringLiteral("2-bbb"), QStringLiteral("1-aaa")}, QStringLiteral("Version B"))));
        ESCALE_VERIFY_OK(store.storeRemote(QStringLiteral("territory"), incoming(QStringLiteral("2-ccc"), {QStringLiteral("2-ccc"), QStringLiteral("1-aaa")}, QStringLiteral("Version C — été"))));
        auto outcome = store.settle(QStringLiteral("territory"), docId);
        ESCALE_VERIFY_OK(outcome);
        ESCALE_VERIFY_OK(tx.commit());
        QVERIFY(outcome->conflicted);
        QCOMPARE(a.value(QStringLiteral("test_places"), QStringLiteral("p1"), QStringLiteral("nom")).toString(), QStringLiteral("Version C — été"));
        QCOMPARE(a.value(QStringLiteral("test_places"), QStringLiteral("p1"), QStringLiteral("rev")).toString(), QStringLiteral("2-ccc"));
        QCOMPARE(store.leaves(QStringLiteral("territory"), docId).size(), 2);
        QVERIFY(!store.revision(QStringLiteral("territory"), docId, QStringLiteral("1-aaa"))->leaf);
        const auto conflicts = sync::ConflictReview(*a.db, syncTestSchema()).list();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().losers.first().rev, QStringLiteral("2-bbb"));
    }

    void startSequenceComparesCheckpointHistories_data()
    {
        QTest::addColumn<std::optional<QJsonObject>>("source");
        QTest::addColumn<std::optional<QJsonObject>>("target");
        QTest::addColumn<QJsonValue>("expected");
        auto log = [](const QString &session, const QJsonValue &seq, const QJsonArray &history) {
            return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("session_id"), session},
                                                          {QStringLiteral("source_last_seq"), seq},
                                                          {QStringLiteral("history"), history}});
        };
        auto entry = [](const QString &session, const QJsonValue &seq) {
            return QJsonObject{{QStringLiteral("session_id"), session}, {QStringLiteral("recorded_seq"), seq}};
        };
        QTest::newRow("none") << std::optional<QJsonObject>() << std::optional<QJsonObject>() << QJsonValue(0);
        QTest::newRow("same session") << log("s2", 42, {entry("s2", 42)}) << log("s2", 42, {entry("s2", 42)}) << QJsonValue(42);
        QTest::newRow("target kept an older session")
            << log("s3", 50, {entry("s3", 50), entry("s2", 42)}) << log("s2", 42, {entry("s2", 42)}) << QJsonValue(42);
        QTest::newRow("source kept an older one (string seq)")
            << log("s2", "42-g1A", {entry("s2", "42-g1A")}) << log("s3", "50-g1A", {entry("s3", "50-g1A"), entry("s2", "42-g1A")})
            << QJsonValue("42-g1A");
        QTest::newRow("nothing in common") << log("s1", 10, {entry("s1", 10)}) << log("s9", 99, {entry("s9", 99)}) << QJsonValue(0);
        QTest::newRow("target forgot") << log("s1", 10, {entry("s1", 10)}) << std::optional<QJsonObject>() << QJsonValue(0);
    }
    void startSequenceComparesCheckpointHistories()
    {
        QFETCH(std::optional<QJsonObject>, source);
        QFETCH(std::optional<QJsonObject>, target);
        QFETCH(QJsonValue, expected);
        QCOMPARE(sync::Replicator::startSequence(source, target), expected);
    }

    void personalColumnsNeverEnterTheDocument()
    {
        SyncInstallation a;
        sync::RevisionStore store(*a.db, syncTestSchema().availableIn(*a.db));
        ESCALE_VERIFY_OK(a.records.insert(QStringLiteral("test_cheques"), {{QStringLiteral("id"), QStringLiteral("cheque:aptic:Z9")},
                                                                            {QStringLiteral("code"), QStringLiteral("Z9")},
                                                                            {QStringLiteral("beneficiary_id"), QStringLiteral("b-123")}}));
        QCOMPARE(*store.captureLocalEdits(), 1);
        const auto leaves = store.leaves(QStringLiteral("territory"), QStringLiteral("cheque:aptic:Z9"));
        QCOMPARE(leaves.size(), 1);
        QVERIFY(!leaves.first().body.contains(QStringLiteral("beneficiary_id")));
        QCOMPARE(leaves.first().body.value(QStringLiteral("code")).toString(), QStringLiteral("Z9"));
    }

    void standardSchemaSharesNoPersonalData()
    {
        const sync::SyncSchema schema = sync::SyncSchema::standard();
        QVERIFY(schema.forTable(QStringLiteral("structure")));
        QVERIFY(!schema.forTable(QStringLiteral("beneficiaries")));
        QVERIFY(!schema.forTable(QStringLiteral("users")));
        for (const sync::TableSpec &spec : schema.tables()) {
            QVERIFY2(!spec.columns.contains(QStringLiteral("beneficiary_id")), qPrintable(spec.table));
            QVERIFY2(!spec.columns.contains(QStringLiteral("notes")), qPrintable(spec.table));
        }
    }
};

QTEST_GUILESS_MAIN(TestRevisionStore)
#include "TestRevisionStore.moc"
