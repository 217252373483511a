#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "sync/Replicator.h"
#include "sync/SyncSchema.h"

#include <QString>
#include <QUrl>

namespace escale::sync {

// Sync settings and the last result, kept in the local settings table (never synced). The password is
// not here: it lives in the OS keychain (CredentialStore).
struct SyncSettings
{
    QUrl server;
    QString user;
    QString territoryDatabase;
    QString structureDatabase;
    int intervalMinutes = 15;       // automatic sync while online; 0: only on demand
    bool allowPlainHttp = false;    // the user confirmed plain HTTP to a host other than 127.0.0.1
    QString trustedFingerprint;     // SHA-256 (AB:CD:…) of a certificate the coordinator trusts explicitly
    bool automatic = true;

    bool isConfigured() const { return server.isValid() && !server.host().isEmpty() && !territoryDatabase.isEmpty(); }
};

class SyncState
{
public:
    explicit SyncState(storage::Database &db) : m_db(db) {}

    SyncSettings settings() const;
    Status saveSettings(const SyncSettings &settings);

    // Records the end of a run: last success (UTC ISO) or last error (code and words), and the summary.
    Status record(const SyncReport &report);
    QString lastSuccess() const;
    QString lastAttempt() const;
    QString lastErrorCode() const;
    QString lastError() const;        // empty after a success
    QJsonObject lastReport() const;

    // Local changes not yet on the server: rows edited since their last capture, and captured
    // revisions after the last push checkpoint.
    int pendingChanges(const SyncSchema &schema) const;

private:
    storage::Database &m_db;
};

} // namespace escale::sync
