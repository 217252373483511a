#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

#include <QString>

namespace escale {

// What the application hands down to every screen and command: created once in app/, never global.
struct AppServices
{
    storage::Database &database;
    const Clock &clock;
    // Where the device's position comes from: an NMEA log to replay (`--nmea FILE`), or empty for the
    // system's positioning source when there is one.
    QString nmeaLog = {};
};

} // namespace escale
