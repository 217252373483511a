#include "competencies/DiagnosticStore.h"

#include "common/Ids.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace escale::competencies {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

const char kInsertDiagnostic[]
    = "INSERT INTO diagnostics (id, beneficiary_id, framework_id, framework_version, date, quick, mediator, "
      "created_at, updated_at, stop_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char kSelectColumns[]
    = "SELECT id, beneficiary_id, framework_id, framework_version, date, quick, mediator, created_at, completed_at, "
      "stop_id FROM diagnostics ";
const char kUpsertAnswer[]
    = "INSERT INTO diagnostic_answers (diagnostic_id, item_code, answer, inferred, answered_at) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (diagnostic_id, item_code) DO UPDATE SET answer = excluded.answer, inferred = excluded.inferred, "
      "answered_at = excluded.answered_at";
const char kDeleteInferred[]
    = "DELETE FROM diagnostic_answers WHERE diagnostic_id = ? AND item_code = ? AND inferred = 1";
const char kDeleteAnswer[] = "DELETE FROM diagnostic_answers WHERE diagnostic_id = ? AND item_code = ?";
const char kSelectAnswers[] = "SELECT item_code, answer, inferred FROM diagnostic_answers WHERE diagnostic_id = ?";
const char kIsGiven[] = "SELECT inferred FROM diagnostic_answers WHERE diagnostic_id = ? AND item_code = ?";
const char kTouch[] = "UPDATE diagnostics SET updated_at = ? WHERE id = ?";
const char kComplete[] = "UPDATE diagnostics SET completed_at = ?, updated_at = ? WHERE id = ?";
const char kDelete[] = "DELETE FROM diagnostics WHERE id = ?";
const char kCountBetween[] = "SELECT COUNT(*) FROM diagnostics d WHERE d.date >= ? AND d.date <= ? "
                             "AND EXISTS (SELECT 1 FROM diagnostic_answers a WHERE a.diagnostic_id = d.id)";
const char kAnonymise[] = "UPDATE diagnostics SET beneficiary_id = '', updated_at = ? WHERE beneficiary_id = ?";

// SQLite stores a null QString as NULL: text columns that are NOT NULL get an empty string instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Diagnostic fromQuery(const QSqlQuery &q)
{
    Diagnostic d;
    d.id = q.value(0).toString();
    d.beneficiaryId = q.value(1).toString();
    d.frameworkId = q.value(2).toString();
    d.frameworkVersion = q.value(3).toString();
    d.date = QDate::fromString(q.value(4).toString(), kDateFormat);
    d.quick = q.value(5).toInt() != 0;
    d.mediator = q.value(6).toString();
    d.createdAt = q.value(7).toString();
    d.completedAt = q.value(8).toString();
    d.stopId = q.value(9).toString();
    return d;
}

Status queryError(const QSqlQuery &q, const QString &what)
{
    return Status::failure(QStringLiteral("competencies.sql"),
        QCoreApplication::translate("escale::competencies", "The diagnostic could not be saved (%1): %2")
            .arg(what, storage::describeSqlError(q.lastError())));
}

} // namespace

Result<QString> DiagnosticStore::create(const Diagnostic &d)
{
    if (d.frameworkId.isEmpty() || !d.date.isValid())
        return Result<QString>::failure(QStringLiteral("competencies.invalid"),
            QCoreApplication::translate("escale::competencies", "A diagnostic needs a framework and a date."));
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    const QString id = ids::newId();
    const QString now = m_db.clock().nowIso();
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kInsertDiagnostic));
    for (const QVariant &v : QVariantList { id, notNull(d.beneficiaryId), d.frameworkId, notNull(d.frameworkVersion),
             d.date.toString(kDateFormat), d.quick ? 1 : 0, notNull(d.mediator), now, now,
             d.stopId.isEmpty() ? QVariant() : QVariant(d.stopId) })
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("escale::competencies", "new diagnostic")).error();
    for (const Answer &a : d.answers) {
        QSqlQuery qa(m_db.connection());
        qa.prepare(QString::fromLatin1(kUpsertAnswer));
        for (const QVariant &v : QVariantList { id, a.itemCode, a.answer, a.inferred ? 1 : 0, now })
            qa.addBindValue(v);
        if (!qa.exec())
            return queryError(qa, QCoreApplication::translate("escale::competencies", "answer")).error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Answers DiagnosticStore::loadAnswers(const QString &diagnosticId) const
{
    Answers answers;
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kSelectAnswers));
    q.addBindValue(diagnosticId);
    if (q.exec()) {
        while (q.next())
            answers.insert(
                q.value(0).toString(), { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0 });
    }
    return answers;
}

Result<Diagnostic> DiagnosticStore::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kSelectColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<Diagnostic>::failure(QStringLiteral("competencies.not-found"),
            QCoreApplication::translate("escale::competencies", "This diagnostic does not exist."));
    Diagnostic d = fromQuery(q);
    d.answers = loadAnswers(d.id);
    return d;
}

Status DiagnosticStore::touch(const QString &diagnosticId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kTouch));
    q.addBindValue(m_db.clock().nowIso());
    q.addBindValue(diagnosticId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("escale::competencies", "date of change"));
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("competencies.not-found"),
            QCoreApplication::translate("escale::competencies", "This diagnostic does not exist."));
    return {};
}

Status DiagnosticStore::recordAnswer(const QString &diagnosticId, const QString &itemCode, const QString &answer,
    const QStringList &domainItems, const QHash<QString, QString> &inferred)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = touch(diagnosticId); !s)
        return s;
    const QString now = m_db.clock().nowIso();
    auto upsert = [&](const QString &code, const QString &value, bool isInferred) -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QString::fromLatin1(kUpsertAnswer));
        for (const QVariant &v : QVariantList { diagnosticId, code, value, isInferred ? 1 : 0, now })
            q.addBindValue(v);
        return q.exec() ? Status() : queryError(q, QCoreApplication::translate("escale::competencies", "answer"));
    };
    if (Status s = upsert(itemCode, answer, false); !s)
        return s;
    for (const QString &code : domainItems) {
        if (code == itemCode)
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(QString::fromLatin1(kDeleteInferred));
        q.addBindValue(diagnosticId);
        q.addBindValue(code);
        if (!q.exec())
            return queryError(q, QCoreApplication::translate("escale::competencies", "inferred answer"));
    }
    for (auto it = inferred.begin(); it != inferred.end(); ++it) {
        if (it.key() == itemCode)
            continue;
        // Never replace an answer the mediator gave.
        QSqlQuery check(m_db.connection());
        check.prepare(QString::fromLatin1(kIsGiven));
        check.addBindValue(diagnosticId);
        check.addBindValue(it.key());
        if (check.exec() && check.next() && check.value(0).toInt() == 0)
            continue;
        if (Status s = upsert(it.key(), it.value(), true); !s)
            return s;
    }
    return tx.commit();
}

Status DiagnosticStore::clearAnswer(const QString &diagnosticId, const QString &itemCode)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = touch(diagnosticId); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kDeleteAnswer));
    q.addBindValue(diagnosticId);
    q.addBindValue(itemCode);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("escale::competencies", "answer"));
    return tx.commit();
}

Status DiagnosticStore::markComplete(const QString &diagnosticId)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    const QString now = m_db.clock().nowIso();
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kComplete));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(diagnosticId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("escale::competencies", "end of the diagnostic"));
    if (q.numRowsAffected() != 1)
        return Status::failure(QStringLiteral("competencies.not-found"),
            QCoreApplication::translate("escale::competencies", "This diagnostic does not exist."));
    return tx.commit();
}

Status DiagnosticStore::remove(const QString &diagnosticId)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kDelete));
    q.addBindValue(diagnosticId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("escale::competencies", "deletion"));
    return tx.commit();
}

QList<Diagnostic> DiagnosticStore::forBeneficiary(const QString &beneficiaryId) const
{
    QList<Diagnostic> list;
    if (beneficiaryId.isEmpty())
        return list;
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kSelectColumns)
        + QStringLiteral("WHERE beneficiary_id = ? ORDER BY date DESC, created_at DESC"));
    q.addBindValue(beneficiaryId);
    if (q.exec()) {
        while (q.next())
            list.append(fromQuery(q));
    }
    for (Diagnostic &d : list)
        d.answers = loadAnswers(d.id);
    return list;
}

std::optional<Diagnostic> DiagnosticStore::previous(const Diagnostic &d) const
{
    if (d.beneficiaryId.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kSelectColumns)
        + QStringLiteral("WHERE beneficiary_id = ? AND framework_id = ? AND id <> ? AND completed_at <> '' "
                         "AND (date < ? OR (date = ? AND created_at < ?)) "
                         "ORDER BY date DESC, created_at DESC LIMIT 1"));
    const QString date = d.date.toString(kDateFormat);
    for (const QVariant &v : QVariantList { d.beneficiaryId, d.frameworkId, d.id, date, date, d.createdAt })
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Diagnostic p = fromQuery(q);
    p.answers = loadAnswers(p.id);
    return p;
}

QList<Diagnostic> DiagnosticStore::recent(int limit) const
{
    QList<Diagnostic> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kSelectColumns) + QStringLiteral("ORDER BY date DESC, created_at DESC LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list.append(fromQuery(q));
    }
    return list;
}

int DiagnosticStore::countBetween(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kCountBetween));
    q.addBindValue(from.toString(kDateFormat));
    q.addBindValue(to.toString(kDateFormat));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<int> DiagnosticStore::anonymise(const QString &beneficiaryId)
{
    if (beneficiaryId.isEmpty())
        return 0;
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kAnonymise));
    q.addBindValue(m_db.clock().nowIso());
    q.addBindValue(beneficiaryId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("escale::competencies", "anonymisation")).error();
    const int n = q.numRowsAffected();
    if (Status s = tx.commit(); !s)
        return s.error();
    return n;
}

} // namespace escale::competencies
