#pragma once

#include "common/Result.h"
#include "itinerant/Tour.h"
#include "storage/Database.h"

#include <QList>

#include <optional>
#include <utility>

namespace escale::itinerant {

// A stop as the main map draws it (layer « Arrêts des tournées », docs/map.md): a stop with coordinates
// of an active tour, its next passage and, when it is served on the day asked, its rank in that day's
// schedule of its tour.
struct MapStop
{
    Stop stop;
    QString tourName;
    QDate nextDate; // first date served on or after the day (null: none in the next two years)
    int dayOrder = 0; // 1, 2, 3… in the day's schedule of its tour; 0 when not served that day
};

// Two stops of one tour that the bus would have to serve at the same time: their hours cross on a day
// both are served (the first such day from the day asked).
struct StopOverlap
{
    Stop stop;
    Stop other;
    QDate firstDate;
};

// A stop whose point lies far from the rest of its tour (a point copied from another region, a
// commune's homonym: « Valence » of Charente placed in Provence): how far from the middle of the
// tour's other stops, and the limit the rule gives that tour (TourStore::farFromTour).
struct StopFarAway
{
    Stop stop;
    double distanceKm = 0;
    double limitKm = 0;
};

// The rule, on bare points (latitude, longitude): the middle of the others is their median latitude
// and median longitude (a far point does not move it), their spread the median of their distances
// to that middle; a point is far when it lies more than max(100 km, 5 × spread) from the middle.
// Needs at least 3 others (with 2, nothing says which one is wrong): nullopt then, and when the
// point is not far. Stops spread evenly along a long tour are never far (the last is about twice
// the spread from the middle); one point hundreds of km away always is.
struct FarPoint
{
    double distanceKm = 0;
    double limitKm = 0;
};
std::optional<FarPoint> farFromPoints(
    double latitude, double longitude, const QList<std::pair<double, double>> &others);

// The tours and their stops (migration 0009). Every write goes through storage::RecordStore (the rows
// sync); a stop is checked before it is written: a name, hours in order, coordinates that make sense
// (both or neither, in range), a recurrence that actually occurs.
class TourStore
{
public:
    explicit TourStore(storage::Database &db) : m_db(db) {}

    Result<QString> saveTour(const Tour &tour); // inserts when tour.id is empty; returns the id
    Status removeTour(const QString &tourId); // and its stops (tombstones)
    Result<Tour> tour(const QString &tourId) const;
    QList<Tour> tours() const; // by name

    // Checks a stop as saveStop() does, without writing; `today` for the « never occurs » check.
    static Status checkStop(const Stop &stop, const QDate &today);
    Result<QString> saveStop(const Stop &stop);
    Status removeStop(const QString &stopId);
    Result<Stop> stop(const QString &stopId) const;
    QList<Stop> stops(const QString &tourId) const; // by weekday, start time, position

    // The visits of a tour from `from` to `to` inclusive, by date then start time. A French public
    // holiday is no visit, unless the stop runs on public holidays (Stop::runsOnPublicHolidays).
    QList<Visit> schedule(const QString &tourId, const QDate &from, const QDate &to) const;
    // The day's schedule (today by the database's clock when `day` is null); empty on a public
    // holiday for the stops that do not run then.
    QList<Visit> daySchedule(const QString &tourId, const QDate &day = {}) const;
    // The week (Monday to Sunday) holding `day` (today when null). A stop's day that is a public
    // holiday stays in the list, marked Visit::publicHoliday (« férié : pas de passage »,
    // publicHolidayNote()), so that a screen says why the bus does not come rather than leave it out.
    QList<Visit> weekSchedule(const QString &tourId, const QDate &day = {}) const;
    // « public holiday: no visit » (translated), for a Visit marked publicHoliday.
    static QString publicHolidayNote();
    // One message per stop of the tour that has no date in the next two years from today (e.g.
    // a stop imported or synced with « 5th Monday, February only »), and one per pair of stops whose
    // hours cross on a day both are served (overlaps()): said, never left silent.
    QStringList scheduleProblems(const QString &tourId) const;
    // The stops of `others` (same tour, another id) whose hours cross `stop`'s on a day both are served
    // within a year from `from` (public holidays as each stop says). Hours that only touch (09:50 then
    // 09:50) do not cross. A bus cannot be in two villages: screens warn, nothing is refused (two teams
    // may share a tour's name).
    static QList<StopOverlap> overlaps(const Stop &stop, const QList<Stop> &others, const QDate &from);
    // « « Place de la mairie » (Aigre) and « Salle des fêtes » (Mansle) overlap: 09:00–09:50 and
    // 09:30–10:15, first on Tuesday 3 November 2026 » (translated).
    static QString describe(const StopOverlap &overlap);
    // `stop` when its point is far from the other stops of its tour (`tourStops`: the tour's stops,
    // `stop` itself left out by id; farFromPoints' rule). Screens and imports say it, nothing is
    // refused: a person checks the point on the map.
    static std::optional<StopFarAway> farFromTour(const Stop &stop, const QList<Stop> &tourStops);
    // « « En face de la Mairie » (Valence) is 480 km from the other stops of its tour (more than
    // 100 km): check its point (43.45133, 5.41187) » (translated).
    static QString describe(const StopFarAway &far);
    // The stops with coordinates of the active tours, by tour name then the tours' stop order, with
    // their next passage from `day` (today by the database's clock when null) and their rank that day.
    // Stops without coordinates are left out (the Tournées section lists them).
    QList<MapStop> mapStops(const QDate &day = {}) const;

private:
    storage::Database &m_db;
};

} // namespace escale::itinerant
