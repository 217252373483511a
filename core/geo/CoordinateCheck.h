#pragma once

namespace escale::geo {

// What is wrong with a latitude/longitude pair read from a file.
enum class CoordinateProblem {
    None,
    NotANumber, // NaN or infinite
    OutOfRange, // |latitude| > 90 or |longitude| > 180
    SwappedForFrance, // latitude and longitude inverted: swapped back, the point falls in France
    NullIsland, // 0, 0: a placeholder, not a place
};

// Checks one pair (for importers: places, stops…). A pair in range whose swap lands in metropolitan
// France or Corsica while itself lying off the Horn of Africa is reported as swapped: no French
// digital-mediation place sits at 41–52° E, −6–10° N.
CoordinateProblem checkCoordinate(double latitude, double longitude);

} // namespace escale::geo
