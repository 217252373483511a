#pragma once

#include "cheques/ChequeRegister.h"
#include "common/Money.h"
#include "common/Result.h"
#include "reports/ClaimStatement.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace escale::cheques {

// The reference of a claim's statement (bordereau): « BR-2026-10-7K3QD2 » — its month and six letters
// or digits taken from its id (a hash, in Crockford's base 32: no I, L, O nor U, readable on the
// phone). Unique per claim (ids are; two claims of a structure share a suffix with a chance of one
// in a billion), the same at every printing and on every machine after a sync (made from what never
// changes: no counter to keep in step between machines), printed on every page of the bordereau, in
// the claims list and in the journal of each of its cheques.
QString claimReference(const QString &month, const QString &claimId);

// One monthly claim (demande de remboursement) for one scheme and one funder.
struct Claim
{
    QString id;
    QString reference; // claimReference(month, id)
    QString month; // YYYY-MM
    QString schemeId;
    QString schemeLabel;
    QString funder;
    int chequeCount = 0;
    Money amount;
    QDate createdOn;
    QString createdBy;
    bool closed = false;
    std::optional<Money> received;
    QDate receivedOn;
    QString bankReference;

    // received − amount once closed (negative: the funder paid less than claimed).
    Money difference() const { return received ? *received - amount : Money(); }
};

// What several claims hold together (the claims one preparation made, for its message).
struct ClaimsTotal
{
    int cheques = 0;
    Money amount;
};
inline ClaimsTotal totalOf(const QList<Claim> &claims)
{
    ClaimsTotal t;
    for (const Claim &c : claims) {
        t.cheques += c.chequeCount;
        t.amount += c.amount;
    }
    return t;
}

// The monthly claims: a claim covers the cheques redeemed in its month and not yet claimed, one claim per
// scheme and funder; closing it records what the funder paid and the difference.
class ClaimBook
{
    Q_DECLARE_TR_FUNCTIONS(ClaimBook)
public:
    explicit ClaimBook(ChequeRegister &cheques, storage::Database &db);

    // What prepare(month) would claim, without recording anything.
    QList<Claim> preview(const QString &month) const;
    // Creates the claims of a month (each cheque encaissé → réclamé, journaled). When nothing is left to
    // claim, fails with "cheques.nothing-to-claim" and a sentence saying why (no cheque redeemed that
    // month, or all already claimed and in which claims).
    Result<QList<Claim>> prepare(const QString &month);
    QList<Claim> claims(const QString &month = {}) const;
    std::optional<Claim> claim(const QString &id) const;
    // The claim of a bordereau's reference as people type it back (« br-2026-10-7k3qd2 », spaces,
    // O for 0, I or L for 1); nullopt when no claim has it.
    std::optional<Claim> claimByReference(const QString &reference) const;
    // Closes a claim: amount received, date, bank reference; its cheques réclamé → remboursé.
    Result<Claim> recordReimbursement(
        const QString &claimId, Money received, const QDate &receivedOn, const QString &bankReference);

    // The statement (bordereau) of the claims of a month, for the PDF and the CSV.
    Result<reports::ClaimStatementData> statement(const QString &month) const;

    static bool isMonth(const QString &month);

private:
    ChequeRegister &m_register;
    storage::Database &m_db;
};

} // namespace escale::cheques
