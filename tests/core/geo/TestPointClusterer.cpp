#include "geo/PointClusterer.h"
#include "geo/WebMercator.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace escale::geo;

namespace {

const QRectF World(0, 0, 1, 1);

int total(const QVector<Cluster> &clusters)
{
    int n = 0;
    for (const Cluster &c : clusters)
        n += c.count;
    return n;
}

QVector<MapPoint> placesOfHauteProvence()
{
    return {
        { QStringLiteral("mediatheque-digne"), 44.0925, 6.2356, QStringLiteral("MEDIATHEQUE"),
            QStringLiteral("Médiathèque François-Mitterrand") },
        { QStringLiteral("fs-digne"), 44.0925, 6.2356, QStringLiteral("FRANCE_SERVICES"),
            QStringLiteral("France Services de Digne") },
        { QStringLiteral("ccas-digne"), 44.0925, 6.2356, QStringLiteral("CCAS"),
            QStringLiteral("CCAS de Digne-les-Bains") },
        { QStringLiteral("epn-manosque"), 43.8288, 5.7864, QStringLiteral("EPN"), QStringLiteral("EPN de Manosque") },
        { QStringLiteral("tiers-lieu-forcalquier"), 43.9597, 5.7800, QStringLiteral("TIERS_LIEU"),
            QStringLiteral("La Fabrique") },
        { QStringLiteral("epn-nice"), 43.7034, 7.2663, QStringLiteral("EPN"), QStringLiteral("Cyber-base de Nice") },
        { QStringLiteral("sans-coordonnées"), std::nan(""), 6.0, QStringLiteral("EPN"),
            QStringLiteral("Lieu sans coordonnées") },
        { QStringLiteral("hors-limites"), 95.0, 6.0, QStringLiteral("EPN"), QStringLiteral("Latitude impossible") },
    };
}

} // namespace

class TestPointClusterer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsPerZoom_data()
    {
        QTest::addColumn<int>("zoom");
        QTest::addColumn<int>("clusters");
        // At zoom 2 (64 px cells of 1 024 px world) all of Provence is one cell; at 16 the three places
        // of Digne stay together (same coordinates) and every other place is alone.
        QTest::newRow("monde z2") << 2 << 1;
        QTest::newRow("rue z16") << 16 << 4;
        QTest::newRow("au plus près z20") << 20 << 4;
        QTest::newRow("au-delà z25") << 25 << 4;
    }
    void countsPerZoom()
    {
        QFETCH(int, zoom);
        QFETCH(int, clusters);
        PointClusterer c;
        c.build(placesOfHauteProvence());
        QCOMPARE(c.size(), 6);
        QCOMPARE(c.skipped(), 2);
        const QVector<Cluster> found = c.clusters(World, zoom);
        QCOMPARE(found.size(), clusters);
        QCOMPARE(total(found), 6);
    }

    void everyLevelKeepsEveryPoint()
    {
        QVector<MapPoint> points;
        QRandomGenerator gen(42);
        for (int i = 0; i < 5000; ++i)
            points.append({ QString::number(i), 41.3 + gen.bounded(10.0), -5.0 + gen.bounded(14.0),
                QStringLiteral("C%1").arg(i % 3), {} });
        PointClusterer c;
        c.build(points);
        int previous = 0;
        for (int z = 0; z <= 20; ++z) {
            const QVector<Cluster> found = c.clusters(World, z);
            QCOMPARE(total(found), 5000);
            QVERIFY(found.size() >= previous); // finer zoom, never fewer clusters
            previous = int(found.size());
            QSet<QString> seen;
            for (const Cluster &cl : found)
                for (const QString &id : c.ids(cl))
                    seen.insert(id);
            QCOMPARE(seen.size(), 5000);
        }
    }

    void viewportQueryMatchesFullScan_data()
    {
        QTest::addColumn<int>("zoom");
        QTest::newRow("z6") << 6;
        QTest::newRow("z9") << 9;
        QTest::newRow("z13") << 13;
    }
    void viewportQueryMatchesFullScan()
    {
        QFETCH(int, zoom);
        QVector<MapPoint> points;
        QRandomGenerator gen(7);
        for (int i = 0; i < 20000; ++i)
            points.append({ QString::number(i), 43.0 + gen.bounded(2.0), 5.0 + gen.bounded(2.5), {}, {} });
        PointClusterer c;
        c.build(points);
        // A 1366×768 view centred on Digne.
        const double world = mercator::worldSize(zoom);
        const QPointF centre(mercator::normalizedX(6.2356), mercator::normalizedY(44.0925));
        const QRectF view(centre.x() - 683 / world, centre.y() - 384 / world, 1366 / world, 768 / world);
        const QVector<Cluster> inView = c.clusters(view, zoom);
        int expected = 0;
        for (const Cluster &cl : c.clusters(World, zoom)) {
            const double cells = std::ldexp(1.0, zoom + 2);
            const int cx = int(cl.x * cells), cy = int(cl.y * cells);
            if (cx >= int(std::floor(view.left() * cells)) && cx <= int(std::floor(view.right() * cells))
                && cy >= int(std::floor(view.top() * cells)) && cy <= int(std::floor(view.bottom() * cells)))
                ++expected;
        }
        QCOMPARE(inView.size(), expected);
        QVERIFY(expected > 0);
    }

    void sharedCoordinatesAreFlaggedAndListed()
    {
        PointClusterer c;
        c.build(placesOfHauteProvence());
        const QVector<Cluster> found = c.clusters(World, 18);
        const auto digne = std::find_if(found.cbegin(), found.cend(), [](const Cluster &cl) { return cl.count == 3; });
        QVERIFY(digne != found.cend());
        QVERIFY(digne->sameCoordinates);
        QCOMPARE(digne->category, -1); // three typologies
        QStringList ids = c.ids(*digne);
        ids.sort();
        QCOMPARE(ids,
            (QStringList {
                QStringLiteral("ccas-digne"), QStringLiteral("fs-digne"), QStringLiteral("mediatheque-digne") }));
        QVERIFY(std::abs(digne->latitude() - 44.0925) < 1e-9);
        QVERIFY(std::abs(digne->longitude() - 6.2356) < 1e-9);
        for (const Cluster &cl : found) {
            if (cl.count == 1) {
                QVERIFY(cl.sameCoordinates);
                QVERIFY(cl.category >= 0);
            }
        }
        // Zoomed out, Manosque and Forcalquier merge: not the same coordinates any more.
        for (const Cluster &cl : c.clusters(World, 7))
            if (cl.count > 3)
                QVERIFY(!cl.sameCoordinates);
    }

    void emptyInputGivesNothing()
    {
        PointClusterer c;
        QVERIFY(c.clusters(World, 5).isEmpty());
        c.build({});
        QVERIFY(c.clusters(World, 5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPointClusterer)
#include "TestPointClusterer.moc"
