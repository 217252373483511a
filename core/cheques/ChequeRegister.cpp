#include "cheques/ChequeRegister.h"

#include "cheques/ChequeCode.h"
#include "common/Ids.h"
#include "storage/RecordStore.h"
#include "structure/StructureProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcCheques, "escale.cheques")

namespace escale::cheques {

namespace {

const QString kChequeColumns = QStringLiteral(
    "id, scheme_id, code, booklet_id, foreign_cheque, status, face_value_cents, funder, issue_year, valid_until, "
    "accepted_until, beneficiary_id, distributed_on, distributed_by, redemption_id, redeemed_on, redeemed_at, "
    "redeemed_place_id, redeemed_place, redeemed_by, activity_id, service, claim_id, reason, distributed_stop_id, redeemed_stop_id");

const QString kSchemeColumns = QStringLiteral(
    "id, label, face_value_cents, funder, code_pattern, strip_prefixes, booklet_size, validity_end, grace_days, "
    "alert_days, active");

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Cheque chequeFrom(const QSqlQuery &q)
{
    Cheque c;
    c.id = q.value(0).toString();
    c.schemeId = q.value(1).toString();
    c.code = q.value(2).toString();
    c.bookletId = q.value(3).toString();
    c.foreign = q.value(4).toInt() != 0;
    c.status = statusFromCode(q.value(5).toString()).value_or(ChequeStatus::None);
    c.faceValue = Money(q.value(6).toLongLong());
    c.funder = q.value(7).toString();
    c.issueYear = q.value(8).toInt();
    c.validUntil = dateOf(q.value(9));
    c.acceptedUntil = dateOf(q.value(10));
    c.beneficiaryId = q.value(11).toString();
    c.distributedOn = dateOf(q.value(12));
    c.distributedBy = q.value(13).toString();
    c.redemptionId = q.value(14).toString();
    c.redeemedOn = dateOf(q.value(15));
    c.redeemedAt = q.value(16).toString();
    c.redeemedPlaceId = q.value(17).toString();
    c.redeemedPlace = q.value(18).toString();
    c.redeemedBy = q.value(19).toString();
    c.activityId = q.value(20).toString();
    c.service = q.value(21).toString();
    c.claimId = q.value(22).toString();
    c.reason = q.value(23).toString();
    c.distributedStopId = q.value(24).toString();
    c.redeemedStopId = q.value(25).toString();
    return c;
}

Scheme schemeFrom(const QSqlQuery &q)
{
    Scheme s;
    s.id = q.value(0).toString();
    s.label = q.value(1).toString();
    s.faceValue = Money(q.value(2).toLongLong());
    s.funder = q.value(3).toString();
    s.codePattern = q.value(4).toString();
    s.stripPrefixes = q.value(5).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    s.bookletSize = q.value(6).toInt();
    s.validityEnd = q.value(7).toString();
    s.graceDays = q.value(8).toInt();
    s.alertDays = q.value(9).toInt();
    s.active = q.value(10).toInt() != 0;
    return s;
}

Status queryError(const QSqlQuery &q)
{
    return Status::failure(QStringLiteral("storage.query-failed"), storage::describeSqlError(q.lastError()));
}

QString frenchDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

// A stop id as written: NULL (not '') when the record was made at no stop.
QVariant stopValue(const QString &stopId)
{
    return stopId.isEmpty() ? QVariant() : QVariant(stopId);
}

const QString kRedeemedStatuses = QStringLiteral("('encaisse', 'reclame', 'rembourse')");

} // namespace

ChequeRegister::ChequeRegister(storage::Database &db)
    : m_db(db)
    , m_clock(db.clock())
{ }

ChequeRegister::ChequeRegister(storage::Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

// --- schemes -------------------------------------------------------------------------------------

QList<Scheme> ChequeRegister::schemes(bool activeOnly) const
{
    QList<Scheme> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cheque_schemes WHERE deleted = 0 AND (active = 1 OR ? = 0) "
                             "ORDER BY CASE id WHEN 'aptic' THEN 0 WHEN 'pass_numerique' THEN 1 "
                             "WHEN 'cheque_numerique' THEN 2 ELSE 3 END, label")
                  .arg(kSchemeColumns));
    q.addBindValue(activeOnly ? 1 : 0);
    if (!q.exec())
        qCWarning(lcCheques) << "cannot read schemes:" << q.lastError().text();
    while (q.next())
        list << schemeFrom(q);
    return list;
}

std::optional<Scheme> ChequeRegister::scheme(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cheque_schemes WHERE id = ? AND deleted = 0").arg(kSchemeColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return schemeFrom(q);
    return std::nullopt;
}

Status ChequeRegister::saveScheme(const Scheme &s)
{
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9_]{1,40}$"));
    if (!idRe.match(s.id).hasMatch())
        return Status::failure(QStringLiteral("cheques.bad-scheme-id"),
            tr("The scheme id « %1 » must be 1 to 40 lower-case letters, digits or _.").arg(s.id));
    if (s.label.trimmed().isEmpty())
        return Status::failure(QStringLiteral("cheques.bad-scheme"), tr("A scheme needs a name."));
    if (!QRegularExpression(s.codePattern).isValid())
        return Status::failure(QStringLiteral("cheques.bad-pattern"),
            tr("The code pattern « %1 » is not a valid regular expression.").arg(s.codePattern));
    if (s.faceValue.cents() < 0 || s.bookletSize <= 0)
        return Status::failure(QStringLiteral("cheques.bad-scheme"),
            tr("The face value cannot be negative and a booklet holds at least one cheque."));
    const QVariantMap values { { QStringLiteral("label"), s.label.trimmed() },
        { QStringLiteral("face_value_cents"), s.faceValue.cents() }, { QStringLiteral("funder"), s.funder.trimmed() },
        { QStringLiteral("code_pattern"), s.codePattern },
        { QStringLiteral("strip_prefixes"), s.stripPrefixes.join(QLatin1Char('|')) },
        { QStringLiteral("booklet_size"), s.bookletSize }, { QStringLiteral("validity_end"), s.validityEnd },
        { QStringLiteral("grace_days"), s.graceDays }, { QStringLiteral("alert_days"), s.alertDays },
        { QStringLiteral("active"), s.active ? 1 : 0 } };
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    storage::RecordStore records(m_db);
    if (scheme(s.id)) {
        if (Status st = updateRow(records, QStringLiteral("cheque_schemes"), s.id, values); !st)
            return st;
    } else {
        QVariantMap row = values;
        row.insert(QStringLiteral("id"), s.id);
        if (auto r = insertRow(records, QStringLiteral("cheque_schemes"), row); !r)
            return r.error();
    }
    return tx.commit();
}

// --- helpers -------------------------------------------------------------------------------------

QString ChequeRegister::currentMediator() const
{
    const auto user = structure::StructureStore(m_db).currentUser();
    return user ? user->displayName : QString();
}

QString ChequeRegister::placeId() const
{
    const auto profile = structure::StructureStore(m_db).profile();
    return profile ? profile->id : QString();
}

QString ChequeRegister::placeName() const
{
    const auto profile = structure::StructureStore(m_db).profile();
    return profile ? profile->nom : QString();
}

Status ChequeRegister::appendJournal(
    const QString &id, ChequeStatus from, ChequeStatus to, const QString &why, const QString &stopId)
{
    storage::RecordStore records(m_db);
    const QVariantMap entry { { QStringLiteral("cheque_id"), id }, { QStringLiteral("at"), m_clock.nowIso() },
        { QStringLiteral("who"), currentMediator() }, { QStringLiteral("from_status"), statusCode(from) },
        { QStringLiteral("to_status"), statusCode(to) }, { QStringLiteral("why"), why },
        { QStringLiteral("place_id"), placeId() }, { QStringLiteral("stop_id"), stopValue(stopId) } };
    if (auto r = insertRow(records, QStringLiteral("cheque_journal"), entry); !r)
        return r.error();
    return {};
}

Status ChequeRegister::writeTransition(
    const Cheque &c, ChequeStatus to, const QString &why, QVariantMap changes, const QString &stopId)
{
    if (!isAllowedTransition(c.status, to))
        return Status::failure(QStringLiteral("cheques.forbidden-transition"),
            tr("The cheque %1 is « %2 »: it cannot become « %3 ».")
                .arg(c.code, statusLabel(c.status), statusLabel(to)));
    if (transitionNeedsReason(c.status, to) && why.trimmed().isEmpty())
        return Status::failure(QStringLiteral("cheques.reason-required"),
            tr("Say why the cheque %1 goes from « %2 » to « %3 ».")
                .arg(c.code, statusLabel(c.status), statusLabel(to)));
    changes.insert(QStringLiteral("status"), statusCode(to));
    if (transitionNeedsReason(c.status, to))
        changes.insert(QStringLiteral("reason"), why.trimmed());
    if (c.status == ChequeStatus::Reclame && to == ChequeStatus::Encaisse)
        changes.insert(QStringLiteral("claim_id"), QString());
    storage::RecordStore records(m_db);
    if (Status s = updateRow(records, QStringLiteral("cheques"), c.id, changes); !s)
        return s;
    return appendJournal(c.id, c.status, to, why.trimmed(), stopId);
}

// --- stock ---------------------------------------------------------------------------------------

Result<ReceiveResult> ChequeRegister::receive(const ReceiveRequest &request)
{
    const auto s = scheme(request.schemeId);
    if (!s) {
        QStringList known;
        for (const Scheme &k : schemes(false))
            known << k.id;
        return Error {
            QStringLiteral("cheques.unknown-scheme"),
            tr("There is no scheme « %1 ». Known schemes: %2.").arg(request.schemeId, known.join(QStringLiteral(", ")))
        };
    }
    QStringList codes;
    if (!request.rangeFirst.isEmpty() || !request.rangeLast.isEmpty()) {
        auto expanded = code::expandRange(request.rangeFirst, request.rangeLast);
        if (!expanded)
            return expanded.error();
        codes = std::move(expanded.value());
        for (const QString &c : { codes.first(), codes.last() })
            if (!code::matches(c, *s))
                return Error { QStringLiteral("cheques.bad-format"),
                    tr("The code %1 does not match the format of %2 (%3).").arg(c, s->label, s->codePattern) };
    } else {
        QStringList bad;
        int line = 0;
        for (const QString &raw : request.codes) {
            ++line;
            if (code::clean(raw).isEmpty())
                continue;
            const auto normalized = code::normalize(raw, *s);
            if (!normalized) {
                if (bad.size() < 5)
                    bad << tr("line %1: « %2 »").arg(line).arg(raw.trimmed());
                continue;
            }
            codes << *normalized;
        }
        if (!bad.isEmpty())
            return Error { QStringLiteral("cheques.bad-format"),
                tr("These codes do not match the format of %1 (%2): %3. Nothing was received.")
                    .arg(s->label, s->codePattern, bad.join(QStringLiteral("; "))) };
    }
    if (codes.isEmpty())
        return Error { QStringLiteral("cheques.nothing-to-receive"), tr("No code to receive.") };

    QSet<QString> seen;
    seen.reserve(codes.size());
    for (const QString &c : std::as_const(codes)) {
        if (seen.contains(c))
            return Error { QStringLiteral("cheques.duplicate-code"),
                tr("The code %1 appears twice in what was given. Nothing was received.").arg(c) };
        seen.insert(c);
    }

    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();

    {
        QSqlQuery exists(m_db.connection());
        exists.prepare(QStringLiteral("SELECT status FROM cheques WHERE id = ?"));
        QStringList already;
        int alreadyCount = 0;
        for (const QString &c : std::as_const(codes)) {
            exists.addBindValue(chequeId(s->id, c));
            if (!exists.exec())
                return queryError(exists).error();
            if (exists.next()) {
                ++alreadyCount;
                if (already.size() < 3)
                    already << tr("%1 (%2)").arg(
                        c, statusLabel(statusFromCode(exists.value(0).toString()).value_or(ChequeStatus::None)));
            }
            exists.finish();
        }
        if (alreadyCount > 0)
            return Error { QStringLiteral("cheques.already-in-register"),
                tr("%Ln of these cheques are already in the register, e.g. %1. Nothing was received.", nullptr,
                    alreadyCount)
                    .arg(already.join(QStringLiteral(", "))) };
    }

    const QDate today = m_clock.today();
    const int issueYear = request.issueYear > 0 ? request.issueYear : today.year();
    const QDate validUntil = s->validUntil(issueYear);
    const QDate acceptedUntil = s->acceptedUntil(issueYear);
    const QString funder = request.funder.trimmed().isEmpty() ? s->funder : request.funder.trimmed();
    const QDate receivedOn = request.receivedOn.isValid() ? request.receivedOn : today;

    storage::RecordStore records(m_db);
    const QVariantMap booklet { { QStringLiteral("scheme_id"), s->id },
        { QStringLiteral("label"), request.bookletLabel.trimmed() }, { QStringLiteral("first_code"), codes.first() },
        { QStringLiteral("last_code"), codes.last() }, { QStringLiteral("code_count"), int(codes.size()) },
        { QStringLiteral("funder"), funder }, { QStringLiteral("prescriber"), request.prescriber.trimmed() },
        { QStringLiteral("received_on"), receivedOn.toString(Qt::ISODate) },
        { QStringLiteral("issue_year"), issueYear },
        { QStringLiteral("valid_until"), validUntil.toString(Qt::ISODate) },
        { QStringLiteral("accepted_until"), acceptedUntil.toString(Qt::ISODate) } };
    auto bookletId = insertRow(records, QStringLiteral("cheque_booklets"), booklet);
    if (!bookletId)
        return bookletId.error();

    const QString who = currentMediator();
    const QString place = placeId();
    const QString why = request.bookletLabel.trimmed().isEmpty()
        ? tr("received")
        : tr("received in booklet %1").arg(request.bookletLabel.trimmed());
    QList<QVariantMap> rows;
    QList<QVariantMap> entries;
    rows.reserve(codes.size());
    entries.reserve(codes.size());
    const QString now = m_clock.nowIso();
    for (const QString &c : std::as_const(codes)) {
        const QString id = chequeId(s->id, c);
        rows << QVariantMap { { QStringLiteral("id"), id }, { QStringLiteral("scheme_id"), s->id },
            { QStringLiteral("code"), c }, { QStringLiteral("booklet_id"), *bookletId },
            { QStringLiteral("status"), statusCode(ChequeStatus::EnStock) },
            { QStringLiteral("face_value_cents"), s->faceValue.cents() }, { QStringLiteral("funder"), funder },
            { QStringLiteral("issue_year"), issueYear },
            { QStringLiteral("valid_until"), validUntil.toString(Qt::ISODate) },
            { QStringLiteral("accepted_until"), acceptedUntil.toString(Qt::ISODate) } };
        entries << QVariantMap { { QStringLiteral("cheque_id"), id }, { QStringLiteral("at"), now },
            { QStringLiteral("who"), who }, { QStringLiteral("from_status"), QString() },
            { QStringLiteral("to_status"), statusCode(ChequeStatus::EnStock) }, { QStringLiteral("why"), why },
            { QStringLiteral("place_id"), place } };
    }
    // One prepared statement per table: a booklet of 10,000 cheques is received in well under a second.
    if (auto r = insertRows(records, QStringLiteral("cheques"), rows); !r)
        return r.error();
    if (auto r = insertRows(records, QStringLiteral("cheque_journal"), entries); !r)
        return r.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    qCInfo(lcCheques) << "received" << codes.size() << "cheques of" << s->id;
    return ReceiveResult { *bookletId, int(codes.size()), codes.first(), codes.last() };
}

QList<Booklet> ChequeRegister::booklets(const QString &schemeId) const
{
    QList<Booklet> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT b.id, b.scheme_id, b.label, b.first_code, b.last_code, b.code_count, b.funder, b.prescriber, "
        "b.received_on, b.issue_year, b.valid_until, b.accepted_until, "
        "(SELECT count(*) FROM cheques c WHERE c.booklet_id = b.id AND c.status = 'en_stock'), "
        "(SELECT count(*) FROM cheques c WHERE c.booklet_id = b.id AND c.status = 'distribue'), "
        "(SELECT count(*) FROM cheques c WHERE c.booklet_id = b.id AND c.status IN ('encaisse', 'reclame', "
        "'rembourse')), "
        "(SELECT count(*) FROM cheques c WHERE c.booklet_id = b.id AND c.status IN ('expire', 'annule')) "
        "FROM cheque_booklets b WHERE b.deleted = 0 AND (? = '' OR b.scheme_id = ?) "
        "ORDER BY b.received_on DESC, b.first_code"));
    // A null QString binds as NULL, and NULL = '' is not true: bind a real empty string.
    q.addBindValue(schemeId.isEmpty() ? QStringLiteral("") : schemeId);
    q.addBindValue(schemeId.isEmpty() ? QStringLiteral("") : schemeId);
    if (!q.exec())
        qCWarning(lcCheques) << "cannot read booklets:" << q.lastError().text();
    while (q.next()) {
        Booklet b;
        b.id = q.value(0).toString();
        b.schemeId = q.value(1).toString();
        b.label = q.value(2).toString();
        b.firstCode = q.value(3).toString();
        b.lastCode = q.value(4).toString();
        b.codeCount = q.value(5).toInt();
        b.funder = q.value(6).toString();
        b.prescriber = q.value(7).toString();
        b.receivedOn = dateOf(q.value(8));
        b.issueYear = q.value(9).toInt();
        b.validUntil = dateOf(q.value(10));
        b.acceptedUntil = dateOf(q.value(11));
        b.inStock = q.value(12).toInt();
        b.distributed = q.value(13).toInt();
        b.used = q.value(14).toInt();
        b.lost = q.value(15).toInt();
        list << b;
    }
    return list;
}

Status ChequeRegister::handOut(
    const QStringList &chequeIds, const QString &beneficiaryId, const QString &by, const QString &stopId)
{
    if (chequeIds.isEmpty())
        return Status::failure(QStringLiteral("cheques.nothing-selected"), tr("Choose the cheques to hand out."));
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    const QString today = m_clock.today().toString(Qt::ISODate);
    const QString giver = by.trimmed().isEmpty() ? currentMediator() : by.trimmed();
    for (const QString &id : chequeIds) {
        const auto c = cheque(id);
        if (!c)
            return Status::failure(QStringLiteral("cheques.unknown"), tr("There is no cheque %1.").arg(id));
        const QVariantMap changes { { QStringLiteral("beneficiary_id"), beneficiaryId.trimmed() },
            { QStringLiteral("distributed_on"), today }, { QStringLiteral("distributed_by"), giver },
            { QStringLiteral("distributed_stop_id"), stopValue(stopId.trimmed()) } };
        if (Status s = writeTransition(
                *c, ChequeStatus::Distribue, tr("handed out by %1").arg(giver), changes, stopId.trimmed());
            !s)
            return s;
    }
    return tx.commit();
}

Status ChequeRegister::cancel(const QStringList &chequeIds, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(
            QStringLiteral("cheques.reason-required"), tr("Say why the cheques are cancelled (lost, damaged…)."));
    if (chequeIds.isEmpty())
        return Status::failure(QStringLiteral("cheques.nothing-selected"), tr("Choose the cheques to cancel."));
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    for (const QString &id : chequeIds) {
        const auto c = cheque(id);
        if (!c)
            return Status::failure(QStringLiteral("cheques.unknown"), tr("There is no cheque %1.").arg(id));
        if (Status s = writeTransition(*c, ChequeStatus::Annule, reason, {}); !s)
            return s;
    }
    return tx.commit();
}

Status ChequeRegister::transition(const QString &id, ChequeStatus to, const QString &why)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    const auto c = cheque(id);
    if (!c)
        return Status::failure(QStringLiteral("cheques.unknown"), tr("There is no cheque %1.").arg(id));
    if (to == ChequeStatus::Encaisse && c->status != ChequeStatus::Reclame)
        return Status::failure(QStringLiteral("cheques.use-redeem"),
            tr("A cheque is redeemed by scanning it, so that the redemption is recorded once."));
    if (Status s = writeTransition(*c, to, why, {}); !s)
        return s;
    return tx.commit();
}

Result<int> ChequeRegister::expireOverdue()
{
    const QString today = m_clock.today().toString(Qt::ISODate);
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cheques WHERE deleted = 0 AND status IN ('en_stock', 'distribue') "
                             "AND accepted_until IS NOT NULL AND accepted_until < ?")
                  .arg(kChequeColumns));
    q.addBindValue(today);
    if (!q.exec())
        return queryError(q).error();
    QList<Cheque> overdue;
    while (q.next())
        overdue << chequeFrom(q);
    q.finish();
    for (const Cheque &c : std::as_const(overdue)) {
        if (Status s = writeTransition(
                c, ChequeStatus::Expire, tr("acceptance date %1 passed").arg(frenchDate(c.acceptedUntil)), {});
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(overdue.size());
}

QList<ExpiryAlert> ChequeRegister::expiryAlerts() const
{
    QList<ExpiryAlert> alerts;
    const QDate today = m_clock.today();
    QHash<QString, Scheme> byId;
    for (const Scheme &s : schemes(false))
        byId.insert(s.id, s);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT scheme_id, valid_until, accepted_until, count(*) FROM cheques "
                             "WHERE deleted = 0 AND status IN ('en_stock', 'distribue') AND accepted_until IS NOT NULL "
                             "GROUP BY scheme_id, valid_until, accepted_until ORDER BY accepted_until, scheme_id"));
    if (!q.exec())
        qCWarning(lcCheques) << "cannot read expiry alerts:" << q.lastError().text();
    while (q.next()) {
        const Scheme s = byId.value(q.value(0).toString());
        const QDate validUntil = dateOf(q.value(1));
        const QDate acceptedUntil = dateOf(q.value(2));
        const int alertDays = s.id.isEmpty() ? 30 : s.alertDays;
        if (validUntil.isValid() && today < validUntil.addDays(-alertDays))
            continue;
        ExpiryAlert a;
        a.schemeId = q.value(0).toString();
        a.schemeLabel = s.label.isEmpty() ? a.schemeId : s.label;
        a.acceptedUntil = acceptedUntil;
        a.count = q.value(3).toInt();
        a.overdue = acceptedUntil < today;
        alerts << a;
    }
    return alerts;
}

// --- scanning ------------------------------------------------------------------------------------

ScanResult ChequeRegister::lookUp(const QString &rawCode, const QString &schemeId, std::optional<Cheque> *found) const
{
    ScanResult r;
    r.input = rawCode;
    const QString cleaned = code::clean(rawCode);
    if (cleaned.isEmpty()) {
        r.outcome = ScanOutcome::Empty;
        return r;
    }
    r.code = cleaned;

    QList<Scheme> candidates;
    if (!schemeId.isEmpty()) {
        const auto s = scheme(schemeId);
        if (!s) {
            r.outcome = ScanOutcome::BadFormat;
            r.message = tr("There is no scheme « %1 ».").arg(schemeId);
            return r;
        }
        candidates << *s;
    } else {
        candidates = schemes(true);
    }

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cheques WHERE id = ? AND deleted = 0").arg(kChequeColumns));
    QList<std::pair<Scheme, QString>> matching;
    for (const Scheme &s : std::as_const(candidates)) {
        const auto normalized = code::normalize(rawCode, s);
        if (!normalized)
            continue;
        matching.append({ s, *normalized });
        q.addBindValue(chequeId(s.id, *normalized));
        if (q.exec() && q.next()) {
            *found = chequeFrom(q);
            r.code = *normalized;
            r.schemeId = s.id;
            r.schemeLabel = s.label;
            r.chequeId = (*found)->id;
            r.faceValue = (*found)->faceValue;
            r.foreign = (*found)->foreign;
            return r;
        }
        q.finish();
    }
    // Not in the register under any scheme's normal form; a cheque received with the cleaned code as
    // given (before a scheme's pattern changed) is still found.
    if (matching.isEmpty()) {
        for (const Scheme &s : std::as_const(candidates)) {
            q.addBindValue(chequeId(s.id, cleaned));
            if (q.exec() && q.next()) {
                *found = chequeFrom(q);
                r.schemeId = s.id;
                r.schemeLabel = s.label;
                r.chequeId = (*found)->id;
                r.faceValue = (*found)->faceValue;
                return r;
            }
            q.finish();
        }
        r.outcome = ScanOutcome::BadFormat;
        if (candidates.size() == 1)
            r.message = tr("%1 does not match the format of %2 cheques.").arg(cleaned, candidates.first().label);
        else
            r.message = tr("%1 does not match the format of any cheque scheme.").arg(cleaned);
        return r;
    }
    r.outcome = ScanOutcome::Unknown;
    r.code = matching.first().second;
    for (const auto &[s, c] : std::as_const(matching))
        r.candidateSchemes << s.id;
    if (matching.size() == 1) {
        r.schemeId = matching.first().first.id;
        r.schemeLabel = matching.first().first.label;
        r.faceValue = matching.first().first.faceValue;
    }
    r.message = tr("Unknown cheque %1: it was never received here. Redeem it as a cheque from elsewhere?").arg(r.code);
    return r;
}

namespace {

void describe(ScanResult &r, const Cheque &c, const QDate &today)
{
    switch (c.status) {
    case ChequeStatus::Encaisse:
    case ChequeStatus::Reclame:
    case ChequeStatus::Rembourse:
        r.outcome = ScanOutcome::AlreadyRedeemed;
        r.redeemedOn = c.redeemedOn;
        r.redeemedAt = c.redeemedAt;
        r.redeemedPlace = c.redeemedPlace;
        r.redeemedBy = c.redeemedBy;
        r.message = ChequeRegister::tr("Already redeemed on %1 at %2%3.")
                        .arg(frenchDate(c.redeemedOn),
                            c.redeemedPlace.isEmpty() ? ChequeRegister::tr("this place") : c.redeemedPlace,
                            c.redeemedBy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.redeemedBy));
        return;
    case ChequeStatus::Annule:
        r.outcome = ScanOutcome::Cancelled;
        r.reason = c.reason;
        r.message = c.reason.isEmpty()
            ? ChequeRegister::tr("Cancelled cheque: it cannot be redeemed.")
            : ChequeRegister::tr("Cancelled cheque (%1): it cannot be redeemed.").arg(c.reason);
        return;
    case ChequeStatus::Expire:
        r.outcome = ScanOutcome::Expired;
        r.acceptedUntil = c.acceptedUntil;
        r.message = c.acceptedUntil.isValid()
            ? ChequeRegister::tr("Expired: this cheque was accepted until %1.").arg(frenchDate(c.acceptedUntil))
            : ChequeRegister::tr("Expired cheque: it cannot be redeemed.");
        return;
    case ChequeStatus::EnStock:
    case ChequeStatus::Distribue:
    case ChequeStatus::None:
        r.acceptedUntil = c.acceptedUntil;
        if (c.acceptedUntil.isValid() && today > c.acceptedUntil) {
            r.outcome = ScanOutcome::Expired;
            r.message
                = ChequeRegister::tr("Expired: this cheque was accepted until %1.").arg(frenchDate(c.acceptedUntil));
            return;
        }
        r.outcome = ScanOutcome::Redeemed;
        r.inGracePeriod = c.validUntil.isValid() && today > c.validUntil;
        r.message = r.inGracePeriod
            ? ChequeRegister::tr("Valid — redeemed: %1, %2 (valid until %3, still accepted until %4).")
                  .arg(c.code, c.faceValue.toString(), frenchDate(c.validUntil), frenchDate(c.acceptedUntil))
            : ChequeRegister::tr("Valid — redeemed: %1, %2.").arg(c.code, c.faceValue.toString());
        return;
    }
}

} // namespace

ScanResult ChequeRegister::check(const QString &rawCode, const QString &schemeId) const
{
    std::optional<Cheque> found;
    ScanResult r = lookUp(rawCode, schemeId, &found);
    if (found) {
        describe(r, *found, m_clock.today());
        if (r.outcome == ScanOutcome::Redeemed)
            r.message = tr("Valid: %1, %2 — not redeemed yet.").arg(found->code, found->faceValue.toString());
    }
    return r;
}

ScanResult ChequeRegister::redeem(const QString &rawCode, const RedeemOptions &options)
{
    std::optional<Cheque> found;
    ScanResult r;
    storage::Transaction tx(m_db);
    if (!tx.isActive()) {
        r.input = rawCode;
        r.outcome = ScanOutcome::Failed;
        r.message = tx.beginStatus().errorMessage();
        return r;
    }
    r = lookUp(rawCode, options.schemeId, &found);
    const QDate today = m_clock.today();
    const QString mediator = options.mediator.trimmed().isEmpty() ? currentMediator() : options.mediator.trimmed();
    const QString place = placeName();

    auto fail = [&r](const Status &s) {
        r.outcome = ScanOutcome::Failed;
        r.message = s.errorMessage();
        return r;
    };

    QVariantMap redemption { { QStringLiteral("redemption_id"), ids::newId() },
        { QStringLiteral("redeemed_on"), today.toString(Qt::ISODate) },
        { QStringLiteral("redeemed_at"), m_clock.nowIso() }, { QStringLiteral("redeemed_place_id"), placeId() },
        { QStringLiteral("redeemed_place"), place }, { QStringLiteral("redeemed_by"), mediator },
        { QStringLiteral("activity_id"), options.activityId.trimmed() },
        { QStringLiteral("service"), options.service.trimmed() },
        { QStringLiteral("redeemed_stop_id"), stopValue(options.stopId.trimmed()) } };
    const QString why = place.isEmpty() ? tr("redeemed") : tr("redeemed at %1").arg(place);

    if (found) {
        describe(r, *found, today);
        if (r.outcome == ScanOutcome::Expired && found->status != ChequeStatus::Expire) {
            // Record what the scan found, once: the next scan reads « expiré » without writing.
            if (Status s = writeTransition(*found, ChequeStatus::Expire,
                    tr("scanned after its acceptance date %1").arg(frenchDate(found->acceptedUntil)), {},
                    options.stopId.trimmed());
                !s)
                return fail(s);
            if (Status s = tx.commit(); !s)
                return fail(s);
            return r;
        }
        if (r.outcome != ScanOutcome::Redeemed)
            return r;
        if (Status s = writeTransition(*found, ChequeStatus::Encaisse, why, redemption, options.stopId.trimmed()); !s)
            return fail(s);
        if (Status s = tx.commit(); !s)
            return fail(s);
        r.redeemedOn = today;
        r.redeemedPlace = place;
        r.redeemedBy = mediator;
        qCInfo(lcCheques) << "redeemed" << found->id;
        return r;
    }

    if (r.outcome != ScanOutcome::Unknown || !options.allowForeign)
        return r;
    if (r.schemeId.isEmpty()) {
        r.message = tr("The code %1 matches several schemes (%2): choose the scheme of this cheque.")
                        .arg(r.code, r.candidateSchemes.join(QStringLiteral(", ")));
        return r;
    }
    const auto s = scheme(r.schemeId);
    const QString id = chequeId(r.schemeId, r.code);
    QVariantMap row = redemption;
    row.insert(QStringLiteral("id"), id);
    row.insert(QStringLiteral("scheme_id"), r.schemeId);
    row.insert(QStringLiteral("code"), r.code);
    row.insert(QStringLiteral("foreign_cheque"), 1);
    row.insert(QStringLiteral("status"), statusCode(ChequeStatus::Encaisse));
    row.insert(QStringLiteral("face_value_cents"), s ? s->faceValue.cents() : 0);
    row.insert(QStringLiteral("funder"), s ? s->funder : QString());
    storage::RecordStore records(m_db);
    if (auto ins = insertRow(records, QStringLiteral("cheques"), row); !ins)
        return fail(ins.error());
    if (Status st = appendJournal(
            id, ChequeStatus::None, ChequeStatus::Encaisse, why + QStringLiteral(" — ") + tr("cheque from elsewhere"),
            options.stopId.trimmed());
        !st)
        return fail(st);
    if (Status st = tx.commit(); !st)
        return fail(st);
    r.outcome = ScanOutcome::Redeemed;
    r.chequeId = id;
    r.foreign = true;
    r.faceValue = s ? s->faceValue : Money();
    r.redeemedOn = today;
    r.redeemedPlace = place;
    r.redeemedBy = mediator;
    r.message = tr("Redeemed as a cheque from elsewhere: %1, %2.").arg(r.code, r.faceValue.toString());
    return r;
}

// --- reading -------------------------------------------------------------------------------------

std::optional<Cheque> ChequeRegister::cheque(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cheques WHERE id = ? AND deleted = 0").arg(kChequeColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return chequeFrom(q);
    return std::nullopt;
}

std::optional<Cheque> ChequeRegister::findByCode(const QString &rawCode, const QString &schemeId) const
{
    std::optional<Cheque> found;
    const ScanResult r = lookUp(rawCode, schemeId, &found);
    Q_UNUSED(r)
    return found;
}

QList<Cheque> ChequeRegister::cheques(const ChequeFilter &filter) const
{
    QStringList where { QStringLiteral("deleted = 0") };
    QVariantList values;
    if (filter.status) {
        where << QStringLiteral("status = ?");
        values << statusCode(*filter.status);
    }
    if (!filter.schemeId.isEmpty()) {
        where << QStringLiteral("scheme_id = ?");
        values << filter.schemeId;
    }
    if (!filter.bookletId.isEmpty()) {
        where << QStringLiteral("booklet_id = ?");
        values << filter.bookletId;
    }
    if (!filter.codeContains.isEmpty()) {
        where << QStringLiteral("instr(code, ?) > 0");
        values << code::clean(filter.codeContains);
    }
    QString sql = QStringLiteral("SELECT %1 FROM cheques WHERE %2 ORDER BY scheme_id, code")
                      .arg(kChequeColumns, where.join(QStringLiteral(" AND ")));
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<Cheque> list;
    if (!q.exec())
        qCWarning(lcCheques) << "cannot list cheques:" << q.lastError().text();
    while (q.next())
        list << chequeFrom(q);
    return list;
}

QMap<ChequeStatus, int> ChequeRegister::countByStatus() const
{
    QMap<ChequeStatus, int> counts;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT status, count(*) FROM cheques WHERE deleted = 0 GROUP BY status"));
    while (q.next())
        counts.insert(statusFromCode(q.value(0).toString()).value_or(ChequeStatus::None), q.value(1).toInt());
    return counts;
}

QList<JournalEntry> ChequeRegister::journal(const QString &id) const
{
    QList<JournalEntry> entries;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, cheque_id, at, who, from_status, to_status, why, place_id, stop_id FROM cheque_journal "
                             "WHERE cheque_id = ? AND deleted = 0 ORDER BY at, rowid"));
    q.addBindValue(id);
    if (!q.exec())
        qCWarning(lcCheques) << "cannot read the journal:" << q.lastError().text();
    while (q.next()) {
        JournalEntry e;
        e.id = q.value(0).toString();
        e.chequeId = q.value(1).toString();
        e.at = q.value(2).toString();
        e.who = q.value(3).toString();
        e.from = statusFromCode(q.value(4).toString()).value_or(ChequeStatus::None);
        e.to = statusFromCode(q.value(5).toString()).value_or(ChequeStatus::None);
        e.why = q.value(6).toString();
        e.placeId = q.value(7).toString();
        e.stopId = q.value(8).toString();
        entries << e;
    }
    return entries;
}

QList<Incident> ChequeRegister::incidents() const
{
    // A redemption is a journal entry that takes a cheque into « encaissé » from outside the claims
    // (from nothing, from stock or from a hand-out); a voided redemption (encaissé → annulé) cancels one.
    // After a sync, the journal entries of two places that redeemed the same cheque offline both arrive
    // (they are separate documents), so a cheque with more live redemptions than one is an incident.
    QList<Incident> list;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT cheque_id FROM cheque_journal WHERE deleted = 0 GROUP BY cheque_id "
                          "HAVING sum(CASE WHEN to_status = 'encaisse' AND from_status IN ('', 'en_stock', "
                          "'distribue') THEN 1 ELSE 0 END)"
                          " - sum(CASE WHEN from_status = 'encaisse' AND to_status = 'annule' THEN 1 ELSE 0 END) >= 2 "
                          "ORDER BY cheque_id"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : std::as_const(ids)) {
        Incident incident;
        incident.chequeId = id;
        const QStringList parts = id.split(QLatin1Char(':'));
        incident.schemeId = parts.value(1);
        incident.code = parts.mid(2).join(QLatin1Char(':'));
        for (const JournalEntry &e : journal(id)) {
            if (e.to == ChequeStatus::Encaisse
                && (e.from == ChequeStatus::None || e.from == ChequeStatus::EnStock
                    || e.from == ChequeStatus::Distribue)) {
                incident.redemptions << QStringLiteral("%1 — %2 (%3)").arg(e.at, e.why, e.who);
                incident.redemptionEntries << e;
            }
        }
        list << incident;
    }
    return list;
}

// --- figures -------------------------------------------------------------------------------------

QList<RedeemedSummary> ChequeRegister::redeemedBetween(const QDate &from, const QDate &to) const
{
    QList<RedeemedSummary> list;
    QHash<QString, QString> labels;
    for (const Scheme &s : schemes(false))
        labels.insert(s.id, s.label);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT scheme_id, funder, count(*), sum(face_value_cents) FROM cheques "
                             "WHERE deleted = 0 AND redeemed_on BETWEEN ? AND ? AND status IN %1 "
                             "GROUP BY scheme_id, funder ORDER BY scheme_id, funder")
                  .arg(kRedeemedStatuses));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        qCWarning(lcCheques) << "cannot sum redemptions:" << q.lastError().text();
    while (q.next()) {
        RedeemedSummary s;
        s.scheme = q.value(0).toString();
        s.schemeLabel = labels.value(s.scheme, s.scheme);
        s.funder = q.value(1).toString();
        s.count = q.value(2).toInt();
        s.amount = Money(q.value(3).toLongLong());
        list << s;
    }
    return list;
}

int ChequeRegister::redeemedOn(const QDate &day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM cheques WHERE deleted = 0 AND redeemed_on = ? AND status IN %1")
                  .arg(kRedeemedStatuses));
    q.addBindValue(day.toString(Qt::ISODate));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

Status ChequeRegister::anonymise(const QString &beneficiaryId)
{
    if (beneficiaryId.isEmpty())
        return {};
    return m_db.exec(QStringLiteral("UPDATE cheques SET beneficiary_id = '' WHERE beneficiary_id = ?"), {beneficiaryId});
}

} // namespace escale::cheques
