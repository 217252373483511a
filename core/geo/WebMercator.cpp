#include "WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace escale::geo::mercator {

double normalizedX(double longitude)
{
    return (longitude + 180.0) / 360.0;
}

double normalizedY(double latitude)
{
    const double lat = std::clamp(latitude, -MaxLatitude, MaxLatitude) * std::numbers::pi / 180.0;
    return (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / std::numbers::pi) / 2.0;
}

double longitudeFromNormalized(double x)
{
    return x * 360.0 - 180.0;
}

double latitudeFromNormalized(double y)
{
    const double n = std::numbers::pi * (1.0 - 2.0 * y);
    return std::atan(std::sinh(n)) * 180.0 / std::numbers::pi;
}

double worldSize(int zoom)
{
    return std::ldexp(double(TileSize), std::clamp(zoom, 0, 30));
}

QPointF toWorldPixels(double latitude, double longitude, int zoom)
{
    const double size = worldSize(zoom);
    return { normalizedX(longitude) * size, normalizedY(latitude) * size };
}

void fromWorldPixels(const QPointF &pixels, int zoom, double *latitude, double *longitude)
{
    const double size = worldSize(zoom);
    if (latitude)
        *latitude = latitudeFromNormalized(pixels.y() / size);
    if (longitude)
        *longitude = longitudeFromNormalized(pixels.x() / size);
}

int tileCount(int zoom)
{
    return 1 << std::clamp(zoom, 0, 30);
}

QPoint tileFor(double latitude, double longitude, int zoom)
{
    const int n = tileCount(zoom);
    const int x = std::clamp(int(std::floor(normalizedX(longitude) * n)), 0, n - 1);
    const int y = std::clamp(int(std::floor(normalizedY(latitude) * n)), 0, n - 1);
    return { x, y };
}

double metersPerPixel(double latitude, int zoom)
{
    return std::cos(std::clamp(latitude, -MaxLatitude, MaxLatitude) * std::numbers::pi / 180.0) * 2.0 * std::numbers::pi
        * EarthRadius / worldSize(zoom);
}

double distanceMeters(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * 6371008.8 * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace escale::geo::mercator
