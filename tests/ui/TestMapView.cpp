#include "ui/map/MapView.h"

#include "geo/PositionSource.h"
#include "geo/WebMercator.h"

#include "TestSupport.h"

#include <QApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace escale;
using namespace escale::ui;

namespace {

constexpr double DigneLat = 44.0925, DigneLon = 6.2356;

QVector<geo::MapPoint> places()
{
    QVector<geo::MapPoint> points = {
        { QStringLiteral("mediatheque"), DigneLat, DigneLon, QStringLiteral("MEDIATHEQUE"),
            QStringLiteral("Médiathèque François-Mitterrand") },
        { QStringLiteral("france-services"), DigneLat, DigneLon, QStringLiteral("FRANCE_SERVICES"),
            QStringLiteral("France Services de Digne") },
        { QStringLiteral("ccas"), DigneLat, DigneLon, QStringLiteral("CCAS"),
            QStringLiteral("CCAS de Digne-les-Bains") },
        { QStringLiteral("epn-manosque"), 43.8288, 5.7864, QStringLiteral("EPN"), QStringLiteral("EPN de Manosque") },
    };
    // Twelve places scattered within a few hundred metres of Gap's centre: one cluster at zoom 8.
    for (int i = 0; i < 12; ++i)
        points.append({ QStringLiteral("gap-%1").arg(i), 44.5594 + (i % 4) * 0.002, 6.0786 + (i / 4) * 0.002,
            QStringLiteral("EPN"), QStringLiteral("Lieu de Gap n°%1").arg(i + 1) });
    return points;
}

void mouse(QWidget *w, QEvent::Type type, const QPointF &pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
        buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

void click(QWidget *w, const QPointF &pos)
{
    mouse(w, QEvent::MouseButtonPress, pos, Qt::LeftButton);
    mouse(w, QEvent::MouseButtonRelease, pos, Qt::NoButton);
}

void wheel(QWidget *w, const QPointF &pos, int delta)
{
    QWheelEvent event(
        pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

bool near(const QPointF &a, const QPointF &b, double tolerance = 1.5)
{
    return QLineF(a, b).length() <= tolerance;
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MapView> makeView()
    {
        auto view = std::make_unique<MapView>();
        view->resize(800, 600);
        view->setPoints(places());
        view->centerOn(DigneLat, DigneLon, 8);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("window not exposed");
        return view;
    }

private Q_SLOTS:
    void isFocusableAndNamed()
    {
        auto view = makeView();
        QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY(view->findChild<QWidget *>(QStringLiteral("zoomInButton")));
        QVERIFY(view->attributionText().contains(QStringLiteral("Natural Earth")));
        QCOMPARE(view->zoom(), 8);
        QVERIFY(near(view->toWidget(DigneLat, DigneLon), QPointF(400, 300)));
    }

    void dragPansTheMap()
    {
        auto view = makeView();
        QSignalSpy viewport(view.get(), &MapView::viewportChanged);
        QSignalSpy activated(view.get(), &MapView::pointActivated);
        QSignalSpy many(view.get(), &MapView::pointsActivated);
        const QPointF start(200, 450); // empty country south-west of Digne
        QVERIFY(view->pointsAt(start.toPoint()).isEmpty());
        mouse(view.get(), QEvent::MouseButtonPress, start, Qt::LeftButton);
        for (int i = 1; i <= 10; ++i)
            mouse(view.get(), QEvent::MouseMove, start + QPointF(10 * i, -5 * i), Qt::LeftButton);
        mouse(view.get(), QEvent::MouseButtonRelease, start + QPointF(100, -50), Qt::NoButton);
        // Digne moved with the hand.
        QVERIFY2(near(view->toWidget(DigneLat, DigneLon), QPointF(500, 250)),
            qPrintable(QStringLiteral("%1,%2")
                           .arg(view->toWidget(DigneLat, DigneLon).x())
                           .arg(view->toWidget(DigneLat, DigneLon).y())));
        QVERIFY(viewport.count() >= 10);
        QCOMPARE(activated.count(), 0); // a drag is not a click
        QCOMPARE(many.count(), 0);
        QCOMPARE(view->zoom(), 8);
    }

    void wheelZoomsAroundTheCursor()
    {
        auto view = makeView();
        const QPointF cursor(600, 150);
        double lat = 0, lon = 0;
        geo::mercator::fromWorldPixels(
            geo::mercator::toWorldPixels(DigneLat, DigneLon, 8) + (cursor - QPointF(400, 300)), 8, &lat, &lon);
        wheel(view.get(), cursor, 120);
        QCOMPARE(view->zoom(), 9);
        QVERIFY(near(view->toWidget(lat, lon), cursor)); // the place under the cursor stays under it
        wheel(view.get(), cursor, 60); // half a notch (touchpad): nothing yet
        QCOMPARE(view->zoom(), 9);
        wheel(view.get(), cursor, 60);
        QCOMPARE(view->zoom(), 10);
        wheel(view.get(), cursor, -240);
        QCOMPARE(view->zoom(), 8);
        QVERIFY(near(view->toWidget(lat, lon), cursor));
    }

    void keyboardZoomsAndPans()
    {
        auto view = makeView();
        view->setFocus();
        QTest::keyClick(view.get(), Qt::Key_Plus);
        QCOMPARE(view->zoom(), 9);
        QTest::keyClick(view.get(), Qt::Key_Minus);
        QTest::keyClick(view.get(), Qt::Key_Minus);
        QCOMPARE(view->zoom(), 7);
        const double lon = view->centerLongitude(), lat = view->centerLatitude();
        QTest::keyClick(view.get(), Qt::Key_Right);
        QVERIFY(view->centerLongitude() > lon);
        QTest::keyClick(view.get(), Qt::Key_Up);
        QVERIFY(view->centerLatitude() > lat);
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(view.get(), Qt::Key_Plus);
        QCOMPARE(view->zoom(), MapView::MaxZoom);
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(view.get(), Qt::Key_Minus);
        QCOMPARE(view->zoom(), MapView::MinZoom);
    }

    void doubleClickZoomsIn()
    {
        auto view = makeView();
        const QPointF pos(150, 500);
        QMouseEvent dbl(
            QEvent::MouseButtonDblClick, pos, view->mapToGlobal(pos), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.get(), &dbl);
        QCOMPARE(view->zoom(), 9);
    }

    void clickingASinglePointActivatesIt()
    {
        auto view = makeView();
        QSignalSpy activated(view.get(), &MapView::pointActivated);
        click(view.get(), view->toWidget(43.8288, 5.7864));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("epn-manosque"));
    }

    void clickingAClusterGivesItsIdsAndZoomsIn()
    {
        auto view = makeView();
        QSignalSpy many(view.get(), &MapView::pointsActivated);
        const QPointF gap = view->toWidget(44.5624, 6.0806);
        const QStringList under = view->pointsAt(gap.toPoint());
        QCOMPARE(under.size(), 12);
        click(view.get(), gap);
        QCOMPARE(many.count(), 1);
        QStringList ids = many.first().first().toStringList();
        QCOMPARE(ids.size(), 12);
        QVERIFY(ids.contains(QStringLiteral("gap-0")) && ids.contains(QStringLiteral("gap-11")));
        QCOMPARE(view->zoom(), 10);
    }

    void placesSharingCoordinatesOpenAList()
    {
        auto view = makeView();
        QSignalSpy many(view.get(), &MapView::pointsActivated);
        QSignalSpy activated(view.get(), &MapView::pointActivated);
        click(view.get(), QPointF(400, 300)); // Digne: three places at one address
        QCOMPARE(many.count(), 1);
        QCOMPARE(many.first().first().toStringList().size(), 3);
        QCOMPARE(view->zoom(), 8); // no zooming: they would never separate
        QMenu *menu = view->findChild<QMenu *>(QStringLiteral("pointsMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QStringList labels;
        QAction *france = nullptr;
        for (QAction *a : menu->actions()) {
            labels << a->text();
            if (a->data().toString() == QLatin1String("france-services"))
                france = a;
        }
        QVERIFY(labels.contains(QStringLiteral("Médiathèque François-Mitterrand")));
        QVERIFY(france);
        france->trigger();
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("france-services"));
        menu->close();
    }

    void basemapTilesArriveAndShowLandAndSea()
    {
        auto view = makeView();
        view->centerOn(43.5, 5.5, 6);
        view->setPoints({});
        view->repaint();
        QTRY_COMPARE_WITH_TIMEOUT(view->pendingTiles(), 0, 20000);
        const QImage image = view->grab().toImage();
        const QColor inland = image.pixelColor(view->toWidget(45.5, 3.5).toPoint()); // Auvergne
        const QColor sea = image.pixelColor(view->toWidget(42.0, 5.5).toPoint()); // Mediterranean
        QVERIFY2(inland != sea, qPrintable(inland.name() + QLatin1Char(' ') + sea.name()));
        QVERIFY(inland.lightness() > sea.lightness()); // pale land, blue sea
    }

    void manyPointsAreIndexedOffTheGuiThread()
    {
        auto view = makeView();
        QVector<geo::MapPoint> points = places();
        for (int i = 0; i < MapView::AsyncClusteringThreshold; ++i)
            points.append({ QStringLiteral("bulk-%1").arg(i), 47.0 + (i % 100) * 0.01, 2.0 + (i / 100) * 0.01,
                QStringLiteral("EPN"), QString() });
        view->setPoints(points);
        QVERIFY(view->pendingTiles() > 0); // the index is being built
        QTRY_COMPARE_WITH_TIMEOUT(view->pendingTiles(), 0, 20000);
        QCOMPARE(
            view->pointsAt(view->toWidget(43.8288, 5.7864).toPoint()), QStringList { QStringLiteral("epn-manosque") });
        // A smaller set given meanwhile wins over a large one still being indexed.
        view->setPoints(points);
        view->setPoints(places());
        QTRY_COMPARE_WITH_TIMEOUT(view->pendingTiles(), 0, 20000);
        QCOMPARE(
            view->pointsAt(view->toWidget(43.8288, 5.7864).toPoint()), QStringList { QStringLiteral("epn-manosque") });
        view->centerOn(47.5, 2.5, 6);
        QVERIFY(view->pointsAt(view->toWidget(47.5, 2.5).toPoint()).isEmpty());
    }

    void followsAReplayedGpsLog()
    {
        auto view = makeView();
        auto source = geo::PositionSource::nmeaFile(test::testData(QStringLiteral("geo/digne-walk.nmea")));
        ESCALE_VERIFY_OK(source);
        view->setPositionSource(source->get());
        (*source)->start();
        QTRY_VERIFY_WITH_TIMEOUT(view->position().valid, 15000);
        QVERIFY(std::abs(view->position().latitude - DigneLat) < 0.01);
        QVERIFY(std::abs(view->position().longitude - DigneLon) < 0.01);
    }

    void positionAndHomeAreShown()
    {
        auto view = makeView();
        QVERIFY(!view->findChild<QWidget *>(QStringLiteral("homeButton"))->isVisible());
        view->setHome(43.8288, 5.7864);
        QVERIFY(view->findChild<QWidget *>(QStringLiteral("homeButton"))->isVisible());
        view->centerOnHome();
        QVERIFY(near(view->toWidget(43.8288, 5.7864), QPointF(400, 300)));
        QVERIFY(view->zoom() >= 13);
        geo::Position p;
        p.latitude = 43.83;
        p.longitude = 5.79;
        p.horizontalAccuracy = 25;
        p.valid = true;
        view->setPosition(p);
        QCOMPARE(view->position().latitude, 43.83);
        const QImage image = view->grab().toImage();
        QCOMPARE(image.pixelColor(view->toWidget(43.83, 5.79).toPoint()), QColor(0x1a, 0x73, 0xe8));
    }
};

QTEST_MAIN(TestMapView)
#include "TestMapView.moc"
