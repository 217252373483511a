#include "structure/StructureLocation.h"

#include "common/TextNormalizer.h"
#include "geo/VectorLayerStore.h"
#include "places/PlaceSearch.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace escale::structure {

namespace {

bool isPostcode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{5}$"));
    return re.match(text).hasMatch();
}

bool isInseeCode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"), QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// The register's places of a commune (its name) or of a postcode.
std::optional<LocatedPoint> fromPlaces(storage::Database &db, const QString &communeOrPostcode)
{
    const QString wanted = text::normalizeForSearch(communeOrPostcode);
    if (wanted.isEmpty())
        return std::nullopt;
    const bool postcode = isPostcode(communeOrPostcode.trimmed());
    places::PlaceQuery q;
    q.text = communeOrPostcode;
    q.limit = 500;
    QList<double> lats, lons;
    for (const places::PlaceHit &hit : places::PlaceSearch(db).search(q)) {
        if (!hit.latitude || !hit.longitude)
            continue;
        if (postcode ? hit.codePostal != communeOrPostcode.trimmed() : text::normalizeForSearch(hit.commune) != wanted)
            continue;
        lats << *hit.latitude;
        lons << *hit.longitude;
    }
    if (lats.isEmpty())
        return std::nullopt;
    // The median, not the mean: one place mistyped far away does not move the town.
    LocatedPoint p;
    p.latitude = median(lats);
    p.longitude = median(lons);
    p.source = LocatedPoint::Source::CommunePlaces;
    p.label = communeOrPostcode.trimmed(); // as the person wrote it, not the register's capitals
    return p;
}

// The centre of the largest ring of an outline (lon/lat), by the usual polygon centroid.
std::optional<std::pair<double, double>> centreOf(const geo::Feature &feature)
{
    const QPolygonF *best = nullptr;
    double bestArea = 0;
    for (const QPolygonF &ring : feature.parts) {
        double a = 0;
        for (qsizetype i = 0; i + 1 < ring.size(); ++i)
            a += ring.at(i).x() * ring.at(i + 1).y() - ring.at(i + 1).x() * ring.at(i).y();
        if (std::abs(a) > bestArea) {
            bestArea = std::abs(a);
            best = &ring;
        }
    }
    if (!best || bestArea <= 0)
        return std::nullopt;
    double a = 0, cx = 0, cy = 0;
    for (qsizetype i = 0; i + 1 < best->size(); ++i) {
        const QPointF p = best->at(i), q = best->at(i + 1);
        const double cross = p.x() * q.y() - q.x() * p.y();
        a += cross;
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    if (a == 0)
        return std::nullopt;
    return std::make_pair(cy / (3 * a), cx / (3 * a)); // latitude, longitude
}

// A commune's outline in the imported layers, by INSEE code or name.
std::optional<LocatedPoint> fromLayers(storage::Database &db, const QString &communeOrCode)
{
    const QString wanted = text::normalizeForSearch(communeOrCode);
    if (wanted.isEmpty())
        return std::nullopt;
    const bool byCode = isInseeCode(communeOrCode.trimmed());
    geo::VectorLayerStore layers(db);
    const auto list = layers.list();
    if (!list)
        return std::nullopt;
    for (const geo::VectorLayerInfo &info : list.value()) {
        const auto set = layers.load(info.id);
        if (!set)
            continue;
        for (const geo::Feature &f : set.value()->features) {
            if (f.kind != geo::GeometryKind::Area)
                continue;
            const QString code = f.properties.value(QStringLiteral("code")).toString();
            const bool match = byCode ? code.compare(communeOrCode.trimmed(), Qt::CaseInsensitive) == 0
                                      : code.size() == 5 && text::normalizeForSearch(f.name()) == wanted;
            if (!match)
                continue;
            if (const auto centre = centreOf(f)) {
                LocatedPoint p;
                p.latitude = centre->first;
                p.longitude = centre->second;
                p.source = LocatedPoint::Source::CommuneLayer;
                p.label = f.name();
                return p;
            }
        }
    }
    return std::nullopt;
}

} // namespace

QString LocatedPoint::describe() const
{
    switch (source) {
    case Source::Profile:
        return QCoreApplication::translate("escale::structure", "Coordinates of the structure.");
    case Source::SamePlace:
        return QCoreApplication::translate("escale::structure", "Coordinates of « %1 » in the places register.").arg(label);
    case Source::CommunePlaces:
        return QCoreApplication::translate("escale::structure", "Middle of the places of %1 in the places register.").arg(label);
    case Source::CommuneLayer:
        return QCoreApplication::translate("escale::structure", "Centre of the commune %1 (imported map layer).").arg(label);
    }
    return {};
}

std::optional<LocatedPoint> locateCommune(storage::Database &db, const QString &communeOrCode)
{
    const QString text = communeOrCode.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!isInseeCode(text) || isPostcode(text)) // a five-digit text may be a postcode or an INSEE code
        if (auto p = fromPlaces(db, text))
            return p;
    return fromLayers(db, text);
}

std::optional<LocatedPoint> suggestPosition(storage::Database &db, const StructureProfile &profile)
{
    const QString name = text::normalizeForSearch(profile.nom);
    const QString commune = text::normalizeForSearch(profile.commune);
    if (!name.isEmpty()) {
        places::PlaceQuery q;
        q.text = profile.nom;
        q.limit = 50;
        // The same name, else a name that begins with the other (« Médiathèque François-Mitterrand » and
        // « Médiathèque François-Mitterrand PAA (…) »), in the same commune or postcode.
        std::optional<places::PlaceHit> exact, longer;
        for (const places::PlaceHit &hit : places::PlaceSearch(db).search(q)) {
            if (!hit.latitude || !hit.longitude)
                continue;
            const bool sameTown = (!commune.isEmpty() && text::normalizeForSearch(hit.commune) == commune)
                || (!profile.codePostal.trimmed().isEmpty() && hit.codePostal == profile.codePostal.trimmed());
            if (!sameTown)
                continue;
            const QString other = text::normalizeForSearch(hit.nom);
            if (other == name) {
                exact = hit;
                break;
            }
            if (!longer && (other.startsWith(name + QLatin1Char(' ')) || name.startsWith(other + QLatin1Char(' '))))
                longer = hit;
        }
        if (const auto &hit = exact ? exact : longer) {
            LocatedPoint p;
            p.latitude = *hit->latitude;
            p.longitude = *hit->longitude;
            p.source = LocatedPoint::Source::SamePlace;
            p.label = hit->nom;
            return p;
        }
    }
    // The commune: by the register's places first (its name, then its postcode), then the layers
    // (INSEE code, then name).
    if (!profile.commune.trimmed().isEmpty())
        if (auto p = fromPlaces(db, profile.commune))
            return p;
    if (!profile.codePostal.trimmed().isEmpty())
        if (auto p = fromPlaces(db, profile.codePostal)) {
            if (!profile.commune.trimmed().isEmpty())
                p->label = profile.commune.trimmed();
            return p;
        }
    if (!profile.codeInsee.trimmed().isEmpty())
        if (auto p = fromLayers(db, profile.codeInsee))
            return p;
    if (!profile.commune.trimmed().isEmpty())
        return fromLayers(db, profile.commune);
    return std::nullopt;
}

std::optional<LocatedPoint> structureOrigin(storage::Database &db)
{
    const std::optional<StructureProfile> profile = StructureStore(db).profile();
    if (!profile)
        return std::nullopt;
    if (profile->latitude && profile->longitude) {
        LocatedPoint p;
        p.latitude = *profile->latitude;
        p.longitude = *profile->longitude;
        p.source = LocatedPoint::Source::Profile;
        p.label = profile->nom;
        return p;
    }
    return suggestPosition(db, *profile);
}

} // namespace escale::structure
