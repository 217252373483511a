#include "CoordinateCheck.h"

#include <cmath>

namespace escale::geo {

CoordinateProblem checkCoordinate(double latitude, double longitude)
{
    if (!std::isfinite(latitude) || !std::isfinite(longitude))
        return CoordinateProblem::NotANumber;
    if (std::abs(latitude) > 90.0 || std::abs(longitude) > 180.0)
        return CoordinateProblem::OutOfRange;
    if (latitude == 0.0 && longitude == 0.0)
        return CoordinateProblem::NullIsland;
    const bool swappedIsFrance = longitude >= 41.0 && longitude <= 51.5 && latitude >= -5.5 && latitude <= 9.8;
    if (swappedIsFrance)
        return CoordinateProblem::SwappedForFrance;
    return CoordinateProblem::None;
}

} // namespace escale::geo
