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
std::unique_ptr<QTextDocument> buildClaimStatement(const ClaimStatementData &data);

// The same statement as CSV: UTF-8 with BOM, ';' separated, French headers, amounts « 10,00 », one line per
// cheque; cells that a spreadsheet would run as a formula are escaped with a leading apostrophe.
QByteArray claimStatementCsv(const ClaimStatementData &data);

// « octobre 2026 » for "2026-10" (French month names: the document is for French funders).
QString monthTitle(const QString &month);

} // namespace escale::reports
