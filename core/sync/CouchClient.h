#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSslCertificate;
class QSslError;

#include <atomic>
#include <functional>
#include <utility>

namespace escale::sync {

struct HttpRequest
{
    QByteArray method = "GET";
    QString path;                              // already percent-encoded, e.g. /db/_changes
    QList<std::pair<QString, QString>> query;  // encoded by the client
    QByteArray body;                           // JSON, sent with Content-Type: application/json
};

struct HttpReply
{
    int status = 0;                  // 0: no HTTP answer (see networkError)
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;
    bool cancelled = false;
    QStringList sslErrors;           // the certificate's problems, in words (the connection was refused)
    QString certificateFingerprint;  // SHA-256 of the certificate refused, AB:CD:… (to compare and trust)
    bool fingerprintMismatch = false; // a fingerprint is trusted, and this certificate is not that one
    bool certificateTrustable = false; // its only problems are its signer or its name (a fingerprint can vouch)
};

struct ClientOptions
{
    QUrl server;                     // http(s)://host:port[/prefix]
    QString user;                    // empty: no authentication
    QString password;
    bool allowPlainHttp = false;     // the user confirmed plain HTTP to a host other than 127.0.0.1
    // SHA-256 fingerprint (AB:CD:…) of a certificate the coordinator trusts explicitly (a self-signed one,
    // or one from the territory's own authority): accepted although no known authority signed it or its
    // name differs, never when it expired, is not valid yet or was revoked.
    QString trustedFingerprint;
    int timeoutMs = 30000;           // per attempt
    int maxAttempts = 4;             // time-outs, dropped connections, 5xx, 429
    int backoffMs = 500;             // first back-off; doubles, plus up to as much jitter
    int maxInFlight = 4;
};

// HTTP for the replicator: JSON requests to one CouchDB server, with time-outs, retries with back-off
// and jitter, at most maxInFlight requests at once, `_session` cookie login (falling back to Basic when
// the server has no `_session`) and a fresh login on 401. Requests block in a local event loop, so the
// replicator reads as the protocol does; run it on a worker thread for the GUI.
class CouchClient
{
public:
    CouchClient(ClientOptions options, const std::atomic<bool> *cancelled);

    // Plain HTTP is allowed only to the local machine or when the user confirmed it.
    Status checkTransport() const;
    static bool isLocalHost(const QString &host);
    // A SHA-256 fingerprint as typed (AB:CD:…, abcd…, "SHA256:…", "sha256 Fingerprint=…") in the
    // form kept and shown, AB:CD:… (64 hex digits); empty when it is not one.
    static QString normalizeFingerprint(const QString &text);
    static QString fingerprint(const QSslCertificate &certificate);
    // Logs in when a user is set (POST /_session, Basic when the server has no _session).
    Status login();

    HttpReply send(const HttpRequest &request);
    // Runs the requests with at most maxInFlight at once; replies in the same order.
    QList<HttpReply> sendAll(const QList<HttpRequest> &requests);
    // The same, running whileWaiting once after the requests went out and before waiting for the
    // replies: local work overlaps the server's (replies are read afterwards; time-outs still apply).
    QList<HttpReply> sendAll(const QList<HttpRequest> &requests, const std::function<void()> &whileWaiting);

    // A message the user can read for a reply that is not a success.
    Error describe(const HttpRequest &request, const HttpReply &reply, const QString &database) const;

    int requestCount() const { return m_requestCount; }
    const ClientOptions &options() const { return m_options; }
    static QString encode(const QString &segment);

private:
    QNetworkReply *start(const HttpRequest &request);
    bool shouldRetry(const HttpReply &reply) const;
    void sleep(int ms);
    HttpReply collect(QNetworkReply *reply, bool timedOut);
    // Called on a certificate error: ignores it when the certificate is the trusted one and its only
    // problems are who signed it or its name; otherwise records the problems in words on the reply.
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

    ClientOptions m_options;
    const std::atomic<bool> *m_cancelled;
    QNetworkAccessManager m_nam;
    bool m_basic = false;
    bool m_loggingIn = false;
    int m_requestCount = 0;
};

} // namespace escale::sync
