#include "reports/ClaimStatement.h"

#include "common/Csv.h"
#include "common/Months.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace escale::reports {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("escale::reports", text, disambiguation, n);
}

// Dates are printed dd/MM/yyyy whatever the locale: the statement goes to French funders.
QString frenchDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString csvCell(const QString &value)
{
    return csv::cell(value, QLatin1Char(';'));
}

QString csvAmount(Money m)
{
    return m.toPlainString().replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace

DocumentInfo claimStatementInfo(const ClaimStatementData &data)
{
    DocumentInfo info;
    info.title = tr("Pass numérique reimbursement claim — %1").arg(monthInSentence(data.month));
    info.structure = data.structureName;
    info.date = data.issuedOn;
    return info;
}

std::unique_ptr<QTextDocument> buildClaimStatement(const ClaimStatementData &data)
{
    const DocumentInfo info = claimStatementInfo(data);
    auto document = newDocument(info);

    QString html;
    for (qsizetype i = 0; i < data.sections.size(); ++i) {
        const ClaimStatementSection &section = data.sections.at(i);
        const QString reference = section.reference.isEmpty() ? section.claimId : section.reference;
        // Each claim on its own pages: the funder of one never receives the cheques of another.
        html += QStringLiteral("<h1%1>%2</h1>")
                    .arg(i > 0 ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                        escaped(info.title));
        // The reference, large, where the funder looks first; runningMark repeats it in the footer of
        // every page of this claim.
        html += QStringLiteral("<p style=\"font-size: 13pt; margin-top: 4pt; margin-bottom: 8pt\"><b>%1</b></p>")
                    .arg(runningMark(tr("Statement no. %1").arg(reference)));
        html += QStringLiteral("<p><b>%1</b><br/>%2").arg(escaped(data.structureName), escaped(data.structureAddress));
        if (!data.structurePivot.isEmpty())
            html += QStringLiteral("<br/>%1").arg(escaped(tr("SIRET / RNA: %1").arg(data.structurePivot)));
        html += QStringLiteral("</p>");
        const QDate preparedOn = section.preparedOn.isValid() ? section.preparedOn : data.issuedOn;
        const QString preparedBy = section.preparedBy.isEmpty() ? data.preparedBy : section.preparedBy;
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(escaped(tr("Cheques redeemed in %1. Claim prepared on %2 by %3.")
                                     .arg(monthInSentence(data.month), frenchDate(preparedOn), preparedBy)));

        const QString funder = section.funder.isEmpty() ? tr("funder not specified") : section.funder;
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("%1 — %2").arg(section.schemeLabel, funder)));
        html += QStringLiteral("<table class=\"data\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                               "<thead><tr>");
        html += QStringLiteral("<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th class=\"num\" align=\"right\">%5</th>")
                    .arg(escaped(tr("No.")), escaped(tr("Cheque code")), escaped(tr("Redeemed on")),
                        escaped(tr("Mediator")), escaped(tr("Amount")));
        html += QStringLiteral("</tr></thead><tbody>");
        int n = 0;
        for (const ClaimStatementLine &line : section.lines) {
            html += QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"num\" align=\"right\">%5</td></tr>")
                        .arg(QString::number(++n), escaped(line.code), frenchDate(line.redeemedOn),
                            escaped(line.mediator), escaped(line.amount.toString()));
        }
        const int lineCount = int(section.lines.size());
        html += QStringLiteral(
            "<tr><td></td><td colspan=\"3\"><b>%1</b></td><td class=\"num\" align=\"right\"><b>%2</b></td></tr>")
                    .arg(escaped(tr("Total: %Ln cheque(s)", nullptr, lineCount)), escaped(section.total.toString()));
        html += QStringLiteral("</tbody></table>");
        if (section.closed) {
            const Money difference = section.received - section.total;
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(tr("Reimbursed %1 on %2 (bank reference %3); difference %4.")
                                         .arg(section.received.toString(), frenchDate(section.receivedOn),
                                             section.bankReference, difference.toString())));
        }
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(escaped(tr("Each cheque listed was checked and redeemed once at this place. Please quote "
                                    "the statement number %1 with the payment.")
                                     .arg(reference)));
        // Room to sign (QA: the sentence ended the paragraph with nowhere to write): a framed box.
        html += QStringLiteral("<table width=\"60%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                               "style=\"border-color: #888888\"><tr><td>%1<br/><br/><br/></td></tr></table>")
                    .arg(escaped(tr("Date and signature of the person in charge:")));
    }
    document->setHtml(html);
    spaceOutTables(*document, 4, 6);
    return document;
}

QByteArray claimStatementCsv(const ClaimStatementData &data)
{
    // Headers are French and fixed: funders' spreadsheets and scripts read them.
    QStringList rows;
    rows << QStringList { QStringLiteral("Mois"), QStringLiteral("Dispositif"), QStringLiteral("Commanditaire"),
        QStringLiteral("Référence de la demande"), QStringLiteral("Code du chèque"),
        QStringLiteral("Date d'encaissement"), QStringLiteral("Montant (€)"), QStringLiteral("Médiateur"),
        QStringLiteral("Lieu") }
                .join(QLatin1Char(';'));
    for (const ClaimStatementSection &section : data.sections) {
        for (const ClaimStatementLine &line : section.lines) {
            const QStringList cells { data.month, section.schemeLabel, section.funder,
                section.reference.isEmpty() ? section.claimId : section.reference, line.code,
                frenchDate(line.redeemedOn), csvAmount(line.amount), line.mediator, data.structureName };
            QStringList escapedCells;
            for (const QString &c : cells)
                escapedCells << csvCell(c);
            rows << escapedCells.join(QLatin1Char(';'));
        }
    }
    QByteArray out("\xEF\xBB\xBF");
    out += rows.join(QStringLiteral("\r\n")).toUtf8();
    out += "\r\n";
    return out;
}

} // namespace escale::reports
