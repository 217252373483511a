#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <memory>

namespace escale::geo {

// An offline tile pack in the MBTiles 1.3 format: a SQLite file with a `metadata` (name, value)
// table and a `tiles` (zoom_level, tile_column, tile_row, tile_data) table whose rows count from the
// south (TMS): the XYZ row y is stored as 2^z − 1 − y.
//
// A reader owns its own read-only SQLite connection and must be used from the thread that opened it.
// An empty file, a file that is not SQLite, or a SQLite file without those tables is refused with a
// message that names the file.
class MBTilesReader
{
public:
    static Result<std::unique_ptr<MBTilesReader>> open(const QString &path);
    ~MBTilesReader();
    MBTilesReader(const MBTilesReader &) = delete;
    MBTilesReader &operator=(const MBTilesReader &) = delete;

    QString path() const { return m_path; }
    // Every row of the metadata table (name → value), e.g. name, format, bounds, attribution.
    const QMap<QString, QString> &metadata() const { return m_metadata; }
    QString name() const;
    QString format() const; // "png", "jpg", "webp", "pbf"…
    QString attribution() const;
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    int tileCount() const { return m_tileCount; }

    // The encoded image of the XYZ tile (row counted from the north), empty when the pack has none.
    Result<QByteArray> tile(int zoom, int x, int y) const;

    // The metadata as « name: value » lines for the user.
    QString describe() const;

private:
    MBTilesReader(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QMap<QString, QString> m_metadata;
    int m_minZoom = 0;
    int m_maxZoom = 0;
    int m_tileCount = 0;
};

} // namespace escale::geo
