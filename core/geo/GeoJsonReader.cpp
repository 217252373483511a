#include "GeoJsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace escale::geo {

namespace {

struct Context
{
    QString source;
    int featureNumber = 0; // 1-based, 0 for a bare geometry
    QString featureName;

    QString where() const
    {
        if (featureNumber == 0)
            return source;
        if (featureName.isEmpty())
            return QCoreApplication::translate("escale::geo::GeoJsonReader", "%1, feature %2")
                .arg(source)
                .arg(featureNumber);
        return QCoreApplication::translate("escale::geo::GeoJsonReader", "%1, feature %2 (%3)")
            .arg(source)
            .arg(featureNumber)
            .arg(featureName);
    }
};

Error makeError(const QString &code, const QString &message)
{
    return Error { QStringLiteral("geo.geojson.") + code, message };
}

// Line and column (1-based) of a byte offset.
QPair<int, int> lineAndColumn(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    const int end = std::min<int>(offset, int(data.size()));
    for (int i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return { line, column };
}

std::optional<Error> readPosition(const QJsonValue &value, const Context &ctx, QPointF *out)
{
    const QJsonArray a = value.toArray();
    if (!value.isArray() || a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return makeError(QStringLiteral("position"),
            QCoreApplication::translate(
                "escale::geo::GeoJsonReader", "%1: a position must be an array [longitude, latitude] of numbers.")
                .arg(ctx.where()));
    const double lon = a.at(0).toDouble();
    const double lat = a.at(1).toDouble();
    if (!std::isfinite(lon) || lon < -180.0 || lon > 180.0)
        return makeError(QStringLiteral("range"),
            QCoreApplication::translate("escale::geo::GeoJsonReader", "%1: longitude %2 is out of range (−180 to 180).")
                .arg(ctx.where())
                .arg(lon));
    if (!std::isfinite(lat) || lat < -90.0 || lat > 90.0)
        return makeError(QStringLiteral("range"),
            QCoreApplication::translate("escale::geo::GeoJsonReader",
                "%1: latitude %2 is out of range (−90 to 90); are longitude and latitude swapped?")
                .arg(ctx.where())
                .arg(lat));
    *out = QPointF(lon, lat);
    return std::nullopt;
}

std::optional<Error> readLine(const QJsonValue &value, const Context &ctx, int minPoints, QPolygonF *out)
{
    if (!value.isArray())
        return makeError(QStringLiteral("coordinates"),
            QCoreApplication::translate("escale::geo::GeoJsonReader", "%1: expected an array of positions.")
                .arg(ctx.where()));
    const QJsonArray a = value.toArray();
    if (a.size() < minPoints)
        return makeError(QStringLiteral("coordinates"),
            QCoreApplication::translate("escale::geo::GeoJsonReader", "%1: expected at least %2 positions, found %3.")
                .arg(ctx.where())
                .arg(minPoints)
                .arg(a.size()));
    QPolygonF line;
    line.reserve(a.size());
    for (const QJsonValue &p : a) {
        QPointF point;
        if (auto error = readPosition(p, ctx, &point))
            return error;
        line.append(point);
    }
    *out = std::move(line);
    return std::nullopt;
}

std::optional<Error> readPolygon(const QJsonValue &value, const Context &ctx, QVector<QPolygonF> *parts)
{
    if (!value.isArray())
        return makeError(QStringLiteral("coordinates"),
            QCoreApplication::translate("escale::geo::GeoJsonReader", "%1: expected an array of rings.")
                .arg(ctx.where()));
    for (const QJsonValue &ring : value.toArray()) {
        QPolygonF r;
        if (auto error = readLine(ring, ctx, 4, &r))
            return error;
        parts->append(std::move(r));
    }
    return std::nullopt;
}

std::optional<Error> readGeometry(const QJsonObject &geometry, const Context &ctx, Feature *feature, int depth = 0)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    const QJsonValue coordinates = geometry.value(QStringLiteral("coordinates"));
    if (type == QLatin1String("Point") || type == QLatin1String("MultiPoint")) {
        feature->kind = GeometryKind::Point;
        const QJsonArray points = type == QLatin1String("Point") ? QJsonArray { coordinates } : coordinates.toArray();
        for (const QJsonValue &p : points) {
            QPointF point;
            if (auto error = readPosition(p, ctx, &point))
                return error;
            feature->parts.append(QPolygonF { point });
        }
        return std::nullopt;
    }
    if (type == QLatin1String("LineString") || type == QLatin1String("MultiLineString")) {
        feature->kind = GeometryKind::Line;
        const QJsonArray lines
            = type == QLatin1String("LineString") ? QJsonArray { coordinates } : coordinates.toArray();
        for (const QJsonValue &l : lines) {
            QPolygonF line;
            if (auto error = readLine(l, ctx, 2, &line))
                return error;
            feature->parts.append(std::move(line));
        }
        return std::nullopt;
    }
    if (type == QLatin1String("Polygon"))
        return feature->kind = GeometryKind::Area, readPolygon(coordinates, ctx, &feature->parts);
    if (type == QLatin1String("MultiPolygon")) {
        feature->kind = GeometryKind::Area;
        if (!coordinates.isArray())
            return makeError(QStringLiteral("coordinates"),
                QCoreApplication::translate("escale::geo::GeoJsonReader", "%1: expected an array of polygons.")
                    .arg(ctx.where()));
        for (const QJsonValue &polygon : coordinates.toArray())
            if (auto error = readPolygon(polygon, ctx, &feature->parts))
                return error;
        return std::nullopt;
    }
    if (type == QLatin1String("GeometryCollection") && depth < 4) {
        for (const QJsonValue &g : geometry.value(QStringLiteral("geometries")).toArray()) {
            Feature part;
            if (auto error = readGeometry(g.toObject(), ctx, &part, depth + 1))
                return error;
            feature->kind = part.kind;
            feature->parts += part.parts;
        }
        return std::nullopt;
    }
    if (type.isEmpty())
        return makeError(QStringLiteral("geometry"),
            QCoreApplication::translate("escale::geo::GeoJsonReader", "%1: the geometry has no type.")
                .arg(ctx.where()));
    return makeError(QStringLiteral("geometry"),
        QCoreApplication::translate("escale::geo::GeoJsonReader", "%1: unsupported geometry type « %2 ».")
            .arg(ctx.where(), type));
}

std::optional<Error> readFeature(const QJsonObject &object, const Context &base, FeatureSet *set)
{
    Context ctx = base;
    if (object.value(QStringLiteral("type")).toString() != QLatin1String("Feature"))
        return makeError(QStringLiteral("feature"),
            QCoreApplication::translate("escale::geo::GeoJsonReader", "%1: expected an object of type Feature.")
                .arg(ctx.where()));
    Feature feature;
    feature.properties = object.value(QStringLiteral("properties")).toObject().toVariantMap();
    ctx.featureName = feature.name();
    const QJsonValue geometry = object.value(QStringLiteral("geometry"));
    if (geometry.isNull())
        return std::nullopt; // a feature without geometry (allowed by RFC 7946): nothing to draw
    if (!geometry.isObject())
        return makeError(QStringLiteral("geometry"),
            QCoreApplication::translate("escale::geo::GeoJsonReader", "%1: the geometry is not an object.")
                .arg(ctx.where()));
    if (auto error = readGeometry(geometry.toObject(), ctx, &feature))
        return error;
    set->features.append(std::move(feature));
    return std::nullopt;
}

} // namespace

Result<FeatureSet> GeoJsonReader::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("geo.geojson.open"),
            QCoreApplication::translate("escale::geo::GeoJsonReader", "Cannot open %1: %2")
                .arg(path, file.errorString()) };
    return parse(file.readAll(), name);
}

Result<FeatureSet> GeoJsonReader::parse(const QByteArray &json, const QString &sourceName)
{
    if (json.trimmed().isEmpty())
        return makeError(QStringLiteral("empty"),
            QCoreApplication::translate("escale::geo::GeoJsonReader", "%1 is empty: no GeoJSON to read.")
                .arg(sourceName));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        const bool truncated = parseError.offset >= json.trimmed().size() - 1;
        return makeError(QStringLiteral("syntax"),
            (truncated ? QCoreApplication::translate(
                 "escale::geo::GeoJsonReader", "%1 is truncated or not valid JSON: %2 at line %3, column %4 (byte %5).")
                       : QCoreApplication::translate(
                           "escale::geo::GeoJsonReader", "%1 is not valid JSON: %2 at line %3, column %4 (byte %5)."))
                .arg(sourceName, parseError.errorString())
                .arg(line)
                .arg(column)
                .arg(parseError.offset));
    }
    if (!doc.isObject())
        return makeError(QStringLiteral("type"),
            QCoreApplication::translate(
                "escale::geo::GeoJsonReader", "%1 is not GeoJSON: expected an object with a type.")
                .arg(sourceName));
    const QJsonObject root = doc.object();
    const QString type = root.value(QStringLiteral("type")).toString();

    FeatureSet set;
    set.sourceName = sourceName;
    Context ctx { sourceName, 0, {} };
    if (type == QLatin1String("FeatureCollection")) {
        if (!root.value(QStringLiteral("features")).isArray())
            return makeError(QStringLiteral("type"),
                QCoreApplication::translate(
                    "escale::geo::GeoJsonReader", "%1: a FeatureCollection needs a features array.")
                    .arg(sourceName));
        const QJsonArray features = root.value(QStringLiteral("features")).toArray();
        set.features.reserve(features.size());
        for (int i = 0; i < features.size(); ++i) {
            ctx.featureNumber = i + 1;
            if (auto error = readFeature(features.at(i).toObject(), ctx, &set))
                return *error;
        }
    } else if (type == QLatin1String("Feature")) {
        ctx.featureNumber = 1;
        if (auto error = readFeature(root, ctx, &set))
            return *error;
    } else if (!type.isEmpty() && root.contains(QStringLiteral("coordinates"))) {
        Feature feature;
        if (auto error = readGeometry(root, ctx, &feature))
            return *error;
        set.features.append(std::move(feature));
    } else {
        return makeError(QStringLiteral("type"),
            QCoreApplication::translate("escale::geo::GeoJsonReader",
                "%1 is not GeoJSON: expected type Feature or FeatureCollection, found « %2 ».")
                .arg(sourceName, type));
    }

    set.project();
    // France read the wrong way round: every longitude where French latitudes are, every latitude
    // where French longitudes are. A swapped file is refused whole rather than drawn in Somalia.
    if (!set.features.isEmpty() && set.bounds.west >= 41.0 && set.bounds.east <= 52.0 && set.bounds.south >= -6.0
        && set.bounds.north <= 10.0)
        return makeError(QStringLiteral("swapped"),
            QCoreApplication::translate("escale::geo::GeoJsonReader",
                "%1: the coordinates look like latitude/longitude instead of GeoJSON's "
                "longitude/latitude (France would appear off the Horn of Africa).")
                .arg(sourceName));
    return set;
}

} // namespace escale::geo
