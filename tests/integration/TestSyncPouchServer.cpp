// Replication against a real CouchDB-compatible server (pouchdb-server, in memory, 127.0.0.1).

#include "PouchServer.h"
#include "SyncFixtures.h"
#include "sync/Incidents.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace escale;
using namespace escale::test;

class TestSyncPouchServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!m_server.start())
            QSKIP(qPrintable(m_server.skipReason()));
    }

    void pushedDocumentCarriesOnlyRegisteredColumns_data()
    {
        QTest::addColumn<QString>("nom");
        QTest::addColumn<QString>("commune");
        QTest::newRow("accents") << QStringLiteral("Médiathèque Émile-Zola") << QStringLiteral("Saint-Étienne");
        QTest::newRow("empty commune") << QStringLiteral("Cyberbus « Le Relais »") << QString();
    }
    void pushedDocumentCarriesOnlyRegisteredColumns()
    {
        QFETCH(QString, nom);
        QFETCH(QString, commune);
        const QString dbName = newDatabase();
        SyncInstallation a;
        const QString placeId = *a.records.insert(QStringLiteral("test_places"), {{QStringLiteral("nom"), nom},
                                                                                  {QStringLiteral("commune"), commune}});
        const QString chequeId = QStringLiteral("cheque:aptic:ABC123");
        ESCALE_VERIFY_OK(a.records.insert(QStringLiteral("test_cheques"),
                                          {{QStringLiteral("id"), chequeId},
                                           {QStringLiteral("code"), QStringLiteral("ABC123")},
                                           {QStringLiteral("beneficiary_id"), QStringLiteral("personne-secrète")}}));
        const sync::SyncReport report = a.sync(m_server.url(), dbName);
        ESCALE_VERIFY_SYNC(report);
        QCOMPARE(report.pushed(), 2);
        QCOMPARE(a.value(QStringLiteral("test_places"), placeId, QStringLiteral("dirty")).toInt(), 0);

        const QJsonObject place = m_server.get(QStringLiteral("/%1/place:%2").arg(dbName, placeId)).json().object();
        QCOMPARE(place.value(QStringLiteral("nom")).toString(), nom);
        QCOMPARE(place.value(QStringLiteral("commune")).toString(), commune);
        QCOMPARE(place.value(QStringLiteral("type")).toString(), QStringLiteral("place"));
        QCOMPARE(place.value(QStringLiteral("_rev")).toString(),
                 a.value(QStringLiteral("test_places"), placeId, QStringLiteral("rev")).toString());
        const QJsonObject cheque = m_server.get(QStringLiteral("/%1/%2").arg(dbName, chequeId)).json().object();
        QCOMPARE(cheque.value(QStringLiteral("code")).toString(), QStringLiteral("ABC123"));
        QVERIFY2(!cheque.contains(QStringLiteral("beneficiary_id")), "personal data must never reach the server");
        QVERIFY(!QString::fromUtf8(m_server.get(QStringLiteral("/%1/_all_docs?include_docs=true").arg(dbName)).body)
                     .contains(QStringLiteral("personne-secrète")));
    }

    void twoInstallationsEditOfflineAndConverge()
    {
        const QString dbName = newDatabase();
        SyncInstallation a, b;
        const QString p1 = *a.records.insert(QStringLiteral("test_places"),
                                             {{QStringLiteral("nom"), QStringLiteral("Espace numérique")}});
        const QString p2 = *a.records.insert(QStringLiteral("test_places"),
                                             {{QStringLiteral("nom"), QStringLiteral("Maison France services")}});
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));
        const sync::SyncReport first = b.sync(m_server.url(), dbName);
        ESCALE_VERIFY_SYNC(first);
        QCOMPARE(first.pulled(), 2);
        QCOMPARE(b.value(QStringLiteral("test_places"), p1, QStringLiteral("nom")).toString(),
                 QStringLiteral("Espace numérique"));

        // Offline: both edit p1; B deletes p2; B creates p3.
        ESCALE_VERIFY_OK(a.records.update(QStringLiteral("test_places"), p1,
                                          {{QStringLiteral("nom"), QStringLiteral("Espace numérique — Gare")}}));
        ESCALE_VERIFY_OK(b.records.update(QStringLiteral("test_places"), p1,
                                          {{QStringLiteral("nom"), QStringLiteral("Espace numérique de l'Hôtel de ville")}}));
        ESCALE_VERIFY_OK(b.records.remove(QStringLiteral("test_places"), p2));
        const QString p3 = *b.records.insert(QStringLiteral("test_places"),
                                             {{QStringLiteral("nom"), QStringLiteral("Tiers-lieu de Bègles")}});

        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), dbName));
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));

        const QString nomA = a.value(QStringLiteral("test_places"), p1, QStringLiteral("nom")).toString();
        QCOMPARE(b.value(QStringLiteral("test_places"), p1, QStringLiteral("nom")).toString(), nomA);
        QCOMPARE(a.value(QStringLiteral("test_places"), p1, QStringLiteral("rev")).toString(),
                 b.value(QStringLiteral("test_places"), p1, QStringLiteral("rev")).toString());
        QCOMPARE(m_server.get(QStringLiteral("/%1/place:%2").arg(dbName, p1)).json().object().value(QStringLiteral("nom")).toString(),
                 nomA);
        QCOMPARE(a.value(QStringLiteral("test_places"), p2, QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(a.value(QStringLiteral("test_places"), p3, QStringLiteral("nom")).toString(),
                 QStringLiteral("Tiers-lieu de Bègles"));
        QCOMPARE(m_server.get(QStringLiteral("/%1/place:%2").arg(dbName, p2)).status, 404);

        // The loser is kept at both, for review.
        for (SyncInstallation *side : {&a, &b}) {
            const QList<sync::Conflict> conflicts = sync::ConflictReview(*side->db, syncTestSchema()).list();
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts.first().docId, QStringLiteral("place:") + p1);
            QCOMPARE(conflicts.first().losers.size(), 1);
        }
        // Resolving at B keeps the loser's text; after sync both agree and nothing is left to review.
        const sync::Conflict c = sync::ConflictReview(*b.db, syncTestSchema()).list().first();
        const QString loserNom = c.losers.first().body.value(QStringLiteral("nom")).toString();
        ESCALE_VERIFY_OK(sync::ConflictReview(*b.db, syncTestSchema()).keep(c.database, c.docId, c.losers.first().rev));
        QCOMPARE(b.value(QStringLiteral("test_places"), p1, QStringLiteral("nom")).toString(), loserNom);
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), dbName));
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));
        QCOMPARE(a.value(QStringLiteral("test_places"), p1, QStringLiteral("nom")).toString(), loserNom);
        QCOMPARE(sync::ConflictReview(*a.db, syncTestSchema()).count(), 0);
        QCOMPARE(sync::ConflictReview(*b.db, syncTestSchema()).count(), 0);
    }

    void chequeRedeemedAtBothBecomesIncidentAtBoth()
    {
        const QString dbName = newDatabase();
        SyncInstallation a, b;
        const QString id = QStringLiteral("cheque:pass_numerique:0042");
        ESCALE_VERIFY_OK(a.records.insert(QStringLiteral("test_cheques"),
                                          {{QStringLiteral("id"), id}, {QStringLiteral("code"), QStringLiteral("0042")},
                                           {QStringLiteral("status"), QStringLiteral("distribue")}}));
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), dbName));
        ESCALE_VERIFY_OK(a.records.update(QStringLiteral("test_cheques"), id,
                                          {{QStringLiteral("status"), QStringLiteral("encaisse")},
                                           {QStringLiteral("redemption_id"), QStringLiteral("r-aaaa")},
                                           {QStringLiteral("redeemed_on"), QStringLiteral("2026-11-18")},
                                           {QStringLiteral("redeemed_place"), QStringLiteral("Médiathèque de Pézenas")},
                                           {QStringLiteral("redeemed_by"), QStringLiteral("Zoé Lefèvre")}}));
        ESCALE_VERIFY_OK(b.records.update(QStringLiteral("test_cheques"), id,
                                          {{QStringLiteral("status"), QStringLiteral("encaisse")},
                                           {QStringLiteral("redemption_id"), QStringLiteral("r-bbbb")},
                                           {QStringLiteral("redeemed_on"), QStringLiteral("2026-11-19")},
                                           {QStringLiteral("redeemed_place"), QStringLiteral("Cyberbus du Lodévois")},
                                           {QStringLiteral("redeemed_by"), QStringLiteral("Loïc Bénard")}}));
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));
        const sync::SyncReport atB = b.sync(m_server.url(), dbName);
        ESCALE_VERIFY_SYNC(atB);
        QCOMPARE(atB.openIncidents, 1);
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));

        for (SyncInstallation *side : {&a, &b}) {
            const QList<sync::Incident> open = sync::IncidentStore(*side->db, syncTestSchema()).open();
            QCOMPARE(open.size(), 1);
            const sync::Incident &i = open.first();
            QCOMPARE(i.kind, QStringLiteral("double-redemption"));
            QCOMPARE(i.docId, id);
            QSet<QString> places{i.first.place, i.second.place};
            QCOMPARE(places, (QSet<QString>{QStringLiteral("Médiathèque de Pézenas"), QStringLiteral("Cyberbus du Lodévois")}));
            QSet<QString> mediators{i.first.mediator, i.second.mediator};
            QVERIFY(mediators.contains(QStringLiteral("Zoé Lefèvre")));
            QVERIFY(mediators.contains(QStringLiteral("Loïc Bénard")));
            QSet<QString> dates{i.first.date, i.second.date};
            QVERIFY(dates.contains(QStringLiteral("2026-11-18")));
        }
        // A second sync does not open it twice.
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), dbName));
        QCOMPARE(sync::IncidentStore(*b.db, syncTestSchema()).all().size(), 1);

        // The coordinator (at A) keeps Pézenas' redemption; B learns it at the next sync.
        const sync::Incident incident = sync::IncidentStore(*a.db, syncTestSchema()).open().first();
        const QString kept = incident.first.place == QStringLiteral("Médiathèque de Pézenas") ? incident.first.rev
                                                                                             : incident.second.rev;
        ESCALE_VERIFY_OK(sync::IncidentStore(*a.db, syncTestSchema()).resolve(incident.id, kept,
                                                                               QStringLiteral("Remboursé à Pézenas")));
        QVERIFY(sync::IncidentStore(*a.db, syncTestSchema()).open().isEmpty());
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), dbName));
        QVERIFY(sync::IncidentStore(*b.db, syncTestSchema()).open().isEmpty());
        QCOMPARE(b.value(QStringLiteral("test_cheques"), id, QStringLiteral("redeemed_place")).toString(),
                 QStringLiteral("Médiathèque de Pézenas"));
        const QJsonObject server = m_server.get(QStringLiteral("/%1/%2?conflicts=true").arg(dbName, id)).json().object();
        QVERIFY(!server.contains(QStringLiteral("_conflicts")));
        QCOMPARE(server.value(QStringLiteral("incident_resolution")).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("Remboursé à Pézenas"));
    }

    void deletesPropagate()
    {
        const QString dbName = newDatabase();
        SyncInstallation a, b;
        const QString p = *a.records.insert(QStringLiteral("test_places"), {{QStringLiteral("nom"), QStringLiteral("À supprimer")}});
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), dbName));
        QCOMPARE(b.value(QStringLiteral("test_places"), p, QStringLiteral("deleted")).toInt(), 0);
        ESCALE_VERIFY_OK(b.records.remove(QStringLiteral("test_places"), p));
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), dbName));
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));
        QCOMPARE(a.value(QStringLiteral("test_places"), p, QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(a.value(QStringLiteral("test_places"), p, QStringLiteral("dirty")).toInt(), 0);
        const QJsonObject info = m_server.get(QStringLiteral("/%1").arg(dbName)).json().object();
        QCOMPARE(info.value(QStringLiteral("doc_count")).toInt(), 0);
    }

    void structureDatabaseGetsActivityFigures()
    {
        const QString territory = newDatabase();
        const QString structure = newDatabase();
        SyncInstallation a, b;
        const QString f = *a.records.insert(QStringLiteral("test_figures"),
                                            {{QStringLiteral("date"), QStringLiteral("2026-11-20")},
                                             {QStringLiteral("type"), QStringLiteral("collectif")},
                                             {QStringLiteral("duree_minutes"), 45},
                                             {QStringLiteral("notes"), QStringLiteral("Mme Durand, très inquiète")}});
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), territory, structure));
        const QJsonObject doc = m_server.get(QStringLiteral("/%1/activity:%2").arg(structure, f)).json().object();
        QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("activity"));
        QCOMPARE(doc.value(QStringLiteral("activity_type")).toString(), QStringLiteral("collectif"));
        QCOMPARE(m_server.get(QStringLiteral("/%1/activity:%2").arg(territory, f)).status, 404);
        QVERIFY(!m_server.get(QStringLiteral("/%1/activity:%2").arg(structure, f)).body.contains("Durand"));
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), territory, structure));
        QCOMPARE(b.value(QStringLiteral("test_figures"), f, QStringLiteral("duree_minutes")).toInt(), 45);
        QCOMPARE(b.value(QStringLiteral("test_figures"), f, QStringLiteral("notes")).toString(), QString());
        QCOMPARE(b.value(QStringLiteral("test_figures"), f, QStringLiteral("type")).toString(), QStringLiteral("collectif"));
    }

    // With captureWhilePushing, push turns local edits into revisions by chunks of a page while the
    // previous pages travel: with small pages, every row of both databases still reaches the server
    // once, and nothing stays dirty.
    void pushCapturesByChunksWhileSending()
    {
        const QString territory = newDatabase();
        const QString structure = newDatabase();
        SyncInstallation a, b;
        insertPlaces(a, 53, QStringLiteral("A"));
        for (int i = 0; i < 12; ++i)
            QVERIFY(a.records.insert(QStringLiteral("test_figures"), {{QStringLiteral("date"), QStringLiteral("2026-11-20")},
                                                                      {QStringLiteral("duree_minutes"), i}}));
        sync::SyncOptions options = a.options(m_server.url(), territory, structure);
        options.pushPageSize = 5;
        options.captureWhilePushing = true;
        const sync::SyncReport report = sync::Replicator(*a.db, syncTestSchema(), options).run();
        ESCALE_VERIFY_SYNC(report);
        QCOMPARE(report.captured, 65);
        QCOMPARE(report.databases.at(0).pushed, 53);
        QCOMPARE(report.databases.at(1).pushed, 12);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM test_places WHERE dirty = 1")), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM test_figures WHERE dirty = 1")), 0);
        QCOMPARE(m_server.get(QStringLiteral("/%1").arg(territory)).json().object().value(QStringLiteral("doc_count")).toInt(), 53);
        QCOMPARE(m_server.get(QStringLiteral("/%1").arg(structure)).json().object().value(QStringLiteral("doc_count")).toInt(), 12);
        const sync::SyncReport again = sync::Replicator(*a.db, syncTestSchema(), options).run();
        ESCALE_VERIFY_SYNC(again);
        QCOMPARE(again.pushed() + again.pulled() + again.captured, 0);
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), territory, structure));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 53);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_figures")), 12);
    }

    void tenThousandDocumentsEachWay()
    {
        const QString dbName = newDatabase();
        SyncInstallation a, b;
        insertPlaces(a, 10000, QStringLiteral("A"));
        const sync::SyncReport pushA = a.sync(m_server.url(), dbName);
        ESCALE_VERIFY_SYNC(pushA);
        QCOMPARE(pushA.pushed(), 10000);
        insertPlaces(b, 10000, QStringLiteral("B"));
        const sync::SyncReport atB = b.sync(m_server.url(), dbName);
        ESCALE_VERIFY_SYNC(atB);
        QCOMPARE(atB.pushed(), 10000);
        QCOMPARE(atB.pulled(), 10000);
        const sync::SyncReport atA = a.sync(m_server.url(), dbName);
        ESCALE_VERIFY_SYNC(atA);
        QCOMPARE(atA.pulled(), 10000);
        QCOMPARE(atA.pushed(), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM test_places")), 20000);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 20000);
        QCOMPARE(m_server.get(QStringLiteral("/%1").arg(dbName)).json().object().value(QStringLiteral("doc_count")).toInt(),
                 20000);
        // Nothing to do: no document moves.
        const sync::SyncReport noop = a.sync(m_server.url(), dbName);
        ESCALE_VERIFY_SYNC(noop);
        QCOMPARE(noop.pushed() + noop.pulled(), 0);
    }

    void interruptedRunResumesFromCheckpointWithoutDuplicates()
    {
        const QString dbName = newDatabase();
        SyncInstallation a, b;
        insertPlaces(a, 2500, QStringLiteral("A"));
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));

        sync::SyncOptions options = b.options(m_server.url(), dbName);
        options.changesLimit = 200;
        int firstPulled = 0;
        {
            sync::Replicator replicator(*b.db, syncTestSchema(), options);
            connect(&replicator, &sync::Replicator::progress, &replicator, [&](const sync::SyncProgress &p) {
                if (p.phase == QLatin1String("pull") && p.pulled >= 600)
                    replicator.cancel();
            });
            const sync::SyncReport cut = replicator.run();
            QVERIFY(!cut.ok);
            QCOMPARE(cut.error.code, QStringLiteral("sync.cancelled"));
            firstPulled = cut.pulled();
        }
        QVERIFY(firstPulled >= 600 && firstPulled < 2500);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), firstPulled);
        sync::Replicator again(*b.db, syncTestSchema(), options);
        const sync::SyncReport resumed = again.run();
        ESCALE_VERIFY_SYNC(resumed);
        QCOMPARE(resumed.pulled(), 2500 - firstPulled);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 2500);
        // The checkpoint is on both sides, in CouchDB's format.
        const QString repId = sync::Replicator::replicationId(b.db->installationId(), QStringLiteral("territory"),
                                                              m_server.url(), dbName, QStringLiteral("pull"));
        const QJsonObject remote = m_server.get(QStringLiteral("/%1/_local/%2").arg(dbName, repId)).json().object();
        QVERIFY(remote.contains(QStringLiteral("session_id")));
        QVERIFY(remote.value(QStringLiteral("history")).toArray().size() >= 2);
        QVERIFY(remote.value(QStringLiteral("history")).toArray().first().toObject().contains(QStringLiteral("recorded_seq")));
    }

    void serverThatLostEverythingGetsEverythingBack()
    {
        // A failed or forgotten checkpoint never loses data: a server emptied (restart in memory) gets
        // every document again at the next push, and nothing is pulled twice.
        const QString dbName = newDatabase();
        SyncInstallation a;
        insertPlaces(a, 50, QStringLiteral("A"));
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), dbName));
        QVERIFY(m_server.restart());
        QVERIFY(m_server.createDatabase(dbName));
        const sync::SyncReport again = a.sync(m_server.url(), dbName);
        ESCALE_VERIFY_SYNC(again);
        QCOMPARE(again.pushed(), 50);
        QCOMPARE(again.pulled(), 0);
        QCOMPARE(m_server.get(QStringLiteral("/%1").arg(dbName)).json().object().value(QStringLiteral("doc_count")).toInt(),
                 50);
    }

    void standardSchemaSyncsTheRealTablesWithoutPersonalData()
    {
        const QString territory = newDatabase();
        const QString structure = newDatabase();
        TempDatabase a, b;
        storage::RecordStore records(*a);
        const QString chequeId = QStringLiteral("cheque:aptic:7781");
        ESCALE_VERIFY_OK(records.insert(QStringLiteral("cheques"),
                                        {{QStringLiteral("id"), chequeId},
                                         {QStringLiteral("scheme_id"), QStringLiteral("aptic")},
                                         {QStringLiteral("code"), QStringLiteral("7781")},
                                         {QStringLiteral("status"), QStringLiteral("distribue")},
                                         {QStringLiteral("face_value_cents"), 1000},
                                         {QStringLiteral("beneficiary_id"), QStringLiteral("personne-42")}}));
        const QString activity = *records.insert(QStringLiteral("activities"),
                                                 {{QStringLiteral("type"), QStringLiteral("individuel")},
                                                  {QStringLiteral("date"), QStringLiteral("2026-11-20")},
                                                  {QStringLiteral("duree_minutes"), 30},
                                                  {QStringLiteral("created_at"), QStringLiteral("2026-11-20T09:00:00.000Z")},
                                                  {QStringLiteral("notes"), QStringLiteral("Mme Dupré, dossier CAF")},
                                                  {QStringLiteral("beneficiary_id"), QStringLiteral("personne-42")}});
        auto run = [&](storage::Database &db) {
            sync::SyncOptions o;
            o.client.server = m_server.url();
            o.territoryDatabase = territory;
            o.structureDatabase = structure;
            return sync::Replicator(db, sync::SyncSchema::standard(), o).run();
        };
        const sync::SyncReport pushed = run(*a);
        ESCALE_VERIFY_SYNC(pushed);
        QCOMPARE(pushed.pushed(), 2);
        const QByteArray all = m_server.get(QStringLiteral("/%1/_all_docs?include_docs=true").arg(territory)).body
            + m_server.get(QStringLiteral("/%1/_all_docs?include_docs=true").arg(structure)).body;
        QVERIFY(!all.contains("personne-42"));
        QVERIFY(!all.contains("Dupr"));
        QCOMPARE(m_server.get(QStringLiteral("/%1/activity:%2").arg(structure, activity)).status, 200);
        ESCALE_VERIFY_SYNC(run(*b));
        QSqlQuery q(b->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT status, beneficiary_id FROM cheques WHERE id = 'cheque:aptic:7781'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("distribue"));
        QCOMPARE(q.value(1).toString(), QString());
        QVERIFY(q.exec(QStringLiteral("SELECT duree_minutes, notes, type FROM activities")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 30);
        QCOMPARE(q.value(1).toString(), QString());
        QCOMPARE(q.value(2).toString(), QStringLiteral("individuel"));
    }

    void sameRevisionsAsPouchDbReplicator()
    {
        // A database with conflicts and tombstones, written by two installations…
        const QString origin = newDatabase();
        SyncInstallation a, b;
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << *a.records.insert(QStringLiteral("test_places"),
                                     {{QStringLiteral("nom"), QStringLiteral("Lieu %1 — Agde").arg(i)}, {QStringLiteral("visites"), i}});
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), origin));
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), origin));
        ESCALE_VERIFY_OK(a.records.update(QStringLiteral("test_places"), ids[0], {{QStringLiteral("nom"), QStringLiteral("Édité en A")}}));
        ESCALE_VERIFY_OK(b.records.update(QStringLiteral("test_places"), ids[0], {{QStringLiteral("nom"), QStringLiteral("Édité en B")}}));
        ESCALE_VERIFY_OK(b.records.remove(QStringLiteral("test_places"), ids[1]));
        ESCALE_VERIFY_OK(a.records.update(QStringLiteral("test_places"), ids[2], {{QStringLiteral("visites"), 99}}));
        ESCALE_VERIFY_SYNC(a.sync(m_server.url(), origin));
        ESCALE_VERIFY_SYNC(b.sync(m_server.url(), origin));

        // …replicated by PouchDB to a second database, and by Escale to a third installation.
        const QString copy = newDatabase();
        QProcess node;
        node.setWorkingDirectory(m_server.workingDirectory());
        node.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                   {QStringLiteral(ESCALE_SOURCE_DIR "/tests/integration/pouch-replicate.js"), nodeModules(),
                    m_server.url(QLatin1Char('/') + origin).toString(), m_server.url(QLatin1Char('/') + copy).toString()});
        QVERIFY(node.waitForFinished(120000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        SyncInstallation c;
        ESCALE_VERIFY_SYNC(c.sync(m_server.url(), origin));

        const QJsonArray changes = m_server.get(QStringLiteral("/%1/_changes?style=all_docs").arg(copy))
                                       .json().object().value(QStringLiteral("results")).toArray();
        QCOMPARE(changes.size(), 20);
        sync::RevisionStore store(*c.db, syncTestSchema().availableIn(*c.db));
        int conflicted = 0, deleted = 0;
        for (const QJsonValue &change : changes) {
            const QString id = change.toObject().value(QStringLiteral("id")).toString();
            const QJsonArray leaves = m_server.get(QStringLiteral("/%1/%2?open_revs=all&revs=true").arg(copy, id))
                                          .json().array();
            const QList<sync::Revision> local = store.leaves(QStringLiteral("territory"), id);
            QCOMPARE(local.size(), leaves.size());
            conflicted += leaves.size() > 1 ? 1 : 0;
            for (const QJsonValue &v : leaves) {
                QJsonObject doc = v.toObject().value(QStringLiteral("ok")).toObject();
                const QString rev = doc.value(QStringLiteral("_rev")).toString();
                auto mine = store.revision(QStringLiteral("territory"), id, rev);
                QVERIFY2(mine && mine->leaf, qPrintable(id + QLatin1Char(' ') + rev));
                QCOMPARE(mine->deleted, doc.value(QStringLiteral("_deleted")).toBool());
                deleted += mine->deleted ? 1 : 0;
                QStringList ancestry;
                for (const QJsonValue &h : doc.value(QStringLiteral("_revisions")).toObject().value(QStringLiteral("ids")).toArray())
                    ancestry << h.toString();
                QCOMPARE(store.ancestryHashes(QStringLiteral("territory"), id, rev), ancestry);
                for (const QString &k : doc.keys())
                    if (k.startsWith(QLatin1Char('_')))
                        doc.remove(k);
                QCOMPARE(mine->body, doc);
            }
        }
        QCOMPARE(conflicted, 1);
        QCOMPARE(deleted, 1);
    }

    void missingDatabaseIsAClearError()
    {
        SyncInstallation a;
        const sync::SyncReport report = a.sync(m_server.url(), QStringLiteral("nexiste-pas"));
        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("sync.not-found"));
        QVERIFY(report.error.message.contains(QStringLiteral("nexiste-pas")));
    }

private:
    QString newDatabase()
    {
        const QString name = QStringLiteral("territoire-%1").arg(++m_counter);
        if (!m_server.createDatabase(name))
            qFatal("cannot create %s", qPrintable(name));
        return name;
    }

    static void insertPlaces(SyncInstallation &side, int n, const QString &prefix)
    {
        storage::Transaction tx(*side.db);
        for (int i = 0; i < n; ++i) {
            if (!side.records.insert(QStringLiteral("test_places"),
                                     {{QStringLiteral("nom"), QStringLiteral("Lieu %1-%2 à Nîmes").arg(prefix).arg(i)},
                                      {QStringLiteral("visites"), i}}))
                qFatal("insert failed");
        }
        if (!tx.commit())
            qFatal("commit failed");
    }

    PouchServer m_server;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSyncPouchServer)
#include "TestSyncPouchServer.moc"
