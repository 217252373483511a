#include "PositionSource.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QTcpSocket>
#include <QTimer>

#ifdef ESCALE_HAS_SERIALPORT
#include <QSerialPort>
#include <QSerialPortInfo>
#endif

#include <algorithm>
#include <cstring>
#include <functional>

namespace escale::geo {

namespace {

// gpsd's socket seen as a stream of NMEA sentences for QNmeaPositionInfoSource (RealTimeMode): the
// JSON lines of the watch protocol (VERSION, DEVICES, WATCH, ERROR) are left out. Whenever gpsd is
// absent or goes away, the connection is tried again after 1, 2, 4… up to 30 seconds.
class GpsdStream : public QIODevice
{
public:
    // text: what happens, in words; problem: whether it keeps positions from coming.
    std::function<void(const QString &text, bool problem)> report;

    GpsdStream(QString host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
        , m_socket(new QTcpSocket(this))
        , m_retry(new QTimer(this))
    {
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, [this] { connectNow(); });
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            m_delayMs = kFirstDelayMs;
            m_socket->write(R"(?WATCH={"enable":true,"nmea":true})"
                            "\n");
            say(PositionSource::tr("Connected to gpsd on %1:%2.").arg(m_host).arg(m_port), false);
        });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { readSocket(); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { lost(PositionSource::tr("gpsd closed the connection")); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            lost(m_socket->errorString());
        });
    }

    QString endpoint() const { return QStringLiteral("%1:%2").arg(m_host).arg(m_port); }

    void begin()
    {
        m_running = true;
        m_delayMs = kFirstDelayMs;
        connectNow();
    }

    void end()
    {
        m_running = false;
        m_retry->stop();
        m_socket->abort();
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_lines.size() + QIODevice::bytesAvailable(); }
    bool canReadLine() const override { return m_lines.contains('\n') || QIODevice::canReadLine(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_lines.size());
        std::memcpy(data, m_lines.constData(), static_cast<size_t>(n));
        m_lines.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    static constexpr int kFirstDelayMs = 1000;
    static constexpr int kLongestDelayMs = 30000;

    void connectNow()
    {
        if (!m_running)
            return;
        say(PositionSource::tr("Connecting to gpsd on %1…").arg(endpoint()), false);
        m_socket->abort();
        m_socket->connectToHost(m_host, m_port);
    }

    void lost(const QString &why)
    {
        if (!m_running || m_retry->isActive())
            return;
        const int seconds = m_delayMs / 1000;
        say(PositionSource::tr("gpsd is not reachable on %1 (%2); next try in %3 s.")
                .arg(endpoint(), why)
                .arg(seconds),
            true);
        m_retry->start(m_delayMs);
        m_delayMs = std::min(m_delayMs * 2, kLongestDelayMs);
    }

    void readSocket()
    {
        bool added = false;
        while (m_socket->canReadLine()) {
            const QByteArray line = m_socket->readLine().trimmed();
            if (!line.startsWith('$'))
                continue; // the watch protocol's JSON
            m_lines += line + "\r\n";
            added = true;
        }
        if (m_socket->bytesAvailable() > 65536)
            m_socket->readAll(); // not line-based: not gpsd
        if (added)
            Q_EMIT readyRead();
    }

    void say(const QString &text, bool problem)
    {
        if (report)
            report(text, problem);
    }

    QString m_host;
    quint16 m_port;
    QTcpSocket *m_socket;
    QTimer *m_retry;
    QByteArray m_lines;
    int m_delayMs = kFirstDelayMs;
    bool m_running = false;
};

} // namespace

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
        if (error == QGeoPositionInfoSource::UpdateTimeoutError && m_replay) {
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
    std::unique_ptr<PositionSource> result(
        new PositionSource(source, file.release(), tr("NMEA log %1").arg(QFileInfo(path).fileName())));
    result->m_replay = true;
    return result;
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

Result<std::unique_ptr<PositionSource>> PositionSource::gpsd(const QString &host, int port)
{
    if (host.trimmed().isEmpty() || port <= 0 || port > 65535)
        return Error { QStringLiteral("geo.position.gpsd"),
            tr("gpsd needs a host and a port between 1 and 65535 (here « %1 », %2).").arg(host).arg(port) };
    auto stream = std::make_unique<GpsdStream>(host.trimmed(), static_cast<quint16>(port));
    stream->open(QIODevice::ReadOnly);
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode);
    source->setDevice(stream.get());
    GpsdStream *raw = stream.get();
    std::unique_ptr<PositionSource> result(
        new PositionSource(source, stream.release(), tr("gpsd on %1").arg(raw->endpoint())));
    PositionSource *self = result.get();
    raw->report = [self](const QString &text, bool problem) {
        self->setStatus(text);
        if (problem)
            Q_EMIT self->errorOccurred(text);
    };
    return result;
}

Result<std::unique_ptr<PositionSource>> PositionSource::fromSettings(
    const PositionSettings &settings, const QString &nmeaLog)
{
    if (!nmeaLog.isEmpty())
        return nmeaFile(nmeaLog);
    switch (settings.kind) {
    case PositionSettings::Kind::Automatic:
        return system();
    case PositionSettings::Kind::Serial:
        if (settings.serialPort.trimmed().isEmpty())
            return Error { QStringLiteral("geo.position.serial"),
                tr("No serial port is chosen for the GPS (Settings, « Position (GPS) »).") };
        return nmeaSerial(settings.serialPort.trimmed(), settings.baudRate);
    case PositionSettings::Kind::Gpsd:
        return gpsd(settings.gpsdHost, settings.gpsdPort);
    case PositionSettings::Kind::None:
        break;
    }
    return Error { QStringLiteral("geo.position.off"), tr("The position is turned off in Settings.") };
}

QStringList PositionSource::availableSerialPorts()
{
    QStringList names;
#ifdef ESCALE_HAS_SERIALPORT
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        names << info.systemLocation();
#endif
    return names;
}

bool PositionSource::serialPortSupported()
{
#ifdef ESCALE_HAS_SERIALPORT
    return true;
#else
    return false;
#endif
}

void PositionSource::start()
{
    m_source->startUpdates();
    if (auto *stream = dynamic_cast<GpsdStream *>(m_device))
        stream->begin();
}

void PositionSource::stop()
{
    m_source->stopUpdates();
    if (auto *stream = dynamic_cast<GpsdStream *>(m_device))
        stream->end();
}

void PositionSource::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

namespace {
const QString kKind = QStringLiteral("position.source");
const QString kSerialPort = QStringLiteral("position.serial_port");
const QString kBaudRate = QStringLiteral("position.serial_baud");
const QString kGpsdHost = QStringLiteral("position.gpsd_host");
const QString kGpsdPort = QStringLiteral("position.gpsd_port");
} // namespace

QString PositionSettings::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Automatic:
        break;
    case Kind::Serial:
        return QStringLiteral("serial");
    case Kind::Gpsd:
        return QStringLiteral("gpsd");
    case Kind::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("auto");
}

PositionSettings::Kind PositionSettings::kindFromCode(const QString &code)
{
    for (Kind k : { Kind::Serial, Kind::Gpsd, Kind::None })
        if (code == kindCode(k))
            return k;
    return Kind::Automatic; // absent or unknown: the system's source, as before the setting existed
}

PositionSettings PositionSettings::load(const storage::Database &db)
{
    PositionSettings s;
    s.kind = kindFromCode(db.setting(kKind).toString());
    s.serialPort = db.setting(kSerialPort).toString();
    const int baud = db.setting(kBaudRate, s.baudRate).toInt();
    s.baudRate = (baud == 4800 || baud == 9600) ? baud : 4800;
    const QString host = db.setting(kGpsdHost).toString().trimmed();
    if (!host.isEmpty())
        s.gpsdHost = host;
    const int port = db.setting(kGpsdPort, s.gpsdPort).toInt();
    if (port > 0 && port <= 65535)
        s.gpsdPort = port;
    return s;
}

Status PositionSettings::save(storage::Database &db) const
{
    storage::Transaction t(db);
    if (!t.beginStatus())
        return t.beginStatus();
    for (const auto &[key, value] : { std::pair { kKind, QVariant(kindCode(kind)) },
             std::pair { kSerialPort, QVariant(serialPort.trimmed()) }, std::pair { kBaudRate, QVariant(baudRate) },
             std::pair { kGpsdHost, QVariant(gpsdHost.trimmed()) }, std::pair { kGpsdPort, QVariant(gpsdPort) } })
        if (Status s = db.setSetting(key, value); !s)
            return s;
    return t.commit();
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
