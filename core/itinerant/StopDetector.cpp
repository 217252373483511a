#include "itinerant/StopDetector.h"

#include "geo/WebMercator.h"

#include <QCoreApplication>

#include <cmath>

namespace escale::itinerant {

namespace {

double metres(const geo::Position &a, const geo::Position &b)
{
    return geo::mercator::distanceMeters(a.latitude, a.longitude, b.latitude, b.longitude);
}

} // namespace

void StopDetector::setStops(const QList<Stop> &stops)
{
    m_stops.clear();
    m_undetectable.clear();
    for (const Stop &s : stops) {
        if (s.hasCoordinates() && std::isfinite(*s.latitude) && std::isfinite(*s.longitude))
            m_stops << s;
        else
            m_undetectable << QCoreApplication::translate("escale::itinerant", "« %1 » has no coordinates: the GPS cannot detect it, choose it by hand.").arg(s.name);
    }
    m_state = m_stops.isEmpty() ? State::NoStops : State::WaitingForFix;
    m_stopId.clear();
    m_since = {};
    m_note.clear();
    m_lastGood = {};
    m_suspect = {};
}

bool StopDetector::isUsable(const geo::Position &p) const
{
    if (!p.valid || !p.timestamp.isValid() || !std::isfinite(p.latitude) || !std::isfinite(p.longitude))
        return false;
    if (std::abs(p.latitude) > 90 || std::abs(p.longitude) > 180 || (p.latitude == 0 && p.longitude == 0))
        return false;
    if (std::isfinite(p.horizontalAccuracy) && p.horizontalAccuracy > m_settings.maxAccuracyMeters)
        return false;
    return true;
}

double StopDetector::distanceTo(int index, const geo::Position &p) const
{
    const Stop &s = m_stops.at(index);
    return geo::mercator::distanceMeters(p.latitude, p.longitude, *s.latitude, *s.longitude);
}

int StopDetector::indexOf(const QString &stopId) const
{
    for (int i = 0; i < m_stops.size(); ++i)
        if (m_stops.at(i).id == stopId)
            return i;
    return -1;
}

namespace {

// Minutes between a local time and a stop's time window (0 inside it). A stop with no hours is
// always « in time ».
int minutesOutside(const Stop &stop, const QTime &time)
{
    if (!stop.start.isValid() || !stop.end.isValid() || !time.isValid())
        return 0;
    const int m = time.msecsSinceStartOfDay() / 60000;
    const int from = stop.start.msecsSinceStartOfDay() / 60000;
    const int to = stop.end.msecsSinceStartOfDay() / 60000;
    return m < from ? from - m : (m > to ? m - to : 0);
}

} // namespace

StopDetector::Nearest StopDetector::nearest(double latitude, double longitude, const QDateTime &at) const
{
    Nearest n;
    double best = 0;
    for (int i = 0; i < m_stops.size(); ++i) {
        const double d = geo::mercator::distanceMeters(latitude, longitude, *m_stops.at(i).latitude, *m_stops.at(i).longitude);
        if (n.index < 0 || d < best) {
            n.index = i;
            best = d;
        }
    }
    n.distance = best;
    if (n.index < 0)
        return n;
    // Stops as close as the nearest (the same square served in the morning and the afternoon, two
    // stops across a street): the one whose hours fit the time of day wins; if the hours do not
    // decide either, the nearest stays and the other is named.
    const QTime local = at.toLocalTime().time();
    int bestOutside = minutesOutside(m_stops.at(n.index), local);
    QList<int> close;
    for (int i = 0; i < m_stops.size(); ++i) {
        if (i == n.index)
            continue;
        const double d = geo::mercator::distanceMeters(latitude, longitude, *m_stops.at(i).latitude, *m_stops.at(i).longitude);
        if (d <= m_settings.radiusMeters && d - best <= m_settings.ambiguityMeters)
            close << i;
    }
    for (int i : std::as_const(close)) {
        const int outside = minutesOutside(m_stops.at(i), local);
        if (outside < bestOutside) {
            n.second = -1;
            n.index = i;
            n.distance = geo::mercator::distanceMeters(latitude, longitude, *m_stops.at(i).latitude, *m_stops.at(i).longitude);
            bestOutside = outside;
        }
    }
    for (int i : std::as_const(close)) {
        if (i != n.index && minutesOutside(m_stops.at(i), local) == bestOutside)
            n.second = i;
    }
    // The nearest stop lost to a better-timed one: it may still be as close; never named when its
    // hours do not fit as well.
    return n;
}

QList<StopEvent> StopDetector::feed(const geo::Position &position)
{
    QList<StopEvent> events;
    if (m_stops.isEmpty())
        return events;
    if (!isUsable(position)) {
        ++m_ignoredNoFix;
        if (m_state == State::Moving)
            m_state = State::WaitingForFix;
        return events;
    }
    // A single jump: too fast from the last good position. Kept aside; the next position decides.
    if (m_lastGood.valid) {
        const double secs = std::max<qint64>(1, m_lastGood.timestamp.secsTo(position.timestamp));
        if (metres(m_lastGood, position) / secs > m_settings.maxSpeedMps) {
            const bool confirms = m_suspect.valid
                && metres(m_suspect, position) / std::max<qint64>(1, m_suspect.timestamp.secsTo(position.timestamp))
                    <= m_settings.maxSpeedMps;
            if (!confirms) {
                ++m_ignoredJumps;
                m_suspect = position;
                return events;
            }
        }
    }
    m_suspect = {};
    m_lastGood = position;
    if (m_state == State::WaitingForFix || m_state == State::NoStops)
        m_state = State::Moving;

    const QDateTime &t = position.timestamp;
    switch (m_state) {
    case State::AtStop:
    case State::Leaving: {
        const int i = indexOf(m_stopId);
        if (i < 0) { // cannot happen: setStops() resets the state
            m_state = State::Moving;
            m_stopId.clear();
            break;
        }
        const double d = distanceTo(i, position);
        if (d <= m_settings.exitRadiusMeters) {
            m_state = State::AtStop; // back within: a brief excursion, not a departure
            break;
        }
        if (m_state == State::AtStop) {
            m_state = State::Leaving;
            m_since = t;
            m_sinceDistance = d;
        }
        if (m_since.secsTo(t) >= m_settings.departureSecs) {
            events << StopEvent{StopEvent::Kind::Departed, m_stopId, m_stops.at(i).name, m_since, m_sinceDistance, {}};
            m_state = State::Moving;
            m_stopId.clear();
            m_note.clear();
        } else {
            break;
        }
        [[fallthrough]];
    }
    case State::Moving:
    case State::Approaching: {
        const Nearest n = nearest(position.latitude, position.longitude, t);
        if (n.index < 0 || n.distance > m_settings.radiusMeters) {
            m_state = State::Moving; // a drive past: no arrival
            m_stopId.clear();
            break;
        }
        const Stop &s = m_stops.at(n.index);
        if (m_state != State::Approaching || m_stopId != s.id) {
            m_state = State::Approaching;
            m_stopId = s.id;
            m_since = t;
            m_sinceDistance = n.distance;
        }
        m_note = n.second >= 0
            ? QCoreApplication::translate("escale::itinerant", "« %1 » is as close (%2 m): check the current stop.")
                  .arg(m_stops.at(n.second).name)
                  .arg(qRound(distanceTo(n.second, position)))
            : QString();
        if (m_since.secsTo(t) >= m_settings.dwellSecs) {
            m_state = State::AtStop;
            events << StopEvent{StopEvent::Kind::Arrived, s.id, s.name, m_since, n.distance, m_note};
        }
        break;
    }
    case State::NoStops:
    case State::WaitingForFix:
        break;
    }
    return events;
}

QString StopDetector::statusText() const
{
    const int i = indexOf(m_stopId);
    const QString name = i >= 0 ? m_stops.at(i).name : QString();
    switch (m_state) {
    case State::NoStops:
        return m_undetectable.isEmpty() ? QCoreApplication::translate("escale::itinerant", "No stop to detect today.")
                                        : QCoreApplication::translate("escale::itinerant", "No stop of the day has coordinates: choose the stop by hand.");
    case State::WaitingForFix:
        return QCoreApplication::translate("escale::itinerant", "Waiting for a GPS position…");
    case State::Moving:
        return QCoreApplication::translate("escale::itinerant", "On the road.");
    case State::Approaching:
        return QCoreApplication::translate("escale::itinerant", "Near « %1 »…").arg(name);
    case State::AtStop:
        return m_note.isEmpty() ? QCoreApplication::translate("escale::itinerant", "At the stop « %1 ».").arg(name) : QCoreApplication::translate("escale::itinerant", "At the stop « %1 ». %2").arg(name, m_note);
    case State::Leaving:
        return QCoreApplication::translate("escale::itinerant", "Leaving « %1 »…").arg(name);
    }
    return {};
}

} // namespace escale::itinerant
