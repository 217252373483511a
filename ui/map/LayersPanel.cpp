#include "LayersPanel.h"

#include "MapView.h"

#include "geo/FeatureSet.h"
#include "geo/TileProvider.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>

namespace escale::ui {

namespace {

// Runs on a worker thread: a connection of that thread, closed before the result is handed back.
Result<geo::VectorLayerInfo> importWithOwnConnection(storage::Database &db, const QString &path)
{
    auto connection = db.openAnother();
    if (!connection)
        return connection.error();
    return geo::VectorLayerStore(**connection).importGeoJson(path);
}

} // namespace

LayersPanel::LayersPanel(storage::Database &db, MapView *view, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_store(db)
    , m_view(view)
{
    setObjectName(QStringLiteral("layersPanel"));
    setAccessibleName(tr("Map layers"));
    auto *layout = new QVBoxLayout(this);

    auto *layersBox = new QGroupBox(tr("Layers"), this);
    auto *layersLayout = new QVBoxLayout(layersBox);
    m_list = new QListWidget(layersBox);
    m_list->setObjectName(QStringLiteral("layersList"));
    m_list->setAccessibleName(tr("Imported layers; tick to show"));
    m_list->setMinimumHeight(90);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layersLayout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_importButton = new QPushButton(tr("Import GeoJSON…"), layersBox);
    m_importButton->setObjectName(QStringLiteral("importLayerButton"));
    m_removeButton = new QPushButton(tr("Remove"), layersBox);
    m_removeButton->setObjectName(QStringLiteral("removeLayerButton"));
    m_removeButton->setEnabled(false);
    m_attributionButton = new QPushButton(tr("Source and licence…"), layersBox);
    m_attributionButton->setObjectName(QStringLiteral("layerAttributionButton"));
    m_attributionButton->setToolTip(tr("The line credited on the map while the layer is shown, e.g. « Contours : "
                                       "IGN – ADMIN EXPRESS COG 2018 (Licence Ouverte) »"));
    m_attributionButton->setEnabled(false);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_attributionButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    layersLayout->addLayout(buttons);
    m_basemapCheck = new QCheckBox(tr("World basemap (land and borders)"), layersBox);
    m_basemapCheck->setObjectName(QStringLiteral("basemapCheckBox"));
    layersLayout->addWidget(m_basemapCheck);
    m_stopsCheck = new QCheckBox(tr("Tour stops"), layersBox);
    m_stopsCheck->setObjectName(QStringLiteral("tourStopsCheckBox"));
    m_stopsCheck->setToolTip(tr("The stops of the active tours, numbered in today's order"));
    layersLayout->addWidget(m_stopsCheck);
    layout->addWidget(layersBox);

    auto *tilesBox = new QGroupBox(tr("Raster tiles"), this);
    auto *tilesLayout = new QFormLayout(tilesBox);
    m_mbtilesLabel = new QLabel(tilesBox);
    m_mbtilesLabel->setObjectName(QStringLiteral("mbtilesPathLabel"));
    m_mbtilesLabel->setWordWrap(true);
    auto *mbButtons = new QHBoxLayout;
    m_mbtilesButton = new QPushButton(tr("Choose an MBTiles file…"), tilesBox);
    m_mbtilesButton->setObjectName(QStringLiteral("chooseMbtilesButton"));
    m_mbtilesClearButton = new QPushButton(tr("None"), tilesBox);
    m_mbtilesClearButton->setObjectName(QStringLiteral("clearMbtilesButton"));
    mbButtons->addWidget(m_mbtilesButton);
    mbButtons->addWidget(m_mbtilesClearButton);
    mbButtons->addStretch();
    tilesLayout->addRow(tr("Offline pack:"), m_mbtilesLabel);
    tilesLayout->addRow(QString(), mbButtons);
    m_mbtilesInfo = new QLabel(tilesBox);
    m_mbtilesInfo->setObjectName(QStringLiteral("mbtilesInfoLabel"));
    m_mbtilesInfo->setWordWrap(true);
    m_mbtilesInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tilesLayout->addRow(QString(), m_mbtilesInfo);
    m_onlineCheck = new QCheckBox(tr("Online tiles (needs the network)"), tilesBox);
    m_onlineCheck->setObjectName(QStringLiteral("onlineTilesCheckBox"));
    tilesLayout->addRow(m_onlineCheck);
    m_urlEdit = new QLineEdit(tilesBox);
    m_urlEdit->setObjectName(QStringLiteral("tileUrlEdit"));
    m_urlEdit->setAccessibleName(tr("Tile server address"));
    m_urlEdit->setPlaceholderText(geo::OnlineTileProvider::defaultUrlTemplate());
    tilesLayout->addRow(tr("Address:"), m_urlEdit);
    m_attributionEdit = new QLineEdit(tilesBox);
    m_attributionEdit->setObjectName(QStringLiteral("tileAttributionEdit"));
    m_attributionEdit->setAccessibleName(tr("Tile server attribution"));
    m_attributionEdit->setPlaceholderText(geo::OnlineTileProvider::defaultAttribution());
    tilesLayout->addRow(tr("Attribution:"), m_attributionEdit);
    auto *note = new QLabel(tr("Only the tiles the map shows are downloaded, and kept in a cache. Respect the "
                               "server's usage policy: never download whole areas."),
        tilesBox);
    note->setWordWrap(true);
    tilesLayout->addRow(note);
    layout->addWidget(tilesBox);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("layersStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();

    // Saved choices.
    m_settings = geo::MapSettings::load(m_db);
    m_basemapCheck->setChecked(m_settings.basemapVisible);
    m_stopsCheck->setChecked(m_settings.tourStopsVisible);
    m_onlineCheck->setChecked(m_settings.onlineTiles);
    m_urlEdit->setText(m_settings.tileUrl);
    m_attributionEdit->setText(m_settings.tileAttribution);
    if (m_view) {
        m_view->setBasemapVisible(m_settings.basemapVisible);
        m_view->setStopsVisible(m_settings.tourStopsVisible);
    }
    m_mbtilesLabel->setText(tr("none"));
    m_mbtilesClearButton->setEnabled(false);
    if (!m_settings.mbtilesPath.isEmpty())
        useMbtiles(m_settings.mbtilesPath);
    else
        applyTileSettings();

    connect(m_importButton, &QPushButton::clicked, this, &LayersPanel::chooseImport);
    connect(m_removeButton, &QPushButton::clicked, this, &LayersPanel::removeSelected);
    connect(m_list, &QListWidget::itemChanged, this, &LayersPanel::itemChanged);
    connect(m_attributionButton, &QPushButton::clicked, this, &LayersPanel::editAttribution);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_removeButton->setEnabled(row >= 0);
        m_attributionButton->setEnabled(row >= 0);
    });
    connect(m_basemapCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.basemapVisible = on;
        if (Status s = m_settings.save(m_db); !s)
            showError(s.errorMessage());
        if (m_view)
            m_view->setBasemapVisible(on);
    });
    connect(m_stopsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.tourStopsVisible = on;
        if (Status s = m_settings.save(m_db); !s)
            showError(s.errorMessage());
        if (m_view)
            m_view->setStopsVisible(on);
    });
    connect(m_mbtilesButton, &QPushButton::clicked, this, &LayersPanel::chooseMbtiles);
    connect(m_mbtilesClearButton, &QPushButton::clicked, this, [this] { useMbtiles(QString()); });
    connect(m_onlineCheck, &QCheckBox::toggled, this, &LayersPanel::applyTileSettings);
    connect(m_urlEdit, &QLineEdit::editingFinished, this, &LayersPanel::applyTileSettings);
    connect(m_attributionEdit, &QLineEdit::editingFinished, this, &LayersPanel::applyTileSettings);

    reloadList();
}

LayersPanel::~LayersPanel()
{
    *m_alive = false;
    if (m_view)
        m_view->setTileProvider(nullptr);
}

void LayersPanel::showError(const QString &text)
{
    m_status->setText(text);
    Q_EMIT message(text);
}

void LayersPanel::reloadList()
{
    auto layers = m_store.list();
    if (!layers) {
        showError(layers.errorMessage());
        return;
    }
    m_layers = *layers;
    m_updating = true;
    m_list->clear();
    for (const geo::VectorLayerInfo &l : std::as_const(m_layers)) {
        auto *item = new QListWidgetItem(tr("%1 (%Ln feature(s))", nullptr, l.featureCount).arg(l.name), m_list);
        item->setData(Qt::UserRole, l.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(l.visible ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(l.attribution.isEmpty()
                             ? tr("Imported from %1; no source or licence given").arg(l.sourceFile)
                             : tr("Imported from %1\n%2").arg(l.sourceFile, l.attribution));
        QPixmap swatch(12, 12);
        swatch.fill(l.stroke);
        item->setIcon(QIcon(swatch));
        if (l.visible && !m_geometry.contains(l.id))
            loadGeometry(l);
    }
    m_updating = false;
    m_removeButton->setEnabled(m_list->currentRow() >= 0);
    m_attributionButton->setEnabled(m_list->currentRow() >= 0);
    applyLayers();
}

void LayersPanel::loadGeometry(const geo::VectorLayerInfo &layer)
{
    auto stored = m_store.storedGeoJson(layer.id);
    if (!stored) {
        showError(stored.errorMessage());
        return;
    }
    ++m_pendingLoads;
    m_status->setText(tr("Reading the layer %1…").arg(layer.name));
    QThreadPool::globalInstance()->start([this, alive = m_alive, data = *stored, id = layer.id, name = layer.name] {
        auto decoded = geo::VectorLayerStore::decodeStored(data, name);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [this, alive, decoded, id] {
                if (!*alive)
                    return;
                --m_pendingLoads;
                if (!decoded) {
                    showError(decoded.errorMessage());
                    return;
                }
                m_geometry.insert(id, *decoded);
                if (m_pendingLoads == 0)
                    m_status->clear();
                applyLayers();
            },
            Qt::QueuedConnection);
    });
}

void LayersPanel::applyLayers()
{
    if (!m_view)
        return;
    QVector<MapView::VectorLayer> layers;
    for (const geo::VectorLayerInfo &l : std::as_const(m_layers)) {
        MapView::VectorLayer v;
        v.id = l.id;
        v.name = l.name;
        v.features = m_geometry.value(l.id);
        v.stroke = l.stroke;
        v.fill = l.fill.isValid() ? l.fill : QColor(0, 0, 0, 0);
        v.visible = l.visible;
        v.attribution = l.attribution;
        layers.append(v);
    }
    m_view->setVectorLayers(layers);
    Q_EMIT layersChanged();
}

void LayersPanel::itemChanged(QListWidgetItem *item)
{
    if (m_updating)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const bool visible = item->checkState() == Qt::Checked;
    if (Status s = m_store.setVisible(id, visible); !s) {
        showError(s.errorMessage());
        return;
    }
    for (geo::VectorLayerInfo &l : m_layers) {
        if (l.id == id) {
            l.visible = visible;
            if (visible && !m_geometry.contains(id))
                loadGeometry(l);
        }
    }
    applyLayers();
}

void LayersPanel::editAttribution()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    auto layer = std::find_if(m_layers.cbegin(), m_layers.cend(), [&](const auto &l) { return l.id == id; });
    if (layer == m_layers.cend())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Source and licence of « %1 »").arg(layer->name),
        tr("Credited on the map while the layer is shown (leave empty for none):"), QLineEdit::Normal,
        layer->attribution, &ok);
    if (!ok)
        return;
    if (Status s = m_store.setAttribution(id, text); !s) {
        showError(s.errorMessage());
        return;
    }
    reloadList();
}

void LayersPanel::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (Status s = m_store.remove(id); !s) {
        showError(s.errorMessage());
        return;
    }
    m_geometry.remove(id);
    reloadList();
}

void LayersPanel::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a GeoJSON layer"), QDir::homePath(), tr("GeoJSON (*.geojson *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void LayersPanel::importFile(const QString &path)
{
    // Read, check and store on a worker thread with its own connection; the list is refreshed here.
    ++m_pendingLoads;
    m_importButton->setEnabled(false);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    storage::Database *db = &m_db;
    QThreadPool::globalInstance()->start([this, alive = m_alive, db, path] {
        const Result<geo::VectorLayerInfo> result = importWithOwnConnection(*db, path);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [this, alive, result] {
                if (!*alive)
                    return;
                --m_pendingLoads;
                m_importButton->setEnabled(true);
                if (!result) {
                    showError(result.errorMessage());
                    return;
                }
                m_status->setText(
                    tr("Layer « %1 » imported: %Ln feature(s).", nullptr, result->featureCount).arg(result->name));
                reloadList();
                if (m_view && result->bounds.isValid())
                    m_view->fitBounds(result->bounds);
            },
            Qt::QueuedConnection);
    });
}

void LayersPanel::chooseMbtiles()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose an offline tile pack"), QDir::homePath(), tr("MBTiles (*.mbtiles);;All files (*)"));
    if (!path.isEmpty())
        useMbtiles(path);
}

bool LayersPanel::useMbtiles(const QString &path)
{
    std::unique_ptr<geo::MBTilesTileProvider> provider;
    if (!path.isEmpty()) {
        auto opened = geo::MBTilesTileProvider::open(path);
        if (!opened) {
            showError(opened.errorMessage());
            m_mbtilesInfo->setText(opened.errorMessage());
            return false;
        }
        provider = std::move(opened.value());
    }
    if (m_view)
        m_view->setTileProvider(nullptr);
    m_mbtiles = std::move(provider);
    m_settings.mbtilesPath = path;
    if (Status s = m_settings.save(m_db); !s)
        showError(s.errorMessage());
    m_mbtilesLabel->setText(path.isEmpty() ? tr("none") : QDir::toNativeSeparators(path));
    m_mbtilesInfo->setText(m_mbtiles ? m_mbtiles->description() : QString());
    m_mbtilesClearButton->setEnabled(bool(m_mbtiles));
    applyTileSettings();
    return true;
}

void LayersPanel::applyTileSettings()
{
    m_settings.onlineTiles = m_onlineCheck->isChecked();
    m_settings.tileUrl = m_urlEdit->text().trimmed();
    m_settings.tileAttribution = m_attributionEdit->text().trimmed();
    if (Status s = m_settings.save(m_db); !s)
        showError(s.errorMessage());
    m_urlEdit->setEnabled(m_settings.onlineTiles);
    m_attributionEdit->setEnabled(m_settings.onlineTiles);

    const QString url
        = m_settings.tileUrl.isEmpty() ? geo::OnlineTileProvider::defaultUrlTemplate() : m_settings.tileUrl;
    if (m_settings.onlineTiles && !geo::OnlineTileProvider::isValidTemplate(url))
        showError(tr("The tile address must start with http:// or https:// and contain {z}, {x} and {y}."));

    geo::TileProvider *provider = nullptr;
    if (m_mbtiles) {
        provider = m_mbtiles.get(); // an offline pack wins over the network
        m_online.reset();
    } else if (m_settings.onlineTiles && geo::OnlineTileProvider::isValidTemplate(url)) {
        const QString attribution = m_settings.tileAttribution.isEmpty() ? geo::OnlineTileProvider::defaultAttribution()
                                                                         : m_settings.tileAttribution;
        if (m_view)
            m_view->setTileProvider(nullptr);
        m_online = std::make_unique<geo::OnlineTileProvider>(
            url, attribution, geo::OnlineTileProvider::defaultCacheDirectory());
        provider = m_online.get();
    } else {
        if (m_view)
            m_view->setTileProvider(nullptr);
        m_online.reset();
    }
    if (m_view)
        m_view->setTileProvider(provider);
}

} // namespace escale::ui
