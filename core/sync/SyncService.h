#pragma once

#include "storage/Database.h"
#include "sync/Replicator.h"
#include "sync/SyncSchema.h"
#include "sync/SyncState.h"

#include <QMutex>
#include <QNetworkInformation>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <optional>

namespace escale::sync {

// Runs the replicator for the GUI: on a worker thread with its own database connection, on demand
// (« Synchroniser maintenant »), when connectivity appears (QNetworkInformation) and every N minutes
// while online. Reports progress and the result as signals in the GUI thread, and records the result
// in SyncState.
class SyncService : public QObject
{
    Q_OBJECT
public:
    SyncService(storage::Database &db, SyncSchema schema, QObject *parent = nullptr);
    ~SyncService() override;

    bool isRunning() const { return m_thread != nullptr; }
    // The password for this session when the keychain cannot keep it.
    void setSessionPassword(const QString &password) { m_sessionPassword = password; }
    // Starts a run now (ignored while one runs). False with a message when the settings are incomplete.
    bool start(QString *error = nullptr);
    void cancel();
    // Automatic runs: when the network comes back and every intervalMinutes while online.
    void setAutomatic(bool enabled);
    bool isOnline() const;
    // Connectivity changes: connected to QNetworkInformation::reachabilityChanged by setAutomatic();
    // tests connect a fake source. Online starts an automatic run; the last value seen is what
    // isOnline() says afterwards.
    void onReachabilityChanged(QNetworkInformation::Reachability reachability);

    const SyncSchema &schema() const { return m_schema; }

signals:
    void started();
    void progress(const escale::sync::SyncProgress &progress);
    void finished(bool ok, const QString &message);

private:
    void onFinished(const SyncReport &report);
    void maybeStartAutomatically();

    storage::Database &m_db;
    SyncSchema m_schema;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    Replicator *m_replicator = nullptr; // guarded by m_mutex, lives on the worker thread
    QTimer m_timer;
    QString m_sessionPassword;
    bool m_automatic = false;
    std::optional<QNetworkInformation::Reachability> m_reachability; // last change seen
};

} // namespace escale::sync
