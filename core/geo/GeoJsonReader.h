#pragma once

#include "FeatureSet.h"

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace escale::geo {

// Reads GeoJSON (RFC 7946): a FeatureCollection, a single Feature or a bare geometry; geometries
// Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon and GeometryCollection.
// Errors name the file and where: the line and column of a JSON syntax error (a truncated file), the
// feature number (1-based) and its name for a bad geometry, a coordinate out of range, or a whole
// file whose latitudes and longitudes look swapped (France read as lat/lon instead of lon/lat).
// Nothing is returned half-read: an error means no features.
class GeoJsonReader
{
public:
    static Result<FeatureSet> readFile(const QString &path);
    // `sourceName` is what error messages call the data (usually the file name).
    static Result<FeatureSet> parse(const QByteArray &json, const QString &sourceName);
};

} // namespace escale::geo
