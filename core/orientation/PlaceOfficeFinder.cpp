#include "orientation/OfficeFinder.h"

#include "common/TextNormalizer.h"
#include "places/OpeningHours.h"
#include "places/PlaceSearch.h"
#include "structure/StructureLocation.h"

#include <QHash>

#include <algorithm>

namespace escale::orientation {

namespace {

// What names say, per typologie: whole words of normalizeForSearch's form.
const QList<std::pair<QString, QStringList>> &namePatterns()
{
    static const QList<std::pair<QString, QStringList>> list = [] {
        const QList<std::pair<const char *, QStringList>> raw{
            {"RFS", {QStringLiteral("France Services"), QStringLiteral("France Service"),
                     QStringLiteral("Maison de services au public"), QStringLiteral("MSAP")}},
            {"MSAP", {QStringLiteral("Maison de services au public"), QStringLiteral("MSAP")}},
            {"MUNI", {QStringLiteral("Mairie"), QStringLiteral("Hôtel de ville")}},
            {"CCAS", {QStringLiteral("CCAS"), QStringLiteral("Centre communal d'action sociale")}},
            {"CIAS", {QStringLiteral("CIAS"), QStringLiteral("Centre intercommunal d'action sociale")}},
            {"CAF", {QStringLiteral("CAF"), QStringLiteral("Caisse d'allocations familiales")}},
            {"CPAM", {QStringLiteral("CPAM"), QStringLiteral("Assurance maladie")}},
            {"MSA", {QStringLiteral("MSA"), QStringLiteral("Mutualité sociale agricole")}},
            {"CARSAT", {QStringLiteral("Carsat")}},
            {"FT", {QStringLiteral("France Travail"), QStringLiteral("Pôle emploi")}},
            {"ML", {QStringLiteral("Mission locale")}},
            {"PIJ_BIJ", {QStringLiteral("Point information jeunesse"), QStringLiteral("Bureau information jeunesse"),
                         QStringLiteral("PIJ"), QStringLiteral("BIJ")}},
            {"PAD", {QStringLiteral("Point d'accès au droit"), QStringLiteral("Maison de justice et du droit")}},
            {"MDS", {QStringLiteral("Maison départementale des solidarités"), QStringLiteral("MDS")}},
            {"DGFIP", {QStringLiteral("Finances publiques"), QStringLiteral("Centre des impôts")}},
            {"PREF", {QStringLiteral("Préfecture"), QStringLiteral("Sous-préfecture")}},
            {"EPN", {QStringLiteral("Espace public numérique"), QStringLiteral("EPN")}},
            {"BIB", {QStringLiteral("Médiathèque"), QStringLiteral("Bibliothèque")}},
            {"CS", {QStringLiteral("Centre social")}},
            {"PIMMS", {QStringLiteral("PIMMS"), QStringLiteral("Point information médiation multi services")}},
            {"LA_POSTE", {QStringLiteral("La Poste"), QStringLiteral("Bureau de poste")}},
        };
        QList<std::pair<QString, QStringList>> out;
        for (const auto &[code, words] : raw) {
            QStringList normalized;
            for (const QString &w : words)
                normalized << text::normalizeForSearch(w);
            out.append({QString::fromLatin1(code), normalized});
        }
        return out;
    }();
    return list;
}

QStringList patternsFor(const QString &typologie)
{
    for (const auto &[code, words] : namePatterns())
        if (code == typologie)
            return words;
    return {};
}

bool hasWords(const QString &paddedName, const QString &pattern)
{
    return paddedName.contains(QLatin1Char(' ') + pattern + QLatin1Char(' '));
}

} // namespace

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

QStringList typologiesFromName(const QString &name)
{
    const QString padded = QLatin1Char(' ') + text::normalizeForSearch(name) + QLatin1Char(' ');
    QStringList codes;
    for (const auto &[code, words] : namePatterns())
        for (const QString &w : words)
            if (hasWords(padded, w)) {
                codes << code;
                break;
            }
    return codes;
}

QList<SuggestedOffice> PlaceOfficeFinder::nearest(const OfficeQuery &query) const
{
    const int limit = std::max(1, query.limit);
    struct Candidate
    {
        places::PlaceHit hit;
        SuggestedOffice::Match match;
        int order;
    };
    QHash<QString, Candidate> found;
    int order = 0;
    auto consider = [&](const places::PlaceHit &hit, SuggestedOffice::Match match) {
        auto it = found.find(hit.id);
        if (it == found.end())
            found.insert(hit.id, Candidate{hit, match, order++});
        else if (int(match) < int(it->match))
            it->match = match;
    };
    const places::PlaceSearch search(m_db);
    auto base = [&] {
        places::PlaceQuery q;
        q.nearLat = query.latitude;
        q.nearLon = query.longitude;
        q.limit = std::max(limit * 4, 12);
        return q;
    };
    // The kinds asked: by typologie, then by name (imported places often have no typologie).
    if (!query.typologies.isEmpty()) {
        places::PlaceQuery q = base();
        q.typologies = query.typologies;
        for (const places::PlaceHit &hit : search.search(q))
            consider(hit, SuggestedOffice::Match::Typologie);
        for (const QString &kind : query.typologies) {
            for (const QString &words : patternsFor(kind)) {
                places::PlaceQuery byName = base();
                byName.text = words;
                byName.limit = std::max(limit * 10, 30); // the words may match addresses too
                for (const places::PlaceHit &hit : search.search(byName))
                    if (typologiesFromName(hit.nom).contains(kind))
                        consider(hit, SuggestedOffice::Match::Name);
            }
        }
    }
    // The places that help with what the visitor needs, whatever their kind.
    if (!query.services.isEmpty()) {
        places::PlaceQuery q = base();
        q.services = query.services;
        for (const places::PlaceHit &hit : search.search(q))
            consider(hit, SuggestedOffice::Match::Service);
    }

    QList<Candidate> ranked = found.values();
    auto rank = [](const Candidate &c) {
        return c.hit.distanceKm ? *c.hit.distanceKm
                + (c.match == SuggestedOffice::Match::Service ? OfficeQuery::ServiceDetourKm : 0.0)
                                : 0.0;
    };
    std::sort(ranked.begin(), ranked.end(), [&](const Candidate &a, const Candidate &b) {
        const bool aFar = !a.hit.distanceKm, bFar = !b.hit.distanceKm;
        if (aFar != bFar)
            return bFar; // places without coordinates last
        if (!aFar && rank(a) != rank(b))
            return rank(a) < rank(b);
        const bool aKind = a.match != SuggestedOffice::Match::Service;
        const bool bKind = b.match != SuggestedOffice::Match::Service;
        if (aKind != bKind)
            return aKind;
        return a.order < b.order;
    });

    QList<SuggestedOffice> list;
    for (const Candidate &c : std::as_const(ranked)) {
        if (list.size() == limit)
            break;
        const places::PlaceHit &hit = c.hit;
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
        o.match = c.match;
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
    const auto point = structure::locateCommune(m_db, commune);
    if (!point)
        return std::nullopt;
    return std::make_pair(point->latitude, point->longitude);
}

} // namespace escale::orientation
