#pragma once

#include "MapPoint.h"

#include <QRectF>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <vector>

namespace escale::geo {

// One cluster of points at one zoom level (a single point is a cluster of one).
struct Cluster
{
    double x = 0; // normalised Web Mercator of the centroid
    double y = 0;
    int first = 0; // into PointClusterer's sorted order
    int count = 0; // number of points
    int category = -1; // index into categories() when all points share it, else -1
    bool sameCoordinates = false; // all points at exactly the same latitude/longitude

    double latitude() const;
    double longitude() const;
};

// Hierarchical grid clustering: at zoom z the world is cut into square cells of CellPixels screen
// pixels, and the points of one cell form one cluster drawn at their centroid. Cells are
// quadtree-aligned, so a cell at zoom z is exactly four cells at z+1: points are sorted once by the
// Morton code of their finest cell, and every coarser level is a run-length pass over the finer one
// (O(n) per level, no tree to rebalance). A viewport query looks up only the cells it covers.
//
// Points with a latitude/longitude out of range (or NaN) are left out (see skipped()).
class PointClusterer
{
public:
    static constexpr int CellPixels = 64;
    static constexpr int MaxLevel = 20; // finest level; queries above it use it

    void build(const QVector<MapPoint> &points);

    // Clusters intersecting a normalised Web Mercator rectangle at this zoom level.
    QVector<Cluster> clusters(const QRectF &normalizedArea, int zoom) const;
    void clusters(const QRectF &normalizedArea, int zoom, QVector<Cluster> *out) const;

    // The ids of a cluster's points (in a stable order: by position, then input order).
    QStringList ids(const Cluster &cluster) const;
    const MapPoint &point(int sortedIndex) const { return m_points[m_order[size_t(sortedIndex)]]; }
    const QStringList &categories() const { return m_categories; }
    int size() const { return int(m_order.size()); }
    int skipped() const { return m_skipped; }

private:
    struct Level
    {
        std::vector<std::uint64_t> codes; // Morton code of each cluster's cell at this level, sorted
        std::vector<Cluster> clusters;
    };

    QVector<MapPoint> m_points;
    std::vector<int> m_order; // indices into m_points, sorted by finest cell
    std::vector<Level> m_levels;
    QStringList m_categories;
    int m_skipped = 0;
};

} // namespace escale::geo
