#pragma once

#include "GeoBounds.h"

#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVariantMap>
#include <QVector>

namespace escale::geo {

enum class GeometryKind { Point, Line, Area };

// One geographic feature of a vector layer. Coordinates are kept twice: as read (x = longitude,
// y = latitude, WGS84 degrees) and projected into normalised Web Mercator (the unit square), which is
// what the renderer draws. An Area's parts are all the rings of all its polygons: drawn with the
// odd-even rule, holes and multipolygons come out right.
struct Feature
{
    GeometryKind kind = GeometryKind::Area;
    QVector<QPolygonF> parts; // lon/lat
    QVector<QPolygonF> projected; // normalised Web Mercator
    QRectF projectedBounds; // of `projected`
    QVariantMap properties;

    QString name() const; // properties "nom", then "name", else empty
};

// The features of one layer (a GeoJSON file, the embedded basemap…).
class FeatureSet
{
public:
    QString sourceName;
    QVector<Feature> features;
    GeoBounds bounds = GeoBounds::empty();

    int size() const { return int(features.size()); }
    // Fills `projected` and `projectedBounds` of every feature and `bounds` from `parts`.
    void project();
    int vertexCount() const;
};

} // namespace escale::geo
