#include "PointClusterer.h"

#include "WebMercator.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace escale::geo {

namespace {

// Bits of a cell coordinate at a zoom level: 2^(z + 2) cells per side for 64 px cells.
constexpr int extraBits = 2; // log2(256 / CellPixels)
static_assert((256 >> extraBits) == PointClusterer::CellPixels);

std::uint64_t spread(std::uint64_t v)
{
    v &= 0x3fffffULL; // 22 bits is enough for level 20
    v = (v | (v << 16)) & 0x0000ffff0000ffffULL;
    v = (v | (v << 8)) & 0x00ff00ff00ff00ffULL;
    v = (v | (v << 4)) & 0x0f0f0f0f0f0f0f0fULL;
    v = (v | (v << 2)) & 0x3333333333333333ULL;
    v = (v | (v << 1)) & 0x5555555555555555ULL;
    return v;
}

std::uint64_t morton(std::uint32_t x, std::uint32_t y)
{
    return spread(x) | (spread(y) << 1);
}

} // namespace

double Cluster::latitude() const
{
    return mercator::latitudeFromNormalized(y);
}

double Cluster::longitude() const
{
    return mercator::longitudeFromNormalized(x);
}

void PointClusterer::build(const QVector<MapPoint> &points)
{
    m_points = points;
    m_order.clear();
    m_levels.clear();
    m_categories.clear();
    m_skipped = 0;

    const int finest = MaxLevel;
    const double cells = std::ldexp(1.0, finest + extraBits);
    const auto maxCell = std::uint32_t(cells - 1);

    struct Entry
    {
        std::uint64_t code;
        int index;
        double x;
        double y;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(points.size()));
    for (int i = 0; i < points.size(); ++i) {
        const MapPoint &p = points.at(i);
        if (!std::isfinite(p.latitude) || !std::isfinite(p.longitude) || std::abs(p.latitude) > 90.0
            || std::abs(p.longitude) > 180.0) {
            ++m_skipped;
            continue;
        }
        const double x = mercator::normalizedX(p.longitude);
        const double y = mercator::normalizedY(p.latitude);
        const auto cx = std::min(maxCell, std::uint32_t(x * cells));
        const auto cy = std::min(maxCell, std::uint32_t(y * cells));
        entries.push_back({ morton(cx, cy), i, x, y });
    }
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.code != b.code ? a.code < b.code : a.index < b.index; });

    QHash<QString, int> categoryIndex;
    std::vector<int> pointCategory(size_t(points.size()), -1);
    for (const Entry &e : entries) {
        const QString &c = points.at(e.index).category;
        auto it = categoryIndex.constFind(c);
        if (it == categoryIndex.constEnd()) {
            it = categoryIndex.insert(c, int(m_categories.size()));
            m_categories.append(c);
        }
        pointCategory[size_t(e.index)] = *it;
    }

    m_levels.resize(size_t(finest + 1));
    // Finest level: runs of equal codes.
    {
        Level &level = m_levels[size_t(finest)];
        m_order.reserve(entries.size());
        size_t i = 0;
        while (i < entries.size()) {
            size_t j = i;
            Cluster c;
            c.first = int(i);
            c.category = pointCategory[size_t(entries[i].index)];
            c.sameCoordinates = true;
            double sx = 0, sy = 0;
            const MapPoint &p0 = points.at(entries[i].index);
            while (j < entries.size() && entries[j].code == entries[i].code) {
                const Entry &e = entries[j];
                const MapPoint &p = points.at(e.index);
                sx += e.x;
                sy += e.y;
                if (pointCategory[size_t(e.index)] != c.category)
                    c.category = -1;
                if (p.latitude != p0.latitude || p.longitude != p0.longitude)
                    c.sameCoordinates = false;
                m_order.push_back(e.index);
                ++j;
            }
            c.count = int(j - i);
            c.x = sx / c.count;
            c.y = sy / c.count;
            level.codes.push_back(entries[i].code);
            level.clusters.push_back(c);
            i = j;
        }
    }
    // Coarser levels: a parent cell is its children's code shifted by two bits.
    for (int z = finest - 1; z >= 0; --z) {
        const Level &child = m_levels[size_t(z + 1)];
        Level &level = m_levels[size_t(z)];
        level.codes.reserve(child.codes.size() / 2 + 1);
        level.clusters.reserve(child.codes.size() / 2 + 1);
        size_t i = 0;
        while (i < child.codes.size()) {
            const std::uint64_t code = child.codes[i] >> 2;
            Cluster c = child.clusters[i];
            double sx = c.x * c.count, sy = c.y * c.count;
            size_t j = i + 1;
            while (j < child.codes.size() && (child.codes[j] >> 2) == code) {
                const Cluster &o = child.clusters[j];
                sx += o.x * o.count;
                sy += o.y * o.count;
                if (o.category != c.category)
                    c.category = -1;
                if (c.sameCoordinates
                    && !(o.sameCoordinates && point(o.first).latitude == point(c.first).latitude
                        && point(o.first).longitude == point(c.first).longitude))
                    c.sameCoordinates = false;
                c.count += o.count;
                ++j;
            }
            c.x = sx / c.count;
            c.y = sy / c.count;
            level.codes.push_back(code);
            level.clusters.push_back(c);
            i = j;
        }
    }
}

QVector<Cluster> PointClusterer::clusters(const QRectF &normalizedArea, int zoom) const
{
    QVector<Cluster> out;
    clusters(normalizedArea, zoom, &out);
    return out;
}

void PointClusterer::clusters(const QRectF &area, int zoom, QVector<Cluster> *out) const
{
    out->clear();
    if (m_levels.empty())
        return;
    const int z = std::clamp(zoom, 0, MaxLevel);
    const Level &level = m_levels[size_t(z)];
    const double cells = std::ldexp(1.0, z + extraBits);
    const auto maxCell = std::int64_t(cells) - 1;
    const std::int64_t x0 = std::clamp<std::int64_t>(std::int64_t(std::floor(area.left() * cells)), 0, maxCell);
    const std::int64_t x1 = std::clamp<std::int64_t>(std::int64_t(std::floor(area.right() * cells)), 0, maxCell);
    const std::int64_t y0 = std::clamp<std::int64_t>(std::int64_t(std::floor(area.top() * cells)), 0, maxCell);
    const std::int64_t y1 = std::clamp<std::int64_t>(std::int64_t(std::floor(area.bottom() * cells)), 0, maxCell);
    const std::int64_t covered = (x1 - x0 + 1) * (y1 - y0 + 1);

    if (covered * 8 >= std::int64_t(level.codes.size())) {
        // The view covers a large share of the occupied cells: one pass over the level.
        for (size_t i = 0; i < level.codes.size(); ++i) {
            const Cluster &c = level.clusters[i];
            const auto cx = std::int64_t(c.x * cells), cy = std::int64_t(c.y * cells);
            if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1)
                out->append(c);
        }
        return;
    }
    // Otherwise one binary search per covered cell.
    for (std::int64_t y = y0; y <= y1; ++y) {
        for (std::int64_t x = x0; x <= x1; ++x) {
            const std::uint64_t code = morton(std::uint32_t(x), std::uint32_t(y));
            const auto it = std::lower_bound(level.codes.begin(), level.codes.end(), code);
            if (it != level.codes.end() && *it == code)
                out->append(level.clusters[size_t(it - level.codes.begin())]);
        }
    }
}

QStringList PointClusterer::ids(const Cluster &cluster) const
{
    QStringList result;
    result.reserve(cluster.count);
    for (int i = cluster.first; i < cluster.first + cluster.count; ++i)
        result.append(point(i).id);
    return result;
}

} // namespace escale::geo
