#include "cheques/ChequeTypes.h"

#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace escale::cheques {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::cheques", text);
}

struct Transition
{
    ChequeStatus from;
    ChequeStatus to;
    bool needsReason;
};

// The whole lifecycle (docs/cheques.md). A cheque is redeemed at most once: nothing leads to Encaisse
// from Encaisse, Reclame, Rembourse, Expire or Annule.
constexpr Transition transitions[] = {
    { ChequeStatus::None, ChequeStatus::EnStock, false }, // received in a booklet
    { ChequeStatus::None, ChequeStatus::Encaisse, false }, // a cheque from elsewhere, redeemed here
    { ChequeStatus::EnStock, ChequeStatus::Distribue, false },
    { ChequeStatus::EnStock, ChequeStatus::Encaisse, false }, // handed out and redeemed at once
    { ChequeStatus::EnStock, ChequeStatus::Expire, false }, { ChequeStatus::EnStock, ChequeStatus::Annule, true },
    { ChequeStatus::Distribue, ChequeStatus::Encaisse, false },
    { ChequeStatus::Distribue, ChequeStatus::EnStock, true }, // correction: handed back
    { ChequeStatus::Distribue, ChequeStatus::Expire, false }, { ChequeStatus::Distribue, ChequeStatus::Annule, true },
    { ChequeStatus::Encaisse, ChequeStatus::Reclame, false },
    { ChequeStatus::Encaisse, ChequeStatus::Annule, true }, // redemption voided (a mistake, a fraud)
    { ChequeStatus::Reclame, ChequeStatus::Rembourse, false },
    { ChequeStatus::Reclame, ChequeStatus::Encaisse, true }, // correction: taken out of a claim
    { ChequeStatus::Expire, ChequeStatus::EnStock, true }, // correction: validity extended by the funder
    { ChequeStatus::Annule, ChequeStatus::EnStock, true }, // correction: found again
};

} // namespace

QString statusCode(ChequeStatus status)
{
    switch (status) {
    case ChequeStatus::None:
        return {};
    case ChequeStatus::EnStock:
        return QStringLiteral("en_stock");
    case ChequeStatus::Distribue:
        return QStringLiteral("distribue");
    case ChequeStatus::Encaisse:
        return QStringLiteral("encaisse");
    case ChequeStatus::Reclame:
        return QStringLiteral("reclame");
    case ChequeStatus::Rembourse:
        return QStringLiteral("rembourse");
    case ChequeStatus::Expire:
        return QStringLiteral("expire");
    case ChequeStatus::Annule:
        return QStringLiteral("annule");
    }
    return {};
}

std::optional<ChequeStatus> statusFromCode(const QString &code)
{
    if (code.isEmpty())
        return ChequeStatus::None;
    for (ChequeStatus s : allStatuses())
        if (statusCode(s) == code)
            return s;
    return std::nullopt;
}

QString statusLabel(ChequeStatus status)
{
    switch (status) {
    case ChequeStatus::None:
        return tr("Not in the register");
    case ChequeStatus::EnStock:
        return tr("In stock");
    case ChequeStatus::Distribue:
        return tr("Handed out");
    case ChequeStatus::Encaisse:
        return tr("Redeemed");
    case ChequeStatus::Reclame:
        return tr("Claimed");
    case ChequeStatus::Rembourse:
        return tr("Reimbursed");
    case ChequeStatus::Expire:
        return tr("Expired");
    case ChequeStatus::Annule:
        return tr("Cancelled");
    }
    return {};
}

QList<ChequeStatus> allStatuses()
{
    return { ChequeStatus::EnStock, ChequeStatus::Distribue, ChequeStatus::Encaisse, ChequeStatus::Reclame,
        ChequeStatus::Rembourse, ChequeStatus::Expire, ChequeStatus::Annule };
}

bool isAllowedTransition(ChequeStatus from, ChequeStatus to)
{
    for (const Transition &t : transitions)
        if (t.from == from && t.to == to)
            return true;
    return false;
}

bool transitionNeedsReason(ChequeStatus from, ChequeStatus to)
{
    for (const Transition &t : transitions)
        if (t.from == from && t.to == to)
            return t.needsReason;
    return false;
}

QDate Scheme::validUntil(int issueYear) const
{
    const QStringList parts = validityEnd.split(QLatin1Char('-'));
    const int month = parts.size() == 2 ? parts.at(0).toInt() : 12;
    const int day = parts.size() == 2 ? parts.at(1).toInt() : 31;
    QDate d(issueYear, month, 1);
    if (!d.isValid())
        return QDate(issueYear, 12, 31);
    return QDate(issueYear, month, std::min(day, d.daysInMonth()));
}

QDate Scheme::acceptedUntil(int issueYear) const
{
    return validUntil(issueYear).addDays(graceDays);
}

QString chequeId(const QString &schemeId, const QString &code)
{
    return QStringLiteral("cheque:") + schemeId + QLatin1Char(':') + code;
}

namespace {

QVariantMap withoutNullStrings(QVariantMap values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        if (it->typeId() == QMetaType::QString && it->toString().isNull())
            *it = QStringLiteral("");
    return values;
}

} // namespace

Result<QString> insertRow(storage::RecordStore &records, const QString &table, const QVariantMap &values)
{
    return records.insert(table, withoutNullStrings(values));
}

Result<QStringList> insertRows(storage::RecordStore &records, const QString &table, const QList<QVariantMap> &rows)
{
    QList<QVariantMap> clean;
    clean.reserve(rows.size());
    for (const QVariantMap &row : rows)
        clean << withoutNullStrings(row);
    return records.insertMany(table, clean);
}

Status updateRow(storage::RecordStore &records, const QString &table, const QString &id, const QVariantMap &values)
{
    return records.update(table, id, withoutNullStrings(values));
}

} // namespace escale::cheques
