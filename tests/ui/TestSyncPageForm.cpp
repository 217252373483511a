// The Synchronisation page as QA used it at 1366×768: the wheel over a field, settings typed but not saved.

#include "TestSupport.h"
#include "sync/SyncService.h"
#include "sync/SyncState.h"
#include "ui/sync/SyncPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>
#include <QWheelEvent>

using namespace escale;

namespace {

// A wheel notch down over the middle of w, as the mouse sends it; returns whether w accepted it.
bool wheel(QWidget *w)
{
    const QPointF local(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent event(local, w->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
    return event.isAccepted();
}

} // namespace

class TestSyncPageForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Screenshots in French: ESCALE_QM names the built escale_fr.qm (the assertions run in English).
        if (qEnvironmentVariableIsSet("ESCALE_QM")) {
            auto *translator = new QTranslator(this);
            if (translator->load(qEnvironmentVariable("ESCALE_QM")))
                QCoreApplication::installTranslator(translator);
        }
    }

    // QA (sync4.png): scrolling the page over « Automatic every » changed it from 15 to 6 min.
    void wheelOverAFieldDoesNotChangeItUnlessFocused()
    {
        test::TempDatabase db;
        ui::SyncPage page({ *db, db.clock });
        page.resize(1140, 690);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *interval = page.findChild<QSpinBox *>(QStringLiteral("intervalSpinBox"));
        QVERIFY(interval);
        interval->setValue(15);
        QVERIFY(interval->focusPolicy() != Qt::WheelFocus); // the wheel does not give it the focus
        QVERIFY(!interval->hasFocus());
        QVERIFY(!wheel(interval)); // ignored: Qt hands it on to the scroll area
        QCOMPARE(interval->value(), 15);

        QApplication::setActiveWindow(&page);
        interval->setFocus();
        if (!interval->hasFocus())
            QSKIP("no focus without an active window here");
        QVERIFY(wheel(interval));
        QCOMPARE(interval->value(), 14); // focused: the wheel is the field's
    }

    // QA (sync3.png): with the address typed but not saved, « Synchronise now » said to give it first.
    void synchroniseNowUsesTheSettingsTyped()
    {
        test::TempDatabase db;
        ui::SyncPage page({ *db, db.clock });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *server = page.findChild<QLineEdit *>(QStringLiteral("serverLineEdit"));
        auto *territory = page.findChild<QLineEdit *>(QStringLiteral("territoryLineEdit"));
        auto *error = page.findChild<QLabel *>(QStringLiteral("lastErrorLabel"));
        QVERIFY(server && territory && error);
        QTest::keyClicks(server, QStringLiteral("https://127.0.0.1:9"));
        QTest::keyClicks(territory, QStringLiteral("territoire"));
        auto *syncNow = page.findChild<QPushButton *>(QStringLiteral("syncNowButton"));
        QSignalSpy finished(page.service(), &sync::SyncService::finished);

        // A setting typed that cannot be saved is said, and nothing starts.
        auto *fingerprint = page.findChild<QLineEdit *>(QStringLiteral("fingerprintLineEdit"));
        QTest::keyClicks(fingerprint, QStringLiteral("not a fingerprint"));
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QVERIFY2(error->text().contains(QStringLiteral("not a SHA-256 fingerprint")), qPrintable(error->text()));
        QVERIFY(!sync::SyncState(*db).settings().isConfigured());
        QTest::qWait(100);
        QVERIFY(finished.isEmpty());

        // Corrected: the settings typed are saved and used.
        fingerprint->clear();
        QTest::mouseClick(syncNow, Qt::LeftButton);
        const sync::SyncSettings saved = sync::SyncState(*db).settings();
        QCOMPARE(saved.territoryDatabase, QStringLiteral("territoire"));
        QVERIFY(saved.isConfigured());
        QVERIFY2(!error->text().contains(QStringLiteral("first")), qPrintable(error->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000); // nothing listens on port 9: it stops
    }

    // QA: « Save » was below the fold at 1366×768 (the page is 1140×690 in the window).
    void everythingInViewAt1366x768()
    {
        test::TempDatabase db;
        ui::SyncPage page({ *db, db.clock });
        page.resize(1140, 690);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(50);
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_SYNC"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_SYNC"));
        for (const char *name : { "saveSettingsButton", "syncNowButton", "fingerprintLineEdit", "keepButton" }) {
            auto *w = page.findChild<QWidget *>(QLatin1String(name));
            QVERIFY(w);
            const QRect inPage(w->mapTo(&page, QPoint(0, 0)), w->size());
            QVERIFY2(page.rect().contains(inPage), name);
        }
        auto *scroll = page.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0); // nothing below the fold
    }
};

QTEST_MAIN(TestSyncPageForm)
#include "TestSyncPageForm.moc"
