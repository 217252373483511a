#include "sync/Replicator.h"

#include "common/Ids.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

#include <utility>

Q_LOGGING_CATEGORY(lcSync, "escale.sync")

namespace escale::sync {

namespace {

QString tr(const char *text)
{
    // lupdate files this tr() under the class when called from its members, and under "escale::sync"
    // when called from the free functions of this file: look in both.
    const QString translated = QCoreApplication::translate("escale::sync::Replicator", text);
    return translated != QString::fromUtf8(text) ? translated : QCoreApplication::translate("escale::sync", text);
}

QString seqText(const QJsonValue &seq)
{
    if (seq.isDouble())
        return QString::number(qint64(seq.toDouble()));
    if (seq.isString())
        return seq.toString();
    return QStringLiteral("0");
}

// The numeric part of an opaque sequence when it has one (CouchDB 3: "123-g1AAAA…"), for the
// "goes backwards" check; nothing else is read from a sequence.
std::optional<qint64> seqOrder(const QJsonValue &seq)
{
    if (seq.isDouble())
        return qint64(seq.toDouble());
    if (!seq.isString())
        return std::nullopt;
    const QString text = seq.toString();
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 n = (dash < 0 ? text : text.left(dash)).toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QString httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

Error badAnswer(const QString &what, const QString &detail)
{
    return {QStringLiteral("sync.bad-answer"), tr("The server's answer to %1 is not what CouchDB sends: %2.").arg(what, detail)};
}

QString localPath(const QString &db, const QString &rest)
{
    return QLatin1Char('/') + CouchClient::encode(db) + rest;
}

Result<IncomingRevision> parseIncoming(const QJsonObject &doc, const QString &what)
{
    IncomingRevision in;
    in.docId = doc.value(QStringLiteral("_id")).toString();
    in.rev = doc.value(QStringLiteral("_rev")).toString();
    int generation = 0;
    QString hash;
    if (in.docId.isEmpty())
        return badAnswer(what, tr("a document without _id"));
    if (!RevisionStore::parseRev(in.rev, &generation, &hash))
        return Error{QStringLiteral("sync.bad-revision"),
                     tr("The server sent the document %1 with the revision « %2 », which is not of the form N-hash.")
                         .arg(in.docId, in.rev)};
    in.deleted = doc.value(QStringLiteral("_deleted")).toBool();
    const QJsonObject revisions = doc.value(QStringLiteral("_revisions")).toObject();
    if (!revisions.isEmpty()) {
        const int start = revisions.value(QStringLiteral("start")).toInt(-1);
        const QJsonArray ids = revisions.value(QStringLiteral("ids")).toArray();
        if (start != generation || ids.isEmpty() || ids.first().toString() != hash || start - ids.size() < 0)
            return Error{QStringLiteral("sync.bad-revision"),
                         tr("The server sent the document %1 with a revision history that does not match « %2 ».")
                             .arg(in.docId, in.rev)};
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString rev = QStringLiteral("%1-%2").arg(start - i).arg(ids.at(i).toString());
            if (!RevisionStore::parseRev(rev))
                return Error{QStringLiteral("sync.bad-revision"),
                             tr("The server sent the document %1 with an ancestor « %2 » that is not of the form "
                                "N-hash.")
                                 .arg(in.docId, rev)};
            in.ancestry << rev;
        }
    } else {
        in.ancestry << in.rev;
    }
    for (auto it = doc.constBegin(); it != doc.constEnd(); ++it)
        if (!it.key().startsWith(QLatin1Char('_')))
            in.body.insert(it.key(), it.value());
    return in;
}

// A revision received (from _bulk_get or open_revs): checked, and one that was asked for.
Status acceptIncoming(const QJsonObject &doc, const QString &what, const QHash<QString, QStringList> &missing,
                      QList<IncomingRevision> &result)
{
    Result<IncomingRevision> in = parseIncoming(doc, what);
    if (!in)
        return in.error();
    if (!missing.contains(in->docId))
        return badAnswer(what, tr("the document %1, which was not asked for").arg(in->docId));
    result << std::move(*in);
    return {};
}

// A revision the server could not send: a per-document failure of the run.
void refuseIncoming(const QString &id, const QString &rev, const QString &reason, DatabaseReport &report)
{
    ++report.failures;
    report.failureMessages << tr("The server could not send %1 (%2): %3").arg(id, rev, reason);
}

} // namespace

int SyncReport::pushed() const
{
    int n = 0;
    for (const auto &d : databases)
        n += d.pushed;
    return n;
}

int SyncReport::pulled() const
{
    int n = 0;
    for (const auto &d : databases)
        n += d.pulled;
    return n;
}

int SyncReport::failures() const
{
    int n = 0;
    for (const auto &d : databases)
        n += d.failures;
    return n;
}

QJsonObject SyncReport::toJson() const
{
    QJsonArray dbs;
    for (const auto &d : databases) {
        dbs.append(QJsonObject{{QStringLiteral("database"), d.key},
                               {QStringLiteral("name"), d.name},
                               {QStringLiteral("pushed"), d.pushed},
                               {QStringLiteral("pulled"), d.pulled},
                               {QStringLiteral("failures"), d.failures},
                               {QStringLiteral("failureMessages"), QJsonArray::fromStringList(d.failureMessages)},
                               {QStringLiteral("warnings"), QJsonArray::fromStringList(d.warnings)},
                               {QStringLiteral("incidentsOpened"), d.incidentsOpened}});
    }
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("captured"), captured},
                  {QStringLiteral("pushed"), pushed()},
                  {QStringLiteral("pulled"), pulled()},
                  {QStringLiteral("failures"), failures()},
                  {QStringLiteral("conflicts"), conflicts},
                  {QStringLiteral("openIncidents"), openIncidents},
                  {QStringLiteral("startedAt"), startedAt},
                  {QStringLiteral("finishedAt"), finishedAt},
                  {QStringLiteral("elapsedMs"), elapsedMs},
                  {QStringLiteral("requests"), requests},
                  {QStringLiteral("databases"), dbs}};
    if (!ok)
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}});
    return o;
}

Replicator::Replicator(storage::Database &db, const SyncSchema &schema, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(db, schema.availableIn(db))
    , m_options(std::move(options))
{
    qRegisterMetaType<escale::sync::SyncProgress>();
}

QString Replicator::replicationId(const QString &installationId, const QString &localDatabase, const QUrl &server,
                                  const QString &remoteDatabase, const QString &direction)
{
    const QString source = direction == QLatin1String("push") ? localDatabase : remoteDatabase;
    const QString target = direction == QLatin1String("push") ? remoteDatabase : localDatabase;
    const QString key = QStringList{QStringLiteral("escale-1"), installationId, direction,
                                    server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash), source, target,
                                    QString() /* no filter */}
                            .join(QLatin1Char('\n'));
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Md5).toHex());
}

QJsonValue Replicator::startSequence(const std::optional<QJsonObject> &source, const std::optional<QJsonObject> &target)
{
    if (!source || !target)
        return 0;
    const QString sourceSession = source->value(QStringLiteral("session_id")).toString();
    const QString targetSession = target->value(QStringLiteral("session_id")).toString();
    if (!sourceSession.isEmpty() && sourceSession == targetSession)
        return source->value(QStringLiteral("source_last_seq"));
    auto sessions = [](const QJsonObject &log) {
        QSet<QString> set{log.value(QStringLiteral("session_id")).toString()};
        for (const QJsonValue &h : log.value(QStringLiteral("history")).toArray())
            set.insert(h.toObject().value(QStringLiteral("session_id")).toString());
        return set;
    };
    const QSet<QString> targetSessions = sessions(*target);
    for (const QJsonValue &h : source->value(QStringLiteral("history")).toArray())
        if (targetSessions.contains(h.toObject().value(QStringLiteral("session_id")).toString()))
            return h.toObject().value(QStringLiteral("recorded_seq"));
    const QSet<QString> sourceSessions = sessions(*source);
    for (const QJsonValue &h : target->value(QStringLiteral("history")).toArray())
        if (sourceSessions.contains(h.toObject().value(QStringLiteral("session_id")).toString()))
            return h.toObject().value(QStringLiteral("recorded_seq"));
    return 0;
}

// Keeps a replication's checkpoint on both sides, in CouchDB's format.
struct Replicator::Checkpointer
{
    QString id;
    QString session = ids::newId();
    QString startTime;
    QJsonValue startSeq;
    QJsonArray previousHistory;
    int missingChecked = 0;
    int missingFound = 0;
    int docsRead = 0;
    int docsWritten = 0;
    int failures = 0;

    QJsonObject document(const QJsonValue &seq, const QString &now) const
    {
        QJsonArray history{QJsonObject{{QStringLiteral("session_id"), session},
                                       {QStringLiteral("start_time"), startTime},
                                       {QStringLiteral("end_time"), now},
                                       {QStringLiteral("start_last_seq"), startSeq},
                                       {QStringLiteral("end_last_seq"), seq},
                                       {QStringLiteral("recorded_seq"), seq},
                                       {QStringLiteral("missing_checked"), missingChecked},
                                       {QStringLiteral("missing_found"), missingFound},
                                       {QStringLiteral("docs_read"), docsRead},
                                       {QStringLiteral("docs_written"), docsWritten},
                                       {QStringLiteral("doc_write_failures"), failures}}};
        for (const QJsonValue &h : previousHistory) {
            if (history.size() >= 50)
                break;
            if (h.toObject().value(QStringLiteral("session_id")).toString() != session)
                history.append(h);
        }
        return {{QStringLiteral("session_id"), session},
                {QStringLiteral("source_last_seq"), seq},
                {QStringLiteral("replication_id_version"), 3},
                {QStringLiteral("history"), history}};
    }
};

Result<QJsonDocument> Replicator::parseJson(const HttpRequest &request, const HttpReply &reply, const QString &name)
{
    if (reply.status < 200 || reply.status >= 300)
        return m_client->describe(request, reply, name);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    const QString what = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    if (error.error != QJsonParseError::NoError) {
        if (reply.body.trimmed().startsWith('<'))
            return badAnswer(what, tr("an HTML page instead of JSON (is the address that of a CouchDB server?)"));
        return badAnswer(what, tr("invalid or truncated JSON at byte %1 (%2)").arg(error.offset).arg(error.errorString()));
    }
    return doc;
}

SyncReport Replicator::run()
{
    SyncReport report;
    QElapsedTimer elapsed;
    elapsed.start();
    report.startedAt = m_db.clock().nowIso();
    CouchClient client(m_options.client, &m_cancelled);
    m_client = &client;
    auto finish = [&](const Status &status) {
        report.ok = status.ok();
        if (!status)
            report.error = status.error();
        report.finishedAt = m_db.clock().nowIso();
        report.elapsedMs = elapsed.elapsed();
        report.requests = client.requestCount();
        report.captured = m_captured;
        report.captureMs = m_captureMs;
        qCInfo(lcSync) << "captured" << m_captured << "local edits in" << m_captureMs << "ms";
        report.conflicts = 0;
        for (const QString &key : {QStringLiteral("territory"), QStringLiteral("structure")})
            report.conflicts += int(m_store.conflictedDocuments(key).size());
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM sync_incidents WHERE resolved_at IS NULL")) && q.next())
            report.openIncidents = q.value(0).toInt();
        m_client = nullptr;
        if (!status)
            qCWarning(lcSync) << "sync failed:" << status.error().code << status.errorMessage();
        else
            qCInfo(lcSync) << "sync done: pushed" << report.pushed() << "pulled" << report.pulled() << "in"
                           << report.elapsedMs << "ms," << report.requests << "requests";
        return report;
    };

    if (Status s = client.checkTransport(); !s)
        return finish(s);
    if (m_options.territoryDatabase.isEmpty() && m_options.structureDatabase.isEmpty())
        return finish(Status::failure(QStringLiteral("sync.no-database"), tr("No server database is configured.")));
    // The server first (its certificate, the account, the databases): nothing changes here before.
    if (Status s = client.login(); !s)
        return finish(s);
    const std::pair<RemoteDatabase, QString> targets[] = {{RemoteDatabase::Territory, m_options.territoryDatabase},
                                                          {RemoteDatabase::Structure, m_options.structureDatabase}};
    for (const auto &[which, name] : targets)
        if (!name.isEmpty())
            if (Status s = checkDatabase(name); !s)
                return finish(s);
    m_captureDone = false;
    m_captured = 0;
    m_captureMs = 0;
    if (!m_options.push || !m_options.captureWhilePushing)
        if (Status s = captureAll(); !s)
            return finish(s);

    for (const auto &[which, name] : targets) {
        if (name.isEmpty())
            continue;
        DatabaseReport db;
        db.key = databaseKey(which);
        db.name = name;
        m_progress = SyncProgress{name, QString(), 0, 0};
        Status s;
        if (m_options.push)
            s = push(which, name, db);
        if (s && m_options.pull)
            s = captureAll(); // done already after a push; rows still dirty are settled by captureRow
        if (s && m_options.pull)
            s = pull(which, name, db);
        report.databases << db;
        if (!s)
            return finish(s);
    }
    return finish({});
}

Status Replicator::captureChunk()
{
    if (m_captureDone)
        return {};
    QElapsedTimer t;
    t.start();
    const int chunk = std::max(1, m_options.pushPageSize);
    Result<int> n = m_store.captureLocalEdits(chunk);
    if (!n)
        return n.error();
    m_captured += *n;
    m_captureDone = *n < chunk;
    m_captureMs += t.elapsed();
    return {};
}

Status Replicator::captureAll()
{
    if (m_captureDone)
        return {};
    QElapsedTimer t;
    t.start();
    Result<int> n = m_store.captureLocalEdits();
    if (!n)
        return n.error();
    m_captured += *n;
    m_captureDone = true;
    m_captureMs += t.elapsed();
    return {};
}

Status Replicator::captureUntil(const QString &key, qint64 after, int needed)
{
    while (!m_captureDone && m_store.countChangesSince(key, after) < needed)
        if (Status s = captureChunk(); !s)
            return s;
    return {};
}

Status Replicator::checkDatabase(const QString &name)
{
    HttpRequest request;
    request.path = localPath(name, QString());
    const HttpReply reply = m_client->send(request);
    Result<QJsonDocument> json = parseJson(request, reply, name);
    if (!json)
        return json.error();
    const QJsonObject info = json->object();
    if (!info.contains(QStringLiteral("db_name")) && !info.contains(QStringLiteral("update_seq")))
        return Status::failure(QStringLiteral("sync.wrong-database"),
                               tr("« %1 » on the server is not a CouchDB database.").arg(name));
    return {};
}

Result<std::optional<QJsonObject>> Replicator::readRemoteCheckpoint(const QString &name, const QString &id,
                                                                    QString *rev)
{
    HttpRequest request;
    request.path = localPath(name, QStringLiteral("/_local/") + id);
    const HttpReply reply = m_client->send(request);
    if (reply.status == 404) {
        rev->clear();
        return std::optional<QJsonObject>();
    }
    Result<QJsonDocument> json = parseJson(request, reply, name);
    if (!json)
        return json.error();
    const QJsonObject doc = json->object();
    *rev = doc.value(QStringLiteral("_rev")).toString();
    return std::optional<QJsonObject>(doc);
}

HttpRequest Replicator::checkpointRequest(const QString &name, const QString &id, QJsonObject doc, const QString &rev)
{
    HttpRequest request;
    request.method = "PUT";
    request.path = localPath(name, QStringLiteral("/_local/") + id);
    doc.insert(QStringLiteral("_id"), QString(QStringLiteral("_local/") + id));
    if (!rev.isEmpty())
        doc.insert(QStringLiteral("_rev"), rev);
    else
        doc.remove(QStringLiteral("_rev"));
    request.body = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    return request;
}

void Replicator::checkpointAnswered(const QString &name, const QString &id, const QJsonObject &doc,
                                    const HttpReply &reply, QString *rev, DatabaseReport &report, bool superseded)
{
    if (reply.status == 200 || reply.status == 201)
        *rev = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("rev")).toString();
    else if (!reply.cancelled && !superseded)
        writeRemoteCheckpoint(name, id, doc, rev, report);
}

Status Replicator::openCheckpoint(Checkpointer &cp, const QString &key, const QString &name, const QString &direction,
                                  QString *remoteRev)
{
    cp.id = replicationId(m_db.installationId(), key, m_options.client.server, name, direction);
    cp.startTime = httpDate(m_db.clock().nowUtc());
    Result<std::optional<QJsonObject>> remote = readRemoteCheckpoint(name, cp.id, remoteRev);
    if (!remote)
        return remote.error();
    const std::optional<QJsonObject> local = m_store.localDoc(key, cp.id);
    // CouchDB compares the source's log with the target's: here the source is this side for a push.
    cp.startSeq = direction == QLatin1String("push") ? startSequence(local, *remote) : startSequence(*remote, local);
    if (local)
        cp.previousHistory = local->value(QStringLiteral("history")).toArray();
    return {};
}

void Replicator::writeRemoteCheckpoint(const QString &name, const QString &id, const QJsonObject &doc, QString *rev,
                                       DatabaseReport &report)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const HttpRequest request = checkpointRequest(name, id, doc, *rev);
        const HttpReply reply = m_client->send(request);
        if (reply.status == 200 || reply.status == 201) {
            *rev = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("rev")).toString();
            return;
        }
        if (reply.status == 409 && attempt == 0) {
            QString fresh;
            if (readRemoteCheckpoint(name, id, &fresh)) {
                *rev = fresh;
                continue;
            }
        }
        const QString message = tr("The server did not keep the checkpoint (%1); the next run resumes from the last "
                                   "one it kept.")
                                    .arg(m_client->describe(request, reply, name).message);
        if (!report.warnings.contains(message))
            report.warnings << message;
        return;
    }
}

Status Replicator::push(RemoteDatabase which, const QString &name, DatabaseReport &report)
{
    const QString key = databaseKey(which);
    Checkpointer cp;
    QString remoteRev;
    if (Status s = openCheckpoint(cp, key, name, QStringLiteral("push"), &remoteRev); !s)
        return s;
    qint64 since = qint64(cp.startSeq.toDouble(cp.startSeq.toString().toDouble()));
    m_progress.phase = QStringLiteral("push");
    qCInfo(lcSync) << "push to" << name << "since" << since;
    QElapsedTimer phase;
    phase.start();
    qint64 localMs = 0, diffMs = 0, buildMs = 0, bulkMs = 0, checkpointMs = 0, captureOverlapMs = 0;
    const qint64 captureBefore = m_captureMs;

    // Pipelined by pages of the local feed, three deep: while the _bulk_docs batches of page N travel,
    // the server also answers the _revs_diff of page N+2 and page N+1 is serialised here from the answer
    // about it (at most maxInFlight requests in all). Pages hold distinct documents (the feed lists
    // each document once), so asking early changes nothing of what is sent; the checkpoint still moves
    // only once every batch of page N is written.
    struct Page
    {
        QList<RevisionStore::Change> changes;
        HttpRequest diff;
        HttpReply diffReply;
        QList<QList<QByteArray>> batches;
        int missingChecked = 0;
        int missingFound = 0;
        bool isEmpty() const { return changes.isEmpty(); }
    };
    const int pageSize = std::max(1, m_options.pushPageSize);
    Status captureStatus; // a failed capture: checked after each page read and each round
    auto readPage = [&](qint64 after) {
        Page page;
        if (captureStatus)
            captureStatus = captureUntil(key, after, pageSize);
        if (!captureStatus)
            return page;
        page.changes = m_store.changesSince(key, after, pageSize);
        if (page.changes.isEmpty())
            return page;
        QJsonObject diff;
        for (const auto &change : std::as_const(page.changes))
            diff.insert(change.docId, QJsonArray::fromStringList(m_store.leafRevs(key, change.docId)));
        page.diff.method = "POST";
        page.diff.path = localPath(name, QStringLiteral("/_revs_diff"));
        page.diff.body = QJsonDocument(diff).toJson(QJsonDocument::Compact);
        return page;
    };
    auto pageAfter = [&](const Page &page) {
        return page.changes.size() >= pageSize ? readPage(page.changes.last().seq) : Page{};
    };
    // The missing revisions with their ancestry, spliced from the stored bodies, cut into batches by bytes.
    auto build = [&](Page &page) -> Status {
        Result<QJsonDocument> diffJson = parseJson(page.diff, page.diffReply, name);
        if (!diffJson)
            return diffJson.error();
        if (!diffJson->isObject())
            return badAnswer(QStringLiteral("POST _revs_diff"), tr("an object was expected"));
        const QJsonObject missingByDoc = diffJson->object();
        page.missingChecked = int(page.changes.size());
        QList<QByteArray> current;
        qint64 currentBytes = 0;
        for (const auto &change : std::as_const(page.changes)) {
            const QJsonArray missing =
                missingByDoc.value(change.docId).toObject().value(QStringLiteral("missing")).toArray();
            for (const QJsonValue &m : missing) {
                const QByteArray bytes = m_store.pushDocument(key, change.docId, m.toString());
                if (bytes.isEmpty())
                    continue; // the server asks for an ancestor we only know by id
                if (!current.isEmpty() && currentBytes + bytes.size() > m_options.maxBatchBytes) {
                    page.batches << current;
                    current.clear();
                    currentBytes = 0;
                }
                current << bytes;
                currentBytes += bytes.size();
                ++page.missingFound;
            }
        }
        if (!current.isEmpty())
            page.batches << current;
        return {};
    };

    Page cur = readPage(since);
    if (!captureStatus)
        return captureStatus;
    if (cur.isEmpty()) {
        qCDebug(lcSync) << "push: nothing to send";
        return m_db.setSetting(QStringLiteral("sync.pushed_seq.") + key, since);
    }
    Page nxt = pageAfter(cur);
    if (!captureStatus)
        return captureStatus;
    localMs += phase.restart();
    {
        QList<HttpRequest> diffs{cur.diff};
        if (!nxt.isEmpty())
            diffs << nxt.diff;
        const QList<HttpReply> replies = m_client->sendAll(diffs);
        cur.diffReply = replies.at(0);
        if (!nxt.isEmpty())
            nxt.diffReply = replies.at(1);
    }
    diffMs += phase.restart();
    if (Status s = build(cur); !s)
        return s;
    buildMs += phase.restart();

    HttpRequest bulk;
    bulk.method = "POST";
    bulk.path = localPath(name, QStringLiteral("/_bulk_docs"));
    auto bodyOf = [](const QList<QByteArray> &docs) -> QByteArray {
        qsizetype size = 32;
        for (const QByteArray &d : docs)
            size += d.size() + 1;
        QByteArray body;
        body.reserve(size);
        body += "{\"new_edits\":false,\"docs\":[";
        for (qsizetype i = 0; i < docs.size(); ++i) {
            if (i)
                body += ',';
            body += docs.at(i);
        }
        body += "]}";
        return body;
    };

    // The server's copy of the checkpoint of page N travels with the next round of requests (it is
    // sent only once page N is written); if it is not accepted as is (409, an error), it is written the
    // usual way. A remote checkpoint one page behind the local one is safe: both sides share the session.
    struct PendingCheckpoint
    {
        HttpRequest request;
        QJsonObject doc;
    };
    std::optional<PendingCheckpoint> pendingCheckpoint;

    for (;;) {
        if (m_cancelled.load())
            return Status::failure(QStringLiteral("sync.cancelled"), tr("Synchronisation cancelled."));
        Page after = nxt.isEmpty() ? Page{} : pageAfter(nxt);
        if (!captureStatus)
            return captureStatus; // the pages before are written and checkpointed
        bool afterDiffPending = !after.isEmpty();
        bool nxtBuildPending = !nxt.isEmpty();
        Status nxtBuilt;
        QElapsedTimer overlap;
        qint64 overlapMs = 0;
        auto buildNext = [&] {
            overlap.start();
            nxtBuilt = build(nxt);
            nxtBuildPending = false;
            overlapMs += overlap.elapsed();
            const qint64 before = m_captureMs;
            if (captureStatus) // the next chunk of local edits, for the page after `after`
                captureStatus = captureChunk();
            captureOverlapMs += m_captureMs - before;
        };
        const qint64 captureRoundStart = captureOverlapMs;
        QList<QList<QByteArray>> batches = cur.batches;
        while (!batches.isEmpty() || afterDiffPending) {
            const int room = std::max(1, m_options.client.maxInFlight - (afterDiffPending ? 1 : 0)
                                             - (pendingCheckpoint ? 1 : 0));
            const qsizetype n = std::min<qsizetype>(batches.size(), room);
            QList<QList<QByteArray>> sending = batches.mid(0, n);
            batches.remove(0, n);
            QList<HttpRequest> requests;
            for (const auto &b : sending) {
                HttpRequest r = bulk;
                r.body = bodyOf(b);
                requests << r;
            }
            const bool withDiff = afterDiffPending;
            if (withDiff)
                requests << after.diff;
            std::optional<PendingCheckpoint> checkpoint = std::exchange(pendingCheckpoint, std::nullopt);
            if (checkpoint)
                requests << checkpoint->request;
            QList<HttpReply> replies = nxtBuildPending ? m_client->sendAll(requests, buildNext)
                                                       : m_client->sendAll(requests);
            if (checkpoint) {
                requests.removeLast();
                checkpointAnswered(name, cp.id, checkpoint->doc, replies.takeLast(), &remoteRev, report);
            }
            if (withDiff) {
                requests.removeLast();
                after.diffReply = replies.takeLast();
                afterDiffPending = false;
            }
            QList<QList<QByteArray>> again;
            for (qsizetype i = 0; i < replies.size(); ++i) {
                const HttpReply &reply = replies.at(i);
                const QList<QByteArray> &batch = sending.at(i);
                if (reply.status == 413) {
                    if (batch.size() == 1)
                        return m_client->describe(requests.at(i), reply, name);
                    const qsizetype half = batch.size() / 2;
                    again << batch.mid(0, half) << batch.mid(half);
                    m_options.maxBatchBytes = std::max<qint64>(4096, requests.at(i).body.size() / 2);
                    qCInfo(lcSync) << "413: batches now at most" << m_options.maxBatchBytes << "bytes";
                    continue;
                }
                Result<QJsonDocument> result = parseJson(requests.at(i), reply, name);
                if (!result)
                    return result.error();
                if (!result->isArray())
                    return badAnswer(QStringLiteral("POST _bulk_docs"), tr("a list was expected"));
                int refused = 0;
                for (const QJsonValue &v : result->array()) {
                    const QJsonObject o = v.toObject();
                    if (!o.contains(QStringLiteral("error")))
                        continue;
                    ++refused;
                    report.failureMessages << tr("The server refused %1: %2")
                                                  .arg(o.value(QStringLiteral("id")).toString(),
                                                       o.value(QStringLiteral("reason"))
                                                           .toString(o.value(QStringLiteral("error")).toString()));
                }
                report.failures += refused;
                cp.failures += refused;
                cp.docsWritten += int(batch.size()) - refused;
                report.pushed += int(batch.size()) - refused;
                cp.docsRead += int(batch.size());
            }
            batches = again + batches;
        }
        if (nxtBuildPending)
            buildNext(); // nothing went to the server for this page: build now
        bulkMs += phase.restart() - overlapMs - (captureOverlapMs - captureRoundStart);
        buildMs += overlapMs;

        // Page N is on the server: its checkpoint, on both sides.
        cp.missingChecked += cur.missingChecked;
        cp.missingFound += cur.missingFound;
        since = cur.changes.last().seq;
        const QJsonObject doc = cp.document(since, httpDate(m_db.clock().nowUtc()));
        if (Status s = m_store.putLocalDoc(key, cp.id, doc); !s)
            return s;
        pendingCheckpoint.reset(); // not sent (this page had nothing for the server): this page's replaces it
        if (Status s = m_db.setSetting(QStringLiteral("sync.pushed_seq.") + key, since); !s)
            return s;
        m_progress.pushed = report.pushed;
        emit progress(m_progress);
        if (nxt.isEmpty()) {
            writeRemoteCheckpoint(name, cp.id, doc, &remoteRev, report); // the last one, now
            checkpointMs += phase.restart();
            break;
        }
        pendingCheckpoint = PendingCheckpoint{checkpointRequest(name, cp.id, doc, remoteRev), doc};
        checkpointMs += phase.restart();
        if (!nxtBuilt)
            return nxtBuilt;
        if (!captureStatus)
            return captureStatus;
        cur = std::move(nxt);
        nxt = std::move(after);
    }
    qCDebug(lcSync) << "push times (ms): capture" << m_captureMs - captureBefore << "of which while uploading"
                    << captureOverlapMs << "local (with the capture before the first page)" << localMs << "first revs_diff" << diffMs
                    << "build (mostly while uploading)" << buildMs << "bulk_docs (with the next revs_diff)" << bulkMs
                    << "checkpoints"
                    << checkpointMs;
    return m_db.setSetting(QStringLiteral("sync.pushed_seq.") + key, since);
}

Status Replicator::pull(RemoteDatabase which, const QString &name, DatabaseReport &report)
{
    const QString key = databaseKey(which);
    Checkpointer cp;
    QString remoteRev;
    if (Status s = openCheckpoint(cp, key, name, QStringLiteral("pull"), &remoteRev); !s)
        return s;
    m_progress.phase = QStringLiteral("pull");
    qCInfo(lcSync) << "pull from" << name << "since" << seqText(cp.startSeq);

    // One _changes page: its last sequence and the revisions this side does not have.
    struct ChangesPage
    {
        QJsonValue lastSeq;
        qsizetype size = 0;
        QStringList ids;
        QHash<QString, QStringList> missing;
        int missingFound = 0;
    };
    auto changesRequest = [&](const QJsonValue &since) {
        HttpRequest request;
        request.path = localPath(name, QStringLiteral("/_changes"));
        request.query = {{QStringLiteral("style"), QStringLiteral("all_docs")},
                         {QStringLiteral("feed"), QStringLiteral("normal")},
                         {QStringLiteral("since"), seqText(since)},
                         {QStringLiteral("limit"), QString::number(m_options.changesLimit)}};
        return request;
    };
    auto readChanges = [&](const HttpRequest &request, const HttpReply &reply,
                           const QJsonValue &since) -> Result<ChangesPage> {
        Result<QJsonDocument> json = parseJson(request, reply, name);
        if (!json)
            return json.error();
        const QJsonObject page = json->object();
        const QString what = QStringLiteral("GET _changes");
        if (!page.value(QStringLiteral("results")).isArray())
            return badAnswer(what, tr("no list of results"));
        ChangesPage out;
        out.lastSeq = page.value(QStringLiteral("last_seq"));
        if (!out.lastSeq.isDouble() && !out.lastSeq.isString())
            return badAnswer(what, tr("no last_seq"));
        const QJsonArray results = page.value(QStringLiteral("results")).toArray();
        out.size = results.size();
        std::optional<qint64> floor = seqOrder(since);
        for (const QJsonValue &v : results) {
            const QJsonObject change = v.toObject();
            const QString id = change.value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                return badAnswer(what, tr("a change without a document id"));
            const std::optional<qint64> order = seqOrder(change.value(QStringLiteral("seq")));
            if (floor && order && *order < *floor)
                return Error{QStringLiteral("sync.backwards"),
                             tr("The change feed of « %1 » went backwards (sequence %2 after %3): the "
                                "database on the server may have been replaced. Nothing was changed here.")
                                 .arg(name)
                                 .arg(*order)
                                 .arg(*floor)};
            if (order)
                floor = order;
            for (const QJsonValue &c : change.value(QStringLiteral("changes")).toArray()) {
                const QString rev = c.toObject().value(QStringLiteral("rev")).toString();
                if (!RevisionStore::parseRev(rev))
                    return Error{QStringLiteral("sync.bad-revision"),
                                 tr("The server lists the document %1 with the revision « %2 », which is "
                                    "not of the form N-hash. Nothing was changed here.")
                                     .arg(id, rev)};
                if (id.startsWith(QLatin1String("_design/")) || id.startsWith(QLatin1String("_local/")))
                    continue;
                // Asked while the previous page may still be being written: a revision both pages list
                // is fetched twice at worst, and storing it again changes nothing.
                if (!m_store.has(key, id, rev) && !out.missing.value(id).contains(rev)) {
                    if (!out.missing.contains(id))
                        out.ids << id;
                    out.missing[id] << rev;
                    ++out.missingFound;
                }
            }
        }
        if (const std::optional<qint64> last = seqOrder(out.lastSeq); floor && last && *last < *floor)
            return Error{QStringLiteral("sync.backwards"),
                         tr("The change feed of « %1 » went backwards (sequence %2 after %3): the database "
                            "on the server may have been replaced. Nothing was changed here.")
                             .arg(name)
                             .arg(*last)
                             .arg(*floor)};
        return out;
    };

    // A page received, written in one transaction with its local checkpoint; the server's copy of
    // that checkpoint travels with the next round of requests (or is written at the end).
    struct Received
    {
        QList<IncomingRevision> docs;
        QJsonValue lastSeq;
        int missingChecked = 0;
        int missingFound = 0;
    };
    std::optional<QJsonObject> pendingCheckpoint;
    auto apply = [&](const Received &page) -> Status {
        storage::Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginStatus();
        QStringList touched;
        for (const IncomingRevision &in : page.docs) {
            if (Status s = m_store.storeRemote(key, in); !s)
                return s;
            if (touched.isEmpty() || touched.last() != in.docId)
                touched << in.docId;
        }
        touched.removeDuplicates();
        for (const QString &docId : touched) {
            Result<SettleOutcome> outcome = m_store.settle(key, docId);
            if (!outcome)
                return outcome.error();
            if (!outcome->failure.isEmpty()) {
                ++report.failures;
                ++cp.failures;
                report.failureMessages << tr("%1 could not be saved here: %2").arg(docId, outcome->failure);
            }
            report.incidentsOpened += outcome->incidentsOpened;
        }
        cp.missingChecked += page.missingChecked;
        cp.missingFound += page.missingFound;
        cp.docsRead += int(page.docs.size());
        cp.docsWritten += int(page.docs.size());
        const QJsonObject doc = cp.document(page.lastSeq, httpDate(m_db.clock().nowUtc()));
        if (Status s = m_store.putLocalDoc(key, cp.id, doc); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        report.pulled += int(page.docs.size());
        pendingCheckpoint = doc; // only now: the page is written here
        m_progress.pulled = report.pulled;
        emit progress(m_progress);
        return {};
    };

    // Pipelined: while page N's _bulk_get requests and page N+1's _changes are on the server (at most
    // maxInFlight at once), page N-1 is written here.
    const HttpRequest first = changesRequest(cp.startSeq);
    Result<ChangesPage> cur = readChanges(first, m_client->send(first), cp.startSeq);
    if (!cur)
        return cur.error();
    std::optional<Received> toApply;
    QElapsedTimer phase;
    phase.start();
    qint64 applyMs = 0, waitMs = 0, readMs = 0;
    for (;;) {
        if (m_cancelled.load())
            return Status::failure(QStringLiteral("sync.cancelled"), tr("Synchronisation cancelled."));
        const bool last = cur->size < m_options.changesLimit;
        QList<HttpRequest> requests = m_noBulkGet ? QList<HttpRequest>() : bulkGetRequests(name, cur->ids, cur->missing);
        const qsizetype bulkCount = requests.size();
        std::optional<HttpRequest> nextRequest;
        if (!last) {
            nextRequest = changesRequest(cur->lastSeq);
            requests << *nextRequest;
        }
        const std::optional<QJsonObject> checkpoint = std::exchange(pendingCheckpoint, std::nullopt);
        if (checkpoint)
            requests << checkpointRequest(name, cp.id, *checkpoint, remoteRev);
        std::optional<Received> previous = std::exchange(toApply, std::nullopt);
        Status applied;
        bool ran = false;
        qint64 workMs = 0;
        auto work = [&] {
            ran = true;
            QElapsedTimer t;
            t.start();
            if (previous)
                applied = apply(*previous);
            workMs = t.elapsed();
        };
        phase.restart();
        QList<HttpReply> replies = requests.isEmpty() ? QList<HttpReply>() : m_client->sendAll(requests, work);
        if (!ran)
            work();
        applyMs += workMs;
        waitMs += phase.restart() - workMs;
        if (!applied)
            return applied;
        if (checkpoint) // a newer one written meanwhile (pendingCheckpoint) replaces it if it failed
            checkpointAnswered(name, cp.id, *checkpoint, replies.takeLast(), &remoteRev, report,
                               pendingCheckpoint.has_value());
        std::optional<HttpReply> nextReply;
        if (!last)
            nextReply = replies.takeLast();

        Received page;
        page.lastSeq = cur->lastSeq;
        page.missingChecked = int(cur->size);
        page.missingFound = cur->missingFound;
        std::optional<QList<IncomingRevision>> viaBulkGet;
        if (bulkCount > 0) {
            Result<std::optional<QList<IncomingRevision>>> got
                = readBulkGet(name, requests.mid(0, bulkCount), replies, cur->missing, report);
            if (!got)
                return got.error();
            viaBulkGet = std::move(*got);
            if (!viaBulkGet)
                m_noBulkGet = true;
        } else if (cur->ids.isEmpty()) {
            viaBulkGet = QList<IncomingRevision>();
        }
        if (viaBulkGet) {
            page.docs = std::move(*viaBulkGet);
        } else {
            Result<QList<IncomingRevision>> fetched = fetch(name, cur->ids, cur->missing, report);
            if (!fetched)
                return fetched.error();
            page.docs = std::move(*fetched);
        }
        toApply = std::move(page);
        readMs += phase.restart();
        if (last)
            break;
        Result<ChangesPage> next = readChanges(*nextRequest, *nextReply, cur->lastSeq);
        if (!next) {
            // The page already received is complete: keep it (and its checkpoint) before stopping.
            if (Status s = apply(*toApply); !s)
                return s;
            if (!m_cancelled.load())
                writeRemoteCheckpoint(name, cp.id, *pendingCheckpoint, &remoteRev, report);
            return next.error();
        }
        cur = std::move(next);
    }
    phase.restart();
    if (Status s = apply(*toApply); !s)
        return s;
    applyMs += phase.restart();
    if (pendingCheckpoint)
        writeRemoteCheckpoint(name, cp.id, *pendingCheckpoint, &remoteRev, report);
    qCDebug(lcSync) << "pull times (ms): writing pages here (mostly while waiting)" << applyMs
                    << "waiting for the server beyond that" << waitMs << "reading replies" << readMs;
    return {};
}

QList<HttpRequest> Replicator::bulkGetRequests(const QString &name, const QStringList &ids,
                                               const QHash<QString, QStringList> &missing) const
{
    QList<HttpRequest> requests;
    QJsonArray docs;
    auto flush = [&] {
        if (docs.isEmpty())
            return;
        HttpRequest r;
        r.method = "POST";
        r.path = localPath(name, QStringLiteral("/_bulk_get"));
        r.query = {{QStringLiteral("revs"), QStringLiteral("true")}};
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("docs"), docs}}).toJson(QJsonDocument::Compact);
        requests << r;
        docs = QJsonArray();
    };
    for (const QString &id : ids) {
        for (const QString &rev : missing.value(id))
            docs.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("rev"), rev}});
        if (docs.size() >= m_options.docsPerRequest)
            flush();
    }
    flush();
    return requests;
}

Result<std::optional<QList<IncomingRevision>>> Replicator::readBulkGet(const QString &name,
                                                                       const QList<HttpRequest> &requests,
                                                                       const QList<HttpReply> &replies,
                                                                       const QHash<QString, QStringList> &missing,
                                                                       DatabaseReport &report)
{
    QList<IncomingRevision> result;
    const QString what = QStringLiteral("POST _bulk_get");
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const HttpReply &reply = replies.at(i);
        if (reply.status == 404 || reply.status == 405 || reply.status == 400 || reply.status == 501) {
            qCInfo(lcSync) << "no _bulk_get on this server (HTTP" << reply.status << "): open_revs";
            return std::optional<QList<IncomingRevision>>();
        }
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        Result<QJsonDocument> json = parseJson(requests.at(i), replies.at(i), name);
        if (!json)
            return json.error();
        const QJsonValue results = json->object().value(QStringLiteral("results"));
        if (!results.isArray())
            return badAnswer(what, tr("no list of results"));
        for (const QJsonValue &r : results.toArray()) {
            for (const QJsonValue &d : r.toObject().value(QStringLiteral("docs")).toArray()) {
                const QJsonObject entry = d.toObject();
                if (entry.contains(QStringLiteral("ok"))) {
                    if (Status s = acceptIncoming(entry.value(QStringLiteral("ok")).toObject(), what, missing, result); !s)
                        return s.error();
                } else {
                    const QJsonObject e = entry.value(QStringLiteral("error")).toObject();
                    refuseIncoming(e.value(QStringLiteral("id")).toString(), e.value(QStringLiteral("rev")).toString(),
                                   e.value(QStringLiteral("reason")).toString(e.value(QStringLiteral("error")).toString()),
                                   report);
                }
            }
        }
    }
    return std::optional<QList<IncomingRevision>>(std::move(result));
}

Result<QList<IncomingRevision>> Replicator::fetch(const QString &name, const QStringList &ids,
                                                  const QHash<QString, QStringList> &missing, DatabaseReport &report)
{
    // Without _bulk_get: GET /db/doc?revs=true&open_revs=[…], JSON (Accept: application/json).
    QList<IncomingRevision> result;
    QList<HttpRequest> requests;
    for (const QString &id : ids) {
        HttpRequest r;
        r.path = localPath(name, QLatin1Char('/') + CouchClient::encode(id));
        r.query = {{QStringLiteral("revs"), QStringLiteral("true")},
                   {QStringLiteral("open_revs"),
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(missing.value(id))).toJson(QJsonDocument::Compact))}};
        requests << r;
    }
    const QList<HttpReply> replies = requests.isEmpty() ? QList<HttpReply>() : m_client->sendAll(requests);
    const QString what = QStringLiteral("GET open_revs");
    for (qsizetype i = 0; i < replies.size(); ++i) {
        Result<QJsonDocument> json = parseJson(requests.at(i), replies.at(i), name);
        if (!json)
            return json.error();
        if (!json->isArray())
            return badAnswer(what, tr("a list was expected"));
        for (const QJsonValue &v : json->array()) {
            const QJsonObject entry = v.toObject();
            if (entry.contains(QStringLiteral("ok"))) {
                if (Status s = acceptIncoming(entry.value(QStringLiteral("ok")).toObject(), what, missing, result); !s)
                    return s.error();
            } else {
                refuseIncoming(ids.at(i), entry.value(QStringLiteral("missing")).toString(), tr("missing"), report);
            }
        }
    }
    return result;
}

} // namespace escale::sync
