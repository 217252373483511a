#pragma once

#include "activity/ActivityStatistics.h"

namespace escale::activity {

// Adds the figures of the other modules to statistics — orientations made (orientation), diagnostics
// made (competencies), cheques redeemed per scheme and funder (cheques) — for each module that is
// part of this build. A module that is absent leaves its field empty (std::nullopt): no made-up number.
void addExternalFigures(storage::Database &db, ActivityStatistics &statistics);

// Which of those modules this build has ("orientation", "diagnostic", "cheques").
QStringList externalModules();

} // namespace escale::activity
