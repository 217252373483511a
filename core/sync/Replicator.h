#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "sync/CouchClient.h"
#include "sync/RevisionStore.h"
#include "sync/SyncSchema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <optional>

namespace escale::sync {

struct SyncOptions
{
    ClientOptions client;
    QString territoryDatabase;        // name of the territory database on the server
    QString structureDatabase;        // name of this structure's database (empty: none)
    int changesLimit = 500;           // _changes page size (pull)
    int pushPageSize = 1000;          // local feed page for push: one _revs_diff, then its _bulk_docs batches
                                      // (measured: 250 and 500 slower, 2000 and 5000 no better; docs/sync.md)
    int docsPerRequest = 100;         // revisions per _bulk_get request
    qint64 maxBatchBytes = 1 << 20;   // _bulk_docs batch size; halves on 413
    bool push = true;
    bool pull = true;
    bool captureWhilePushing = false; // true: local edits become revisions by chunks while push's requests
                                      // travel, instead of all before the first request. Measured no faster
                                      // on the 2-core build machine (docs/sync.md): off
};

struct DatabaseReport
{
    QString key;              // territory | structure
    QString name;             // the server's database name
    int pushed = 0;           // revisions written to the server
    int pulled = 0;           // revisions received
    int failures = 0;         // documents refused (by the server, or by this installation's tables)
    QStringList failureMessages;
    QStringList warnings;     // e.g. a checkpoint the server did not keep
    int incidentsOpened = 0;
};

struct SyncProgress
{
    QString database;
    QString phase;            // "push" | "pull"
    int pushed = 0;
    int pulled = 0;
};

struct SyncReport
{
    bool ok = false;
    Error error;
    int captured = 0;         // local edits turned into revisions
    qint64 captureMs = 0;     // time spent turning them into revisions
    QList<DatabaseReport> databases;
    QString startedAt;
    QString finishedAt;
    qint64 elapsedMs = 0;
    int requests = 0;
    int conflicts = 0;        // documents with losing leaves to review
    int openIncidents = 0;

    int pushed() const;
    int pulled() const;
    int failures() const;
    QJsonObject toJson() const;
};

// The CouchDB replication protocol, both ways, between this installation and the network's server
// (docs/sync.md): GET /db, replication ids, _local checkpoints with history on both sides,
// _changes?style=all_docs paged with opaque sequences, _revs_diff, _bulk_get?revs=true (fallback
// open_revs), _bulk_docs with new_edits:false in batches sized by bytes.
//
// run() blocks in local event loops (requests in parallel, at most 4); the GUI runs it on a worker
// thread (SyncService) with its own database connection, the command line on the main thread.
class Replicator : public QObject
{
    Q_OBJECT
public:
    Replicator(storage::Database &db, const SyncSchema &schema, SyncOptions options, QObject *parent = nullptr);

    SyncReport run();
    // Thread-safe: stops at the next request or batch; nothing half-written.
    void cancel() { m_cancelled.store(true); }

    static QString replicationId(const QString &installationId, const QString &localDatabase, const QUrl &server,
                                 const QString &remoteDatabase, const QString &direction);
    // CouchDB's compare_replication_logs: where to start from two checkpoints (0 when nothing matches).
    static QJsonValue startSequence(const std::optional<QJsonObject> &source, const std::optional<QJsonObject> &target);

signals:
    void progress(const escale::sync::SyncProgress &progress);

private:
    struct Checkpointer;

    Status checkDatabase(const QString &name);
    Status push(RemoteDatabase which, const QString &name, DatabaseReport &report);
    Status pull(RemoteDatabase which, const QString &name, DatabaseReport &report);
    // The missing revisions one document at a time with open_revs, for a server without _bulk_get.
    Result<QList<IncomingRevision>> fetch(const QString &name, const QStringList &ids,
                                          const QHash<QString, QStringList> &missing, DatabaseReport &report);
    // _bulk_get?revs=true requests for the missing revisions (docsPerRequest each), and their replies
    // read (nullopt: the server has no _bulk_get, use fetch() with open_revs).
    QList<HttpRequest> bulkGetRequests(const QString &name, const QStringList &ids,
                                       const QHash<QString, QStringList> &missing) const;
    Result<std::optional<QList<IncomingRevision>>> readBulkGet(const QString &name, const QList<HttpRequest> &requests,
                                                               const QList<HttpReply> &replies,
                                                               const QHash<QString, QStringList> &missing,
                                                               DatabaseReport &report);
    Result<QJsonDocument> parseJson(const HttpRequest &request, const HttpReply &reply, const QString &name);
    Result<std::optional<QJsonObject>> readRemoteCheckpoint(const QString &name, const QString &id, QString *rev);
    // Both checkpoints of a direction ("push" | "pull") read and compared: cp gets its id and start.
    Status openCheckpoint(Checkpointer &cp, const QString &key, const QString &name, const QString &direction,
                          QString *remoteRev);
    // The PUT of a checkpoint on the server, over the revision `rev` it has there (none: a first write).
    static HttpRequest checkpointRequest(const QString &name, const QString &id, QJsonObject doc, const QString &rev);
    // The server's answer to that PUT when it travelled with other requests: its new revision, or else the
    // usual write (writeRemoteCheckpoint) unless cancelled or superseded by a newer checkpoint.
    void checkpointAnswered(const QString &name, const QString &id, const QJsonObject &doc, const HttpReply &reply,
                            QString *rev, DatabaseReport &report, bool superseded = false);
    // Writes a checkpoint now (once more over a fresh revision on 409); a failure is a warning.
    void writeRemoteCheckpoint(const QString &name, const QString &id, const QJsonObject &doc, QString *rev,
                               DatabaseReport &report);

    // Local edits become revisions before anything is read from the local feed: all at once before a
    // pull, by chunks of pushPageSize rows during push (a chunk while each page's requests travel;
    // captureUntil before a page is read, so a page is never cut short by rows not captured yet).
    Status captureChunk();
    Status captureAll();
    Status captureUntil(const QString &key, qint64 after, int needed);

    storage::Database &m_db;
    RevisionStore m_store;
    bool m_captureDone = false;
    int m_captured = 0;
    qint64 m_captureMs = 0;
    SyncOptions m_options;
    std::atomic<bool> m_cancelled{false};
    CouchClient *m_client = nullptr;
    bool m_noBulkGet = false;
    SyncProgress m_progress;
};

} // namespace escale::sync

Q_DECLARE_METATYPE(escale::sync::SyncProgress)
