// Imports every file of ../shared/data/lieux/ (real open data) and checks counts and known places.
// Skipped, with the reason printed, when ../shared/data is absent. Never prints e-mail addresses.
#include "TestSupport.h"
#include "places/OpeningHours.h"
#include "places/Place.h"
#include "places/PlaceExporter.h"
#include "places/PlaceImporter.h"
#include "places/PlaceSearch.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace escale;
using namespace escale::places;

namespace {

const QString Paca
    = QStringLiteral("lieux/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json");
const QString Bus = QStringLiteral(
    "lieux/20231003-bus-france-services-en-charente-lieux-de-mediation-numeriques-nouvelle-aquitaine.json");

int countWhere(storage::Database &db, const QString &condition)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM places WHERE deleted = 0 AND ") + condition);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestPlacesAcceptance : public QObject
{
    Q_OBJECT

private slots:
    void importsEveryFileOfSharedData()
    {
        const QString folder = test::sharedData(QStringLiteral("lieux"));
        if (folder.isEmpty())
            QSKIP("../shared/data/lieux is absent: the real places files are not on this machine.");
        test::TempDatabase db;
        PlaceImporter importer(*db);
        int total = 0;
        const QStringList files
            = QDir(folder).entryList({ QStringLiteral("*.json"), QStringLiteral("*.csv") }, QDir::Files);
        QVERIFY(files.size() >= 2);
        for (const QString &f : files) {
            auto report = importer.importFile(QDir(folder).filePath(f));
            ESCALE_VERIFY_OK(report);
            QCOMPARE(report->skipped, 0);
            total += report->added;
        }
        QCOMPARE(total, 646 + 12);
        QCOMPARE(PlaceStore(*db).count(), 658);
    }

    void pacaFile()
    {
        const QString path = test::sharedData(Paca);
        if (path.isEmpty())
            QSKIP("../shared/data is absent: the Hub du Sud file is not on this machine.");
        test::TempDatabase db;
        PlaceImporter importer(*db);
        auto report = importer.importFile(path);
        ESCALE_VERIFY_OK(report);
        QCOMPARE(report->added, 646);
        QCOMPARE(countWhere(*db, QStringLiteral("latitude IS NOT NULL AND longitude IS NOT NULL")), 642);
        // Known place: the first record of the file.
        PlaceStore store(*db);
        const QString id
            = store.findBySourceId(QStringLiteral("dora"), QStringLiteral("dora-3d647b3a-a5b6-41f8-8374-ba37c1ff1746"));
        QVERIFY(!id.isEmpty());
        auto martigues = store.find(id);
        ESCALE_VERIFY_OK(martigues);
        QCOMPARE(martigues->nom, QStringLiteral("Accueil individuel en accès libre"));
        QCOMPARE(martigues->commune, QStringLiteral("Martigues"));
        QCOMPARE(martigues->codeInsee, QStringLiteral("13056"));
        QCOMPARE(martigues->services,
            (QStringList { QStringLiteral("aide_demarches"), QStringLiteral("outils_quotidien"),
                QStringLiteral("insertion_pro") }));
        QCOMPARE(martigues->frais, QStringList { QStringLiteral("gratuit") });
        // v1 labels: CNFS and France Services became dispositifs.
        QCOMPARE(countWhere(*db, QStringLiteral("labels_nationaux <> ''")), 471);
        QVERIFY(
            countWhere(*db, QStringLiteral("dispositif_programmes_nationaux LIKE '%france_services%'")) >= 118 + 89);
        // Placeholder dates dropped.
        QCOMPARE(countWhere(*db, QStringLiteral("date_maj = '1970-01-01'")), 0);
        // The horaires of the file read as OSM opening_hours, but for the few outside the subset
        // (« Sa 17:00 », « 12:00-14:00-17:00 », « Mo 14-17;9-12 »: 7 malformed values in this file),
        // which are kept verbatim with a warning.
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT DISTINCT horaires FROM places WHERE horaires <> ''"));
        int distinct = 0;
        QStringList unread;
        while (q.next()) {
            ++distinct;
            const OpeningHours h = OpeningHours::parse(q.value(0).toString());
            if (!h.isValid())
                unread << h.text();
        }
        qInfo() << distinct << "distinct horaires," << unread.size() << "kept verbatim:" << unread;
        QVERIFY(distinct > 200);
        QCOMPARE(unread.size(), 7);
        // Re-import: nothing added, nothing duplicated.
        auto again = importer.importFile(path);
        ESCALE_VERIFY_OK(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 646);
        // Search: Martigues by commune, accent-insensitive.
        PlaceQuery query;
        query.text = QStringLiteral("MARTIGUES");
        query.limit = 1000;
        const auto hits = PlaceSearch(*db).search(query);
        QVERIFY(hits.size() >= 1);
        for (const auto &h : hits)
            QVERIFY(h.commune.contains(QStringLiteral("Martigues"), Qt::CaseInsensitive)
                || h.nom.contains(QStringLiteral("Martigues"), Qt::CaseInsensitive)
                || h.adresse.contains(QStringLiteral("Martigues"), Qt::CaseInsensitive));
        // Nearest to Marseille's Vieux-Port, with distances in order.
        PlaceQuery nearQ;
        nearQ.nearLat = 43.2951;
        nearQ.nearLon = 5.3745;
        nearQ.limit = 5;
        const auto nearest = PlaceSearch(*db).search(nearQ);
        QCOMPARE(nearest.size(), 5);
        QVERIFY(*nearest.first().distanceKm < 2.0);
        // Export round trip of the real file: same count, nothing added on re-import.
        const QString out = db.dir.filePath(QStringLiteral("paca.csv"));
        ESCALE_VERIFY_OK(PlaceExporter::write(store.all(), out, PlaceExporter::Format::Csv));
        auto roundTrip = importer.importFile(out);
        ESCALE_VERIFY_OK(roundTrip);
        QCOMPARE(roundTrip->added, 0);
        QCOMPARE(roundTrip->skipped, 0);
        QCOMPARE(PlaceStore(*db).count(), 646);
    }

    void busFile()
    {
        const QString path = test::sharedData(Bus);
        if (path.isEmpty())
            QSKIP("../shared/data is absent: the Charente bus file is not on this machine.");
        test::TempDatabase db;
        PlaceImporter importer(*db);
        auto report = importer.importFile(path);
        ESCALE_VERIFY_OK(report);
        QCOMPARE(report->added, 12);
        PlaceStore store(*db);
        const QString id = store.findBySourceId(QStringLiteral("Bus France Services en Charente"), QStringLiteral("1"));
        auto stop = store.find(id);
        ESCALE_VERIFY_OK(stop);
        QCOMPARE(stop->commune, QStringLiteral("Saint-Fraigne"));
        QCOMPARE(stop->typologie, QStringList { QStringLiteral("RFS") });
        QVERIFY(stop->acceptsPass); // APTIC
        QVERIFY(stop->autresFormationsLabels.contains(QStringLiteral("ZRR")));
        // « Mo 09:30-12:30,13:30-15:30; PH off »: open Monday 23 November 2026 at 10:00.
        const OpeningHours h = OpeningHours::parse(stop->horaires);
        QVERIFY(h.isOpenAt(QDateTime(QDate(2026, 11, 23), QTime(10, 0))));
        QVERIFY(!h.isOpenAt(QDateTime(QDate(2026, 11, 24), QTime(10, 0))));
        // Every-other-week stops parse too.
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT horaires FROM places WHERE horaires LIKE 'week%'"));
        int weekly = 0;
        while (q.next()) {
            ++weekly;
            QVERIFY(OpeningHours::parse(q.value(0).toString()).isValid());
        }
        QCOMPARE(weekly, 8);
    }
};

QTEST_GUILESS_MAIN(TestPlacesAcceptance)
#include "TestPlacesAcceptance.moc"
