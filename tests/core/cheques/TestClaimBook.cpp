#include "ChequeTestSupport.h"
#include "cheques/ClaimBook.h"
#include "reports/ClaimStatement.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace escale;
using namespace escale::cheques;

class TestClaimBook : public QObject
{
    Q_OBJECT

    // October: 3 APTIC (10 €) and 2 chèques numériques (20 €, funder « Département ») redeemed; November: 1.
    static void fillOctober(test::TempDatabase &db, ChequeRegister &reg)
    {
        db.clock.set(test::parisTime(2026, 9, 20));
        test::receiveRange(reg, QStringLiteral("aptic"), QStringLiteral("0400000001"), QStringLiteral("0400000010"));
        ReceiveRequest small;
        small.schemeId = QStringLiteral("cheque_numerique");
        small.rangeFirst = QStringLiteral("CN-00091");
        small.rangeLast = QStringLiteral("CN-00095");
        small.funder = QStringLiteral("Département des Alpes-de-Haute-Provence");
        ESCALE_VERIFY_OK(reg.receive(small));
        const QList<std::pair<QDateTime, QString>> scans {
            { test::parisTime(2026, 10, 1, 9, 15), QStringLiteral("0400000003") },
            { test::parisTime(2026, 10, 14, 16, 40), QStringLiteral("0400000001") },
            { test::parisTime(2026, 10, 31, 23, 50),
                QStringLiteral("0400000002") }, // the last minutes of October in Paris
            { test::parisTime(2026, 10, 8, 11, 0), QStringLiteral("CN00092") },
            { test::parisTime(2026, 10, 22, 14, 5), QStringLiteral("cn-00091") },
            { test::parisTime(2026, 11, 1, 0, 20),
                QStringLiteral("0400000004") }, // November in Paris, still 31 October in UTC
        };
        for (const auto &[when, code] : scans) {
            db.clock.set(when);
            const ScanResult r = reg.redeem(code);
            QVERIFY2(r.recorded(), qPrintable(r.message));
        }
        db.clock.set(test::parisTime(2026, 11, 3, 9, 0));
    }

private Q_SLOTS:
    void claimCoversTheMonthPerSchemeAndFunder()
    {
        test::TempDatabase db;
        test::setUpStructure(*db);
        ChequeRegister reg(*db);
        fillOctober(db, reg);
        ClaimBook book(reg, *db);

        const QList<Claim> preview = book.preview(QStringLiteral("2026-10"));
        QCOMPARE(preview.size(), 2);
        auto prepared = book.prepare(QStringLiteral("2026-10"));
        ESCALE_VERIFY_OK(prepared);
        QCOMPARE(prepared->size(), 2);
        const Claim aptic = prepared->at(0);
        const Claim small = prepared->at(1);
        QCOMPARE(aptic.schemeId, QStringLiteral("aptic"));
        QCOMPARE(aptic.chequeCount, 3);
        QCOMPARE(aptic.amount.cents(), 3000);
        QCOMPARE(small.schemeId, QStringLiteral("cheque_numerique"));
        QCOMPARE(small.funder, QStringLiteral("Département des Alpes-de-Haute-Provence"));
        QCOMPARE(small.chequeCount, 2);
        QCOMPARE(small.amount.cents(), 4000);
        QCOMPARE(reg.cheque(QStringLiteral("cheque:aptic:0400000003"))->status, ChequeStatus::Reclame);
        QCOMPARE(reg.cheque(QStringLiteral("cheque:aptic:0400000003"))->claimId, aptic.id);
        QCOMPARE(reg.cheque(QStringLiteral("cheque:aptic:0400000004"))->status, ChequeStatus::Encaisse);

        // Nothing recorded twice: preparing again says there is nothing left.
        auto again = book.prepare(QStringLiteral("2026-10"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("cheques.nothing-to-claim"));
        QVERIFY2(again.error().message.contains(QStringLiteral("already")), qPrintable(again.error().message));
        QCOMPARE(book.claims(QStringLiteral("2026-10")).size(), 2);

        // Reimbursement: 25 € received for 30 € claimed → −5 €.
        auto closed
            = book.recordReimbursement(aptic.id, Money(2500), QDate(2026, 12, 10), QStringLiteral("VIR 2026/12-0042"));
        ESCALE_VERIFY_OK(closed);
        QVERIFY(closed->closed);
        QCOMPARE(closed->received->cents(), 2500);
        QCOMPARE(closed->difference().cents(), -500);
        QCOMPARE(reg.cheque(QStringLiteral("cheque:aptic:0400000001"))->status, ChequeStatus::Rembourse);
        QCOMPARE(reg.cheque(QStringLiteral("cheque:cheque_numerique:CN00092"))->status, ChequeStatus::Reclame);
        auto twice = book.recordReimbursement(aptic.id, Money(3000), QDate(2026, 12, 11), {});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, QStringLiteral("cheques.claim-closed"));
        // Paid more than claimed: +0,01 €.
        closed = book.recordReimbursement(small.id, Money(4001), QDate(2026, 12, 12), {});
        ESCALE_VERIFY_OK(closed);
        QCOMPARE(closed->difference().cents(), 1);
    }

    void monthWithNothingToClaim_data()
    {
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("said"); // the month as the message names it: in a sentence when valid
        QTest::newRow("septembre, rien d'encaissé")
            << QStringLiteral("2026-09") << QStringLiteral("cheques.nothing-to-claim")
            << QStringLiteral("%1 2026").arg(QLocale().monthName(9, QLocale::LongFormat));
        QTest::newRow("mois 13") << QStringLiteral("2026-13") << QStringLiteral("cheques.bad-month")
                                 << QStringLiteral("2026-13");
        QTest::newRow("mois en toutes lettres") << QStringLiteral("octobre") << QStringLiteral("cheques.bad-month")
                                                << QStringLiteral("octobre");
    }
    void monthWithNothingToClaim()
    {
        QFETCH(QString, month);
        QFETCH(QString, code);
        QFETCH(QString, said);
        test::TempDatabase db;
        test::setUpStructure(*db);
        ChequeRegister reg(*db);
        fillOctober(db, reg);
        ClaimBook book(reg, *db);
        auto r = book.prepare(month);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(said), qPrintable(r.error().message));
        QVERIFY(book.claims().isEmpty());
    }

    void statementMatchesGoldenText()
    {
        test::TempDatabase db;
        test::setUpStructure(*db);
        ChequeRegister reg(*db);
        fillOctober(db, reg);
        ClaimBook book(reg, *db);
        ESCALE_VERIFY_OK(book.prepare(QStringLiteral("2026-10")));
        const auto claims = book.claims(QStringLiteral("2026-10"));
        ESCALE_VERIFY_OK(book.recordReimbursement(
            claims.at(0).id, Money(2500), QDate(2026, 12, 10), QStringLiteral("VIR 2026/12-0042")));
        auto data = book.statement(QStringLiteral("2026-10"));
        ESCALE_VERIFY_OK(data);
        QCOMPARE(data->count, 5);
        QCOMPARE(data->total.cents(), 7000);
        // Claim ids are random, and so their references: the golden file reads them as <claim-1>,
        // <BR-1>…
        for (int i = 0; i < data->sections.size(); ++i) {
            QVERIFY(data->sections[i].reference.startsWith(QStringLiteral("BR-2026-10-")));
            data->sections[i].claimId = QStringLiteral("<claim-%1>").arg(i + 1);
            data->sections[i].reference = QStringLiteral("<BR-%1>").arg(i + 1);
        }
        auto document = reports::buildClaimStatement(*data);
        const QString text = document->toPlainText();

        const QString golden = test::testData(QStringLiteral("cheques/claim-statement-2026-10.txt"));
        if (qEnvironmentVariableIsSet("ESCALE_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
        }
        QFile file(golden);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden));
        QCOMPARE(text, QString::fromUtf8(file.readAll()));

        // The PDF is written (rendered and looked at by hand: docs/cheques.md).
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bordereau.pdf"));
        ESCALE_VERIFY_OK(reports::writePdf(*document, reports::claimStatementInfo(*data), pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        if (qEnvironmentVariableIsSet("ESCALE_KEEP_PDF"))
            QFile::copy(pdf, qEnvironmentVariable("ESCALE_KEEP_PDF"));
    }

    // The bordereau's reference (QA: « missing or unclear »): one per claim, readable (BR-month-six
    // letters or digits of Crockford's base 32), the same when the statement is printed again later,
    // at the top of the claim and in the footer of each of its pages — only its own — in the CSV, in
    // the claims list and in the journal of each of its cheques, and found again as people type it.
    void referenceIsStableUniqueAndOnEveryPage_data()
    {
        QTest::addColumn<int>("aptic"); // APTIC cheques redeemed in October (none: fillOctober's 3 + 2)
        QTest::addColumn<int>("claims");
        QTest::addColumn<int>("pages");
        QTest::newRow("two claims, one per funder, a page each") << 0 << 2 << 2;
        QTest::newRow("one claim of 90 cheques over two pages") << 90 << 1 << 2;
    }
    void referenceIsStableUniqueAndOnEveryPage()
    {
        QFETCH(int, aptic);
        QFETCH(int, claims);
        QFETCH(int, pages);
        test::TempDatabase db;
        test::setUpStructure(*db);
        ChequeRegister reg(*db);
        if (aptic == 0) {
            fillOctober(db, reg);
        } else {
            db.clock.set(test::parisTime(2026, 9, 20));
            test::receiveRange(
                reg, QStringLiteral("aptic"), QStringLiteral("0400000001"), QStringLiteral("0400000200"));
            for (int i = 1; i <= aptic; ++i) {
                db.clock.set(test::parisTime(2026, 10, 1 + i % 28, 10, i % 60));
                const ScanResult r = reg.redeem(QStringLiteral("04%1").arg(i, 8, 10, QLatin1Char('0')));
                QVERIFY2(r.recorded(), qPrintable(r.message));
            }
            db.clock.set(test::parisTime(2026, 11, 3, 9, 0));
        }
        ClaimBook book(reg, *db);
        auto prepared = book.prepare(QStringLiteral("2026-10"));
        ESCALE_VERIFY_OK(prepared);
        QCOMPARE(prepared->size(), claims);
        static const QRegularExpression format(QStringLiteral("^BR-2026-10-[0-9A-HJKMNP-TV-Z]{6}$"));
        QSet<QString> references;
        for (const Claim &c : *prepared) {
            QVERIFY2(format.match(c.reference).hasMatch(), qPrintable(c.reference));
            references.insert(c.reference);
        }
        QCOMPARE(references.size(), claims);

        // Printed now, then again in December (another day, another ClaimBook): the same references,
        // on every page of their claim and only there.
        const auto firstPrint = book.statement(QStringLiteral("2026-10"));
        ESCALE_VERIFY_OK(firstPrint);
        db.clock.set(test::parisTime(2026, 12, 15, 14, 0));
        ClaimBook later(reg, *db);
        const auto secondPrint = later.statement(QStringLiteral("2026-10"));
        ESCALE_VERIFY_OK(secondPrint);
        QStringList expectedFooters;
        for (int i = 0; i < claims; ++i) {
            QCOMPARE(secondPrint->sections.at(i).reference, firstPrint->sections.at(i).reference);
            QCOMPARE(secondPrint->sections.at(i).reference, prepared->at(i).reference);
            QCOMPARE(secondPrint->sections.at(i).preparedOn, QDate(2026, 11, 3)); // not the printing day
        }
        auto document = reports::buildClaimStatement(*secondPrint);
        const QStringList footers = reports::runningTexts(*document);
        QCOMPARE(footers.size(), pages);
        QStringList footerReferences;
        for (const QString &f : footers) {
            const QString ref = f.section(QLatin1Char(' '), -1);
            QVERIFY2(references.contains(ref), qPrintable(f));
            footerReferences << ref;
        }
        if (claims > 1)
            QCOMPARE(footerReferences, (QStringList { prepared->at(0).reference, prepared->at(1).reference }));
        else
            QCOMPARE(footerReferences, QStringList(pages, prepared->at(0).reference));
        QVERIFY(document->toPlainText().contains(prepared->at(0).reference));

        // The PDF's pages say it in their footers (pdftotext reads what is printed).
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bordereau.pdf"));
        ESCALE_VERIFY_OK(reports::writePdf(*document, reports::claimStatementInfo(*secondPrint), pdf));
        if (qEnvironmentVariableIsSet("ESCALE_KEEP_PDF"))
            QFile::copy(
                pdf, qEnvironmentVariable("ESCALE_KEEP_PDF") + QString::number(claims) + QStringLiteral(".pdf"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            for (int page = 1; page <= pages; ++page) {
                QProcess p;
                p.start(pdftotext,
                    { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                        QStringLiteral("-") });
                QVERIFY(p.waitForFinished(30000));
                const QString text = QString::fromUtf8(p.readAllStandardOutput());
                QVERIFY2(text.contains(footerReferences.at(page - 1)), qPrintable(text));
                // Each claim's pages numbered on their own: a funder never looks for another's page.
                const QString numbered = claims > 1 ? QStringLiteral("page 1 / 1")
                                                    : QStringLiteral("page %1 / %2").arg(page).arg(pages);
                QVERIFY2(text.contains(numbered), qPrintable(text));
            }
        }

        // The CSV, the claims list, the journal of a cheque, and typed back.
        const QString csv = QString::fromUtf8(reports::claimStatementCsv(*secondPrint));
        QCOMPARE(csv.count(prepared->at(0).reference), prepared->at(0).chequeCount);
        for (const Claim &c : later.claims(QStringLiteral("2026-10")))
            QVERIFY(references.contains(c.reference));
        const Cheque claimed = reg.cheques({ ChequeStatus::Reclame, QStringLiteral("aptic"), {}, {}, 1 }).first();
        const QList<JournalEntry> journal = reg.journal(claimed.id);
        QVERIFY(journal.last().why.contains(later.claim(claimed.claimId)->reference));
        // Lower case, spaces, and a letter O read for a zero or an I for a one in the six.
        const QString reference = prepared->at(0).reference;
        QString suffix = reference.right(6).toLower();
        suffix.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('i'));
        const QString typed = QStringLiteral(" br 2026-10 - %1 ").arg(suffix);
        const auto found = later.claimByReference(typed);
        QVERIFY2(found, qPrintable(typed));
        QCOMPARE(found->id, prepared->at(0).id);
        QVERIFY(!later.claimByReference(QStringLiteral("BR-2026-10-ZZZZZZ")));
        QVERIFY(!later.claimByReference(QStringLiteral("2026-10")));
    }

    void csvHasBomFrenchHeadersAndNoFormula()
    {
        reports::ClaimStatementData data;
        data.month = QStringLiteral("2026-10");
        data.structureName = QStringLiteral("Espace « Les Tilleuls »; Digne");
        reports::ClaimStatementSection section;
        section.claimId = QStringLiteral("c1");
        section.schemeLabel = QStringLiteral("APTIC");
        section.funder = QStringLiteral("=HYPERLINK(\"http://x\")");
        section.lines << reports::ClaimStatementLine { QStringLiteral("0012"), QDate(2026, 10, 3), Money(1000),
            QStringLiteral("@Amélie") };
        section.lines << reports::ClaimStatementLine { QStringLiteral("-0013"), QDate(2026, 10, 4), Money(1050),
            QStringLiteral("+33 Rémi") };
        data.sections << section;
        const QByteArray csv = reports::claimStatementCsv(data);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0),
            QStringLiteral("Mois;Dispositif;Commanditaire;Référence de la demande;Code du chèque;"
                           "Date d'encaissement;Montant (€);Médiateur;Lieu"));
        QCOMPARE(lines.at(1),
            QStringLiteral("2026-10;APTIC;\"'=HYPERLINK(\"\"http://x\"\")\";c1;0012;03/10/2026;10,00;"
                           "'@Amélie;\"Espace « Les Tilleuls »; Digne\""));
        QVERIFY(lines.at(2).contains(QStringLiteral(";'-0013;")));
        QVERIFY(lines.at(2).contains(QStringLiteral(";10,50;'+33 Rémi;")));
    }
};

QTEST_MAIN(TestClaimBook)
#include "TestClaimBook.moc"
