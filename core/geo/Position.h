#pragma once

#include <QDateTime>
#include <QMetaType>

#include <cmath>

namespace escale::geo {

// A position of the device, as the map draws it.
struct Position
{
    double latitude = 0;
    double longitude = 0;
    double horizontalAccuracy = std::nan(""); // metres, NaN when unknown
    QDateTime timestamp; // UTC
    bool valid = false;
};

} // namespace escale::geo

Q_DECLARE_METATYPE(escale::geo::Position)
