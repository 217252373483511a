// The tours' stops on the « Carte » section's map (issue 9, docs/map.md « Arrêts des tournées »): drawn
// as bus-stop signs at their point, hidden by the layers panel (and remembered), today's numbered, the
// current stop ringed; a click opens the stop, a right-click adds one at that point.
#include "TestSupport.h"
#include "geo/VectorLayerStore.h"
#include "geo/WebMercator.h"
#include "itinerant/CurrentStop.h"
#include "itinerant/TourStore.h"
#include "ui/itinerant/StopEditDialog.h"
#include "ui/map/LayersPanel.h"
#include "ui/map/MapView.h"
#include "ui/places/PlacesPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHelpEvent>
#include <QMenu>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace escale;
using itinerant::Stop;
using itinerant::TourStore;

namespace {

const QColor StopColor(0xf2, 0xc2, 0x00); // today's stops
const QColor StopOtherDayColor(0xfb, 0xe9, 0xa6);

bool isOrange(const QColor &c)
{
    return c.red() > 170 && c.green() > 40 && c.green() < 120 && c.blue() < 70;
}

// Today (FixedClock) is Saturday 21 November 2026, 9:30.
struct Tours
{
    QString tourId;
    Stop aigre; // today, 9–12, first of the day
    Stop mansle; // Tuesdays, 9–12
    Stop villefagnan; // today, no coordinates
};

Tours saveTours(storage::Database &db)
{
    TourStore store(db);
    Tours t;
    t.tourId = store.saveTour({{}, QStringLiteral("Cyberbus Charente Nord"), {}, {}, true}).value();
    auto make = [&](const QString &name, int weekday, std::optional<double> lat, std::optional<double> lon) {
        Stop s;
        s.tourId = t.tourId;
        s.name = name;
        s.commune = name;
        s.latitude = lat;
        s.longitude = lon;
        s.start = QTime(9, 0);
        s.end = QTime(12, 0);
        s.recurrence.weekday = weekday;
        s.recurrence.startDate = QDate(2026, 11, 1);
        s.id = store.saveStop(s).value();
        return s;
    };
    t.aigre = make(QStringLiteral("Aigre"), 6, 45.8936, -0.0089);
    t.mansle = make(QStringLiteral("Mansle"), 2, 45.8764, 0.1797);
    t.villefagnan = make(QStringLiteral("Villefagnan"), 6, std::nullopt, std::nullopt);
    return t;
}

ui::MapView *mapOf(ui::PlacesPage &page)
{
    return page.findChild<ui::MapView *>(QStringLiteral("placesMapView"));
}

QPoint at(ui::MapView *map, const Stop &s, int dx = 0, int dy = 0)
{
    return map->toWidget(*s.latitude, *s.longitude).toPoint() + QPoint(dx, dy);
}

} // namespace

class TestMapTourStops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stopsDrawnWithTheirNextPassage()
    {
        test::TempDatabase db;
        const Tours t = saveTours(*db);
        ui::PlacesPage page(AppServices{*db, db.clock});
        page.resize(1366, 768);
        page.show();
        ui::MapView *map = mapOf(page);
        QVERIFY(map);
        map->centerOn(45.89, 0.085, 11);
        map->grab(); // the first paint asks for the basemap's tiles
        QTRY_COMPARE_WITH_TIMEOUT(map->pendingTiles(), 0, 20000);

        QCOMPARE(map->stopAt(at(map, t.aigre)), t.aigre.id);
        QCOMPARE(map->stopAt(at(map, t.mansle)), t.mansle.id);
        const QImage image = map->grab().toImage();
        // Today's stop: a larger yellow sign with its rank (« 1 ») in the middle; left of the digit, yellow.
        QCOMPARE(image.pixelColor(at(map, t.aigre, -7, 0)), StopColor);
        // Another day's: a pale sign with a small bus; below the bus, pale yellow.
        QCOMPARE(image.pixelColor(at(map, t.mansle, 0, 5)), StopOtherDayColor);

        // Hovering a stop: its name and next passage.
        const QPoint hover = at(map, t.mansle);
        QHelpEvent help(QEvent::ToolTip, hover, map->mapToGlobal(hover));
        QApplication::sendEvent(map, &help);
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QStringLiteral("Mansle")), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(QDate(2026, 11, 24), QStringLiteral("dddd d MMMM"))), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("9:00 – 12:00")), qPrintable(tip));
        QToolTip::hideText();

        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT"));
    }

    void layerToggledAndRemembered()
    {
        test::TempDatabase db;
        const Tours t = saveTours(*db);
        {
            ui::PlacesPage page(AppServices{*db, db.clock});
            page.resize(1000, 700);
            page.show();
            ui::MapView *map = mapOf(page);
            map->centerOn(45.89, 0.085, 11);
            QVERIFY(map->areStopsVisible());
            ui::LayersPanel panel(*db, map);
            auto *check = panel.findChild<QCheckBox *>(QStringLiteral("tourStopsCheckBox"));
            QVERIFY(check);
            QVERIFY(check->isChecked());
            check->setChecked(false);
            QVERIFY(!map->areStopsVisible());
            QVERIFY(map->stopAt(at(map, t.aigre)).isEmpty());
            const QImage image = map->grab().toImage();
            QVERIFY(image.pixelColor(at(map, t.aigre, -7, 0)) != StopColor);
            QVERIFY(image.pixelColor(at(map, t.mansle, 0, 5)) != StopOtherDayColor);
        }
        QVERIFY(!geo::MapSettings::load(*db).tourStopsVisible);
        ui::PlacesPage again(AppServices{*db, db.clock});
        QVERIFY(!mapOf(again)->areStopsVisible());
    }

    void currentStopHighlighted()
    {
        test::TempDatabase db;
        const Tours t = saveTours(*db);
        itinerant::CurrentStop current;
        ui::PlacesPage page(AppServices{*db, db.clock, {}, &current});
        page.resize(1000, 700);
        page.show();
        ui::MapView *map = mapOf(page);
        map->centerOn(45.89, 0.085, 11);
        QTRY_COMPARE(map->pendingTiles(), 0);
        QVERIFY(!isOrange(map->grab().toImage().pixelColor(at(map, t.aigre, 18, 0))));

        current.setManual(t.aigre, db.clock.nowUtc());
        const QImage image = map->grab().toImage();
        // An orange ring (radius 18) around the sign.
        QVERIFY2(isOrange(image.pixelColor(at(map, t.aigre, 18, 0))), qPrintable(image.pixelColor(at(map, t.aigre, 18, 0)).name()));
        QVERIFY(isOrange(image.pixelColor(at(map, t.aigre, 0, -18))));
        QVERIFY(!isOrange(image.pixelColor(at(map, t.mansle, 14, 0))));
        QCOMPARE(image.pixelColor(at(map, t.aigre, -9, 0)), StopColor);
    }

    void rightClickAddsAStopThere_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("Tusson") << 45.9323 << 0.0712;
        QTest::newRow("Verteuil") << 45.9799 << 0.2311;
    }
    void rightClickAddsAStopThere()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        test::TempDatabase db;
        const Tours t = saveTours(*db);
        ui::PlacesPage page(AppServices{*db, db.clock});
        page.resize(1000, 700);
        page.show();
        ui::MapView *map = mapOf(page);
        map->centerOn(lat, lon, 16);
        const QPoint click = map->toWidget(lat, lon).toPoint();
        std::unique_ptr<QMenu> menu(map->contextMenuAt(click));
        auto *add = menu->findChild<QAction *>(QStringLiteral("addTourStopAction"));
        QVERIFY(add);
        add->trigger();
        auto *dialog = page.findChild<ui::StopEditDialog *>();
        QVERIFY(dialog);
        QString error;
        const Stop edited = dialog->editedStop(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(edited.tourId, t.tourId);
        QVERIFY(edited.id.isEmpty());
        QVERIFY(edited.hasCoordinates());
        const double metres = geo::mercator::distanceMeters(*edited.latitude, *edited.longitude, lat, lon);
        QVERIFY2(metres < 5, qPrintable(QString::number(metres)));
        delete dialog;

        // Two active tours: choose the tour in a submenu.
        ESCALE_VERIFY_OK(TourStore(*db).saveTour({{}, QStringLiteral("Bus France services"), {}, {}, true}));
        std::unique_ptr<QMenu> again(map->contextMenuAt(click));
        auto *tours = again->findChild<QMenu *>(QStringLiteral("addTourStopMenu"));
        QVERIFY(tours);
        QCOMPARE(tours->actions().size(), 2);
    }

    void clickOnAStopOpensIt()
    {
        test::TempDatabase db;
        const Tours t = saveTours(*db);
        ui::PlacesPage page(AppServices{*db, db.clock});
        page.resize(1000, 700);
        page.show();
        ui::MapView *map = mapOf(page);
        map->centerOn(45.89, 0.085, 11);
        QTest::mouseClick(map, Qt::LeftButton, {}, at(map, t.mansle, 3, 3));
        auto *dialog = page.findChild<ui::StopEditDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->stop().id, t.mansle.id);
        QCOMPARE(dialog->editedStop().name, QStringLiteral("Mansle"));
    }
};

QTEST_MAIN(TestMapTourStops)
#include "TestMapTourStops.moc"
