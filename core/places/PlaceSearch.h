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

// Search over the table `places`. Uses FTS5 (unicode61 remove_diacritics 2) and an R*Tree when the
// SQLite build has them (tables created at first use), otherwise LIKE on a normalised column and a
// bounding box on the indexed lat/lon.
class PlaceSearch
{
public:
    explicit PlaceSearch(storage::Database &db);

    QList<PlaceHit> search(const PlaceQuery &q) const;

    // Tests and benchmarks: false makes search() use the fallbacks (LIKE, bounding box) even when the
    // SQLite build has FTS5 and R*Tree.
    void setIndexesEnabled(bool enabled) { m_indexesEnabled = enabled; }
    // Words and a point (FTS5 and R*Tree): when the words match at most this many places (counted in
    // FTS5, stopped past it), the text index alone (matches sorted by distance); beyond, R*Tree boxes
    // growing around the point. Tests and benchmarks force a plan (0: always the boxes).
    void setTextPlanMaxMatches(int maxMatches) { m_textPlanMaxMatches = maxMatches; }
    static constexpr int DefaultTextPlanMaxMatches = 12000;
    // Words and a point (FTS5): the text matches are ranked by distance with an in-memory table of
    // the places' coordinates (rowid → latitude, longitude; built once per connection, rebuilt when
    // the data changed), and only the nearest are read, filters applied, in small batches. Tests and
    // benchmarks turn it off to run the plans above.
    void setCoordinateIndexEnabled(bool enabled) { m_coordinateIndexEnabled = enabled; }

    // Makes the FTS / R*Tree indexes match the table (called by search() when they are missing or
    // stale, and by the importer after an import). Safe to call any time.
    static Status rebuildIndexes(storage::Database &db);
    // Bulk writes (an import of many rows), inside the caller's transaction: suspendIndexTriggers()
    // drops the triggers that keep the FTS / R*Tree tables current row by row; resumeIndexes() then
    // refills both tables from `places` in one pass and creates the triggers again.
    static Status suspendIndexTriggers(storage::Database &db);
    static Status resumeIndexes(storage::Database &db);

private:
    storage::Database &m_db;
    bool m_indexesEnabled = true;
    int m_textPlanMaxMatches = DefaultTextPlanMaxMatches;
    bool m_coordinateIndexEnabled = true;
};

} // namespace escale::places
