#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace escale::orientation {

// A place suggested to the visitor for an outcome: the nearest places of the outcome's office kinds.
struct SuggestedOffice
{
    QString placeId;
    QString nom;
    QString adresse;
    QString codePostal;
    QString commune;
    QString telephone;
    QString horaires;          // OSM opening_hours as stored
    QString openingStatus;     // « Ouvert jusqu'à 17:00 », « Fermé, ouvre lundi à 09:00 », or empty
    std::optional<bool> openNow;
    std::optional<double> distanceKm;
    QStringList typologie;
    // Why it is suggested: its typologie is one asked for; its name says it is one (« France Services
    // Digne-les-Bains », imported places often have no typologie); or it offers one of the services.
    enum class Match { Typologie, Name, Service };
    Match match = Match::Typologie;

    // « 12 rue X, 04000 Digne-les-Bains »
    QString fullAddress() const;
};

struct OfficeQuery
{
    QStringList typologies;                  // vocab::Kind::Typologie codes, any of them
    // vocab::Kind::Service codes: places offering one of them are suggested too, after those of the
    // right kind that are about as near (a place of the right kind counts ServiceDetourKm nearer).
    QStringList services;
    static constexpr double ServiceDetourKm = 15.0;
    std::optional<double> latitude, longitude; // from where (the visitor's commune or the structure)
    QDateTime at;                            // local time for « open now » (invalid: not computed)
    int limit = 3;
};

// Where the wizard looks for the nearest offices. An interface so that the orientation core does not
// depend on how places are stored, and tests can give fixed answers.
class OfficeFinder
{
public:
    virtual ~OfficeFinder() = default;
    virtual QList<SuggestedOffice> nearest(const OfficeQuery &query) const = 0;
    // The position of a commune (name or postcode) typed by the visitor, if known.
    virtual std::optional<std::pair<double, double>> locate(const QString &commune) const
    {
        Q_UNUSED(commune);
        return std::nullopt;
    }
};

// The typologies a place's name says it has (« Mairie de Digne » → MUNI, « France Services … » → RFS,
// « Mission locale … » → ML…), for the places imported without a typologie. Whole words, accents and
// case ignored.
QStringList typologiesFromName(const QString &name);

// The implementation over the Places register (places::PlaceSearch): the places of the kinds asked
// (by typologie or by name) and those offering the services, nearest first.
class PlaceOfficeFinder final : public OfficeFinder
{
public:
    explicit PlaceOfficeFinder(storage::Database &db) : m_db(db) {}
    QList<SuggestedOffice> nearest(const OfficeQuery &query) const override;
    // The position of that commune or postcode: structure::locateCommune (the register's places in
    // it, else its outline in an imported layer).
    std::optional<std::pair<double, double>> locate(const QString &commune) const override;

private:
    storage::Database &m_db;
};

} // namespace escale::orientation
