#pragma once

#include "geo/GeoBounds.h"
#include "geo/MapPoint.h"
#include "geo/Position.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class QMenu;
class QToolButton;

namespace escale::geo {
class FeatureSet;
class PositionSource;
class PointClusterer;
class TileProvider;
class TileRenderQueue;
} // namespace escale::geo

namespace escale::ui {

// Escale's own slippy map (DESIGN.md §6), drawn with QPainter in this order: sea, the embedded world
// basemap and the imported vector layers (rendered as 256 px tiles on a worker thread and cached),
// optional raster tiles (MBTiles pack or online XYZ, through a geo::TileProvider), the points clustered
// per zoom level and coloured by category (count drawn), the device's position, then the scale bar
// and the attribution line.
//
// Mouse: drag to pan, wheel to zoom around the cursor, double-click to zoom in; keyboard: + / - and
// the arrows. A click on a single point emits pointActivated(id); a click on a cluster of points that
// share the same coordinates shows a list popup and emits pointActivated for the chosen one; a click on
// any other cluster emits pointsActivated(ids) (then zooms in on it unless the receiver calls
// centerOn itself).
class TileCache;

class MapView : public QWidget
{
    Q_OBJECT
public:
    // One imported vector layer as the map draws it.
    struct VectorLayer
    {
        QString id;
        QString name;
        std::shared_ptr<const geo::FeatureSet> features;
        QColor stroke = QColor(0x8a, 0x3b, 0x12);
        QColor fill = QColor(0, 0, 0, 0);
        bool visible = true;
        QString attribution; // shown in the attribution line while the layer is visible
    };

    // A stop of a tour (layer « Arrêts des tournées »): a square bus-stop sign, distinct from the places'
    // round markers. The day's stops are larger and carry their rank; the current stop is ringed.
    struct StopMarker
    {
        QString id;
        double latitude = 0;
        double longitude = 0;
        QString toolTip; // shown on hover: name, tour, next passage
        int number = 0; // rank in the day's schedule (today's stops); 0: not served today
        bool current = false; // the bus is there now
    };

    static constexpr int MinZoom = 1;
    static constexpr int MaxZoom = 19;

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    // The points (places) to draw, clustered per zoom level. Replaces the previous ones. From
    // AsyncClusteringThreshold points on, the index is built on a worker thread and shown when ready
    // (pendingTiles() counts it).
    static constexpr int AsyncClusteringThreshold = 20000;
    void setPoints(const QVector<geo::MapPoint> &points);
    // Colour of each category (e.g. typologie code). Other categories get a stable colour of a fixed
    // palette; points without a category, and clusters mixing categories, are drawn in a neutral blue.
    void setCategoryColors(const QHash<QString, QColor> &colors);
    // Shows this point of the world at the centre at this zoom level (clamped to MinZoom…MaxZoom).
    void centerOn(double lat, double lon, int zoom);
    // Zooms so that the box is fully visible.
    void fitBounds(const geo::GeoBounds &bounds);

    // « Centrer sur ma structure »: remembers a home point (the structure's), shown with a button.
    void setHome(double lat, double lon);
    void centerOnHome();

    // The device's position, drawn as a dot with its accuracy circle; clearPosition() hides it.
    void setPosition(const geo::Position &position);
    void clearPosition();
    // Follows a position source (e.g. geo::PositionSource::nmeaFile for `--nmea FILE`); not owned.
    void setPositionSource(geo::PositionSource *source);
    geo::Position position() const { return m_position; }

    // Imported vector layers, drawn above the basemap in this order (hidden ones are skipped).
    void setVectorLayers(const QVector<VectorLayer> &layers);
    // Raster tiles drawn above the vector layers; nullptr for none. Not owned (parent it elsewhere).
    void setTileProvider(geo::TileProvider *provider);
    // Shows or hides the embedded world basemap (shown by default).
    void setBasemapVisible(bool visible);
    bool isBasemapVisible() const { return m_basemapVisible; }
    // Extra attribution (e.g. the places' data licence), shown after the others.
    void setExtraAttribution(const QString &text);

    // The tours' stops, drawn above the places (replaces the previous ones).
    void setStopMarkers(const QVector<StopMarker> &stops);
    void setStopsVisible(bool visible);
    bool areStopsVisible() const { return m_stopsVisible; }
    // The stop drawn at a widget position (empty when none).
    QString stopAt(const QPoint &widgetPos) const;
    // The menu of a right-click there: empty, filled by the receivers of contextMenuRequested (tests call
    // it then trigger an action; the caller owns the menu).
    QMenu *contextMenuAt(const QPoint &widgetPos);

    int zoom() const { return m_zoom; }
    double centerLatitude() const;
    double centerLongitude() const;
    // The visible part of the world.
    geo::GeoBounds visibleBounds() const;
    // The attribution line as drawn (basemap, layers, tiles).
    QString attributionText() const;
    // Number of basemap/layer tiles (and point indexes) being built on worker threads (tests wait for 0).
    int pendingTiles() const;
    // The ids of the points drawn at a widget position (empty when none): what a click there activates.
    QStringList pointsAt(const QPoint &widgetPos) const;
    // Widget position of a latitude/longitude in the current view.
    QPointF toWidget(double lat, double lon) const;
    // Latitude and longitude of a widget position in the current view.
    void fromWidget(const QPointF &widgetPos, double *lat, double *lon) const;

Q_SIGNALS:
    void pointActivated(const QString &id);
    void pointsActivated(const QStringList &ids);
    void viewportChanged();
    // A click on a stop of the tours' layer.
    void stopActivated(const QString &stopId);
    // A right-click at this point of the world: add actions to `menu` (shown when not empty).
    void contextMenuRequested(double latitude, double longitude, QMenu *menu);

protected:
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // What the last frame drew, for hit tests.
    struct DrawnCluster
    {
        QPointF pos;
        qreal radius = 0;
        int first = 0;
        int count = 0;
        int category = -1;
        bool sameCoordinates = false;
    };
    QVector<DrawnCluster> visibleClusters() const;
    void showStackMenu(const DrawnCluster &cluster, const QPoint &pos);
    void rebuildLayerQueues();
    void requestVisibleRasterTiles();
    void zoomAround(int newZoom, const QPointF &widgetPos);
    void panBy(const QPointF &delta);
    void clampCenter();
    void changed();
    void drawTileLayer(QPainter &painter, int tileZoom, const std::function<const QImage *(int, int, int)> &tile,
        const std::function<void(const QRect &, int, int, int)> &missing = {});
    void drawPoints(QPainter &painter);
    void drawStops(QPainter &painter);
    void drawPosition(QPainter &painter);
    void drawScaleBar(QPainter &painter);
    void drawAttribution(QPainter &painter);
    void activateAt(const QPoint &pos);
    QPointF worldTopLeft() const;
    QColor colorFor(const QString &category) const;
    const QImage &markerSprite(const QColor &color, int count, bool stacked);

    int m_zoom = 5;
    QPointF m_center { 0.5, 0.5 }; // normalised Web Mercator (0…1)
    QVector<geo::MapPoint> m_points;
    std::unique_ptr<geo::PointClusterer> m_clusterer;
    QHash<QString, QColor> m_categoryColors;
    QVector<VectorLayer> m_layers;
    bool m_basemapVisible = true;
    geo::TileProvider *m_tileProvider = nullptr;
    std::unique_ptr<geo::TileRenderQueue> m_basemapQueue; // sea + land + borders, opaque
    std::unique_ptr<geo::TileRenderQueue> m_overlayQueue; // imported layers, transparent
    std::unique_ptr<TileCache> m_basemapTiles;
    std::unique_ptr<TileCache> m_overlayTiles;
    std::unique_ptr<TileCache> m_rasterTiles;
    QString m_extraAttribution;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_homeButton = nullptr;
    int m_wheelAngle = 0;
    quint64 m_pointsGeneration = 0;
    bool m_clusteringPending = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    QHash<quint64, QImage> m_markerSprites; // pre-drawn markers (colour, count, stack)
    geo::Position m_position;
    QVector<StopMarker> m_stops;
    bool m_stopsVisible = true;
    bool m_hasHome = false;
    double m_homeLat = 0;
    double m_homeLon = 0;
    QPoint m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
};

} // namespace escale::ui
