// `escale sync` over HTTPS, as the coordinator runs it (the built binary, ESCALE_BINARY): against a
// pouchdb-server behind a TLS proxy with a self-signed certificate made by openssl in the test, the run
// is refused (exit 1, sync.certificate, the fingerprint to compare) until the fingerprint the server's
// administrator read is given with --trust-fingerprint; then it is kept as a setting and the next
// runs replicate over TLS without it.

#include "PouchServer.h"
#include "TlsProxy.h"

#include "sync/CouchClient.h"

#include "EscaleProcess.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace escale::test;

class TestSyncCommand : public QObject
{
    Q_OBJECT

    using Run = escale::test::EscaleRun;

    // Waits in an event loop: the TLS proxy and the server of the test answer from this process.
    Run escale(const QStringList &args)
    {
        auto options = escale::test::prefixedBy({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("escale.sqlite")),
                                                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sync")});
        options.serveEvents = true;
        return escale::test::runEscale(args, options);
    }

    QString storedSetting(const QString &key)
    {
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("escale.sqlite")));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
                q.addBindValue(key);
                if (q.exec() && q.next())
                    value = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return value;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("ESCALE_BINARY")), "ESCALE_BINARY not set");
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        if (!m_certificates.ok())
            QSKIP(qPrintable(m_certificates.error()));
        if (!m_server.start())
            QSKIP(qPrintable(m_server.skipReason()));
        QVERIFY(m_server.createDatabase(QStringLiteral("territoire")));
    }

    void badFingerprintIsAUsageError()
    {
        const Run r = escale({QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:6984"), QStringLiteral("--territory"),
                              QStringLiteral("territoire"), QStringLiteral("--trust-fingerprint"), QStringLiteral("AB:CD")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a SHA-256 fingerprint")), qPrintable(r.err));
    }

    void selfSignedServerIsTrustedByItsFingerprint()
    {
        TlsProxy proxy(m_server.url(), m_certificates.certificate(QStringLiteral("self")),
                       m_certificates.key(QStringLiteral("self")));
        const QStringList where{QStringLiteral("--server"), proxy.url().toString(), QStringLiteral("--territory"),
                                QStringLiteral("territoire"), QStringLiteral("--save")};

        const Run refused = escale(where + QStringList{QStringLiteral("--json")});
        QCOMPARE(refused.status, 1);
        const QJsonObject error = refused.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("sync.certificate"));
        const QString fingerprint = escale::sync::CouchClient::fingerprint(m_certificates.certificate(QStringLiteral("self")));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(fingerprint), qPrintable(refused.out));
        QVERIFY2(refused.err.contains(QStringLiteral("self-signed")), qPrintable(refused.err));
        QCOMPARE(proxy.decryptedBytes(), 0);

        // As the administrator reads it: "sha256 Fingerprint=AB:CD:…".
        const Run trusted = escale(where + QStringList{QStringLiteral("--trust-fingerprint"),
                                                       m_certificates.opensslFingerprint(QStringLiteral("self")),
                                                       QStringLiteral("--json")});
        QVERIFY2(trusted.status == 0, qPrintable(trusted.err + trusted.out));
        QVERIFY(trusted.json().value(QStringLiteral("ok")).toBool());
        QVERIFY(proxy.decryptedBytes() > 0);
        QCOMPARE(storedSetting(QStringLiteral("sync.trusted_fingerprint")), fingerprint);

        // Kept: the next run (cron) needs no option.
        const Run again = escale({});
        QVERIFY2(again.status == 0, qPrintable(again.err + again.out));
        QVERIFY2(again.out.contains(QStringLiteral("Synchronisation done")), qPrintable(again.out));
    }

private:
    QTemporaryDir m_dir;
    TestCertificates m_certificates;
    PouchServer m_server;
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "TestSyncCommand.moc"
