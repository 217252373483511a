// The Pass numérique screens driven as a mediator does: 20 scans in a row with the keyboard only.

#include "TestSupport.h"
#include "cheques/ChequeRegister.h"
#include "cheques/ClaimBook.h"
#include "common/Ids.h"
#include "storage/RecordStore.h"
#include "structure/StructureProfile.h"
#include "ui/cheques/ChequesPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace escale;
using namespace escale::cheques;

class TestChequeScan : public QObject
{
    Q_OBJECT

    static void setUp(test::TempDatabase &db)
    {
        structure::StructureProfile p;
        p.nom = QStringLiteral("Espace numérique de Forcalquier");
        p.adresse = QStringLiteral("2 place du Bourguet");
        p.commune = QStringLiteral("Forcalquier");
        p.codePostal = QStringLiteral("04300");
        ESCALE_VERIFY_OK(structure::StructureStore(*db).completeFirstRun(p, QStringLiteral("Loïc Bérenger")));
        ChequeRegister reg(*db);
        ReceiveRequest current;
        current.schemeId = QStringLiteral("aptic");
        current.rangeFirst = QStringLiteral("7700000001");
        current.rangeLast = QStringLiteral("7700000030");
        ESCALE_VERIFY_OK(reg.receive(current));
        ReceiveRequest old = current; // last year's booklet: accepted until 31/01/2026 only
        old.rangeFirst = QStringLiteral("6600000001");
        old.rangeLast = QStringLiteral("6600000010");
        old.issueYear = 2025;
        ESCALE_VERIFY_OK(reg.receive(old));
    }

private Q_SLOTS:
    void twentyScansInARowWithTheKeyboardOnly()
    {
        test::TempDatabase db; // 21 November 2026
        setUp(db);
        ui::ChequesPage page(AppServices { *db, db.clock });
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        auto *code = page.findChild<QLineEdit *>(QStringLiteral("codeLineEdit"));
        auto *answer = page.findChild<QLabel *>(QStringLiteral("answerLabel"));
        auto *detail = page.findChild<QLabel *>(QStringLiteral("detailLabel"));
        auto *foreign = page.findChild<QPushButton *>(QStringLiteral("redeemForeignButton"));
        auto *history = page.findChild<QListWidget *>(QStringLiteral("scanHistoryList"));
        QVERIFY(code && answer && detail && foreign && history);

        // 20 scans as a USB scanner types them: 17 good cheques (with a scanner's AIM prefix, spaces, a dash),
        // a duplicate, an expired cheque, and a code that is not a cheque.
        struct Scan
        {
            QString typed;
            QString answer;
        };
        QList<Scan> scans;
        for (int i = 1; i <= 17; ++i) {
            QString typed = QStringLiteral("77000000%1").arg(i, 2, 10, QLatin1Char('0'));
            if (i == 3)
                typed = QStringLiteral("]C1") + typed;
            if (i == 5)
                typed = QStringLiteral("7700 0000 05");
            if (i == 9)
                typed = QStringLiteral("77000-00009");
            scans.append({ typed, QStringLiteral("VALID — REDEEMED") });
            if (i == 8)
                scans.append({ QStringLiteral("7700000004"), QStringLiteral("ALREADY REDEEMED") });
            if (i == 12)
                scans.append({ QStringLiteral("6600000007"), QStringLiteral("EXPIRED") });
        }
        scans.append({ QStringLiteral("#?!"), QStringLiteral("NOT A CHEQUE CODE") });
        QCOMPARE(scans.size(), 20);

        for (const Scan &s : std::as_const(scans)) {
            QTest::keyClicks(code, s.typed);
            QTest::keyClick(code, Qt::Key_Return);
            QCOMPARE(answer->text(), s.answer);
            QVERIFY(code->text().isEmpty());
            QVERIFY(code->hasFocus() || !QApplication::activeWindow());
        }
        QCOMPARE(history->count(), 20);
        QVERIFY(history->item(0)->text().contains(QStringLiteral("NOT A CHEQUE CODE")));

        // A doubled Enter says nothing new and records nothing.
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(answer->text(), QStringLiteral("NOT A CHEQUE CODE"));
        QCOMPARE(history->count(), 20);

        ChequeRegister reg(*db);
        QCOMPARE(reg.countByStatus().value(ChequeStatus::Encaisse), 17);
        QCOMPARE(reg.countByStatus().value(ChequeStatus::Expire), 1);
        QCOMPARE(reg.redeemedOn(QDate(2026, 11, 21)), 17);

        // The duplicate says when and where.
        QTest::keyClicks(code, QStringLiteral("7700000004"));
        QTest::keyClick(code, Qt::Key_Enter);
        QVERIFY(detail->text().contains(QStringLiteral("21/11/2026")));
        QVERIFY(detail->text().contains(QStringLiteral("Espace numérique de Forcalquier")));

        // An unknown cheque: offered as a cheque from elsewhere, recorded only when asked.
        QTest::keyClicks(code, QStringLiteral("8800000001"));
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(answer->text(), QStringLiteral("UNKNOWN CHEQUE"));
        QVERIFY(foreign->isVisibleTo(&page));
        QVERIFY(!reg.cheque(QStringLiteral("cheque:aptic:8800000001")));
        auto *scheme = page.findChild<QComboBox *>(QStringLiteral("schemeComboBox"));
        QVERIFY(scheme);
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("aptic")));
        QTest::keyClick(foreign, Qt::Key_Space);
        QCOMPARE(answer->text(), QStringLiteral("VALID — REDEEMED (from elsewhere)"));
        QVERIFY(reg.cheque(QStringLiteral("cheque:aptic:8800000001"))->foreign);

        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT"));
    }

    void claimsTabPreparesTheMonthOnce()
    {
        test::TempDatabase db(QDateTime(QDate(2026, 10, 14), QTime(9, 0), Qt::UTC));
        setUp(db);
        {
            ChequeRegister reg(*db);
            for (const QString &c : { QStringLiteral("7700000011"), QStringLiteral("7700000012") })
                QVERIFY(reg.redeem(c).recorded());
        }
        db.clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        ui::ChequesPage page(AppServices { *db, db.clock });
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("chequeTabs"));
        tabs->setCurrentIndex(2);
        auto *month = page.findChild<QDateEdit *>(QStringLiteral("monthEdit"));
        auto *prepare = page.findChild<QPushButton *>(QStringLiteral("prepareClaimButton"));
        auto *pending = page.findChild<QLabel *>(QStringLiteral("pendingLabel"));
        auto *claims = page.findChild<QTableWidget *>(QStringLiteral("claimTable"));
        auto *message = page.findChild<QLabel *>(QStringLiteral("claimMessageLabel"));
        QVERIFY(month && prepare && pending && claims && message);
        month->setDate(QDate(2026, 9, 1));
        QVERIFY(pending->text().contains(QStringLiteral("septembre 2026")));
        QVERIFY(!prepare->isEnabled());
        month->setDate(QDate(2026, 10, 1));
        QVERIFY(prepare->isEnabled());
        QVERIFY(pending->text().contains(QStringLiteral("20,00")));
        QTest::mouseClick(prepare, Qt::LeftButton);
        QCOMPARE(claims->rowCount(), 1);
        QCOMPARE(claims->item(0, 3)->text(), QStringLiteral("2"));
        QVERIFY(message->text().contains(QStringLiteral("20,00")));
        QVERIFY(!prepare->isEnabled()); // nothing left: cannot be claimed twice
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_CLAIMS")) {
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_CLAIMS"));
        }
    }

    // At the section's width on a 1366×768 screen, every column of the claims list shows without
    // scrolling sideways, even with a long funder's name (elided, whole in its tooltip).
    void claimColumnsFitTheScreenWithALongFunder()
    {
        test::TempDatabase db(QDateTime(QDate(2026, 10, 14), QTime(9, 0), Qt::UTC));
        setUp(db);
        const QString funder = QStringLiteral("Département des Alpes-de-Haute-Provence — direction de l'inclusion "
                                              "numérique et des usages");
        {
            ChequeRegister reg(*db);
            ReceiveRequest booklet;
            booklet.schemeId = QStringLiteral("aptic");
            booklet.rangeFirst = QStringLiteral("5500000001");
            booklet.rangeLast = QStringLiteral("5500000005");
            booklet.funder = funder;
            ESCALE_VERIFY_OK(reg.receive(booklet));
            QVERIFY(reg.redeem(QStringLiteral("5500000001")).recorded());
            QVERIFY(reg.redeem(QStringLiteral("7700000011")).recorded());
        }
        db.clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        ui::ChequesPage page(AppServices { *db, db.clock });
        page.resize(1050, 700); // 1366 minus the navigation and the window's frame
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QTabWidget *>(QStringLiteral("chequeTabs"))->setCurrentIndex(2);
        auto *month = page.findChild<QDateEdit *>(QStringLiteral("monthEdit"));
        auto *prepare = page.findChild<QPushButton *>(QStringLiteral("prepareClaimButton"));
        auto *claims = page.findChild<QTableWidget *>(QStringLiteral("claimTable"));
        QVERIFY(month && prepare && claims);
        month->setDate(QDate(2026, 10, 1));
        QTest::mouseClick(prepare, Qt::LeftButton);
        QCOMPARE(claims->rowCount(), 2);
        int total = 0;
        for (int c = 0; c < claims->columnCount(); ++c)
            total += claims->columnWidth(c);
        QVERIFY2(total <= claims->viewport()->width(),
                 qPrintable(QStringLiteral("%1 px of columns in %2 px").arg(total).arg(claims->viewport()->width())));
        QTRY_VERIFY(!claims->horizontalScrollBar()->isVisible());
        // Every header whole, the last (stretched) one too (QA 4, #19: « Référence bancaire » cut).
        for (int c = 0; c < claims->columnCount(); ++c) {
            const QString header = claims->horizontalHeaderItem(c)->text();
            QVERIFY2(claims->columnWidth(c) >= claims->horizontalHeader()->fontMetrics().horizontalAdvance(header),
                qPrintable(QStringLiteral("%1: %2 px").arg(header).arg(claims->columnWidth(c))));
        }
        bool found = false;
        for (int r = 0; r < claims->rowCount(); ++r)
            if (claims->item(r, 2)->text() == funder) {
                found = true;
                QCOMPARE(claims->item(r, 2)->toolTip(), funder);
            }
        QVERIFY(found);
    }

    // The statement number (bordereau) in the claims list, typed back to find its claim, and in the
    // journal of one of its cheques — keyboard only.
    void statementNumberIsListedFoundAndJournaled()
    {
        test::TempDatabase db(QDateTime(QDate(2026, 10, 14), QTime(9, 0), Qt::UTC));
        setUp(db);
        {
            ChequeRegister reg(*db);
            for (const QString &c : { QStringLiteral("7700000011"), QStringLiteral("7700000012") })
                QVERIFY(reg.redeem(c).recorded());
        }
        db.clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        ui::ChequesPage page(AppServices { *db, db.clock });
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("chequeTabs"));
        tabs->setCurrentIndex(2);
        auto *month = page.findChild<QDateEdit *>(QStringLiteral("monthEdit"));
        auto *prepare = page.findChild<QPushButton *>(QStringLiteral("prepareClaimButton"));
        auto *claims = page.findChild<QTableWidget *>(QStringLiteral("claimTable"));
        auto *find = page.findChild<QLineEdit *>(QStringLiteral("findStatementLineEdit"));
        auto *message = page.findChild<QLabel *>(QStringLiteral("claimMessageLabel"));
        QVERIFY(month && prepare && claims && find && message);
        month->setDate(QDate(2026, 10, 1));
        prepare->setFocus();
        QTest::keyClick(prepare, Qt::Key_Space);
        QCOMPARE(claims->rowCount(), 1);
        QCOMPARE(claims->horizontalHeaderItem(0)->text(), QStringLiteral("Statement no."));
        const QString reference = claims->item(0, 0)->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^BR-2026-10-[0-9A-Z]{6}$")).match(reference).hasMatch(),
            qPrintable(reference));

        // Another month shown; the number typed as read on the phone brings October back, its row selected.
        month->setDate(QDate(2026, 12, 1));
        QCOMPARE(claims->rowCount(), 0);
        find->setFocus();
        QTest::keyClicks(find, reference.toLower());
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(month->date(), QDate(2026, 10, 1));
        QCOMPARE(claims->rowCount(), 1);
        QVERIFY(claims->selectionModel()->isRowSelected(0, {}));
        QVERIFY2(message->text().contains(reference), qPrintable(message->text()));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_CLAIMS"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_CLAIMS"));
        find->selectAll();
        QTest::keyClicks(find, QStringLiteral("BR-2026-10-ZZZZZZ"));
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY2(message->text().contains(QStringLiteral("BR-2026-10-ZZZZZZ")), qPrintable(message->text()));

        // The journal of one of its cheques names it.
        tabs->setCurrentIndex(3);
        auto *code = page.findChild<QLineEdit *>(QStringLiteral("journalCodeLineEdit"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("journalSummaryLabel"));
        auto *journal = page.findChild<QTableWidget *>(QStringLiteral("journalTable"));
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("7700000012"));
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY2(summary->text().contains(QStringLiteral("statement ") + reference), qPrintable(summary->text()));
        QVERIFY(journal->findItems(reference, Qt::MatchContains).size() == 1); // the line « claimed »
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_JOURNAL"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_JOURNAL"));
    }

    // Réclamations (QA 4, #8): with no claim for the month, the statement and reimbursement buttons are
    // off; a statement number found earlier does not stay under another month; the empty month is said
    // in words, not as 2026-11.
    void claimActionsFollowTheMonth()
    {
        test::TempDatabase db(QDateTime(QDate(2026, 10, 14), QTime(9, 0), Qt::UTC));
        setUp(db);
        {
            ChequeRegister reg(*db);
            QVERIFY(reg.redeem(QStringLiteral("7700000011")).recorded());
        }
        db.clock.set(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
        ui::ChequesPage page(AppServices { *db, db.clock });
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("chequeTabs"));
        tabs->setCurrentIndex(2);
        auto *month = page.findChild<QDateEdit *>(QStringLiteral("monthEdit"));
        auto *prepare = page.findChild<QPushButton *>(QStringLiteral("prepareClaimButton"));
        auto *claims = page.findChild<QTableWidget *>(QStringLiteral("claimTable"));
        auto *find = page.findChild<QLineEdit *>(QStringLiteral("findStatementLineEdit"));
        QList<QPushButton *> actions;
        for (const char *name : { "previewStatementButton", "savePdfButton", "saveCsvButton", "recordReimbursementButton" })
            actions << page.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY(month && prepare && claims && find && !actions.contains(nullptr));
        month->setDate(QDate(2026, 10, 1));
        for (QPushButton *b : std::as_const(actions))
            QVERIFY2(!b->isEnabled(), qPrintable(b->objectName())); // nothing prepared yet
        QTest::mouseClick(prepare, Qt::LeftButton);
        QCOMPARE(claims->rowCount(), 1);
        for (QPushButton *b : std::as_const(actions))
            QVERIFY2(b->isEnabled(), qPrintable(b->objectName()));
        const QString reference = claims->item(0, 0)->text();
        find->setText(reference);
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(find->text(), reference);
        QVERIFY(find->width() >= find->fontMetrics().horizontalAdvance(reference)); // not cut off
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Up); // 11/2026, as in the QA pass
        QCOMPARE(month->date().month(), 11);
        QCOMPARE(claims->rowCount(), 0);
        QVERIFY2(find->text().isEmpty(), qPrintable(find->text()));
        for (QPushButton *b : std::as_const(actions))
            QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
        ChequeRegister reg(*db);
        ClaimBook book(reg, *db);
        const QString error = book.statement(QStringLiteral("2026-11")).errorMessage();
        QVERIFY2(!error.contains(QStringLiteral("2026-11")), qPrintable(error));
        QVERIFY2(error.contains(QLocale().monthName(11) + QStringLiteral(" 2026")), qPrintable(error));
    }

    // A cheque redeemed at two places (seen after a sync) is named above the tabs with both
    // redemptions in local time; its code opens its journal (QA 4, #9).
    void doubleRedemptionIsShownAboveTheTabs()
    {
        test::TempDatabase db(QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC));
        setUp(db);
        {
            ChequeRegister reg(*db);
            QVERIFY(reg.redeem(QStringLiteral("7700000004")).recorded());
        }
        ui::ChequesPage page(AppServices { *db, db.clock });
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *banner = page.findChild<QLabel *>(QStringLiteral("incidentBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible()); // one redemption: nothing to examine

        storage::RecordStore records(*db);
        ESCALE_VERIFY_OK(records.applyRemote(QStringLiteral("cheque_journal"), ids::newId(),
            { { QStringLiteral("cheque_id"), QStringLiteral("cheque:aptic:7700000004") },
                { QStringLiteral("at"), QStringLiteral("2026-10-05T07:12:00.000Z") },
                { QStringLiteral("who"), QStringLiteral("Rémi") },
                { QStringLiteral("from_status"), QStringLiteral("") },
                { QStringLiteral("to_status"), QStringLiteral("encaisse") },
                { QStringLiteral("why"), QStringLiteral("encaissé au Cyberbus") },
                { QStringLiteral("place_id"), QStringLiteral("autre-lieu") } },
            QStringLiteral("1-remote"), false));
        page.hide();
        page.show(); // the section shown again after the sync
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.contains(QStringLiteral("7700000004")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("05/10/2026 09:12")), qPrintable(text)); // Paris time, not ISO
        QVERIFY2(text.contains(QStringLiteral("Cyberbus")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("T07:12")), qPrintable(text));
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("chequeTabs"));
        QTRY_VERIFY(banner->geometry().bottom() < tabs->geometry().top()); // laid out above, not over them
        for (int i = 0; i < tabs->count(); ++i) { // above every tab
            tabs->setCurrentIndex(i);
            QVERIFY(banner->isVisible());
        }
        tabs->setCurrentIndex(0);
        Q_EMIT banner->linkActivated(QStringLiteral("cheque:aptic:7700000004"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("chequeJournalWidget"));
        auto *journal = page.findChild<QTableWidget *>(QStringLiteral("journalTable"));
        QCOMPARE(journal->rowCount(), 3); // received, redeemed here, redeemed there
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_INCIDENTS")) {
            tabs->setCurrentIndex(1);
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_INCIDENTS"));
        }
    }

    void stockShowsStatusesAndExpiryAlert()
    {
        test::TempDatabase db(QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
        setUp(db);
        ui::ChequesPage page(AppServices { *db, db.clock });
        page.resize(1100, 720);
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("chequeTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        auto *alerts = page.findChild<QLabel *>(QStringLiteral("expiryAlertLabel"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("statusSummaryLabel"));
        auto *booklets = page.findChild<QTableWidget *>(QStringLiteral("bookletTable"));
        QVERIFY(alerts && summary && booklets);
        QCOMPARE(booklets->rowCount(), 2);
        QVERIFY2(alerts->text().contains(QStringLiteral("31/01/2027")), qPrintable(alerts->text()));
        QVERIFY2(alerts->text().contains(QStringLiteral("31/01/2026")), qPrintable(alerts->text()));
        QVERIFY(summary->text().contains(QStringLiteral("In stock: 40")));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_STOCK")) {
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_STOCK"));
        }
    }

    // QA: the journal's summary read « 10,00 € â‹… accepted until… »: a dash held in a QLatin1String
    // (UTF-8 bytes read as Latin-1). The separators are typed and checked as a person reads them.
    void journalSummaryShowsItsDashes()
    {
        test::TempDatabase db;
        setUp(db);
        ui::ChequesPage page(AppServices { *db, db.clock });
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("chequeTabs"));
        tabs->setCurrentIndex(3);
        auto *code = page.findChild<QLineEdit *>(QStringLiteral("journalCodeLineEdit"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("journalSummaryLabel"));
        QVERIFY(code && summary);
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("7700000001"));
        QTest::keyClick(code, Qt::Key_Return);
        const QString text = summary->text();
        QVERIFY2(text.contains(QStringLiteral(" — accepted until 31/01/2027")), qPrintable(text));
        for (const QChar c : text)
            QVERIFY2(
                c.unicode() < 0x80 || c.unicode() > 0x9F, qPrintable(text)); // UTF-8 read as Latin-1 gives C1 codes
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_JOURNAL"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_JOURNAL"));
    }
};

QTEST_MAIN(TestChequeScan)
#include "TestChequeScan.moc"
