#include "TestSupport.h"

#include "structure/StructureProfile.h"
#include "ui/main/MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

using namespace escale;
using ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    static void createStructure(storage::Database &db)
    {
        structure::StructureProfile p;
        p.nom = QStringLiteral("France Services de Barcelonnette");
        p.adresse = QStringLiteral("4 avenue des Trois Frères Arnaud");
        p.commune = QStringLiteral("Barcelonnette");
        p.codePostal = QStringLiteral("04400");
        p.typologie = {QStringLiteral("RFS")};
        structure::StructureStore store(db);
        QVERIFY(store.completeFirstRun(p, QStringLiteral("Camille")).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EscaleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
        QSettings().clear();
    }

    void homeShowsTheStructure()
    {
        test::TempDatabase db;
        createStructure(*db);
        MainWindow window({*db, db.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentSection(), MainWindow::Section::Home);
        auto *name = window.findChild<QLabel *>(QStringLiteral("structureNameLabel"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("France Services de Barcelonnette"));
        auto *address = window.findChild<QLabel *>(QStringLiteral("structureAddressLabel"));
        QVERIFY(address->text().contains(QStringLiteral("04400 Barcelonnette")));
        QVERIFY(address->text().contains(QStringLiteral("France Services")));
        auto *today = window.findChild<QLabel *>(QStringLiteral("todayLabel"));
        QVERIFY(today->text().contains(QStringLiteral("2026")));
    }

    void sectionsAreListedInOrderAndReachableByShortcut()
    {
        test::TempDatabase db;
        createStructure(*db);
        MainWindow window({*db, db.clock});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QVERIFY(nav->count() >= 2);
        int previous = 0;
        for (int i = 0; i < nav->count(); ++i) {
            const int section = nav->item(i)->data(Qt::UserRole).toInt();
            QVERIFY(section > previous);
            previous = section;
            QVERIFY(!nav->item(i)->text().isEmpty());
        }
        // Sections other than Accueil are built when first shown.
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("settingsPage")));
        // Ctrl+8 is always Paramètres, whatever sections exist before it.
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), MainWindow::Section::Settings);
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("sectionStack"));
        QWidget *settings = window.findChild<QWidget *>(QStringLiteral("settingsPage"));
        QVERIFY(settings);
        QCOMPARE(window.sectionWidget(MainWindow::Section::Settings), settings);
        QVERIFY(stack->currentWidget()->isAncestorOf(settings));
        QVERIFY(settings->isVisible());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), MainWindow::Section::Home);
        // A click in the list also switches.
        const QRect r = nav->visualItemRect(nav->item(nav->count() - 1));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(stack->currentIndex(), nav->count() - 1);
    }

    void usableAt1366x768AndRemembersGeometry()
    {
        test::TempDatabase db;
        createStructure(*db);
        {
            MainWindow window({*db, db.clock});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.minimumSizeHint().width() <= 1366);
            QVERIFY(window.minimumSizeHint().height() <= 768);
            QVERIFY(window.minimumWidth() <= 1366 && window.minimumHeight() <= 768);
            window.resize(1100, 700);
            window.move(40, 30);
            window.close();
        }
        MainWindow again({*db, db.clock});
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1100, 700));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
