#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace escale::places {

// What to look for among the places (DESIGN.md §6). Every criterion given narrows the result.
//   text:       words of the name, address, commune, code postal or services; accent-insensitive
//               and prefix (« digne » and « Dígne » both find « Digne-les-Bains »).
//   services, typologies, publics, labels: codes of core/common/Vocabulary.h (or French labels);
//               a place must carry at least one of the given codes of each list.
//   openAt:     local time at which the place must be open (its opening_hours parsed).
//   nearLat/nearLon: sort by distance to this point (and fill PlaceHit::distanceKm);
//   radiusKm:   with nearLat/nearLon, keep only places within this distance.
struct PlaceQuery
{
    QString text;
    QStringList services;
    QStringList typologies;
    QStringList publics;
    QStringList labels;
    std::optional<QDateTime> openAt;
    bool acceptsPassOnly = false;
    std::optional<double> nearLat, nearLon;
    std::optional<double> radiusKm;
    int limit = 50;
};

// One place found: what a list, a map marker or a CLI line needs. Codes as stored.
struct PlaceHit
{
    QString id;
    QString nom;
    QString adresse;
    QString codePostal;
    QString commune;
    std::optional<double> latitude, longitude;
    std::optional<double> distanceKm;
    QStringList typologie;
    QStringList services;
    QString horaires;
    QString telephone;
    bool acceptsPass = false;
};

// Search over the table `places`. Uses FTS5 (unicode61 remove_diacritics 2) when the SQLite build has
// it (table created at first use), otherwise LIKE on a normalised column. Searches with a point rank
// places by distance with the coordinate index, an in-memory table of the places' coordinates per
// connection (no R*Tree nor SQL index on latitude/longitude since migration 0012).
class PlaceSearch
{
public:
    explicit PlaceSearch(storage::Database &db);

    QList<PlaceHit> search(const PlaceQuery &q) const;

    // Tests and benchmarks: false makes search() use the fallback (LIKE) even when the SQLite build
    // has FTS5.
    void setIndexesEnabled(bool enabled) { m_indexesEnabled = enabled; }
    // A point: places are ranked by distance with an in-memory table of the live places' coordinates
    // (rowid → latitude, longitude, the filtered columns; built once per connection, rebuilt when the
    // data changed) — the text matches (FTS5), or boxes growing around the point over the places
    // sorted by latitude — and only the nearest are read, filters applied, in small batches. Tests
    // and benchmarks turn it off to run the SQL plans (text matches sorted by distance in SQL; boxes
    // on latitude/longitude, a scan each).
    void setCoordinateIndexEnabled(bool enabled) { m_coordinateIndexEnabled = enabled; }

    // Makes the FTS index match the table (called by search() when they are missing or
    // stale, and by the importer after an import). Safe to call any time.
    static Status rebuildIndexes(storage::Database &db);
    // Bulk writes (an import of many rows), inside the caller's transaction: suspendIndexTriggers()
    // drops the triggers that keep the FTS table current row by row; resumeIndexes() then refills it
    // from `places` in one pass and creates the triggers again.
    static Status suspendIndexTriggers(storage::Database &db);
    static Status resumeIndexes(storage::Database &db);

private:
    storage::Database &m_db;
    bool m_indexesEnabled = true;
    bool m_coordinateIndexEnabled = true;
};

} // namespace escale::places
