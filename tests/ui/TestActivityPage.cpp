#include "TestSupport.h"

#include "activity/Activity.h"
#include "activity/Beneficiary.h"
#include "structure/StructureProfile.h"
#include "ui/activity/ActivityPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace escale;

// The quick entry driven with the keyboard only, as a mediator does between two people.
class TestActivityPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyboardOnlyEntryIsSavedAndDefaultsCarryOver()
    {
        test::TempDatabase db;
        structure::StructureStore structures(*db);
        ESCALE_VERIFY_OK(structures.addUser(QStringLiteral("Zoé Médiatrice")));
        ui::ActivityPage page({ *db, db.clock });
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page); // shortcuts need the active window (xvfb has no window manager)
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT"));
        if (!QTest::qWaitForWindowActive(&page))
            QSKIP("the window cannot become active here (no window manager): shortcuts cannot be driven");

        auto *type = page.findChild<QComboBox *>(QStringLiteral("typeComboBox"));
        auto *duration = page.findChild<QSpinBox *>(QStringLiteral("durationSpinBox"));
        auto *themes = page.findChild<QListWidget *>(QStringLiteral("thematiquesListWidget"));
        QVERIFY(type && duration && themes);

        // Type stays « Accompagnement individuel »; duration: select all, type 45.
        duration->setFocus();
        QTest::keyClick(duration, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(duration, QStringLiteral("45"));
        // Tick the first favourite thématique with Space.
        themes->setFocus();
        QTest::keyClick(themes, Qt::Key_Home);
        QTest::keyClick(themes, Qt::Key_Space);
        const QString firstTheme = themes->item(0)->data(Qt::UserRole).toString();
        QCOMPARE(themes->item(0)->checkState(), Qt::Checked);
        // Ctrl+Enter saves.
        QTest::keyClick(themes, Qt::Key_Return, Qt::ControlModifier);

        activity::ActivityStore store(*db);
        const auto day = store.countOn(db.clock.today());
        QCOMPARE(day.activities, 1);
        auto last = store.lastRecorded();
        QVERIFY(last.has_value());
        QCOMPARE(last->dureeMinutes, 45);
        QCOMPARE(last->thematiques, QStringList { firstTheme });
        QCOMPARE(last->type, QStringLiteral("individuel"));
        QVERIFY(!last->mediatorId.isEmpty());
        auto *status = page.findChild<QLabel *>(QStringLiteral("entryStatusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("1")));

        // The form keeps the last entry's choices: a second Ctrl+Enter records the same again.
        QCOMPARE(duration->value(), 45);
        QCOMPARE(themes->item(0)->checkState(), Qt::Checked);
        QTest::keyClick(type, Qt::Key_Enter, Qt::ControlModifier);
        QCOMPARE(store.countOn(db.clock.today()).activities, 2);
    }

    void invalidEntryShowsTheReason()
    {
        test::TempDatabase db;
        ui::ActivityPage page({ *db, db.clock });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *type = page.findChild<QComboBox *>(QStringLiteral("typeComboBox"));
        type->setCurrentIndex(type->findData(QStringLiteral("collectif"))); // a workshop with nobody
        QVERIFY(!page.saveEntry());
        auto *status = page.findChild<QLabel *>(QStringLiteral("entryStatusLabel"));
        QVERIFY(!status->text().isEmpty());
        QCOMPARE(activity::ActivityStore(*db).countOn(db.clock.today()).activities, 0);
    }

    void peopleTabShowsDuplicatesAndMergesThem()
    {
        test::TempDatabase db;
        activity::BeneficiaryStore people(*db);
        activity::Beneficiary a;
        a.prenom = QStringLiteral("Gérard");
        a.nom = QStringLiteral("Dupré");
        activity::Beneficiary b = a;
        b.prenom = QStringLiteral("GERARD");
        b.commune = QStringLiteral("Riez");
        ESCALE_VERIFY_OK(people.create(a));
        ESCALE_VERIFY_OK(people.create(b));
        ui::ActivityPage page({ *db, db.clock });
        page.show();
        page.findChild<QTabWidget *>(QStringLiteral("activityTabWidget"))->setCurrentIndex(3);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("peopleTableWidget"));
        QCOMPARE(table->rowCount(), 2);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("duplicatesButton")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("1"));
        table->selectAll();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("mergeButton")), Qt::LeftButton);
        QCOMPARE(people.count(), 1);
        QCOMPARE(people.all().first().commune, QStringLiteral("Riez"));
    }

    void listShowsTodayAndStatisticsFill()
    {
        test::TempDatabase db;
        activity::ActivityStore store(*db);
        activity::Activity a;
        a.date = db.clock.today();
        a.thematiques = { QStringLiteral("email") };
        ESCALE_VERIFY_OK(store.create(a));
        ui::ActivityPage page({ *db, db.clock });
        page.show();
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("activityTabWidget"));
        tabs->setCurrentIndex(1);
        auto *list = page.findChild<QTableWidget *>(QStringLiteral("activityTableWidget"));
        QCOMPARE(list->rowCount(), 1);
        QVERIFY(list->item(0, 4)->text().contains(QStringLiteral("mail")));
        tabs->setCurrentIndex(2);
        auto *stats = page.findChild<QTableWidget *>(QStringLiteral("statisticsTableWidget"));
        QVERIFY(stats->rowCount() > 10);
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_STATS")) {
            page.resize(1366, 720);
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_STATS"));
        }
    }
};

QTEST_MAIN(TestActivityPage)
#include "TestActivityPage.moc"
