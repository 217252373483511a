// A cyberbus day, end to end against a real CouchDB-compatible server (pouchdb-server, PouchServer.h):
// the tour is imported at the office, the bus leaves with no network, sync is attempted and fails
// calmly (nothing lost, a pending count), records are made at two stops, then in the evening the
// server is reachable: the day is pushed (tour and stops to the territory database, activities and
// the orientation to the structure database, each with its stop), nothing personal leaves, and a
// second device pulling gets the tour.
#include "PouchServer.h"
#include "TestSupport.h"

#include "activity/Activity.h"
#include "activity/Beneficiary.h"
#include "cheques/ChequeRegister.h"
#include "itinerant/CurrentStop.h"
#include "itinerant/TourImport.h"
#include "itinerant/TourStore.h"
#include "orientation/OrientationStore.h"
#include "structure/StructureProfile.h"
#include "sync/Replicator.h"
#include "sync/SyncSchema.h"
#include "sync/SyncState.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace escale;
using namespace escale::test;

namespace {

const QString kTerritory = QStringLiteral("territoire-charente");
const QString kStructure = QStringLiteral("structure-bus-ruffecois");

QDateTime paris(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Paris")).toUTC();
}

sync::SyncReport syncTo(storage::Database &db, const QUrl &server)
{
    sync::SyncOptions o;
    o.client.server = server;
    o.client.timeoutMs = 20000;
    o.client.backoffMs = 20;
    o.territoryDatabase = kTerritory;
    o.structureDatabase = kStructure;
    sync::Replicator replicator(db, sync::SyncSchema::standard(), o);
    const sync::SyncReport report = replicator.run();
    if (Status s = sync::SyncState(db).record(report); !s)
        qWarning("sync state not recorded: %s", qPrintable(s.errorMessage()));
    return report;
}

QList<QJsonObject> documents(PouchServer &server, const QString &database)
{
    QList<QJsonObject> docs;
    const QJsonArray rows = server.get(QStringLiteral("/%1/_all_docs?include_docs=true").arg(database))
                                .json()
                                .object()
                                .value(QStringLiteral("rows"))
                                .toArray();
    for (const QJsonValue &row : rows) {
        const QJsonObject doc = row.toObject().value(QStringLiteral("doc")).toObject();
        if (!doc.value(QStringLiteral("_id")).toString().startsWith(QLatin1String("_design/")))
            docs << doc;
    }
    return docs;
}

QList<QJsonObject> ofType(const QList<QJsonObject> &docs, const QString &type)
{
    QList<QJsonObject> result;
    for (const QJsonObject &d : docs)
        if (d.value(QStringLiteral("type")).toString() == type)
            result << d;
    return result;
}

bool hasColumn(storage::Database &db, const QString &table, const QString &column)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = '%2'").arg(table, column));
    return q.next();
}

} // namespace

class TestItinerantDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_server.start())
            QSKIP(qPrintable(m_server.skipReason()));
        QVERIFY(m_server.createDatabase(kTerritory));
        QVERIFY(m_server.createDatabase(kStructure));
    }

    void offlineDayRecordedThenSyncedInTheEvening()
    {
        // The office, Saturday 21 November 2026: the structure and its tour, imported from the bus's file.
        TempDatabase bus(paris(2026, 11, 21, 10));
        structure::StructureProfile profile;
        profile.nom = QStringLiteral("France Services du Ruffécois");
        profile.adresse = QStringLiteral("2 place d'Armes");
        profile.commune = QStringLiteral("Ruffec");
        profile.codePostal = QStringLiteral("16700");
        profile.pivot = QStringLiteral("21160292100015");
        profile.itinerant = true;
        profile.acceptePassNumerique = true;
        ESCALE_VERIFY_OK(structure::StructureStore(*bus).completeFirstRun(profile, QStringLiteral("Amélie Côté")));
        auto imported = itinerant::TourImport(*bus).fromFile(testData(QStringLiteral("itinerant/bus-small.json")));
        ESCALE_VERIFY_OK(imported);
        QCOMPARE(imported->added, 7);
        itinerant::TourStore tours(*bus);
        const itinerant::Tour tour = tours.tours().first();

        // Tuesday 8 December 2026 (the 2nd Tuesday of the month), 08:00: the bus leaves, no network.
        bus.clock.set(paris(2026, 12, 8, 8));
        const QList<itinerant::Visit> day = tours.daySchedule(tour.id);
        QCOMPARE(day.size(), 2);
        const itinerant::Stop tusson = day.at(0).stop;
        const itinerant::Stop charme = day.at(1).stop;
        QCOMPARE(tusson.commune, QStringLiteral("Tusson"));
        QCOMPARE(charme.commune, QStringLiteral("Charmé"));

        // Sync is attempted against a server nobody answers: it fails with a reason, quickly, and keeps
        // everything pending.
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(freeLocalPort()));
        const sync::SyncSchema schema = sync::SyncSchema::standard();
        const int pendingAtDeparture = sync::SyncState(*bus).pendingChanges(schema);
        QVERIFY2(
            pendingAtDeparture >= 1 + 7 + 8, qPrintable(QString::number(pendingAtDeparture))); // tour, stops, places
        QElapsedTimer timer;
        timer.start();
        const sync::SyncReport morning = syncTo(*bus, nowhere);
        QVERIFY(!morning.ok);
        QCOMPARE(morning.error.code, QStringLiteral("sync.unreachable"));
        QVERIFY(!morning.error.message.isEmpty());
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(morning.pushed(), 0);
        QCOMPARE(sync::SyncState(*bus).pendingChanges(schema), pendingAtDeparture);
        QCOMPARE(sync::SyncState(*bus).lastErrorCode(), QStringLiteral("sync.unreachable"));
        QVERIFY(sync::SyncState(*bus).lastSuccess().isEmpty());

        // 09:40 at Tusson, chosen by hand: an accompaniment of a named person, an orientation, a cheque.
        itinerant::CurrentStop current;
        bus.clock.set(paris(2026, 12, 8, 9, 40));
        current.setManual(tusson, bus.clock.nowUtc());
        activity::Beneficiary person;
        person.prenom = QStringLiteral("Jeanne");
        person.nom = QStringLiteral("Vérondeau");
        person.commune = QStringLiteral("Tusson");
        const QString personId = *activity::BeneficiaryStore(*bus).create(person);
        activity::ActivityStore activities(*bus);
        activity::Activity a;
        a.date = bus.clock.today();
        a.dureeMinutes = 45;
        a.lieuKind = activity::lieu::Stop;
        a.lieuId = current.stopId();
        a.lieuLabel = current.label();
        a.thematiques = { QStringLiteral("email") };
        a.materiel = { QStringLiteral("ordinateur") };
        a.beneficiaryId = personId;
        a.notes = QStringLiteral("Mme Vérondeau, dossier CAF");
        auto atTusson = activities.create(a);
        ESCALE_VERIFY_OK(atTusson);

        const bool stopsInRecords = hasColumn(*bus, QStringLiteral("orientations"), QStringLiteral("stop_id"))
            && hasColumn(*bus, QStringLiteral("cheques"), QStringLiteral("redeemed_stop_id"));
        QString orientationId, chequeDocId;
        if (stopsInRecords) {
            orientation::OrientationRecord o;
            o.treeId = QStringLiteral("caf");
            o.treeVersion = QStringLiteral("1");
            o.outcomes = { QStringLiteral("prime-activite") };
            o.beneficiaryId = personId;
            o.activityId = *atTusson;
            o.stopId = current.stopId();
            o.answers = QJsonObject { { QStringLiteral("prenom"), QStringLiteral("Jeanne") } };
            auto recorded = orientation::OrientationStore(*bus).record(o);
            ESCALE_VERIFY_OK(recorded);
            orientationId = *recorded;

            cheques::ChequeRegister cheques(*bus);
            cheques::ReceiveRequest booklet;
            booklet.schemeId = QStringLiteral("aptic");
            booklet.rangeFirst = QStringLiteral("16000001");
            booklet.rangeLast = QStringLiteral("16000005");
            ESCALE_VERIFY_OK(cheques.receive(booklet));
            chequeDocId = cheques::chequeId(QStringLiteral("aptic"), QStringLiteral("16000002"));
            ESCALE_VERIFY_OK(
                cheques.handOut({ chequeDocId }, personId, QStringLiteral("CCAS de Tusson"), current.stopId()));
        } else {
            qInfo("orientations.stop_id / cheques.redeemed_stop_id are not there yet: activities only");
        }

        // 14:20 at Charmé: a workshop of four, and the cheque handed out this morning comes back.
        bus.clock.set(paris(2026, 12, 8, 14, 20));
        current.setManual(charme, bus.clock.nowUtc());
        activity::Activity workshop;
        workshop.type = QStringLiteral("collectif");
        workshop.date = bus.clock.today();
        workshop.dureeMinutes = 90;
        workshop.lieuKind = activity::lieu::Stop;
        workshop.lieuId = current.stopId();
        workshop.lieuLabel = current.label();
        workshop.thematiques = { QStringLiteral("securite_numerique") };
        workshop.materiel = { QStringLiteral("ordinateur") };
        workshop.niveau = QStringLiteral("debutant");
        workshop.anonymousParticipants = 4;
        auto atCharme = activities.create(workshop);
        ESCALE_VERIFY_OK(atCharme);
        if (stopsInRecords) {
            cheques::RedeemOptions options;
            options.schemeId = QStringLiteral("aptic");
            options.stopId = current.stopId();
            const cheques::ScanResult r = cheques::ChequeRegister(*bus).redeem(QStringLiteral("16000002"), options);
            QVERIFY2(r.outcome == cheques::ScanOutcome::Redeemed, qPrintable(r.message));
        }

        // 16:45: still no network. Another attempt, another calm failure; the day is all there.
        bus.clock.set(paris(2026, 12, 8, 16, 45));
        const int pendingAfterDay = sync::SyncState(*bus).pendingChanges(schema);
        QVERIFY(pendingAfterDay >= pendingAtDeparture + 2);
        QVERIFY(!syncTo(*bus, nowhere).ok);
        QCOMPARE(sync::SyncState(*bus).pendingChanges(schema), pendingAfterDay);
        QCOMPARE(activities.list({}).size(), 2);

        // 19:00, back at the office: the server answers; the day goes up.
        bus.clock.set(paris(2026, 12, 8, 19));
        const sync::SyncReport evening = syncTo(*bus, m_server.url());
        if (!evening.ok)
            QFAIL(qPrintable(evening.error.code + QStringLiteral(": ") + evening.error.message));
        QVERIFY2(evening.pushed() >= pendingAfterDay,
            qPrintable(QStringLiteral("%1 pushed, %2 pending").arg(evening.pushed()).arg(pendingAfterDay)));
        QCOMPARE(sync::SyncState(*bus).pendingChanges(schema), 0);
        QVERIFY(!sync::SyncState(*bus).lastSuccess().isEmpty());
        qInfo("pending at departure %d, after the day %d; evening sync pushed %d documents in %lld ms",
            pendingAtDeparture, pendingAfterDay, evening.pushed(), evening.elapsedMs);

        // The territory database: the tour and its 7 stops, with their points and hours.
        const QList<QJsonObject> territory = documents(m_server, kTerritory);
        const QList<QJsonObject> tourDocs = ofType(territory, QStringLiteral("itinerant_tour"));
        QCOMPARE(tourDocs.size(), 1);
        QCOMPARE(tourDocs.first().value(QStringLiteral("name")).toString(), tour.name);
        const QList<QJsonObject> stopDocs = ofType(territory, QStringLiteral("itinerant_stop"));
        QCOMPARE(stopDocs.size(), 7);
        bool tussonFound = false;
        for (const QJsonObject &s : stopDocs) {
            QCOMPARE(s.value(QStringLiteral("tour_id")).toString(), tour.id);
            if (s.value(QStringLiteral("_id")).toString().endsWith(tusson.id)) {
                tussonFound = true;
                QCOMPARE(s.value(QStringLiteral("commune")).toString(), QStringLiteral("Tusson"));
                QCOMPARE(s.value(QStringLiteral("start_time")).toString(), QStringLiteral("09:00"));
                QCOMPARE(s.value(QStringLiteral("latitude")).toDouble(), 45.932439);
            }
        }
        QVERIFY(tussonFound);

        // The structure database: the two activities, each with its stop.
        const QList<QJsonObject> structureDocs = documents(m_server, kStructure);
        const QList<QJsonObject> activityDocs = ofType(structureDocs, QStringLiteral("activity"));
        QCOMPARE(activityDocs.size(), 2);
        QSet<QString> stopsOfActivities;
        for (const QJsonObject &d : activityDocs) {
            QCOMPARE(d.value(QStringLiteral("lieu_kind")).toString(), QStringLiteral("stop"));
            stopsOfActivities << d.value(QStringLiteral("lieu_id")).toString();
        }
        QCOMPARE(stopsOfActivities, (QSet<QString> { tusson.id, charme.id }));
        if (stopsInRecords) {
            const QList<QJsonObject> orientations = ofType(structureDocs, QStringLiteral("orientation"));
            QCOMPARE(orientations.size(), 1);
            QCOMPARE(orientations.first().value(QStringLiteral("stop_id")).toString(), tusson.id);
            const QJsonObject cheque
                = m_server.get(QStringLiteral("/%1/%2").arg(kTerritory, chequeDocId)).json().object();
            QCOMPARE(cheque.value(QStringLiteral("status")).toString(), QStringLiteral("encaisse"));
            QCOMPARE(cheque.value(QStringLiteral("distributed_stop_id")).toString(), tusson.id);
            QCOMPARE(cheque.value(QStringLiteral("redeemed_stop_id")).toString(), charme.id);
        }

        // Nothing personal left the bus: no name, no beneficiary id, no notes, no answers.
        const QByteArray everything
            = m_server.get(QStringLiteral("/%1/_all_docs?include_docs=true").arg(kTerritory)).body
            + m_server.get(QStringLiteral("/%1/_all_docs?include_docs=true").arg(kStructure)).body;
        for (const QByteArray &secret :
            { QByteArray("Jeanne"), QByteArray("rondeau"), personId.toUtf8(), QByteArray("dossier CAF") })
            QVERIFY2(!everything.contains(secret), secret.constData());

        // A second device of the structure pulls the day: it gets the tour, its stops and its schedule.
        TempDatabase office(paris(2026, 12, 8, 19, 30));
        const sync::SyncReport pulled = syncTo(*office, m_server.url());
        if (!pulled.ok)
            QFAIL(qPrintable(pulled.error.code + QStringLiteral(": ") + pulled.error.message));
        itinerant::TourStore officeTours(*office);
        QCOMPARE(officeTours.tours().size(), 1);
        QCOMPARE(officeTours.tours().first().id, tour.id);
        QCOMPARE(officeTours.stops(tour.id).size(), 7);
        const QList<itinerant::Visit> officeDay = officeTours.daySchedule(tour.id);
        QCOMPARE(officeDay.size(), 2);
        QCOMPARE(officeDay.first().stop.id, tusson.id);
        QCOMPARE(*officeDay.first().stop.latitude, *tusson.latitude);
        QCOMPARE(activity::ActivityStore(*office).list({}).size(), 2);
        QCOMPARE(activity::ActivityStore(*office).find(*atCharme)->lieuId, charme.id);
        QVERIFY(activity::ActivityStore(*office).find(*atTusson)->beneficiaryId.isEmpty());
    }

private:
    PouchServer m_server;
};

QTEST_MAIN(TestItinerantDay)
#include "TestItinerantDay.moc"
