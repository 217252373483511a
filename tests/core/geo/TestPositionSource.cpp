#include "geo/PositionSource.h"

#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace escale;
using namespace escale::geo;

namespace {

using Kind = PositionSettings::Kind;

// A port on 127.0.0.1 that nobody listens on right now.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString findProgram(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            name, { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin") });
    return found;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-4;
}

} // namespace

Q_DECLARE_METATYPE(escale::geo::PositionSettings::Kind)

class TestPositionSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayedLogGivesItsPositions()
    {
        auto source = PositionSource::nmeaFile(test::testData(QStringLiteral("geo/digne-walk.nmea")));
        ESCALE_VERIFY_OK(source);
        QVERIFY((*source)->description().contains(QStringLiteral("digne-walk.nmea")));
        QSignalSpy spy(source->get(), &PositionSource::positionUpdated);
        (*source)->start();
        // The log holds five fixes one second apart, replayed at their own pace.
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 20000);
        const Position first = spy.at(0).at(0).value<Position>();
        QVERIFY(first.valid);
        QVERIFY2(std::abs(first.latitude - 44.0925) < 1e-4, qPrintable(QString::number(first.latitude, 'f', 6)));
        QVERIFY2(std::abs(first.longitude - 6.2356) < 1e-4, qPrintable(QString::number(first.longitude, 'f', 6)));
        QCOMPARE(first.timestamp.date(), QDate(2026, 11, 21));
        const Position third = spy.at(2).at(0).value<Position>();
        QVERIFY(third.latitude > first.latitude); // walking north-east
        QVERIFY(third.longitude > first.longitude);
        QCOMPARE((*source)->lastPosition().valid, true);
        (*source)->stop();
    }

    void badLogsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("create");
        QTest::newRow("absent") << QByteArray() << false;
        QTest::newRow("vide") << QByteArray() << true;
        QTest::newRow("pas du NMEA") << QByteArray("latitude;longitude\n44,09;6,23\n") << true;
    }
    void badLogsAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trajet été.nmea"));
        if (create) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        auto source = PositionSource::nmeaFile(path);
        QVERIFY(!source.ok());
        QVERIFY2(
            source.error().message.contains(QStringLiteral("trajet été.nmea")), qPrintable(source.error().message));
    }

    // --- Paramètres « Position (GPS) »: stored in the settings table, read back as they were.

    void settingsDefaultsWhenNothingIsStored()
    {
        test::TempDatabase db;
        const PositionSettings s = PositionSettings::load(*db);
        QCOMPARE(s.kind, Kind::Automatic);
        QCOMPARE(s.gpsdHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(s.gpsdPort, 2947);
        QCOMPARE(s.baudRate, 4800);
        QVERIFY(s.serialPort.isEmpty());
    }

    void settingsRoundTrip_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("serialPort");
        QTest::addColumn<int>("baudRate");
        QTest::addColumn<QString>("gpsdHost");
        QTest::addColumn<int>("gpsdPort");
        QTest::newRow("automatique") << Kind::Automatic << QString() << 4800 << QStringLiteral("127.0.0.1") << 2947;
        QTest::newRow("GPS série 9600") << Kind::Serial << QStringLiteral("/dev/ttyACM0") << 9600
                                        << QStringLiteral("127.0.0.1") << 2947;
        QTest::newRow("gpsd distant") << Kind::Gpsd << QString() << 4800 << QStringLiteral("bus-pc.local") << 2948;
        QTest::newRow("aucun") << Kind::None << QStringLiteral("COM3") << 4800 << QStringLiteral("127.0.0.1") << 2947;
    }
    void settingsRoundTrip()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, serialPort);
        QFETCH(int, baudRate);
        QFETCH(QString, gpsdHost);
        QFETCH(int, gpsdPort);
        test::TempDatabase db;
        PositionSettings s;
        s.kind = kind;
        s.serialPort = serialPort;
        s.baudRate = baudRate;
        s.gpsdHost = gpsdHost;
        s.gpsdPort = gpsdPort;
        ESCALE_VERIFY_OK(s.save(*db));
        QCOMPARE(db->setting(QStringLiteral("position.source")).toString(), PositionSettings::kindCode(kind));
        QVERIFY(PositionSettings::load(*db) == s);
    }

    void unknownStoredValuesFallBackCalmly()
    {
        test::TempDatabase db;
        ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("position.source"), QStringLiteral("bluetooth")));
        ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("position.serial_baud"), 115200));
        ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("position.gpsd_port"), 99999));
        const PositionSettings s = PositionSettings::load(*db);
        QCOMPARE(s.kind, Kind::Automatic);
        QCOMPARE(s.baudRate, 4800);
        QCOMPARE(s.gpsdPort, 2947);
    }

    // --- The one factory the screens use.

    void factoryChoice_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("serialPort");
        QTest::addColumn<QString>("gpsdHost");
        QTest::addColumn<bool>("withNmea");
        QTest::addColumn<bool>("ok");
        // ok: a word of the description; refused: the error's code.
        QTest::addColumn<QString>("expected");
        QTest::newRow("--nmea gagne sur aucun") << Kind::None << QString() << QString() << true << true
                                                << QStringLiteral("digne-walk.nmea");
        QTest::newRow("--nmea gagne sur gpsd") << Kind::Gpsd << QString() << QStringLiteral("127.0.0.1") << true
                                               << true << QStringLiteral("digne-walk.nmea");
        QTest::newRow("gpsd") << Kind::Gpsd << QString() << QStringLiteral("127.0.0.1") << false << true
                              << QStringLiteral("gpsd");
        QTest::newRow("gpsd sans hôte") << Kind::Gpsd << QString() << QStringLiteral(" ") << false << false
                                        << QStringLiteral("geo.position.gpsd");
        QTest::newRow("aucun") << Kind::None << QString() << QString() << false << false
                               << QStringLiteral("geo.position.off");
        QTest::newRow("série sans port") << Kind::Serial << QString() << QString() << false << false
                                         << QStringLiteral("geo.position.serial");
        QTest::newRow("série port absent") << Kind::Serial << QStringLiteral("/dev/ttyESCALE-absent") << QString()
                                           << false << false << QStringLiteral("geo.position.serial");
    }
    void factoryChoice()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, serialPort);
        QFETCH(QString, gpsdHost);
        QFETCH(bool, withNmea);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        PositionSettings s;
        s.kind = kind;
        s.serialPort = serialPort;
        if (!gpsdHost.isNull())
            s.gpsdHost = gpsdHost;
        const QString nmea = withNmea ? test::testData(QStringLiteral("geo/digne-walk.nmea")) : QString();
        auto source = PositionSource::fromSettings(s, nmea);
        QCOMPARE(source.ok(), ok);
        if (ok)
            QVERIFY2((*source)->description().contains(expected), qPrintable((*source)->description()));
        else
            QCOMPARE(source.error().code, expected);
    }

    void automaticIsTheSystemSourceOrSaysThereIsNone()
    {
        auto source = PositionSource::fromSettings(PositionSettings {});
        if (source.ok())
            QVERIFY2((*source)->description().contains(QStringLiteral("system")), qPrintable((*source)->description()));
        else
            QCOMPARE(source.error().code, QStringLiteral("geo.position.none"));
    }

    void serialPortThatDoesNotExistIsRefusedClearly()
    {
        if (!PositionSource::serialPortSupported())
            QSKIP("built without Qt Serial Port");
        // No GPS here: the message names the port, so the person sees which one to check.
        auto source = PositionSource::nmeaSerial(QStringLiteral("/dev/ttyESCALE-absent"), 4800);
        QVERIFY(!source.ok());
        QVERIFY2(source.error().message.contains(QStringLiteral("/dev/ttyESCALE-absent")),
            qPrintable(source.error().message));
    }

    // --- gpsd.

    void gpsdAbsentIsSaidCalmlyAndRetried()
    {
        const quint16 port = freePort();
        QVERIFY(port);
        auto source = PositionSource::gpsd(QStringLiteral("127.0.0.1"), port);
        ESCALE_VERIFY_OK(source);
        QSignalSpy errors(source->get(), &PositionSource::errorOccurred);
        QSignalSpy statuses(source->get(), &PositionSource::statusChanged);
        (*source)->start();
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, 5000);
        const QString first = errors.at(0).at(0).toString();
        QVERIFY2(first.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("1 s")), qPrintable(first));
        // Tried again after 1 s, then after 2 s: the back-off grows.
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 2, 5000);
        const QString second = errors.at(1).at(0).toString();
        QVERIFY2(second.contains(QStringLiteral("2 s")), qPrintable(second));
        QVERIFY((*source)->status().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
        (*source)->stop();
    }

    // gpsd's watch protocol spoken by a tiny server: checks the request Escale sends, that the JSON
    // lines are left out, and that a gpsd which restarts is found again. Runs everywhere, with or
    // without gpsd installed (the real gpsd is tested below when it is there).
    void gpsdWatchProtocolAndRestart()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        QByteArray request;
        auto serve = [&](QTcpSocket *client, const QByteArray &fix) {
            client->write(R"({"class":"VERSION","release":"3.22","proto_major":3,"proto_minor":14})"
                          "\r\n");
            QTRY_VERIFY_WITH_TIMEOUT(client->canReadLine() || client->waitForReadyRead(100), 3000);
            request = client->readLine();
            client->write(R"({"class":"DEVICES","devices":[{"class":"DEVICE","path":"/dev/ttyACM0"}]})"
                          "\r\n"
                          R"({"class":"WATCH","enable":true,"json":false,"nmea":true})"
                          "\r\n");
            client->write(fix);
            client->flush();
        };
        auto source = PositionSource::gpsd(QStringLiteral("127.0.0.1"), port);
        ESCALE_VERIFY_OK(source);
        QSignalSpy positions(source->get(), &PositionSource::positionUpdated);
        QSignalSpy errors(source->get(), &PositionSource::errorOccurred);
        (*source)->start();
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections() || server.waitForNewConnection(50), 3000);
        QTcpSocket *client = server.nextPendingConnection();
        serve(client,
            "$GPRMC,073010.00,A,4535.2716,N,00009.6000,E,29.2,0.0,231126,,,A*6D\r\n"
            "$GPRMC,073020.00,A,4535.3525,N,00009.6000,E,29.2,0.0,231126,,,A*6D\r\n"
            "$GPRMC,073030.00,A,4535.4334,N,00009.6000,E,29.2,0.0,231126,,,A*6D\r\n");
        QCOMPARE(request.trimmed(), QByteArray(R"(?WATCH={"enable":true,"nmea":true})"));
        QTRY_VERIFY_WITH_TIMEOUT(positions.count() >= 1, 5000);
        const Position first = positions.at(0).at(0).value<Position>();
        QVERIFY2(near(first.latitude, 45.0 + 35.2716 / 60), qPrintable(QString::number(first.latitude, 'f', 6)));
        QVERIFY(near(first.longitude, 9.6 / 60));

        // gpsd restarts: the source says so, then comes back by itself.
        client->close();
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections() || server.waitForNewConnection(50), 5000);
        const int before = positions.count();
        serve(server.nextPendingConnection(),
            "$GPRMC,073230.00,A,4536.0000,N,00009.6000,E,29.2,0.0,231126,,,A*6C\r\n"
            "$GPRMC,073240.00,A,4536.0043,N,00009.6000,E,29.2,0.0,231126,,,A*6C\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(positions.count() > before, 5000);
        QVERIFY(near(positions.at(before).at(0).value<Position>().latitude, 45.6));
        (*source)->stop();
    }

    // The real gpsd, fed by gpsfake with the three-stop drive of the itinerant tests, on a port of
    // 127.0.0.1 chosen for the test. Escale starts before gpsd listens: it finds it by retrying.
    void realGpsdThroughGpsfake()
    {
        const QString gpsfake = findProgram(QStringLiteral("gpsfake"));
        const QString gpsd = findProgram(QStringLiteral("gpsd"));
        if (gpsfake.isEmpty() || gpsd.isEmpty())
            QSKIP("gpsd or gpsfake is not installed (Debian: gpsd gpsd-clients python3-gps); the watch protocol "
                  "is still tested by gpsdWatchProtocolAndRestart");
        const quint16 port = freePort();
        QVERIFY(port);
        auto source = PositionSource::gpsd(QStringLiteral("127.0.0.1"), port);
        ESCALE_VERIFY_OK(source);
        QSignalSpy positions(source->get(), &PositionSource::positionUpdated);
        (*source)->start();

        QProcess fake;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), QFileInfo(gpsd).absolutePath() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        fake.setProcessEnvironment(env);
        fake.setProcessChannelMode(QProcess::MergedChannels);
        // -n: gpsd reads the log without waiting for a client; -1: once; -c: 0.2 s between sentences.
        fake.start(gpsfake,
            { QStringLiteral("-q"), QStringLiteral("-n"), QStringLiteral("-1"), QStringLiteral("-c"),
                QStringLiteral("0.2"), QStringLiteral("-P"), QString::number(port),
                test::testData(QStringLiteral("itinerant/drive-three-stops.nmea")) });
        QVERIFY2(fake.waitForStarted(5000), qPrintable(fake.errorString()));
        const bool received = QTest::qWaitFor([&] { return positions.count() >= 3; }, 30000);
        ::kill(static_cast<pid_t>(fake.processId()), SIGINT); // gpsfake stops its gpsd on an interrupt
        if (!fake.waitForFinished(5000)) {
            fake.kill();
            fake.waitForFinished(2000);
        }
        QVERIFY2(received, qPrintable(QStringLiteral("%1 position(s); gpsfake said: %2")
                                          .arg(positions.count())
                                          .arg(QString::fromLocal8Bit(fake.readAll()))));
        for (int i = 0; i < positions.count(); ++i) {
            const Position p = positions.at(i).at(0).value<Position>();
            QVERIFY(p.valid);
            QVERIFY2(p.latitude > 45.58 && p.latitude < 45.70, qPrintable(QString::number(p.latitude, 'f', 6)));
            QVERIFY(near(p.longitude, 9.6 / 60));
        }
        (*source)->stop();
    }
};

QTEST_GUILESS_MAIN(TestPositionSource)
#include "TestPositionSource.moc"
