#include "orientation/OfficeFinder.h"

#include "common/TextNormalizer.h"
#include "places/OpeningHours.h"
#include "places/PlaceSearch.h"

namespace escale::orientation {

QString SuggestedOffice::fullAddress() const
{
    QStringList parts;
    if (!adresse.trimmed().isEmpty())
        parts.append(adresse.trimmed());
    const QString town = QString(codePostal + QLatin1Char(' ') + commune).trimmed();
    if (!town.isEmpty())
        parts.append(town);
    return parts.join(QStringLiteral(", "));
}

QList<SuggestedOffice> PlaceOfficeFinder::nearest(const OfficeQuery &query) const
{
    places::PlaceQuery q;
    q.typologies = query.typologies;
    q.nearLat = query.latitude;
    q.nearLon = query.longitude;
    q.limit = std::max(1, query.limit);
    QList<SuggestedOffice> list;
    for (const places::PlaceHit &hit : places::PlaceSearch(m_db).search(q)) {
        SuggestedOffice o;
        o.placeId = hit.id;
        o.nom = hit.nom;
        o.adresse = hit.adresse;
        o.codePostal = hit.codePostal;
        o.commune = hit.commune;
        o.telephone = hit.telephone;
        o.horaires = hit.horaires;
        o.distanceKm = hit.distanceKm;
        o.typologie = hit.typologie;
        if (query.at.isValid() && !hit.horaires.trimmed().isEmpty()) {
            const places::OpeningHours hours = places::OpeningHours::parse(hit.horaires);
            o.openingStatus = hours.describeAt(query.at);
            if (hours.isValid())
                o.openNow = hours.isOpenAt(query.at);
        }
        list.append(o);
    }
    return list;
}

std::optional<std::pair<double, double>> PlaceOfficeFinder::locate(const QString &commune) const
{
    const QString wanted = text::normalizeForSearch(commune);
    if (wanted.isEmpty())
        return std::nullopt;
    places::PlaceQuery q;
    q.text = commune;
    q.limit = 200;
    double lat = 0, lon = 0;
    int n = 0;
    for (const places::PlaceHit &hit : places::PlaceSearch(m_db).search(q)) {
        if (!hit.latitude || !hit.longitude)
            continue;
        if (hit.codePostal != commune.trimmed() && text::normalizeForSearch(hit.commune) != wanted)
            continue;
        lat += *hit.latitude;
        lon += *hit.longitude;
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return std::make_pair(lat / n, lon / n);
}

} // namespace escale::orientation
