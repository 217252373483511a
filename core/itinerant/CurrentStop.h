#pragma once

#include "itinerant/Tour.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace escale::itinerant {

// The stop the bus is at right now, for the whole application: chosen by hand in the status bar or
// set by the StopDetector from the GPS. Records made while it is set (activities, orientations,
// diagnostics, cheque hand-outs and redemptions) carry its id in their `stop_id` column.
//
// One instance lives in app/ for the lifetime of the window and is handed down through AppServices;
// it is session state (not stored): a restart starts with no current stop.
class CurrentStop : public QObject
{
    Q_OBJECT

public:
    enum class Origin { None, Manual, Gps };

    explicit CurrentStop(QObject *parent = nullptr) : QObject(parent) {}

    bool isSet() const { return !m_stop.id.isEmpty(); }
    // Empty when the bus is at no stop (or the structure is not itinerant): records get NULL.
    QString stopId() const { return m_stop.id; }
    const Stop &stop() const { return m_stop; }
    Origin origin() const { return m_origin; }
    QDateTime since() const { return m_since; }
    // « Place de la mairie (Chasseneuil) », empty when none.
    QString label() const;

    // A hand choice wins over the GPS until cleared or replaced by another hand choice.
    void setManual(const Stop &stop, const QDateTime &at);
    // From the detector: ignored while a hand choice is active.
    void setDetected(const Stop &stop, const QDateTime &at);
    // The detector saw the bus leave `stopId`: cleared only if it is the current, detected stop.
    void departed(const QString &stopId);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void set(const Stop &stop, Origin origin, const QDateTime &at);

    Stop m_stop;
    Origin m_origin = Origin::None;
    QDateTime m_since;
};

} // namespace escale::itinerant
