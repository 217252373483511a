#include "ui/map/LayersPanel.h"
#include "ui/map/MapView.h"

#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace escale;
using namespace escale::ui;

namespace {

const QByteArray Vaucluse = R"({"type":"Feature","properties":{"code":"84","nom":"Vaucluse"},
 "geometry":{"type":"Polygon","coordinates":[[[4.6,43.7],[5.8,43.7],[5.8,44.4],[4.6,44.4],[4.6,43.7]]]}})";

} // namespace

class TestLayersPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importToggleAndRemoveALayer()
    {
        test::TempDatabase db;
        MapView view;
        view.resize(600, 400);
        LayersPanel panel(*db, &view);
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("layersList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vaucluse.geojson"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Vaucluse);
        }
        panel.importFile(path);
        QTRY_COMPARE(list->count(), 1);
        QTRY_COMPARE(panel.pendingLoads(), 0);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("vaucluse")));
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QVERIFY(view.zoom() >= 7); // the view moved to the new layer
        QVERIFY(view.visibleBounds().contains(44.0, 5.2));

        // Untick: stored hidden, and a new panel on the same database remembers it.
        list->item(0)->setCheckState(Qt::Unchecked);
        {
            LayersPanel again(*db, nullptr);
            auto *otherList = again.findChild<QListWidget *>(QStringLiteral("layersList"));
            QCOMPARE(otherList->item(0)->checkState(), Qt::Unchecked);
        }

        // Its source and licence, typed in the dialog of « Source et licence… », are credited on the map
        // while the layer is shown, and kept.
        list->item(0)->setCheckState(Qt::Checked);
        list->setCurrentRow(0);
        auto *credit = panel.findChild<QPushButton *>(QStringLiteral("layerAttributionButton"));
        QVERIFY(credit && credit->isEnabled());
        const QString line = QStringLiteral("Contours : IGN – ADMIN EXPRESS COG 2018 (Licence Ouverte)");
        QVERIFY(!view.attributionText().contains(line));
        bool typed = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *edit = dialog->findChild<QLineEdit *>();
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Delete);
            edit->insert(line); // QTest::keyClicks types ASCII only (the line has a dash)
            typed = true;
            dialog->accept();
        });
        credit->click();
        QVERIFY(typed);
        QTRY_VERIFY(view.attributionText().contains(line));
        QVERIFY(list->item(0)->toolTip().contains(line));
        list->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!view.attributionText().contains(line));
        {
            LayersPanel again(*db, nullptr);
            auto *otherList = again.findChild<QListWidget *>(QStringLiteral("layersList"));
            QVERIFY(otherList->item(0)->toolTip().contains(line));
        }

        list->setCurrentRow(0);
        auto *remove = panel.findChild<QPushButton *>(QStringLiteral("removeLayerButton"));
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(list->count(), 0);
    }

    void badFilesAreReported()
    {
        test::TempDatabase db;
        LayersPanel panel(*db, nullptr);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tronqué.geojson"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Vaucluse.left(60));
        }
        QSignalSpy messages(&panel, &LayersPanel::message);
        panel.importFile(path);
        QTRY_COMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("tronqué.geojson")));
        QCOMPARE(panel.findChild<QListWidget *>(QStringLiteral("layersList"))->count(), 0);

        const QString empty = dir.filePath(QStringLiteral("vide.mbtiles"));
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(!panel.useMbtiles(empty));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("mbtilesInfoLabel"))
                    ->text()
                    .contains(QStringLiteral("vide.mbtiles")));
    }

    void sitsBesideTheMapAt1366x768()
    {
        test::TempDatabase db;
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *view = new MapView(&window);
        auto *panel = new LayersPanel(*db, view, &window);
        panel->setMaximumWidth(380);
        layout->addWidget(view, 1);
        layout->addWidget(panel);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString paca = test::sharedData(QStringLiteral("geo/departements-provence-alpes-cote-d-azur.geojson"));
        if (!paca.isEmpty()) {
            panel->importFile(paca);
            QTRY_COMPARE(panel->pendingLoads(), 0);
            QTRY_COMPARE(panel->findChild<QListWidget *>(QStringLiteral("layersList"))->count(), 1);
        }
        view->repaint();
        QTRY_COMPARE_WITH_TIMEOUT(view->pendingTiles(), 0, 20000);
        QVERIFY(panel->width() >= 300); // not cramped
        const QString shots = qEnvironmentVariable("ESCALE_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(QDir(shots).filePath(QStringLiteral("map-layers-panel.png")));
    }

    void basemapAndOnlineTilesAreRemembered()
    {
        test::TempDatabase db;
        MapView view;
        {
            LayersPanel panel(*db, &view);
            auto *basemap = panel.findChild<QCheckBox *>(QStringLiteral("basemapCheckBox"));
            auto *online = panel.findChild<QCheckBox *>(QStringLiteral("onlineTilesCheckBox"));
            QVERIFY(basemap->isChecked());
            QVERIFY(!online->isChecked()); // off until the user turns it on
            basemap->setChecked(false);
            QVERIFY(!view.isBasemapVisible());
            online->setChecked(true);
            QVERIFY(view.attributionText().contains(QStringLiteral("OpenStreetMap")));
            online->setChecked(false);
            QVERIFY(!view.attributionText().contains(QStringLiteral("OpenStreetMap")));
        }
        LayersPanel again(*db, &view);
        QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("basemapCheckBox"))->isChecked());
    }
};

QTEST_MAIN(TestLayersPanel)
#include "TestLayersPanel.moc"
