#include "competencies/PlaceFinder.h"

#include "places/PlaceSearch.h"
#include "structure/StructureLocation.h"

#include <QStringList>

namespace escale::competencies {

namespace {

class PlaceSearchFinder final : public PlaceFinder
{
public:
    explicit PlaceSearchFinder(storage::Database &db)
        : m_db(db)
    { }

    QList<PlaceSuggestion> find(const QStringList &serviceCodes, int limit) const override
    {
        places::PlaceQuery query;
        query.services = serviceCodes;
        query.limit = limit;
        // From the structure: its coordinates, else where the places register puts it.
        if (const auto origin = structure::structureOrigin(m_db)) {
            query.nearLat = origin->latitude;
            query.nearLon = origin->longitude;
        }
        QList<PlaceSuggestion> list;
        for (const places::PlaceHit &hit : places::PlaceSearch(m_db).search(query)) {
            PlaceSuggestion s;
            s.nom = hit.nom;
            QStringList parts;
            if (!hit.adresse.isEmpty())
                parts << hit.adresse;
            const QString town = QStringList { hit.codePostal, hit.commune }.join(QLatin1Char(' ')).trimmed();
            if (!town.isEmpty())
                parts << town;
            s.address = parts.join(QStringLiteral(", "));
            s.telephone = hit.telephone;
            s.distanceKm = hit.distanceKm;
            list.append(s);
        }
        return list;
    }

private:
    storage::Database &m_db;
};

} // namespace

std::unique_ptr<PlaceFinder> makePlaceFinder(storage::Database &db)
{
    return std::make_unique<PlaceSearchFinder>(db);
}

} // namespace escale::competencies
