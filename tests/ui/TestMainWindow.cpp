#include "TestSupport.h"

#include "geo/PositionSource.h"
#include "structure/StructureProfile.h"
#include "ui/main/HomePage.h"
#include "ui/main/MainWindow.h"
#include "ui/places/PlacesPage.h"
#include "ui/sections/Sections.h"

#include <QComboBox>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>

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
        MainWindow window({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
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

    void positionChoiceAppliesWithoutRestart()
    {
        if (!geo::PositionSource::serialPortSupported())
            QSKIP("this build has no Qt Serial Port: a serial GPS cannot be chosen");
        // Paramètres › position source, saved: the map's source is started again at once, and a source
        // that cannot start is said under the list (no pop-up, no restart).
        test::TempDatabase db;
        createStructure(*db);
        MainWindow window({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
        auto *places = qobject_cast<ui::PlacesPage *>(window.sectionWidget(MainWindow::Section::Map));
        QVERIFY(places);
        QCOMPARE(places->positionProblem(), QString()); // automatic on a computer without GPS: silent
        auto *problem = places->findChild<QLabel *>(QStringLiteral("positionProblemLabel"));
        QVERIFY(problem && problem->isHidden());

        QWidget *settings = window.sectionWidget(MainWindow::Section::Settings);
        auto *kind = settings->findChild<QComboBox *>(QStringLiteral("positionKindCombo"));
        auto *port = settings->findChild<QComboBox *>(QStringLiteral("serialPortCombo"));
        auto *save = settings->findChild<QPushButton *>(QStringLiteral("savePositionButton"));
        QVERIFY(kind && port && save);
        kind->setCurrentIndex(kind->findData(QStringLiteral("serial")));
        port->setEditText(QStringLiteral("/dev/ttyESCALE-absent"));
        save->click();
        QVERIFY2(places->positionProblem().contains(QStringLiteral("/dev/ttyESCALE-absent")),
                 qPrintable(places->positionProblem()));
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(QStringLiteral("/dev/ttyESCALE-absent")));

        kind->setCurrentIndex(kind->findData(QStringLiteral("none")));
        save->click();
        QCOMPARE(places->positionProblem(), QString());
        QVERIFY(problem->isHidden());
    }

    void homeFiguresFollowTheFirstFrame()
    {
        // Start-up: the figures (counts over the whole database) are read right after the first frame, not
        // before the window is shown.
        test::TempDatabase db;
        createStructure(*db);
        MainWindow window({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("activitiesFigureLabel")));
        window.show();
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("activitiesFigureLabel")));
        auto *activities = window.findChild<QLabel *>(QStringLiteral("activitiesFigureLabel"));
        QCOMPARE(activities->text(), QStringLiteral("0"));
        QTRY_VERIFY(activities->isVisible());
        // Later refreshes (after an edit, a sync) read them at once.
        auto *home = window.findChild<ui::HomePage *>(QStringLiteral("homePage"));
        QVERIFY(home);
        const QPointer<QLabel> before = activities;
        home->refresh();
        QVERIFY(!before);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("activitiesFigureLabel")));
    }

    void homeFiguresAreWrittenTheLocalesWay()
    {
        // « 1 234 activités », not « 1234 »: the figures follow the interface's language.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        test::TempDatabase db;
        createStructure(*db);
        QSqlQuery fill(db->connection());
        QVERIFY2(fill.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1234) "
                     "INSERT INTO activities (id, updated_at, origin, type, date, duree_minutes, thematiques, created_at) "
                     "SELECT 'a' || i, '2026-11-01T00:00:00.000Z', 'test', 'individuel', '%1', 30, '', "
                     "'2026-11-01T00:00:00.000Z' FROM n")
                               .arg(db.clock.today().toString(Qt::ISODate))),
                 qPrintable(fill.lastError().text()));
        MainWindow window({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
        window.show();
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("activitiesFigureLabel")));
        const QString shown = window.findChild<QLabel *>(QStringLiteral("activitiesFigureLabel"))->text();
        QCOMPARE(shown, QLocale(QLocale::French, QLocale::France).toString(1234));
        QCOMPARE(shown.size(), 5); // « 1 234 », a separator between the thousands
        QVERIFY(!shown.at(1).isDigit());
    }

    // What a French or an English reader expects under « Aujourd'hui »: the count grouped the
    // language's way and its words agreeing with it (« 1 234 activités », « 1 activité »,
    // « 1,234 activities », « 1 activity »), with the catalogues the program installs.
    void homeFiguresAgreeWithTheirCount_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("caption");
        const QString nnbsp(QChar(0x202F));
        QTest::newRow("fr 1 234") << QStringLiteral("fr") << 1234 << QStringLiteral("1") + nnbsp + QStringLiteral("234")
                                  << QStringLiteral("activités enregistrées aujourd'hui");
        QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral("1")
                              << QStringLiteral("activité enregistrée aujourd'hui");
        QTest::newRow("en 1,234") << QStringLiteral("en") << 1234 << QStringLiteral("1,234")
                                  << QStringLiteral("activities recorded today");
        QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1")
                              << QStringLiteral("activity recorded today");
        QTest::newRow("en 0") << QStringLiteral("en") << 0 << QStringLiteral("0")
                              << QStringLiteral("activities recorded today");
    }
    void homeFiguresAgreeWithTheirCount()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, figure);
        QFETCH(QString, caption);
        const QLocale before;
        QLocale::setDefault(language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTranslator translator;
        const QString qm = QStringLiteral(ESCALE_BINARY_DIR "/app/escale_%1.qm").arg(language);
        QVERIFY2(translator.load(qm), qPrintable(qm + QStringLiteral(" is not built (the escale target makes it)")));
        QCoreApplication::installTranslator(&translator);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(before);
        });
        test::TempDatabase db;
        createStructure(*db);
        QSqlQuery fill(db->connection());
        QVERIFY2(fill.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                     "INSERT INTO activities (id, updated_at, origin, type, date, duree_minutes, thematiques, created_at) "
                     "SELECT 'a' || i, '2026-11-01T00:00:00.000Z', 'test', 'individuel', '%1', 30, '', "
                     "'2026-11-01T00:00:00.000Z' FROM n WHERE i <= %2")
                               .arg(db.clock.today().toString(Qt::ISODate))
                               .arg(count)),
                 qPrintable(fill.lastError().text()));
        MainWindow window({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
        window.show();
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("activitiesFigureLabel")));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("activitiesFigureLabel"))->text(), figure);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("activitiesFigureCaption"))->text(), caption);
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS"))
            window.grab().save(QStringLiteral("%1/home-%2-%3.png")
                                   .arg(qEnvironmentVariable("ESCALE_SCREENSHOTS"), language)
                                   .arg(count));
    }

    void navigationIconsAreDrawnFromTheSvgFiles()
    {
        test::TempDatabase db;
        createStructure(*db);
        MainWindow window({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QVERIFY(nav->count() >= 2);
        for (int i = 0; i < nav->count(); ++i) {
            const QIcon icon = nav->item(i)->icon();
            QVERIFY(!icon.isNull());
            for (const int size : {24, 48}) {
                const QImage image = icon.pixmap(QSize(size, size)).toImage();
                QCOMPARE(image.size(), QSize(size, size));
                int drawn = 0;
                for (int y = 0; y < size; ++y)
                    for (int x = 0; x < size; ++x)
                        drawn += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
                QVERIFY2(drawn > size, qPrintable(nav->item(i)->text()));
            }
            // A disabled icon is drawn differently (the style's greyed version).
            QVERIFY(icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage() != icon.pixmap(QSize(24, 24)).toImage());
        }
    }

    void sectionsAreListedInOrderAndReachableByShortcut()
    {
        test::TempDatabase db;
        createStructure(*db);
        MainWindow window({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
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
        // Ctrl+9 is Tournées (itinerant mode), the last section, also built when first shown.
        QCOMPARE(nav->item(nav->count() - 1)->data(Qt::UserRole).toInt(), int(MainWindow::Section::Tours));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("toursPage")));
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), MainWindow::Section::Tours);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("toursPage"))->isVisible());
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
            MainWindow window({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.minimumSizeHint().width() <= 1366);
            QVERIFY(window.minimumSizeHint().height() <= 768);
            QVERIFY(window.minimumWidth() <= 1366 && window.minimumHeight() <= 768);
            window.resize(1100, 700);
            window.move(40, 30);
            window.close();
        }
        MainWindow again({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1100, 700));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
