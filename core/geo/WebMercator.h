#pragma once

#include <QPoint>
#include <QPointF>

namespace escale::geo {

// Spherical Web Mercator (EPSG:3857) as the slippy maps use it: at zoom z the world is a square of
// 256·2^z pixels, x growing east from 180° W, y growing south from about 85.0511° N.
namespace mercator {

inline constexpr int TileSize = 256;
inline constexpr double MaxLatitude = 85.05112877980659;
inline constexpr double EarthRadius = 6378137.0;

// Normalised coordinates: the world is the unit square (0,0 top-left).
double normalizedX(double longitude);
double normalizedY(double latitude); // latitude clamped to ±MaxLatitude
double longitudeFromNormalized(double x);
double latitudeFromNormalized(double y);

// World pixels at zoom z (0…30).
double worldSize(int zoom);
QPointF toWorldPixels(double latitude, double longitude, int zoom);
void fromWorldPixels(const QPointF &pixels, int zoom, double *latitude, double *longitude);

// The tile (x, y in the XYZ scheme, y from the north) holding a point at zoom z.
QPoint tileFor(double latitude, double longitude, int zoom);
int tileCount(int zoom); // per side: 2^z

// Ground size of one pixel at this latitude and zoom.
double metersPerPixel(double latitude, int zoom);

// Great-circle distance in metres (haversine).
double distanceMeters(double lat1, double lon1, double lat2, double lon2);

} // namespace mercator
} // namespace escale::geo
