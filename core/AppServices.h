#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

namespace escale {

// What the application hands down to every screen and command: created once in app/, never global.
struct AppServices
{
    storage::Database &database;
    const Clock &clock;
};

} // namespace escale
