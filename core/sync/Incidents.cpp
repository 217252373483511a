#include "sync/Incidents.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace escale::sync {

namespace {

QString tr(const char *text)
{
    // lupdate files this tr() under the class when called from its members, and under "escale::sync"
    // when called from the free functions of this file: look in both.
    const QString translated = QCoreApplication::translate("escale::sync::IncidentStore", text);
    return translated != QString::fromUtf8(text) ? translated : QCoreApplication::translate("escale::sync", text);
}

// Deletes every non-deleted leaf except `kept`, and, when a merged body is given, writes it as a child
// of `kept`. Runs in the caller's transaction.
Status keepOnly(RevisionStore &store, const QString &db, const QString &docId, const Revision &kept,
                const std::optional<QJsonObject> &merged)
{
    for (const Revision &leaf : store.leaves(db, docId)) {
        if (leaf.rev == kept.rev || leaf.deleted)
            continue;
        QJsonObject tombstone{{QStringLiteral("type"), leaf.body.value(QStringLiteral("type"))}};
        if (Result<QString> r = store.addLocalRevision(db, docId, leaf.rev, tombstone, true); !r)
            return r.error();
    }
    if (merged) {
        if (Result<QString> r = store.addLocalRevision(db, docId, kept.rev, *merged, false); !r)
            return r.error();
    }
    Result<SettleOutcome> settled = store.settle(db, docId);
    if (!settled)
        return settled.error();
    return {};
}

} // namespace

IncidentStore::IncidentStore(storage::Database &db, const SyncSchema &schema)
    : m_db(db)
    , m_schema(schema)
{
}

QList<Incident> IncidentStore::open() const
{
    return select(QStringLiteral("WHERE resolved_at IS NULL"), {});
}

QList<Incident> IncidentStore::all() const
{
    return select(QString(), {});
}

QList<Incident> IncidentStore::select(const QString &where, const QVariantList &values) const
{
    QList<Incident> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, db, doc_id, first_rev, first_redemption, first_place, first_date, "
                               "first_mediator, second_rev, second_redemption, second_place, second_date, "
                               "second_mediator, detected_at, coalesce(resolved_at, ''), resolution "
                               "FROM sync_incidents %1 ORDER BY detected_at, doc_id")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return result;
    while (q.next()) {
        Incident i;
        i.id = q.value(0).toString();
        i.kind = q.value(1).toString();
        i.database = q.value(2).toString();
        i.docId = q.value(3).toString();
        i.first = {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                   q.value(8).toString()};
        i.second = {q.value(9).toString(), q.value(10).toString(), q.value(11).toString(), q.value(12).toString(),
                    q.value(13).toString()};
        i.detectedAt = q.value(14).toString();
        i.resolvedAt = q.value(15).toString();
        i.resolution = q.value(16).toString();
        result << i;
    }
    return result;
}

Status IncidentStore::resolve(const QString &incidentId, const QString &keptRev, const QString &note)
{
    const QList<Incident> found = select(QStringLiteral("WHERE id = ?"), {incidentId});
    if (found.isEmpty())
        return Status::failure(QStringLiteral("sync.no-incident"), tr("There is no incident %1.").arg(incidentId));
    const Incident &incident = found.first();
    if (!incident.resolvedAt.isEmpty())
        return Status::failure(QStringLiteral("sync.incident-closed"), tr("This incident is already resolved."));
    if (keptRev != incident.first.rev && keptRev != incident.second.rev)
        return Status::failure(QStringLiteral("sync.bad-revision"),
                               tr("The revision to keep must be one of the two redemptions."));
    RevisionStore store(m_db, m_schema.availableIn(m_db));
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    auto kept = store.revision(incident.database, incident.docId, keptRev);
    if (!kept || !kept->leaf)
        return Status::failure(QStringLiteral("sync.bad-revision"),
                               tr("The redemption to keep is no longer a current revision; synchronise first."));
    QJsonObject merged = kept->body;
    const Redemption &dropped = keptRev == incident.first.rev ? incident.second : incident.first;
    merged.insert(QStringLiteral("incident_resolution"),
                  QJsonObject{{QStringLiteral("kind"), incident.kind},
                              {QStringLiteral("kept_redemption"), kept->body.value(QStringLiteral("redemption_id"))},
                              {QStringLiteral("dropped_redemption"), dropped.redemptionId},
                              {QStringLiteral("dropped_place"), dropped.place},
                              {QStringLiteral("dropped_date"), dropped.date},
                              {QStringLiteral("note"), note},
                              {QStringLiteral("resolved_at"), m_db.clock().nowIso()}});
    if (Status s = m_db.exec(QStringLiteral("UPDATE sync_incidents SET resolved_at = ?, resolution = ? WHERE id = ?"),
                             {m_db.clock().nowIso(), note.isEmpty() ? QStringLiteral("resolved") : note, incidentId});
        !s)
        return s;
    if (Status s = keepOnly(store, incident.database, incident.docId, *kept, merged); !s)
        return s;
    return tx.commit();
}

ConflictReview::ConflictReview(storage::Database &db, const SyncSchema &schema)
    : m_db(db)
    , m_schema(schema)
{
}

QList<Conflict> ConflictReview::list() const
{
    QList<Conflict> result;
    RevisionStore store(m_db, m_schema);
    for (const QString &db : {QStringLiteral("territory"), QStringLiteral("structure")}) {
        for (const QString &docId : store.conflictedDocuments(db)) {
            Conflict c;
            c.database = db;
            c.docId = docId;
            if (const TableSpec *spec = m_schema.forDocId(docId)) {
                c.table = spec->table;
                c.rowId = spec->rowId(docId);
            }
            const QList<Revision> leaves = store.leaves(db, docId);
            const QString winner = RevisionStore::winnerOf(leaves);
            for (const Revision &r : leaves) {
                if (r.rev == winner)
                    c.winner = r;
                else if (!r.deleted)
                    c.losers << r;
            }
            result << c;
        }
    }
    return result;
}

int ConflictReview::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM sync_documents WHERE conflicted = 1")) && q.next()
        ? q.value(0).toInt()
        : 0;
}

Status ConflictReview::keep(const QString &database, const QString &docId, const QString &rev)
{
    RevisionStore store(m_db, m_schema.availableIn(m_db));
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    const QList<Revision> leaves = store.leaves(database, docId);
    const QString winner = RevisionStore::winnerOf(leaves);
    auto chosen = store.revision(database, docId, rev);
    if (!chosen || !chosen->leaf || chosen->deleted)
        return Status::failure(QStringLiteral("sync.bad-revision"),
                               tr("This version is no longer current; synchronise first."));
    std::optional<QJsonObject> merged;
    Revision kept = *chosen;
    if (rev != winner) {
        // The loser's content goes on the winner's branch, so every installation agrees at once.
        auto win = store.revision(database, docId, winner);
        if (!win)
            return Status::failure(QStringLiteral("sync.bad-revision"), tr("The current version cannot be read."));
        for (const Revision &leaf : leaves) {
            if (leaf.rev == winner || leaf.deleted)
                continue;
            QJsonObject tombstone{{QStringLiteral("type"), leaf.body.value(QStringLiteral("type"))}};
            if (Result<QString> r = store.addLocalRevision(database, docId, leaf.rev, tombstone, true); !r)
                return r.error();
        }
        if (Result<QString> r = store.addLocalRevision(database, docId, winner, chosen->body, false); !r)
            return r.error();
        if (Result<SettleOutcome> s = store.settle(database, docId); !s)
            return s.error();
        return tx.commit();
    }
    if (Status s = keepOnly(store, database, docId, kept, merged); !s)
        return s;
    return tx.commit();
}

} // namespace escale::sync
