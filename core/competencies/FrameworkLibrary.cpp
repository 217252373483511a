#include "competencies/FrameworkLibrary.h"

#include "common/TextNormalizer.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCompetencies, "escale.competencies")

namespace escale::competencies {

namespace {
const char kSelectStored[]
    = "SELECT id, framework_id, document FROM competency_frameworks WHERE deleted = 0 ORDER BY title";
const char kFindStored[] = "SELECT id FROM competency_frameworks WHERE framework_id = ? AND deleted = 0";

QStringList builtInFiles()
{
    return QDir(QStringLiteral(":/competencies")).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
}

QList<Framework> stored(storage::Database &db)
{
    QList<Framework> list;
    QSqlQuery q(db.connection());
    q.prepare(QString::fromLatin1(kSelectStored));
    if (!q.exec())
        return list;
    while (q.next()) {
        ParseOutcome outcome = parseFramework(q.value(2).toString().toUtf8());
        if (outcome.framework)
            list.append(*outcome.framework);
        else
            qCWarning(lcCompetencies) << "stored framework" << q.value(1).toString()
                                      << "is invalid:" << outcome.issues.first().toString();
    }
    return list;
}
} // namespace

QList<Framework> FrameworkLibrary::builtIn()
{
    QList<Framework> list;
    for (const QString &name : builtInFiles()) {
        QFile file(QStringLiteral(":/competencies/") + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ParseOutcome outcome = parseFramework(file.readAll());
        if (outcome.framework)
            list.append(*outcome.framework);
        else
            qCWarning(lcCompetencies) << "built-in framework" << name
                                      << "is invalid:" << outcome.issues.first().toString();
    }
    // Escale's own checklist first: it is the one used at the front desk.
    std::stable_sort(list.begin(), list.end(), [](const Framework &a, const Framework &b) {
        return (a.scale == Scale::Autonomie) > (b.scale == Scale::Autonomie);
    });
    return list;
}

QByteArray FrameworkLibrary::builtInJson(const QString &id)
{
    for (const QString &name : builtInFiles()) {
        QFile file(QStringLiteral(":/competencies/") + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ParseOutcome outcome = parseFramework(bytes);
        if (outcome.framework && outcome.framework->id == id)
            return bytes;
    }
    return {};
}

QList<Framework> FrameworkLibrary::all() const
{
    QList<Framework> list = builtIn();
    for (const Framework &f : stored(m_db)) {
        auto it = std::find_if(list.begin(), list.end(), [&](const Framework &b) { return b.id == f.id; });
        if (it != list.end())
            *it = f;
        else
            list.append(f);
    }
    return list;
}

std::optional<Framework> FrameworkLibrary::find(const QString &id) const
{
    for (const Framework &f : all())
        if (f.id == id)
            return f;
    return std::nullopt;
}

bool FrameworkLibrary::isBuiltIn(const QString &id) const
{
    const QList<Framework> list = builtIn();
    return std::any_of(list.begin(), list.end(), [&](const Framework &f) { return f.id == id; });
}

Framework FrameworkLibrary::copyOf(const Framework &source, const QString &title) const
{
    Framework copy = source;
    QString base = text::normalizeForSearch(title).replace(QLatin1Char(' '), QLatin1Char('-'));
    if (base.isEmpty())
        base = source.id + QStringLiteral("-copie");
    QString id = base;
    for (int n = 2; find(id).has_value(); ++n)
        id = base + QStringLiteral("-%1").arg(n);
    copy.id = id;
    copy.title = title.trimmed().isEmpty() ? source.title : title.trimmed();
    copy.titleEn.clear();
    copy.version = QStringLiteral("1");
    copy.basedOn = source.id;
    return copy;
}

Result<QString> FrameworkLibrary::save(const Framework &framework)
{
    // What is stored is what parse() accepts: validate the document itself.
    const QByteArray json = framework.toJsonBytes();
    ParseOutcome outcome = parseFramework(json);
    if (!outcome.framework)
        return Result<QString>::failure(outcome.issues.first().code,
            QCoreApplication::translate("escale::competencies", "The framework is refused: %1")
                .arg(outcome.issues.first().toString()));
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kFindStored));
    q.addBindValue(framework.id);
    const QVariantMap values { { QStringLiteral("framework_id"), framework.id },
        { QStringLiteral("version"), framework.version }, { QStringLiteral("title"), framework.title },
        { QStringLiteral("based_on"), framework.basedOn }, { QStringLiteral("document"), QString::fromUtf8(json) } };
    storage::RecordStore records(m_db);
    QString rowId;
    if (q.exec() && q.next()) {
        rowId = q.value(0).toString();
        if (Status s = records.update(QStringLiteral("competency_frameworks"), rowId, values); !s)
            return s.error();
    } else {
        Result<QString> inserted = records.insert(QStringLiteral("competency_frameworks"), values);
        if (!inserted)
            return inserted.error();
        rowId = *inserted;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return framework.id;
}

Status FrameworkLibrary::remove(const QString &id)
{
    if (isBuiltIn(id))
        return Status::failure(QStringLiteral("competencies.builtin"),
            QCoreApplication::translate("escale::competencies", "A built-in framework cannot be removed."));
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kFindStored));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Status::failure(QStringLiteral("competencies.not-found"),
            QCoreApplication::translate("escale::competencies", "This framework does not exist."));
    if (Status s = storage::RecordStore(m_db).remove(QStringLiteral("competency_frameworks"), q.value(0).toString());
        !s)
        return s;
    return tx.commit();
}

} // namespace escale::competencies
