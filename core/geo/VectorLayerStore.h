#pragma once

#include "FeatureSet.h"
#include "GeoBounds.h"

#include "common/Result.h"
#include "storage/Database.h"

#include <QColor>
#include <QString>
#include <QVector>

#include <memory>

namespace escale::geo {

// What the layer list shows of an imported vector layer (without decoding its geometry).
struct VectorLayerInfo
{
    QString id;
    QString name;
    QString sourceFile; // file name it was imported from
    int featureCount = 0;
    GeoBounds bounds;
    bool visible = true;
    int position = 0; // drawing order, lowest first
    QColor stroke;
    QColor fill; // invalid: outline only
    QString createdAt;
    QString attribution; // source and licence, shown on the map while the layer is visible; may be empty
};

// The vector layers imported from GeoJSON files (table geo_layers, migration 0003): import, list,
// toggle, remove, load for drawing. An import reads the whole file first, and writes one row in one
// transaction: a bad file leaves nothing behind.
class VectorLayerStore
{
public:
    explicit VectorLayerStore(storage::Database &db)
        : m_db(db)
    { }

    // `name` empty: the file's base name. Refuses an invalid GeoJSON or one without features. The
    // attribution is the file's own (a top-level `attribution`, else `licence` or `license` text member)
    // unless `attribution` is given.
    Result<VectorLayerInfo> importGeoJson(const QString &path, const QString &name = {}, const QString &attribution = {});
    Result<QVector<VectorLayerInfo>> list() const;
    Status setVisible(const QString &id, bool visible);
    Status setStyle(const QString &id, const QColor &stroke, const QColor &fill);
    Status rename(const QString &id, const QString &name);
    // The source and licence line (trimmed; empty to show none).
    Status setAttribution(const QString &id, const QString &attribution);
    // What a GeoJSON text says of its own source and licence, empty if nothing.
    static QString attributionOf(const QByteArray &geojson);
    Status remove(const QString &id);
    // Decodes a layer's stored GeoJSON (slow for big layers: call it off the GUI thread).
    Result<std::shared_ptr<const FeatureSet>> load(const QString &id) const;
    // The same in two steps, for a screen: read the stored (compressed) text on the database's thread,
    // fast, then decode it on a worker thread.
    Result<QByteArray> storedGeoJson(const QString &id) const;
    static Result<std::shared_ptr<const FeatureSet>> decodeStored(const QByteArray &stored, const QString &name);

private:
    storage::Database &m_db;
};

// Map settings kept in the settings table (keys `map.*`).
struct MapSettings
{
    bool onlineTiles = false; // off until the user turns it on
    QString tileUrl; // XYZ template; empty: OnlineTileProvider::defaultUrlTemplate()
    QString tileAttribution; // empty: the default server's
    QString mbtilesPath; // offline pack, empty for none
    bool basemapVisible = true;
    bool tourStopsVisible = true; // layer « Arrêts des tournées » (issue 9)

    static MapSettings load(const storage::Database &db);
    Status save(storage::Database &db) const;
};

} // namespace escale::geo
