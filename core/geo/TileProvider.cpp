#include "TileProvider.h"

#include "MBTilesReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>

namespace escale::geo {

// Lives on the provider's thread; owns the SQLite connection of the pack.
class MBTilesWorker : public QObject
{
    Q_OBJECT
public:
    explicit MBTilesWorker(QString path)
        : m_path(std::move(path))
    { }

    void read(int zoom, int x, int y, quint64 generation)
    {
        if (generation < m_generation.loadAcquire())
            return; // cancelled before we got to it
        if (!m_reader) {
            auto opened = MBTilesReader::open(m_path);
            if (!opened) {
                Q_EMIT failed(opened.errorMessage());
                return;
            }
            m_reader = std::move(opened.value());
        }
        auto data = m_reader->tile(zoom, x, y);
        QImage image;
        if (data && !data->isEmpty())
            image = QImage::fromData(*data);
        Q_EMIT ready(zoom, x, y, image);
    }
    void close() { m_reader.reset(); }

    QAtomicInteger<quint64> m_generation { 0 };

Q_SIGNALS:
    void ready(int zoom, int x, int y, const QImage &image);
    void failed(const QString &message);

private:
    QString m_path;
    std::unique_ptr<MBTilesReader> m_reader;
};

Result<std::unique_ptr<MBTilesTileProvider>> MBTilesTileProvider::open(const QString &path)
{
    auto reader = MBTilesReader::open(path);
    if (!reader)
        return reader.error();
    std::unique_ptr<MBTilesTileProvider> provider(new MBTilesTileProvider);
    provider->m_path = path;
    provider->m_attribution = (*reader)->attribution();
    provider->m_description = (*reader)->describe();
    provider->m_minZoom = (*reader)->minZoom();
    provider->m_maxZoom = (*reader)->maxZoom();
    reader->reset();

    provider->m_thread = new QThread(provider.get());
    provider->m_thread->setObjectName(QStringLiteral("escale-mbtiles"));
    provider->m_worker = new MBTilesWorker(path);
    provider->m_worker->moveToThread(provider->m_thread);
    connect(provider->m_thread, &QThread::finished, provider->m_worker, &QObject::deleteLater);
    connect(provider->m_worker, &MBTilesWorker::ready, provider.get(), &TileProvider::tileReady);
    connect(provider->m_worker, &MBTilesWorker::failed, provider.get(), &TileProvider::failed);
    provider->m_thread->start();
    return provider;
}

MBTilesTileProvider::~MBTilesTileProvider()
{
    if (m_thread) {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

void MBTilesTileProvider::requestTile(int zoom, int x, int y)
{
    const quint64 generation = m_worker->m_generation.loadAcquire();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, zoom, x, y, generation] { w->read(zoom, x, y, generation); }, Qt::QueuedConnection);
}

void MBTilesTileProvider::cancelPending()
{
    m_worker->m_generation.fetchAndAddOrdered(1);
}

OnlineTileProvider::OnlineTileProvider(
    const QString &urlTemplate, const QString &attribution, const QString &cacheDir, QObject *parent)
    : TileProvider(parent)
    , m_template(urlTemplate)
    , m_attribution(attribution)
    , m_network(new QNetworkAccessManager(this))
{
    auto *cache = new QNetworkDiskCache(m_network);
    cache->setCacheDirectory(cacheDir);
    cache->setMaximumCacheSize(200LL * 1024 * 1024);
    m_network->setCache(cache);
    // Knowing when the machine is offline (where the platform tells): no request is made then.
    QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
}

bool OnlineTileProvider::isOffline()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->reachability() == QNetworkInformation::Reachability::Disconnected;
}

OnlineTileProvider::~OnlineTileProvider() = default;

QString OnlineTileProvider::userAgent()
{
    return QStringLiteral("Escale/%1 (digital-mediation desktop app; +https://escale.example.org)")
        .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("0.1")
                                                              : QCoreApplication::applicationVersion());
}

QString OnlineTileProvider::defaultUrlTemplate()
{
    return QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
}

QString OnlineTileProvider::defaultAttribution()
{
    // OpenStreetMap's own wording in the interface's language (French: « © les contributeurs
    // d'OpenStreetMap », as on openstreetmap.org/copyright).
    return QCoreApplication::translate("escale::geo::OnlineTileProvider", "© OpenStreetMap contributors");
}

QString OnlineTileProvider::defaultCacheDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("tiles"));
}

bool OnlineTileProvider::isValidTemplate(const QString &t)
{
    return (t.startsWith(QLatin1String("https://")) || t.startsWith(QLatin1String("http://")))
        && t.contains(QLatin1String("{z}")) && t.contains(QLatin1String("{x}")) && t.contains(QLatin1String("{y}"));
}

void OnlineTileProvider::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        m_queue.clear();
}

QUrl OnlineTileProvider::urlFor(int zoom, int x, int y) const
{
    QString url = m_template;
    url.replace(QLatin1String("{z}"), QString::number(zoom));
    url.replace(QLatin1String("{x}"), QString::number(x));
    url.replace(QLatin1String("{y}"), QString::number(y));
    return QUrl(url);
}

void OnlineTileProvider::requestTile(int zoom, int x, int y)
{
    if (!m_enabled || !isValidTemplate(m_template) || isOffline())
        return;
    m_queue.append({ zoom, x, y });
    // The view asks for what it shows now; old requests beyond what one screen needs are dropped.
    while (m_queue.size() > 64)
        m_queue.removeFirst();
    startNext();
}

void OnlineTileProvider::cancelPending()
{
    m_queue.clear();
}

void OnlineTileProvider::startNext()
{
    while (m_enabled && m_running < 4 && !m_queue.isEmpty()) {
        const Request r = m_queue.takeLast(); // newest first: what the view shows now
        QNetworkRequest request(urlFor(r.zoom, r.x, r.y));
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
        request.setTransferTimeout(20000);
        ++m_running;
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, r] { finished(reply, r); });
    }
}

void OnlineTileProvider::finished(QNetworkReply *reply, Request r)
{
    --m_running;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT failed(tr("Tile %1/%2/%3: %4").arg(r.zoom).arg(r.x).arg(r.y).arg(reply->errorString()));
        Q_EMIT tileReady(r.zoom, r.x, r.y, QImage());
    } else {
        // Decoding a PNG/JPEG costs a few milliseconds: done on the pool, answered on this thread.
        const QByteArray data = reply->readAll();
        QPointer<OnlineTileProvider> self(this);
        QThreadPool::globalInstance()->start([self, data, r] {
            const QImage image = QImage::fromData(data);
            QMetaObject::invokeMethod(
                self.data(),
                [self, image, r] {
                    if (self)
                        Q_EMIT self->tileReady(r.zoom, r.x, r.y, image);
                },
                Qt::QueuedConnection);
        });
    }
    startNext();
}

} // namespace escale::geo

#include "TileProvider.moc"
