#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "sync/RevisionStore.h"
#include "sync/SyncSchema.h"

#include <QList>
#include <QString>

namespace escale::sync {

// One redemption as seen in a conflicting leaf.
struct Redemption
{
    QString rev;
    QString redemptionId;
    QString place;     // the structure's name
    QString date;      // YYYY-MM-DD
    QString mediator;  // display name of the mediator
};

// An incident found by sync for the coordinator: today only « double encaissement » (one cheque
// redeemed at two places while offline: two conflicting leaves with different redemption ids).
struct Incident
{
    QString id;
    QString kind;        // "double-redemption"
    QString database;    // "territory"
    QString docId;       // cheque:<scheme>:<code>
    Redemption first;
    Redemption second;
    QString detectedAt;  // UTC ISO-8601
    QString resolvedAt;  // empty while open
    QString resolution;
};

// The incidents table (sync_incidents, migration 0008). Incidents are opened by the replicator; the
// cheques screens and `escale cheques incidents` list them; a coordinator resolves them.
class IncidentStore
{
public:
    IncidentStore(storage::Database &db, const SyncSchema &schema = SyncSchema::standard());

    // Incidents still to be dealt with, oldest first.
    QList<Incident> open() const;
    // All of them, resolved ones included.
    QList<Incident> all() const;

    // Keeps the redemption of keptRev: writes a merged revision on its branch (the kept body plus a
    // note of the resolution) and deletes every other conflicting leaf; the next sync carries both.
    Status resolve(const QString &incidentId, const QString &keptRev, const QString &note);

private:
    QList<Incident> select(const QString &where, const QVariantList &values) const;

    storage::Database &m_db;
    SyncSchema m_schema;
};

// A document whose losing leaves are kept for review (places and content: latest-wins-keep-loser).
struct Conflict
{
    QString database;
    QString docId;
    QString table;
    QString rowId;
    Revision winner;
    QList<Revision> losers;
};

class ConflictReview
{
public:
    ConflictReview(storage::Database &db, const SyncSchema &schema = SyncSchema::standard());

    QList<Conflict> list() const;
    int count() const;
    // Keeps revision rev (the winner or a loser); the other leaves are deleted.
    Status keep(const QString &database, const QString &docId, const QString &rev);

private:
    storage::Database &m_db;
    SyncSchema m_schema;
};

} // namespace escale::sync
