#include "TestSupport.h"
#include "places/Place.h"
#include "places/PlaceImporter.h"
#include "places/PlaceSearch.h"
#include "storage/RecordStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace escale;
using namespace escale::places;

namespace {

QStringList names(const QList<PlaceHit> &hits)
{
    QStringList out;
    for (const auto &h : hits)
        out << h.nom;
    return out;
}

} // namespace

class TestPlaceSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempDatabase>();
        PlaceImporter importer(**m_db);
        for (const char *f : { "standard-v2.csv", "standard-v1.csv", "standard-v2.json", "france-services.csv" })
            ESCALE_VERIFY_OK(importer.importFile(test::testData(QStringLiteral("places/") + QString::fromLatin1(f))));
        QCOMPARE(PlaceStore(**m_db).count(), 10);
    }

    void text_data()
    {
        QTest::addColumn<bool>("indexes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        for (bool indexes : { true, false }) {
            const char *mode = indexes ? "FTS5" : "LIKE";
            const QStringList digne { QStringLiteral("Espace numérique de Dígne") };
            QTest::addRow("%s: digne", mode) << indexes << QStringLiteral("digne") << digne;
            QTest::addRow("%s: Dígne", mode) << indexes << QStringLiteral("Dígne") << digne;
            QTest::addRow("%s: préfixe « DIG »", mode) << indexes << QStringLiteral("DIG") << digne;
            QTest::addRow("%s: commune « les-bains »", mode) << indexes << QStringLiteral("les-bains") << digne;
            QTest::addRow("%s: code postal 04100", mode)
                << indexes << QStringLiteral("04100") << QStringList { QStringLiteral("Tiers-lieu « La Fabrique »") };
            QTest::addRow("%s: deux mots « mediatheque roux »", mode)
                << indexes << QStringLiteral("mediatheque roux")
                << QStringList { QStringLiteral("Médiathèque Élise Roux") };
            QTest::addRow("%s: rien", mode) << indexes << QStringLiteral("zzzz") << QStringList {};
        }
    }
    void text()
    {
        QFETCH(bool, indexes);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        PlaceSearch search(**m_db);
        search.setIndexesEnabled(indexes);
        PlaceQuery q;
        q.text = text;
        QCOMPARE(names(search.search(q)), expected);
    }

    void wholeWordsComeFirst()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        ImportRecord a, b;
        a.row = 1;
        a.fields = { { QStringLiteral("id"), QStringLiteral("a") },
            { QStringLiteral("nom"), QStringLiteral("Association du Gapeau") },
            { QStringLiteral("commune"), QStringLiteral("Solliès-Pont") },
            { QStringLiteral("source"), QStringLiteral("t") } };
        b.row = 2;
        b.fields = { { QStringLiteral("id"), QStringLiteral("b") },
            { QStringLiteral("nom"), QStringLiteral("Médiathèque") },
            { QStringLiteral("commune"), QStringLiteral("Gap") }, { QStringLiteral("source"), QStringLiteral("t") } };
        ESCALE_VERIFY_OK(importer.importRecords({ a, b }, QStringLiteral("t"), QStringLiteral("standard-json"), {}));
        for (bool indexes : { true, false }) {
            PlaceSearch search(*db);
            search.setIndexesEnabled(indexes);
            PlaceQuery q;
            q.text = QStringLiteral("gap");
            QCOMPARE(names(search.search(q)),
                (QStringList { QStringLiteral("Médiathèque"), QStringLiteral("Association du Gapeau") }));
        }
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QStringList>("typologies");
        QTest::addColumn<QStringList>("publics");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<bool>("pass");
        QTest::addColumn<int>("count");
        QTest::newRow("service par code") << QStringList { QStringLiteral("loisirs_creations") } << QStringList {}
                                          << QStringList {} << QStringList {} << false << 1;
        QTest::newRow("service par libellé") << QStringList { QStringLiteral("Loisirs et créations numériques") }
                                             << QStringList {} << QStringList {} << QStringList {} << false << 1;
        QTest::newRow("typologie France Services") << QStringList {} << QStringList { QStringLiteral("RFS") }
                                                   << QStringList {} << QStringList {} << false << 4;
        QTest::newRow("public seniors") << QStringList {} << QStringList {} << QStringList { QStringLiteral("Seniors") }
                                        << QStringList {} << false << 2;
        QTest::newRow("label CNFS (v1)") << QStringList {} << QStringList {} << QStringList {}
                                         << QStringList { QStringLiteral("Conseillers numériques") } << false << 2;
        QTest::newRow("Pass numérique") << QStringList {} << QStringList {} << QStringList {} << QStringList {} << true
                                        << 2;
    }
    void filters()
    {
        QFETCH(QStringList, services);
        QFETCH(QStringList, typologies);
        QFETCH(QStringList, publics);
        QFETCH(QStringList, labels);
        QFETCH(bool, pass);
        QFETCH(int, count);
        PlaceQuery q;
        q.services = services;
        q.typologies = typologies;
        q.publics = publics;
        q.labels = labels;
        q.acceptsPassOnly = pass;
        const auto hits = PlaceSearch(**m_db).search(q);
        QCOMPARE(hits.size(), count);
    }

    void nearest_data()
    {
        QTest::addColumn<bool>("indexes");
        QTest::addColumn<bool>("coordinateIndex");
        QTest::newRow("FTS5 + coordinate index") << true << true;
        QTest::newRow("FTS5, SQL plans") << true << false;
        QTest::newRow("LIKE + coordinate index (no FTS5)") << false << true;
        QTest::newRow("LIKE, SQL plans") << false << false;
    }
    void nearest()
    {
        QFETCH(bool, indexes);
        QFETCH(bool, coordinateIndex);
        PlaceSearch search(**m_db);
        search.setIndexesEnabled(indexes);
        search.setCoordinateIndexEnabled(coordinateIndex);
        PlaceQuery q;
        // Digne-les-Bains, place du Général de Gaulle.
        q.nearLat = 44.0930;
        q.nearLon = 6.2360;
        q.limit = 3;
        const auto hits = search.search(q);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.first().nom, QStringLiteral("Espace numérique de Dígne"));
        QVERIFY(hits.first().distanceKm.has_value());
        QVERIFY(*hits.first().distanceKm < 0.1);
        QVERIFY(*hits.at(0).distanceKm <= *hits.at(1).distanceKm);
        QVERIFY(*hits.at(1).distanceKm <= *hits.at(2).distanceKm);
        // Within 20 km only.
        q.radiusKm = 20;
        q.limit = 50;
        for (const auto &h : search.search(q))
            QVERIFY(*h.distanceKm <= 20.0);
        // Words and a point: the nearest of the matching places, in order of distance.
        PlaceQuery words;
        words.text = QStringLiteral("france services");
        words.nearLat = 44.35; // Seyne
        words.nearLon = 6.356;
        const auto fs = search.search(words);
        QCOMPARE(fs.size(), 4);
        QCOMPARE(fs.first().nom, QStringLiteral("France services de Seyne"));
        for (int i = 1; i < fs.size(); ++i)
            QVERIFY(*fs.at(i - 1).distanceKm <= *fs.at(i).distanceKm);
        words.radiusKm = 30;
        QCOMPARE(search.search(words).size(), 2); // Seyne, Barcelonnette (24 km); not Val de Durance (40 km)
        // Far away (Charente): still finds the nearest, hundreds of km off.
        PlaceQuery far;
        far.nearLat = 45.95;
        far.nearLon = 0.0;
        far.limit = 1;
        const auto farHits = search.search(far);
        QCOMPARE(farHits.size(), 1);
        QVERIFY(*farHits.first().distanceKm > 300);
    }

    void openAt_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<bool>("epnOpen");
        QTest::newRow("lundi 10:00") << QDateTime(QDate(2026, 11, 23), QTime(10, 0)) << true;
        QTest::newRow("lundi 13:00") << QDateTime(QDate(2026, 11, 23), QTime(13, 0)) << false;
        QTest::newRow("dimanche") << QDateTime(QDate(2026, 11, 29), QTime(10, 0)) << false;
        QTest::newRow("1er mai (férié)") << QDateTime(QDate(2026, 5, 1), QTime(10, 0)) << false;
    }
    void openAt()
    {
        QFETCH(QDateTime, when);
        QFETCH(bool, epnOpen);
        PlaceQuery q;
        q.text = QStringLiteral("digne");
        q.openAt = when;
        QCOMPARE(PlaceSearch(**m_db).search(q).size(), epnOpen ? 1 : 0);
    }

    // A point, with or without words: the coordinate index (ranking in memory, filters on interned
    // values; text matches or boxes over the places sorted by latitude) gives the same places, in the
    // same order, at the same distances, as the SQL plans — with FTS5 and without (LIKE) — and it
    // follows every write, of this connection or of another one.
    void coordinateIndexGivesTheSameResults_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QStringList>("typologies");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<bool>("pass");
        QTest::addColumn<double>("radiusKm"); // 0: none
        QTest::addColumn<bool>("openAt");
        QTest::addColumn<int>("limit");
        const QStringList none;
        QTest::newRow("mot seul") << QStringLiteral("espace") << none << none << none << false << 0.0 << false << 20;
        QTest::newRow("mot + service") << QStringLiteral("mediatheque") << QStringList { QStringLiteral("aide_demarches") }
                                       << none << none << false << 0.0 << false << 10;
        QTest::newRow("service absent") << QStringLiteral("mediatheque") << QStringList { QStringLiteral("parentalite") }
                                        << none << none << false << 0.0 << false << 10;
        QTest::newRow("deux mots + typologie") << QStringLiteral("lieu numer") << none
                                               << QStringList { QStringLiteral("TIERS_LIEUX") } << none << false << 0.0
                                               << false << 15;
        QTest::newRow("label, par libellé") << QStringLiteral("num") << none << none
                                            << QStringList { QStringLiteral("Conseillers numériques") } << false << 0.0
                                            << false << 30;
        QTest::newRow("Pass + rayon") << QStringLiteral("espace") << none << none << none << true << 12.0 << false << 50;
        QTest::newRow("ouvert + service") << QStringLiteral("num") << QStringList { QStringLiteral("acces_internet") }
                                          << none << none << false << 0.0 << true << 20;
        QTest::newRow("aucun résultat") << QStringLiteral("zzzz") << none << none << none << false << 0.0 << false << 20;
        QTest::newRow("sans mots") << QString() << none << none << none << false << 0.0 << false << 25;
        QTest::newRow("sans mots + service + ouvert") << QString() << QStringList { QStringLiteral("acces_internet") }
                                                      << none << none << false << 0.0 << true << 20;
        QTest::newRow("sans mots + label + rayon") << QString() << none << none
                                                   << QStringList { QStringLiteral("conseillers_numeriques") } << false
                                                   << 8.0 << false << 200;
        QTest::newRow("sans mots + Pass, peu de lieux") << QString() << none << none << none << true << 0.0 << false
                                                        << 500;
    }
    void coordinateIndexGivesTheSameResults()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, services);
        QFETCH(QStringList, typologies);
        QFETCH(QStringList, labels);
        QFETCH(bool, pass);
        QFETCH(double, radiusKm);
        QFETCH(bool, openAt);
        QFETCH(int, limit);
        test::TempDatabase db;
        const QStringList kinds { QStringLiteral("Espace numérique"), QStringLiteral("Médiathèque"),
            QStringLiteral("Tiers-lieu numérique") };
        const QStringList serviceSets { QStringLiteral("aide_demarches"), QStringLiteral("acces_internet|aide_demarches"),
            QStringLiteral("acces_internet"), QString() };
        {
            storage::Transaction tx(*db);
            for (int i = 0; i < 400; ++i) {
                Place p;
                p.nom = QStringLiteral("%1 %2").arg(kinds.at(i % 3)).arg(i);
                p.commune = i % 2 ? QStringLiteral("Digne-les-Bains") : QStringLiteral("Manosque");
                // A grid around Digne, some places sharing a point (same distance: ordered by rowid).
                p.latitude = 44.0 + (i % 20) * 0.01;
                p.longitude = 6.1 + (i / 40) * 0.02;
                p.services = splitCodes(serviceSets.at(i % 4));
                if (i % 3 == 2)
                    p.typologie = { QStringLiteral("TIERS_LIEUX") };
                if (i % 5 == 0)
                    p.dispositifs = { QStringLiteral("conseillers_numeriques") };
                p.acceptsPass = i % 7 == 0;
                p.horaires = i % 2 ? QStringLiteral("Mo-Fr 09:00-12:00") : QStringLiteral("Sa 09:00-12:00");
                if (i % 9 == 0)
                    p.latitude.reset(); // no coordinates: never in a search with a point
                ESCALE_VERIFY_OK(PlaceStore(*db).save(p));
            }
            ESCALE_VERIFY_OK(tx.commit());
        }
        PlaceQuery q;
        q.text = text;
        q.services = services;
        q.typologies = typologies;
        q.labels = labels;
        q.acceptsPassOnly = pass;
        if (radiusKm > 0)
            q.radiusKm = radiusKm;
        if (openAt)
            q.openAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0)); // a Monday
        q.limit = limit;
        q.nearLat = 44.1;
        q.nearLon = 6.2;
        PlaceSearch withIndex(*db);
        PlaceSearch textPlan(*db);
        textPlan.setCoordinateIndexEnabled(false);
        PlaceSearch likeWithIndex(*db);
        likeWithIndex.setIndexesEnabled(false);
        PlaceSearch likeSql(*db);
        likeSql.setIndexesEnabled(false);
        likeSql.setCoordinateIndexEnabled(false);
        bool same = true;
        auto compare = [&](const QList<PlaceHit> &a, const QList<PlaceHit> &b, const char *what) {
            bool equal = names(a) == names(b);
            for (int i = 0; equal && i < a.size(); ++i)
                equal = a.at(i).distanceKm == b.at(i).distanceKm && a.at(i).id == b.at(i).id;
            if (!equal)
                qWarning() << what << "coordinate index:" << names(a) << "SQL:" << names(b);
            same = same && equal;
        };
        auto search = [&]() {
            const auto a = withIndex.search(q);
            compare(a, textPlan.search(q), "FTS5");
            compare(likeWithIndex.search(q), likeSql.search(q), "LIKE");
            compare(a, likeSql.search(q), "FTS5 / LIKE");
            return a;
        };
        const auto before = search();
        QVERIFY(same);
        QVERIFY(before.size() <= limit);
        if (text == QLatin1String("zzzz") || services.contains(QLatin1String("parentalite")))
            QVERIFY(before.isEmpty());
        else
            QVERIFY(!before.isEmpty());

        // A write of this connection: a new matching place at the point itself comes first.
        Place here;
        here.nom = QStringLiteral("%1 zzzz ici").arg(text);
        here.latitude = 44.1;
        here.longitude = 6.2;
        here.services = splitCodes(services.join(QLatin1Char('|')) + QStringLiteral("|acces_internet"));
        here.typologie = typologies;
        here.dispositifs = { QStringLiteral("conseillers_numeriques") };
        here.acceptsPass = true;
        here.horaires = QStringLiteral("Mo-Fr 09:00-12:00");
        {
            storage::Transaction tx(*db);
            ESCALE_VERIFY_OK(PlaceStore(*db).save(here));
            ESCALE_VERIFY_OK(tx.commit());
        }
        const auto after = search();
        QVERIFY(same);
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.first().nom, here.nom);
        // A write of another connection (the import runs on its own): the place is moved away.
        {
            auto other = (*db).openAnother();
            ESCALE_VERIFY_OK(other);
            storage::Transaction tx(**other);
            ESCALE_VERIFY_OK(storage::RecordStore(**other).update(QStringLiteral("places"), after.first().id,
                { { QStringLiteral("latitude"), 45.5 } }));
            ESCALE_VERIFY_OK(tx.commit());
        }
        const auto moved = search();
        QVERIFY(same);
        // Still found (an update keeps the place in the text index), far away now.
        bool found = false;
        for (const PlaceHit &h : moved)
            if (h.nom == here.nom) {
                found = true;
                QVERIFY(*h.distanceKm > 100);
            }
        if (!q.radiusKm && moved.size() < limit)
            QVERIFY(found);
    }

    // A database of an earlier version (schema 11, R*Tree, FTS5 with positions and its two update
    // triggers, all created at first use): migration 0012 drops the coordinate indexes and the
    // R*Tree's triggers, the first search drops the R*Tree and makes the text index again
    // (detail=none, columnsize=0, one update trigger), and an updated place stays in the text index.
    void upgradeFromTheRtreeSchema()
    {
        QTemporaryDir dir;
        FixedClock clock(test::fixedNow());
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            storage::Database::Options old;
            old.migrateTo = 11;
            auto db = storage::Database::open(path, clock, old);
            ESCALE_VERIFY_OK(db);
            ESCALE_VERIFY_OK(PlaceImporter(**db).importFile(test::testData(QStringLiteral("places/standard-v2.csv"))));
            if (!(*db)->hasFts5())
                QSKIP("this SQLite has no FTS5");
            // As version 11 left them.
            for (const char *sql : {
                     "DROP TRIGGER places_fts_ai",
                     "DROP TRIGGER places_fts_ad",
                     "DROP TRIGGER places_fts_au",
                     "DROP TABLE places_fts",
                     "CREATE VIRTUAL TABLE places_fts USING fts5(search_text, content='places', "
                     "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
                     "CREATE TRIGGER places_fts_ai AFTER INSERT ON places WHEN new.deleted = 0 BEGIN "
                     "INSERT INTO places_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
                     "CREATE TRIGGER places_fts_ad AFTER DELETE ON places WHEN old.deleted = 0 BEGIN "
                     "INSERT INTO places_fts(places_fts, rowid, search_text) VALUES ('delete', old.rowid, "
                     "old.search_text); END",
                     "INSERT INTO places_fts(rowid, search_text) SELECT rowid, search_text FROM places "
                     "WHERE deleted = 0",
                     "CREATE TRIGGER places_fts_au_old AFTER UPDATE ON places WHEN old.deleted = 0 BEGIN "
                     "INSERT INTO places_fts(places_fts, rowid, search_text) VALUES ('delete', old.rowid, "
                     "old.search_text); END",
                     "CREATE TRIGGER places_fts_au_new AFTER UPDATE ON places WHEN new.deleted = 0 BEGIN "
                     "INSERT INTO places_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
                 })
                ESCALE_VERIFY_OK((*db)->exec(QString::fromLatin1(sql)));
            if ((*db)->hasRtree())
                for (const char *sql : {
                         "CREATE VIRTUAL TABLE places_rtree USING rtree(rid, min_lat, max_lat, min_lon, max_lon)",
                         "CREATE TRIGGER places_rtree_ai AFTER INSERT ON places BEGIN "
                         "INSERT INTO places_rtree VALUES (new.rowid, new.latitude, new.latitude, new.longitude, "
                         "new.longitude); END",
                         "INSERT INTO places_rtree SELECT rowid, latitude, latitude, longitude, longitude FROM places "
                         "WHERE latitude IS NOT NULL",
                     })
                    ESCALE_VERIFY_OK((*db)->exec(QString::fromLatin1(sql)));
        }
        auto db = storage::Database::open(path, clock);
        ESCALE_VERIFY_OK(db);
        auto count = [&](const QString &where) {
            QSqlQuery q((*db)->connection());
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE ") + where);
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(count(QStringLiteral("name IN ('places_lat', 'places_lon', 'places_code_postal', 'places_source_id', "
                                      "'places_rtree_ai')")),
            0);
        QCOMPARE(count(QStringLiteral("name = 'places_match_key'")), 1); // the one-word search walks it
        PlaceSearch search(**db);
        PlaceQuery q;
        q.text = QStringLiteral("sisteron");
        const auto hits = search.search(q);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(count(QStringLiteral("name = 'places_fts_au'")), 1);
        QCOMPARE(count(QStringLiteral("name = 'places_fts' AND sql LIKE '%detail=none, columnsize=0%'")), 1);
        QCOMPARE(count(QStringLiteral("name IN ('places_fts_au_old', 'places_fts_au_new', 'places_rtree')")), 0);
        {
            storage::Transaction tx(**db);
            ESCALE_VERIFY_OK(storage::RecordStore(**db).update(
                QStringLiteral("places"), hits.first().id, { { QStringLiteral("telephone"), QStringLiteral("+33492000000") } }));
            ESCALE_VERIFY_OK(tx.commit());
        }
        QCOMPARE(search.search(q).size(), 1);
        PlaceQuery nearQ;
        nearQ.nearLat = 44.195;
        nearQ.nearLon = 5.944;
        nearQ.limit = 1;
        QCOMPARE(search.search(nearQ).size(), 1);
    }

    void deletedPlacesAreNotFound()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        ESCALE_VERIFY_OK(importer.importFile(test::testData(QStringLiteral("places/standard-v2.csv"))));
        PlaceSearch search(*db);
        PlaceQuery q;
        q.text = QStringLiteral("sisteron");
        const auto hits = search.search(q);
        QCOMPARE(hits.size(), 1);
        {
            storage::Transaction tx(*db);
            ESCALE_VERIFY_OK(PlaceStore(*db).remove(hits.first().id));
            ESCALE_VERIFY_OK(tx.commit());
        }
        QCOMPARE(search.search(q).size(), 0);
        q.text.clear();
        q.nearLat = 44.195;
        q.nearLon = 5.944;
        q.radiusKm = 1;
        QCOMPARE(search.search(q).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlaceSearch)
#include "TestPlaceSearch.moc"
