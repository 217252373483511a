#pragma once

// The real register of Provence-Alpes-Côte d'Azur (../shared/data) and a Digne-les-Bains structure
// saved without coordinates: what the tests of « nearby places » (orientation, diagnostic, structure
// location) start from.

#include "TestSupport.h"

#include "structure/StructureProfile.h"

namespace escale::test {

// The PACA places file, or an empty string when ../shared/data is not there (the test then skips).
inline QString pacaPlacesFile()
{
    return sharedData(
        QStringLiteral("lieux/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json"));
}

// A structure in Digne-les-Bains with an address but no latitude or longitude.
inline structure::StructureProfile digneStructureWithoutCoordinates()
{
    structure::StructureProfile p;
    p.nom = QStringLiteral("Espace numérique de la gare");
    p.adresse = QStringLiteral("1 avenue de Verdun");
    p.commune = QStringLiteral("Digne-les-Bains");
    p.codePostal = QStringLiteral("04000");
    return p;
}

} // namespace escale::test
