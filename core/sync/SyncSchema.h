#pragma once

#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace escale::sync {

// The two kinds of server database (DESIGN.md §4–5): one per territory (places, content, frameworks,
// cheques without persons) and one per structure (pseudonymous activity figures).
enum class RemoteDatabase { Territory, Structure };

// The key under which a database's revisions and checkpoints are kept locally.
QString databaseKey(RemoteDatabase database);

// What happens when two installations edited the same document offline.
enum class ConflictPolicy {
    // CouchDB's deterministic winner is shown; the losing leaf is kept and listed for review.
    LatestWinsKeepLoser,
    // Never resolved automatically: conflicting leaves with different redemption ids open an incident.
    NeverAuto,
};

// For NeverAuto tables: the columns that describe a redemption in an incident.
struct IncidentFields
{
    QString redemptionId; // differs between two redemptions of the same document
    QString place;
    QString date;
    QString mediator;
};

// One syncable table: which documents it makes, where they go, what they carry.
struct TableSpec
{
    QString table;               // SQLite table carrying SYNC_COLUMNS
    QString docType;             // document type, also the id prefix: `docType:rowId`
    RemoteDatabase database = RemoteDatabase::Territory;
    QStringList columns;         // the only columns that go into the document (personal data never)
    ConflictPolicy policy = ConflictPolicy::LatestWinsKeepLoser;
    bool naturalIds = false;     // the row id already is the document id (cheque:<scheme>:<code>)
    IncidentFields incident;     // NeverAuto only

    QString docId(const QString &rowId) const;
    // The document field of a column: the column's name, except for names the document itself uses
    // (type, updated_at, origin), which become `<docType>_<column>` (activities.type → activity_type).
    QString fieldName(const QString &column) const;
    QString rowId(const QString &docId) const;
};

// The registry the replicator works from: every syncable table says here what it shares. A table that
// is not registered never leaves the machine.
class SyncSchema
{
public:
    // The tables of Escale (docs/sync.md lists them and what each leaves out).
    static SyncSchema standard();

    void add(const TableSpec &spec);
    const QList<TableSpec> &tables() const { return m_tables; }
    QList<TableSpec> tables(RemoteDatabase database) const;
    const TableSpec *forTable(const QString &table) const;
    // The table a document belongs to, by its id (type prefix or natural id).
    const TableSpec *forDocId(const QString &docId) const;

    // Only the tables of this schema that exist in the database, with only their existing columns
    // (a module that is not built yet simply does not sync).
    SyncSchema availableIn(const storage::Database &db) const;

private:
    QList<TableSpec> m_tables;
};

} // namespace escale::sync
