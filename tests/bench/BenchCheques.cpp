// Pass numérique register benchmarks (issue 6): receiving a range of 10,000 cheques (target < 1 s) and a
// scan from Enter to the answer on screen with 100,000 cheques in the register (target < 20 ms).
// Prints figures; asserts nothing about time.

#include "TestSupport.h"
#include "cheques/ChequeRegister.h"
#include "ui/cheques/ChequesPage.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <algorithm>

using namespace escale;
using namespace escale::cheques;

class BenchCheques : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receivingTenThousand()
    {
        test::TempDatabase db;
        ChequeRegister reg(*db);
        ReceiveRequest r;
        r.schemeId = QStringLiteral("aptic");
        r.rangeFirst = QStringLiteral("1000000001");
        r.rangeLast = QStringLiteral("1000010000");
        QElapsedTimer t;
        t.start();
        auto result = reg.receive(r);
        const qint64 ms = t.elapsed();
        ESCALE_VERIFY_OK(result);
        QCOMPARE(result->count, 10000);
        qInfo("BENCH cheques.receive-10000: %lld ms (target < 1000 ms)", ms);
    }

    void scanWithHundredThousand()
    {
        test::TempDatabase db;
        ChequeRegister reg(*db);
        QElapsedTimer fill;
        fill.start();
        for (int i = 0; i < 10; ++i) {
            ReceiveRequest r;
            r.schemeId = QStringLiteral("aptic");
            r.rangeFirst = QStringLiteral("2%1").arg(i * 10000 + 1, 9, 10, QLatin1Char('0'));
            r.rangeLast = QStringLiteral("2%1").arg(i * 10000 + 10000, 9, 10, QLatin1Char('0'));
            ESCALE_VERIFY_OK(reg.receive(r));
        }
        qInfo("BENCH cheques.fill-100000: %lld ms", fill.elapsed());

        ui::ChequesPage page(AppServices { *db, db.clock });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *code = page.findChild<QLineEdit *>(QStringLiteral("codeLineEdit"));
        auto *answer = page.findChild<QLabel *>(QStringLiteral("answerLabel"));
        QVERIFY(code && answer);
        QList<qint64> times;
        for (int i = 0; i < 50; ++i) {
            const QString c = QStringLiteral("2%1").arg(i * 1997 + 13, 9, 10, QLatin1Char('0'));
            code->setText(c);
            QElapsedTimer t;
            t.start();
            QTest::keyClick(code, Qt::Key_Return);
            answer->repaint(); // the answer painted on screen
            times << t.nsecsElapsed() / 1000;
            QCOMPARE(answer->text(), QStringLiteral("VALID — REDEEMED"));
        }
        std::sort(times.begin(), times.end());
        qInfo("BENCH cheques.scan-100000: median %.2f ms, max %.2f ms over %lld scans (target < 20 ms)",
            times.at(times.size() / 2) / 1000.0, times.last() / 1000.0, qlonglong(times.size()));
    }
};

QTEST_MAIN(BenchCheques)
#include "BenchCheques.moc"
