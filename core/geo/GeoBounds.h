#pragma once

#include <algorithm>

namespace escale::geo {

// A latitude/longitude box in WGS84 degrees. West may be greater than east only when the box crosses
// the antimeridian, which the map never produces (it does not wrap around the world).
struct GeoBounds
{
    double south = 0;
    double west = 0;
    double north = 0;
    double east = 0;

    bool isValid() const { return north >= south && east >= west; }
    bool contains(double latitude, double longitude) const
    {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }
    bool intersects(const GeoBounds &o) const
    {
        return !(o.west > east || o.east < west || o.south > north || o.north < south);
    }
    void extend(double latitude, double longitude)
    {
        south = std::min(south, latitude);
        north = std::max(north, latitude);
        west = std::min(west, longitude);
        east = std::max(east, longitude);
    }
    static GeoBounds empty() { return { 90, 180, -90, -180 }; }
};

} // namespace escale::geo
