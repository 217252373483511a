#pragma once

#include "common/Result.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QThread;

namespace escale::geo {

// Raster tiles for the map, in the XYZ scheme (row 0 at the north). Requests are asynchronous: the
// provider answers with tileReady on the thread that made the request, with a null image when it has
// no tile there. Decoding happens off the GUI thread.
class TileProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void requestTile(int zoom, int x, int y) = 0;
    // Forget queued requests (the view moved): tiles already asked for may still arrive.
    virtual void cancelPending() { }
    // The line to show on the map (« © OpenStreetMap contributors », the pack's attribution…).
    virtual QString attribution() const = 0;
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return 19; }

Q_SIGNALS:
    void tileReady(int zoom, int x, int y, const QImage &image);
    void failed(const QString &message);
};

class MBTilesWorker;

// Tiles of an MBTiles pack, read and decoded on a thread of its own (the SQLite connection lives there).
class MBTilesTileProvider final : public TileProvider
{
    Q_OBJECT
public:
    // Opens the pack (in the calling thread, to check it and read the metadata), then starts the worker.
    static Result<std::unique_ptr<MBTilesTileProvider>> open(const QString &path);
    ~MBTilesTileProvider() override;

    void requestTile(int zoom, int x, int y) override;
    void cancelPending() override;
    QString attribution() const override { return m_attribution; }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QString description() const { return m_description; }
    QString path() const { return m_path; }

private:
    MBTilesTileProvider() = default;

    QString m_path;
    QString m_attribution;
    QString m_description;
    int m_minZoom = 0;
    int m_maxZoom = 0;
    QThread *m_thread = nullptr;
    MBTilesWorker *m_worker = nullptr;
};

// Online XYZ tiles (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png) through a disk cache, with a
// User-Agent naming Escale. Only what the view shows is asked for, at most four downloads at a time;
// nothing is fetched while the provider is disabled (offline, or turned off by the user).
class OnlineTileProvider final : public TileProvider
{
    Q_OBJECT
public:
    // `urlTemplate` holds {z}, {x} and {y}; `cacheDir` is where QNetworkDiskCache keeps tiles.
    OnlineTileProvider(
        const QString &urlTemplate, const QString &attribution, const QString &cacheDir, QObject *parent = nullptr);
    ~OnlineTileProvider() override;

    static QString userAgent();
    static QString defaultUrlTemplate();
    static QString defaultAttribution();
    // Where the tiles are cached on disk: QStandardPaths::CacheLocation/tiles.
    static QString defaultCacheDirectory();
    // A template is usable when it is http(s) and holds {z}, {x} and {y}.
    static bool isValidTemplate(const QString &urlTemplate);
    // True when the system says there is no network (then nothing is requested).
    static bool isOffline();

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void requestTile(int zoom, int x, int y) override;
    void cancelPending() override;
    QString attribution() const override { return m_attribution; }
    QUrl urlFor(int zoom, int x, int y) const;

private:
    struct Request
    {
        int zoom;
        int x;
        int y;
    };
    void startNext();
    void finished(QNetworkReply *reply, Request request);

    QString m_template;
    QString m_attribution;
    QNetworkAccessManager *m_network = nullptr;
    QList<Request> m_queue;
    int m_running = 0;
    bool m_enabled = true;
};

} // namespace escale::geo
