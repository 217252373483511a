#include "orientation/OrientationStore.h"

#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace escale::orientation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::orientation", text);
}

const QString kSettingActiveTree = QStringLiteral("orientation.activeTree");

const QString kSelectRecord = QStringLiteral(
    "SELECT o.id, o.tree_id, o.tree_version, o.occurred_on, o.outcomes, o.families, o.offices, "
    "o.suggested_place_id, o.beneficiary_id, o.activity_id, o.user_id, a.answers, o.stop_id "
    "FROM orientations o LEFT JOIN orientation_answers a ON a.orientation_id = o.id ");

QString joined(const QStringList &codes)
{
    return codes.join(QLatin1Char('|'));
}

QStringList split(const QString &stored)
{
    return stored.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

Status sqlFailure(const QSqlQuery &q)
{
    return Status::failure(QStringLiteral("storage.query-failed"),
                           tr("Reading the orientations failed: %1").arg(storage::describeSqlError(q.lastError())));
}

OrientationRecord fromQuery(const QSqlQuery &q)
{
    OrientationRecord r;
    r.id = q.value(0).toString();
    r.treeId = q.value(1).toString();
    r.treeVersion = q.value(2).toString();
    r.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.outcomes = split(q.value(4).toString());
    r.families = split(q.value(5).toString());
    r.offices = split(q.value(6).toString());
    r.suggestedPlaceId = q.value(7).toString();
    r.beneficiaryId = q.value(8).toString();
    r.activityId = q.value(9).toString();
    r.userId = q.value(10).toString();
    r.answers = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    r.stopId = q.value(12).toString();
    return r;
}

// Version strings compared part by part, numbers as numbers (« 2026.10 » < « 2026.9 » is wrong).
bool versionLess(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (int i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        bool oka = false, okb = false;
        const qlonglong na = pa.value(i).toLongLong(&oka);
        const qlonglong nb = pb.value(i).toLongLong(&okb);
        if (oka && okb) {
            if (na != nb)
                return na < nb;
        } else if (pa.value(i) != pb.value(i)) {
            return pa.value(i) < pb.value(i);
        }
    }
    return false;
}

} // namespace

Result<QString> OrientationStore::record(OrientationRecord r)
{
    if (!r.date.isValid())
        r.date = m_db.clock().today();
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    storage::RecordStore records(m_db);
    const Result<QString> id = records.insert(
        QStringLiteral("orientations"),
        {{QStringLiteral("tree_id"), r.treeId},
         {QStringLiteral("tree_version"), r.treeVersion},
         {QStringLiteral("occurred_on"), r.date.toString(Qt::ISODate)},
         {QStringLiteral("outcomes"), joined(r.outcomes)},
         {QStringLiteral("families"), joined(r.families)},
         {QStringLiteral("offices"), joined(r.offices)},
         {QStringLiteral("suggested_place_id"), r.suggestedPlaceId},
         {QStringLiteral("beneficiary_id"), r.beneficiaryId},
         {QStringLiteral("activity_id"), r.activityId},
         {QStringLiteral("user_id"), r.userId},
         // NULL, not '', when made at no stop.
         {QStringLiteral("stop_id"), r.stopId.isEmpty() ? QVariant() : QVariant(r.stopId)}});
    if (!id)
        return id;
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO orientation_answers (orientation_id, answers) VALUES (?, ?)"),
                             {*id, QString::fromUtf8(QJsonDocument(r.answers).toJson(QJsonDocument::Compact))});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<OrientationRecord> OrientationStore::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectRecord + QStringLiteral("WHERE o.id = ? AND o.deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q).error();
    if (!q.next())
        return Result<OrientationRecord>::failure(QStringLiteral("orientation.not-found"),
                                                  tr("No orientation has the id %1.").arg(id));
    return fromQuery(q);
}

Status OrientationStore::remove(const QString &id)
{
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginStatus();
    if (Status s = storage::RecordStore(m_db).remove(QStringLiteral("orientations"), id); !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM orientation_answers WHERE orientation_id = ?"), {id}); !s)
        return s;
    return transaction.commit();
}

Status OrientationStore::link(const QString &orientationId, const QString &beneficiaryId, const QString &activityId)
{
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginStatus();
    storage::RecordStore records(m_db);
    if (Status s = records.update(QStringLiteral("orientations"), orientationId,
                                  {{QStringLiteral("beneficiary_id"), beneficiaryId},
                                   {QStringLiteral("activity_id"), activityId}});
        !s)
        return s;
    return transaction.commit();
}

int OrientationStore::countBetween(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM orientations WHERE deleted = 0 AND occurred_on BETWEEN ? AND ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec() || !q.next()) {
        qCWarning(lcOrientation) << "counting orientations failed:" << storage::describeSqlError(q.lastError());
        return 0;
    }
    return q.value(0).toInt();
}

QHash<QString, int> OrientationStore::familiesBetween(const QDate &from, const QDate &to) const
{
    QHash<QString, int> counts;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT families FROM orientations WHERE deleted = 0 AND occurred_on BETWEEN ? AND ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return counts;
    while (q.next()) {
        QStringList families = split(q.value(0).toString());
        families.removeDuplicates();
        for (const QString &f : families)
            ++counts[f];
    }
    return counts;
}

QList<OrientationRecord> OrientationStore::between(const QDate &from, const QDate &to) const
{
    QList<OrientationRecord> list;
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectRecord
              + QStringLiteral("WHERE o.deleted = 0 AND o.occurred_on BETWEEN ? AND ? ORDER BY o.occurred_on, o.updated_at"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

Result<QString> OrientationStore::saveTree(const QByteArray &json, const QString &source, const QString &basedOn)
{
    Result<Tree> tree = loadTree(json);
    if (!tree)
        return tree.error();
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM orientation_trees WHERE tree_id = ? AND version = ?"));
    q.addBindValue(tree->id);
    q.addBindValue(tree->version);
    if (!q.exec())
        return sqlFailure(q).error();
    storage::RecordStore records(m_db);
    const QVariantMap row{{QStringLiteral("tree_id"), tree->id},
                          {QStringLiteral("version"), tree->version},
                          {QStringLiteral("title"), tree->title},
                          {QStringLiteral("source"), source},
                          {QStringLiteral("based_on"), basedOn},
                          {QStringLiteral("content"), QString::fromUtf8(json)}};
    QString id;
    if (q.next()) {
        id = q.value(0).toString();
        q.finish();
        if (Status s = records.update(QStringLiteral("orientation_trees"), id, row); !s)
            return s.error();
    } else {
        q.finish();
        Result<QString> inserted = records.insert(QStringLiteral("orientation_trees"), row);
        if (!inserted)
            return inserted;
        id = *inserted;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<QString> OrientationStore::saveNewVersion(const QByteArray &json)
{
    Result<Tree> tree = loadTree(json);
    if (!tree)
        return tree.error();
    if (tree->id == defaultTree().id)
        return Result<QString>::failure(QStringLiteral("orientation.read-only"),
                                        tr("Escale's own tree cannot be changed: make a copy for the structure first."));
    const QList<TreeVersion> versions = treeVersions(tree->id);
    QString basedOn;
    if (!versions.isEmpty())
        basedOn = versions.last().basedOn;
    auto exists = [&versions](const QString &v) {
        return std::any_of(versions.begin(), versions.end(), [&v](const TreeVersion &t) { return t.version == v; });
    };
    if (exists(tree->version)) {
        QString next = versions.last().version;
        do {
            QStringList parts = next.split(QLatin1Char('.'));
            bool numeric = false;
            const qlonglong last = parts.last().toLongLong(&numeric);
            if (numeric)
                parts.last() = QString::number(last + 1);
            else
                parts.append(QStringLiteral("1"));
            next = parts.join(QLatin1Char('.'));
        } while (exists(next));
        tree->version = next;
    }
    tree->date = m_db.clock().today().toString(Qt::ISODate);
    Result<QString> saved = saveTree(tree->toJsonBytes(), QStringLiteral("local"), basedOn);
    if (!saved)
        return saved;
    return tree->version;
}

QList<TreeVersion> OrientationStore::treeVersions(const QString &treeId) const
{
    QList<TreeVersion> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, tree_id, version, title, source, based_on, updated_at FROM orientation_trees "
                             "WHERE deleted = 0 AND (? = '' OR tree_id = ?) ORDER BY tree_id, updated_at"));
    const QString wanted = treeId.isNull() ? QStringLiteral("") : treeId; // a null QString binds as NULL
    q.addBindValue(wanted);
    q.addBindValue(wanted);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    std::stable_sort(list.begin(), list.end(), [](const TreeVersion &a, const TreeVersion &b) {
        return a.treeId != b.treeId ? a.treeId < b.treeId : versionLess(a.version, b.version);
    });
    return list;
}

Result<QByteArray> OrientationStore::treeContent(const QString &treeId, const QString &version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content FROM orientation_trees WHERE deleted = 0 AND tree_id = ? AND version = ?"));
    q.addBindValue(treeId);
    q.addBindValue(version);
    if (!q.exec())
        return sqlFailure(q).error();
    if (!q.next())
        return Result<QByteArray>::failure(QStringLiteral("orientation.not-found"),
                                           tr("No version %2 of the tree %1 is stored.").arg(treeId, version));
    return q.value(0).toString().toUtf8();
}

Tree OrientationStore::activeTree() const
{
    const QString wanted = activeTreeId();
    if (!wanted.isEmpty()) {
        QList<TreeVersion> versions = treeVersions(wanted);
        // Newest first; a stored version that no longer validates (older Escale rules) is skipped.
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            Result<QByteArray> content = treeContent(it->treeId, it->version);
            if (!content)
                continue;
            Result<Tree> tree = loadTree(*content);
            if (tree)
                return std::move(tree).value();
            qCWarning(lcOrientation) << "stored tree" << it->treeId << it->version << "is not valid any more";
        }
    }
    return defaultTree();
}

Status OrientationStore::setActiveTree(const QString &treeId)
{
    return m_db.setSetting(kSettingActiveTree, treeId);
}

QString OrientationStore::activeTreeId() const
{
    return m_db.setting(kSettingActiveTree).toString();
}

Result<QString> OrientationStore::copyTree(const Tree &source, const QString &newId, const QString &newTitle)
{
    Tree copy = source;
    copy.id = newId.isEmpty() ? source.id + QStringLiteral("-local") : newId;
    copy.title = newTitle.isEmpty() ? tr("%1 (our copy)").arg(source.title) : newTitle;
    copy.version = QStringLiteral("1");
    copy.date = m_db.clock().today().toString(Qt::ISODate);
    copy.reindex();
    Result<QString> saved = saveTree(copy.toJsonBytes(), QStringLiteral("local"),
                                     source.id + QLatin1Char('@') + source.version);
    if (!saved)
        return saved;
    return copy.id;
}

Status OrientationStore::anonymise(const QString &beneficiaryId)
{
    if (beneficiaryId.isEmpty())
        return {};
    return m_db.exec(QStringLiteral("UPDATE orientations SET beneficiary_id = '' WHERE beneficiary_id = ?"),
                     {beneficiaryId});
}

} // namespace escale::orientation
