#include "cheques/ClaimBook.h"

#include "common/Months.h"
#include "storage/RecordStore.h"
#include "structure/StructureProfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace escale::cheques {

namespace {

std::pair<QString, QString> monthBounds(const QString &month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return { first.toString(Qt::ISODate), first.addMonths(1).addDays(-1).toString(Qt::ISODate) };
}

const QString kClaimColumns = QStringLiteral(
    "id, month, scheme_id, funder, cheque_count, amount_cents, created_on, created_by, status, received_cents, "
    "received_on, bank_reference");

Claim claimFrom(const QSqlQuery &q, const QHash<QString, QString> &labels)
{
    Claim c;
    c.id = q.value(0).toString();
    c.month = q.value(1).toString();
    c.reference = claimReference(c.month, c.id);
    c.schemeId = q.value(2).toString();
    c.schemeLabel = labels.value(c.schemeId, c.schemeId);
    c.funder = q.value(3).toString();
    c.chequeCount = q.value(4).toInt();
    c.amount = Money(q.value(5).toLongLong());
    c.createdOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    c.createdBy = q.value(7).toString();
    c.closed = q.value(8).toString() == QLatin1String("close");
    if (!q.value(9).isNull())
        c.received = Money(q.value(9).toLongLong());
    c.receivedOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    c.bankReference = q.value(11).toString();
    return c;
}

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";


} // namespace

QString claimReference(const QString &month, const QString &claimId)
{
    const QByteArray hash = QCryptographicHash::hash(claimId.toUtf8(), QCryptographicHash::Sha1);
    quint32 bits = (quint32(quint8(hash.at(0))) << 24) | (quint32(quint8(hash.at(1))) << 16)
        | (quint32(quint8(hash.at(2))) << 8) | quint32(quint8(hash.at(3)));
    QString suffix(6, QLatin1Char('0'));
    for (int i = 0; i < 6; ++i) {
        suffix[i] = QLatin1Char(kCrockford[bits >> 27]); // the top 5 bits, 30 in all
        bits <<= 5;
    }
    return QStringLiteral("BR-%1-%2").arg(month, suffix);
}

ClaimBook::ClaimBook(ChequeRegister &cheques, storage::Database &db)
    : m_register(cheques)
    , m_db(db)
{ }

bool ClaimBook::isMonth(const QString &month)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return re.match(month).hasMatch();
}

QList<Claim> ClaimBook::preview(const QString &month) const
{
    QList<Claim> list;
    if (!isMonth(month))
        return list;
    QHash<QString, QString> labels;
    for (const Scheme &s : m_register.schemes(false))
        labels.insert(s.id, s.label);
    const auto [first, last] = monthBounds(month);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT scheme_id, funder, count(*), sum(face_value_cents) FROM cheques "
                             "WHERE deleted = 0 AND status = 'encaisse' AND claim_id = '' "
                             "AND redeemed_on BETWEEN ? AND ? GROUP BY scheme_id, funder ORDER BY scheme_id, funder"));
    q.addBindValue(first);
    q.addBindValue(last);
    q.exec();
    while (q.next()) {
        Claim c;
        c.month = month;
        c.schemeId = q.value(0).toString();
        c.schemeLabel = labels.value(c.schemeId, c.schemeId);
        c.funder = q.value(1).toString();
        c.chequeCount = q.value(2).toInt();
        c.amount = Money(q.value(3).toLongLong());
        list << c;
    }
    return list;
}

Result<QList<Claim>> ClaimBook::prepare(const QString &month)
{
    if (!isMonth(month))
        return Error { QStringLiteral("cheques.bad-month"),
            tr("« %1 » is not a month: write it YYYY-MM, e.g. 2026-10.").arg(month) };
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    QList<Claim> groups = preview(month);
    if (groups.isEmpty()) {
        const auto [first, last] = monthBounds(month);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*), count(DISTINCT claim_id) FROM cheques WHERE deleted = 0 "
                                 "AND status IN ('reclame', 'rembourse') AND redeemed_on BETWEEN ? AND ?"));
        q.addBindValue(first);
        q.addBindValue(last);
        int claimed = 0;
        int claimCount = 0;
        if (q.exec() && q.next()) {
            claimed = q.value(0).toInt();
            claimCount = q.value(1).toInt();
        }
        if (claimed > 0)
            return Error { QStringLiteral("cheques.nothing-to-claim"),
                tr("Nothing left to claim for %1: the %Ln cheque(s) redeemed that month are already in %2.", nullptr,
                    claimed)
                    .arg(monthInSentence(month), tr("%Ln claim(s)", nullptr, claimCount)) };
        return Error { QStringLiteral("cheques.nothing-to-claim"),
            tr("Nothing to claim for %1: no cheque was redeemed that month.").arg(monthInSentence(month)) };
    }

    const QString who = m_register.currentMediator();
    const QString today = m_register.clock().today().toString(Qt::ISODate);
    const auto [first, last] = monthBounds(month);
    storage::RecordStore records(m_db);
    for (Claim &claim : groups) {
        auto id = insertRow(records, QStringLiteral("cheque_claims"),
            { { QStringLiteral("month"), month }, { QStringLiteral("scheme_id"), claim.schemeId },
                { QStringLiteral("funder"), claim.funder }, { QStringLiteral("cheque_count"), claim.chequeCount },
                { QStringLiteral("amount_cents"), claim.amount.cents() }, { QStringLiteral("created_on"), today },
                { QStringLiteral("created_by"), who }, { QStringLiteral("status"), QStringLiteral("ouverte") } });
        if (!id)
            return id.error();
        claim.id = *id;
        claim.reference = claimReference(month, claim.id);
        claim.createdOn = m_register.clock().today();
        claim.createdBy = who;

        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM cheques WHERE deleted = 0 AND status = 'encaisse' AND claim_id = '' "
                                 "AND scheme_id = ? AND funder = ? AND redeemed_on BETWEEN ? AND ? ORDER BY code"));
        q.addBindValue(claim.schemeId);
        q.addBindValue(claim.funder);
        q.addBindValue(first);
        q.addBindValue(last);
        if (!q.exec())
            return Error { QStringLiteral("storage.query-failed"), storage::describeSqlError(q.lastError()) };
        QStringList chequeIds;
        while (q.next())
            chequeIds << q.value(0).toString();
        q.finish();
        for (const QString &chequeId : std::as_const(chequeIds)) {
            const auto c = m_register.cheque(chequeId);
            if (!c)
                continue;
            // The journal names the bordereau: a cheque's history leads to its statement.
            if (Status s = m_register.writeTransition(*c, ChequeStatus::Reclame,
                    tr("statement %1").arg(claim.reference), { { QStringLiteral("claim_id"), claim.id } });
                !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return groups;
}

QList<Claim> ClaimBook::claims(const QString &month) const
{
    QHash<QString, QString> labels;
    for (const Scheme &s : m_register.schemes(false))
        labels.insert(s.id, s.label);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cheque_claims WHERE deleted = 0 AND (? = '' OR month = ?) "
                             "ORDER BY month DESC, scheme_id, funder, created_on")
                  .arg(kClaimColumns));
    q.addBindValue(month.isEmpty() ? QStringLiteral("") : month); // not NULL
    q.addBindValue(month.isEmpty() ? QStringLiteral("") : month);
    QList<Claim> list;
    q.exec();
    while (q.next())
        list << claimFrom(q, labels);
    return list;
}

std::optional<Claim> ClaimBook::claim(const QString &id) const
{
    QHash<QString, QString> labels;
    for (const Scheme &s : m_register.schemes(false))
        labels.insert(s.id, s.label);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cheque_claims WHERE id = ? AND deleted = 0").arg(kClaimColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return claimFrom(q, labels);
    return std::nullopt;
}

std::optional<Claim> ClaimBook::claimByReference(const QString &reference) const
{
    // « br 2026-10-7k3qd2 » → « BR-2026-10-7K3QD2 »: case, spaces and the letters read for digits.
    QString typed = reference.trimmed().toUpper();
    typed.remove(QLatin1Char(' '));
    static const QRegularExpression re(QStringLiteral("^BR-?(\\d{4})-?(\\d{2})-?([0-9A-Z]{6})$"));
    const QRegularExpressionMatch m = re.match(typed);
    if (!m.hasMatch())
        return std::nullopt;
    QString suffix = m.captured(3);
    suffix.replace(QLatin1Char('O'), QLatin1Char('0'))
        .replace(QLatin1Char('I'), QLatin1Char('1'))
        .replace(QLatin1Char('L'), QLatin1Char('1'));
    const QString month = m.captured(1) + QLatin1Char('-') + m.captured(2);
    const QString wanted = QStringLiteral("BR-%1-%2").arg(month, suffix);
    for (const Claim &c : claims(month))
        if (c.reference == wanted)
            return c;
    return std::nullopt;
}

Result<Claim> ClaimBook::recordReimbursement(
    const QString &claimId, Money received, const QDate &receivedOn, const QString &bankReference)
{
    if (received.cents() < 0)
        return Error { QStringLiteral("cheques.bad-amount"), tr("The amount received cannot be negative.") };
    if (!receivedOn.isValid())
        return Error { QStringLiteral("cheques.bad-date"), tr("Give the date the reimbursement was received.") };
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto c = claim(claimId);
    if (!c)
        return Error { QStringLiteral("cheques.unknown-claim"), tr("There is no claim %1.").arg(claimId) };
    if (c->closed)
        return Error { QStringLiteral("cheques.claim-closed"),
            tr("The claim of %1 (%2) is already closed: %3 received on %4.")
                .arg(c->month, c->schemeLabel, c->received.value_or(Money()).toString(),
                    c->receivedOn.toString(QStringLiteral("dd/MM/yyyy"))) };
    storage::RecordStore records(m_db);
    if (Status s = updateRow(records, QStringLiteral("cheque_claims"), claimId,
            { { QStringLiteral("status"), QStringLiteral("close") },
                { QStringLiteral("received_cents"), received.cents() },
                { QStringLiteral("received_on"), receivedOn.toString(Qt::ISODate) },
                { QStringLiteral("bank_reference"), bankReference.trimmed() },
                { QStringLiteral("closed_by"), m_register.currentMediator() } });
        !s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM cheques WHERE deleted = 0 AND claim_id = ? AND status = 'reclame'"));
    q.addBindValue(claimId);
    if (!q.exec())
        return Error { QStringLiteral("storage.query-failed"), storage::describeSqlError(q.lastError()) };
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    const QString why = bankReference.trimmed().isEmpty()
        ? tr("reimbursed on %1").arg(receivedOn.toString(QStringLiteral("dd/MM/yyyy")))
        : tr("reimbursed on %1, bank reference %2")
              .arg(receivedOn.toString(QStringLiteral("dd/MM/yyyy")), bankReference.trimmed());
    for (const QString &id : std::as_const(ids)) {
        const auto cheque = m_register.cheque(id);
        if (!cheque)
            continue;
        if (Status s = m_register.writeTransition(*cheque, ChequeStatus::Rembourse, why, {}); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return *claim(claimId);
}

Result<reports::ClaimStatementData> ClaimBook::statement(const QString &month) const
{
    if (!isMonth(month))
        return Error { QStringLiteral("cheques.bad-month"),
            tr("« %1 » is not a month: write it YYYY-MM, e.g. 2026-10.").arg(month) };
    const QList<Claim> list = claims(month);
    if (list.isEmpty())
        return Error { QStringLiteral("cheques.nothing-to-claim"), tr("No claim was prepared for %1.")
                .arg(monthInSentence(month)) };
    reports::ClaimStatementData data;
    data.month = month;
    data.issuedOn = m_register.clock().today();
    data.preparedBy = m_register.currentMediator();
    const auto profile = structure::StructureStore(m_db).profile();
    if (profile) {
        data.structureName = profile->nom;
        QStringList address { profile->adresse };
        if (!profile->complementAdresse.isEmpty())
            address << profile->complementAdresse;
        address << QStringLiteral("%1 %2").arg(profile->codePostal, profile->commune);
        data.structureAddress = address.join(QStringLiteral(", "));
        data.structurePivot = profile->pivot;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code, redeemed_on, face_value_cents, redeemed_by FROM cheques "
                             "WHERE deleted = 0 AND claim_id = ? ORDER BY redeemed_on, code"));
    for (const Claim &c : list) {
        reports::ClaimStatementSection section;
        section.claimId = c.id;
        section.reference = c.reference;
        section.preparedOn = c.createdOn;
        section.preparedBy = c.createdBy;
        section.schemeLabel = c.schemeLabel;
        section.funder = c.funder;
        section.closed = c.closed;
        section.received = c.received.value_or(Money());
        section.receivedOn = c.receivedOn;
        section.bankReference = c.bankReference;
        q.addBindValue(c.id);
        q.exec();
        while (q.next()) {
            reports::ClaimStatementLine line;
            line.code = q.value(0).toString();
            line.redeemedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            line.amount = Money(q.value(2).toLongLong());
            line.mediator = q.value(3).toString();
            section.lines << line;
            section.total += line.amount;
        }
        q.finish();
        data.count += int(section.lines.size());
        data.total += section.total;
        data.sections << section;
    }
    return data;
}

} // namespace escale::cheques
