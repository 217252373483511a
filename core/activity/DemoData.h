#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <functional>

namespace escale::storage {
class Database;
}

namespace escale::activity {

// Fills a FRESH database with a year of plausible, clearly labelled demonstration data: a structure
// « Démo — Espace numérique des Cigales » when none is set, three demonstration mediators,
// beneficiaries with obviously fictitious names (« Démo Camille Exemple »), and about 1,800 activities
// over the 12 months before today with a realistic seasonality (quiet August, busy autumn and
// tax-return spring). The same seed always gives the same data. Refuses a database that already holds
// activities (code "demo.not-empty").
//
// Other modules add their own demonstration data with registerDemoFiller(); `escale demo` runs them
// after the activities, in registration order, inside the same transaction.
Status fillDemo(storage::Database &db, const Clock &clock);

using DemoFiller = std::function<Status(storage::Database &, const Clock &)>;
void registerDemoFiller(DemoFiller filler);

struct DemoSummary
{
    int users = 0;
    int beneficiaries = 0;
    int activities = 0;
};
// What fillDemo wrote (counted from the database).
DemoSummary demoSummary(storage::Database &db);

} // namespace escale::activity
