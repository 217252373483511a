#pragma once

#include "TileRenderQueue.h"

#include "storage/Database.h"

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QPainter;

namespace escale::geo {

// What the slippy map (ui::MapView) and the printed map extracts (place sheet) draw alike, in core so
// that both use the same code: colours, the basemap's layers, the tile grid of a view, the scale bar,
// the attribution line and the place marker. No widget here: QPainter on any paint device.
class MapRenderer
{
public:
    static QColor seaColor();
    static QColor landColor();
    static QColor coastColor();
    static QColor borderColor();
    static QColor markerColor();

    // The embedded world basemap as drawn: land (filled) then borders.
    static QVector<LayerStyle> basemapLayers();

    // A view of the world: `center` in normalised Web Mercator (0…1), drawn at `zoom` on `size` pixels.
    struct Viewport
    {
        QPointF center { 0.5, 0.5 };
        int zoom = 0;
        QSize size;

        QPointF worldTopLeft() const;
        QPointF toPixels(double latitude, double longitude) const;
    };

    // The tile of (zoom, x, y), or nullptr when it is not there (yet).
    using TileLookup = std::function<const QImage *(int zoom, int x, int y)>;
    // Called for each missing tile with its target rectangle.
    using MissingTile = std::function<void(const QRect &target, int zoom, int x, int y)>;
    // Draws the tiles of `tileZoom` that cover the viewport, enlarged when tileZoom < viewport.zoom.
    static void drawTiles(QPainter &painter, const Viewport &viewport, int tileZoom, const TileLookup &tileAt,
        const MissingTile &missing = {});

    // The scale bar for this latitude and zoom: a round length (1, 2 or 5 × 10^n m) of at most maxPixels.
    struct ScaleBar
    {
        double meters = 0;
        double pixels = 0;
        QString label; // « 500 m », « 2 km »
    };
    static ScaleBar scaleBar(double latitude, int zoom, double maxPixels = 120);
    // Draws it with its left end at `origin` (the bar's baseline), on a light box.
    static void drawScaleBar(QPainter &painter, const QPointF &origin, double latitude, int zoom, const QFont &font);

    // The attribution line: basemap, raster tiles, layers, then `extra`, without repeats, joined by « · ».
    static QString attribution(
        bool basemap, const QString &tiles, const QStringList &layers, const QString &extra = {});
    // Draws it at the bottom right of `area`, elided on the left to leave `reservedLeft` pixels free.
    static void drawAttribution(
        QPainter &painter, const QRect &area, const QString &text, const QFont &font, int reservedLeft = 0);

    // The marker of one place, centred on `center`: a coloured disc with a white ring and a halo.
    static void drawMarker(QPainter &painter, const QPointF &center, const QColor &color = markerColor());
};

// An imported vector layer as stored (geo_layers), decoded when the extract is drawn.
struct StoredLayer
{
    QString name;
    QByteArray stored; // VectorLayerStore::storedGeoJson
    QColor stroke;
    QColor fill;
    QString attribution;
};

// A small map around one point for a document: everything it needs, read beforehand, so that it can be
// drawn on any thread. Nothing is ever fetched from the network: raster tiles come from an MBTiles pack
// or from the online tiles' disk cache only.
struct MapExtractRequest
{
    double latitude = 0;
    double longitude = 0;
    int zoom = 14; // street to commune
    QSize size { 560, 300 }; // logical pixels
    int pixelRatio = 2; // 1 or 2: device pixels per logical pixel (2 prints sharp)
    bool basemap = true;
    QVector<LayerStyle> layers; // decoded imported layers, drawn above the raster tiles
    QVector<StoredLayer> storedLayers; // the same, still to decode (drawn after `layers`)
    QStringList layerAttributions;
    QString mbtilesPath; // offline pack (preferred to the cache)
    QString tileCacheDir; // QNetworkDiskCache folder of the online tiles
    QString tileUrlTemplate; // how the cached tiles are keyed ({z}, {x}, {y})
    QString tileAttribution; // of the cached tiles
    QString extraAttribution;

    // The request for a point as the map section would show it: the map settings (basemap shown or not,
    // MBTiles pack, online tiles and their cache when turned on) and the visible imported layers that
    // reach the extract (read, not decoded: cheap, on the database's thread).
    static MapExtractRequest fromDatabase(storage::Database &db, double latitude, double longitude);
};

struct MapExtract
{
    QImage image; // size × pixelRatio device pixels, devicePixelRatio set
    QString attribution;
    int rasterTiles = 0; // raster tiles drawn (pack or cache)
    int layers = 0; // imported vector layers drawn
    // Whether it shows more than the world's outline: at a place's scale that outline alone is a plain
    // patch of land with a dot (PlaceSheet leaves such an extract out).
    bool hasDetail() const { return rasterTiles > 0 || layers > 0; }
    QStringList warnings; // a pack or a layer that could not be read
};

// Draws the extract: basemap, raster tiles, imported layers, the marker at the centre, the scale bar
// (bottom left) and the attribution line (bottom right). Any thread; no network.
MapExtract renderMapExtract(const MapExtractRequest &request);

} // namespace escale::geo
