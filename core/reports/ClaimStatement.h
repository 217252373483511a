#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "reports/DocumentWriter.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace escale::reports {

// The cheque claim statement (bordereau de remboursement), built from plain data so that this library
// does not depend on core/cheques (which fills the data: cheques::ClaimBook::statement).
struct ClaimStatementLine
{
    QString code;
    QDate redeemedOn;
    Money amount;
    QString mediator;
};

struct ClaimStatementSection
{
    QString claimId;
    // The bordereau's reference (« BR-2026-10-7K3QD2 », cheques::claimReference): printed at the top of
    // the claim and in the footer of each of its pages, the same at every printing; the claim id when
    // empty.
    QString reference;
    QDate preparedOn; // when the claim was prepared (stable: not the printing date)
    QString preparedBy;
    QString schemeLabel;
    QString funder;
    QList<ClaimStatementLine> lines;
    Money total;
    bool closed = false;
    Money received;
    QDate receivedOn;
    QString bankReference;
};

struct ClaimStatementData
{
    QString month; // YYYY-MM
    QDate issuedOn;
    QString structureName;
    QString structureAddress;
    QString structurePivot; // SIRET / RNA
    QString preparedBy;
    QList<ClaimStatementSection> sections;
    int count = 0;
    Money total;
};

DocumentInfo claimStatementInfo(const ClaimStatementData &data);
// One bordereau per claim, each on its own pages (a claim goes to its own funder): title, reference,
// structure, scheme and funder, the cheques, the total, the reimbursement once recorded, the line to sign.
std::unique_ptr<QTextDocument> buildClaimStatement(const ClaimStatementData &data);

// The same statement as CSV: UTF-8 with BOM, ';' separated, French headers, amounts « 10,00 », one line per
// cheque; cells that a spreadsheet would run as a formula are escaped with a leading apostrophe.
QByteArray claimStatementCsv(const ClaimStatementData &data);

} // namespace escale::reports
