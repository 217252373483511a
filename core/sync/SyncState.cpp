#include "sync/SyncState.h"

#include "sync/RevisionStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace escale::sync {

namespace {
const QString kServer = QStringLiteral("sync.server");
const QString kUser = QStringLiteral("sync.user");
const QString kTerritory = QStringLiteral("sync.territory_db");
const QString kStructure = QStringLiteral("sync.structure_db");
const QString kInterval = QStringLiteral("sync.interval_minutes");
const QString kPlainHttp = QStringLiteral("sync.allow_plain_http");
const QString kTrustedFingerprint = QStringLiteral("sync.trusted_fingerprint");
const QString kAutomatic = QStringLiteral("sync.automatic");
const QString kLastSuccess = QStringLiteral("sync.last_success");
const QString kLastAttempt = QStringLiteral("sync.last_attempt");
const QString kLastError = QStringLiteral("sync.last_error");
const QString kLastErrorCode = QStringLiteral("sync.last_error_code");
const QString kLastReport = QStringLiteral("sync.last_report");
} // namespace

SyncSettings SyncState::settings() const
{
    SyncSettings s;
    s.server = QUrl(m_db.setting(kServer).toString());
    s.user = m_db.setting(kUser).toString();
    s.territoryDatabase = m_db.setting(kTerritory).toString();
    s.structureDatabase = m_db.setting(kStructure).toString();
    s.intervalMinutes = m_db.setting(kInterval, 15).toInt();
    s.allowPlainHttp = m_db.setting(kPlainHttp, 0).toInt() != 0;
    s.trustedFingerprint = m_db.setting(kTrustedFingerprint).toString();
    s.automatic = m_db.setting(kAutomatic, 1).toInt() != 0;
    return s;
}

Status SyncState::saveSettings(const SyncSettings &s)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    const std::pair<QString, QVariant> values[] = {
        {kServer, s.server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)},
        {kUser, s.user},
        {kTerritory, s.territoryDatabase},
        {kStructure, s.structureDatabase},
        {kInterval, s.intervalMinutes},
        {kPlainHttp, s.allowPlainHttp ? 1 : 0},
        {kTrustedFingerprint, s.trustedFingerprint},
        {kAutomatic, s.automatic ? 1 : 0}};
    for (const auto &[key, value] : values)
        if (Status st = m_db.setSetting(key, value); !st)
            return st;
    return tx.commit();
}

Status SyncState::record(const SyncReport &report)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QList<std::pair<QString, QVariant>> values{
        {kLastAttempt, report.finishedAt},
        {kLastReport, QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact))},
        {kLastError, report.ok ? QString() : report.error.message},
        {kLastErrorCode, report.ok ? QString() : report.error.code}};
    if (report.ok)
        values.append({kLastSuccess, report.finishedAt});
    for (const auto &[key, value] : values)
        if (Status st = m_db.setSetting(key, value); !st)
            return st;
    return tx.commit();
}

QString SyncState::lastSuccess() const
{
    return m_db.setting(kLastSuccess).toString();
}

QString SyncState::lastAttempt() const
{
    return m_db.setting(kLastAttempt).toString();
}

QString SyncState::lastErrorCode() const
{
    return m_db.setting(kLastErrorCode).toString();
}

QString SyncState::lastError() const
{
    return m_db.setting(kLastError).toString();
}

QJsonObject SyncState::lastReport() const
{
    return QJsonDocument::fromJson(m_db.setting(kLastReport).toString().toUtf8()).object();
}

int SyncState::pendingChanges(const SyncSchema &schema) const
{
    int total = 0;
    const SyncSchema available = schema.availableIn(m_db);
    for (const TableSpec &spec : available.tables()) {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE dirty = 1").arg(spec.table)) && q.next())
            total += q.value(0).toInt();
    }
    RevisionStore store(m_db, available);
    for (const QString &key : {QStringLiteral("territory"), QStringLiteral("structure")})
        total += store.countChangesSince(key, m_db.setting(QStringLiteral("sync.pushed_seq.") + key, 0).toLongLong());
    return total;
}

} // namespace escale::sync
