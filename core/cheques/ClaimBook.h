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

// One monthly claim (demande de remboursement) for one scheme and one funder.
struct Claim
{
    QString id;
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
