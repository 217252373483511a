// The map extract of documents (geo::renderMapExtract): size and pixel ratio, the marker at the centre,
// the attribution, raster tiles from an MBTiles pack or from the online tiles' disk cache (never the
// network), imported layers read from the database; and the scale bar's round lengths.
#include "TestSupport.h"

#include "geo/Basemap.h"
#include "geo/MapRenderer.h"
#include "geo/VectorLayerStore.h"
#include "geo/WebMercator.h"

#include <QBuffer>
#include <QFile>
#include <QNetworkCacheMetaData>
#include <QNetworkDiskCache>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace escale;
namespace mercator = geo::mercator;

namespace {

constexpr double DigneLat = 44.0925;
constexpr double DigneLon = 6.2356;

QByteArray png(const QColor &color)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A pack with the 3×3 tiles around Digne at zoom 10 (maxzoom 10: deeper views enlarge them).
void writePack(const QString &path, const QColor &color)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pack-writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")));
        for (const auto &[k, v] : { std::pair { QStringLiteral("name"), QStringLiteral("Digne") },
                 std::pair { QStringLiteral("format"), QStringLiteral("png") },
                 std::pair { QStringLiteral("maxzoom"), QStringLiteral("10") },
                 std::pair { QStringLiteral("attribution"), QStringLiteral("© Paquet d'essai") } }) {
            q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
            q.addBindValue(k);
            q.addBindValue(v);
            QVERIFY(q.exec());
        }
        const QPoint t = mercator::tileFor(DigneLat, DigneLon, 10);
        const QByteArray data = png(color);
        for (int dx = -1; dx <= 1; ++dx)
            for (int dy = -1; dy <= 1; ++dy) {
                q.prepare(QStringLiteral("INSERT INTO tiles VALUES (10, ?, ?, ?)"));
                q.addBindValue(t.x() + dx);
                q.addBindValue((1 << 10) - 1 - (t.y() + dy)); // TMS row
                q.addBindValue(data);
                QVERIFY(q.exec());
            }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pack-writer"));
}

bool near(QRgb a, const QColor &b, int tolerance = 6)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
        && std::abs(qBlue(a) - b.blue()) <= tolerance;
}

// A pixel of the extract, in logical coordinates.
QRgb pixelAt(const QImage &image, int x, int y)
{
    const qreal r = image.devicePixelRatio();
    return image.pixel(int(x * r), int(y * r));
}

geo::MapExtractRequest digne()
{
    geo::MapExtractRequest r;
    r.latitude = DigneLat;
    r.longitude = DigneLon;
    r.zoom = 15;
    r.size = QSize(400, 240);
    return r;
}

} // namespace

class TestMapRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basemapOnlyHasMarkerAttributionAndSize_data()
    {
        QTest::addColumn<int>("ratio");
        QTest::newRow("écran") << 1;
        QTest::newRow("impression") << 2;
    }
    void basemapOnlyHasMarkerAttributionAndSize()
    {
        QFETCH(int, ratio);
        geo::MapExtractRequest r = digne();
        r.pixelRatio = ratio;
        const geo::MapExtract map = geo::renderMapExtract(r);
        QCOMPARE(map.image.size(), QSize(400 * ratio, 240 * ratio));
        QCOMPARE(map.image.devicePixelRatio(), qreal(ratio));
        QCOMPARE(map.image.deviceIndependentSize(), QSizeF(400, 240));
        // The marker at the centre, land around it (Digne is inland), nothing fetched.
        QVERIFY(near(pixelAt(map.image, 200, 120), geo::MapRenderer::markerColor()));
        QVERIFY(near(pixelAt(map.image, 60, 40), geo::MapRenderer::landColor()));
        QCOMPARE(map.attribution, geo::Basemap::attribution());
        QCOMPARE(map.rasterTiles, 0);
        QVERIFY(map.warnings.isEmpty());
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_DIR"))
            map.image.save(qEnvironmentVariable("ESCALE_SCREENSHOT_DIR") + QStringLiteral("/map-extract-basemap.png"));
    }

    void tilesComeFromTheMBTilesPack()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("digne.mbtiles"));
        writePack(pack, QColor(0x20, 0x80, 0x20));
        geo::MapExtractRequest r = digne();
        r.mbtilesPath = pack;
        const geo::MapExtract map = geo::renderMapExtract(r);
        QVERIFY(map.rasterTiles > 0);
        QVERIFY(near(pixelAt(map.image, 60, 40), QColor(0x20, 0x80, 0x20)));
        QVERIFY(near(pixelAt(map.image, 200, 120), geo::MapRenderer::markerColor()));
        QVERIFY(map.attribution.contains(QStringLiteral("© Paquet d'essai")));
        QVERIFY(map.attribution.contains(geo::Basemap::attribution()));
    }

    void aBadPackIsAWarningNotAFailure()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("empty.mbtiles"));
        QFile f(pack);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        geo::MapExtractRequest r = digne();
        r.mbtilesPath = pack;
        const geo::MapExtract map = geo::renderMapExtract(r);
        QCOMPARE(map.warnings.size(), 1);
        QVERIFY(map.warnings.first().contains(QStringLiteral("empty.mbtiles")));
        QVERIFY(!map.image.isNull());
        QVERIFY(near(pixelAt(map.image, 200, 120), geo::MapRenderer::markerColor()));
    }

    void tilesComeFromTheDiskCacheOnly()
    {
        QTemporaryDir dir;
        const QString cacheDir = dir.filePath(QStringLiteral("tiles"));
        // A server that does not exist: a request would fail, only the cache can give tiles.
        const QString templ = QStringLiteral("https://tiles.invalid/{z}/{x}/{y}.png");
        geo::MapExtractRequest r = digne();
        r.pixelRatio = 1;
        r.tileCacheDir = cacheDir;
        r.tileUrlTemplate = templ;
        r.tileAttribution = QStringLiteral("© Serveur d'essai");
        {
            QNetworkDiskCache cache;
            cache.setCacheDirectory(cacheDir);
            const QPoint t = mercator::tileFor(DigneLat, DigneLon, 15);
            const QByteArray data = png(QColor(0x90, 0x30, 0x90));
            for (int dx = -2; dx <= 2; ++dx)
                for (int dy = -2; dy <= 2; ++dy) {
                    QString url = templ;
                    url.replace(QStringLiteral("{z}"), QStringLiteral("15"));
                    url.replace(QStringLiteral("{x}"), QString::number(t.x() + dx));
                    url.replace(QStringLiteral("{y}"), QString::number(t.y() + dy));
                    QNetworkCacheMetaData meta;
                    meta.setUrl(QUrl(url));
                    meta.setSaveToDisk(true);
                    meta.setExpirationDate(QDateTime::currentDateTimeUtc().addDays(-1)); // stale: still used
                    QIODevice *device = cache.prepare(meta);
                    QVERIFY(device);
                    device->write(data);
                    cache.insert(device);
                }
        }
        geo::MapExtract map = geo::renderMapExtract(r);
        QVERIFY(map.rasterTiles > 0);
        QVERIFY(near(pixelAt(map.image, 60, 40), QColor(0x90, 0x30, 0x90)));
        QVERIFY(map.attribution.contains(QStringLiteral("© Serveur d'essai")));

        // Tiles the cache does not hold are simply not drawn (no tile, no attribution).
        r.latitude = 48.85;
        r.longitude = 2.35;
        map = geo::renderMapExtract(r);
        QCOMPARE(map.rasterTiles, 0);
        QVERIFY(!map.attribution.contains(QStringLiteral("© Serveur d'essai")));
    }

    void importedLayersNearThePointAreDrawn()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        // A square around Digne, and one around Paris (far away: not read for the extract).
        const auto writeSquare = [&](const QString &name, double lat, double lon) {
            const QString path = dir.filePath(name + QStringLiteral(".geojson"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write(QStringLiteral(R"({"type":"Feature","properties":{"nom":"%1"},"geometry":{"type":"Polygon",)"
                                   R"("coordinates":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}})")
                        .arg(name)
                        .arg(lon - 0.05)
                        .arg(lat - 0.05)
                        .arg(lon + 0.05)
                        .arg(lat + 0.05)
                        .toUtf8());
            return path;
        };
        geo::VectorLayerStore store(*db);
        auto digneLayer = store.importGeoJson(writeSquare(QStringLiteral("digne"), DigneLat, DigneLon));
        QVERIFY2(digneLayer.ok(), qPrintable(digneLayer.errorMessage()));
        ESCALE_VERIFY_OK(store.setStyle(digneLayer->id, QColor(0x11, 0x22, 0x33), QColor(0x11, 0x22, 0x33)));
        QVERIFY(store.importGeoJson(writeSquare(QStringLiteral("paris"), 48.85, 2.35)).ok());

        geo::MapExtractRequest r = geo::MapExtractRequest::fromDatabase(*db, DigneLat, DigneLon);
        QCOMPARE(r.storedLayers.size(), 1);
        QCOMPARE(r.storedLayers.first().name, QStringLiteral("digne"));
        QVERIFY(r.basemap);
        QVERIFY(r.mbtilesPath.isEmpty());
        QVERIFY(r.tileCacheDir.isEmpty()); // online tiles are off by default
        r.zoom = 15;
        r.size = QSize(400, 240);
        const geo::MapExtract map = geo::renderMapExtract(r);
        QVERIFY(map.warnings.isEmpty());
        QVERIFY(near(pixelAt(map.image, 60, 40), QColor(0x11, 0x22, 0x33)));

        // A hidden layer is not drawn.
        ESCALE_VERIFY_OK(store.setVisible(digneLayer->id, false));
        QVERIFY(geo::MapExtractRequest::fromDatabase(*db, DigneLat, DigneLon).storedLayers.isEmpty());
    }

    void scaleBarIsARoundLength_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<int>("zoom");
        QTest::addColumn<double>("meters");
        QTest::addColumn<QString>("label");
        // At 44° N, zoom 15: 3.44 m per pixel, 120 px ≈ 412 m → 200 m.
        QTest::newRow("Digne, zoom 15") << 44.0925 << 15 << 200.0 << QStringLiteral("200 m");
        QTest::newRow("Digne, zoom 12") << 44.0925 << 12 << 2000.0 << QStringLiteral("2 km");
        QTest::newRow("équateur, zoom 10") << 0.0 << 10 << 10000.0 << QStringLiteral("10 km");
    }
    void scaleBarIsARoundLength()
    {
        QFETCH(double, latitude);
        QFETCH(int, zoom);
        QFETCH(double, meters);
        QFETCH(QString, label);
        const auto bar = geo::MapRenderer::scaleBar(latitude, zoom);
        QCOMPARE(bar.meters, meters);
        QVERIFY(bar.pixels <= 120 && bar.pixels > 40);
        QCOMPARE(bar.label, label);
    }

    void attributionHasNoRepeats()
    {
        QCOMPARE(geo::MapRenderer::attribution(true, QStringLiteral("A"),
                     { QStringLiteral("B"), QString(), QStringLiteral("A") }, QStringLiteral("C")),
            geo::Basemap::attribution() + QStringLiteral(" · A · B · C"));
        QCOMPARE(geo::MapRenderer::attribution(false, {}, {}), QString());
    }
};

QTEST_MAIN(TestMapRenderer)
#include "TestMapRenderer.moc"
