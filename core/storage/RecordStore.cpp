#include "storage/RecordStore.h"

#include "common/Ids.h"
#include "storage/StatementWriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace escale::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::storage::RecordStore", text);
}

const QSet<QString> &managedColumns()
{
    static const QSet<QString> columns{QStringLiteral("rev"), QStringLiteral("updated_at"), QStringLiteral("deleted"),
                                       QStringLiteral("dirty"), QStringLiteral("origin")};
    return columns;
}

Status badName(const QString &name)
{
    return Status::failure(QStringLiteral("storage.bad-identifier"),
                           tr("Internal error: « %1 » is not a valid table or column name.").arg(name));
}

Status checkColumns(const QString &table, const QVariantMap &values)
{
    if (!RecordStore::isIdentifier(table))
        return badName(table);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!RecordStore::isIdentifier(it.key()))
            return badName(it.key());
        if (managedColumns().contains(it.key()))
            return Status::failure(QStringLiteral("storage.managed-column"),
                                   tr("Internal error: the column %1 is managed by the sync mechanism.").arg(it.key()));
    }
    return {};
}

} // namespace

bool RecordStore::isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

Result<QString> RecordStore::insert(const QString &table, const QVariantMap &values)
{
    if (Status s = checkColumns(table, values); !s)
        return s.error();
    QVariantMap row = values;
    QString id = row.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = ids::newId();
    row.insert(QStringLiteral("id"), id);

    QStringList columns = row.keys();
    QVariantList bound;
    for (const QString &c : columns)
        bound << row.value(c);
    columns << QStringLiteral("updated_at") << QStringLiteral("deleted") << QStringLiteral("dirty")
            << QStringLiteral("origin");
    bound << m_db.clock().nowIso() << 0 << 1 << m_db.installationId();

    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (Status s = m_db.exec(sql, bound); !s)
        return s.error();
    return id;
}

Result<QStringList> RecordStore::insertMany(const QString &table, const QList<QVariantMap> &rows)
{
    QStringList ids;
    if (rows.isEmpty())
        return ids;
    QVariantMap first = rows.first();
    first.insert(QStringLiteral("id"), QString());
    if (Status s = checkColumns(table, first); !s)
        return s.error();
    const QStringList valueColumns = first.keys();
    QStringList columns = valueColumns;
    columns << QStringLiteral("updated_at") << QStringLiteral("deleted") << QStringLiteral("dirty")
            << QStringLiteral("origin");
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return Error{QStringLiteral("storage.query-failed"), describeSqlError(q.lastError())};
    const QString now = m_db.clock().nowIso();
    ids.reserve(rows.size());
    for (const QVariantMap &row : rows) {
        QString id = row.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            id = ids::newId();
        if (row.size() + (row.contains(QStringLiteral("id")) ? 0 : 1) != valueColumns.size())
            return Error{QStringLiteral("storage.bad-row"),
                         tr("Internal error: the rows written to %1 do not all have the same columns.").arg(table)};
        for (const QString &c : valueColumns) {
            const QVariant v = c == QLatin1String("id") ? QVariant(id) : row.value(c);
            // As Database::exec: a null QString is an empty text, not SQL NULL.
            q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral(""))
                                                                                      : v);
        }
        q.addBindValue(now);
        q.addBindValue(0);
        q.addBindValue(1);
        q.addBindValue(m_db.installationId());
        if (!q.exec())
            return Error{QStringLiteral("storage.query-failed"),
                         tr("The database refused a change: %1").arg(describeSqlError(q.lastError()))};
        ids << id;
    }
    return ids;
}

namespace {

// The INSERT of insertRows(): the caller's columns (with "id" first when they lack it), then the sync
// columns, bound once for every row.
struct RowInsert
{
    QString sql;
    int offset = 0; // 1 when "id" was prepended
    int tail = 0; // index of updated_at
};

RowInsert rowInsert(const QString &table, const QStringList &columns, qsizetype idColumn)
{
    QStringList all = columns;
    if (idColumn < 0)
        all.prepend(QStringLiteral("id"));
    RowInsert r;
    r.offset = idColumn < 0 ? 1 : 0;
    r.tail = int(columns.size()) + r.offset;
    all << QStringLiteral("updated_at") << QStringLiteral("deleted") << QStringLiteral("dirty")
        << QStringLiteral("origin");
    QStringList marks;
    marks.fill(QStringLiteral("?"), all.size());
    r.sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, all.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    return r;
}

Status checkRowColumns(const QString &table, const QStringList &columns)
{
    QVariantMap names;
    for (const QString &c : columns)
        names.insert(c, QVariant());
    return checkColumns(table, names);
}

} // namespace

Result<QStringList> RecordStore::insertRows(const QString &table, const QStringList &columns,
                                            const QList<QVariantList> &rows)
{
    QStringList ids;
    if (rows.isEmpty())
        return ids;
    if (Status s = checkRowColumns(table, columns); !s)
        return s.error();
    const qsizetype idColumn = columns.indexOf(QStringLiteral("id"));
    const RowInsert insert = rowInsert(table, columns, idColumn);
    StatementWriter q(m_db, insert.sql);
    if (!q.isValid())
        return q.status().error();
    // The same for every row (bound once: a prepared statement keeps its bound values).
    q.bindText(insert.tail, m_db.clock().nowIso());
    q.bindInteger(insert.tail + 1, 0);
    q.bindInteger(insert.tail + 2, 1);
    q.bindText(insert.tail + 3, m_db.installationId());
    ids.reserve(rows.size());
    for (const QVariantList &row : rows) {
        if (row.size() != columns.size())
            return Error{QStringLiteral("storage.bad-row"),
                         tr("Internal error: the rows written to %1 do not all have the same columns.").arg(table)};
        QString id = idColumn >= 0 ? row.at(idColumn).toString() : QString();
        if (id.isEmpty())
            id = ids::newId();
        if (insert.offset)
            q.bindText(0, id);
        for (int c = 0; c < int(row.size()); ++c) {
            if (c == idColumn)
                q.bindText(c + insert.offset, id);
            else
                q.bindValue(c + insert.offset, row.at(c)); // a null QString: an empty text
        }
        if (Status s = q.exec(); !s)
            return s.error();
        ids << id;
    }
    return ids;
}

Status RecordStore::insertRows(const QString &table, const QStringList &columns, qsizetype count,
                               const std::function<void(qsizetype, RowBinder &)> &bind)
{
    if (count <= 0)
        return {};
    if (Status s = checkRowColumns(table, columns); !s)
        return s;
    const qsizetype idColumn = columns.indexOf(QStringLiteral("id"));
    if (idColumn < 0)
        return Status::failure(QStringLiteral("storage.bad-row"),
                               tr("Internal error: the rows written to %1 do not all have the same columns.").arg(table));
    const RowInsert insert = rowInsert(table, columns, idColumn);
    StatementWriter q(m_db, insert.sql);
    if (!q.isValid())
        return q.status();
    q.bindText(insert.tail, m_db.clock().nowIso());
    q.bindInteger(insert.tail + 1, 0);
    q.bindInteger(insert.tail + 2, 1);
    q.bindText(insert.tail + 3, m_db.installationId());

    // The caller binds its columns only; the id is given one when empty.
    class Binder final : public RowBinder
    {
    public:
        Binder(StatementWriter &writer, int idColumn, int columnCount)
            : m_writer(writer), m_idColumn(idColumn), m_columnCount(columnCount)
        { }
        void text(int column, QStringView value) override
        {
            if (column < 0 || column >= m_columnCount)
                return;
            if (column == m_idColumn) {
                m_idBound = true;
                if (value.isEmpty()) {
                    m_newId = ids::newId();
                    m_writer.bindText(column, m_newId);
                    return;
                }
            }
            m_writer.bindText(column, value);
        }
        void real(int column, double value) override
        {
            if (column >= 0 && column < m_columnCount && column != m_idColumn)
                m_writer.bindReal(column, value);
        }
        void integer(int column, qint64 value) override
        {
            if (column >= 0 && column < m_columnCount && column != m_idColumn)
                m_writer.bindInteger(column, value);
        }
        void null(int column) override
        {
            if (column >= 0 && column < m_columnCount && column != m_idColumn)
                m_writer.bindNull(column);
        }

    private:
        StatementWriter &m_writer;
        int m_idColumn;
        int m_columnCount;
        QString m_newId;

    public:
        bool m_idBound = false;
    } binder(q, int(idColumn), int(columns.size()));
    for (qsizetype row = 0; row < count; ++row) {
        binder.m_idBound = false;
        bind(row, binder);
        if (!binder.m_idBound)
            binder.text(int(idColumn), QStringView()); // a row that binds no id gets a new one
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

Status RecordStore::update(const QString &table, const QString &id, const QVariantMap &values)
{
    if (Status s = checkColumns(table, values); !s)
        return s;
    QStringList sets;
    QVariantList bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        sets << it.key() + QStringLiteral(" = ?");
        bound << it.value();
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("dirty = 1");
    bound << m_db.clock().nowIso() << id;
    return m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
                     bound);
}

Status RecordStore::updateMany(const QString &table, const QList<QVariantMap> &rows)
{
    if (rows.isEmpty())
        return {};
    if (Status s = checkColumns(table, rows.first()); !s)
        return s;
    QStringList valueColumns;
    QStringList sets;
    for (auto it = rows.first().cbegin(); it != rows.first().cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        valueColumns << it.key();
        sets << it.key() + QStringLiteral(" = ?");
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("dirty = 1");
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", ")))))
        return Status::failure(QStringLiteral("storage.query-failed"), describeSqlError(q.lastError()));
    const QString now = m_db.clock().nowIso();
    for (const QVariantMap &row : rows) {
        const QString id = row.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || row.size() != valueColumns.size() + 1)
            return Status::failure(QStringLiteral("storage.bad-row"),
                                   tr("Internal error: the rows written to %1 do not all have the same columns.").arg(table));
        for (const QString &c : valueColumns) {
            // As Database::exec(): a null QString is an empty text, not SQL NULL.
            const QVariant v = row.value(c);
            if (v.typeId() == QMetaType::QString && v.toString().isNull())
                q.addBindValue(QStringLiteral(""));
            else
                q.addBindValue(v);
        }
        q.addBindValue(now);
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(QStringLiteral("storage.query-failed"),
                                   tr("The database refused a change: %1").arg(describeSqlError(q.lastError())));
    }
    return {};
}

Status RecordStore::remove(const QString &table, const QString &id)
{
    if (!isIdentifier(table))
        return badName(table);
    return m_db.exec(QStringLiteral("UPDATE %1 SET deleted = 1, dirty = 1, updated_at = ? WHERE id = ?").arg(table),
                     {m_db.clock().nowIso(), id});
}

Status RecordStore::markSynced(const QString &table, const QString &id, const QString &rev)
{
    if (!isIdentifier(table))
        return badName(table);
    return m_db.exec(QStringLiteral("UPDATE %1 SET rev = ?, dirty = 0 WHERE id = ?").arg(table), {rev, id});
}

Status RecordStore::applyRemote(const QString &table, const QString &id, const QVariantMap &values,
                                const QString &rev, bool deleted)
{
    if (Status s = checkColumns(table, values); !s)
        return s;
    QVariantMap row = values;
    row.insert(QStringLiteral("id"), id);
    QStringList columns = row.keys();
    QVariantList bound;
    for (const QString &c : columns)
        bound << row.value(c);
    columns << QStringLiteral("rev") << QStringLiteral("updated_at") << QStringLiteral("deleted")
            << QStringLiteral("dirty") << QStringLiteral("origin");
    bound << rev << m_db.clock().nowIso() << (deleted ? 1 : 0) << 0
          << values.value(QStringLiteral("origin"), QStringLiteral("remote")).toString();
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    QStringList updates;
    for (const QString &c : columns)
        if (c != QLatin1String("id") && c != QLatin1String("origin"))
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
                            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                                 updates.join(QStringLiteral(", ")));
    return m_db.exec(sql, bound);
}

Status RecordStore::applyRemoteDeletion(const QString &table, const QString &id, const QString &rev)
{
    if (!isIdentifier(table))
        return badName(table);
    return m_db.exec(
        QStringLiteral("UPDATE %1 SET deleted = 1, dirty = 0, rev = ?, updated_at = ? WHERE id = ?").arg(table),
        {rev, m_db.clock().nowIso(), id});
}

QStringList RecordStore::syncableTables() const
{
    // One query over the schema: the tables that have all six sync columns.
    QStringList tables;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral(
        "SELECT m.name FROM sqlite_master AS m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
        "AND (SELECT count(*) FROM pragma_table_info(m.name) AS p "
        "     WHERE p.name IN ('id', 'rev', 'updated_at', 'deleted', 'dirty', 'origin')) = 6 "
        "ORDER BY m.name"));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

int RecordStore::pendingChanges() const
{
    const QStringList tables = syncableTables();
    if (tables.isEmpty())
        return 0;
    QStringList counts;
    for (const QString &table : tables)
        counts << QStringLiteral("(SELECT count(*) FROM %1 WHERE dirty = 1)").arg(table);
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + "))) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace escale::storage
