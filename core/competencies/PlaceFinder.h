#pragma once

#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace escale::competencies {

// A place of the territory that offers the service a person needs next (printed on the passeport).
struct PlaceSuggestion
{
    QString nom;
    QString address; // one line
    QString telephone;
    std::optional<double> distanceKm;
};

// Finds places offering some services, nearest to the structure first. A small interface so that the
// diagnostic does not depend on how places are searched (and tests can give their own).
class PlaceFinder
{
public:
    virtual ~PlaceFinder() = default;
    virtual QList<PlaceSuggestion> find(const QStringList &serviceCodes, int limit) const = 0;
};

// The finder over the places of this installation (places::PlaceSearch), nearest to the structure
// first: its coordinates, else where structure::structureOrigin puts it (a place of the same name, its
// commune).
std::unique_ptr<PlaceFinder> makePlaceFinder(storage::Database &db);

} // namespace escale::competencies
