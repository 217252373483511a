#pragma once

#include "geo/VectorLayerStore.h"

#include "storage/Database.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace escale::geo {
class FeatureSet;
class MBTilesTileProvider;
class OnlineTileProvider;
class TileProvider;
} // namespace escale::geo

namespace escale::ui {

class MapView;

// « Couches »: what the map shows besides the places. Imported GeoJSON layers (import, show/hide,
// remove), the world basemap, the tours' stops (« Arrêts des tournées »), an offline MBTiles pack (metadata shown) and online XYZ tiles (off by
// default; URL and attribution configurable). Choices are saved in the database and applied to the
// MapView at once. Heavy work (reading a GeoJSON file, decoding a stored layer) runs off the GUI thread.
class LayersPanel : public QWidget
{
    Q_OBJECT
public:
    LayersPanel(storage::Database &db, MapView *view, QWidget *parent = nullptr);
    ~LayersPanel() override;

    // Imports a GeoJSON file as a new layer (what the « Import » button does after its file dialog).
    void importFile(const QString &path);
    // Uses an MBTiles pack (empty: none). Returns false, with the message shown, for a bad file.
    bool useMbtiles(const QString &path);
    // Layers whose geometry is being read (tests wait for 0).
    int pendingLoads() const { return m_pendingLoads; }

Q_SIGNALS:
    // A layer was imported, removed, shown or hidden.
    void layersChanged();
    void message(const QString &text);

private:
    void reloadList();
    void applyLayers();
    void loadGeometry(const geo::VectorLayerInfo &layer);
    void itemChanged(QListWidgetItem *item);
    void removeSelected();
    // « Source and licence… »: the selected layer's attribution line.
    void editAttribution();
    void chooseImport();
    void chooseMbtiles();
    void applyTileSettings();
    void showError(const QString &text);

    storage::Database &m_db;
    geo::VectorLayerStore m_store;
    QPointer<MapView> m_view;
    QVector<geo::VectorLayerInfo> m_layers;
    QHash<QString, std::shared_ptr<const geo::FeatureSet>> m_geometry;
    int m_pendingLoads = 0;
    bool m_updating = false;
    geo::MapSettings m_settings;
    std::unique_ptr<geo::MBTilesTileProvider> m_mbtiles;
    std::unique_ptr<geo::OnlineTileProvider> m_online;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);

    QListWidget *m_list = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_attributionButton = nullptr;
    QCheckBox *m_basemapCheck = nullptr;
    QCheckBox *m_stopsCheck = nullptr;
    QLabel *m_mbtilesLabel = nullptr;
    QLabel *m_mbtilesInfo = nullptr;
    QPushButton *m_mbtilesButton = nullptr;
    QPushButton *m_mbtilesClearButton = nullptr;
    QCheckBox *m_onlineCheck = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_attributionEdit = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace escale::ui
