#include "MapRenderer.h"

#include "Basemap.h"
#include "MBTilesReader.h"
#include "TileProvider.h"
#include "VectorLayerStore.h"
#include "WebMercator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontMetrics>
#include <QHash>
#include <QLocale>
#include <QNetworkDiskCache>
#include <QPainter>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>

namespace escale::geo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::geo::MapRenderer", text);
}

quint64 tileKey(int zoom, int x, int y)
{
    return (quint64(zoom) << 58) | (quint64(x) << 29) | quint64(y);
}

} // namespace

QColor MapRenderer::seaColor()
{
    return QColor(0xb3, 0xd1, 0xe0);
}

QColor MapRenderer::landColor()
{
    return QColor(0xf4, 0xf1, 0xea);
}

QColor MapRenderer::coastColor()
{
    return QColor(0x9f, 0xb4, 0xc0);
}

QColor MapRenderer::borderColor()
{
    return QColor(0xa8, 0x8f, 0xa8);
}

QColor MapRenderer::markerColor()
{
    return QColor(0xc0, 0x39, 0x2b);
}

QVector<LayerStyle> MapRenderer::basemapLayers()
{
    const Basemap::Layers &world = Basemap::embedded();
    return { { world.land, coastColor(), landColor(), 0.8 }, { world.borders, borderColor(), QColor(), 0.8 } };
}

QPointF MapRenderer::Viewport::worldTopLeft() const
{
    const double world = mercator::worldSize(zoom);
    return QPointF(center.x() * world - size.width() / 2.0, center.y() * world - size.height() / 2.0);
}

QPointF MapRenderer::Viewport::toPixels(double latitude, double longitude) const
{
    return mercator::toWorldPixels(latitude, longitude, zoom) - worldTopLeft();
}

void MapRenderer::drawTiles(
    QPainter &painter, const Viewport &viewport, int tileZoom, const TileLookup &tileAt, const MissingTile &missing)
{
    const int scale = 1 << std::max(0, viewport.zoom - tileZoom); // drawn size of a tile pixel
    const int tileSize = mercator::TileSize * scale;
    // Whole pixels: an image drawn at a fractional position goes through the slow transformed path.
    const QPointF tlf = viewport.worldTopLeft();
    const QPoint tl(int(std::floor(tlf.x())), int(std::floor(tlf.y())));
    const int n = mercator::tileCount(tileZoom);
    const int x0 = std::max(0, int(std::floor(double(tl.x()) / tileSize)));
    const int y0 = std::max(0, int(std::floor(double(tl.y()) / tileSize)));
    const int x1 = std::min(n - 1, int(std::floor(double(tl.x() + viewport.size.width()) / tileSize)));
    const int y1 = std::min(n - 1, int(std::floor(double(tl.y() + viewport.size.height()) / tileSize)));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const QRect target(x * tileSize - tl.x(), y * tileSize - tl.y(), tileSize, tileSize);
            const QImage *image = tileAt(tileZoom, x, y);
            if (image && !image->isNull()) {
                if (scale == 1)
                    painter.drawImage(target.topLeft(), *image);
                else
                    painter.drawImage(target, *image);
            } else if (!image && missing) {
                missing(target, tileZoom, x, y);
            }
        }
    }
}

MapRenderer::ScaleBar MapRenderer::scaleBar(double latitude, int zoom, double maxPixels)
{
    ScaleBar bar;
    const double mpp = mercator::metersPerPixel(latitude, zoom);
    const double maxMeters = mpp * maxPixels;
    double meters = std::pow(10.0, std::floor(std::log10(maxMeters)));
    for (const double f : { 5.0, 2.0 }) {
        if (meters * f <= maxMeters) {
            meters *= f;
            break;
        }
    }
    bar.meters = meters;
    bar.pixels = meters / mpp;
    const QLocale locale;
    bar.label = meters >= 1000 ? tr("%1 km").arg(locale.toString(meters / 1000, 'g', 6))
                               : tr("%1 m").arg(locale.toString(meters, 'g', 6));
    return bar;
}

void MapRenderer::drawScaleBar(QPainter &painter, const QPointF &origin, double latitude, int zoom, const QFont &font)
{
    const ScaleBar bar = scaleBar(latitude, zoom);
    const QFontMetrics fm(font, painter.device());
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRect(QRectF(origin.x() - 4, origin.y() - fm.height() - 6,
        std::max<double>(bar.pixels, fm.horizontalAdvance(bar.label)) + 8, fm.height() + 12));
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    painter.drawLine(origin, origin + QPointF(bar.pixels, 0));
    painter.drawLine(origin, origin - QPointF(0, 5));
    painter.drawLine(origin + QPointF(bar.pixels, 0), origin + QPointF(bar.pixels, -5));
    painter.drawText(QPointF(origin.x(), origin.y() - 7), bar.label);
    painter.restore();
}

QString MapRenderer::attribution(bool basemap, const QString &tiles, const QStringList &layers, const QString &extra)
{
    QStringList parts;
    const auto add = [&parts](const QString &text) {
        if (!text.isEmpty() && !parts.contains(text))
            parts.append(text);
    };
    if (basemap)
        add(Basemap::attribution());
    add(tiles);
    for (const QString &l : layers)
        add(l);
    add(extra);
    return parts.join(QStringLiteral(" · "));
}

void MapRenderer::drawAttribution(
    QPainter &painter, const QRect &area, const QString &text, const QFont &font, int reservedLeft)
{
    if (text.isEmpty())
        return;
    const QFontMetrics fm(font, painter.device());
    const QString shown = fm.elidedText(text, Qt::ElideLeft, std::max(40, area.width() - reservedLeft));
    const int w = fm.horizontalAdvance(shown) + 10;
    const QRect box(area.right() + 1 - w, area.bottom() + 1 - fm.height() - 4, w, fm.height() + 4);
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(box);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, shown);
    painter.restore();
}

void MapRenderer::drawMarker(QPainter &painter, const QPointF &center, const QColor &color)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor halo = color;
    halo.setAlpha(70);
    painter.setPen(Qt::NoPen);
    painter.setBrush(halo);
    painter.drawEllipse(center, 15, 15);
    painter.setPen(QPen(Qt::white, 3));
    painter.setBrush(color);
    painter.drawEllipse(center, 8, 8);
    painter.restore();
}

MapExtractRequest MapExtractRequest::fromDatabase(storage::Database &db, double latitude, double longitude)
{
    MapExtractRequest r;
    r.latitude = latitude;
    r.longitude = longitude;
    const MapSettings settings = MapSettings::load(db);
    r.basemap = settings.basemapVisible;
    r.mbtilesPath = settings.mbtilesPath;
    if (settings.onlineTiles) {
        const QString url = settings.tileUrl.isEmpty() ? OnlineTileProvider::defaultUrlTemplate() : settings.tileUrl;
        if (OnlineTileProvider::isValidTemplate(url)) {
            r.tileUrlTemplate = url;
            r.tileCacheDir = OnlineTileProvider::defaultCacheDirectory();
            r.tileAttribution = settings.tileAttribution.isEmpty() ? OnlineTileProvider::defaultAttribution()
                                                                   : settings.tileAttribution;
        }
    }
    // The imported layers that reach the extract: about 10 km around the point is enough at any size
    // the documents use.
    const GeoBounds around { latitude - 0.1, longitude - 0.15, latitude + 0.1, longitude + 0.15 };
    VectorLayerStore store(db);
    if (auto layers = store.list()) {
        for (const VectorLayerInfo &info : std::as_const(*layers)) {
            if (!info.visible || !info.bounds.isValid() || !info.bounds.intersects(around))
                continue;
            auto stored = store.storedGeoJson(info.id);
            if (!stored)
                continue;
            r.storedLayers.append(
                { info.name, *stored, info.stroke, info.fill.isValid() ? info.fill : QColor(0, 0, 0, 0), info.attribution });
        }
    }
    return r;
}

namespace {

// Raster tiles for one extract, read synchronously: the pack first, else the disk cache.
class RasterSource
{
public:
    explicit RasterSource(const MapExtractRequest &r, QStringList *warnings)
    {
        if (!r.mbtilesPath.isEmpty()) {
            auto opened = MBTilesReader::open(r.mbtilesPath);
            if (opened) {
                m_pack = std::move(opened.value());
                m_attribution = m_pack->attribution();
                m_minZoom = m_pack->minZoom();
                m_maxZoom = m_pack->maxZoom();
                return;
            }
            warnings->append(opened.errorMessage());
        }
        if (!r.tileCacheDir.isEmpty() && !r.tileUrlTemplate.isEmpty() && QDir(r.tileCacheDir).exists()) {
            m_cache = std::make_unique<QNetworkDiskCache>();
            m_cache->setCacheDirectory(r.tileCacheDir);
            m_template = r.tileUrlTemplate;
            m_attribution = r.tileAttribution;
        }
    }

    bool isValid() const { return m_pack || m_cache; }
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    QString attribution() const { return m_attribution; }
    int found() const { return m_found; }

    const QImage *tile(int zoom, int x, int y)
    {
        const quint64 key = tileKey(zoom, x, y);
        auto it = m_tiles.find(key);
        if (it == m_tiles.end()) {
            QImage image;
            if (m_pack) {
                if (auto data = m_pack->tile(zoom, x, y); data && !data->isEmpty())
                    image = QImage::fromData(*data);
            } else if (m_cache) {
                QString url = m_template;
                url.replace(QLatin1String("{z}"), QString::number(zoom));
                url.replace(QLatin1String("{x}"), QString::number(x));
                url.replace(QLatin1String("{y}"), QString::number(y));
                std::unique_ptr<QIODevice> device(m_cache->data(QUrl(url)));
                if (device)
                    image = QImage::fromData(device->readAll());
            }
            if (!image.isNull())
                ++m_found;
            it = m_tiles.insert(key, image);
        }
        return it->isNull() ? nullptr : &*it;
    }

private:
    std::unique_ptr<MBTilesReader> m_pack;
    std::unique_ptr<QNetworkDiskCache> m_cache;
    QString m_template;
    QString m_attribution;
    int m_minZoom = 0;
    int m_maxZoom = 19;
    int m_found = 0;
    QHash<quint64, QImage> m_tiles;
};

// Draws vector layers tile by tile (the map's own tile renderer), so both look the same.
void drawVector(
    QPainter &painter, const MapRenderer::Viewport &view, const QVector<LayerStyle> &layers, const QColor &background)
{
    QHash<quint64, QImage> tiles;
    MapRenderer::drawTiles(painter, view, view.zoom, [&](int z, int x, int y) -> const QImage * {
        auto it = tiles.insert(tileKey(z, x, y), TileRenderQueue::render(layers, background, z, x, y));
        return &*it;
    });
}

// The names of the areas of imported layers (communes…) large enough on the extract, at the middle of
// their box, without overlapping each other nor the marker.
void drawAreaNames(
    QPainter &painter, const MapRenderer::Viewport &logical, const QVector<LayerStyle> &layers, const QFont &font)
{
    const double world = mercator::worldSize(logical.zoom);
    const QPointF tl = logical.worldTopLeft();
    const QRectF view(QPointF(0, 0), QSizeF(logical.size));
    const QFontMetricsF fm(font, painter.device());
    QVector<QRectF> taken { QRectF(view.center() - QPointF(22, 22), QSizeF(44, 44)) };
    painter.save();
    painter.setFont(font);
    for (const LayerStyle &layer : layers) {
        if (!layer.features)
            continue;
        for (const Feature &f : layer.features->features) {
            if (f.kind != GeometryKind::Area)
                continue;
            const QRectF box(
                QPointF(f.projectedBounds.left() * world - tl.x(), f.projectedBounds.top() * world - tl.y()),
                QPointF(f.projectedBounds.right() * world - tl.x(), f.projectedBounds.bottom() * world - tl.y()));
            const QString name = f.name();
            if (name.isEmpty() || box.width() < 60 || !view.intersects(box))
                continue;
            // The middle of the part of the box that is on the extract.
            const QRectF shown = box.intersected(view.adjusted(8, 8, -8, -24));
            const QSizeF size(fm.horizontalAdvance(name) + 4, fm.height());
            if (shown.width() < size.width() || shown.height() < size.height())
                continue;
            // At the middle, else just below or above it (the place's own commune is under the marker).
            QRectF label;
            for (const double dy : { 0.0, 30.0, -30.0 }) {
                const QRectF candidate(shown.center() + QPointF(-size.width() / 2, dy - size.height() / 2), size);
                if (shown.contains(candidate) && std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) {
                        return r.intersects(candidate);
                    })) {
                    label = candidate;
                    break;
                }
            }
            if (label.isNull())
                continue;
            taken.append(label);
            painter.setPen(QColor(255, 255, 255, 220));
            for (const QPointF &d : { QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1) })
                painter.drawText(label.translated(d), Qt::AlignCenter, name);
            painter.setPen(QColor(0x4a, 0x3b, 0x2e));
            painter.drawText(label, Qt::AlignCenter, name);
        }
    }
    painter.restore();
}

} // namespace

MapExtract renderMapExtract(const MapExtractRequest &request)
{
    MapExtract out;
    const int ratio = std::clamp(request.pixelRatio, 1, 4);
    const int ratioZoom = int(std::round(std::log2(double(ratio))));
    const int zoom = std::clamp(request.zoom, 0, 19);

    // Drawn in device pixels at zoom + log2(ratio): lines and tiles stay sharp when printed.
    MapRenderer::Viewport view;
    view.zoom = zoom + ratioZoom;
    view.size = request.size * ratio;
    view.center = QPointF(mercator::normalizedX(request.longitude), mercator::normalizedY(request.latitude));

    QImage image(view.size, QImage::Format_RGB32);
    image.fill(request.basemap ? MapRenderer::seaColor() : QColor(0xee, 0xee, 0xee));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (request.basemap)
        drawVector(painter, view, MapRenderer::basemapLayers(), MapRenderer::seaColor());

    RasterSource raster(request, &out.warnings);
    if (raster.isValid() && view.zoom >= raster.minZoom()) {
        const int tileZoom = std::min(view.zoom, raster.maxZoom());
        MapRenderer::drawTiles(painter, view, tileZoom, [&](int z, int x, int y) { return raster.tile(z, x, y); });
    }

    QVector<LayerStyle> layers = request.layers;
    QStringList layerAttributions = request.layerAttributions;
    for (const StoredLayer &stored : request.storedLayers) {
        auto decoded = VectorLayerStore::decodeStored(stored.stored, stored.name);
        if (!decoded) {
            out.warnings.append(decoded.errorMessage());
            continue;
        }
        layers.append({ *decoded, stored.stroke, stored.fill, 1.2 });
        layerAttributions.append(stored.attribution);
    }
    if (!layers.isEmpty())
        drawVector(painter, view, layers, QColor(Qt::transparent));

    // Marker, scale bar and attribution in logical pixels.
    painter.scale(ratio, ratio);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area(QPoint(0, 0), request.size);
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial") });
    font.setPixelSize(11);
    if (!layers.isEmpty()) {
        MapRenderer::Viewport logical = view;
        logical.zoom = zoom;
        logical.size = request.size;
        drawAreaNames(painter, logical, layers, font);
    }
    MapRenderer::drawMarker(painter, QPointF(area.width() / 2.0, area.height() / 2.0));
    MapRenderer::drawScaleBar(painter, QPointF(10, area.height() - 12), request.latitude, zoom, font);
    out.rasterTiles = raster.found();
    out.layers = int(layers.size());
    out.attribution = MapRenderer::attribution(request.basemap, out.rasterTiles > 0 ? raster.attribution() : QString(),
        layerAttributions, request.extraAttribution);
    QFont small = font;
    small.setPixelSize(10);
    MapRenderer::drawAttribution(painter, area, out.attribution, small, 130);
    painter.end();
    image.setDevicePixelRatio(ratio);
    out.image = image;
    return out;
}

} // namespace escale::geo
