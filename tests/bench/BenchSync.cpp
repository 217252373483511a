// Sync benchmark (prints figures, asserts nothing about time): 10,000 small documents pushed then
// pulled by Escale's replicator and by PouchDB's own replicator, against the same pouchdb-server; and
// the time of a sync with nothing to do.

#include "integration/PouchServer.h"
#include "integration/SyncFixtures.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QtTest>

using namespace escale;
using namespace escale::test;

class BenchSync : public QObject
{
    Q_OBJECT

private slots:
    void pushPullTenThousandAgainstPouchDb()
    {
        PouchServer server;
        if (!server.start())
            QSKIP(qPrintable(server.skipReason()));
        const int n = qEnvironmentVariableIntValue("ESCALE_BENCH_SYNC_DOCS") > 0
            ? qEnvironmentVariableIntValue("ESCALE_BENCH_SYNC_DOCS")
            : 10000;
        QVERIFY(server.createDatabase(QStringLiteral("escale-bench")));
        QVERIFY(server.createDatabase(QStringLiteral("pouch-bench")));

        SyncInstallation a, b;
        {
            storage::Transaction tx(*a.db);
            for (int i = 0; i < n; ++i)
                QVERIFY(a.records.insert(QStringLiteral("test_places"),
                                         {{QStringLiteral("nom"), QStringLiteral("Lieu %1 à Nîmes").arg(i)},
                                          {QStringLiteral("visites"), i}}));
            ESCALE_VERIFY_OK(tx.commit());
        }
        QElapsedTimer t;
        t.start();
        sync::SyncOptions pushOnly = a.options(server.url(), QStringLiteral("escale-bench"));
        pushOnly.pull = false; // one direction, as PouchDB.replicate(local, remote)
        const sync::SyncReport push = sync::Replicator(*a.db, syncTestSchema(), pushOnly).run();
        const qint64 pushMs = t.elapsed();
        ESCALE_VERIFY_SYNC(push);
        QCOMPARE(push.pushed(), n);
        t.restart();
        sync::SyncOptions pullOnly = b.options(server.url(), QStringLiteral("escale-bench"));
        pullOnly.push = false;
        const sync::SyncReport pull = sync::Replicator(*b.db, syncTestSchema(), pullOnly).run();
        const qint64 pullMs = t.elapsed();
        ESCALE_VERIFY_SYNC(pull);
        QCOMPARE(pull.pulled(), n);
        t.restart();
        const sync::SyncReport noop = b.sync(server.url(), QStringLiteral("escale-bench"));
        const qint64 noopMs = t.elapsed();
        ESCALE_VERIFY_SYNC(noop);

        QProcess node;
        node.setWorkingDirectory(server.workingDirectory());
        node.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                   {QStringLiteral(ESCALE_SOURCE_DIR "/tests/bench/pouch-sync-bench.js"), nodeModules(),
                    server.url().toString(), QStringLiteral("pouch-bench"), QStringLiteral("escale-bench"),
                    QString::number(n)});
        QVERIFY(node.waitForFinished(600000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QJsonObject pouch = QJsonDocument::fromJson(node.readAllStandardOutput()).object();

        qInfo().noquote() << QStringLiteral("sync bench, %1 documents, pouchdb-server in memory on 127.0.0.1:").arg(n);
        qInfo().noquote() << QStringLiteral("  Escale push  %1 ms (%2 requests)").arg(pushMs).arg(push.requests);
        qInfo().noquote() << QStringLiteral("  PouchDB push %1 ms").arg(pouch.value(QStringLiteral("pushMs")).toInteger());
        qInfo().noquote() << QStringLiteral("  Escale pull  %1 ms (%2 requests)").arg(pullMs).arg(pull.requests);
        qInfo().noquote() << QStringLiteral("  PouchDB pull %1 ms").arg(pouch.value(QStringLiteral("pullMs")).toInteger());
        qInfo().noquote() << QStringLiteral("  (Escale push includes turning %1 edited rows into revisions)").arg(n);
        qInfo().noquote() << QStringLiteral("  Escale sync with nothing to do %1 ms (%2 requests)").arg(noopMs).arg(noop.requests);
    }
};

QTEST_GUILESS_MAIN(BenchSync)
#include "BenchSync.moc"
