#include "ui/itinerant/CurrentStopBar.h"

#include "geo/PositionSource.h"
#include "itinerant/CurrentStop.h"
#include "itinerant/TourStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace escale::ui {

using itinerant::CurrentStop;
using itinerant::Stop;

namespace {

QString stopLabel(const Stop &stop)
{
    const QString hours = QStringLiteral("%1–%2").arg(stop.start.toString(QStringLiteral("HH:mm")),
                                                      stop.end.toString(QStringLiteral("HH:mm")));
    const QString where = stop.commune.isEmpty() || stop.commune == stop.name
        ? stop.name
        : QStringLiteral("%1 (%2)").arg(stop.name, stop.commune);
    return QStringLiteral("%1  %2").arg(hours, where);
}

} // namespace

CurrentStopBar::CurrentStopBar(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_current(services.currentStop ? services.currentStop : new CurrentStop(this))
{
    setObjectName(QStringLiteral("currentStopBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_title = new QLabel(tr("Current stop:"), this);
    layout->addWidget(m_title);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("currentStopCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_combo->setAccessibleName(tr("Current stop"));
    m_combo->setFocusPolicy(Qt::StrongFocus);
    m_title->setBuddy(m_combo);
    layout->addWidget(m_combo);
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("currentStopOriginLabel"));
    m_origin->setStyleSheet(QStringLiteral("color: #1d5c8f"));
    layout->addWidget(m_origin);

    connect(m_combo, &QComboBox::activated, this, &CurrentStopBar::chooseByHand);
    connect(m_current, &CurrentStop::changed, this, &CurrentStopBar::showCurrent);

    // A new day brings other stops.
    auto *dayTimer = new QTimer(this);
    dayTimer->setInterval(60 * 1000);
    connect(dayTimer, &QTimer::timeout, this, [this] {
        if (m_services.clock.today() != m_day)
            reload();
    });
    dayTimer->start();

    reload();
}

CurrentStopBar::~CurrentStopBar() = default;

void CurrentStopBar::reload()
{
    itinerant::TourStore store(m_services.database);
    m_day = m_services.clock.today();
    m_stops.clear();
    m_hasActiveTour = false;
    for (const itinerant::Tour &tour : store.tours()) {
        if (!tour.active)
            continue;
        m_hasActiveTour = true;
        for (const itinerant::Visit &visit : store.daySchedule(tour.id, m_day))
            m_stops << visit.stop;
    }
    std::stable_sort(m_stops.begin(), m_stops.end(),
                     [](const Stop &a, const Stop &b) { return a.start < b.start; });
    m_detector.setStops(m_stops);
    setVisible(m_hasActiveTour);
    showCurrent();
    updateStatus();
}

void CurrentStopBar::showCurrent()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("none"), QString());
    for (const Stop &stop : m_stops)
        m_combo->addItem(stopLabel(stop), stop.id);
    if (m_current->isSet() && m_combo->findData(m_current->stopId()) < 0)
        m_combo->addItem(stopLabel(m_current->stop()), m_current->stopId());
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_current->stopId())));
    if (m_current->origin() == CurrentStop::Origin::Gps) {
        const QString at = m_current->since().toTimeZone(m_services.clock.timeZone()).toString(QStringLiteral("HH:mm"));
        m_origin->setText(tr("detected by GPS at %1").arg(at));
    } else {
        m_origin->clear();
    }
    m_origin->setVisible(!m_origin->text().isEmpty());
    if (m_stops.isEmpty() && !m_current->isSet())
        m_combo->setToolTip(tr("No stop of the active tours today."));
    else
        m_combo->setToolTip(tr("Records made now carry this stop. Choose it by hand, or let the GPS detect it."));
}

void CurrentStopBar::chooseByHand(int index)
{
    const QString id = m_combo->itemData(index).toString();
    if (id.isEmpty()) {
        m_current->clear();
        return;
    }
    for (const Stop &stop : m_stops) {
        if (stop.id == id) {
            m_current->setManual(stop, m_services.clock.nowUtc());
            return;
        }
    }
}

void CurrentStopBar::startPositioning()
{
    if (m_positionStarted || !m_hasActiveTour)
        return;
    m_positionStarted = true;
    const geo::PositionSettings settings = geo::PositionSettings::load(m_services.database);
    auto source = geo::PositionSource::fromSettings(settings, m_services.nmeaLog);
    if (!source) {
        // A desk computer or a bus without GPS: the stop is chosen by hand; said once, quietly. A GPS
        // that was asked for (serial port, gpsd, log) and cannot start: say why.
        m_positionProblem = settings.isExplicit(m_services.nmeaLog)
                                ? tr("GPS unavailable (%1): choose the current stop by hand.").arg(source.errorMessage())
                                : tr("No GPS: choose the current stop by hand.");
        updateStatus();
        return;
    }
    geo::PositionSource *position = source->release();
    m_position = position;
    position->setParent(this);
    connect(position, &geo::PositionSource::positionUpdated, this, &CurrentStopBar::feedPosition);
    connect(position, &geo::PositionSource::errorOccurred, this, [this](const QString &message) {
        m_positionProblem = tr("GPS unavailable (%1): choose the current stop by hand.").arg(message);
        updateStatus();
    });
    position->start();
    updateStatus();
}

void CurrentStopBar::restartPositioning()
{
    if (!m_positionStarted)
        return; // not started yet: the next startPositioning() reads the new choice
    delete m_position;
    m_positionStarted = false;
    m_positionProblem.clear();
    startPositioning();
    updateStatus();
}

void CurrentStopBar::feedPosition(const geo::Position &position)
{
    m_positionProblem.clear();
    for (const itinerant::StopEvent &event : m_detector.feed(position)) {
        if (event.kind == itinerant::StopEvent::Kind::Departed) {
            m_current->departed(event.stopId);
            continue;
        }
        for (const Stop &stop : m_stops) {
            if (stop.id == event.stopId) {
                m_current->setDetected(stop, event.at);
                break;
            }
        }
    }
    updateStatus();
}

QString CurrentStopBar::detectorStatus() const
{
    if (!m_positionProblem.isEmpty() && m_detector.state() != itinerant::StopDetector::State::NoStops)
        return m_positionProblem;
    return m_detector.statusText();
}

void CurrentStopBar::updateStatus()
{
    const QString text = detectorStatus();
    if (text == statusTip())
        return;
    setStatusTip(text);
    setToolTip(text);
    Q_EMIT statusChanged(text);
}

} // namespace escale::ui
