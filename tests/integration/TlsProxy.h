#pragma once

// HTTPS in front of a local server, for the TLS tests: certificates made at test time with openssl
// (TestCertificates) and a TLS proxy (TlsProxy) on 127.0.0.1 that decrypts and forwards the bytes to a
// plain-HTTP server (pouchdb-server), so the real replication runs over TLS. The proxy counts what it
// decrypted: a client that refuses the certificate sends nothing (neither password nor data).

#include <QFile>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

namespace escale::test {

// A test authority, and certificates for 127.0.0.1: self-signed, signed by the authority, expired
// (signed by it, January 2020), and one issued for another name (couchdb.territoire.example).
class TestCertificates
{
public:
    TestCertificates()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            m_error = QStringLiteral("openssl is not installed");
            return;
        }
        writeFile(QStringLiteral("openssl.cnf"),
                  "[ req ]\ndistinguished_name = dn\nprompt = no\n[ dn ]\nCN = unused\n"
                  "[ ca ]\ndefault_ca = test\n"
                  "[ test ]\ndatabase = index.txt\nserial = serial\nnew_certs_dir = .\ndefault_md = sha256\n"
                  "policy = any\ncopy_extensions = none\nunique_subject = no\n"
                  "[ any ]\ncommonName = supplied\n"
                  "[ authority ]\nbasicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\n"
                  "subjectKeyIdentifier = hash\n"
                  "[ self ]\nbasicConstraints = CA:FALSE\nsubjectAltName = IP:127.0.0.1\n"
                  "[ leaf ]\nbasicConstraints = CA:FALSE\nkeyUsage = digitalSignature\n"
                  "extendedKeyUsage = serverAuth\nsubjectAltName = IP:127.0.0.1\n"
                  "[ elsewhere ]\nbasicConstraints = CA:FALSE\nkeyUsage = digitalSignature\n"
                  "extendedKeyUsage = serverAuth\nsubjectAltName = DNS:couchdb.territoire.example\n");
        writeFile(QStringLiteral("index.txt"), "");
        writeFile(QStringLiteral("serial"), "1000\n");
        const QString cnf = path(QStringLiteral("openssl.cnf"));
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        auto sign = [&](const QString &csr, const QString &out, const QString &extensions, const QStringList &dates) {
            return run(QStringList{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), cnf,
                                   QStringLiteral("-cert"), path(QStringLiteral("ca.pem")), QStringLiteral("-keyfile"),
                                   path(QStringLiteral("ca.key")), QStringLiteral("-in"), path(csr),
                                   QStringLiteral("-out"), path(out), QStringLiteral("-extensions"), extensions,
                                   QStringLiteral("-notext")}
                       + dates);
        };
        const QStringList valid{QStringLiteral("-days"), QStringLiteral("30")};
        const bool ok =
            run(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), cnf} + ec
                + QStringList{QStringLiteral("-keyout"), path(QStringLiteral("self.key")), QStringLiteral("-out"),
                              path(QStringLiteral("self.pem")), QStringLiteral("-days"), QStringLiteral("30"),
                              QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-extensions"),
                              QStringLiteral("self")})
            && run(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), cnf} + ec
                   + QStringList{QStringLiteral("-keyout"), path(QStringLiteral("ca.key")), QStringLiteral("-out"),
                                 path(QStringLiteral("ca.pem")), QStringLiteral("-days"), QStringLiteral("30"),
                                 QStringLiteral("-subj"), QStringLiteral("/CN=Autorite de test Escale"),
                                 QStringLiteral("-extensions"), QStringLiteral("authority")})
            && run(QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), cnf} + ec
                   + QStringList{QStringLiteral("-keyout"), path(QStringLiteral("leaf.key")), QStringLiteral("-out"),
                                 path(QStringLiteral("leaf.csr")), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")})
            && run(QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), cnf,
                               QStringLiteral("-key"), path(QStringLiteral("leaf.key")), QStringLiteral("-out"),
                               path(QStringLiteral("elsewhere.csr")), QStringLiteral("-subj"),
                               QStringLiteral("/CN=couchdb.territoire.example")})
            && sign(QStringLiteral("leaf.csr"), QStringLiteral("good.pem"), QStringLiteral("leaf"), valid)
            && sign(QStringLiteral("elsewhere.csr"), QStringLiteral("elsewhere.pem"), QStringLiteral("elsewhere"), valid)
            && sign(QStringLiteral("leaf.csr"), QStringLiteral("expired.pem"), QStringLiteral("leaf"),
                    {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                     QStringLiteral("20200201000000Z")});
        if (!ok && m_error.isEmpty())
            m_error = QStringLiteral("openssl failed");
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // self | good | expired | elsewhere
    QSslCertificate certificate(const QString &kind) const
    {
        return QSslCertificate::fromPath(path(kind + QStringLiteral(".pem"))).value(0);
    }
    QSslKey key(const QString &kind) const
    {
        QFile file(path(kind == QLatin1String("self") ? QStringLiteral("self.key") : QStringLiteral("leaf.key")));
        file.open(QIODevice::ReadOnly);
        return QSslKey(&file, QSsl::Ec);
    }
    QSslCertificate authority() const { return certificate(QStringLiteral("ca")); }
    // What the server's administrator reads to the coordinator: `openssl x509 -fingerprint -sha256`.
    QString opensslFingerprint(const QString &kind)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), path(kind + QStringLiteral(".pem")),
                                            QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        p.waitForFinished(30000);
        return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writeFile(const QString &name, const QByteArray &text)
    {
        QFile file(path(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
    }
    bool run(const QStringList &arguments)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1: %2").arg(arguments.join(QLatin1Char(' ')),
                                                          QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_error;
};

// TLS on 127.0.0.1 with the given certificate, forwarding the decrypted bytes to `upstream` (plain HTTP).
class TlsProxy : public QObject
{
public:
    TlsProxy(const QUrl &upstream, const QSslCertificate &certificate, const QSslKey &key)
        : m_upstreamPort(quint16(upstream.port()))
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(certificate);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
        m_server.listen(QHostAddress::LocalHost, 0);
        // pendingConnectionAvailable, not newConnection: a connection is pending once its handshake succeeded.
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                pipe(socket);
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }
    // Bytes the clients sent once the TLS handshake succeeded (requests, headers, passwords).
    qint64 decryptedBytes() const { return m_decrypted.size(); }
    QByteArray decrypted() const { return m_decrypted; }
    int connections() const { return m_connections; }

private:
    void pipe(QTcpSocket *client)
    {
        ++m_connections;
        auto *upstream = new QTcpSocket(client);
        auto pending = std::make_shared<QByteArray>();
        QPointer<QTcpSocket> up(upstream);
        auto fromClient = [this, client, up, pending] {
            const QByteArray data = client->readAll();
            m_decrypted += data;
            if (up && up->state() == QAbstractSocket::ConnectedState)
                up->write(data);
            else
                *pending += data;
        };
        connect(upstream, &QTcpSocket::connected, client, [up, pending] {
            if (up && !pending->isEmpty())
                up->write(*pending);
            pending->clear();
        });
        connect(client, &QTcpSocket::readyRead, this, fromClient);
        connect(upstream, &QTcpSocket::readyRead, client, [client, up] { client->write(up->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client, up] {
            if (up)
                up->disconnectFromHost();
            client->deleteLater();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        fromClient();
    }

    QSslServer m_server;
    quint16 m_upstreamPort = 0;
    QByteArray m_decrypted;
    int m_connections = 0;
};

} // namespace escale::test
