#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QStringList>
#include <QStringView>
#include <QVariantMap>

#include <functional>

namespace escale::storage {

// The values of one row of RecordStore::insertRows(table, columns, count, bind): `column` is an index
// into the caller's `columns`. Bind every column of every row (a value not bound again keeps the
// previous row's). A null text is written as an empty text, as everywhere in RecordStore.
class RowBinder
{
public:
    virtual ~RowBinder() = default;
    virtual void text(int column, QStringView value) = 0;
    virtual void real(int column, double value) = 0;
    virtual void integer(int column, qint64 value) = 0;
    virtual void null(int column) = 0;
};

// The one mechanism that writes the sync columns of DESIGN.md §3 (id, rev, updated_at, deleted,
// dirty, origin). Every syncable table is created with SYNC_COLUMNS in its migration, and every local
// write to it goes through a RecordStore, so that no code sets those columns by hand:
//
//   - insert() gives a new UUID (unless the record has a natural key, e.g. cheque:<scheme>:<code>),
//     the current UTC time, dirty = 1 and this installation as origin;
//   - update() stamps updated_at and dirty = 1;
//   - remove() never deletes a row: it writes a tombstone (deleted = 1, dirty = 1), which sync pushes;
//   - markSynced() and applyRemote() are for the replicator only: they record the revision the server
//     knows and clear dirty.
//
// Table and column names are checked against [a-z_][a-z0-9_]* because SQL cannot bind identifiers.
class RecordStore
{
public:
    explicit RecordStore(Database &db) : m_db(db) {}

    Result<QString> insert(const QString &table, const QVariantMap &values);
    // Many rows with the same columns through one prepared statement (a booklet of 10,000 cheques and
    // their journal). Same rules as insert(); the ids, kept or made, in the order of the rows.
    Result<QStringList> insertMany(const QString &table, const QList<QVariantMap> &rows);
    // The same with the rows as value lists in the order of `columns` (no map per row: a bulk import
    // of 100,000 rows). A row whose "id" column is empty (or a table of rows without it) gets a new id.
    Result<QStringList> insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    // The same without a value list at all: `bind(row, values)` binds each of the `count` rows (an
    // import of 100,000 places builds no QVariant). `columns` must hold "id"; a row whose id is empty
    // gets a new one. Both go through storage::StatementWriter (SQLite's C API where Qt's driver
    // shares Escale's SQLite library, else Qt SQL).
    Status insertRows(const QString &table, const QStringList &columns, qsizetype count,
                      const std::function<void(qsizetype row, RowBinder &values)> &bind);
    Status update(const QString &table, const QString &id, const QVariantMap &values);
    // Many updates with the same columns through one prepared statement (a bulk import). Each row
    // holds its "id" and the columns to write; same rules as update().
    Status updateMany(const QString &table, const QList<QVariantMap> &rows);
    Status remove(const QString &table, const QString &id);

    // Replicator side.
    Status markSynced(const QString &table, const QString &id, const QString &rev);
    Status applyRemote(const QString &table, const QString &id, const QVariantMap &values, const QString &rev,
                       bool deleted);
    // A tombstone received from the server for a row that exists here: deleted = 1, the server's rev,
    // dirty = 0; the other columns are left as they were (a tombstone carries no values).
    Status applyRemoteDeletion(const QString &table, const QString &id, const QString &rev);

    // Tables of the schema that carry the sync columns.
    QStringList syncableTables() const;
    // Rows changed locally and not yet pushed, all tables together.
    int pendingChanges() const;

    static bool isIdentifier(const QString &name);

private:
    Database &m_db;
};

} // namespace escale::storage
