#include "geo/PositionSource.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace escale;
using namespace escale::geo;

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
};

QTEST_GUILESS_MAIN(TestPositionSource)
#include "TestPositionSource.moc"
