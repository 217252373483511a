#pragma once

#include "Position.h"

#include "common/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QGeoPositionInfo;
class QGeoPositionInfoSource;
class QIODevice;

namespace escale::storage {
class Database;
}

namespace escale::geo {

// Where the position comes from, chosen in Paramètres (« Position (GPS) ») and kept in the settings
// table under keys `position.*`. `escale --nmea FILE` always wins over it.
struct PositionSettings
{
    enum class Kind {
        Automatic, // the system's source (GeoClue on Linux), when there is one
        Serial, // an NMEA GPS on a serial port
        Gpsd, // a gpsd daemon (NMEA through its watch protocol)
        None, // no position at all
    };
    Kind kind = Kind::Automatic;
    QString serialPort; // e.g. /dev/ttyACM0, COM3
    int baudRate = 4800; // 4800 (most NMEA receivers) or 9600
    QString gpsdHost = QStringLiteral("127.0.0.1");
    int gpsdPort = 2947;

    static PositionSettings load(const storage::Database &db);
    Status save(storage::Database &db) const;
    // Stable codes stored in the settings table: auto, serial, gpsd, none.
    static QString kindCode(Kind kind);
    static Kind kindFromCode(const QString &code);
    bool operator==(const PositionSettings &) const = default;
    // A source somebody asked for — a serial GPS, gpsd, or an NMEA log (`--nmea`) — rather than the
    // system's automatic one or none: when it cannot start, screens say why instead of staying quiet.
    bool isExplicit(const QString &nmeaLog = {}) const
    {
        return !nmeaLog.isEmpty() || kind == Kind::Serial || kind == Kind::Gpsd;
    }
};

// The device's position through Qt Positioning, whatever gives it: the system's source (GeoClue on
// Linux, the OS elsewhere), an NMEA GPS on a serial port, or an NMEA log file replayed at its own
// pace (`escale --nmea FILE`, for demonstrations and tests).
class PositionSource : public QObject
{
    Q_OBJECT
public:
    ~PositionSource() override;

    // The system's default source; an error when the platform has none.
    static Result<std::unique_ptr<PositionSource>> system();
    // Replays a recorded NMEA log (SimulationMode: sentences follow the time stamps of the log).
    static Result<std::unique_ptr<PositionSource>> nmeaFile(const QString &path);
    // A GPS receiver speaking NMEA on a serial port (e.g. /dev/ttyACM0, COM3) at 4800 or 9600 bauds.
    static Result<std::unique_ptr<PositionSource>> nmeaSerial(const QString &portName, int baudRate = 9600);
    // A gpsd daemon: asks it for NMEA (`?WATCH={"enable":true,"nmea":true}`) and reads its sentences in
    // real time. Never fails at once: when gpsd is absent or restarts, the source says so in status()
    // and errorOccurred(), then tries again after 1, 2, 4… up to 30 seconds.
    static Result<std::unique_ptr<PositionSource>> gpsd(
        const QString &host = QStringLiteral("127.0.0.1"), int port = 2947);
    // The one factory the screens use: `--nmea FILE` (nmeaLog) when given, else what Paramètres chose.
    static Result<std::unique_ptr<PositionSource>> fromSettings(
        const PositionSettings &settings, const QString &nmeaLog = {});
    // The serial ports of this computer, as names to open (empty without Qt Serial Port).
    static QStringList availableSerialPorts();
    static bool serialPortSupported();

    void start();
    void stop();
    QString description() const { return m_description; }
    // What the source is doing, in words (for gpsd: connecting, connected, waiting to try again).
    QString status() const { return m_status; }
    Position lastPosition() const { return m_last; }

    static Position fromQt(const QGeoPositionInfo &info);

Q_SIGNALS:
    void positionUpdated(const escale::geo::Position &position);
    void errorOccurred(const QString &message);
    // An NMEA log has been replayed to its end.
    void finished();
    void statusChanged(const QString &status);

private:
    PositionSource(QGeoPositionInfoSource *source, QIODevice *device, QString description);

    QGeoPositionInfoSource *m_source = nullptr;
    QIODevice *m_device = nullptr;
    void setStatus(const QString &status);

    QString m_description;
    QString m_status;
    Position m_last;
    bool m_replay = false; // an NMEA log: running out of sentences means finished()
};

} // namespace escale::geo
