// Acceptance: the real outlines of ../shared/data/geo (IGN ADMIN EXPRESS COG 2018 via france-geojson,
// Licence Ouverte) read, stored as layers and drawn on the map. Skipped, with the reason, when the
// shared data folder is absent.

#include "geo/GeoJsonReader.h"
#include "geo/VectorLayerStore.h"
#include "ui/map/MapView.h"

#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace escale;
using namespace escale::geo;

class TestGeoAcceptance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedOutlinesHaveTheirCounts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("features");
        QTest::newRow("13 régions") << QStringLiteral("regions-version-simplifiee.geojson") << 13;
        QTest::newRow("96 départements") << QStringLiteral("departements-version-simplifiee.geojson") << 96;
        QTest::newRow("6 départements de PACA")
            << QStringLiteral("departements-provence-alpes-cote-d-azur.geojson") << 6;
        QTest::newRow("947 communes de PACA") << QStringLiteral("communes-provence-alpes-cote-d-azur.geojson") << 947;
        QTest::newRow("métropole (une Feature)") << QStringLiteral("metropole-version-simplifiee.geojson") << 1;
        QTest::newRow("région PACA (une Feature)") << QStringLiteral("region-provence-alpes-cote-d-azur.geojson") << 1;
    }
    void sharedOutlinesHaveTheirCounts()
    {
        QFETCH(QString, file);
        QFETCH(int, features);
        const QString path = test::sharedData(QStringLiteral("geo/") + file);
        if (path.isEmpty())
            QSKIP("../shared/data/geo is not there");
        auto set = GeoJsonReader::readFile(path);
        ESCALE_VERIFY_OK(set);
        QCOMPARE(set->size(), features);
        for (const Feature &f : set->features) {
            QCOMPARE(f.kind, GeometryKind::Area);
            QVERIFY(!f.parts.isEmpty());
        }
        // Everything is in metropolitan France (with Corsica).
        QVERIFY2(
            set->bounds.west > -5.5 && set->bounds.east < 9.7 && set->bounds.south > 41.3 && set->bounds.north < 51.2,
            qPrintable(QStringLiteral("%1 %2 %3 %4")
                           .arg(set->bounds.west)
                           .arg(set->bounds.east)
                           .arg(set->bounds.south)
                           .arg(set->bounds.north)));
    }

    void pacaDepartementsAreTheSixKnownOnes()
    {
        const QString path = test::sharedData(QStringLiteral("geo/departements-provence-alpes-cote-d-azur.geojson"));
        if (path.isEmpty())
            QSKIP("../shared/data/geo is not there");
        auto set = GeoJsonReader::readFile(path);
        ESCALE_VERIFY_OK(set);
        QSet<QString> codes, names;
        for (const Feature &f : set->features) {
            codes.insert(f.properties.value(QStringLiteral("code")).toString());
            names.insert(f.name());
        }
        QCOMPARE(codes,
            (QSet<QString> { QStringLiteral("04"), QStringLiteral("05"), QStringLiteral("06"), QStringLiteral("13"),
                QStringLiteral("83"), QStringLiteral("84") }));
        QVERIFY(names.contains(QStringLiteral("Alpes-de-Haute-Provence")));
        QVERIFY(names.contains(QStringLiteral("Bouches-du-Rhône")));
        QVERIFY(
            set->bounds.west > 4.0 && set->bounds.east < 7.8 && set->bounds.south > 42.9 && set->bounds.north < 45.2);
    }

    void communesAreStoredAndReadBack()
    {
        const QString path = test::sharedData(QStringLiteral("geo/communes-provence-alpes-cote-d-azur.geojson"));
        if (path.isEmpty())
            QSKIP("../shared/data/geo is not there");
        test::TempDatabase db;
        VectorLayerStore store(*db);
        auto layer = store.importGeoJson(path, QStringLiteral("Communes de PACA (2018)"));
        ESCALE_VERIFY_OK(layer);
        QCOMPARE(layer->featureCount, 947);
        auto loaded = store.load(layer->id);
        ESCALE_VERIFY_OK(loaded);
        QCOMPARE((*loaded)->size(), 947);
        bool digne = false;
        for (const Feature &f : (*loaded)->features)
            digne = digne || f.name() == QLatin1String("Digne-les-Bains");
        QVERIFY(digne);
    }

    void mapDrawsTheBasemapWithPacaDepartements()
    {
        const QString path = test::sharedData(QStringLiteral("geo/departements-provence-alpes-cote-d-azur.geojson"));
        if (path.isEmpty())
            QSKIP("../shared/data/geo is not there");
        auto set = GeoJsonReader::readFile(path);
        ESCALE_VERIFY_OK(set);
        const auto features = std::make_shared<FeatureSet>(std::move(set.value()));

        ui::MapView view;
        view.resize(1366, 768);
        ui::MapView::VectorLayer layer;
        layer.id = QStringLiteral("paca");
        layer.name = QStringLiteral("Départements de PACA");
        layer.features = features;
        layer.stroke = QColor(0x8a, 0x3b, 0x12);
        layer.fill = QColor(0x8a, 0x3b, 0x12, 30);
        layer.attribution = QStringLiteral("Contours : IGN – ADMIN EXPRESS COG 2018 (Licence Ouverte)");
        view.setVectorLayers({ layer });

        // The real places of the Hub du Sud file as markers, coloured by their source.
        const QString placesPath = test::sharedData(
            QStringLiteral("lieux/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json"));
        QVector<MapPoint> points;
        if (!placesPath.isEmpty()) {
            QFile f(placesPath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
                const QJsonObject o = v.toObject();
                if (o.contains(QStringLiteral("latitude")) && o.value(QStringLiteral("latitude")).isDouble())
                    points.append({ o.value(QStringLiteral("id")).toString(),
                        o.value(QStringLiteral("latitude")).toDouble(), o.value(QStringLiteral("longitude")).toDouble(),
                        o.value(QStringLiteral("source")).toString(), o.value(QStringLiteral("nom")).toString() });
            }
            QCOMPARE(points.size(), 642);
        }
        view.setPoints(points);
        view.setCategoryColors({ { QStringLiteral("dora"), QColor(0xc0, 0x39, 0x2b) } });
        view.setExtraAttribution(QStringLiteral("Données : ANCT / Hub du Sud (Licence Ouverte 2.0)"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitBounds(features->bounds);
        QCOMPARE(view.zoom(), 8);
        view.repaint();
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingTiles(), 0, 30000);
        const QImage image = view.grab().toImage();
        QVERIFY(view.attributionText().contains(QStringLiteral("IGN")));
        QVERIFY(view.attributionText().contains(QStringLiteral("Natural Earth")));

        // The outline colour is drawn: département borders are on screen.
        int outline = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - 0x8a) < 30 && std::abs(c.green() - 0x3b) < 30 && std::abs(c.blue() - 0x12) < 30)
                    ++outline;
            }
        QVERIFY2(outline > 300, qPrintable(QString::number(outline)));
        const QString shots = qEnvironmentVariable("ESCALE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            image.save(QDir(shots).filePath(QStringLiteral("map-paca.png")));
    }

    void communesStayDrawnCloseUp()
    {
        // Zoom 14 on Digne-les-Bains: commune polygons much larger than the screen are clipped per tile.
        const QString path = test::sharedData(QStringLiteral("geo/communes-provence-alpes-cote-d-azur.geojson"));
        if (path.isEmpty())
            QSKIP("../shared/data/geo is not there");
        auto set = GeoJsonReader::readFile(path);
        ESCALE_VERIFY_OK(set);
        ui::MapView view;
        view.resize(1366, 768);
        ui::MapView::VectorLayer layer;
        layer.features = std::make_shared<FeatureSet>(std::move(set.value()));
        layer.stroke = QColor(0x1f, 0x5f, 0x8b);
        view.setVectorLayers({ layer });
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.centerOn(44.0925, 6.2356, 12);
        view.repaint();
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingTiles(), 0, 30000);
        const QImage image = view.grab().toImage();
        int outline = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - 0x1f) < 30 && std::abs(c.green() - 0x5f) < 30 && std::abs(c.blue() - 0x8b) < 30)
                    ++outline;
            }
        QVERIFY2(outline > 500, qPrintable(QString::number(outline)));
        const QString shots = qEnvironmentVariable("ESCALE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            image.save(QDir(shots).filePath(QStringLiteral("map-digne-communes.png")));
    }
};

QTEST_MAIN(TestGeoAcceptance)
#include "TestGeoAcceptance.moc"
