#include "TestSupport.h"
#include "places/Place.h"
#include "places/PlaceImporter.h"
#include "places/PlaceSearch.h"
#include "storage/RecordStore.h"

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
        QTest::addColumn<int>("textPlanMax");
        QTest::addColumn<bool>("coordinateIndex");
        QTest::newRow("R*Tree, words: coordinate index") << true << PlaceSearch::DefaultTextPlanMaxMatches << true;
        QTest::newRow("R*Tree, words: plan by match count") << true << PlaceSearch::DefaultTextPlanMaxMatches << false;
        QTest::newRow("R*Tree, words: text index") << true << 1000 << false;
        QTest::newRow("R*Tree, words: boxes") << true << 0 << false;
        QTest::newRow("R*Tree, words: boxes (2 matches or more)") << true << 1 << false;
        QTest::newRow("bounding box") << false << 0 << false;
    }
    void nearest()
    {
        QFETCH(bool, indexes);
        QFETCH(int, textPlanMax);
        QFETCH(bool, coordinateIndex);
        PlaceSearch search(**m_db);
        search.setIndexesEnabled(indexes);
        search.setTextPlanMaxMatches(textPlanMax);
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

    // Words and a point: the coordinate index (ranking in memory, filters on interned values) gives
    // the same places, in the same order, at the same distances, as the text-index plan; and it
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
        textPlan.setTextPlanMaxMatches(1000000);
        bool same = true;
        auto search = [&]() {
            const auto a = withIndex.search(q);
            const auto b = textPlan.search(q);
            bool equal = names(a) == names(b);
            for (int i = 0; equal && i < a.size(); ++i)
                equal = a.at(i).distanceKm == b.at(i).distanceKm;
            if (!equal)
                qWarning() << "coordinate index:" << names(a) << "text index:" << names(b);
            same = same && equal;
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
        QVERIFY(moved.isEmpty() || moved.first().nom != here.nom || *moved.first().distanceKm > 100);
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
