#include "VectorLayerStore.h"

#include "GeoJsonReader.h"

#include "common/Ids.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace escale::geo {

namespace {

constexpr auto InsertLayer
    = "INSERT INTO geo_layers (id, name, source_file, feature_count, south, west, north, east, geojson, visible, "
      "position, stroke, fill, created_at, attribution) VALUES (:id, :name, :source, :count, :south, :west, :north, "
      ":east, :json, 1, (SELECT coalesce(max(position), 0) + 1 FROM geo_layers), :stroke, :fill, :created, "
      ":attribution)";
constexpr auto SelectLayers
    = "SELECT id, name, source_file, feature_count, south, west, north, east, visible, position, stroke, fill, "
      "created_at, attribution FROM geo_layers ORDER BY position, created_at";
constexpr auto SelectGeoJson = "SELECT name, geojson FROM geo_layers WHERE id = :id";

// A few distinct outline colours for successive imports.
QColor defaultStroke(int n)
{
    static const QColor colors[] = { QColor(0x8a, 0x3b, 0x12), QColor(0x1f, 0x5f, 0x8b), QColor(0x6a, 0x2c, 0x70),
        QColor(0x2e, 0x6b, 0x30), QColor(0xb0, 0x3a, 0x2e) };
    return colors[n % 5];
}

Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error { QStringLiteral("geo.layers.sql"),
        what + QStringLiteral(": ") + storage::describeSqlError(q.lastError()) };
}

Status updateOne(storage::Database &db, const QString &sql, const QVariantList &values)
{
    storage::Transaction t(db);
    if (!t.beginStatus())
        return t.beginStatus();
    if (Status s = db.exec(sql, values); !s)
        return s;
    return t.commit();
}

} // namespace

QString VectorLayerStore::attributionOf(const QByteArray &geojson)
{
    // Only a top-level member counts; the quick look avoids parsing a large file twice for nothing.
    if (!geojson.contains("\"attribution\"") && !geojson.contains("\"licen"))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(geojson).object();
    for (const char *key : {"attribution", "licence", "license"}) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().simplified();
    }
    return {};
}

Result<VectorLayerInfo> VectorLayerStore::importGeoJson(const QString &path, const QString &name,
                                                        const QString &attribution)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("geo.geojson.open"),
            QCoreApplication::translate("escale::geo::VectorLayerStore", "Cannot open %1: %2")
                .arg(path, file.errorString()) };
    const QByteArray json = file.readAll();
    const QFileInfo info(path);
    auto parsed = GeoJsonReader::parse(json, info.fileName());
    if (!parsed)
        return parsed.error();
    if (parsed->features.isEmpty())
        return Error { QStringLiteral("geo.geojson.empty"),
            QCoreApplication::translate("escale::geo::VectorLayerStore", "%1 holds no feature to draw.")
                .arg(info.fileName()) };

    VectorLayerInfo layer;
    layer.id = ids::newId();
    layer.name = name.trimmed().isEmpty() ? info.completeBaseName() : name.trimmed();
    layer.sourceFile = info.fileName();
    layer.featureCount = parsed->size();
    layer.bounds = parsed->bounds;
    layer.createdAt = m_db.clock().nowIso();
    layer.visible = true;
    layer.attribution = attribution.trimmed().isEmpty() ? attributionOf(json) : attribution.simplified();

    storage::Transaction t(m_db);
    if (!t.beginStatus())
        return t.beginStatus().error();
    QSqlQuery count(m_db.connection());
    const int existing
        = count.exec(QStringLiteral("SELECT count(*) FROM geo_layers")) && count.next() ? count.value(0).toInt() : 0;
    layer.stroke = defaultStroke(existing);
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(InsertLayer));
    q.bindValue(QStringLiteral(":id"), layer.id);
    q.bindValue(QStringLiteral(":name"), layer.name);
    q.bindValue(QStringLiteral(":source"), layer.sourceFile);
    q.bindValue(QStringLiteral(":count"), layer.featureCount);
    q.bindValue(QStringLiteral(":south"), layer.bounds.south);
    q.bindValue(QStringLiteral(":west"), layer.bounds.west);
    q.bindValue(QStringLiteral(":north"), layer.bounds.north);
    q.bindValue(QStringLiteral(":east"), layer.bounds.east);
    q.bindValue(QStringLiteral(":json"), qCompress(json, 6));
    q.bindValue(QStringLiteral(":stroke"), layer.stroke.name());
    q.bindValue(QStringLiteral(":fill"), QStringLiteral(""));
    q.bindValue(QStringLiteral(":created"), layer.createdAt);
    q.bindValue(QStringLiteral(":attribution"), layer.attribution.isEmpty() ? QStringLiteral("") : layer.attribution);
    if (!q.exec())
        return sqlError(
            QCoreApplication::translate("escale::geo::VectorLayerStore", "Cannot store the layer %1").arg(layer.name),
            q);
    if (Status s = t.commit(); !s)
        return s.error();
    auto all = list();
    if (all)
        for (const VectorLayerInfo &l : *all)
            if (l.id == layer.id)
                return l;
    return layer;
}

Result<QVector<VectorLayerInfo>> VectorLayerStore::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QString::fromLatin1(SelectLayers)))
        return sqlError(QCoreApplication::translate("escale::geo::VectorLayerStore", "Cannot list the map layers"), q);
    QVector<VectorLayerInfo> result;
    while (q.next()) {
        VectorLayerInfo l;
        l.id = q.value(0).toString();
        l.name = q.value(1).toString();
        l.sourceFile = q.value(2).toString();
        l.featureCount = q.value(3).toInt();
        l.bounds = { q.value(4).toDouble(), q.value(5).toDouble(), q.value(6).toDouble(), q.value(7).toDouble() };
        l.visible = q.value(8).toInt() != 0;
        l.position = q.value(9).toInt();
        l.stroke = QColor(q.value(10).toString());
        const QString fill = q.value(11).toString();
        l.fill = fill.isEmpty() ? QColor() : QColor(fill);
        l.createdAt = q.value(12).toString();
        l.attribution = q.value(13).toString();
        result.append(l);
    }
    return result;
}

Status VectorLayerStore::setVisible(const QString &id, bool visible)
{
    return updateOne(m_db, QStringLiteral("UPDATE geo_layers SET visible = ? WHERE id = ?"), { visible ? 1 : 0, id });
}

Status VectorLayerStore::setStyle(const QString &id, const QColor &stroke, const QColor &fill)
{
    return updateOne(m_db, QStringLiteral("UPDATE geo_layers SET stroke = ?, fill = ? WHERE id = ?"),
        { stroke.name(QColor::HexArgb), fill.isValid() ? fill.name(QColor::HexArgb) : QStringLiteral(""), id });
}

Status VectorLayerStore::setAttribution(const QString &id, const QString &attribution)
{
    return updateOne(m_db, QStringLiteral("UPDATE geo_layers SET attribution = ? WHERE id = ?"),
                     { attribution.simplified().isEmpty() ? QStringLiteral("") : attribution.simplified(), id });
}

Status VectorLayerStore::rename(const QString &id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Status::failure(QStringLiteral("geo.layers.name"),
            QCoreApplication::translate("escale::geo::VectorLayerStore", "A layer needs a name."));
    return updateOne(m_db, QStringLiteral("UPDATE geo_layers SET name = ? WHERE id = ?"), { name.trimmed(), id });
}

Status VectorLayerStore::remove(const QString &id)
{
    return updateOne(m_db, QStringLiteral("DELETE FROM geo_layers WHERE id = ?"), { id });
}

Result<QByteArray> VectorLayerStore::storedGeoJson(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(SelectGeoJson));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("escale::geo::VectorLayerStore", "Cannot read the map layer"), q);
    if (!q.next())
        return Error { QStringLiteral("geo.layers.missing"),
            QCoreApplication::translate("escale::geo::VectorLayerStore", "The map layer %1 does not exist.").arg(id) };
    return q.value(1).toByteArray();
}

Result<std::shared_ptr<const FeatureSet>> VectorLayerStore::decodeStored(const QByteArray &stored, const QString &name)
{
    const QByteArray json = qUncompress(stored);
    if (json.isEmpty())
        return Error { QStringLiteral("geo.layers.corrupt"),
            QCoreApplication::translate("escale::geo::VectorLayerStore", "The stored map layer %1 is damaged.")
                .arg(name) };
    auto parsed = GeoJsonReader::parse(json, name);
    if (!parsed)
        return parsed.error();
    return std::shared_ptr<const FeatureSet>(std::make_shared<FeatureSet>(std::move(parsed.value())));
}

Result<std::shared_ptr<const FeatureSet>> VectorLayerStore::load(const QString &id) const
{
    auto stored = storedGeoJson(id);
    if (!stored)
        return stored.error();
    return decodeStored(*stored, id);
}

MapSettings MapSettings::load(const storage::Database &db)
{
    MapSettings s;
    s.onlineTiles = db.setting(QStringLiteral("map.online_tiles"), false).toBool();
    s.tileUrl = db.setting(QStringLiteral("map.tile_url")).toString();
    s.tileAttribution = db.setting(QStringLiteral("map.tile_attribution")).toString();
    s.mbtilesPath = db.setting(QStringLiteral("map.mbtiles")).toString();
    s.basemapVisible = db.setting(QStringLiteral("map.basemap"), true).toBool();
    s.tourStopsVisible = db.setting(QStringLiteral("map.tour_stops"), true).toBool();
    return s;
}

Status MapSettings::save(storage::Database &db) const
{
    storage::Transaction t(db);
    if (!t.beginStatus())
        return t.beginStatus();
    for (const auto &[key, value] : { std::pair { QStringLiteral("map.online_tiles"), QVariant(onlineTiles ? 1 : 0) },
             std::pair { QStringLiteral("map.tile_url"), QVariant(tileUrl) },
             std::pair { QStringLiteral("map.tile_attribution"), QVariant(tileAttribution) },
             std::pair { QStringLiteral("map.mbtiles"), QVariant(mbtilesPath) },
             std::pair { QStringLiteral("map.basemap"), QVariant(basemapVisible ? 1 : 0) },
             std::pair { QStringLiteral("map.tour_stops"), QVariant(tourStopsVisible ? 1 : 0) } })
        if (Status s = db.setSetting(key, value); !s)
            return s;
    return t.commit();
}

} // namespace escale::geo
