#include "sync/CouchClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcSyncHttp, "escale.sync.http")

namespace escale::sync {

namespace {

QString tr(const char *text)
{
    // lupdate files this tr() under the class when called from its members, and under "escale::sync"
    // when called from the free functions of this file: look in both.
    const QString translated = QCoreApplication::translate("escale::sync::CouchClient", text);
    return translated != QString::fromUtf8(text) ? translated : QCoreApplication::translate("escale::sync", text);
}

// Problems of who vouches for the certificate, or of its name: what a fingerprint the coordinator
// trusts explicitly stands for. Expiry, revocation and the like are never overridden.
bool isIdentityProblem(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

QString certificateNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.constBegin(); it != alternatives.constEnd(); ++it)
        if (!names.contains(it.value()))
            names << it.value();
    for (const QString &cn : certificate.subjectInfo(QSslCertificate::CommonName))
        if (!names.contains(cn))
            names << cn;
    return names.isEmpty() ? QStringLiteral("?") : names.join(QStringLiteral(", "));
}

QString describeSslError(const QSslError &error, const QSslCertificate &certificate, const QString &host)
{
    const QSslCertificate &cert = error.certificate().isNull() ? certificate : error.certificate();
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return tr("it is self-signed (no authority vouches for it)");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return tr("it is not signed by an authority this computer trusts");
    case QSslError::CertificateExpired:
        return tr("it expired on %1").arg(QLocale().toString(cert.expiryDate().date(), QLocale::ShortFormat));
    case QSslError::CertificateNotYetValid:
        return tr("it is valid only from %1").arg(QLocale().toString(cert.effectiveDate().date(), QLocale::ShortFormat));
    case QSslError::HostNameMismatch:
        return tr("it was issued for %1, not for %2").arg(certificateNames(cert), host);
    case QSslError::CertificateRevoked:
        return tr("it has been revoked");
    default:
        return error.errorString();
    }
}

} // namespace

bool CouchClient::isLocalHost(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
}

QString CouchClient::normalizeFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    const qsizetype equals = hex.lastIndexOf(QLatin1Char('='));
    if (equals >= 0)
        hex = hex.mid(equals + 1); // sha256 Fingerprint=AB:CD:… (openssl x509 -fingerprint)
    if (hex.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive) || hex.startsWith(QLatin1String("SHA-256:"), Qt::CaseInsensitive))
        hex = hex.mid(hex.indexOf(QLatin1Char(':')) + 1);
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    if (hex.size() != 64)
        return QString();
    for (const QChar c : std::as_const(hex))
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
              || (c >= QLatin1Char('A') && c <= QLatin1Char('F'))))
            return QString();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QString CouchClient::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QString();
    return normalizeFingerprint(QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()));
}

CouchClient::CouchClient(ClientOptions options, const std::atomic<bool> *cancelled)
    : m_options(std::move(options))
    , m_cancelled(cancelled)
{
    m_nam.setAutoDeleteReplies(false);
}

QString CouchClient::encode(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

Status CouchClient::checkTransport() const
{
    const QUrl &url = m_options.server;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Status::failure(QStringLiteral("sync.bad-url"),
                               tr("« %1 » is not a server address (expected https://host:port).")
                                   .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    if (url.scheme() == QLatin1String("http") && !isLocalHost(url.host()) && !m_options.allowPlainHttp)
        return Status::failure(QStringLiteral("sync.insecure"),
                               tr("The server %1 is reached over plain HTTP: passwords and data would travel "
                                  "unencrypted. Use https://, or confirm plain HTTP explicitly.")
                                   .arg(url.host()));
    return {};
}

QNetworkReply *CouchClient::start(const HttpRequest &request)
{
    QString text = m_options.server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::RemoveQuery
                                             | QUrl::RemoveFragment | QUrl::FullyEncoded);
    text += request.path;
    if (!request.query.isEmpty()) {
        QStringList parts;
        for (const auto &[key, value] : request.query)
            parts << encode(key) + QLatin1Char('=') + encode(value);
        text += QLatin1Char('?') + parts.join(QLatin1Char('&'));
    }
    QNetworkRequest req(QUrl::fromEncoded(text.toLatin1(), QUrl::StrictMode));
    req.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (m_basic && !m_options.user.isEmpty())
        req.setRawHeader("Authorization",
                         "Basic " + (m_options.user + QLatin1Char(':') + m_options.password).toUtf8().toBase64());
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    ++m_requestCount;
    QNetworkReply *reply = m_nam.sendCustomRequest(req, request.method, request.body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    return reply;
}

void CouchClient::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    for (const QSslError &e : errors)
        if (certificate.isNull() && !e.certificate().isNull())
            certificate = e.certificate();
    const QString presented = fingerprint(certificate);
    const QString trusted = normalizeFingerprint(m_options.trustedFingerprint);
    bool identityOnly = true;
    QStringList problems;
    for (const QSslError &e : errors) {
        identityOnly = identityOnly && isIdentityProblem(e.error());
        const QString words = describeSslError(e, certificate, m_options.server.host());
        if (!problems.contains(words))
            problems << words;
    }
    if (!trusted.isEmpty() && !presented.isEmpty() && presented == trusted && identityOnly) {
        qCDebug(lcSyncHttp) << "certificate trusted by its fingerprint" << presented;
        reply->ignoreSslErrors(errors);
        return;
    }
    // Refused: the handshake stops here, before any request (nor password) leaves this computer.
    reply->setProperty("escaleSslErrors", problems);
    reply->setProperty("escaleSslFingerprint", presented);
    reply->setProperty("escaleSslMismatch", !trusted.isEmpty() && presented != trusted);
    reply->setProperty("escaleSslTrustable", identityOnly);
}

HttpReply CouchClient::collect(QNetworkReply *reply, bool timedOut)
{
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.networkError = reply->error();
    r.networkErrorString = reply->errorString();
    r.timedOut = timedOut;
    r.sslErrors = reply->property("escaleSslErrors").toStringList();
    r.certificateFingerprint = reply->property("escaleSslFingerprint").toString();
    r.fingerprintMismatch = reply->property("escaleSslMismatch").toBool();
    r.certificateTrustable = reply->property("escaleSslTrustable").toBool();
    return r;
}

bool CouchClient::shouldRetry(const HttpReply &reply) const
{
    if (reply.cancelled || !reply.sslErrors.isEmpty())
        return false;
    if (reply.status == 0)
        return reply.networkError != QNetworkReply::SslHandshakeFailedError
            && reply.networkError != QNetworkReply::ProtocolUnknownError;
    return reply.status == 429 || reply.status == 500 || reply.status == 502 || reply.status == 503
        || reply.status == 504;
}

void CouchClient::sleep(int ms)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancelled && m_cancelled->load())
            loop.quit();
    });
    done.start(ms);
    poll.start(50);
    loop.exec();
}

Status CouchClient::login()
{
    if (m_options.user.isEmpty() || m_basic)
        return {};
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/_session");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), m_options.user},
                                             {QStringLiteral("password"), m_options.password}})
                       .toJson(QJsonDocument::Compact);
    m_loggingIn = true; // no re-login from inside the login itself
    const HttpReply reply = sendAll({request}).first();
    m_loggingIn = false;
    if (reply.status == 200) {
        qCDebug(lcSyncHttp) << "logged in with _session";
        return {};
    }
    if (reply.status == 401)
        return Status::failure(QStringLiteral("sync.auth"),
                               tr("The server refused the user name « %1 » or its password.").arg(m_options.user));
    if (reply.status == 404 || reply.status == 405 || reply.status == 400 || reply.status == 501) {
        const QUrl &url = m_options.server;
        if (url.scheme() != QLatin1String("https") && !isLocalHost(url.host()))
            return Status::failure(
                QStringLiteral("sync.insecure"),
                tr("The server %1 accepts a password only with Basic authentication, which would send it with "
                   "every request unencrypted over plain HTTP: it was not sent. Use https://.")
                    .arg(url.host()));
        qCDebug(lcSyncHttp) << "no _session on this server: Basic authentication";
        m_basic = true;
        return {};
    }
    return describe(request, reply, QString());
}

HttpReply CouchClient::send(const HttpRequest &request)
{
    return sendAll({request}).first();
}

QList<HttpReply> CouchClient::sendAll(const QList<HttpRequest> &requests)
{
    return sendAll(requests, {});
}

QList<HttpReply> CouchClient::sendAll(const QList<HttpRequest> &requests, const std::function<void()> &whileWaiting)
{
    std::function<void()> work = whileWaiting;
    QList<HttpReply> replies(requests.size());
    QList<int> attempts(requests.size(), 0);
    QList<int> pending;
    for (int i = 0; i < requests.size(); ++i)
        pending << i;
    bool reloggedIn = false;
    int round = 0;
    while (!pending.isEmpty()) {
        if (m_cancelled && m_cancelled->load()) {
            for (int i : pending)
                replies[i].cancelled = true;
            break;
        }
        QList<int> queue = pending;
        pending.clear();
        QList<int> retry;
        QList<int> unauthorized;
        QEventLoop loop;
        QHash<QNetworkReply *, int> running;
        std::vector<std::unique_ptr<QNetworkReply>> finished;
        std::function<void()> startNext = [&] {
            while (running.size() < m_options.maxInFlight && !queue.isEmpty()) {
                const int index = queue.takeFirst();
                QNetworkReply *reply = start(requests.at(index));
                running.insert(reply, index);
                auto *timer = new QTimer(reply);
                timer->setSingleShot(true);
                QObject::connect(timer, &QTimer::timeout, reply, [reply] {
                    reply->setProperty("escaleTimedOut", true);
                    reply->abort();
                });
                timer->start(m_options.timeoutMs);
                QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                    const int i = running.take(reply);
                    HttpReply r = collect(reply, reply->property("escaleTimedOut").toBool());
                    r.cancelled = reply->property("escaleCancelled").toBool();
                    finished.emplace_back(reply);
                    ++attempts[i];
                    if (r.status == 401 && !m_loggingIn && !m_basic && !reloggedIn && !m_options.user.isEmpty())
                        unauthorized << i;
                    else if (shouldRetry(r) && attempts[i] < m_options.maxAttempts)
                        retry << i;
                    replies[i] = r;
                    if (!r.cancelled)
                        startNext();
                    if (running.isEmpty())
                        loop.quit();
                });
            }
        };
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (m_cancelled && m_cancelled->load()) {
                queue.clear();
                const auto list = running.keys();
                for (QNetworkReply *reply : list) {
                    reply->setProperty("escaleCancelled", true);
                    reply->abort();
                }
            }
        });
        poll.start(50);
        startNext();
        if (work) {
            // Let the requests leave (the HTTP thread sends them), then work until the replies are read.
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            const std::function<void()> once = std::move(work);
            work = nullptr;
            once();
        }
        if (!running.isEmpty())
            loop.exec();
        poll.stop();
        for (int i : queue)
            replies[i].cancelled = true;
        if (m_cancelled && m_cancelled->load())
            break;
        if (!unauthorized.isEmpty()) {
            reloggedIn = true;
            qCInfo(lcSyncHttp) << "401: logging in again";
            if (login())
                pending += unauthorized;
        }
        if (!retry.isEmpty()) {
            ++round;
            const int base = m_options.backoffMs << std::min(round - 1, 6);
            const int wait = base + int(QRandomGenerator::global()->bounded(quint32(std::max(1, base))));
            qCInfo(lcSyncHttp) << "retrying" << retry.size() << "request(s) in" << wait << "ms";
            sleep(wait);
            pending += retry;
        }
    }
    return replies;
}

Error CouchClient::describe(const HttpRequest &request, const HttpReply &reply, const QString &database) const
{
    const QString server = m_options.server.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    if (reply.cancelled)
        return {QStringLiteral("sync.cancelled"), tr("Synchronisation cancelled.")};
    if (!reply.sslErrors.isEmpty()) {
        QString message = tr("The connection to %1 was refused because its certificate cannot be trusted: %2.")
                              .arg(server, reply.sslErrors.join(QStringLiteral("; ")));
        if (reply.fingerprintMismatch)
            message += QLatin1Char(' ')
                + tr("It is not the certificate trusted here (SHA-256 %1).")
                      .arg(normalizeFingerprint(m_options.trustedFingerprint));
        message += QLatin1Char(' ') + tr("Nothing was sent to it, neither password nor data.");
        if (!reply.certificateTrustable)
            message += QLatin1Char(' ') + tr("The server's administrator must replace it.");
        else if (!reply.certificateFingerprint.isEmpty())
            message += QLatin1Char(' ')
                + tr("Its SHA-256 fingerprint is %1: if the server's administrator confirms it, enter it as the "
                     "trusted certificate in the Synchronisation section (or escale sync --trust-fingerprint).")
                      .arg(reply.certificateFingerprint);
        return {QStringLiteral("sync.certificate"), message};
    }
    if (reply.status == 0) {
        if (reply.timedOut)
            return {QStringLiteral("sync.timeout"),
                    tr("The server %1 did not answer within %2 seconds (tried %3 times).")
                        .arg(server)
                        .arg(m_options.timeoutMs / 1000.0, 0, 'f', 1)
                        .arg(m_options.maxAttempts)};
        return {QStringLiteral("sync.unreachable"),
                tr("The server %1 cannot be reached: %2.").arg(server, reply.networkErrorString)};
    }
    QString reason;
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    if (!json.isEmpty())
        reason = json.value(QStringLiteral("reason")).toString(json.value(QStringLiteral("error")).toString());
    else if (reply.body.trimmed().startsWith('<'))
        reason = tr("an HTML page instead of JSON");
    const QString what = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    switch (reply.status) {
    case 401:
        return {QStringLiteral("sync.auth"),
                m_options.user.isEmpty()
                    ? tr("The server %1 asks for a user name and a password.").arg(server)
                    : tr("The server refused the user name « %1 » or its password.").arg(m_options.user)};
    case 403:
        return {QStringLiteral("sync.forbidden"),
                m_options.user.isEmpty()
                    ? tr("This installation has no rights on the database « %1 »: give a user name (%2).")
                          .arg(database, reason)
                    : tr("The account « %1 » has no rights on the database « %2 » (%3).")
                          .arg(m_options.user, database, reason)};
    case 404:
        return {QStringLiteral("sync.not-found"),
                request.path.count(QLatin1Char('/')) <= 1
                    ? tr("The database « %1 » does not exist on the server %2.").arg(database, server)
                    : tr("The server %1 does not know %2.").arg(server, what)};
    case 413:
        return {QStringLiteral("sync.too-large"),
                tr("The server %1 refuses even a single document as too large (%2).").arg(server, reason)};
    case 507:
        return {QStringLiteral("sync.full"), tr("The server %1 is full: %2").arg(server, reason)};
    default:
        break;
    }
    if (reason.contains(QLatin1String("insufficient_storage")) || reason.contains(QLatin1String("no space")))
        return {QStringLiteral("sync.full"), tr("The server %1 is full: %2").arg(server, reason)};
    if (reply.status >= 500)
        return {QStringLiteral("sync.server"),
                tr("The server %1 failed (HTTP %2) on %3%4; try again later.")
                    .arg(server)
                    .arg(reply.status)
                    .arg(what, reason.isEmpty() ? QString() : QStringLiteral(": ") + reason)};
    return {QStringLiteral("sync.http"),
            tr("The server %1 answered HTTP %2 to %3%4.")
                .arg(server)
                .arg(reply.status)
                .arg(what, reason.isEmpty() ? QString() : QStringLiteral(": ") + reason)};
}

} // namespace escale::sync
