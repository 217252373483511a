#include "sync/SyncService.h"

#include "sync/CredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkInformation>

namespace escale::sync {

SyncService::SyncService(storage::Database &db, SyncSchema schema, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_schema(std::move(schema))
{
    qRegisterMetaType<escale::sync::SyncProgress>();
    connect(&m_timer, &QTimer::timeout, this, &SyncService::maybeStartAutomatically);
}

SyncService::~SyncService()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool SyncService::isOnline() const
{
    if (m_reachability)
        return *m_reachability == QNetworkInformation::Reachability::Online
            || *m_reachability == QNetworkInformation::Reachability::Site
            || *m_reachability == QNetworkInformation::Reachability::Unknown;
    const QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability))
        return true; // unknown: try, the error will say
    return info->reachability() == QNetworkInformation::Reachability::Online
        || info->reachability() == QNetworkInformation::Reachability::Site
        || info->reachability() == QNetworkInformation::Reachability::Unknown;
}

void SyncService::setAutomatic(bool enabled)
{
    m_automatic = enabled;
    if (!enabled) {
        m_timer.stop();
        return;
    }
    const SyncSettings settings = SyncState(m_db).settings();
    if (settings.intervalMinutes > 0)
        m_timer.start(settings.intervalMinutes * 60 * 1000);
    if (QNetworkInformation::loadDefaultBackend()) {
        QNetworkInformation *info = QNetworkInformation::instance();
        connect(info, &QNetworkInformation::reachabilityChanged, this, &SyncService::onReachabilityChanged,
                Qt::UniqueConnection);
    }
}

void SyncService::onReachabilityChanged(QNetworkInformation::Reachability reachability)
{
    m_reachability = reachability;
    if (reachability == QNetworkInformation::Reachability::Online)
        maybeStartAutomatically();
}

void SyncService::maybeStartAutomatically()
{
    if (!m_automatic || isRunning() || !isOnline())
        return;
    const SyncSettings settings = SyncState(m_db).settings();
    if (!settings.isConfigured() || !settings.automatic)
        return;
    start();
}

bool SyncService::start(QString *error)
{
    if (m_thread)
        return true;
    const SyncSettings settings = SyncState(m_db).settings();
    if (!settings.isConfigured()) {
        if (error)
            *error = tr("Give the server's address and the territory database first.");
        return false;
    }
    SyncOptions options;
    options.client.server = settings.server;
    options.client.user = settings.user;
    options.client.allowPlainHttp = settings.allowPlainHttp;
    options.client.trustedFingerprint = settings.trustedFingerprint;
    options.territoryDatabase = settings.territoryDatabase;
    options.structureDatabase = settings.structureDatabase;
    if (!settings.user.isEmpty()) {
        options.client.password = m_sessionPassword;
        if (options.client.password.isEmpty()) {
            Result<QString> stored =
                CredentialStore().read(settings.server.toString(QUrl::RemoveUserInfo), settings.user);
            if (stored)
                options.client.password = *stored;
        }
    }

    const QString path = m_db.path();
    const Clock &clock = m_db.clock();
    const SyncSchema schema = m_schema;
    m_thread = QThread::create([this, path, &clock, schema, options] {
        SyncReport report;
        auto other = storage::Database::open(path, clock);
        if (!other) {
            report.error = other.error();
        } else {
            Replicator replicator(**other, schema, options);
            connect(&replicator, &Replicator::progress, this, &SyncService::progress);
            {
                QMutexLocker lock(&m_mutex);
                m_replicator = &replicator;
            }
            report = replicator.run();
            QMutexLocker lock(&m_mutex);
            m_replicator = nullptr;
        }
        QMetaObject::invokeMethod(this, [this, report] { onFinished(report); }, Qt::QueuedConnection);
    });
    m_thread->start();
    emit started();
    return true;
}

void SyncService::cancel()
{
    QMutexLocker lock(&m_mutex);
    if (m_replicator)
        m_replicator->cancel();
}

void SyncService::onFinished(const SyncReport &report)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (Status s = SyncState(m_db).record(report); !s)
        qWarning("sync: %s", qPrintable(s.errorMessage()));
    emit finished(report.ok, report.ok ? QString() : report.error.message);
}

} // namespace escale::sync
