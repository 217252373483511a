#include "MBTilesReader.h"

#include "common/Ids.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace escale::geo {

namespace {

constexpr auto SelectMetadata = "SELECT name, value FROM metadata";
constexpr auto SelectZooms = "SELECT min(zoom_level), max(zoom_level), count(*) FROM tiles";
constexpr auto SelectTile
    = "SELECT tile_data FROM tiles WHERE zoom_level = :z AND tile_column = :x AND tile_row = :row";

} // namespace

MBTilesReader::MBTilesReader(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

MBTilesReader::~MBTilesReader()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<MBTilesReader>> MBTilesReader::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {
            QStringLiteral("geo.mbtiles.missing"),
            QCoreApplication::translate("escale::geo::MBTilesReader", "The MBTiles file %1 does not exist.").arg(path)
        };
    if (info.size() == 0)
        return Error { QStringLiteral("geo.mbtiles.empty"),
            QCoreApplication::translate(
                "escale::geo::MBTilesReader", "The MBTiles file %1 is empty (0 bytes): it holds no tiles.")
                .arg(path) };
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { QStringLiteral("geo.mbtiles.open"),
                QCoreApplication::translate("escale::geo::MBTilesReader", "Cannot open %1: %2")
                    .arg(path, file.errorString()) };
        if (!file.read(16).startsWith("SQLite format 3"))
            return Error { QStringLiteral("geo.mbtiles.corrupt"),
                QCoreApplication::translate(
                    "escale::geo::MBTilesReader", "%1 is not an MBTiles file: it is not a SQLite database.")
                    .arg(path) };
    }

    std::unique_ptr<MBTilesReader> reader(new MBTilesReader(path, QStringLiteral("escale-mbtiles-") + ids::newId()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reader->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return Error { QStringLiteral("geo.mbtiles.open"),
            QCoreApplication::translate("escale::geo::MBTilesReader", "Cannot open %1: %2")
                .arg(path, db.lastError().text()) };

    QSqlQuery meta(db);
    if (!meta.exec(QString::fromLatin1(SelectMetadata)))
        return Error { QStringLiteral("geo.mbtiles.corrupt"),
            QCoreApplication::translate(
                "escale::geo::MBTilesReader", "%1 is not a readable MBTiles file (metadata table): %2")
                .arg(path, meta.lastError().text()) };
    while (meta.next())
        reader->m_metadata.insert(meta.value(0).toString(), meta.value(1).toString());

    QSqlQuery zooms(db);
    if (!zooms.exec(QString::fromLatin1(SelectZooms)) || !zooms.next())
        return Error { QStringLiteral("geo.mbtiles.corrupt"),
            QCoreApplication::translate(
                "escale::geo::MBTilesReader", "%1 is not a readable MBTiles file (tiles table): %2")
                .arg(path, zooms.lastError().text()) };
    reader->m_tileCount = zooms.value(2).toInt();
    if (reader->m_tileCount == 0)
        return Error {
            QStringLiteral("geo.mbtiles.no-tiles"),
            QCoreApplication::translate("escale::geo::MBTilesReader", "The MBTiles file %1 holds no tiles.").arg(path)
        };
    reader->m_minZoom = zooms.value(0).toInt();
    reader->m_maxZoom = zooms.value(1).toInt();
    // The metadata may narrow the zoom range; it never widens what the tiles table holds.
    bool ok = false;
    const int metaMin = reader->m_metadata.value(QStringLiteral("minzoom")).toInt(&ok);
    if (ok)
        reader->m_minZoom = std::max(reader->m_minZoom, metaMin);
    const int metaMax = reader->m_metadata.value(QStringLiteral("maxzoom")).toInt(&ok);
    if (ok)
        reader->m_maxZoom = std::min(reader->m_maxZoom, metaMax);
    return reader;
}

QString MBTilesReader::name() const
{
    const QString n = m_metadata.value(QStringLiteral("name"));
    return n.isEmpty() ? QFileInfo(m_path).completeBaseName() : n;
}

QString MBTilesReader::format() const
{
    return m_metadata.value(QStringLiteral("format"), QStringLiteral("png"));
}

QString MBTilesReader::attribution() const
{
    return m_metadata.value(QStringLiteral("attribution"));
}

Result<QByteArray> MBTilesReader::tile(int zoom, int x, int y) const
{
    if (zoom < 0 || zoom > 30 || x < 0 || y < 0 || x >= (1 << zoom) || y >= (1 << zoom))
        return QByteArray();
    const int row = (1 << zoom) - 1 - y; // TMS counts rows from the south
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QString::fromLatin1(SelectTile));
    q.bindValue(QStringLiteral(":z"), zoom);
    q.bindValue(QStringLiteral(":x"), x);
    q.bindValue(QStringLiteral(":row"), row);
    if (!q.exec())
        return Error { QStringLiteral("geo.mbtiles.read"),
            QCoreApplication::translate("escale::geo::MBTilesReader", "Cannot read tile %1/%2/%3 of %4: %5")
                .arg(zoom)
                .arg(x)
                .arg(y)
                .arg(m_path, q.lastError().text()) };
    if (!q.next())
        return QByteArray();
    return q.value(0).toByteArray();
}

QString MBTilesReader::describe() const
{
    QStringList lines;
    for (auto it = m_metadata.cbegin(); it != m_metadata.cend(); ++it)
        if (it.key() != QLatin1String("json")) // vector-tile layer descriptions: long and technical
            lines.append(QStringLiteral("%1 : %2").arg(it.key(), it.value()));
    lines.append(QCoreApplication::translate("escale::geo::MBTilesReader", "tiles: %1, zoom %2 to %3")
                     .arg(m_tileCount)
                     .arg(m_minZoom)
                     .arg(m_maxZoom));
    return lines.join(QLatin1Char('\n'));
}

} // namespace escale::geo
