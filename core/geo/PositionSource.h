#pragma once

#include "Position.h"

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <memory>

class QGeoPositionInfo;
class QGeoPositionInfoSource;
class QIODevice;

namespace escale::geo {

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

    void start();
    void stop();
    QString description() const { return m_description; }
    Position lastPosition() const { return m_last; }

    static Position fromQt(const QGeoPositionInfo &info);

Q_SIGNALS:
    void positionUpdated(const escale::geo::Position &position);
    void errorOccurred(const QString &message);
    // An NMEA log has been replayed to its end.
    void finished();

private:
    PositionSource(QGeoPositionInfoSource *source, QIODevice *device, QString description);

    QGeoPositionInfoSource *m_source = nullptr;
    QIODevice *m_device = nullptr;
    QString m_description;
    Position m_last;
};

} // namespace escale::geo
