#include "itinerant/CurrentStop.h"

namespace escale::itinerant {

QString CurrentStop::label() const
{
    if (!isSet())
        return {};
    if (m_stop.commune.isEmpty() || m_stop.commune == m_stop.name)
        return m_stop.name;
    return QStringLiteral("%1 (%2)").arg(m_stop.name, m_stop.commune);
}

void CurrentStop::setManual(const Stop &stop, const QDateTime &at)
{
    set(stop, Origin::Manual, at);
}

void CurrentStop::setDetected(const Stop &stop, const QDateTime &at)
{
    if (m_origin == Origin::Manual)
        return;
    set(stop, Origin::Gps, at);
}

void CurrentStop::departed(const QString &stopId)
{
    if (m_origin == Origin::Gps && m_stop.id == stopId)
        clear();
}

void CurrentStop::clear()
{
    if (!isSet() && m_origin == Origin::None)
        return;
    m_stop = Stop{};
    m_origin = Origin::None;
    m_since = {};
    Q_EMIT changed();
}

void CurrentStop::set(const Stop &stop, Origin origin, const QDateTime &at)
{
    if (stop.id.isEmpty()) {
        clear();
        return;
    }
    if (m_stop.id == stop.id && m_origin == origin)
        return;
    m_stop = stop;
    m_origin = origin;
    m_since = at;
    Q_EMIT changed();
}

} // namespace escale::itinerant
