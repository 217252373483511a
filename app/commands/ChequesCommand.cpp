// escale cheques receive | redeem | list | incidents | claim (DESIGN.md §11, docs/cheques.md).
// Thin: options → core/cheques → print.

#include "commands/Command.h"
#include "common/Months.h"
#include "Startup.h"
#include "sync/Incidents.h"

#include "cheques/ChequeCode.h"
#include "cheques/ChequeRegister.h"
#include "cheques/ClaimBook.h"
#include "reports/ClaimStatement.h"
#include "reports/MonthlyActivitySheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextDocument>

namespace escale::app {

namespace {

using namespace escale::cheques;

QString scanOutcomeCode(ScanOutcome outcome)
{
    switch (outcome) {
    case ScanOutcome::Redeemed:
        return QStringLiteral("redeemed");
    case ScanOutcome::AlreadyRedeemed:
        return QStringLiteral("already-redeemed");
    case ScanOutcome::Expired:
        return QStringLiteral("expired");
    case ScanOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case ScanOutcome::Unknown:
        return QStringLiteral("unknown");
    case ScanOutcome::BadFormat:
        return QStringLiteral("bad-format");
    case ScanOutcome::Empty:
        return QStringLiteral("empty");
    case ScanOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

class ChequesReceiveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChequesReceiveCommand)
public:
    QStringList name() const override { return { QStringLiteral("cheques"), QStringLiteral("receive") }; }
    QString summary() const override { return tr("Receive a booklet of Pass numérique cheques (a range or a list)."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption(
            { QStringLiteral("scheme"), tr("The scheme (aptic, pass_numerique, cheque_numerique…)."), tr("ID") });
        parser.addOption({ QStringLiteral("range"), tr("The first and last codes, FIRST..LAST."), tr("FIRST..LAST") });
        parser.addOption({ QStringLiteral("file"), tr("A text file with one code per line (UTF-8)."), tr("FILE") });
        parser.addOption({ QStringLiteral("booklet"), tr("The number printed on the booklet."), tr("ID") });
        parser.addOption(
            { QStringLiteral("funder"), tr("The funder (commanditaire), if not the scheme's."), tr("NAME") });
        parser.addOption(
            { QStringLiteral("issue-year"), tr("The year the cheques were issued (default: this year)."), tr("YEAR") });
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QString scheme = parser.value(QStringLiteral("scheme"));
        const bool hasRange = parser.isSet(QStringLiteral("range"));
        const bool hasFile = parser.isSet(QStringLiteral("file"));
        if (scheme.isEmpty() || hasRange == hasFile) {
            context.err() << tr(
                "escale cheques receive: give --scheme ID and either --range FIRST..LAST or --file FILE.")
                          << Qt::endl;
            return ExitUsage;
        }
        ReceiveRequest request;
        request.schemeId = scheme;
        request.bookletLabel = parser.value(QStringLiteral("booklet"));
        request.funder = parser.value(QStringLiteral("funder"));
        if (parser.isSet(QStringLiteral("issue-year"))) {
            bool ok = false;
            request.issueYear = parser.value(QStringLiteral("issue-year")).toInt(&ok);
            if (!ok || request.issueYear < 2000 || request.issueYear > 2200) {
                context.err() << tr("escale cheques receive: --issue-year expects a year such as 2026.") << Qt::endl;
                return ExitUsage;
            }
        }
        if (hasRange) {
            const auto range = code::splitRange(parser.value(QStringLiteral("range")));
            if (!range) {
                context.err() << errorLine(range.errorMessage()) << Qt::endl;
                return ExitUsage;
            }
            request.rangeFirst = range->first;
            request.rangeLast = range->second;
        } else {
            QFile file(parser.value(QStringLiteral("file")));
            if (!file.open(QIODevice::ReadOnly))
                return context.fail(
                    tr("%1: cannot be read (%2).").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
            QString text = QString::fromUtf8(file.readAll());
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            request.codes = text.split(QLatin1Char('\n'));
        }
        storage::Database *db = context.database();
        if (!db)
            return ExitFailure;
        ChequeRegister reg(*db);
        const auto result = reg.receive(request);
        if (!result)
            return context.fail(result.errorMessage());
        if (parser.isSet(QStringLiteral("json")))
            context.printJson({ { QStringLiteral("booklet"), result->bookletId }, { QStringLiteral("scheme"), scheme },
                { QStringLiteral("count"), result->count }, { QStringLiteral("first"), result->firstCode },
                { QStringLiteral("last"), result->lastCode } });
        else
            context.out() << tr("%Ln cheque(s) received (%1 to %2).", nullptr, result->count)
                                 .arg(result->firstCode, result->lastCode)
                          << Qt::endl;
        return ExitSuccess;
    }
};

class ChequesRedeemCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChequesRedeemCommand)
public:
    QStringList name() const override { return { QStringLiteral("cheques"), QStringLiteral("redeem") }; }
    QString summary() const override
    {
        return tr("Redeem a Pass numérique cheque; exit status 1 when it is refused (already redeemed, expired…).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("CODE"), tr("The code as printed or scanned."));
        parser.addOption({ QStringLiteral("scheme"),
            tr("The scheme of the cheque (required for --foreign when the code "
               "fits several schemes)."),
            tr("ID") });
        parser.addOption({ QStringLiteral("foreign"),
            tr("Redeem it even if it was never received here (a cheque from "
               "elsewhere).") });
        parser.addOption({ QStringLiteral("activity"), tr("The id of the activity it paid for."), tr("ID") });
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1 || code::clean(args.first()).isEmpty()) {
            context.err() << tr("escale cheques redeem: give exactly one CODE.") << Qt::endl;
            return ExitUsage;
        }
        storage::Database *db = context.database();
        if (!db)
            return ExitFailure;
        ChequeRegister reg(*db);
        RedeemOptions options;
        options.schemeId = parser.value(QStringLiteral("scheme"));
        options.allowForeign = parser.isSet(QStringLiteral("foreign"));
        options.activityId = parser.value(QStringLiteral("activity"));
        const ScanResult r = reg.redeem(args.first(), options);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o { { QStringLiteral("result"), scanOutcomeCode(r.outcome) },
                { QStringLiteral("code"), r.code }, { QStringLiteral("scheme"), r.schemeId },
                { QStringLiteral("id"), r.chequeId }, { QStringLiteral("message"), r.message } };
            if (r.redeemedOn.isValid())
                o.insert(QStringLiteral("redeemedOn"), r.redeemedOn.toString(Qt::ISODate));
            if (!r.redeemedPlace.isEmpty())
                o.insert(QStringLiteral("redeemedPlace"), r.redeemedPlace);
            if (r.acceptedUntil.isValid())
                o.insert(QStringLiteral("acceptedUntil"), r.acceptedUntil.toString(Qt::ISODate));
            if (r.outcome == ScanOutcome::Redeemed)
                o.insert(QStringLiteral("amount"), r.faceValue.toPlainString());
            if (!r.candidateSchemes.isEmpty())
                o.insert(QStringLiteral("schemes"), QJsonArray::fromStringList(r.candidateSchemes));
            context.printJson(o);
        } else if (r.recorded()) {
            context.out() << r.message << Qt::endl;
        }
        if (r.recorded())
            return ExitSuccess;
        if (!parser.isSet(QStringLiteral("json"))) {
            context.err() << errorLine(r.message) << Qt::endl;
            if (r.outcome == ScanOutcome::Unknown)
                context.err() << tr("To redeem it as a cheque from elsewhere: escale cheques redeem %1 --foreign "
                                    "--scheme ID")
                                     .arg(r.code)
                              << Qt::endl;
        }
        return ExitFailure;
    }
};

class ChequesListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChequesListCommand)
public:
    QStringList name() const override { return { QStringLiteral("cheques"), QStringLiteral("list") }; }
    QString summary() const override { return tr("List the cheques of the register."); }
    void configure(QCommandLineParser &parser) const override
    {
        QStringList codes;
        for (ChequeStatus s : allStatuses())
            codes << statusCode(s);
        parser.addOption({ QStringLiteral("status"), tr("Only this status: %1.").arg(codes.join(QStringLiteral(", "))),
            tr("STATUS") });
        parser.addOption({ QStringLiteral("scheme"), tr("Only this scheme."), tr("ID") });
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        ChequeFilter filter;
        if (parser.isSet(QStringLiteral("status"))) {
            const auto status = statusFromCode(parser.value(QStringLiteral("status")));
            if (!status || *status == ChequeStatus::None) {
                context.err()
                    << tr("escale cheques list: unknown status « %1 ».").arg(parser.value(QStringLiteral("status")))
                    << Qt::endl;
                return ExitUsage;
            }
            filter.status = status;
        }
        filter.schemeId = parser.value(QStringLiteral("scheme"));
        storage::Database *db = context.database(/*readOnly=*/true);
        if (!db)
            return ExitFailure;
        ChequeRegister reg(*db);
        const QList<Cheque> list = reg.cheques(filter);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Cheque &c : list) {
                QJsonObject o { { QStringLiteral("id"), c.id }, { QStringLiteral("scheme"), c.schemeId },
                    { QStringLiteral("code"), c.code }, { QStringLiteral("status"), statusCode(c.status) },
                    { QStringLiteral("amount"), c.faceValue.toPlainString() },
                    { QStringLiteral("foreign"), c.foreign } };
                if (c.acceptedUntil.isValid())
                    o.insert(QStringLiteral("acceptedUntil"), c.acceptedUntil.toString(Qt::ISODate));
                if (c.redeemedOn.isValid())
                    o.insert(QStringLiteral("redeemedOn"), c.redeemedOn.toString(Qt::ISODate));
                if (!c.claimId.isEmpty())
                    o.insert(QStringLiteral("claim"), c.claimId);
                array.append(o);
            }
            context.printJson({ { QStringLiteral("count"), int(list.size()) }, { QStringLiteral("cheques"), array } });
            return ExitSuccess;
        }
        for (const Cheque &c : list)
            context.out() << c.schemeId << '\t' << c.code << '\t' << statusCode(c.status) << '\t'
                          << (c.redeemedOn.isValid() ? c.redeemedOn.toString(Qt::ISODate) : QString()) << Qt::endl;
        context.out() << tr("%Ln cheque(s).", nullptr, int(list.size())) << Qt::endl;
        return ExitSuccess;
    }
};

class ChequesIncidentsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChequesIncidentsCommand)
public:
    QStringList name() const override { return { QStringLiteral("cheques"), QStringLiteral("incidents") }; }
    QString summary() const override
    {
        return tr("List the cheques redeemed more than once. Double redemptions made offline at two places show up "
                  "after a sync; before the first sync this list is normally empty.");
    }
    void configure(QCommandLineParser &parser) const override { parser.addOption(jsonOption()); }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        storage::Database *db = context.database(/*readOnly=*/true);
        if (!db)
            return ExitFailure;
        QList<Incident> list = ChequeRegister(*db).incidents();
        // For people: when and where, the time local as the Journal tab shows it (« 16/04/2026 14:53 »);
        // --json keeps the machine form.
        QList<QStringList> shown;
        for (const Incident &i : std::as_const(list)) {
            QStringList lines;
            for (const JournalEntry &e : i.redemptionEntries)
                lines << QStringLiteral("%1 — %2 (%3)")
                             .arg(QDateTime::fromString(e.at, Qt::ISODateWithMs)
                                      .toLocalTime()
                                      .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                  e.why, e.who);
            shown << lines;
        }
        // Double redemptions found by sync (two conflicting leaves of one cheque document).
        for (const sync::Incident &found : sync::IncidentStore(*db).open()) {
            const bool known = std::any_of(list.cbegin(), list.cend(),
                                           [&](const Incident &i) { return i.chequeId == found.docId; });
            if (known || found.kind != QLatin1String("double-redemption"))
                continue;
            Incident i;
            i.chequeId = found.docId;
            i.schemeId = found.docId.section(QLatin1Char(':'), 1, 1);
            i.code = found.docId.section(QLatin1Char(':'), 2);
            QStringList lines;
            for (const sync::Redemption &r : {found.first, found.second}) {
                i.redemptions << QStringLiteral("%1 — %2 (%3)").arg(r.date, r.place, r.mediator);
                lines << QStringLiteral("%1 — %2 (%3)")
                             .arg(QDate::fromString(r.date, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")),
                                  r.place, r.mediator);
            }
            list.append(i);
            shown << lines;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Incident &i : list)
                array.append(QJsonObject { { QStringLiteral("id"), i.chequeId },
                    { QStringLiteral("scheme"), i.schemeId }, { QStringLiteral("code"), i.code },
                    { QStringLiteral("redemptions"), QJsonArray::fromStringList(i.redemptions) } });
            context.printJson(
                { { QStringLiteral("count"), int(list.size()) }, { QStringLiteral("incidents"), array } });
            return ExitSuccess;
        }
        if (list.isEmpty()) {
            context.out() << tr("No cheque was redeemed twice.") << Qt::endl;
            return ExitSuccess;
        }
        for (qsizetype n = 0; n < list.size(); ++n) {
            context.out() << list.at(n).schemeId << '\t' << list.at(n).code << Qt::endl;
            for (const QString &r : shown.at(n))
                context.out() << "    " << r << Qt::endl;
        }
        return ExitSuccess;
    }
};

class ChequesClaimCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChequesClaimCommand)
public:
    QStringList name() const override { return { QStringLiteral("cheques"), QStringLiteral("claim") }; }
    QString summary() const override
    {
        return tr("Prepare the month's reimbursement claim and write its statement (PDF, and CSV if asked).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({ QStringLiteral("month"), tr("The month of the redemptions, YYYY-MM."), tr("YYYY-MM") });
        parser.addOption(
            { { QStringLiteral("o"), QStringLiteral("output") }, tr("The statement to write (PDF)."), tr("FILE.pdf") });
        parser.addOption({ QStringLiteral("csv"), tr("Also write the statement as CSV."), tr("FILE") });
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QString month = parser.value(QStringLiteral("month"));
        const QString output = parser.value(QStringLiteral("output"));
        if (month.isEmpty() || output.isEmpty()) {
            context.err() << tr("escale cheques claim: give --month YYYY-MM and --output FILE.pdf.") << Qt::endl;
            return ExitUsage;
        }
        if (!ClaimBook::isMonth(month)) {
            context.err() << tr("escale cheques claim: « %1 » is not a month; write it YYYY-MM.").arg(month)
                          << Qt::endl;
            return ExitUsage;
        }
        storage::Database *db = context.database();
        if (!db)
            return ExitFailure;
        ChequeRegister reg(*db);
        ClaimBook book(reg, *db);
        const bool hadClaims = !book.claims(month).isEmpty();
        const auto prepared = book.prepare(month);
        if (!prepared && (prepared.error().code != QLatin1String("cheques.nothing-to-claim") || !hadClaims))
            return context.fail(prepared.errorMessage());
        const auto data = book.statement(month);
        if (!data)
            return context.fail(data.errorMessage());
        auto document = reports::buildClaimStatement(*data);
        if (Status s = reports::writePdf(*document, reports::claimStatementInfo(*data), output); !s)
            return context.fail(s.errorMessage());
        const QString csv = parser.value(QStringLiteral("csv"));
        if (!csv.isEmpty()) {
            QSaveFile file(csv);
            if (!file.open(QIODevice::WriteOnly) || file.write(reports::claimStatementCsv(*data)) < 0 || !file.commit())
                return context.fail(
                    tr("%1: cannot be written (%2).").arg(QDir::toNativeSeparators(csv), file.errorString()));
        }
        const int newCount = prepared ? int(prepared->size()) : 0;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray claims;
            for (const Claim &c : book.claims(month))
                claims.append(QJsonObject { { QStringLiteral("id"), c.id },
                    { QStringLiteral("reference"), c.reference }, { QStringLiteral("scheme"), c.schemeId },
                    { QStringLiteral("funder"), c.funder }, { QStringLiteral("count"), c.chequeCount },
                    { QStringLiteral("amount"), c.amount.toPlainString() }, { QStringLiteral("closed"), c.closed } });
            context.printJson({ { QStringLiteral("month"), month }, { QStringLiteral("newClaims"), newCount },
                { QStringLiteral("count"), data->count }, { QStringLiteral("amount"), data->total.toPlainString() },
                { QStringLiteral("claims"), claims }, { QStringLiteral("output"), QDir(output).absolutePath() } });
            return ExitSuccess;
        }
        if (!prepared) {
            // Nothing new: one message, that says so (no « N cheques claimed » line to send twice).
            context.out() << prepared.errorMessage() << ' '
                          << tr("No new claim was made; the statement of the existing claims was written again to "
                                "%1.")
                                 .arg(QDir::toNativeSeparators(output))
                          << Qt::endl;
        } else {
            // What this run claimed: the new claims only (the statement holds the month's earlier ones too).
            const ClaimsTotal claimed = totalOf(*prepared);
            const int count = claimed.cheques;
            context.out() << tr("%Ln cheque(s) claimed for %1, %2; statement written to %3.", nullptr, count)
                                 .arg(monthInSentence(month), claimed.amount.toString(), QDir::toNativeSeparators(output))
                          << Qt::endl;
        }
        // The bordereau references, as printed on its pages: what the funder will quote.
        for (const Claim &c : book.claims(month)) {
            const int claimed = c.chequeCount;
            context.out() << QStringLiteral("  ")
                          << tr("Statement %1: %2 — %3, %Ln cheque(s), %4.", nullptr, claimed)
                                 .arg(c.reference, c.schemeLabel, c.funder, c.amount.toString())
                          << Qt::endl;
        }
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeChequesReceiveCommand()
{
    return std::make_unique<ChequesReceiveCommand>();
}
std::unique_ptr<Command> makeChequesRedeemCommand()
{
    return std::make_unique<ChequesRedeemCommand>();
}
std::unique_ptr<Command> makeChequesListCommand()
{
    return std::make_unique<ChequesListCommand>();
}
std::unique_ptr<Command> makeChequesIncidentsCommand()
{
    return std::make_unique<ChequesIncidentsCommand>();
}
std::unique_ptr<Command> makeChequesClaimCommand()
{
    return std::make_unique<ChequesClaimCommand>();
}

} // namespace escale::app
