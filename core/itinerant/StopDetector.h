#pragma once

#include "geo/Position.h"
#include "itinerant/Tour.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace escale::itinerant {

// What the detector saw: the bus arrived at a stop (it stayed within the radius for the dwell time)
// or left it (it stayed out of the exit radius for the departure time).
struct StopEvent
{
    enum class Kind { Arrived, Departed };
    Kind kind = Kind::Arrived;
    QString stopId;
    QString stopName;
    QDateTime at; // arrival: first position within the radius; departure: first position out of it
    double distanceMeters = 0; // from the stop, at the position that decided
    QString note; // e.g. another stop was as close: said, not hidden
};

// Detects the current stop from positions (geo::PositionSource::positionUpdated, or a replayed NMEA
// log). Pure logic on the positions' own time stamps, so replays and tests need no waiting.
//
//  - Arrival at a stop once the positions stay within `radiusMeters` of it for `dwellSecs`.
//  - Departure once they stay beyond `exitRadiusMeters` for `departureSecs` (hysteresis: a bus
//    parked at the edge does not flicker in and out).
//  - Positions without a fix (invalid, NaN, accuracy worse than `maxAccuracyMeters`) are ignored and
//    counted; a single jump (implied speed above `maxSpeedMps` from the last good position) is ignored
//    unless the next position confirms it.
//  - A stop without coordinates is never detected; it is listed in undetectableStops() with a message
//    (it can still be chosen by hand). Among stops about as close (within `ambiguityMeters`), the one
//    whose hours fit the time of day wins (a square served morning and afternoon); when neither
//    distance nor hours decide, the nearest is chosen and the event says the other is as close.
class StopDetector
{
public:
    struct Settings
    {
        double radiusMeters = 300;
        double exitRadiusMeters = 450;
        int dwellSecs = 120;
        int departureSecs = 60;
        double maxAccuracyMeters = 150;
        double maxSpeedMps = 50; // 180 km/h: faster than any bus
        double ambiguityMeters = 50; // a second stop this much farther or less is « as close »
    };

    enum class State { NoStops, WaitingForFix, Moving, Approaching, AtStop, Leaving };

    StopDetector() = default;
    explicit StopDetector(const Settings &settings) : m_settings(settings) {}

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // The stops to watch (usually the day's schedule). Resets the state.
    void setStops(const QList<Stop> &stops);
    // Feeds one position; returns the events it caused (none most of the time).
    QList<StopEvent> feed(const geo::Position &position);

    State state() const { return m_state; }
    // The stop the bus is at (or is leaving), empty otherwise.
    QString currentStopId() const { return m_state == State::AtStop || m_state == State::Leaving ? m_stopId : QString(); }
    // One sentence for the status bar: « À l'arrêt : … », « GPS sans position… », etc. (translated).
    QString statusText() const;
    // One message per stop without coordinates: it can only be chosen by hand.
    QStringList undetectableStops() const { return m_undetectable; }
    int ignoredWithoutFix() const { return m_ignoredNoFix; }
    int ignoredJumps() const { return m_ignoredJumps; }

private:
    struct Nearest
    {
        int index = -1;
        double distance = 0;
        int second = -1; // another stop within the ambiguity margin, or -1
    };
    Nearest nearest(double latitude, double longitude, const QDateTime &at) const;
    bool isUsable(const geo::Position &p) const;
    double distanceTo(int index, const geo::Position &p) const;
    int indexOf(const QString &stopId) const;

    Settings m_settings;
    QList<Stop> m_stops; // with coordinates only
    QStringList m_undetectable;
    State m_state = State::NoStops;
    QString m_stopId; // candidate (Approaching) or current (AtStop, Leaving)
    QDateTime m_since; // Approaching: first position within the radius; Leaving: first out of exit radius
    double m_sinceDistance = 0;
    QString m_note;
    geo::Position m_lastGood;
    geo::Position m_suspect; // a jump waiting for confirmation
    int m_ignoredNoFix = 0;
    int m_ignoredJumps = 0;
};

} // namespace escale::itinerant
