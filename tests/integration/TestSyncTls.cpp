// Sync over HTTPS: certificates made by openssl in the test, a TLS proxy (TlsProxy.h) in front of a real
// pouchdb-server. A certificate that cannot be trusted (self-signed, unknown authority, expired, issued
// for another name, not the one trusted) stops the run before anything is sent — neither the password
// nor data — with a message naming the problem and the server, and nothing changes on either side; a
// certificate the coordinator trusts by its SHA-256 fingerprint, or one from an authority this computer
// trusts, replicates over TLS.

#include "PouchServer.h"
#include "SyncFixtures.h"
#include "TlsProxy.h"

#include "sync/CouchClient.h"
#include "sync/SyncState.h"

#include <QJsonObject>
#include <QSslConfiguration>
#include <QtTest>

using namespace escale;
using namespace escale::test;

class TestSyncTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        if (!m_certificates.ok())
            QSKIP(qPrintable(m_certificates.error()));
        if (!m_server.start())
            QSKIP(qPrintable(m_server.skipReason()));
        m_defaultSsl = QSslConfiguration::defaultConfiguration();
    }

    void cleanup() { QSslConfiguration::setDefaultConfiguration(m_defaultSsl); }

    void untrustedCertificateIsRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("authorityTrusted");
        QTest::addColumn<QString>("pinned");     // a certificate whose fingerprint is trusted, or ""
        QTest::addColumn<QString>("problem");    // in the message
        QTest::addColumn<bool>("trustable");     // the message offers its fingerprint to trust
        QTest::newRow("auto-signé") << "self" << false << "" << "self-signed" << true;
        QTest::newRow("autorité inconnue") << "good" << false << "" << "not signed by an authority" << true;
        QTest::newRow("expiré") << "expired" << true << "" << "expired on" << false;
        QTest::newRow("émis pour un autre nom") << "elsewhere" << true << ""
                                                << "issued for couchdb.territoire.example, not for 127.0.0.1" << true;
        QTest::newRow("empreinte d'un autre certificat") << "self" << false << "good"
                                                         << "not the certificate trusted here" << true;
        QTest::newRow("expiré, même avec son empreinte") << "expired" << false << "expired" << "expired on" << false;
    }
    void untrustedCertificateIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, authorityTrusted);
        QFETCH(QString, pinned);
        QFETCH(QString, problem);
        QFETCH(bool, trustable);
        trustAuthority(authorityTrusted);
        const QString dbName = newDatabase();
        TlsProxy proxy(m_server.url(), m_certificates.certificate(certificate), m_certificates.key(certificate));

        SyncInstallation a;
        insertPlaces(a, 5);
        sync::SyncOptions options = a.options(proxy.url(), dbName);
        options.client.user = QStringLiteral("lodève");
        options.client.password = QStringLiteral("secret-du-tiers-lieu");
        options.client.maxAttempts = 2;
        if (!pinned.isEmpty())
            options.client.trustedFingerprint = sync::CouchClient::fingerprint(m_certificates.certificate(pinned));
        const sync::SyncReport report = sync::Replicator(*a.db, syncTestSchema(), options).run();

        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("sync.certificate"));
        const QString message = report.error.message;
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY2(message.contains(proxy.url().toString()), qPrintable(message)); // the server, named
        QVERIFY2(message.contains(QStringLiteral("neither password nor data")), qPrintable(message));
        const QString presented = sync::CouchClient::fingerprint(m_certificates.certificate(certificate));
        QCOMPARE(message.contains(presented), trustable); // offered to compare and trust, unless trust cannot help
        QCOMPARE(message.contains(QStringLiteral("must replace it")), !trustable);

        QCOMPARE(proxy.decryptedBytes(), 0); // no request, no password, left this computer
        QCOMPARE(docCount(dbName), 0);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM sync_revisions")), 0); // nothing changed here
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM test_places WHERE dirty = 1")), 5);
    }

    // The coordinator trusts the self-signed certificate by the fingerprint its administrator read with
    // openssl: the real replication runs over TLS, both ways.
    void trustedFingerprintReplicatesOverTls()
    {
        trustAuthority(false);
        const QString dbName = newDatabase();
        TlsProxy proxy(m_server.url(), m_certificates.certificate(QStringLiteral("self")),
                       m_certificates.key(QStringLiteral("self")));
        const QString read = m_certificates.opensslFingerprint(QStringLiteral("self"));
        QVERIFY2(read.startsWith(QStringLiteral("sha256 Fingerprint=")) || read.startsWith(QStringLiteral("SHA256 Fingerprint=")),
                 qPrintable(read));

        SyncInstallation a, b;
        insertPlaces(a, 40);
        sync::SyncOptions options = a.options(proxy.url(), dbName);
        options.client.trustedFingerprint = read; // as typed: normalised by the client
        options.pushPageSize = 15;                // several rounds, several connections
        const sync::SyncReport pushed = sync::Replicator(*a.db, syncTestSchema(), options).run();
        ESCALE_VERIFY_SYNC(pushed);
        QCOMPARE(pushed.pushed(), 40);
        QCOMPARE(docCount(dbName), 40);
        QVERIFY(proxy.decryptedBytes() > 0);
        const QByteArray upload = QByteArray("POST /") + dbName.toUtf8() + QByteArray("/_bulk_docs");
        QVERIFY(proxy.decrypted().contains(upload));

        sync::SyncOptions other = b.options(proxy.url(), dbName);
        other.client.trustedFingerprint = sync::CouchClient::normalizeFingerprint(read);
        other.changesLimit = 15;
        const sync::SyncReport pulled = sync::Replicator(*b.db, syncTestSchema(), other).run();
        ESCALE_VERIFY_SYNC(pulled);
        QCOMPARE(pulled.pulled(), 40);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM test_places")), 40);
    }

    // A certificate from an authority this computer trusts needs no fingerprint.
    void certificateFromATrustedAuthorityReplicates()
    {
        trustAuthority(true);
        const QString dbName = newDatabase();
        TlsProxy proxy(m_server.url(), m_certificates.certificate(QStringLiteral("good")),
                       m_certificates.key(QStringLiteral("good")));
        SyncInstallation a;
        insertPlaces(a, 12);
        const sync::SyncReport report = a.sync(proxy.url(), dbName);
        ESCALE_VERIFY_SYNC(report);
        QCOMPARE(report.pushed(), 12);
        QCOMPARE(docCount(dbName), 12);
    }

    // The settings keep the trusted fingerprint (Synchronisation section, escale sync --trust-fingerprint).
    void fingerprintIsNormalisedAndKept_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        const QString hex = QStringLiteral("ab").repeated(32);
        QTest::newRow("openssl") << QStringLiteral("sha256 Fingerprint=") + QStringLiteral("AB:").repeated(31) + QStringLiteral("AB") << true;
        QTest::newRow("minuscules sans deux-points") << hex << true;
        QTest::newRow("préfixe SHA256:") << QStringLiteral("SHA256:") + hex << true;
        QTest::newRow("trop court") << QStringLiteral("AB:CD") << false;
        QTest::newRow("pas hexadécimal") << QStringLiteral("zz").repeated(32) << false;
    }
    void fingerprintIsNormalisedAndKept()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        const QString normal = sync::CouchClient::normalizeFingerprint(typed);
        QCOMPARE(normal.isEmpty(), !valid);
        if (!valid)
            return;
        QCOMPARE(normal, QStringLiteral("AB:").repeated(31) + QStringLiteral("AB"));
        TempDatabase db;
        sync::SyncState state(*db);
        sync::SyncSettings settings = state.settings();
        settings.server = QUrl(QStringLiteral("https://couchdb.territoire.example:6984"));
        settings.trustedFingerprint = normal;
        ESCALE_VERIFY_OK(state.saveSettings(settings));
        QCOMPARE(state.settings().trustedFingerprint, normal);
    }

private:
    void trustAuthority(bool trusted)
    {
        QSslConfiguration conf = m_defaultSsl;
        if (trusted)
            conf.addCaCertificate(m_certificates.authority());
        QSslConfiguration::setDefaultConfiguration(conf);
    }

    QString newDatabase()
    {
        const QString name = QStringLiteral("tls-%1").arg(++m_counter);
        if (!m_server.createDatabase(name))
            qFatal("cannot create %s", qPrintable(name));
        return name;
    }

    int docCount(const QString &dbName)
    {
        return m_server.get(QLatin1Char('/') + dbName).json().object().value(QStringLiteral("doc_count")).toInt();
    }

    static void insertPlaces(SyncInstallation &side, int n)
    {
        for (int i = 0; i < n; ++i)
            if (!side.records.insert(QStringLiteral("test_places"),
                                     {{QStringLiteral("nom"), QStringLiteral("Lieu n° %1, Lodève").arg(i)}}))
                qFatal("insert failed");
    }

    TestCertificates m_certificates;
    PouchServer m_server;
    QSslConfiguration m_defaultSsl;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "TestSyncTls.moc"
