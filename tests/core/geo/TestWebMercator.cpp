#include "geo/CoordinateCheck.h"
#include "geo/WebMercator.h"

#include <QTest>

using namespace escale::geo;

class TestWebMercator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsCoordinates_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<int>("zoom");
        QTest::newRow("Digne-les-Bains z12") << 44.0925 << 6.2356 << 12;
        QTest::newRow("Saint-Étienne z8") << 45.4397 << 4.3872 << 8;
        QTest::newRow("Pointe-à-Pitre z15") << 16.2411 << -61.5331 << 15;
        QTest::newRow("Nouméa z3") << -22.2758 << 166.4580 << 3;
        QTest::newRow("origine z0") << 0.0 << 0.0 << 0;
        QTest::newRow("près de l'antiméridien z19") << 64.8378 << -179.9999 << 19;
        QTest::newRow("limite nord z2") << 85.05 << 179.99 << 2;
    }
    void roundTripKeepsCoordinates()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(int, zoom);
        const QPointF px = mercator::toWorldPixels(latitude, longitude, zoom);
        QVERIFY(px.x() >= 0 && px.x() <= mercator::worldSize(zoom));
        QVERIFY(px.y() >= 0 && px.y() <= mercator::worldSize(zoom));
        double lat = 0, lon = 0;
        mercator::fromWorldPixels(px, zoom, &lat, &lon);
        QVERIFY2(std::abs(lat - latitude) < 1e-9, qPrintable(QString::number(lat, 'f', 12)));
        QVERIFY2(std::abs(lon - longitude) < 1e-9, qPrintable(QString::number(lon, 'f', 12)));
    }

    void knownTilesMatchOpenStreetMap_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<int>("zoom");
        QTest::addColumn<QPoint>("tile");
        // Reference values of the OSM wiki's slippy-map tile names (lon2tile / lat2tile).
        QTest::newRow("Paris z10") << 48.8566 << 2.3522 << 10 << QPoint(518, 352);
        QTest::newRow("Marseille z12") << 43.2965 << 5.3698 << 12 << QPoint(2109, 1500);
        QTest::newRow("monde z0") << 10.0 << 10.0 << 0 << QPoint(0, 0);
        QTest::newRow("sud-ouest z1") << -10.0 << -10.0 << 1 << QPoint(0, 1);
    }
    void knownTilesMatchOpenStreetMap()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(int, zoom);
        QFETCH(QPoint, tile);
        QCOMPARE(mercator::tileFor(latitude, longitude, zoom), tile);
    }

    void latitudeBeyondTheSquareIsClamped()
    {
        QCOMPARE(mercator::normalizedY(89.9), mercator::normalizedY(mercator::MaxLatitude));
        QCOMPARE(mercator::normalizedY(-90), mercator::normalizedY(-mercator::MaxLatitude));
        QVERIFY(std::abs(mercator::normalizedY(mercator::MaxLatitude)) < 1e-9);
    }

    void coordinateProblemsAreRecognised_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<int>("problem");
        QTest::newRow("Digne-les-Bains") << 44.0925 << 6.2356 << int(CoordinateProblem::None);
        QTest::newRow("Digne inversée") << 6.2356 << 44.0925 << int(CoordinateProblem::SwappedForFrance);
        QTest::newRow("Brest inversé") << -4.4861 << 48.3904 << int(CoordinateProblem::SwappedForFrance);
        QTest::newRow("Ajaccio inversé") << 8.7369 << 41.9192 << int(CoordinateProblem::SwappedForFrance);
        QTest::newRow("Pointe-à-Pitre") << 16.2411 << -61.5331 << int(CoordinateProblem::None);
        QTest::newRow("Saint-Denis de La Réunion") << -20.8823 << 55.4504 << int(CoordinateProblem::None);
        QTest::newRow("latitude impossible") << 144.09 << 6.23 << int(CoordinateProblem::OutOfRange);
        QTest::newRow("longitude impossible") << 44.09 << 623.5 << int(CoordinateProblem::OutOfRange);
        QTest::newRow("zéro, zéro") << 0.0 << 0.0 << int(CoordinateProblem::NullIsland);
        QTest::newRow("vide") << std::nan("") << 6.0 << int(CoordinateProblem::NotANumber);
    }
    void coordinateProblemsAreRecognised()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(int, problem);
        QCOMPARE(int(checkCoordinate(latitude, longitude)), problem);
    }

    void scaleAndDistanceAreRight()
    {
        // 156 543 m per pixel at the equator, zoom 0.
        QVERIFY(std::abs(mercator::metersPerPixel(0, 0) - 156543.03) < 0.1);
        QVERIFY(std::abs(mercator::metersPerPixel(60, 1) - 156543.03 / 4) < 0.1);
        // Digne-les-Bains → Manosque: about 46 km as the crow flies.
        const double d = mercator::distanceMeters(44.0925, 6.2356, 43.8288, 5.7864);
        QVERIFY2(d > 46000 && d < 46800, qPrintable(QString::number(d)));
        QCOMPARE(mercator::distanceMeters(44, 6, 44, 6), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestWebMercator)
#include "TestWebMercator.moc"
