#pragma once

#include "cheques/ChequeTypes.h"
#include "common/Money.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcCheques)

namespace escale::cheques {

// What the ACTIVITY team's monthly sheet shows: cheques redeemed in a period, per scheme and funder.
struct RedeemedSummary
{
    QString scheme; // scheme id
    QString schemeLabel;
    QString funder;
    int count = 0;
    Money amount;
};

// What a scan answers (docs/cheques.md, « Scan »).
enum class ScanOutcome {
    Redeemed, // valid → recorded as redeemed now
    AlreadyRedeemed, // redeemed before (when, where): nothing recorded
    Expired, // past its acceptance date
    Cancelled, // cancelled (lost, damaged…)
    Unknown, // matches a scheme's format but was never received here: may be redeemed as foreign
    BadFormat, // matches no scheme's format
    Empty, // nothing scanned (a doubled Enter): nothing to say, nothing recorded
    Failed, // the database refused the write (message says why); nothing recorded
};

struct RedeemOptions
{
    QString schemeId; // restrict to this scheme (required to redeem a foreign cheque)
    bool allowForeign = false;
    QString activityId; // the activity it paid for (activity team's id), optional
    QString service; // what it paid for, optional free text / code
    QString mediator; // who scans; default: the current user of the structure
    QString stopId; // the bus stop it is redeemed at (itinerant_stops.id), empty elsewhere
};

struct ScanResult
{
    ScanOutcome outcome = ScanOutcome::BadFormat;
    QString input; // as scanned
    QString code; // normalised
    QString schemeId;
    QString schemeLabel;
    QString chequeId;
    Money faceValue;
    QDate redeemedOn; // AlreadyRedeemed / Redeemed
    QString redeemedAt; // UTC ISO
    QString redeemedPlace;
    QString redeemedBy;
    QDate acceptedUntil; // Expired / Redeemed (when known)
    bool inGracePeriod = false; // Redeemed after validUntil but before acceptedUntil
    bool foreign = false;
    QString reason; // Cancelled: the reason given
    QStringList candidateSchemes; // Unknown: the schemes whose format it matches
    QString message; // one translated sentence for the screen and the command line

    bool recorded() const { return outcome == ScanOutcome::Redeemed; }
};

struct ReceiveRequest
{
    QString schemeId;
    QStringList codes; // raw codes (a list or a scanned booklet) …
    QString rangeFirst; // … or a range
    QString rangeLast;
    QString bookletLabel; // the number printed on the booklet, if any
    QString funder; // default: the scheme's
    QString prescriber;
    int issueYear = 0; // default: the year of today
    QDate receivedOn; // default: today
};

struct ReceiveResult
{
    QString bookletId;
    int count = 0;
    QString firstCode;
    QString lastCode;
};

struct ChequeFilter
{
    std::optional<ChequeStatus> status;
    QString schemeId;
    QString bookletId;
    QString codeContains;
    int limit = -1;
};

struct ExpiryAlert
{
    QString schemeId;
    QString schemeLabel;
    QDate acceptedUntil;
    int count = 0; // cheques in stock or handed out
    bool overdue = false; // already past acceptedUntil (to be marked expired)
};

// A cheque redeemed in more than one place (conflicting redemptions, seen after a sync).
struct Incident
{
    QString chequeId;
    QString code;
    QString schemeId;
    QStringList redemptions; // « 2026-10-04 — Médiathèque de Digne (Alice) » per redemption
    QList<JournalEntry> redemptionEntries; // the same redemptions as journal entries (`at` in UTC), to show
};

// The Pass numérique register of this installation (issue 6, docs/cheques.md): schemes, booklets,
// cheques and the journal. Every write is one transaction and goes through storage::RecordStore; every
// transition is checked against the lifecycle table and journaled.
class ChequeRegister
{
    Q_DECLARE_TR_FUNCTIONS(ChequeRegister)
public:
    explicit ChequeRegister(storage::Database &db);
    // The register as of another clock than the database's: every date and time it writes (receipt,
    // hand-out, redemption, journal, claims of a ClaimBook built on it) and every validity check are
    // then that clock's. Used to write a past year of demonstration data (DemoCheques.h).
    ChequeRegister(storage::Database &db, const Clock &clock);
    const Clock &clock() const { return m_clock; }

    // Erasure of a person (RGPD): the cheques handed to them no longer carry their id (the column is
    // local and never synced, so this does not create a revision).
    Status anonymise(const QString &beneficiaryId);

    // --- schemes
    QList<Scheme> schemes(bool activeOnly = true) const;
    std::optional<Scheme> scheme(const QString &id) const;
    // Creates or updates a scheme (id: [a-z0-9_]+).
    Status saveScheme(const Scheme &scheme);

    // --- stock
    // Receives a booklet by range or by list: all or nothing. Refuses codes that do not match the
    // scheme, duplicates inside the request and codes already in the register (naming them).
    Result<ReceiveResult> receive(const ReceiveRequest &request);
    QList<Booklet> booklets(const QString &schemeId = {}) const;
    // Hands cheques out to a beneficiary (an id, optional) by someone, at a bus stop (itinerant_stops.id)
    // or, when stopId is empty, at no stop.
    Status handOut(const QStringList &chequeIds, const QString &beneficiaryId, const QString &by,
        const QString &stopId = {});
    // Cancels with a reason (required).
    Status cancel(const QStringList &chequeIds, const QString &reason);
    // Any allowed transition, with its reason (corrections: back in stock, out of a claim…).
    Status transition(const QString &chequeId, ChequeStatus to, const QString &why);
    // Marks expired every cheque in stock or handed out whose acceptance date is before today.
    Result<int> expireOverdue();
    // Cheques in stock or handed out whose acceptance ends within their scheme's alert period (or has ended).
    QList<ExpiryAlert> expiryAlerts() const;

    // --- scanning
    // Looks a scanned code up and, when it is valid, redeems it (one transaction). Never records twice.
    ScanResult redeem(const QString &rawCode, const RedeemOptions &options = {});
    // The same look-up without recording anything.
    ScanResult check(const QString &rawCode, const QString &schemeId = {}) const;

    // --- reading
    std::optional<Cheque> cheque(const QString &id) const;
    // Finds a cheque by a scanned or typed code (any scheme unless given).
    std::optional<Cheque> findByCode(const QString &rawCode, const QString &schemeId = {}) const;
    QList<Cheque> cheques(const ChequeFilter &filter = {}) const;
    QMap<ChequeStatus, int> countByStatus() const;
    QList<JournalEntry> journal(const QString &chequeId) const;
    QList<Incident> incidents() const;

    // --- figures for other screens
    QList<RedeemedSummary> redeemedBetween(const QDate &from, const QDate &to) const;
    int redeemedOn(const QDate &day) const;

    // The name written as « who » in the journal: the structure's current user, or « escale ».
    QString currentMediator() const;

private:
    friend class ClaimBook;
    Status writeTransition(const Cheque &cheque, ChequeStatus to, const QString &why, QVariantMap changes,
        const QString &stopId = {});
    Status appendJournal(const QString &chequeId, ChequeStatus from, ChequeStatus to, const QString &why,
        const QString &stopId = {});
    ScanResult lookUp(const QString &rawCode, const QString &schemeId, std::optional<Cheque> *found) const;
    QString placeId() const;
    QString placeName() const;

    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace escale::cheques
