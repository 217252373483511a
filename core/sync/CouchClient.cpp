#include "sync/CouchClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcSyncHttp, "escale.sync.http")

namespace escale::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::sync::CouchClient", text);
}

bool isLocalHost(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
}

} // namespace

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
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList list;
        for (const QSslError &e : errors)
            list << e.errorString();
        reply->setProperty("escaleSslErrors", list); // shown to the user, never ignored
    });
    return reply;
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
    if (!reply.sslErrors.isEmpty())
        return {QStringLiteral("sync.certificate"),
                tr("The certificate of %1 is not trusted: %2").arg(server, reply.sslErrors.join(QStringLiteral("; ")))};
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
