// Stop detection from positions (issue 9): a simulated drive through three stops of a tour —
// arrival after the dwell time, departure, a drive past without stopping, GPS noise, no fix, a stop
// without coordinates. Positions are fed directly with their own time stamps (no waiting).
#include "itinerant/StopDetector.h"

#include "geo/PositionSource.h"

#include "TestSupport.h"

#include <QFile>
#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace escale;
using namespace escale::itinerant;

namespace {

constexpr double MetresPerDegree = 6371008.8 * std::numbers::pi / 180.0;
constexpr double Longitude = 0.16;
constexpr int StepSecs = 10;
constexpr double SpeedMps = 15; // 54 km/h

// Three stops on a north-south road, 5.5 km apart.
QList<Stop> threeStops()
{
    QList<Stop> stops;
    const double lats[] = {45.60, 45.65, 45.70};
    const char *names[] = {"Aigre", "Mansle", "Ruffec"};
    for (int i = 0; i < 3; ++i) {
        Stop s;
        s.id = QStringLiteral("stop-%1").arg(i + 1);
        s.name = QString::fromLatin1(names[i]);
        s.latitude = lats[i];
        s.longitude = Longitude;
        stops << s;
    }
    return stops;
}

geo::Position at(double latitude, const QDateTime &t)
{
    geo::Position p;
    p.latitude = latitude;
    p.longitude = Longitude;
    p.horizontalAccuracy = 8;
    p.timestamp = t;
    p.valid = true;
    return p;
}

struct Drive
{
    QList<geo::Position> positions;
    QList<int> parkMiddle; // index of a position in the middle of each park
    QList<QDateTime> firstWithinRadius; // per stop
};

// From 2 km south of the first stop to 2 km north of the last, parking `parkSecs[i]` at stop i.
Drive simulate(const QList<Stop> &stops, const QList<int> &parkSecs)
{
    Drive d;
    QDateTime t(QDate(2026, 11, 23), QTime(7, 30), Qt::UTC);
    double lat = *stops.first().latitude - 2000 / MetresPerDegree;
    auto driveTo = [&](double target) {
        const double step = SpeedMps * StepSecs / MetresPerDegree;
        while (target - lat > 1e-9) {
            lat = std::min(target, lat + step);
            t = t.addSecs(StepSecs);
            d.positions << at(lat, t);
        }
    };
    for (int i = 0; i < stops.size(); ++i) {
        const double stopLat = *stops.at(i).latitude;
        const qsizetype before = d.positions.size();
        driveTo(stopLat);
        for (qsizetype k = before; k < d.positions.size(); ++k) {
            if ((stopLat - d.positions.at(k).latitude) * MetresPerDegree <= 300) {
                d.firstWithinRadius << d.positions.at(k).timestamp;
                break;
            }
        }
        const int steps = parkSecs.value(i) / StepSecs;
        for (int k = 0; k < steps; ++k) { // parked: a few metres of jitter
            t = t.addSecs(StepSecs);
            d.positions << at(stopLat + ((k % 3) - 1) * 8 / MetresPerDegree, t);
            if (k == steps / 2)
                d.parkMiddle << int(d.positions.size() - 1);
        }
        if (steps == 0)
            d.parkMiddle << int(d.positions.size() - 1);
    }
    driveTo(*stops.last().latitude + 2000 / MetresPerDegree);
    return d;
}

QStringList run(StopDetector &detector, const QList<geo::Position> &positions, QList<StopEvent> *all = nullptr)
{
    QStringList out;
    for (const geo::Position &p : positions) {
        for (const StopEvent &e : detector.feed(p)) {
            out << (e.kind == StopEvent::Kind::Arrived ? QStringLiteral("arrived ") : QStringLiteral("left "))
                    + e.stopName;
            if (all)
                *all << e;
        }
    }
    return out;
}

// Qt's own NMEA parser, one sentence at a time (no replay at the log's pace).
class NmeaParser : public QNmeaPositionInfoSource
{
public:
    NmeaParser() : QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode) {}
    geo::Position parse(const QByteArray &line)
    {
        QGeoPositionInfo info;
        bool hasFix = false;
        if (!parsePosInfoFromNmeaData(line.constData(), int(line.size()), &info, &hasFix) || !hasFix)
            return {};
        return geo::PositionSource::fromQt(info);
    }
};

} // namespace

class TestStopDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drive_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("jumps");
        QTest::addColumn<int>("noFix");
        const QStringList all{"arrived Aigre", "left Aigre", "arrived Mansle", "left Mansle", "arrived Ruffec", "left Ruffec"};
        const QStringList skipMansle{"arrived Aigre", "left Aigre", "arrived Ruffec", "left Ruffec"};
        QTest::newRow("three stops, 5 minutes each") << "clean" << all << 0 << 0;
        QTest::newRow("1 minute at Mansle: under the dwell time") << "short" << skipMansle << 0 << 0;
        QTest::newRow("drive past Mansle without stopping") << "past" << skipMansle << 0 << 0;
        QTest::newRow("one jump of 5 km while parked") << "jump" << all << 1 << 0;
        QTest::newRow("one jump onto another stop while parked") << "jump-to-stop" << all << 1 << 0;
        QTest::newRow("no fix for a minute at each stop") << "nofix" << all << 0 << 18;
        QTest::newRow("poor accuracy ignored") << "inaccurate" << all << 0 << 3;
        QTest::newRow("Mansle without coordinates") << "no-coordinates" << skipMansle << 0 << 0;
    }

    void drive()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, expected);
        QFETCH(int, jumps);
        QFETCH(int, noFix);

        QList<Stop> stops = threeStops();
        QList<int> park{300, 300, 300};
        if (scenario == QLatin1String("short"))
            park[1] = 60;
        else if (scenario == QLatin1String("past"))
            park[1] = 0;
        Drive d = simulate(stops, park);
        if (scenario == QLatin1String("jump")) {
            d.positions[d.parkMiddle.at(1)].latitude += 5000 / MetresPerDegree;
        } else if (scenario == QLatin1String("jump-to-stop")) {
            d.positions[d.parkMiddle.at(0)].latitude = *stops.at(2).latitude;
        } else if (scenario == QLatin1String("nofix")) {
            for (int stop = 0; stop < 3; ++stop)
                for (int k = 0; k < 6; ++k) {
                    geo::Position &p = d.positions[d.parkMiddle.at(stop) + k - 3];
                    if (k % 2 == 0)
                        p.valid = false;
                    else
                        p.latitude = std::nan("");
                }
        } else if (scenario == QLatin1String("inaccurate")) {
            for (int stop = 0; stop < 3; ++stop) {
                geo::Position &p = d.positions[d.parkMiddle.at(stop)];
                p.horizontalAccuracy = 900;
                p.latitude += 800 / MetresPerDegree; // what a bad fix looks like
            }
        } else if (scenario == QLatin1String("no-coordinates")) {
            stops[1].latitude.reset();
            stops[1].longitude.reset();
        }

        StopDetector detector;
        detector.setStops(stops);
        QCOMPARE(detector.state(), StopDetector::State::WaitingForFix);
        QList<StopEvent> events;
        QCOMPARE(run(detector, d.positions, &events), expected);
        QCOMPARE(detector.ignoredJumps(), jumps);
        QCOMPARE(detector.ignoredWithoutFix(), noFix);
        QCOMPARE(detector.state(), StopDetector::State::Moving);
        QVERIFY(detector.currentStopId().isEmpty());

        if (scenario == QLatin1String("no-coordinates")) {
            QCOMPARE(detector.undetectableStops().size(), 1);
            QVERIFY(detector.undetectableStops().first().contains(QStringLiteral("Mansle")));
        } else {
            QVERIFY(detector.undetectableStops().isEmpty());
        }
        if (scenario == QLatin1String("clean")) {
            // The arrival is dated from the first position within the radius, not the end of the dwell.
            for (int i = 0; i < 3; ++i) {
                const StopEvent &arrived = events.at(2 * i);
                QCOMPARE(arrived.stopId, stops.at(i).id);
                QCOMPARE(arrived.at, d.firstWithinRadius.at(i));
                QVERIFY(arrived.distanceMeters <= 300.5);
                QVERIFY(arrived.note.isEmpty());
                const StopEvent &left = events.at(2 * i + 1);
                QVERIFY(left.at > arrived.at.addSecs(300));
                QVERIFY(left.distanceMeters > 450);
            }
        }
    }

    // The same through a real NMEA log (tests/data/itinerant/drive-three-stops.nmea, written by
    // make-drive.py): three stops 1.5 km apart, one sentence without fix, one 5 km jump.
    void nmeaLogThroughThreeStops()
    {
        QFile file(test::testData(QStringLiteral("itinerant/drive-three-stops.nmea")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QList<Stop> stops = threeStops();
        const double lats[] = {45.60, 45.6134898, 45.6269796};
        for (int i = 0; i < 3; ++i)
            stops[i].latitude = lats[i];
        StopDetector detector;
        detector.setStops(stops);
        NmeaParser parser;
        QList<geo::Position> positions;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty())
                positions << parser.parse(line);
        }
        QCOMPARE(positions.size(), 94);
        QList<StopEvent> events;
        QCOMPARE(run(detector, positions, &events),
                 (QStringList{"arrived Aigre", "left Aigre", "arrived Mansle", "left Mansle", "arrived Ruffec", "left Ruffec"}));
        QCOMPARE(detector.ignoredWithoutFix(), 1);
        QCOMPARE(detector.ignoredJumps(), 1);
        // 07:31:20 is 300.04 m away once rounded to the log's 1/10000 minute: just outside the radius.
        QCOMPARE(events.first().at, QDateTime(QDate(2026, 11, 23), QTime(7, 31, 30), Qt::UTC));
    }

    // While parked, the detector says where the bus is; a stop is current until the departure.
    void currentStopWhileParked()
    {
        const QList<Stop> stops = threeStops();
        Drive d = simulate(stops, {300, 300, 300});
        StopDetector detector;
        detector.setStops(stops);
        run(detector, d.positions.mid(0, d.parkMiddle.at(0) + 1));
        QCOMPARE(detector.state(), StopDetector::State::AtStop);
        QCOMPARE(detector.currentStopId(), QStringLiteral("stop-1"));
        QVERIFY(detector.statusText().contains(QStringLiteral("Aigre")));
    }

    // A shorter dwell and radius are settings, not constants.
    void settingsAreUsed()
    {
        const QList<Stop> stops = threeStops();
        Drive d = simulate(stops, {0, 60, 0});
        StopDetector::Settings settings;
        settings.dwellSecs = 30;
        settings.radiusMeters = 100;
        settings.exitRadiusMeters = 150;
        StopDetector detector(settings);
        detector.setStops(stops);
        QCOMPARE(run(detector, d.positions), (QStringList{"arrived Mansle", "left Mansle"}));
    }

    void noDetectableStop()
    {
        QList<Stop> stops = threeStops();
        for (Stop &s : stops) {
            s.latitude.reset();
            s.longitude.reset();
        }
        StopDetector detector;
        detector.setStops(stops);
        QCOMPARE(detector.state(), StopDetector::State::NoStops);
        QCOMPARE(detector.undetectableStops().size(), 3);
        QVERIFY(!detector.statusText().isEmpty());
        Drive d = simulate(threeStops(), {300, 300, 300});
        QVERIFY(run(detector, d.positions).isEmpty());
    }

    // Two stops 40 m apart: the nearest is chosen, and the event says the other is as close.
    void ambiguousStopsAreSaid()
    {
        QList<Stop> stops = threeStops().mid(0, 1);
        Stop twin = stops.first();
        twin.id = QStringLiteral("stop-twin");
        twin.name = QStringLiteral("Aigre, école");
        twin.latitude = *twin.latitude + 40 / MetresPerDegree;
        stops << twin;
        Drive d = simulate(threeStops().mid(0, 1), {300});
        StopDetector detector;
        detector.setStops(stops);
        QList<StopEvent> events;
        QCOMPARE(run(detector, d.positions, &events), (QStringList{"arrived Aigre", "left Aigre"}));
        QVERIFY2(events.first().note.contains(QStringLiteral("Aigre, école")), qPrintable(events.first().note));
    }

    // The same square served in the morning and in the afternoon (the Charente bus does this): the
    // stop whose hours fit the time of day is the one, and nothing is « as close » to check. The drive
    // runs from 07:30 UTC (07:30 or 08:30 local, both in the morning window).
    void sameSquareMorningAndAfternoonChosenByTime()
    {
        Stop morning = threeStops().first();
        morning.id = QStringLiteral("stop-morning");
        morning.name = QStringLiteral("Aigre, matin");
        morning.start = QTime(6, 0);
        morning.end = QTime(12, 0);
        Stop afternoon = morning;
        afternoon.id = QStringLiteral("stop-afternoon");
        afternoon.name = QStringLiteral("Aigre, après-midi");
        afternoon.start = QTime(14, 0);
        afternoon.end = QTime(17, 0);
        Drive d = simulate(threeStops().mid(0, 1), {300});
        for (const QList<Stop> &order : {QList<Stop>{afternoon, morning}, QList<Stop>{morning, afternoon}}) {
            StopDetector detector;
            detector.setStops(order);
            QList<StopEvent> events;
            QCOMPARE(run(detector, d.positions, &events), (QStringList{"arrived Aigre, matin", "left Aigre, matin"}));
            QVERIFY2(events.first().note.isEmpty(), qPrintable(events.first().note));
        }
    }
};

QTEST_GUILESS_MAIN(TestStopDetector)
#include "TestStopDetector.moc"
