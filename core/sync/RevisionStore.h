#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "sync/SyncSchema.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace escale::sync {

// One revision of a document's tree.
struct Revision
{
    QString rev;          // N-hash
    int generation = 0;
    QString parent;       // empty for a root or an ancestor whose parent is unknown
    bool leaf = false;
    bool deleted = false;
    bool hasBody = false; // ancestors known only by their id have no body
    QJsonObject body;     // the document without _id, _rev, _revisions, _deleted
};

// A revision received from the server, with its ancestry (newest first, the revision itself first).
struct IncomingRevision
{
    QString docId;
    QString rev;
    bool deleted = false;
    QJsonObject body;
    QStringList ancestry;
};

// What settling a document did.
struct SettleOutcome
{
    bool rowChanged = false;
    bool conflicted = false;
    int incidentsOpened = 0;
    QString failure; // the row could not take the winner (e.g. a value the table refuses)
};

// The local revision trees (migration 0008): the mapping between syncable rows and CouchDB documents.
//
// - A local edit (a dirty row of a registered table) becomes a revision N-hash whose parent is the
//   revision the row showed (captureLocalEdits).
// - A received revision is stored with its ancestry; conflicting leaves are all kept (storeRemote).
// - settle() picks the winner with CouchDB's deterministic rule (non-deleted first, then highest
//   generation, then highest revision id) and writes it into the row; NeverAuto tables open incidents.
//
// Revision hashes are MD5 (hex) of the parent revision, the deleted flag and the body as compact JSON
// with sorted keys: the same edit of the same parent gives the same id anywhere (docs/sync.md).
class RevisionStore
{
public:
    RevisionStore(storage::Database &db, const SyncSchema &schema);

    static bool parseRev(const QString &rev, int *generation = nullptr, QString *hash = nullptr);
    static QString computeRev(int generation, const QString &parent, const QJsonObject &body, bool deleted);
    // CouchDB's winner among leaves; empty when there is none.
    static QString winnerOf(const QList<Revision> &leaves);

    // Every dirty row of the registered tables becomes a revision (one transaction). Returns how many.
    Result<int> captureLocalEdits();
    // At most `limit` dirty rows (all when limit <= 0), in one transaction: push captures by chunks while
    // its requests travel. Fewer than `limit` captured means no dirty row is left.
    Result<int> captureLocalEdits(int limit);
    // One row (inside the caller's transaction).
    Status captureRow(const TableSpec &spec, const QString &rowId);

    bool has(const QString &db, const QString &docId, const QString &rev) const;
    QList<Revision> leaves(const QString &db, const QString &docId) const;
    std::optional<Revision> revision(const QString &db, const QString &docId, const QString &rev) const;
    // The leaf revision ids only (no body read): what push asks _revs_diff about.
    QStringList leafRevs(const QString &db, const QString &docId) const;
    // A revision as _bulk_docs (new_edits:false) takes it: compact JSON with _id, _rev, _revisions and
    // _deleted, spliced from the stored body text without parsing it. Empty when the body is unknown.
    QByteArray pushDocument(const QString &db, const QString &docId, const QString &rev) const;
    // The hashes of rev and its ancestors, newest first (CouchDB's _revisions.ids), at most limit.
    QStringList ancestryHashes(const QString &db, const QString &docId, const QString &rev, int limit = 1000) const;

    // Inside the caller's transaction.
    Status storeRemote(const QString &db, const IncomingRevision &incoming);
    Result<SettleOutcome> settle(const QString &db, const QString &docId);
    // A local revision written on the tree (conflict and incident resolution); bumps the change feed.
    Result<QString> addLocalRevision(const QString &db, const QString &docId, const QString &parentRev,
                                     const QJsonObject &body, bool deleted);

    // The local change feed read by push: documents edited here, in order.
    struct Change
    {
        qint64 seq = 0;
        QString docId;
    };
    QList<Change> changesSince(const QString &db, qint64 since, int limit) const;
    int countChangesSince(const QString &db, qint64 since) const;

    // This side's _local documents (checkpoints).
    std::optional<QJsonObject> localDoc(const QString &db, const QString &id) const;
    Status putLocalDoc(const QString &db, const QString &id, const QJsonObject &body);

    // Documents with more than one non-deleted leaf.
    QStringList conflictedDocuments(const QString &db) const;

    const SyncSchema &schema() const { return m_schema; }
    storage::Database &database() { return m_db; }

    static QJsonValue toJson(const QVariant &value);
    static QVariant fromJson(const QJsonValue &value);

private:
    bool run(QSqlQuery *&q, const QString &sql, const QVariantList &values, Status *error) const;
    Status captureValues(const TableSpec &spec, const QVariantList &row);
    // addLocalRevision with the body already serialised once (compact JSON); when winner is set the
    // document's winner is written in the same statement (an edit that stays the winner).
    Result<QString> addLocalRevisionJson(const QString &db, const QString &docId, const QString &parentRev,
                                         const QByteArray &bodyJson, bool deleted, bool setWinner);
    // RecordStore::applyRemote (not deleted) with the statement prepared once per column set.
    Status applyRemoteRow(const QString &table, const QString &id, const QVariantMap &values, const QString &rev);
    Status openIncidents(const QString &db, const QString &docId, const TableSpec &spec,
                         const QList<Revision> &leaves, int *opened);

    storage::Database &m_db;
    SyncSchema m_schema;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace escale::sync
