#pragma once

#include <QString>

namespace escale::geo {

// One point shown on the map (a place, a stop of a bus…). The map never knows what a place is: the
// caller gives an id it will get back when the point is clicked, a category used for the colour (a
// typologie code for places) and a short label.
struct MapPoint
{
    QString id;
    double latitude = 0;
    double longitude = 0;
    QString category;
    QString label;
};

} // namespace escale::geo
