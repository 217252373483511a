#pragma once

#include "AppServices.h"
#include "geo/Position.h"
#include "itinerant/StopDetector.h"
#include "itinerant/Tour.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace escale::geo {
class PositionSource;
}

namespace escale::itinerant {
class CurrentStop;
}

namespace escale::ui {

// « Arrêt en cours : … » in the status bar of the main window: a compact list to choose the current
// stop by hand among today's stops of the active tours (or « aucun »), and « détecté par GPS » when
// the StopDetector set it. Hidden while there is no active tour (a place that is not a bus).
//
// The detector is fed by the application's position source (a replayed `--nmea FILE` or the system's
// source), created once by startPositioning() — after the window's first paint and only when an active
// tour exists. No GPS, no fix, no network: said in the status tip, never a pop-up.
class CurrentStopBar : public QWidget
{
    Q_OBJECT
public:
    explicit CurrentStopBar(AppServices services, QWidget *parent = nullptr);
    ~CurrentStopBar() override;

    // Reads today's stops of the active tours again (after a change of the tours, or a new day).
    void reload();
    // Creates and starts the position source once, if an active tour exists; a second call does nothing.
    void startPositioning();
    // The choice of Paramètres changed: closes the source and starts the new one (if started before).
    void restartPositioning();
    bool hasPositionSource() const { return m_positionStarted; }

    // The stop the application holds (AppServices::currentStop, or this bar's own when that is null).
    itinerant::CurrentStop *currentStop() const { return m_current; }
    QList<itinerant::Stop> todaysStops() const { return m_stops; }
    // The detector's sentence (also the status tip and tooltip).
    QString detectorStatus() const;

public Q_SLOTS:
    // One position from the source (tests feed a parsed NMEA log here).
    void feedPosition(const escale::geo::Position &position);

Q_SIGNALS:
    // The detector's sentence changed.
    void statusChanged(const QString &text);

private:
    void showCurrent();
    void chooseByHand(int index);
    void updateStatus();

    AppServices m_services;
    itinerant::CurrentStop *m_current = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_origin = nullptr;
    QList<itinerant::Stop> m_stops;
    QDate m_day;
    bool m_hasActiveTour = false;
    itinerant::StopDetector m_detector;
    bool m_positionStarted = false;
    QPointer<geo::PositionSource> m_position;
    QString m_positionProblem;
};

} // namespace escale::ui
