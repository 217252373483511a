#include "sync/RevisionStore.h"

#include "common/Ids.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace escale::sync {

namespace {

QString tr(const char *text)
{
    // lupdate files this tr() under the class when called from its members, and under "escale::sync"
    // when called from the free functions of this file: look in both.
    const QString translated = QCoreApplication::translate("escale::sync::RevisionStore", text);
    return translated != QString::fromUtf8(text) ? translated : QCoreApplication::translate("escale::sync", text);
}

Status sqlFailure(const QSqlQuery &q)
{
    return Status::failure(QStringLiteral("sync.storage"),
                           tr("The local sync records could not be written: %1").arg(storage::describeSqlError(q.lastError())));
}

const QString kLeaves = QStringLiteral(
    "SELECT rev, generation, parent, deleted, body FROM sync_revisions WHERE db = ? AND doc_id = ? AND leaf = 1");

Revision readRevision(const QSqlQuery &q, bool leaf)
{
    Revision r;
    r.rev = q.value(0).toString();
    r.generation = q.value(1).toInt();
    r.parent = q.value(2).toString();
    r.deleted = q.value(3).toInt() != 0;
    r.leaf = leaf;
    r.hasBody = !q.value(4).isNull();
    if (r.hasBody)
        r.body = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    return r;
}

} // namespace

bool RevisionStore::run(QSqlQuery *&q, const QString &sql, const QVariantList &values, Status *error) const
{
    // Prepared once per store and re-run: most of a sync's time used to be SQL parsing.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_shared<QSqlQuery>(m_db.connection());
        if (!prepared->prepare(sql)) {
            *error = sqlFailure(*prepared);
            return false;
        }
        it = m_statements.insert(sql, prepared);
    }
    q = it->get();
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        *error = sqlFailure(*q);
        return false;
    }
    return true;
}

RevisionStore::RevisionStore(storage::Database &db, const SyncSchema &schema)
    : m_db(db)
    , m_schema(schema)
{
}

bool RevisionStore::parseRev(const QString &rev, int *generation, QString *hash)
{
    static const QRegularExpression re(QStringLiteral("^([1-9][0-9]{0,8})-([0-9A-Za-z]{1,64})$"));
    const auto m = re.match(rev);
    if (!m.hasMatch())
        return false;
    if (generation)
        *generation = m.captured(1).toInt();
    if (hash)
        *hash = m.captured(2);
    return true;
}

QString RevisionStore::computeRev(int generation, const QString &parent, const QJsonObject &body, bool deleted)
{
    QByteArray data = parent.toUtf8();
    data += deleted ? "\n1\n" : "\n0\n";
    data += QJsonDocument(body).toJson(QJsonDocument::Compact);
    return QStringLiteral("%1-%2").arg(generation).arg(
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
}

QString RevisionStore::winnerOf(const QList<Revision> &leaves)
{
    const Revision *best = nullptr;
    for (const Revision &r : leaves) {
        if (!best) {
            best = &r;
            continue;
        }
        // Non-deleted first, then the highest generation, then the highest revision id (CouchDB).
        if (r.deleted != best->deleted) {
            if (!r.deleted)
                best = &r;
            continue;
        }
        if (r.generation != best->generation) {
            if (r.generation > best->generation)
                best = &r;
            continue;
        }
        if (r.rev > best->rev)
            best = &r;
    }
    return best ? best->rev : QString();
}

QJsonValue RevisionStore::toJson(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::Bool:
        return QJsonValue(value.toBool() ? 1 : 0);
    default:
        return QJsonValue(value.toString());
    }
}

QVariant RevisionStore::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QVariant();
}

namespace {

QStringList captureColumns(const TableSpec &spec)
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("deleted"),
                        QStringLiteral("updated_at"), QStringLiteral("origin")};
    return columns + spec.columns;
}

} // namespace

Result<int> RevisionStore::captureLocalEdits()
{
    return captureLocalEdits(0);
}

Result<int> RevisionStore::captureLocalEdits(int limit)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    int count = 0;
    for (const TableSpec &spec : m_schema.tables()) {
        if (!storage::RecordStore::isIdentifier(spec.table))
            return Error{QStringLiteral("sync.schema"), tr("Bad table name %1.").arg(spec.table)};
        if (limit > 0 && count >= limit)
            break;
        QSqlQuery *q = nullptr;
        Status error;
        if (!run(q,
                 QStringLiteral("SELECT %1 FROM %2 WHERE dirty = 1 LIMIT ?")
                     .arg(captureColumns(spec).join(QStringLiteral(", ")), spec.table),
                 {limit > 0 ? limit - count : -1}, &error))
            return error.error();
        QList<QVariantList> rows;
        while (q->next()) {
            QVariantList row;
            for (int i = 0; i < spec.columns.size() + 5; ++i)
                row << q->value(i);
            rows << row;
        }
        q->finish();
        for (const QVariantList &row : rows) {
            if (Status s = captureValues(spec, row); !s)
                return s.error();
            ++count;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return count;
}

Status RevisionStore::captureRow(const TableSpec &spec, const QString &rowId)
{
    if (!storage::RecordStore::isIdentifier(spec.table))
        return Status::failure(QStringLiteral("sync.schema"), tr("Bad table name %1.").arg(spec.table));
    QSqlQuery *q = nullptr;
    Status error;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                 .arg(captureColumns(spec).join(QStringLiteral(", ")), spec.table),
             {rowId}, &error))
        return error;
    if (!q->next())
        return {};
    QVariantList row;
    for (int i = 0; i < spec.columns.size() + 5; ++i)
        row << q->value(i);
    q->finish();
    return captureValues(spec, row);
}

Status RevisionStore::captureValues(const TableSpec &spec, const QVariantList &row)
{
    const QString db = databaseKey(spec.database);
    const QString rowId = row.at(0).toString();
    const QString docId = spec.docId(rowId);
    const QString rowRev = row.at(1).toString();
    const bool deleted = row.at(2).toInt() != 0;
    QJsonObject body{{QStringLiteral("type"), spec.docType}};
    if (!deleted) {
        body.insert(QStringLiteral("updated_at"), row.at(3).toString());
        body.insert(QStringLiteral("origin"), row.at(4).toString());
        for (int i = 0; i < spec.columns.size(); ++i)
            body.insert(spec.fieldName(spec.columns.at(i)), toJson(row.at(5 + i)));
    }

    QString parent;
    if (!rowRev.isEmpty() && has(db, docId, rowRev))
        parent = rowRev;
    storage::RecordStore records(m_db);
    if (deleted && parent.isEmpty() && leaves(db, docId).isEmpty())
        return records.markSynced(spec.table, rowId, QString()); // created and deleted before any sync

    // The same content as the revision the row shows: nothing new to say.
    if (!parent.isEmpty()) {
        if (auto current = revision(db, docId, parent); current && current->hasBody && current->deleted == deleted) {
            QJsonObject a = current->body, b = body;
            a.remove(QStringLiteral("updated_at"));
            b.remove(QStringLiteral("updated_at"));
            if (a == b)
                return records.markSynced(spec.table, rowId, parent);
        }
    }
    // Where the document stands: an edit of the winner of a document without conflicts (or the first
    // revision of a new one) stays the winner, and the row already shows it.
    QSqlQuery *q = nullptr;
    Status error;
    QSqlQuery *state = nullptr;
    if (!run(state, QStringLiteral("SELECT winner, conflicted FROM sync_documents WHERE db = ? AND doc_id = ?"),
             {db, docId}, &error))
        return error;
    const bool known = state->next();
    const bool simple = !deleted
        && (known ? state->value(0).toString() == parent && state->value(1).toInt() == 0 : parent.isEmpty());
    state->finish();
    // The body is serialised once: for the revision id and for the stored body.
    Result<QString> rev = addLocalRevisionJson(db, docId, parent, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                               deleted, simple);
    if (!rev)
        return rev.error();
    // RecordStore::markSynced, as a statement prepared once (10,000 rows per run are common).
    if (!run(q, QStringLiteral("UPDATE %1 SET rev = ?, dirty = 0 WHERE id = ?").arg(spec.table), {*rev, rowId}, &error))
        return error;
    if (simple)
        return {};
    Result<SettleOutcome> settled = settle(db, docId);
    if (!settled)
        return settled.error();
    return {};
}

QStringList RevisionStore::leafRevs(const QString &db, const QString &docId) const
{
    QStringList result;
    QSqlQuery *q = nullptr;
    Status error;
    if (!run(q, QStringLiteral("SELECT rev FROM sync_revisions WHERE db = ? AND doc_id = ? AND leaf = 1"), {db, docId},
             &error))
        return result;
    while (q->next())
        result << q->value(0).toString();
    q->finish();
    return result;
}

QByteArray RevisionStore::pushDocument(const QString &db, const QString &docId, const QString &rev) const
{
    QSqlQuery *q = nullptr;
    Status error;
    if (!run(q,
             QStringLiteral("SELECT generation, parent, deleted, body FROM sync_revisions "
                            "WHERE db = ? AND doc_id = ? AND rev = ?"),
             {db, docId, rev}, &error)
        || !q->next())
        return {};
    const int generation = q->value(0).toInt();
    const bool hasParent = !q->value(1).isNull() && !q->value(1).toString().isEmpty();
    const bool deleted = q->value(2).toInt() != 0;
    const QVariant bodyValue = q->value(3);
    q->finish();
    if (bodyValue.isNull())
        return {}; // an ancestor known only by its id
    QByteArray body = bodyValue.toString().toUtf8();
    QStringList hashes;
    if (hasParent) {
        hashes = ancestryHashes(db, docId, rev);
    } else {
        QString hash;
        if (parseRev(rev, nullptr, &hash))
            hashes << hash;
    }
    QJsonObject meta{{QStringLiteral("_id"), docId},
                     {QStringLiteral("_rev"), rev},
                     {QStringLiteral("_revisions"),
                      QJsonObject{{QStringLiteral("start"), generation},
                                  {QStringLiteral("ids"), QJsonArray::fromStringList(hashes)}}}};
    if (deleted)
        meta.insert(QStringLiteral("_deleted"), true);
    // Bodies are stored as compact JSON objects written here (keys never start with '_'): the
    // document is the metadata object with the body's members appended, no parse needed.
    if (body.size() < 2 || body.front() != '{' || body.back() != '}') {
        const QJsonObject parsed = QJsonDocument::fromJson(body).object();
        for (auto it = parsed.constBegin(); it != parsed.constEnd(); ++it)
            meta.insert(it.key(), it.value());
        return QJsonDocument(meta).toJson(QJsonDocument::Compact);
    }
    QByteArray doc = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    if (body.size() > 2) {
        doc.chop(1); // the closing brace
        doc += ',';
        doc += QByteArrayView(body).sliced(1);
    }
    return doc;
}

bool RevisionStore::has(const QString &db, const QString &docId, const QString &rev) const
{
    QSqlQuery *q = nullptr;
    Status error;
    if (!run(q, QStringLiteral("SELECT 1 FROM sync_revisions WHERE db = ? AND doc_id = ? AND rev = ?"), {db, docId, rev},
             &error))
        return false;
    const bool found = q->next();
    q->finish();
    return found;
}

QList<Revision> RevisionStore::leaves(const QString &db, const QString &docId) const
{
    QList<Revision> result;
    QSqlQuery *q = nullptr;
    Status error;
    if (!run(q, kLeaves, {db, docId}, &error))
        return result;
    while (q->next())
        result << readRevision(*q, true);
    q->finish();
    return result;
}

std::optional<Revision> RevisionStore::revision(const QString &db, const QString &docId, const QString &rev) const
{
    QSqlQuery *q = nullptr;
    Status error;
    if (!run(q,
             QStringLiteral("SELECT rev, generation, parent, deleted, body, leaf FROM sync_revisions "
                            "WHERE db = ? AND doc_id = ? AND rev = ?"),
             {db, docId, rev}, &error)
        || !q->next())
        return std::nullopt;
    Revision r = readRevision(*q, q->value(5).toInt() != 0);
    q->finish();
    return r;
}

QStringList RevisionStore::ancestryHashes(const QString &db, const QString &docId, const QString &rev, int limit) const
{
    QStringList hashes;
    QSqlQuery *q = nullptr;
    Status error;
    if (!run(q,
             QStringLiteral("WITH RECURSIVE chain(rev, parent, n) AS ("
                            " SELECT rev, parent, 0 FROM sync_revisions WHERE db = ? AND doc_id = ? AND rev = ?"
                            " UNION ALL SELECT r.rev, r.parent, c.n + 1 FROM sync_revisions r JOIN chain c"
                            " ON r.db = ? AND r.doc_id = ? AND r.rev = c.parent WHERE c.n + 1 < ?)"
                            " SELECT rev FROM chain ORDER BY n"),
             {db, docId, rev, db, docId, limit}, &error))
        return hashes;
    int expected = -1;
    while (q->next()) {
        int generation = 0;
        QString hash;
        if (!parseRev(q->value(0).toString(), &generation, &hash))
            break;
        if (expected >= 0 && generation != expected)
            break; // a gap: _revisions must be contiguous
        hashes << hash;
        expected = generation - 1;
    }
    q->finish();
    return hashes;
}

Status RevisionStore::storeRemote(const QString &db, const IncomingRevision &in)
{
    QSqlQuery *q = nullptr;
    Status error;
    const QStringList &a = in.ancestry.isEmpty() ? QStringList{in.rev} : in.ancestry;
    // Ancestors, oldest first: known only by their id.
    for (qsizetype i = a.size() - 1; i >= 1; --i) {
        int generation = 0;
        parseRev(a.at(i), &generation);
        const QVariant parent = i + 1 < a.size() ? QVariant(a.at(i + 1)) : QVariant(QMetaType(QMetaType::QString));
        if (!run(q,
                 QStringLiteral("INSERT INTO sync_revisions (db, doc_id, rev, generation, parent, leaf, deleted, body) "
                                "VALUES (?, ?, ?, ?, ?, 0, 0, NULL) ON CONFLICT (db, doc_id, rev) DO UPDATE SET "
                                "leaf = 0, parent = coalesce(sync_revisions.parent, excluded.parent)"),
                 {db, in.docId, a.at(i), generation, parent}, &error))
            return error;
    }
    int generation = 0;
    parseRev(in.rev, &generation);
    const QVariant parent = a.size() > 1 ? QVariant(a.at(1)) : QVariant(QMetaType(QMetaType::QString));
    const QString body = QString::fromUtf8(QJsonDocument(in.body).toJson(QJsonDocument::Compact));
    if (!run(q,
             QStringLiteral("INSERT INTO sync_revisions (db, doc_id, rev, generation, parent, leaf, deleted, body) "
                            "VALUES (?, ?, ?, ?, ?, NOT EXISTS (SELECT 1 FROM sync_revisions c WHERE c.db = ? "
                            "AND c.doc_id = ? AND c.parent = ?), ?, ?) ON CONFLICT (db, doc_id, rev) DO UPDATE SET "
                            "body = coalesce(sync_revisions.body, excluded.body), deleted = excluded.deleted, "
                            "parent = coalesce(sync_revisions.parent, excluded.parent)"),
             {db, in.docId, in.rev, generation, parent, db, in.docId, in.rev, in.deleted ? 1 : 0, body}, &error))
        return error;
    if (!run(q, QStringLiteral("INSERT OR IGNORE INTO sync_documents (db, doc_id, local_seq) VALUES (?, ?, 0)"),
             {db, in.docId}, &error))
        return error;
    return {};
}

Result<QString> RevisionStore::addLocalRevision(const QString &db, const QString &docId, const QString &parentRev,
                                                const QJsonObject &body, bool deleted)
{
    return addLocalRevisionJson(db, docId, parentRev, QJsonDocument(body).toJson(QJsonDocument::Compact), deleted,
                                false);
}

Result<QString> RevisionStore::addLocalRevisionJson(const QString &db, const QString &docId, const QString &parentRev,
                                                    const QByteArray &bodyJson, bool deleted, bool setWinner)
{
    int generation = 1;
    if (!parentRev.isEmpty()) {
        int parentGeneration = 0;
        if (!parseRev(parentRev, &parentGeneration))
            return Error{QStringLiteral("sync.bad-revision"), tr("« %1 » is not a revision id.").arg(parentRev)};
        generation = parentGeneration + 1;
    }
    // computeRev's hash, on the bytes already serialised.
    QByteArray data = parentRev.toUtf8();
    data += deleted ? "\n1\n" : "\n0\n";
    data += bodyJson;
    const QString rev = QString::number(generation) + QLatin1Char('-')
        + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
    QSqlQuery *q = nullptr;
    Status error;
    const QVariant parent = parentRev.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(parentRev);
    if (!run(q,
             QStringLiteral("INSERT OR IGNORE INTO sync_revisions (db, doc_id, rev, generation, parent, leaf, deleted, "
                            "body) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
             {db, docId, rev, generation, parent, deleted ? 1 : 0, QString::fromUtf8(bodyJson)}, &error))
        return error.error();
    if (!parentRev.isEmpty()
        && !run(q, QStringLiteral("UPDATE sync_revisions SET leaf = 0 WHERE db = ? AND doc_id = ? AND rev = ?"),
                {db, docId, parentRev}, &error))
        return error.error();
    if (setWinner) {
        if (!run(q,
                 QStringLiteral("INSERT INTO sync_documents (db, doc_id, local_seq, winner) VALUES (?, ?, (SELECT "
                                "coalesce(max(local_seq), 0) + 1 FROM sync_documents WHERE db = ?), ?) ON CONFLICT "
                                "(db, doc_id) DO UPDATE SET local_seq = excluded.local_seq, winner = excluded.winner"),
                 {db, docId, db, rev}, &error))
            return error.error();
        return rev;
    }
    if (!run(q,
             QStringLiteral("INSERT INTO sync_documents (db, doc_id, local_seq) VALUES (?, ?, (SELECT "
                            "coalesce(max(local_seq), 0) + 1 FROM sync_documents WHERE db = ?)) ON CONFLICT (db, doc_id) "
                            "DO UPDATE SET local_seq = excluded.local_seq"),
             {db, docId, db}, &error))
        return error.error();
    return rev;
}

Status RevisionStore::applyRemoteRow(const QString &table, const QString &id, const QVariantMap &values,
                                     const QString &rev)
{
    // RecordStore::applyRemote, whose statement Database::exec prepares once per column set.
    return storage::RecordStore(m_db).applyRemote(table, id, values, rev, false);
}

Result<SettleOutcome> RevisionStore::settle(const QString &db, const QString &docId)
{
    SettleOutcome outcome;
    const QList<Revision> all = leaves(db, docId);
    const QString winner = winnerOf(all);
    int alive = 0;
    const Revision *win = nullptr;
    for (const Revision &r : all) {
        if (!r.deleted)
            ++alive;
        if (r.rev == winner)
            win = &r;
    }
    outcome.conflicted = alive > 1;
    QSqlQuery *q = nullptr;
    Status error;
    if (!run(q, QStringLiteral("UPDATE sync_documents SET winner = ?, conflicted = ? WHERE db = ? AND doc_id = ?"),
             {winner, outcome.conflicted ? 1 : 0, db, docId}, &error))
        return error.error();

    const TableSpec *spec = m_schema.forDocId(docId);
    if (!spec || databaseKey(spec->database) != db || !win)
        return outcome;
    const QString rowId = spec->rowId(docId);
    if (!run(q, QStringLiteral("SELECT rev, deleted, dirty FROM %1 WHERE id = ?").arg(spec->table), {rowId}, &error))
        return error.error();
    const bool exists = q->next();
    const QString rowRev = exists ? q->value(0).toString() : QString();
    const bool rowDeleted = exists && q->value(1).toInt() != 0;
    const bool rowDirty = exists && q->value(2).toInt() != 0;
    q->finish();
    if (rowDirty) {
        // An edit made here since the last capture: it becomes a revision first, then competes.
        if (Status s = captureRow(*spec, rowId); !s)
            return s.error();
        return settle(db, docId);
    }

    storage::RecordStore records(m_db);
    if (!(exists && rowRev == win->rev && rowDeleted == win->deleted)) {
        if (win->deleted) {
            if (exists) {
                if (Status s = records.applyRemoteDeletion(spec->table, rowId, win->rev); !s)
                    outcome.failure = s.errorMessage();
                else
                    outcome.rowChanged = true;
            }
        } else {
            QVariantMap values;
            for (const QString &c : spec->columns)
                if (win->body.contains(spec->fieldName(c)))
                    values.insert(c, fromJson(win->body.value(spec->fieldName(c))));
            if (Status s = applyRemoteRow(spec->table, rowId, values, win->rev); !s)
                outcome.failure = s.errorMessage();
            else
                outcome.rowChanged = true;
        }
    }
    if (spec->policy == ConflictPolicy::NeverAuto) {
        if (Status s = openIncidents(db, docId, *spec, all, &outcome.incidentsOpened); !s)
            return s.error();
    }
    return outcome;
}

Status RevisionStore::openIncidents(const QString &db, const QString &docId, const TableSpec &spec,
                                    const QList<Revision> &all, int *opened)
{
    *opened = 0;
    QList<Revision> redeemed;
    for (const Revision &r : all)
        if (!r.deleted && !r.body.value(spec.fieldName(spec.incident.redemptionId)).toString().isEmpty())
            redeemed << r;
    std::sort(redeemed.begin(), redeemed.end(), [&](const Revision &a, const Revision &b) {
        const QString key = spec.fieldName(spec.incident.redemptionId);
        return a.body.value(key).toString() < b.body.value(key).toString();
    });
    QSqlQuery *q = nullptr;
    Status error;
    QStringList livePairs;
    for (qsizetype i = 0; i < redeemed.size(); ++i) {
        for (qsizetype j = i + 1; j < redeemed.size(); ++j) {
            const Revision &a = redeemed.at(i);
            const Revision &b = redeemed.at(j);
            const QString ra = a.body.value(spec.fieldName(spec.incident.redemptionId)).toString();
            const QString rb = b.body.value(spec.fieldName(spec.incident.redemptionId)).toString();
            if (ra == rb)
                continue;
            livePairs << ra + QLatin1Char('|') + rb;
            auto field = [&](const Revision &r, const QString &name) {
                return name.isEmpty() ? QString()
                                      : RevisionStore::fromJson(r.body.value(spec.fieldName(name))).toString();
            };
            if (!run(q,
                     QStringLiteral(
                         "INSERT OR IGNORE INTO sync_incidents (id, kind, db, doc_id, first_rev, first_redemption, "
                         "first_place, first_date, first_mediator, second_rev, second_redemption, second_place, "
                         "second_date, second_mediator, detected_at) VALUES "
                         "(?, 'double-redemption', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {ids::newId(), db, docId, a.rev, ra, field(a, spec.incident.place), field(a, spec.incident.date),
                      field(a, spec.incident.mediator), b.rev, rb, field(b, spec.incident.place),
                      field(b, spec.incident.date), field(b, spec.incident.mediator), m_db.clock().nowIso()},
                     &error))
                return error;
            *opened += q->numRowsAffected() > 0 ? 1 : 0;
        }
    }
    // Incidents whose two redemptions no longer conflict were resolved (here or elsewhere).
    if (!run(q,
             QStringLiteral("SELECT id, first_redemption, second_redemption FROM sync_incidents "
                            "WHERE doc_id = ? AND resolved_at IS NULL"),
             {docId}, &error))
        return error;
    QStringList toClose;
    while (q->next())
        if (!livePairs.contains(q->value(1).toString() + QLatin1Char('|') + q->value(2).toString()))
            toClose << q->value(0).toString();
    q->finish();
    for (const QString &id : toClose)
        if (!run(q,
                 QStringLiteral("UPDATE sync_incidents SET resolved_at = ?, resolution = 'resolved-elsewhere' "
                                "WHERE id = ?"),
                 {m_db.clock().nowIso(), id}, &error))
            return error;
    return {};
}

QList<RevisionStore::Change> RevisionStore::changesSince(const QString &db, qint64 since, int limit) const
{
    QList<Change> result;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT local_seq, doc_id FROM sync_documents WHERE db = ? AND local_seq > ? "
                             "ORDER BY local_seq LIMIT ?"));
    query.addBindValue(db);
    query.addBindValue(since);
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next())
        result << Change{query.value(0).toLongLong(), query.value(1).toString()};
    return result;
}

int RevisionStore::countChangesSince(const QString &db, qint64 since) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM sync_documents WHERE db = ? AND local_seq > ?"));
    query.addBindValue(db);
    query.addBindValue(since);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

std::optional<QJsonObject> RevisionStore::localDoc(const QString &db, const QString &id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT body FROM sync_local_docs WHERE db = ? AND id = ?"));
    query.addBindValue(db);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

Status RevisionStore::putLocalDoc(const QString &db, const QString &id, const QJsonObject &body)
{
    return m_db.exec(QStringLiteral("INSERT INTO sync_local_docs (db, id, body) VALUES (?, ?, ?) "
                                    "ON CONFLICT (db, id) DO UPDATE SET body = excluded.body"),
                     {db, id, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))});
}

QStringList RevisionStore::conflictedDocuments(const QString &db) const
{
    QStringList result;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT doc_id FROM sync_documents WHERE db = ? AND conflicted = 1 ORDER BY doc_id"));
    query.addBindValue(db);
    if (query.exec())
        while (query.next())
            result << query.value(0).toString();
    return result;
}

} // namespace escale::sync
