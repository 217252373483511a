#include "PositionSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>

#ifdef ESCALE_HAS_SERIALPORT
#include <QSerialPort>
#endif

namespace escale::geo {

PositionSource::PositionSource(QGeoPositionInfoSource *source, QIODevice *device, QString description)
    : m_source(source)
    , m_device(device)
    , m_description(std::move(description))
{
    m_source->setParent(this);
    if (m_device)
        m_device->setParent(this);
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, [this](const QGeoPositionInfo &info) {
        const Position p = fromQt(info);
        if (!p.valid)
            return;
        m_last = p;
        Q_EMIT positionUpdated(p);
    });
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error error) {
        if (error == QGeoPositionInfoSource::UpdateTimeoutError && m_device) {
            // A replayed log that has run out of sentences.
            Q_EMIT finished();
            return;
        }
        switch (error) {
        case QGeoPositionInfoSource::AccessError:
            Q_EMIT errorOccurred(tr("Access to the position was refused by the system."));
            break;
        case QGeoPositionInfoSource::ClosedError:
            Q_EMIT errorOccurred(tr("The position source was closed (%1).").arg(m_description));
            break;
        case QGeoPositionInfoSource::UpdateTimeoutError:
            Q_EMIT errorOccurred(tr("No position received from %1.").arg(m_description));
            break;
        default:
            Q_EMIT errorOccurred(tr("The position source %1 failed.").arg(m_description));
            break;
        }
    });
}

PositionSource::~PositionSource()
{
    m_source->stopUpdates();
}

Result<std::unique_ptr<PositionSource>> PositionSource::system()
{
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(nullptr);
    if (!source)
        return Error { QStringLiteral("geo.position.none"), tr("This computer offers no position source.") };
    return std::unique_ptr<PositionSource>(
        new PositionSource(source, nullptr, tr("system position (%1)").arg(source->sourceName())));
}

Result<std::unique_ptr<PositionSource>> PositionSource::nmeaFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error { QStringLiteral("geo.position.file"),
            tr("Cannot open the NMEA log %1: %2").arg(path, file->errorString()) };
    if (file->size() == 0)
        return Error { QStringLiteral("geo.position.file"), tr("The NMEA log %1 is empty.").arg(path) };
    const QByteArray head = file->peek(4096);
    if (!head.contains("$GP") && !head.contains("$GN") && !head.contains("$GL"))
        return Error { QStringLiteral("geo.position.file"),
            tr("%1 is not an NMEA log: no $GP…/$GN… sentence at its start.").arg(path) };
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode);
    source->setDevice(file.get());
    return std::unique_ptr<PositionSource>(
        new PositionSource(source, file.release(), tr("NMEA log %1").arg(QFileInfo(path).fileName())));
}

Result<std::unique_ptr<PositionSource>> PositionSource::nmeaSerial(const QString &portName, int baudRate)
{
#ifdef ESCALE_HAS_SERIALPORT
    auto port = std::make_unique<QSerialPort>(portName);
    port->setBaudRate(baudRate);
    if (!port->open(QIODevice::ReadOnly))
        return Error { QStringLiteral("geo.position.serial"),
            tr("Cannot open the GPS on %1: %2").arg(portName, port->errorString()) };
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode);
    source->setDevice(port.get());
    return std::unique_ptr<PositionSource>(new PositionSource(source, port.release(), tr("GPS on %1").arg(portName)));
#else
    Q_UNUSED(baudRate)
    return Error { QStringLiteral("geo.position.serial"),
        tr("This build cannot read a serial GPS (%1): Qt Serial Port is missing.").arg(portName) };
#endif
}

void PositionSource::start()
{
    m_source->startUpdates();
}

void PositionSource::stop()
{
    m_source->stopUpdates();
}

Position PositionSource::fromQt(const QGeoPositionInfo &info)
{
    Position p;
    if (!info.isValid() || !info.coordinate().isValid())
        return p;
    p.latitude = info.coordinate().latitude();
    p.longitude = info.coordinate().longitude();
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
        p.horizontalAccuracy = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
    p.timestamp = info.timestamp().toUTC();
    p.valid = true;
    return p;
}

} // namespace escale::geo
