#pragma once

// A small fake CouchDB for failure tests: an HTTP/1.1 server on 127.0.0.1 that forwards every request
// to a real pouchdb-server, except those that match a fault rule, which it answers itself (a status,
// an HTML page, truncated JSON, a dropped connection, no answer at all) or whose answer it rewrites
// (string sequences, a bad revision id, a feed that goes backwards).

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace escale::test {

struct FakeRequest
{
    QByteArray method;
    QByteArray target;   // path and query, as sent
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QByteArray> extraHeaders;
};

inline FakeResponse reply(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                          const QList<QByteArray> &extraHeaders = {})
{
    return FakeResponse{status, body, contentType, extraHeaders};
}

struct Fault
{
    enum Kind { Answer, Drop, Hang, Truncate, Rewrite };
    QByteArray method;                 // empty: any
    QByteArray pathContains;
    Kind kind = Answer;
    int skip = 0;                      // let this many matching requests through first
    int times = -1;                    // -1: forever
    int minBodyBytes = 0;              // only requests at least this big
    FakeResponse answer;               // Answer
    std::function<QByteArray(const FakeRequest &, const QByteArray &)> rewrite; // Rewrite (body of the real answer)
};

class FakeCouch : public QObject
{
public:
    // `address`: another loopback address (127.0.0.2) stands for a server that is not this machine.
    explicit FakeCouch(QUrl upstream, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
        : m_upstream(std::move(upstream))
    {
        m_server.listen(address, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://%1:%2").arg(m_server.serverAddress().toString()).arg(m_server.serverPort()));
    }
    bool isListening() const { return m_server.isListening(); }
    void addFault(const Fault &fault) { m_faults.append({fault, 0}); }
    void clearFaults() { m_faults.clear(); }
    // How many requests whose path or query contains `part` (and of that method, if given) were received.
    int count(const QByteArray &part, const QByteArray &method = {}) const
    {
        int n = 0;
        for (const FakeRequest &r : m_log)
            if (r.target.contains(part) && (method.isEmpty() || r.method == method))
                ++n;
        return n;
    }
    // How many requests carried an Authorization header.
    int authorizationHeaders() const
    {
        int n = 0;
        for (const FakeRequest &r : m_log)
            if (r.headers.contains("authorization"))
                ++n;
        return n;
    }
    // Rewrites a request before forwarding it (e.g. back from string sequences to numbers).
    std::function<void(FakeRequest &)> rewriteRequest;

private:
    struct Rule
    {
        Fault fault;
        int seen = 0;
    };

    void readFrom(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            FakeRequest request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            handle(socket, request);
        }
    }

    Rule *match(const FakeRequest &request)
    {
        for (Rule &rule : m_faults) {
            const Fault &f = rule.fault;
            if (!f.method.isEmpty() && f.method != request.method)
                continue;
            if (!request.target.contains(f.pathContains))
                continue;
            if (request.body.size() < f.minBodyBytes)
                continue;
            const int index = rule.seen++;
            if (index < f.skip)
                continue;
            if (f.times >= 0 && index >= f.skip + f.times)
                continue;
            return &rule;
        }
        return nullptr;
    }

    void respond(QTcpSocket *socket, const FakeResponse &response, bool truncate = false)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\nContent-Type: " + response.contentType
            + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const QByteArray &h : response.extraHeaders)
            head += h + "\r\n";
        head += "\r\n";
        if (truncate) {
            socket->write(head + response.body.left(response.body.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        socket->write(head + response.body);
    }

    void handle(QTcpSocket *socket, FakeRequest request)
    {
        m_log.append(request);
        Rule *rule = match(request);
        if (rule && rule->fault.kind == Fault::Answer) {
            respond(socket, rule->fault.answer);
            return;
        }
        if (rule && rule->fault.kind == Fault::Drop) {
            socket->abort();
            return;
        }
        if (rule && rule->fault.kind == Fault::Hang)
            return;
        if (rewriteRequest)
            rewriteRequest(request);
        QNetworkRequest forward(QUrl(m_upstream.toString() + QString::fromLatin1(request.target)));
        forward.setRawHeader("Accept", "application/json");
        if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
            forward.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(forward, request.method, request.body);
        const Fault fault = rule ? rule->fault : Fault{};
        const bool faulty = rule != nullptr;
        QPointer<QTcpSocket> target(socket);
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            reply->deleteLater();
            if (!target)
                return;
            FakeResponse response;
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            response.body = reply->readAll();
            if (faulty && fault.kind == Fault::Rewrite && fault.rewrite)
                response.body = fault.rewrite(request, response.body);
            respond(target, response, faulty && fault.kind == Fault::Truncate);
        });
    }

    QUrl m_upstream;
    QTcpServer m_server;
    QNetworkAccessManager m_nam;
    QList<Rule> m_faults;
    QList<FakeRequest> m_log;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace escale::test
