#pragma once

// An installation of Escale for sync tests: a temporary database with two test tables (a place-like
// table, latest-wins, and a cheque-like table, never-auto), the schema that registers them, and a
// one-call sync against a server URL.

#include "TestSupport.h"
#include "storage/RecordStore.h"
#include "storage/SqlScript.h"
#include "sync/Replicator.h"
#include "sync/SyncSchema.h"

#include <QSqlQuery>

namespace escale::test {

inline sync::SyncSchema syncTestSchema()
{
    sync::SyncSchema schema;
    schema.add({QStringLiteral("test_places"), QStringLiteral("place"), sync::RemoteDatabase::Territory,
                {QStringLiteral("nom"), QStringLiteral("commune"), QStringLiteral("visites")},
                sync::ConflictPolicy::LatestWinsKeepLoser, false, {}});
    schema.add({QStringLiteral("test_cheques"), QStringLiteral("cheque"), sync::RemoteDatabase::Territory,
                {QStringLiteral("code"), QStringLiteral("status"), QStringLiteral("redemption_id"),
                 QStringLiteral("redeemed_on"), QStringLiteral("redeemed_place"), QStringLiteral("redeemed_by")},
                sync::ConflictPolicy::NeverAuto, true,
                {QStringLiteral("redemption_id"), QStringLiteral("redeemed_place"), QStringLiteral("redeemed_on"),
                 QStringLiteral("redeemed_by")}});
    schema.add({QStringLiteral("test_figures"), QStringLiteral("activity"), sync::RemoteDatabase::Structure,
                {QStringLiteral("type"), QStringLiteral("date"), QStringLiteral("duree_minutes")},
                sync::ConflictPolicy::LatestWinsKeepLoser,
                false, {}});
    return schema;
}

class SyncInstallation
{
public:
    SyncInstallation()
        : records(*db)
    {
        const QString cols = storage::syncColumnsDefinition();
        for (const QString &sql :
             {QStringLiteral("CREATE TABLE test_places (%1, nom TEXT NOT NULL, commune TEXT NOT NULL DEFAULT '', "
                             "visites INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE TABLE test_cheques (%1, code TEXT NOT NULL, status TEXT NOT NULL DEFAULT "
                             "'en_stock', beneficiary_id TEXT NOT NULL DEFAULT '', redemption_id TEXT, redeemed_on "
                             "TEXT, redeemed_place TEXT NOT NULL DEFAULT '', redeemed_by TEXT NOT NULL DEFAULT '')"),
              QStringLiteral("CREATE TABLE test_figures (%1, type TEXT NOT NULL DEFAULT 'individuel', date TEXT NOT "
                             "NULL, duree_minutes INTEGER NOT NULL, notes TEXT NOT NULL DEFAULT '')")}) {
            if (Status s = db->exec(sql.arg(cols)); !s)
                qFatal("%s", qPrintable(s.errorMessage()));
        }
    }

    sync::SyncOptions options(const QUrl &server, const QString &territory,
                              const QString &structure = QString()) const
    {
        sync::SyncOptions o;
        o.client.server = server;
        o.client.timeoutMs = 20000;
        o.client.backoffMs = 20;
        o.territoryDatabase = territory;
        o.structureDatabase = structure;
        return o;
    }

    sync::SyncReport sync(const QUrl &server, const QString &territory, const QString &structure = QString())
    {
        sync::Replicator replicator(*db, syncTestSchema(), options(server, territory, structure));
        return replicator.run();
    }

    QVariant value(const QString &table, const QString &id, const QString &column)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QVariant();
        return q.value(0);
    }

    int count(const QString &sql)
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    TempDatabase db;
    storage::RecordStore records;
};

} // namespace escale::test

#define ESCALE_VERIFY_SYNC(report)                                                                                     \
    do {                                                                                                               \
        const auto &escale_rep_ = (report);                                                                            \
        if (!escale_rep_.ok)                                                                                           \
            QFAIL(qPrintable(QStringLiteral("sync failed: ") + escale_rep_.error.code + QStringLiteral(": ")           \
                             + escale_rep_.error.message));                                                            \
    } while (false)
