#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace escale::cheques {

// The lifecycle of a cheque (docs/cheques.md). Stored as the codes below.
enum class ChequeStatus {
    None, // not in the register yet (the "from" of the first journal entry)
    EnStock, // received here, not handed out
    Distribue, // handed out to a beneficiary
    Encaisse, // redeemed here
    Reclame, // in a monthly claim
    Rembourse, // the claim was reimbursed
    Expire, // past its acceptance date
    Annule, // lost, damaged, redemption voided… (with a reason)
};

QString statusCode(ChequeStatus status); // "en_stock"…; "" for None
std::optional<ChequeStatus> statusFromCode(const QString &code); // "" → None
QString statusLabel(ChequeStatus status); // « En stock », « Encaissé »… (translated)
QList<ChequeStatus> allStatuses(); // the seven real statuses, in lifecycle order

// The table of allowed transitions. Everything not listed is refused.
bool isAllowedTransition(ChequeStatus from, ChequeStatus to);
// Transitions that must carry a reason (cancellations and corrections).
bool transitionNeedsReason(ChequeStatus from, ChequeStatus to);

// A scheme (dispositif): APTIC, Pass Numérique for local authorities, chèque numérique…
struct Scheme
{
    QString id; // stable slug, part of every cheque id
    QString label;
    Money faceValue;
    QString funder; // commanditaire
    QString codePattern; // regex, whole match on the normalised code
    QStringList stripPrefixes;
    int bookletSize = 10;
    QString validityEnd = QStringLiteral("12-31"); // MM-DD of the issue year
    int graceDays = 31;
    int alertDays = 30;
    bool active = true;

    // Last day of validity and last day of acceptance of a cheque issued in issueYear.
    QDate validUntil(int issueYear) const;
    QDate acceptedUntil(int issueYear) const;
};

struct Cheque
{
    QString id;
    QString schemeId;
    QString code;
    QString bookletId;
    bool foreign = false;
    ChequeStatus status = ChequeStatus::None;
    Money faceValue;
    QString funder;
    int issueYear = 0;
    QDate validUntil; // null when unknown
    QDate acceptedUntil; // null when unknown
    QString beneficiaryId;
    QDate distributedOn;
    QString distributedBy;
    QString redemptionId;
    QDate redeemedOn;
    QString redeemedAt;
    QString redeemedPlaceId;
    QString redeemedPlace;
    QString redeemedBy;
    QString activityId;
    QString service;
    QString claimId;
    QString reason;
    // The bus stops (itinerant_stops.id) where it was handed out and redeemed; empty elsewhere.
    QString distributedStopId;
    QString redeemedStopId;
};

struct Booklet
{
    QString id;
    QString schemeId;
    QString label;
    QString firstCode;
    QString lastCode;
    int codeCount = 0;
    QString funder;
    QString prescriber;
    QDate receivedOn;
    int issueYear = 0;
    QDate validUntil;
    QDate acceptedUntil;
    // Counts by status, filled by ChequeRegister::booklets().
    int inStock = 0;
    int distributed = 0;
    int used = 0; // encaissé, réclamé or remboursé
    int lost = 0; // expiré or annulé
};

struct JournalEntry
{
    QString id;
    QString chequeId;
    QString at; // UTC ISO-8601
    QString who;
    ChequeStatus from = ChequeStatus::None;
    ChequeStatus to = ChequeStatus::None;
    QString why;
    QString placeId;
    QString stopId; // the bus stop where the transition happened, empty elsewhere
};

// The id of a cheque: cheque:<scheme>:<code>.
QString chequeId(const QString &schemeId, const QString &code);

} // namespace escale::cheques

namespace escale::storage {
class RecordStore;
}

namespace escale::cheques {

// RecordStore writes with null strings turned into empty ones: a null QString binds as SQL NULL, and
// the text columns of the register are NOT NULL DEFAULT ''.
Result<QString> insertRow(storage::RecordStore &records, const QString &table, const QVariantMap &values);
Result<QStringList> insertRows(storage::RecordStore &records, const QString &table, const QList<QVariantMap> &rows);
Status updateRow(storage::RecordStore &records, const QString &table, const QString &id, const QVariantMap &values);

} // namespace escale::cheques
