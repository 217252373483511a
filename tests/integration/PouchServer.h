#pragma once

// A pouchdb-server for the integration tests (DESIGN.md §5): started from node_modules (installed from
// the committed lockfile), in memory, bound to 127.0.0.1 on a free port, in a temporary working folder
// (it writes a log and a config there), and killed when the fixture goes. Reusable by any test:
//
//     test::PouchServer server;
//     if (!server.start())
//         QSKIP(qPrintable(server.skipReason()));
//     server.createDatabase("territoire");
//     QUrl url = server.url();

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace escale::test {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// A blocking JSON request, for test set-up and checks.
inline HttpResult httpRequest(const QUrl &url, const QByteArray &method, const QByteArray &body = {},
                              int timeoutMs = 30000)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
    } else {
        reply->abort();
    }
    delete reply;
    return result;
}

inline int freeLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

inline QString nodeModules()
{
    QString dir = qEnvironmentVariable("ESCALE_NODE_MODULES");
    if (dir.isEmpty())
        dir = QDir(QStringLiteral(ESCALE_SOURCE_DIR)).filePath(QStringLiteral("node_modules"));
    return dir;
}

class PouchServer
{
public:
    PouchServer() = default;
    ~PouchServer() { stop(); }
    PouchServer(const PouchServer &) = delete;
    PouchServer &operator=(const PouchServer &) = delete;

    // False (with skipReason()) when node or pouchdb-server is not installed, or it does not start.
    bool start()
    {
        const QString script = QDir(nodeModules()).filePath(QStringLiteral("pouchdb-server/bin/pouchdb-server"));
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty() || !QFile::exists(script)) {
            m_reason = QStringLiteral("pouchdb-server is not installed (run npm ci --ignore-scripts): %1").arg(script);
            return false;
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freeLocalPort();
            m_process.setWorkingDirectory(m_dir.path());
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
            m_process.start(node, {script, QStringLiteral("--in-memory"), QStringLiteral("--host"),
                                   QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_port)});
            if (!m_process.waitForStarted(10000))
                continue;
            for (int i = 0; i < 300 && m_process.state() == QProcess::Running; ++i) {
                if (httpRequest(url(), "GET", {}, 1000).status == 200)
                    return true;
                QThread::msleep(50);
            }
            stop();
        }
        m_reason = QStringLiteral("pouchdb-server did not start; see %1").arg(m_dir.filePath(QStringLiteral("server.log")));
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Simulates a server restart losing everything (in-memory): the same port, empty.
    bool restart()
    {
        stop();
        m_process.start(m_process.program(), m_process.arguments());
        if (!m_process.waitForStarted(10000))
            return false;
        for (int i = 0; i < 300; ++i) {
            if (httpRequest(url(), "GET", {}, 1000).status == 200)
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    QString skipReason() const { return m_reason; }
    QString workingDirectory() const { return m_dir.path(); }

    bool createDatabase(const QString &name)
    {
        const int status = httpRequest(url(QLatin1Char('/') + name), "PUT").status;
        return status == 201 || status == 412;
    }
    HttpResult get(const QString &path) { return httpRequest(url(path), "GET"); }
    HttpResult put(const QString &path, const QByteArray &body) { return httpRequest(url(path), "PUT", body); }
    HttpResult post(const QString &path, const QByteArray &body) { return httpRequest(url(path), "POST", body); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_reason;
};

} // namespace escale::test
