#include "geo/GeoJsonReader.h"

#include "TestSupport.h"

#include <QTest>

using namespace escale;
using namespace escale::geo;

class TestGeoJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryGeometryType_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("features");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QString>("name");

        QTest::newRow("Point") << QByteArray(R"({"type":"Feature","properties":{"nom":"Médiathèque"},
            "geometry":{"type":"Point","coordinates":[6.2356,44.0925]}})")
                               << 1 << int(GeometryKind::Point) << 1 << QStringLiteral("Médiathèque");
        QTest::newRow("LineString") << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"name":"Ligne de bus Digne–Sisteron"},"geometry":{"type":"LineString",
            "coordinates":[[6.23,44.09],[5.94,44.19],[5.90,44.20]]}}]})")
                                    << 1 << int(GeometryKind::Line) << 1
                                    << QStringLiteral("Ligne de bus Digne–Sisteron");
        QTest::newRow("Polygon with a hole")
            << QByteArray(R"({"type":"Feature","properties":{"nom":"Alpes-de-Haute-Provence","code":"04"},
            "geometry":{"type":"Polygon","coordinates":[[[5.5,43.7],[6.9,43.7],[6.9,44.7],[5.5,44.7],[5.5,43.7]],
            [[6.0,44.0],[6.1,44.0],[6.1,44.1],[6.0,44.0]]]}})")
            << 1 << int(GeometryKind::Area) << 2 << QStringLiteral("Alpes-de-Haute-Provence");
        QTest::newRow("MultiPolygon") << QByteArray(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"nom":"Îles d’Hyères"},"geometry":{"type":"MultiPolygon","coordinates":[
            [[[6.2,43.0],[6.3,43.0],[6.3,43.05],[6.2,43.0]]],[[[6.35,43.0],[6.45,43.0],[6.45,43.05],[6.35,43.0]]]]}},
            {"type":"Feature","properties":{"nom":"Sans géométrie"},"geometry":null}]})")
                                      << 1 << int(GeometryKind::Area) << 2 << QStringLiteral("Îles d’Hyères");
        QTest::newRow("bare geometry") << QByteArray(
            R"({"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8]]]})")
                                       << 1 << int(GeometryKind::Line) << 2 << QString();
    }
    void readsEveryGeometryType()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, features);
        QFETCH(int, kind);
        QFETCH(int, parts);
        QFETCH(QString, name);
        auto result = GeoJsonReader::parse(json, QStringLiteral("couche.geojson"));
        ESCALE_VERIFY_OK(result);
        QCOMPARE(result->size(), features);
        const Feature &f = result->features.first();
        QCOMPARE(int(f.kind), kind);
        QCOMPARE(f.parts.size(), parts);
        QCOMPARE(f.projected.size(), parts);
        QCOMPARE(f.name(), name);
        QVERIFY(f.projectedBounds.left() >= 0 && f.projectedBounds.right() <= 1);
    }

    void badInputIsRefusedWithFileAndPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("tronqué") << QByteArray("{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":\"Feature\","
                                               "\"geometry\":{\"type\":\"Point\",\"coor")
                                 << QStringLiteral("geo.geojson.syntax")
                                 << QStringList { QStringLiteral("départements.geojson"), QStringLiteral("line 2"),
                                        QStringLiteral("truncated") };
        QTest::newRow("vide") << QByteArray("  \n") << QStringLiteral("geo.geojson.empty")
                              << QStringList { QStringLiteral("départements.geojson") };
        QTest::newRow("pas du GeoJSON") << QByteArray(R"({"type":"Topology","objects":{}})")
                                        << QStringLiteral("geo.geojson.type")
                                        << QStringList { QStringLiteral("Topology") };
        QTest::newRow("tableau") << QByteArray("[1,2,3]") << QStringLiteral("geo.geojson.type") << QStringList {};
        QTest::newRow("latitude hors limites")
            << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nom":"Gap"},
                "geometry":{"type":"Point","coordinates":[6.07,44.55]}},{"type":"Feature","properties":{"nom":"Briançon"},
                "geometry":{"type":"Point","coordinates":[6.64,144.9]}}]})")
            << QStringLiteral("geo.geojson.range")
            << QStringList { QStringLiteral("feature 2"), QStringLiteral("Briançon"), QStringLiteral("144.9") };
        QTest::newRow("inversé latitude/longitude")
            << QByteArray(R"({"type":"Feature","properties":{"nom":"Vaucluse"},"geometry":{"type":"Polygon",
                "coordinates":[[[43.7,4.6],[44.4,4.6],[44.4,5.8],[43.7,5.8],[43.7,4.6]]]}})")
            << QStringLiteral("geo.geojson.swapped") << QStringList { QStringLiteral("latitude/longitude") };
        QTest::newRow("type inconnu") << QByteArray(
            R"({"type":"Feature","geometry":{"type":"Circle","coordinates":[1,2]}})")
                                      << QStringLiteral("geo.geojson.geometry")
                                      << QStringList { QStringLiteral("Circle") };
        QTest::newRow("anneau trop court")
            << QByteArray(R"({"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1,2],[3,4],[1,2]]]}})")
            << QStringLiteral("geo.geojson.coordinates") << QStringList { QStringLiteral("at least 4") };
        QTest::newRow("position non numérique")
            << QByteArray(R"({"type":"Feature","geometry":{"type":"Point","coordinates":["6,2","44,1"]}})")
            << QStringLiteral("geo.geojson.position") << QStringList { QStringLiteral("feature 1") };
    }
    void badInputIsRefusedWithFileAndPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QStringList, mentions);
        auto result = GeoJsonReader::parse(json, QStringLiteral("départements.geojson"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(QStringLiteral("départements.geojson")),
            qPrintable(result.error().message));
        for (const QString &m : mentions)
            QVERIFY2(result.error().message.contains(m), qPrintable(result.error().message));
    }

    void missingFileNamesIt()
    {
        auto result = GeoJsonReader::readFile(QStringLiteral("/nonexistent/communes.geojson"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("communes.geojson")));
    }
};

QTEST_GUILESS_MAIN(TestGeoJsonReader)
#include "TestGeoJsonReader.moc"
