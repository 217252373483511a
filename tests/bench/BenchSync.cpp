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
    // ESCALE_BENCH_SYNC_RUNS runs (default 1) on one server; the order alternates (run 1: Escale then
    // PouchDB, run 2: PouchDB then Escale…), since whoever comes second meets a server whose JavaScript
    // is already compiled. Each run also measures the server's own floor for such a push (prebuilt
    // documents posted with _bulk_docs, 4 at once and one at a time; pouch-sync-bench.js).
    void pushPullTenThousandAgainstPouchDb()
    {
        PouchServer server;
        if (!server.start())
            QSKIP(qPrintable(server.skipReason()));
        const int n = qEnvironmentVariableIntValue("ESCALE_BENCH_SYNC_DOCS") > 0
            ? qEnvironmentVariableIntValue("ESCALE_BENCH_SYNC_DOCS")
            : 10000;
        const int runs = std::max(1, qEnvironmentVariableIntValue("ESCALE_BENCH_SYNC_RUNS"));
        {
            // Untimed warm-up of the server (its JavaScript compiled for both replicators' requests).
            QVERIFY(server.createDatabase(QStringLiteral("warm-up")));
            SyncInstallation w;
            {
                storage::Transaction tx(*w.db);
                for (int i = 0; i < 2000; ++i)
                    QVERIFY(w.records.insert(QStringLiteral("test_places"), {{QStringLiteral("nom"), QStringLiteral("Chauffe %1").arg(i)}}));
                ESCALE_VERIFY_OK(tx.commit());
            }
            ESCALE_VERIFY_SYNC(w.sync(server.url(), QStringLiteral("warm-up")));
            QProcess node;
            node.setWorkingDirectory(server.workingDirectory());
            node.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                       {QStringLiteral(ESCALE_SOURCE_DIR "/tests/bench/pouch-sync-bench.js"), nodeModules(),
                        server.url().toString(), QStringLiteral("warm-up-pouch"), QStringLiteral("warm-up"),
                        QStringLiteral("2000")});
            QVERIFY(node.waitForFinished(600000));
        }
        QStringList table;
        for (int run = 1; run <= runs; ++run) {
            const bool pouchFirst = run % 2 == 0;
            const QString escaleDb = QStringLiteral("escale-bench-%1").arg(run);
            const QString pouchDb = QStringLiteral("pouch-bench-%1").arg(run);
            QVERIFY(server.createDatabase(escaleDb));
            QVERIFY(server.createDatabase(pouchDb));

            QJsonObject pouch;
            auto runPouch = [&] {
                QProcess node;
                node.setWorkingDirectory(server.workingDirectory());
                node.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                           {QStringLiteral(ESCALE_SOURCE_DIR "/tests/bench/pouch-sync-bench.js"), nodeModules(),
                            server.url().toString(), pouchDb, pouchFirst ? pouchDb : escaleDb, QString::number(n),
                            QStringLiteral("floor-bench-%1").arg(run)});
                QVERIFY(node.waitForFinished(600000));
                QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
                pouch = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
            };
            if (pouchFirst)
                runPouch();

            // Escale's push (every local edit captured before the first request), and the same push
            // capturing by chunks while its requests travel (captureWhilePushing), each from a fresh
            // installation; their order alternates too (the second one meets a server already holding
            // 10,000 more documents).
            SyncInstallation a, b, c;
            auto pushFrom = [&](SyncInstallation &side, const QString &dbName, bool captureWhilePushing,
                                sync::SyncReport *report) -> qint64 {
                storage::Transaction tx(*side.db);
                for (int i = 0; i < n; ++i)
                    if (!side.records.insert(QStringLiteral("test_places"),
                                             {{QStringLiteral("nom"), QStringLiteral("Lieu %1 à Nîmes").arg(i)},
                                              {QStringLiteral("visites"), i}}))
                        return -1;
                if (!tx.commit())
                    return -1;
                sync::SyncOptions pushOnly = side.options(server.url(), dbName);
                pushOnly.pull = false; // one direction, as PouchDB.replicate(local, remote)
                pushOnly.captureWhilePushing = captureWhilePushing;
                QElapsedTimer timer;
                timer.start();
                *report = sync::Replicator(*side.db, syncTestSchema(), pushOnly).run();
                return timer.elapsed();
            };
            const QString chunkedDb = QStringLiteral("escale-chunked-%1").arg(run);
            QVERIFY(server.createDatabase(chunkedDb));
            sync::SyncReport push, chunked;
            qint64 pushMs = 0, chunkedMs = 0;
            if (run % 4 == 1 || run % 4 == 2) {
                pushMs = pushFrom(a, escaleDb, false, &push);
                chunkedMs = pushFrom(c, chunkedDb, true, &chunked);
            } else {
                chunkedMs = pushFrom(c, chunkedDb, true, &chunked);
                pushMs = pushFrom(a, escaleDb, false, &push);
            }
            ESCALE_VERIFY_SYNC(push);
            ESCALE_VERIFY_SYNC(chunked);
            QCOMPARE(push.pushed(), n);
            QCOMPARE(chunked.pushed(), n);
            QElapsedTimer t;
            t.restart();
            sync::SyncOptions pullOnly = b.options(server.url(), escaleDb);
            pullOnly.push = false;
            const sync::SyncReport pull = sync::Replicator(*b.db, syncTestSchema(), pullOnly).run();
            const qint64 pullMs = t.elapsed();
            ESCALE_VERIFY_SYNC(pull);
            QCOMPARE(pull.pulled(), n);
            t.restart();
            const sync::SyncReport noop = b.sync(server.url(), escaleDb);
            const qint64 noopMs = t.elapsed();
            ESCALE_VERIFY_SYNC(noop);
            if (!pouchFirst)
                runPouch();
            if (QTest::currentTestFailed())
                return;

            const auto ms = [&](const char *key) { return pouch.value(QLatin1String(key)).toInteger(); };
            qInfo().noquote() << QStringLiteral("sync bench run %1/%2 (%3 first), %4 documents, pouchdb-server in "
                                                "memory on 127.0.0.1:")
                                     .arg(run)
                                     .arg(runs)
                                     .arg(pouchFirst ? QStringLiteral("PouchDB") : QStringLiteral("Escale"))
                                     .arg(n);
            qInfo().noquote() << QStringLiteral("  Escale push  %1 ms (%2 requests)").arg(pushMs).arg(push.requests);
            qInfo().noquote() << QStringLiteral("  Escale push capturing by chunks while sending %1 ms").arg(chunkedMs);
            qInfo().noquote() << QStringLiteral("  PouchDB push %1 ms (+ %2 ms writing the documents in its local "
                                                "database first, the counterpart of Escale's capture)")
                                     .arg(ms("pushMs"))
                                     .arg(ms("localWriteMs"));
            qInfo().noquote() << QStringLiteral("  server floor (_bulk_docs of the same number of prebuilt documents) "
                                                "%1 ms 4 at once, %2 ms one at a time")
                                     .arg(ms("floorMs"))
                                     .arg(ms("floorSequentialMs"));
            qInfo().noquote() << QStringLiteral("  Escale pull  %1 ms (%2 requests)").arg(pullMs).arg(pull.requests);
            qInfo().noquote() << QStringLiteral("  PouchDB pull %1 ms").arg(ms("pullMs"));
            qInfo().noquote() << QStringLiteral("  (Escale push includes turning %1 edited rows into revisions)").arg(n);
            qInfo().noquote() << QStringLiteral("  Escale sync with nothing to do %1 ms (%2 requests)").arg(noopMs).arg(noop.requests);
            table << QStringLiteral("| %1 | %2 | %3 (capture %12) / %4 / %5 (+%6) | %7 / %8 | %9 / %10 | %11 |")
                         .arg(run)
                         .arg(pouchFirst ? QStringLiteral("PouchDB") : QStringLiteral("Escale"))
                         .arg(pushMs)
                         .arg(chunkedMs)
                         .arg(ms("pushMs"))
                         .arg(ms("localWriteMs"))
                         .arg(ms("floorMs"))
                         .arg(ms("floorSequentialMs"))
                         .arg(pullMs)
                         .arg(ms("pullMs"))
                         .arg(noopMs)
                         .arg(push.captureMs);
        }
        qInfo().noquote() << QStringLiteral("| run | first | push Escale / Escale capturing by chunks / PouchDB (+ its local writes) (ms) | "
                                            "server floor 4 at once / one at a time (ms) | pull Escale / PouchDB (ms) | "
                                            "nothing to do (ms) |");
        for (const QString &row : std::as_const(table))
            qInfo().noquote() << row;
    }
};

QTEST_GUILESS_MAIN(BenchSync)
#include "BenchSync.moc"
