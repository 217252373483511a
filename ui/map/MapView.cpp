#include "MapView.h"

#include "geo/FeatureSet.h"
#include "geo/MapRenderer.h"
#include "geo/PointClusterer.h"
#include "geo/PositionSource.h"
#include "geo/TileProvider.h"
#include "geo/TileRenderQueue.h"
#include "geo/WebMercator.h"

#include <QAccessible>
#include <QCache>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QThreadPool>
#include <QToolTip>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace escale::ui {

namespace {

namespace mercator = geo::mercator;

using geo::MapRenderer;

const QColor NeutralPointColor(0x2d, 0x5b, 0x8c);
// The tours' stops: square signs in bus-stop yellow with a dark edge (places are round and never yellow).
const QColor StopColor(0xf2, 0xc2, 0x00);
const QColor StopOtherDayColor(0xfb, 0xe9, 0xa6);
const QColor StopEdgeColor(0x1d, 0x24, 0x33);
const QColor CurrentStopColor(0xd9, 0x48, 0x0f);

// Half the side of a stop's sign: larger for the day's stops and the current one.
qreal stopHalfSide(const MapView::StopMarker &stop)
{
    return stop.current ? 12 : stop.number > 0 ? 10 : 7;
}

quint64 tileKey(int zoom, int x, int y)
{
    return (quint64(zoom) << 58) | (quint64(x) << 29) | quint64(y);
}

// The radius of a cluster marker: grows with the number of points, within what a 64 px cell allows.
qreal radiusFor(int count)
{
    if (count <= 1)
        return 7;
    return std::min<qreal>(24, 11 + 4 * std::log10(double(count)));
}

} // namespace

// Decoded tiles of one layer, with the keys already asked for (so that a missing tile is asked once).
class TileCache
{
public:
    explicit TileCache(int maxTiles)
        : m_cache(maxTiles)
    { }
    const QImage *find(quint64 key) const { return m_cache.object(key); }
    void insert(quint64 key, const QImage &image)
    {
        m_requested.remove(key);
        m_cache.insert(key, new QImage(image));
    }
    bool markRequested(quint64 key)
    {
        if (m_requested.contains(key))
            return false;
        m_requested.insert(key);
        return true;
    }
    void clear()
    {
        m_cache.clear();
        m_requested.clear();
    }
    void forgetRequests() { m_requested.clear(); }

private:
    QCache<quint64, QImage> m_cache;
    QSet<quint64> m_requested;
};

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_clusterer(std::make_unique<geo::PointClusterer>())
    , m_basemapQueue(std::make_unique<geo::TileRenderQueue>())
    , m_overlayQueue(std::make_unique<geo::TileRenderQueue>())
    , m_basemapTiles(std::make_unique<TileCache>(192))
    , m_overlayTiles(std::make_unique<TileCache>(192))
    , m_rasterTiles(std::make_unique<TileCache>(192))
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Map"));
    setAccessibleDescription(tr("Drag to move, wheel or + and - to zoom, arrows to pan; click a marker to open "
                                "the place."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);

    const auto makeButton = [this](const QString &text, const QString &name, const QString &accessible) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        b->setToolTip(accessible);
        b->setFocusPolicy(Qt::TabFocus);
        b->setAutoRaise(false);
        b->setCursor(Qt::ArrowCursor);
        return b;
    };
    m_zoomInButton = makeButton(QStringLiteral("+"), QStringLiteral("zoomInButton"), tr("Zoom in"));
    m_zoomOutButton = makeButton(QStringLiteral("−"), QStringLiteral("zoomOutButton"), tr("Zoom out"));
    m_homeButton = makeButton(QStringLiteral("⌂"), QStringLiteral("homeButton"), tr("Center on my structure"));
    m_homeButton->hide();
    connect(m_zoomInButton, &QToolButton::clicked, this, [this] { zoomAround(m_zoom + 1, rect().center()); });
    connect(m_zoomOutButton, &QToolButton::clicked, this, [this] { zoomAround(m_zoom - 1, rect().center()); });
    connect(m_homeButton, &QToolButton::clicked, this, &MapView::centerOnHome);

    connect(m_basemapQueue.get(), &geo::TileRenderQueue::tileRendered, this,
        [this](quint64 generation, int z, int x, int y, const QImage &image) {
            if (generation != m_basemapQueue->generation())
                return;
            m_basemapTiles->insert(tileKey(z, x, y), image);
            update();
        });
    connect(m_overlayQueue.get(), &geo::TileRenderQueue::tileRendered, this,
        [this](quint64 generation, int z, int x, int y, const QImage &image) {
            if (generation != m_overlayQueue->generation())
                return;
            m_overlayTiles->insert(tileKey(z, x, y), image);
            update();
        });
    rebuildLayerQueues();
    centerOn(46.6, 2.4, 5); // metropolitan France until told otherwise
}

MapView::~MapView()
{
    *m_alive = false;
}

void MapView::setPoints(const QVector<geo::MapPoint> &points)
{
    m_points = points;
    const quint64 generation = ++m_pointsGeneration;
    if (points.size() < AsyncClusteringThreshold) {
        m_clusterer->build(points);
        m_clusteringPending = false;
        update();
        return;
    }
    // Indexing 100,000 points takes a tenth of a second or more: done on the pool, swapped in when ready
    // (the previous points stay on screen meanwhile).
    m_clusteringPending = true;
    QThreadPool::globalInstance()->start([this, alive = m_alive, points, generation] {
        auto built = std::make_shared<geo::PointClusterer>();
        built->build(points);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [this, alive, built, generation] {
                if (!*alive || generation != m_pointsGeneration)
                    return;
                *m_clusterer = std::move(*built);
                m_clusteringPending = false;
                update();
            },
            Qt::QueuedConnection);
    });
    update();
}

void MapView::setCategoryColors(const QHash<QString, QColor> &colors)
{
    m_categoryColors = colors;
    update();
}

void MapView::centerOn(double lat, double lon, int zoom)
{
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
    m_center = QPointF(mercator::normalizedX(lon), mercator::normalizedY(lat));
    clampCenter();
    changed();
}

void MapView::fitBounds(const geo::GeoBounds &b)
{
    if (!b.isValid())
        return;
    const double x0 = mercator::normalizedX(b.west), x1 = mercator::normalizedX(b.east);
    const double y0 = mercator::normalizedY(b.north), y1 = mercator::normalizedY(b.south);
    int zoom = MaxZoom;
    const double w = std::max(1, width() - 40), h = std::max(1, height() - 40);
    while (zoom > MinZoom && ((x1 - x0) * mercator::worldSize(zoom) > w || (y1 - y0) * mercator::worldSize(zoom) > h))
        --zoom;
    m_zoom = zoom;
    m_center = QPointF((x0 + x1) / 2, (y0 + y1) / 2);
    clampCenter();
    changed();
}

void MapView::setHome(double lat, double lon)
{
    m_hasHome = std::isfinite(lat) && std::isfinite(lon);
    m_homeLat = lat;
    m_homeLon = lon;
    m_homeButton->setVisible(m_hasHome);
    update();
}

void MapView::centerOnHome()
{
    if (m_hasHome)
        centerOn(m_homeLat, m_homeLon, std::max(m_zoom, 13));
}

void MapView::setPosition(const geo::Position &position)
{
    m_position = position;
    update();
}

void MapView::clearPosition()
{
    m_position = {};
    update();
}

void MapView::setPositionSource(geo::PositionSource *source)
{
    if (source)
        connect(source, &geo::PositionSource::positionUpdated, this, &MapView::setPosition);
}

void MapView::setVectorLayers(const QVector<VectorLayer> &layers)
{
    m_layers = layers;
    rebuildLayerQueues();
}

void MapView::setTileProvider(geo::TileProvider *provider)
{
    if (m_tileProvider)
        disconnect(m_tileProvider, nullptr, this, nullptr);
    m_tileProvider = provider;
    m_rasterTiles->clear();
    if (provider) {
        connect(provider, &geo::TileProvider::tileReady, this, [this](int z, int x, int y, const QImage &image) {
            m_rasterTiles->insert(tileKey(z, x, y), image);
            update();
        });
        connect(provider, &QObject::destroyed, this, [this] {
            m_tileProvider = nullptr;
            m_rasterTiles->clear();
            update();
        });
    }
    update();
}

void MapView::setBasemapVisible(bool visible)
{
    if (visible == m_basemapVisible)
        return;
    m_basemapVisible = visible;
    rebuildLayerQueues();
}

void MapView::setExtraAttribution(const QString &text)
{
    m_extraAttribution = text;
    update();
}

void MapView::rebuildLayerQueues()
{
    QVector<geo::LayerStyle> base;
    if (m_basemapVisible)
        base = MapRenderer::basemapLayers();
    m_basemapQueue->setLayers(base, MapRenderer::seaColor());
    m_basemapTiles->clear();

    QVector<geo::LayerStyle> overlay;
    for (const VectorLayer &l : std::as_const(m_layers))
        if (l.visible && l.features)
            overlay.append({ l.features, l.stroke, l.fill, 1.2 });
    m_overlayQueue->setLayers(overlay, QColor(Qt::transparent));
    m_overlayTiles->clear();
    update();
}

double MapView::centerLatitude() const
{
    return mercator::latitudeFromNormalized(m_center.y());
}

double MapView::centerLongitude() const
{
    return mercator::longitudeFromNormalized(m_center.x());
}

QPointF MapView::worldTopLeft() const
{
    return MapRenderer::Viewport { m_center, m_zoom, size() }.worldTopLeft();
}

QPointF MapView::toWidget(double lat, double lon) const
{
    return mercator::toWorldPixels(lat, lon, m_zoom) - worldTopLeft();
}

void MapView::fromWidget(const QPointF &widgetPos, double *lat, double *lon) const
{
    mercator::fromWorldPixels(widgetPos + worldTopLeft(), m_zoom, lat, lon);
}

void MapView::setStopMarkers(const QVector<StopMarker> &stops)
{
    m_stops = stops;
    // The current stop last: drawn on top, found first by a click.
    std::stable_partition(m_stops.begin(), m_stops.end(), [](const StopMarker &s) { return !s.current; });
    update();
}

void MapView::setStopsVisible(bool visible)
{
    if (m_stopsVisible == visible)
        return;
    m_stopsVisible = visible;
    update();
}

QString MapView::stopAt(const QPoint &widgetPos) const
{
    if (!m_stopsVisible)
        return {};
    for (auto it = m_stops.crbegin(); it != m_stops.crend(); ++it) {
        const QPointF p = toWidget(it->latitude, it->longitude);
        const qreal half = stopHalfSide(*it) + 2;
        if (std::abs(widgetPos.x() - p.x()) <= half && std::abs(widgetPos.y() - p.y()) <= half)
            return it->id;
    }
    return {};
}

QMenu *MapView::contextMenuAt(const QPoint &widgetPos)
{
    auto *menu = new QMenu(this);
    double lat = 0;
    double lon = 0;
    fromWidget(widgetPos, &lat, &lon);
    Q_EMIT contextMenuRequested(lat, lon, menu);
    return menu;
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = contextMenuAt(event->pos());
    if (!menu->isEmpty())
        menu->exec(event->globalPos());
    menu->deleteLater();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = stopAt(help->pos());
        for (const StopMarker &s : std::as_const(m_stops))
            if (!id.isEmpty() && s.id == id) {
                QToolTip::showText(help->globalPos(), s.toolTip, this);
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void MapView::drawStops(QPainter &painter)
{
    if (!m_stopsVisible || m_stops.isEmpty())
        return;
    const QRectF area = QRectF(rect()).adjusted(-20, -20, 20, 20);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(11);
    painter.save();
    painter.setFont(font);
    for (const StopMarker &s : std::as_const(m_stops)) {
        const QPointF p = toWidget(s.latitude, s.longitude);
        if (!area.contains(p))
            continue;
        const qreal half = stopHalfSide(s);
        const QRectF sign(p.x() - half, p.y() - half, 2 * half, 2 * half);
        if (s.current) {
            // The bus is here: a wide orange ring around the sign.
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(CurrentStopColor.red(), CurrentStopColor.green(), CurrentStopColor.blue(), 70));
            painter.drawEllipse(p, half + 11, half + 11);
            painter.setPen(QPen(CurrentStopColor, 4));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(p, half + 6, half + 6);
        }
        painter.setPen(QPen(Qt::white, 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(sign.adjusted(-1, -1, 1, 1), 3, 3);
        painter.setPen(QPen(StopEdgeColor, 1.5));
        painter.setBrush(s.number > 0 || s.current ? StopColor : StopOtherDayColor);
        painter.drawRoundedRect(sign, 3, 3);
        if (s.number > 0) {
            painter.setPen(StopEdgeColor);
            painter.drawText(sign, Qt::AlignCenter, QString::number(s.number));
        } else {
            // A small bus: body and a row of windows.
            const QRectF body(p.x() - half * 0.6, p.y() - half * 0.45, half * 1.2, half * 0.9);
            painter.setPen(Qt::NoPen);
            painter.setBrush(StopEdgeColor);
            painter.drawRoundedRect(body, 1.5, 1.5);
            painter.setBrush(s.current ? StopColor : StopOtherDayColor);
            painter.drawRect(QRectF(body.left() + 1.5, body.top() + 1.5, body.width() - 3, body.height() * 0.35));
        }
    }
    painter.restore();
}

geo::GeoBounds MapView::visibleBounds() const
{
    const double world = mercator::worldSize(m_zoom);
    const QPointF tl = worldTopLeft();
    const double x0 = std::clamp(tl.x() / world, 0.0, 1.0), x1 = std::clamp((tl.x() + width()) / world, 0.0, 1.0);
    const double y0 = std::clamp(tl.y() / world, 0.0, 1.0), y1 = std::clamp((tl.y() + height()) / world, 0.0, 1.0);
    return { mercator::latitudeFromNormalized(y1), mercator::longitudeFromNormalized(x0),
        mercator::latitudeFromNormalized(y0), mercator::longitudeFromNormalized(x1) };
}

int MapView::pendingTiles() const
{
    return m_basemapQueue->pending() + m_overlayQueue->pending() + (m_clusteringPending ? 1 : 0);
}

QString MapView::attributionText() const
{
    QStringList layers;
    for (const VectorLayer &l : m_layers)
        if (l.visible)
            layers.append(l.attribution);
    return MapRenderer::attribution(
        m_basemapVisible, m_tileProvider ? m_tileProvider->attribution() : QString(), layers, m_extraAttribution);
}

void MapView::clampCenter()
{
    const double world = mercator::worldSize(m_zoom);
    const double halfW = width() / 2.0 / world, halfH = height() / 2.0 / world;
    const auto clampAxis = [](double v, double half) { return half >= 0.5 ? 0.5 : std::clamp(v, half, 1.0 - half); };
    m_center = QPointF(clampAxis(m_center.x(), halfW), clampAxis(m_center.y(), halfH));
}

void MapView::changed()
{
    if (m_tileProvider)
        m_tileProvider->cancelPending();
    m_rasterTiles->forgetRequests();
    update();
    Q_EMIT viewportChanged();
}

void MapView::zoomAround(int newZoom, const QPointF &widgetPos)
{
    newZoom = std::clamp(newZoom, MinZoom, MaxZoom);
    if (newZoom == m_zoom)
        return;
    // Keep the point under the cursor where it is.
    const double world = mercator::worldSize(m_zoom);
    const QPointF anchor = (worldTopLeft() + widgetPos) / world;
    const QPointF offset = widgetPos - QPointF(width() / 2.0, height() / 2.0);
    m_zoom = newZoom;
    const double newWorld = mercator::worldSize(m_zoom);
    m_center = anchor - offset / newWorld;
    clampCenter();
    changed();
}

void MapView::panBy(const QPointF &delta)
{
    m_center -= delta / mercator::worldSize(m_zoom);
    clampCenter();
    changed();
}

// ---- painting ----

void MapView::drawTileLayer(QPainter &painter, int tileZoom, const std::function<const QImage *(int, int, int)> &tileAt,
    const std::function<void(const QRect &, int, int, int)> &missing)
{
    MapRenderer::drawTiles(painter, { m_center, m_zoom, size() }, tileZoom, tileAt, missing);
}

// A tile not rendered yet: the nearest coarser tile in the cache, enlarged, stands in for it.
static void drawFallback(QPainter &painter, TileCache &cache, const QRect &target, int zoom, int x, int y)
{
    for (int up = 1; up <= 4 && zoom - up >= 0; ++up) {
        const int px = x >> up, py = y >> up;
        if (const QImage *parent = cache.find(tileKey(zoom - up, px, py))) {
            const int part = mercator::TileSize >> up;
            const QRect source((x - (px << up)) * part, (y - (py << up)) * part, part, part);
            painter.drawImage(target, *parent, source);
            return;
        }
    }
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), MapRenderer::seaColor());

    // Vector basemap then imported layers: a tile not rendered yet is asked for, and meanwhile the
    // nearest coarser tile already in the cache is drawn enlarged.
    const auto vectorTile = [](TileCache &cache, geo::TileRenderQueue &queue) {
        return [&cache, &queue](int z, int x, int y) -> const QImage * {
            if (const QImage *img = cache.find(tileKey(z, x, y)))
                return img;
            if (cache.markRequested(tileKey(z, x, y)))
                queue.request(z, x, y);
            return nullptr;
        };
    };
    const auto drawWithFallback = [&](TileCache &cache, geo::TileRenderQueue &queue) {
        drawTileLayer(painter, m_zoom, vectorTile(cache, queue),
            [&](const QRect &target, int z, int x, int y) { drawFallback(painter, cache, target, z, x, y); });
    };
    if (m_basemapVisible)
        drawWithFallback(*m_basemapTiles, *m_basemapQueue);
    else
        painter.fillRect(rect(), QColor(0xee, 0xee, 0xee));

    if (m_tileProvider && m_zoom >= m_tileProvider->minZoom()) {
        const int tz = std::min(m_zoom, m_tileProvider->maxZoom());
        drawTileLayer(painter, tz, [this](int z, int x, int y) -> const QImage * {
            if (const QImage *img = m_rasterTiles->find(tileKey(z, x, y)))
                return img;
            if (m_rasterTiles->markRequested(tileKey(z, x, y)))
                m_tileProvider->requestTile(z, x, y);
            return nullptr;
        });
    }

    bool anyOverlay = false;
    for (const VectorLayer &l : std::as_const(m_layers))
        anyOverlay = anyOverlay || (l.visible && l.features);
    if (anyOverlay) {
        // Overlay tiles are transparent: no coarser fallback (it would show through twice).
        drawTileLayer(painter, m_zoom, vectorTile(*m_overlayTiles, *m_overlayQueue));
    }

    painter.setRenderHint(QPainter::Antialiasing);
    drawPoints(painter);
    drawStops(painter);
    drawPosition(painter);
    drawScaleBar(painter);
    drawAttribution(painter);
}

QColor MapView::colorFor(const QString &category) const
{
    const auto it = m_categoryColors.constFind(category);
    if (it != m_categoryColors.constEnd())
        return *it;
    if (category.isEmpty())
        return NeutralPointColor;
    // A category without a chosen colour still gets its own, stable from one run to the next.
    static const QColor palette[]
        = { QColor(0xc0, 0x39, 0x2b), QColor(0x27, 0x8c, 0x4a), QColor(0x8e, 0x44, 0xad), QColor(0xd3, 0x6b, 0x00),
              QColor(0x16, 0x7a, 0x8a), QColor(0xb0, 0x2e, 0x6f), QColor(0x5d, 0x6d, 0x1e), QColor(0x6d, 0x4c, 0x41) };
    return palette[qHash(category, 0x45534341) % std::size(palette)];
}

QVector<MapView::DrawnCluster> MapView::visibleClusters() const
{
    QVector<DrawnCluster> drawn;
    if (m_clusterer->size() == 0)
        return drawn;
    const double world = mercator::worldSize(m_zoom);
    const QPointF tl = worldTopLeft();
    const double margin = 30;
    const QRectF area(QPointF((tl.x() - margin) / world, (tl.y() - margin) / world),
        QPointF((tl.x() + width() + margin) / world, (tl.y() + height() + margin) / world));
    thread_local QVector<geo::Cluster> clusters;
    m_clusterer->clusters(area, m_zoom, &clusters);
    drawn.reserve(clusters.size());
    for (const geo::Cluster &c : std::as_const(clusters)) {
        DrawnCluster d;
        d.pos = QPointF(c.x * world - tl.x(), c.y * world - tl.y());
        d.radius = radiusFor(c.count);
        d.first = c.first;
        d.count = c.count;
        d.category = c.category;
        d.sameCoordinates = c.sameCoordinates;
        drawn.append(d);
    }
    return drawn;
}

const QImage &MapView::markerSprite(const QColor &color, int count, bool stacked)
{
    const quint64 key
        = (quint64(color.rgb() & 0xffffff) << 32) | (quint64(stacked) << 31) | quint64(count & 0x7fffffff);
    auto it = m_markerSprites.constFind(key);
    if (it != m_markerSprites.constEnd())
        return *it;
    if (m_markerSprites.size() > 4096)
        m_markerSprites.clear();
    const qreal radius = radiusFor(count);
    const int size = int(std::ceil(2 * (radius + 5)));
    QImage sprite(size, size, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(size / 2.0, size / 2.0);
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(color);
    p.drawEllipse(c, radius, radius);
    if (count > 1) {
        if (stacked) {
            // A stack of places at one address: a second ring says « several here ».
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(color, 2));
            p.drawEllipse(c, radius + 3, radius + 3);
        }
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.85));
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
            count >= 10000 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count));
    }
    p.end();
    return *m_markerSprites.insert(key, sprite);
}

void MapView::drawPoints(QPainter &painter)
{
    const QVector<DrawnCluster> drawn = visibleClusters();
    const QStringList &categories = m_clusterer->categories();
    for (const DrawnCluster &d : drawn) {
        const QColor color = d.category >= 0 ? colorFor(categories.at(d.category)) : NeutralPointColor;
        const QImage &sprite = markerSprite(color, d.count, d.sameCoordinates && d.count > 1);
        painter.drawImage(QPoint(int(std::lround(d.pos.x() - sprite.width() / 2.0)),
                              int(std::lround(d.pos.y() - sprite.height() / 2.0))),
            sprite);
    }
}

void MapView::drawPosition(QPainter &painter)
{
    if (!m_position.valid)
        return;
    const QPointF p = toWidget(m_position.latitude, m_position.longitude);
    if (std::isfinite(m_position.horizontalAccuracy) && m_position.horizontalAccuracy > 0) {
        const double r = m_position.horizontalAccuracy / mercator::metersPerPixel(m_position.latitude, m_zoom);
        if (r > 8 && r < 4 * std::max(width(), height())) {
            painter.setPen(QPen(QColor(0x1a, 0x73, 0xe8, 120), 1));
            painter.setBrush(QColor(0x1a, 0x73, 0xe8, 40));
            painter.drawEllipse(p, r, r);
        }
    }
    painter.setPen(QPen(Qt::white, 3));
    painter.setBrush(QColor(0x1a, 0x73, 0xe8));
    painter.drawEllipse(p, 7, 7);
}

void MapView::drawScaleBar(QPainter &painter)
{
    MapRenderer::drawScaleBar(painter, QPointF(10, height() - 12), centerLatitude(), m_zoom, font());
}

void MapView::drawAttribution(QPainter &painter)
{
    QFont font = this->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.8));
    MapRenderer::drawAttribution(painter, rect(), attributionText(), font, 170);
}

// ---- interaction ----

QStringList MapView::pointsAt(const QPoint &widgetPos) const
{
    const QVector<DrawnCluster> drawn = visibleClusters();
    // The last drawn is on top.
    for (auto it = drawn.crbegin(); it != drawn.crend(); ++it) {
        if (QLineF(it->pos, widgetPos).length() <= it->radius + 3) {
            QStringList ids;
            for (int i = it->first; i < it->first + it->count; ++i)
                ids.append(m_clusterer->point(i).id);
            return ids;
        }
    }
    return {};
}

void MapView::activateAt(const QPoint &pos)
{
    if (const QString stop = stopAt(pos); !stop.isEmpty()) {
        Q_EMIT stopActivated(stop);
        return;
    }
    const QVector<DrawnCluster> drawn = visibleClusters();
    for (auto it = drawn.crbegin(); it != drawn.crend(); ++it) {
        if (QLineF(it->pos, pos).length() > it->radius + 3)
            continue;
        if (it->count == 1) {
            Q_EMIT pointActivated(m_clusterer->point(it->first).id);
            return;
        }
        QStringList ids;
        for (int i = it->first; i < it->first + it->count; ++i)
            ids.append(m_clusterer->point(i).id);
        Q_EMIT pointsActivated(ids);
        if (it->sameCoordinates || m_zoom >= MaxZoom)
            showStackMenu(*it, it->pos.toPoint());
        else
            zoomAround(std::min(MaxZoom, m_zoom + 2), it->pos);
        return;
    }
}

void MapView::showStackMenu(const DrawnCluster &cluster, const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("pointsMenu"));
    menu->setAccessibleName(tr("Places at this address"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("%Ln place(s) here", nullptr, cluster.count));
    const int shown = std::min(cluster.count, 40);
    for (int i = cluster.first; i < cluster.first + shown; ++i) {
        const geo::MapPoint &p = m_clusterer->point(i);
        QAction *action = menu->addAction(p.label.isEmpty() ? p.id : p.label);
        action->setData(p.id);
        connect(action, &QAction::triggered, this, [this, id = p.id] { Q_EMIT pointActivated(id); });
    }
    if (const int more = cluster.count - shown; more > 0)
        menu->addAction(tr("… and %Ln more", nullptr, more))->setEnabled(false);
    menu->popup(mapToGlobal(pos));
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position().toPoint();
    m_lastDragPos = event->position();
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging && (event->position().toPoint() - m_pressPos).manhattanLength() < 4)
        return;
    if (!m_dragging) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    panBy(event->position() - m_lastDragPos);
    m_lastDragPos = event->position();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    activateAt(event->position().toPoint());
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    if (!pointsAt(event->position().toPoint()).isEmpty())
        return; // a double click on a marker is two clicks on it, not a zoom
    zoomAround(m_zoom + 1, event->position());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // Touchpads send small steps: zoom once per notch (120 units) accumulated.
    m_wheelAngle += event->angleDelta().y();
    int steps = 0;
    while (m_wheelAngle >= 120) {
        ++steps;
        m_wheelAngle -= 120;
    }
    while (m_wheelAngle <= -120) {
        --steps;
        m_wheelAngle += 120;
    }
    if (steps != 0)
        zoomAround(m_zoom + steps, event->position());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double step = std::min(width(), height()) / 4.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(m_zoom + 1, rect().center());
        break;
    case Qt::Key_Minus:
        zoomAround(m_zoom - 1, rect().center());
        break;
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    case Qt::Key_Home:
        centerOnHome();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int size = std::max(28, fontMetrics().height() + 10);
    m_zoomInButton->setGeometry(width() - size - 10, 10, size, size);
    m_zoomOutButton->setGeometry(width() - size - 10, 10 + size + 2, size, size);
    m_homeButton->setGeometry(width() - size - 10, 10 + 2 * (size + 2) + 8, size, size);
    clampCenter();
    Q_EMIT viewportChanged();
}

} // namespace escale::ui
