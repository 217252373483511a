#pragma once

#include "structure/StructureProfile.h"

#include <QString>

#include <optional>

namespace escale::structure {

// Where a structure (or a commune) is, found offline from what this installation already holds: the
// places register and the imported vector layers (docs/administration.md, « Coordonnées de la
// structure »). Never the network. Kept apart from StructureProfile (escale_structure_location) as
// it reads the places and the layers, which the shared library escale_structure does not link.
struct LocatedPoint
{
    enum class Source {
        Profile,       // the coordinates saved in the structure's profile
        SamePlace,     // a place of the register with the same name in the same commune
        CommunePlaces, // the middle of the register's places in the commune
        CommuneLayer,  // the centre of the commune's outline in an imported layer
    };
    double latitude = 0;
    double longitude = 0;
    Source source = Source::Profile;
    QString label; // the place's name (SamePlace), the commune's name (CommunePlaces, CommuneLayer)

    // One translated sentence saying where the point comes from, for the screen.
    QString describe() const;
};

// A commune (name, postcode or INSEE code): the median position of the register's places in it
// (the town, where the places are), else the centre of its outline in an imported layer whose
// features carry `nom` / `code` (e.g. the IGN communes). Nothing when neither knows it.
std::optional<LocatedPoint> locateCommune(storage::Database &db, const QString &communeOrCode);

// Coordinates to propose for a profile that has none (or to check them): a place of the register with
// the same name and the same commune or postcode, else the commune (locateCommune on the INSEE code,
// the commune, then the postcode).
std::optional<LocatedPoint> suggestPosition(storage::Database &db, const StructureProfile &profile);

// The point from which « nearest » is measured for this installation: the profile's coordinates when
// saved, else suggestPosition(). Nothing before the first-run assistant or when nothing is known.
std::optional<LocatedPoint> structureOrigin(storage::Database &db);

} // namespace escale::structure
