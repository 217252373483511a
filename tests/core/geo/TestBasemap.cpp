#include "geo/Basemap.h"
#include "geo/TileRenderQueue.h"
#include "geo/WebMercator.h"

#include <QSignalSpy>
#include <QTest>

using namespace escale::geo;

class TestBasemap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedBasemapHasLandAndBorders()
    {
        const Basemap::Layers &world = Basemap::embedded();
        QVERIFY(world.land->size() > 1000);
        QVERIFY(world.borders->size() > 100);
        QVERIFY(world.land->vertexCount() > 30000);
        // Land covers the globe's extent.
        QVERIFY(world.land->bounds.west < -170 && world.land->bounds.east > 170);
        QVERIFY(world.land->bounds.south < -80);
        QVERIFY(Basemap::attribution().contains(QStringLiteral("Natural Earth")));
        QCOMPARE(&Basemap::embedded(), &world); // decoded once
    }

    void truncatedBasemapIsRefused()
    {
        QFile f(QStringLiteral(":/maps/world-basemap.bin"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        auto whole = Basemap::decode(data, QStringLiteral("monde.bin"));
        QVERIFY(whole.ok());
        auto cut = Basemap::decode(data.left(data.size() / 2), QStringLiteral("monde.bin"));
        QVERIFY(!cut.ok());
        QVERIFY(cut.error().message.contains(QStringLiteral("monde.bin")));
        QVERIFY(!Basemap::decode("PNG....", QStringLiteral("x")).ok());
    }

    void rendersLandWhereFranceIs_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<bool>("land");
        QTest::newRow("Clermont-Ferrand") << 45.78 << 3.08 << true;
        QTest::newRow("Golfe de Gascogne") << 45.5 << -4.0 << false;
        QTest::newRow("Méditerranée au large de Marseille") << 42.3 << 5.4 << false;
    }
    void rendersLandWhereFranceIs()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(bool, land);
        const QColor sea(0x10, 0x20, 0xa0), landColor(0xf0, 0xe0, 0xc0);
        const Basemap::Layers &world = Basemap::embedded();
        const int zoom = 6;
        const QPoint tile = mercator::tileFor(latitude, longitude, zoom);
        const QImage image
            = TileRenderQueue::render({ { world.land, QColor(), landColor, 1 } }, sea, zoom, tile.x(), tile.y());
        const QPointF px = mercator::toWorldPixels(latitude, longitude, zoom) - QPointF(tile.x() * 256, tile.y() * 256);
        QCOMPARE(image.pixelColor(px.toPoint()) == landColor, land);
    }

    void queueRendersOffTheCallingThread()
    {
        TileRenderQueue queue;
        queue.setLayers({ { Basemap::embedded().land, QColor(Qt::black), QColor(Qt::white), 1 } }, QColor(Qt::blue));
        QSignalSpy spy(&queue, &TileRenderQueue::tileRendered);
        queue.request(5, 16, 11);
        queue.request(5, 16, 11); // asked twice, rendered once
        queue.request(5, 17, 11);
        QCOMPARE(queue.pending(), 2);
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(queue.pending(), 0);
        QCOMPARE(spy.at(0).at(0).toULongLong(), queue.generation());
        QCOMPARE(spy.at(0).at(4).value<QImage>().size(), QSize(256, 256));
    }
};

QTEST_MAIN(TestBasemap)
#include "TestBasemap.moc"
