#include "DigneFixture.h"
#include "TestSupport.h"

#include "orientation/OfficeFinder.h"
#include "geo/WebMercator.h"
#include "places/Place.h"
#include "places/PlaceImporter.h"
#include "places/PlaceSearch.h"
#include "structure/StructureLocation.h"

using namespace escale;
using namespace escale::orientation;

// The nearest offices come from the Places register: by typologie, sorted by distance, with the
// opening described at the given time.
class TestOfficeFinder : public QObject
{
    Q_OBJECT

    static void addPlace(storage::Database &db, const QString &nom, const QString &typologie, const QString &commune,
                         const QString &cp, double lat, double lon, const QString &horaires)
    {
        places::Place p;
        p.nom = nom;
        p.typologie = {typologie};
        p.commune = commune;
        p.codePostal = cp;
        p.adresse = QStringLiteral("1 place de la Mairie");
        p.latitude = lat;
        p.longitude = lon;
        p.horaires = horaires;
        storage::Transaction t(db);
        QVERIFY(places::PlaceStore(db).save(p).ok());
        QVERIFY(t.commit().ok());
    }

private slots:
    void nearestOfTheRightKindFirst()
    {
        test::TempDatabase db;
        addPlace(*db, QStringLiteral("CAF de Digne-les-Bains"), QStringLiteral("CAF"), QStringLiteral("Digne-les-Bains"),
                 QStringLiteral("04000"), 44.092, 6.236, QStringLiteral("Mo-Fr 08:30-12:00"));
        addPlace(*db, QStringLiteral("CAF de Gap"), QStringLiteral("CAF"), QStringLiteral("Gap"), QStringLiteral("05000"),
                 44.559, 6.079, QStringLiteral("Mo-Fr 13:30-16:30"));
        addPlace(*db, QStringLiteral("France Services de Sisteron"), QStringLiteral("RFS"), QStringLiteral("Sisteron"),
                 QStringLiteral("04200"), 44.195, 5.944, QStringLiteral("Mo-Sa 09:00-12:00"));
        QVERIFY(places::PlaceSearch::rebuildIndexes(*db).ok());

        PlaceOfficeFinder finder(*db);
        OfficeQuery q;
        q.typologies = {QStringLiteral("CAF")};
        q.latitude = 44.19; // Sisteron
        q.longitude = 5.94;
        q.at = QDateTime(QDate(2026, 11, 23), QTime(10, 0)); // a Monday morning
        const QList<SuggestedOffice> offices = finder.nearest(q);
        QCOMPARE(offices.size(), 2);
        QCOMPARE(offices.at(0).nom, QStringLiteral("CAF de Digne-les-Bains"));
        QVERIFY(offices.at(0).distanceKm && *offices.at(0).distanceKm < offices.at(1).distanceKm.value_or(0));
        QCOMPARE(offices.at(0).openNow, std::optional<bool>(true));
        QCOMPARE(offices.at(1).openNow, std::optional<bool>(false));
        QVERIFY(!offices.at(1).openingStatus.isEmpty());
        QCOMPARE(offices.at(0).fullAddress(), QStringLiteral("1 place de la Mairie, 04000 Digne-les-Bains"));

        const auto sisteron = finder.locate(QStringLiteral("Sisteron"));
        QVERIFY(sisteron);
        QCOMPARE(sisteron->first, 44.195);
        QVERIFY(finder.locate(QStringLiteral("04200")));
        QVERIFY(!finder.locate(QStringLiteral("Marseille")));
    }

    void kindByNameForPlacesWithoutTypologie_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("France Services") << "France Services Digne-les-Bains" << QStringList{"RFS"};
        QTest::newRow("lower case, no accent") << "france services laragne monteglin" << QStringList{"RFS"};
        QTest::newRow("mairie") << "Mairie de Mézel" << QStringList{"MUNI"};
        QTest::newRow("mission locale") << "Mission Locale Antenne de Digne-les-Bains" << QStringList{"ML"};
        QTest::newRow("médiathèque") << "Médiathèque François-Mitterrand" << QStringList{"BIB"};
        QTest::newRow("word inside another") << "Cafétéria du port" << QStringList{};
        QTest::newRow("nothing said") << "Lumen" << QStringList{};
    }
    void kindByNameForPlacesWithoutTypologie()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, kinds);
        QCOMPARE(typologiesFromName(name), kinds);
    }

    // The real register of Provence-Alpes-Côte d'Azur (no typologie at all): a structure of
    // Digne-les-Bains, without coordinates, is sent to Digne's France Services first, then to places of
    // Digne or nearby — never 100 km away.
    void digneStructureGetsDignePlacesFirst()
    {
        const QString file = test::pacaPlacesFile();
        if (file.isEmpty())
            QSKIP("../shared/data is not there");
        test::TempDatabase db;
        ESCALE_VERIFY_OK(places::PlaceImporter(*db).importFile(file));
        structure::StructureProfile profile = test::digneStructureWithoutCoordinates();
        ESCALE_VERIFY_OK(structure::StructureStore(*db).save(profile));
        const auto origin = structure::structureOrigin(*db);
        QVERIFY(origin);

        PlaceOfficeFinder finder(*db);
        OfficeQuery q;
        q.typologies = {QStringLiteral("CAF"), QStringLiteral("MSA"), QStringLiteral("RFS")}; // family allowances
        q.services = {QStringLiteral("aide_demarches")};
        q.latitude = origin->latitude;
        q.longitude = origin->longitude;
        q.limit = 3;
        const QList<SuggestedOffice> offices = finder.nearest(q);
        QCOMPARE(offices.size(), 3);
        QCOMPARE(offices.at(0).nom, QStringLiteral("France Services Digne-les-Bains"));
        QCOMPARE(offices.at(0).match, SuggestedOffice::Match::Name);
        QVERIFY(*offices.at(0).distanceKm < 1.0);
        for (const SuggestedOffice &o : offices)
            qInfo("%s — %s — %.1f km", qPrintable(o.nom), qPrintable(o.commune), o.distanceKm.value_or(-1));
        for (const SuggestedOffice &o : offices)
            QVERIFY2(o.distanceKm && *o.distanceKm < 50.0, qPrintable(o.nom));
        // Typed by the visitor: the commune is found in the register.
        const auto typed = finder.locate(QStringLiteral("Digne-les-Bains"));
        QVERIFY(typed);
        QVERIFY(geo::mercator::distanceMeters(typed->first, typed->second, 44.092, 6.234) < 1000);
    }
};

QTEST_GUILESS_MAIN(TestOfficeFinder)
#include "TestOfficeFinder.moc"
