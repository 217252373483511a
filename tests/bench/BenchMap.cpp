// Map performance (issue « Performance »): clustering 100,000 points — index build and viewport query —
// side by side with the `supercluster` npm package on the same points in the same run (node script
// supercluster-bench.mjs, node_modules from ESCALE_NODE_MODULES), and a full map frame at 1366×768
// with 100,000 points drawn offscreen. Prints figures; asserts only that the work was done.

#include "TestSupport.h"

#include "geo/PointClusterer.h"
#include "geo/WebMercator.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace escale;

namespace {

struct View
{
    int zoom;
    double lat;
    double lon;
};

// Three 1366×768 viewports: all of France, a département, a town.
const View Views[] = { { 6, 46.6, 2.4 }, { 9, 44.1, 6.2 }, { 13, 43.2965, 5.3698 } };

geo::GeoBounds boundsOf(const View &v)
{
    const QPointF c = geo::mercator::toWorldPixels(v.lat, v.lon, v.zoom);
    double n = 0, w = 0, s = 0, e = 0;
    geo::mercator::fromWorldPixels(c - QPointF(683, 384), v.zoom, &n, &w);
    geo::mercator::fromWorldPixels(c + QPointF(683, 384), v.zoom, &s, &e);
    return { s, w, n, e };
}

QRectF normalized(const geo::GeoBounds &b)
{
    using namespace geo::mercator;
    return QRectF(
        QPointF(normalizedX(b.west), normalizedY(b.north)), QPointF(normalizedX(b.east), normalizedY(b.south)));
}

double median(QVector<double> xs)
{
    std::sort(xs.begin(), xs.end());
    return xs.at(xs.size() / 2);
}

// 100,000 places: the real places of PACA repeated and jittered by a few kilometres when the shared
// data is there, plus a spread over metropolitan France; otherwise random points over France.
QVector<geo::MapPoint> generatePoints(int count)
{
    QVector<QPointF> seeds;
    const QString path = test::sharedData(
        QStringLiteral("lieux/20230517-hub-du-sud-lieux-de-mediation-numeriques-provence-alpes-cote-d-azur.json"));
    if (!path.isEmpty()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array())
                if (v[QStringLiteral("latitude")].isDouble())
                    seeds.append(
                        QPointF(v[QStringLiteral("longitude")].toDouble(), v[QStringLiteral("latitude")].toDouble()));
    }
    QRandomGenerator gen(20261121);
    QVector<geo::MapPoint> points;
    points.reserve(count);
    static const QString categories[] = { QStringLiteral("EPN"), QStringLiteral("FRANCE_SERVICES"),
        QStringLiteral("MEDIATHEQUE"), QStringLiteral("TIERS_LIEU") };
    for (int i = 0; i < count; ++i) {
        double lon, lat;
        if (!seeds.isEmpty() && i % 2 == 0) {
            const QPointF s = seeds.at(int(gen.bounded(int(seeds.size()))));
            lon = s.x() + (gen.generateDouble() - 0.5) * 0.1;
            lat = s.y() + (gen.generateDouble() - 0.5) * 0.1;
        } else {
            lon = -4.5 + gen.generateDouble() * 12.0;
            lat = 42.5 + gen.generateDouble() * 8.5;
        }
        points.append({ QStringLiteral("p%1").arg(i), lat, lon, categories[i % 4], QString() });
    }
    return points;
}

} // namespace

class BenchMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clusteringSideBySideWithSupercluster()
    {
        const QVector<geo::MapPoint> points = generatePoints(100000);

        // Escale.
        QVector<double> builds;
        geo::PointClusterer clusterer;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            clusterer.build(points);
            builds.append(t.nsecsElapsed() / 1e6);
        }
        QCOMPARE(clusterer.size(), 100000);
        QJsonArray views;
        QVector<QPair<double, int>> escaleQueries;
        for (const View &v : Views) {
            const geo::GeoBounds b = boundsOf(v);
            views.append(QJsonObject { { QStringLiteral("zoom"), v.zoom },
                { QStringLiteral("bbox"), QJsonArray { b.west, b.south, b.east, b.north } } });
            QVector<double> times;
            QVector<geo::Cluster> out;
            for (int i = 0; i < 50; ++i) {
                QElapsedTimer t;
                t.start();
                clusterer.clusters(normalized(b), v.zoom, &out);
                times.append(t.nsecsElapsed() / 1e6);
            }
            QVERIFY(!out.isEmpty());
            escaleQueries.append({ median(times), int(out.size()) });
        }

        // supercluster, same points and viewports.
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("points.json"));
        {
            QJsonArray coords;
            for (const geo::MapPoint &p : points)
                coords.append(QJsonArray { p.longitude, p.latitude });
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                QJsonDocument(QJsonObject { { QStringLiteral("points"), coords }, { QStringLiteral("views"), views } })
                    .toJson(QJsonDocument::Compact));
        }
        QJsonObject reference;
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString modules = qEnvironmentVariable("ESCALE_NODE_MODULES");
        if (node.isEmpty() || modules.isEmpty() || !QFile::exists(modules + QStringLiteral("/supercluster"))) {
            qInfo("supercluster reference skipped: node or ESCALE_NODE_MODULES/supercluster missing");
        } else {
            QProcess p;
            p.start(node, { QStringLiteral(ESCALE_SOURCE_DIR "/tests/bench/supercluster-bench.mjs"), input });
            QVERIFY(p.waitForFinished(120000));
            const QByteArray out = p.readAllStandardOutput();
            if (p.exitCode() != 0)
                QFAIL(qPrintable(QString::fromUtf8(p.readAllStandardError())));
            reference = QJsonDocument::fromJson(out.trimmed()).object();
        }

        std::printf("\nClustering 100,000 points (median)            Escale      supercluster\n");
        std::printf("  index build                               %8.2f ms   %8.2f ms\n", median(builds),
            reference.value(QStringLiteral("build_ms")).toDouble(-1));
        const QJsonArray refViews = reference.value(QStringLiteral("views")).toArray();
        for (int i = 0; i < int(std::size(Views)); ++i) {
            const QJsonObject r = refViews.at(i).toObject();
            std::printf("  query 1366x768 at zoom %2d                 %8.4f ms   %8.4f ms   (clusters: %d / %d)\n",
                Views[i].zoom, escaleQueries.at(i).first, r.value(QStringLiteral("query_ms")).toDouble(-1),
                escaleQueries.at(i).second, r.value(QStringLiteral("clusters")).toInt(-1));
        }
        std::fflush(stdout);
    }

    void fullFrameWith100000Points()
    {
        const QVector<geo::MapPoint> points = generatePoints(100000);
        ui::MapView view;
        view.resize(1366, 768);
        QElapsedTimer setTimer;
        setTimer.start();
        view.setPoints(points);
        const double setMs = setTimer.nsecsElapsed() / 1e6; // on the GUI thread; the index builds on the pool
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingTiles(), 0, 60000);
        std::printf("\nMap frame 1366x768, 100,000 points (setPoints on the GUI thread: %.1f ms)\n", setMs);
        for (const View &v : Views) {
            view.centerOn(v.lat, v.lon, v.zoom);
            // The first frame asks for the basemap tiles (rendered on worker threads); measure once ready.
            QElapsedTimer cold;
            cold.start();
            view.repaint();
            const double coldMs = cold.nsecsElapsed() / 1e6;
            QTRY_COMPARE_WITH_TIMEOUT(view.pendingTiles(), 0, 60000);
            QVector<double> frames;
            for (int i = 0; i < 30; ++i) {
                QElapsedTimer t;
                t.start();
                view.repaint();
                frames.append(t.nsecsElapsed() / 1e6);
            }
            std::sort(frames.begin(), frames.end());
            std::printf("  zoom %2d: first frame %.2f ms (tiles pending), then median %.2f ms, p95 %.2f ms\n", v.zoom,
                coldMs, frames.at(frames.size() / 2), frames.at(frames.size() * 95 / 100));
        }
        // Dragging: a frame per mouse move, tiles mostly cached.
        view.centerOn(44.1, 6.2, 9);
        view.repaint();
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingTiles(), 0, 60000);
        QVector<double> drag;
        for (int i = 0; i < 30; ++i) {
            QMouseEvent press(QEvent::MouseButtonPress, QPointF(600, 400), view.mapToGlobal(QPointF(600, 400)),
                Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
            if (i == 0)
                QApplication::sendEvent(&view, &press);
            const QPointF pos(600 + 3 * (i + 2), 400);
            QMouseEvent move(
                QEvent::MouseMove, pos, view.mapToGlobal(pos), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&view, &move);
            QElapsedTimer t;
            t.start();
            view.repaint();
            drag.append(t.nsecsElapsed() / 1e6);
        }
        std::printf("  dragging at zoom 9: median %.2f ms per frame\n", median(drag));
        std::fflush(stdout);
    }
};

QTEST_MAIN(BenchMap)
#include "BenchMap.moc"
