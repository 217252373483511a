// Where the structure is, found offline (core/structure/StructureLocation.h), with the real PACA places
// register and the IGN communes of ../shared/data.
#include "TestSupport.h"

#include "geo/VectorLayerStore.h"
#include "geo/WebMercator.h"
#include "places/PlaceImporter.h"
#include "structure/StructureLocation.h"

using namespace escale;
using structure::LocatedPoint;

namespace {

const char *const Paca = "lieux/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json";
const char *const Communes = "geo/communes-provence-alpes-cote-d-azur.geojson";

double km(const LocatedPoint &p, double lat, double lon)
{
    return geo::mercator::distanceMeters(p.latitude, p.longitude, lat, lon) / 1000.0;
}

structure::StructureProfile profile(const QString &nom, const QString &commune, const QString &cp)
{
    structure::StructureProfile p;
    p.nom = nom;
    p.adresse = QStringLiteral("1 rue de la Mairie");
    p.commune = commune;
    p.codePostal = cp;
    return p;
}

} // namespace

class TestStructureLocation : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        const QString places = test::sharedData(QString::fromLatin1(Paca));
        const QString communes = test::sharedData(QString::fromLatin1(Communes));
        if (places.isEmpty() || communes.isEmpty())
            QSKIP("../shared/data is not there");
        m_db = std::make_unique<test::TempDatabase>();
        ESCALE_VERIFY_OK(places::PlaceImporter(**m_db).importFile(places));
        ESCALE_VERIFY_OK(geo::VectorLayerStore(**m_db).importGeoJson(communes));
    }

    // Digne-les-Bains: the place of the same name, else the middle of the town's places, else the
    // commune's outline; never somewhere else.
    void suggestPosition_data()
    {
        QTest::addColumn<QString>("nom");
        QTest::addColumn<QString>("commune");
        QTest::addColumn<QString>("cp");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("label");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("withinKm");
        const int same = int(LocatedPoint::Source::SamePlace);
        const int town = int(LocatedPoint::Source::CommunePlaces);
        const int layer = int(LocatedPoint::Source::CommuneLayer);
        // France Services Digne-les-Bains is at 44.093933, 6.230555 in the file.
        QTest::newRow("same name, same commune") << "France Services Digne-les-Bains" << "Digne-les-Bains" << "04000"
                                                 << same << "France Services Digne-les-Bains" << 44.093933 << 6.230555
                                                 << 0.001;
        QTest::newRow("same name, other case and accents")
            << "FRANCE SERVICES DIGNE LES BAINS" << "Dígne-les-Bains" << "" << same
            << "France Services Digne-les-Bains" << 44.093933 << 6.230555 << 0.001;
        QTest::newRow("the beginning of its name") // at 44.091687, 6.234144 in the file
            << "Médiathèque François-Mitterrand" << "Digne-les-Bains" << "04000" << same
            << "Médiathèque François-Mitterrand PAA (Provence Alpes Agglomération)" << 44.091687 << 6.234144 << 0.001;
        QTest::newRow("a new place in Digne") << "Espace numérique de la gare" << "Digne-les-Bains" << "04000" << town
                                              << "Digne-les-Bains" << 44.092 << 6.234 << 1.0;
        QTest::newRow("the postcode when the commune is misspelt")
            << "Espace numérique de la gare" << "Dignes" << "04000" << town << "Dignes" << 44.092 << 6.234 << 1.0;
        QTest::newRow("a village without places: its outline") << "Point numérique" << "Marcoux" << "04420"
                                                               << layer << "Marcoux" << 44.12 << 6.28 << 6.0;
    }
    void suggestPosition()
    {
        QFETCH(QString, nom);
        QFETCH(QString, commune);
        QFETCH(QString, cp);
        QFETCH(int, source);
        QFETCH(QString, label);
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, withinKm);
        const auto p = structure::suggestPosition(**m_db, profile(nom, commune, cp));
        QVERIFY(p);
        QCOMPARE(int(p->source), source);
        QCOMPARE(p->label, label);
        QVERIFY2(km(*p, lat, lon) <= withinKm, qPrintable(QStringLiteral("%1 km away").arg(km(*p, lat, lon))));
        QVERIFY(!p->describe().isEmpty());
    }

    void unknownCommuneGivesNothing()
    {
        QVERIFY(!structure::suggestPosition(**m_db, profile(QStringLiteral("EPN"), QStringLiteral("Nulle-part"), {})));
        QVERIFY(!structure::locateCommune(**m_db, QStringLiteral("Angoulême"))); // not in PACA
        QVERIFY(structure::locateCommune(**m_db, QStringLiteral("04113"))); // Marcoux by its INSEE code
    }

    // The origin of « nearest »: the saved coordinates, else the suggestion; nothing before the
    // first-run assistant.
    void structureOrigin()
    {
        QVERIFY(!structure::structureOrigin(**m_db));
        structure::StructureStore store(**m_db);
        structure::StructureProfile p = profile(QStringLiteral("Espace numérique de la gare"),
                                                QStringLiteral("Digne-les-Bains"), QStringLiteral("04000"));
        ESCALE_VERIFY_OK(store.save(p));
        auto origin = structure::structureOrigin(**m_db);
        QVERIFY(origin);
        QCOMPARE(origin->source, LocatedPoint::Source::CommunePlaces);
        QVERIFY(km(*origin, 44.092, 6.234) < 1.0);
        p = *store.profile();
        p.latitude = 44.0950;
        p.longitude = 6.2400;
        ESCALE_VERIFY_OK(store.save(p));
        origin = structure::structureOrigin(**m_db);
        QVERIFY(origin);
        QCOMPARE(origin->source, LocatedPoint::Source::Profile);
        QCOMPARE(origin->latitude, 44.0950);
        QCOMPARE(origin->longitude, 6.2400);
    }
};

QTEST_GUILESS_MAIN(TestStructureLocation)
#include "TestStructureLocation.moc"
