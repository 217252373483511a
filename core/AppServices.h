#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

#include <QString>

namespace escale::itinerant {
class CurrentStop;
}

namespace escale {

// What the application hands down to every screen and command: created once in app/, never global.
struct AppServices
{
    storage::Database &database;
    const Clock &clock;
    // Where the device's position comes from: an NMEA log to replay (`--nmea FILE`), or empty for the
    // system's positioning source when there is one.
    QString nmeaLog = {};
    // The bus's current stop (issue 9): records made while it is set carry its id. Null in commands.
    itinerant::CurrentStop *currentStop = nullptr;
};

} // namespace escale
