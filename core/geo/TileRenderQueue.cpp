#include "TileRenderQueue.h"

#include "WebMercator.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace escale::geo {

namespace {

quint64 tileKey(int zoom, int x, int y)
{
    return (quint64(zoom) << 58) | (quint64(x) << 29) | quint64(y);
}

// Sutherland–Hodgman clipping of a ring against an axis-aligned rectangle: keeps the coordinates
// QPainter receives small whatever the zoom level.
QPolygonF clipRing(const QPolygonF &ring, const QRectF &r)
{
    QPolygonF out = ring;
    for (int edge = 0; edge < 4 && !out.isEmpty(); ++edge) {
        const QPolygonF in = out;
        out.clear();
        const auto inside = [&](const QPointF &p) {
            switch (edge) {
            case 0:
                return p.x() >= r.left();
            case 1:
                return p.x() <= r.right();
            case 2:
                return p.y() >= r.top();
            default:
                return p.y() <= r.bottom();
            }
        };
        const auto cross = [&](const QPointF &a, const QPointF &b) {
            double t = 0;
            switch (edge) {
            case 0:
                t = (r.left() - a.x()) / (b.x() - a.x());
                break;
            case 1:
                t = (r.right() - a.x()) / (b.x() - a.x());
                break;
            case 2:
                t = (r.top() - a.y()) / (b.y() - a.y());
                break;
            default:
                t = (r.bottom() - a.y()) / (b.y() - a.y());
                break;
            }
            return a + (b - a) * t;
        };
        for (int i = 0; i < in.size(); ++i) {
            const QPointF &cur = in.at(i);
            const QPointF &prev = in.at((i + in.size() - 1) % in.size());
            const bool curIn = inside(cur), prevIn = inside(prev);
            if (curIn) {
                if (!prevIn)
                    out.append(cross(prev, cur));
                out.append(cur);
            } else if (prevIn) {
                out.append(cross(prev, cur));
            }
        }
    }
    return out;
}

} // namespace

TileRenderQueue::TileRenderQueue(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(2);
}

TileRenderQueue::~TileRenderQueue()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void TileRenderQueue::setLayers(const QVector<LayerStyle> &layers, const QColor &background)
{
    m_layers = layers;
    m_background = background;
    ++m_generation;
    m_pool.clear();
    m_pending.clear();
}

void TileRenderQueue::request(int zoom, int x, int y)
{
    const quint64 key = tileKey(zoom, x, y);
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    const quint64 generation = m_generation;
    m_pool.start([this, layers = m_layers, background = m_background, generation, zoom, x, y, key] {
        const QImage image = render(layers, background, zoom, x, y);
        QMetaObject::invokeMethod(
            this,
            [this, generation, zoom, x, y, key, image] {
                if (generation == m_generation)
                    m_pending.remove(key);
                Q_EMIT tileRendered(generation, zoom, x, y, image);
            },
            Qt::QueuedConnection);
    });
}

QImage TileRenderQueue::render(const QVector<LayerStyle> &layers, const QColor &background, int zoom, int x, int y)
{
    const int size = mercator::TileSize;
    // Opaque tiles (the basemap) in RGB32: they blit without blending.
    const bool opaque = background.isValid() && background.alpha() == 255;
    QImage image(size, size, opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    image.fill(background.isValid() ? background : QColor(Qt::transparent));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    const double world = mercator::worldSize(zoom);
    const double ox = double(x) * size;
    const double oy = double(y) * size;
    // The tile in normalised coordinates, with a margin for strokes.
    const double margin = 4.0 / world;
    const QRectF tileArea(QPointF(ox / world - margin, oy / world - margin),
        QPointF((ox + size) / world + margin, (oy + size) / world + margin));
    const QRectF clip(-8, -8, size + 16, size + 16);

    for (const LayerStyle &layer : layers) {
        if (!layer.features)
            continue;
        QPen pen(layer.stroke.isValid() ? layer.stroke : QColor(Qt::transparent), layer.width);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::RoundJoin);
        const bool fills = layer.fill.isValid() && layer.fill.alpha() > 0;
        for (const Feature &feature : layer.features->features) {
            const QRectF &b = feature.projectedBounds;
            if (b.right() < tileArea.left() || b.left() > tileArea.right() || b.bottom() < tileArea.top()
                || b.top() > tileArea.bottom())
                continue;
            if (feature.kind == GeometryKind::Point) {
                painter.setPen(pen);
                painter.setBrush(fills ? layer.fill : layer.stroke);
                for (const QPolygonF &p : feature.projected)
                    for (const QPointF &n : p)
                        painter.drawEllipse(QPointF(n.x() * world - ox, n.y() * world - oy), 3, 3);
                continue;
            }
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &part : feature.projected) {
                // To tile pixels, dropping vertices less than half a pixel from the last one kept.
                QPolygonF px;
                px.reserve(part.size());
                QPointF last(1e300, 1e300);
                for (const QPointF &n : part) {
                    const QPointF p(n.x() * world - ox, n.y() * world - oy);
                    if (std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) < 0.5)
                        continue;
                    px.append(p);
                    last = p;
                }
                if (feature.kind == GeometryKind::Area) {
                    if (!part.isEmpty())
                        px.append(QPointF(part.last().x() * world - ox, part.last().y() * world - oy));
                    px = clipRing(px, clip);
                    if (px.size() >= 3)
                        path.addPolygon(px);
                } else if (px.size() >= 2) {
                    path.moveTo(px.first());
                    for (int i = 1; i < px.size(); ++i)
                        path.lineTo(px.at(i));
                }
            }
            if (path.isEmpty())
                continue;
            if (feature.kind == GeometryKind::Area) {
                painter.fillPath(path, fills ? QBrush(layer.fill) : QBrush(Qt::NoBrush));
                if (layer.stroke.isValid() && layer.stroke.alpha() > 0) {
                    painter.strokePath(path, pen);
                }
            } else {
                painter.strokePath(path, pen);
            }
        }
    }
    return image;
}

} // namespace escale::geo
