// Failures between the replicator and the server: each is a clear error in words, the local data is
// untouched, and the next run is correct. The fake server (FakeCouch.h) forwards to a pouchdb-server and
// injects the fault.

#include "FakeCouch.h"
#include "PouchServer.h"
#include "SyncFixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace escale;
using namespace escale::test;

class TestSyncFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!m_server.start())
            QSKIP(qPrintable(m_server.skipReason()));
    }

    void pullFailureLeavesLocalDataUntouched_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("code");
        QTest::newRow("délai dépassé") << "timeout" << "sync.timeout";
        QTest::newRow("connexion coupée pendant un lot") << "drop" << "sync.unreachable";
        QTest::newRow("403 pas de droits") << "403" << "sync.forbidden";
        QTest::newRow("500 persistant") << "500" << "sync.server";
        QTest::newRow("page HTML") << "html" << "sync.bad-answer";
        QTest::newRow("JSON tronqué") << "truncated" << "sync.bad-answer";
        QTest::newRow("révision « 1-abc » absente : « abc »") << "badrev" << "sync.bad-revision";
        QTest::newRow("révision invalide dans _bulk_get") << "badrev-bulkget" << "sync.bad-revision";
        QTest::newRow("base qui n'est pas CouchDB") << "wrongdb" << "sync.wrong-database";
    }
    void pullFailureLeavesLocalDataUntouched()
    {
        QFETCH(QString, fault);
        QFETCH(QString, code);
        const QString dbName = seededDatabase(30);
        FakeCouch fake(m_server.url());
        Fault f;
        f.pathContains = "_changes";
        if (fault == QLatin1String("timeout")) {
            f.kind = Fault::Hang;
        } else if (fault == QLatin1String("drop")) {
            f.kind = Fault::Drop;
            f.pathContains = "_bulk_get";
        } else if (fault == QLatin1String("403")) {
            f.answer = reply(403, "{\"error\":\"forbidden\",\"reason\":\"You are not allowed to access this db.\"}");
        } else if (fault == QLatin1String("500")) {
            f.answer = reply(500, "{\"error\":\"unknown_error\",\"reason\":\"function_clause\"}");
        } else if (fault == QLatin1String("html")) {
            f.answer = reply(200, "<html><body>Portail captif : connectez-vous</body></html>", "text/html");
        } else if (fault == QLatin1String("truncated")) {
            f.answer = reply(200, "{\"results\":[{\"seq\":1,\"id\":\"place:x\",\"changes\":[{\"rev\":\"1-ab");
        } else if (fault == QLatin1String("badrev")) {
            f.kind = Fault::Rewrite;
            f.rewrite = [](const FakeRequest &, const QByteArray &body) {
                QByteArray b = body;
                return b.replace("\"rev\":\"1-", "\"rev\":\"");
            };
        } else if (fault == QLatin1String("badrev-bulkget")) {
            f.kind = Fault::Rewrite;
            f.pathContains = "_bulk_get";
            f.rewrite = [](const FakeRequest &, const QByteArray &body) {
                QByteArray b = body;
                return b.replace("\"_rev\":\"1-", "\"_rev\":\"un-");
            };
        } else if (fault == QLatin1String("wrongdb")) {
            f.method = "GET";
            f.pathContains = QStringLiteral("/%1").arg(dbName).toUtf8();
            f.times = 1;
            f.answer = reply(200, "{\"couchdb\":\"Welcome\"}");
        }
        fake.addFault(f);

        SyncInstallation b;
        sync::SyncOptions options = b.options(fake.url(), dbName);
        options.client.timeoutMs = 400;
        options.client.maxAttempts = 2;
        sync::Replicator replicator(*b.db, syncTestSchema(), options);
        const sync::SyncReport failed = replicator.run();
        QVERIFY(!failed.ok);
        QCOMPARE(failed.error.code, code);
        QVERIFY(!failed.error.message.isEmpty());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM sync_revisions")), 0);

        fake.clearFaults();
        const sync::SyncReport next = b.sync(fake.url(), dbName);
        ESCALE_VERIFY_SYNC(next);
        QCOMPARE(next.pulled(), 30);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 30);
    }

    void feedGoingBackwardsStopsTheRun()
    {
        const QString dbName = seededDatabase(30);
        FakeCouch fake(m_server.url());
        Fault f;
        f.kind = Fault::Rewrite;
        f.pathContains = "_changes";
        f.skip = 1;
        f.times = 1;
        f.rewrite = [](const FakeRequest &, const QByteArray &body) {
            QString text = QString::fromUtf8(body);
            text.replace(QRegularExpression(QStringLiteral("\"seq\":\\d+")), QStringLiteral("\"seq\":1"));
            text.replace(QRegularExpression(QStringLiteral("\"last_seq\":\\d+")), QStringLiteral("\"last_seq\":2"));
            return text.toUtf8();
        };
        fake.addFault(f);
        SyncInstallation b;
        sync::SyncOptions options = b.options(fake.url(), dbName);
        options.changesLimit = 10;
        const sync::SyncReport failed = sync::Replicator(*b.db, syncTestSchema(), options).run();
        QVERIFY(!failed.ok);
        QCOMPARE(failed.error.code, QStringLiteral("sync.backwards"));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 10); // the first page only
        fake.clearFaults();
        const sync::SyncReport next = sync::Replicator(*b.db, syncTestSchema(), options).run();
        ESCALE_VERIFY_SYNC(next);
        QCOMPARE(next.pulled(), 20);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 30);
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("500 deux fois") << "500";
        QTest::newRow("connexion coupée une fois") << "drop";
        QTest::newRow("délai dépassé une fois") << "timeout";
    }
    void transientFailuresAreRetried()
    {
        QFETCH(QString, fault);
        const QString dbName = seededDatabase(12);
        FakeCouch fake(m_server.url());
        Fault f;
        f.pathContains = "_bulk_get";
        f.times = fault == QLatin1String("500") ? 2 : 1;
        f.kind = fault == QLatin1String("drop") ? Fault::Drop : fault == QLatin1String("timeout") ? Fault::Hang : Fault::Answer;
        f.answer = reply(500, "{\"error\":\"internal\"}");
        fake.addFault(f);
        SyncInstallation b;
        sync::SyncOptions options = b.options(fake.url(), dbName);
        options.client.timeoutMs = 500;
        const sync::SyncReport report = sync::Replicator(*b.db, syncTestSchema(), options).run();
        ESCALE_VERIFY_SYNC(report);
        QCOMPARE(report.pulled(), 12);
        QVERIFY(fake.count("_bulk_get") > 1);
    }

    void stringSequencesAreOpaque()
    {
        const QString dbName = seededDatabase(25);
        FakeCouch fake(m_server.url());
        // The server speaks CouchDB 3's string sequences; the fake maps them back for pouchdb-server.
        fake.rewriteRequest = [](FakeRequest &r) {
            r.target.replace(QRegularExpression(QStringLiteral("since=(\\d+)-g1AAAA[A-Za-z0-9_]*")).pattern().toUtf8(), "");
            QString t = QString::fromLatin1(r.target);
            t.replace(QRegularExpression(QStringLiteral("since=(\\d+)-g1AAAA[A-Za-z0-9_%]*")), QStringLiteral("since=\\1"));
            r.target = t.toLatin1();
        };
        Fault f;
        f.kind = Fault::Rewrite;
        f.pathContains = "_changes";
        f.rewrite = [](const FakeRequest &, const QByteArray &body) {
            QString text = QString::fromUtf8(body);
            text.replace(QRegularExpression(QStringLiteral("\"(seq|last_seq)\":(\\d+)")),
                         QStringLiteral("\"\\1\":\"\\2-g1AAAAopaque_opaque\""));
            return text.toUtf8();
        };
        fake.addFault(f);
        SyncInstallation b;
        sync::SyncOptions options = b.options(fake.url(), dbName);
        options.changesLimit = 10;
        const sync::SyncReport report = sync::Replicator(*b.db, syncTestSchema(), options).run();
        ESCALE_VERIFY_SYNC(report);
        QCOMPARE(report.pulled(), 25);
        QVERIFY(fake.count("since=10-g1AAAAopaque_opaque") >= 1);
        // Resume from the string checkpoint: nothing new, nothing pulled twice.
        const sync::SyncReport again = sync::Replicator(*b.db, syncTestSchema(), options).run();
        ESCALE_VERIFY_SYNC(again);
        QCOMPARE(again.pulled(), 0);
        QVERIFY(fake.count("since=25-g1AAAAopaque_opaque") >= 1);
    }

    void bulkGetMissingFallsBackToOpenRevs()
    {
        const QString dbName = seededDatabase(7);
        FakeCouch fake(m_server.url());
        Fault f;
        f.pathContains = "_bulk_get";
        f.answer = reply(404, "{\"error\":\"not_found\",\"reason\":\"missing\"}");
        fake.addFault(f);
        SyncInstallation b;
        const sync::SyncReport report = b.sync(fake.url(), dbName);
        ESCALE_VERIFY_SYNC(report);
        QCOMPARE(report.pulled(), 7);
        QCOMPARE(fake.count("open_revs"), 7);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 7);
    }

    void batchesShrinkOn413()
    {
        const QString dbName = newDatabase();
        FakeCouch fake(m_server.url());
        Fault f;
        f.method = "POST";
        f.pathContains = "_bulk_docs";
        f.minBodyBytes = 3000;
        f.answer = reply(413, "{\"error\":\"too_large\",\"reason\":\"the request entity is too large\"}");
        fake.addFault(f);
        SyncInstallation a;
        insertPlaces(a, 40);
        const sync::SyncReport report = a.sync(fake.url(), dbName);
        ESCALE_VERIFY_SYNC(report);
        QCOMPARE(report.pushed(), 40);
        QVERIFY(fake.count("_bulk_docs") > 4);
        QCOMPARE(docCount(dbName), 40);
    }

    void singleDocumentTooLargeIsAClearError()
    {
        const QString dbName = newDatabase();
        FakeCouch fake(m_server.url());
        Fault f;
        f.method = "POST";
        f.pathContains = "_bulk_docs";
        f.answer = reply(413, "{\"error\":\"too_large\",\"reason\":\"the request entity is too large\"}");
        fake.addFault(f);
        SyncInstallation a;
        insertPlaces(a, 3);
        const sync::SyncReport report = a.sync(fake.url(), dbName);
        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("sync.too-large"));
        fake.clearFaults();
        const sync::SyncReport next = a.sync(fake.url(), dbName);
        ESCALE_VERIFY_SYNC(next);
        QCOMPARE(next.pushed(), 3);
    }

    void documentRefusedInsideA201IsReported()
    {
        const QString dbName = newDatabase();
        FakeCouch fake(m_server.url());
        Fault f;
        f.method = "POST";
        f.pathContains = "_bulk_docs";
        f.times = 1;
        f.answer = reply(201, "[{\"id\":\"place:x\",\"error\":\"forbidden\",\"reason\":\"Seul le coordinateur modifie les lieux.\"}]");
        fake.addFault(f);
        SyncInstallation a;
        insertPlaces(a, 2);
        const sync::SyncReport report = a.sync(fake.url(), dbName);
        ESCALE_VERIFY_SYNC(report);
        QCOMPARE(report.failures(), 1);
        QVERIFY(report.databases.first().failureMessages.first().contains(QStringLiteral("Seul le coordinateur")));
    }

    void unauthorizedLogsInAgain()
    {
        const QString dbName = seededDatabase(3);
        FakeCouch fake(m_server.url());
        Fault session;
        session.method = "POST";
        session.pathContains = "/_session";
        session.answer = reply(200, "{\"ok\":true,\"name\":\"lodeve\",\"roles\":[\"structure\"]}", "application/json",
                          {"Set-Cookie: AuthSession=abc123; Version=1; Path=/; HttpOnly"});
        fake.addFault(session);
        Fault expired;
        expired.method = "GET";
        expired.pathContains = "_changes";
        expired.times = 1;
        expired.answer = reply(401, "{\"error\":\"unauthorized\",\"reason\":\"Session expired\"}");
        fake.addFault(expired);
        SyncInstallation b;
        sync::SyncOptions options = b.options(fake.url(), dbName);
        options.client.user = QStringLiteral("lodève");
        options.client.password = QStringLiteral("mot de passe é");
        const sync::SyncReport report = sync::Replicator(*b.db, syncTestSchema(), options).run();
        ESCALE_VERIFY_SYNC(report);
        QCOMPARE(report.pulled(), 3);
        QCOMPARE(fake.count("/_session"), 2);
    }

    void wrongPasswordIsSaidInWords()
    {
        const QString dbName = seededDatabase(1);
        FakeCouch fake(m_server.url());
        Fault session;
        session.method = "POST";
        session.pathContains = "/_session";
        session.answer = reply(401, "{\"error\":\"unauthorized\",\"reason\":\"Name or password is incorrect.\"}");
        fake.addFault(session);
        SyncInstallation b;
        sync::SyncOptions options = b.options(fake.url(), dbName);
        options.client.user = QStringLiteral("lodève");
        options.client.password = QStringLiteral("faux");
        const sync::SyncReport report = sync::Replicator(*b.db, syncTestSchema(), options).run();
        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("sync.auth"));
        QVERIFY(report.error.message.contains(QStringLiteral("lodève")));
    }

    void serverThatForgotItsCheckpointsStillSyncsCorrectly()
    {
        const QString dbName = seededDatabase(20);
        FakeCouch fake(m_server.url());
        SyncInstallation b;
        ESCALE_VERIFY_SYNC(b.sync(fake.url(), dbName));
        Fault forgot;
        forgot.method = "GET";
        forgot.pathContains = "_local/";
        forgot.answer = reply(404, "{\"error\":\"not_found\",\"reason\":\"missing\"}");
        fake.addFault(forgot);
        addPlacesOnServer(dbName, 5);
        const sync::SyncReport report = b.sync(fake.url(), dbName);
        ESCALE_VERIFY_SYNC(report);
        QCOMPARE(report.pulled(), 5); // everything re-read from 0, nothing applied twice
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 25);
    }

    void failedCheckpointWriteDoesNotRestartFromZero()
    {
        const QString dbName = seededDatabase(20);
        FakeCouch fake(m_server.url());
        SyncInstallation b;
        ESCALE_VERIFY_SYNC(b.sync(fake.url(), dbName));
        Fault refuse;
        refuse.method = "PUT";
        refuse.pathContains = "_local/";
        refuse.answer = reply(500, "{\"error\":\"disk\",\"reason\":\"cannot write\"}");
        fake.addFault(refuse);
        addPlacesOnServer(dbName, 5);
        const sync::SyncReport second = b.sync(fake.url(), dbName);
        ESCALE_VERIFY_SYNC(second);
        QCOMPARE(second.pulled(), 5);
        QVERIFY(!second.databases.first().warnings.isEmpty());
        addPlacesOnServer(dbName, 5);
        const int before = fake.count("since=0&");
        const sync::SyncReport third = b.sync(fake.url(), dbName);
        ESCALE_VERIFY_SYNC(third);
        QCOMPARE(third.pulled(), 5);
        QCOMPARE(fake.count("since=0&"), before); // resumed from the older common checkpoint, not from 0
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 30);
    }

    void plainHttpToAnotherHostIsRefused()
    {
        SyncInstallation b;
        sync::SyncOptions options = b.options(QUrl(QStringLiteral("http://couchdb.territoire.example:5984")),
                                              QStringLiteral("territoire"));
        const sync::SyncReport report = sync::Replicator(*b.db, syncTestSchema(), options).run();
        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("sync.insecure"));
    }

    // A server that is not this machine, reached over plain HTTP the user confirmed, that has no
    // _session: Basic authentication would send the password with every request unencrypted, so it is
    // never sent (127.0.0.2 is a loopback address the client does not treat as local).
    void basicAuthIsNeverSentOverPlainHttp()
    {
        const QString dbName = seededDatabase(2);
        FakeCouch fake(m_server.url(), QHostAddress(QStringLiteral("127.0.0.2")));
        if (!fake.isListening())
            QSKIP("127.0.0.2 is not available on this machine");
        Fault noSession;
        noSession.pathContains = "/_session";
        noSession.answer = reply(404, "{\"error\":\"not_found\",\"reason\":\"missing\"}");
        fake.addFault(noSession);
        SyncInstallation b;
        sync::SyncOptions options = b.options(fake.url(), dbName);
        options.client.allowPlainHttp = true;
        options.client.user = QStringLiteral("lodève");
        options.client.password = QStringLiteral("secret-du-tiers-lieu");
        const sync::SyncReport report = sync::Replicator(*b.db, syncTestSchema(), options).run();
        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("sync.insecure"));
        QVERIFY2(report.error.message.contains(QStringLiteral("127.0.0.2")), qPrintable(report.error.message));
        QCOMPARE(fake.count("/_session"), 1);
        QCOMPARE(fake.count("/" + dbName.toUtf8()), 0); // no request carried Basic credentials
        QCOMPARE(fake.authorizationHeaders(), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 0);

        // Without a user (an open database), plain HTTP the user confirmed still works.
        sync::SyncOptions open = b.options(fake.url(), dbName);
        open.client.allowPlainHttp = true;
        ESCALE_VERIFY_SYNC(sync::Replicator(*b.db, syncTestSchema(), open).run());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 2);
        QCOMPARE(fake.authorizationHeaders(), 0);
    }

    void unreachableServerIsSaidInWords()
    {
        SyncInstallation b;
        sync::SyncOptions options = b.options(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freeLocalPort())),
                                              QStringLiteral("territoire"));
        options.client.maxAttempts = 2;
        const sync::SyncReport report = sync::Replicator(*b.db, syncTestSchema(), options).run();
        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("sync.unreachable"));
    }

    // Push is pipelined (the _revs_diff of later pages travels with the uploads of earlier ones): a
    // _revs_diff refused for the third page stops the run after the pages before it are written and
    // checkpointed, and the next run sends the rest, nothing twice.
    void pushPipelineStopsCleanlyOnALaterPage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("403 sur la 3e page") << 403 << "sync.forbidden";
        QTest::newRow("HTML sur la 3e page") << 200 << "sync.bad-answer";
    }
    void pushPipelineStopsCleanlyOnALaterPage()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString dbName = newDatabase();
        FakeCouch fake(m_server.url());
        Fault f;
        f.method = "POST";
        f.pathContains = "_revs_diff";
        f.skip = 2; // the first two pages are asked about normally
        f.answer = status == 200 ? reply(200, "<html>portail captif</html>", "text/html")
                                 : reply(403, "{\"error\":\"forbidden\",\"reason\":\"no\"}");
        fake.addFault(f);
        SyncInstallation a;
        insertPlaces(a, 35);
        sync::SyncOptions options = a.options(fake.url(), dbName);
        options.pull = false;
        options.pushPageSize = 10;
        const sync::SyncReport failed = sync::Replicator(*a.db, syncTestSchema(), options).run();
        QVERIFY(!failed.ok);
        QCOMPARE(failed.error.code, code);
        QCOMPARE(failed.pushed(), 20);
        QCOMPARE(docCount(dbName), 20);
        fake.clearFaults();
        const sync::SyncReport next = sync::Replicator(*a.db, syncTestSchema(), options).run();
        ESCALE_VERIFY_SYNC(next);
        QCOMPARE(next.pushed(), 15);
        QCOMPARE(docCount(dbName), 35);
        QCOMPARE(fake.count("_bulk_docs", "POST"), 4); // 2 + 2: no batch sent twice
    }

private:
    QString newDatabase()
    {
        const QString name = QStringLiteral("panne-%1").arg(++m_counter);
        if (!m_server.createDatabase(name))
            qFatal("cannot create %s", qPrintable(name));
        return name;
    }

    QString seededDatabase(int n)
    {
        const QString name = newDatabase();
        addPlacesOnServer(name, n);
        return name;
    }

    void addPlacesOnServer(const QString &dbName, int n)
    {
        SyncInstallation a;
        insertPlaces(a, n);
        const sync::SyncReport r = a.sync(m_server.url(), dbName);
        if (!r.ok)
            qFatal("seeding failed: %s", qPrintable(r.error.message));
    }

    int docCount(const QString &dbName)
    {
        return m_server.get(QLatin1Char('/') + dbName).json().object().value(QStringLiteral("doc_count")).toInt();
    }

    static void insertPlaces(SyncInstallation &side, int n)
    {
        for (int i = 0; i < n; ++i)
            if (!side.records.insert(QStringLiteral("test_places"),
                                     {{QStringLiteral("nom"), QStringLiteral("Lieu n° %1, Besançon").arg(i)}}))
                qFatal("insert failed");
    }

    PouchServer m_server;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSyncFailures)
#include "TestSyncFailures.moc"
