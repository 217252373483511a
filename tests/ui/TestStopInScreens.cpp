// The screens take the bus's current stop from AppServices::currentStop (issue 9): the activity form
// is pre-set « at a stop » with it, and an orientation, a diagnostic and a redeemed cheque carry it.

#include "TestSupport.h"

#include "activity/Activity.h"
#include "cheques/ChequeRegister.h"
#include "competencies/DiagnosticSession.h"
#include "itinerant/CurrentStop.h"
#include "itinerant/TourStore.h"
#include "orientation/OrientationStore.h"
#include "structure/StructureProfile.h"
#include "ui/activity/ActivityPage.h"
#include "ui/cheques/ChequesPage.h"
#include "ui/competencies/DiagnosticPage.h"
#include "ui/orientation/OrientationPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

using namespace escale;

namespace {

struct BusDay
{
    BusDay()
    {
        structure::StructureProfile p;
        p.nom = QStringLiteral("Cyberbus de la Charente");
        p.adresse = QStringLiteral("1 place du Marché");
        p.commune = QStringLiteral("Ruffec");
        p.codePostal = QStringLiteral("16700");
        if (Status s = structure::StructureStore(*db).completeFirstRun(p, QStringLiteral("Amélie Côté")); !s)
            qFatal("%s", qPrintable(s.errorMessage()));
        itinerant::TourStore tours(*db);
        const QString tour = tours.saveTour({ {}, QStringLiteral("Charente Nord"), {}, {}, true }).valueOr({});
        stop.tourId = tour;
        stop.name = QStringLiteral("Place de la mairie");
        stop.commune = QStringLiteral("Mansle");
        stop.start = QTime(9, 0);
        stop.end = QTime(12, 0);
        stop.recurrence.weekday = 6;
        stop.recurrence.startDate = QDate(2026, 9, 1);
        auto id = tours.saveStop(stop);
        if (!id)
            qFatal("%s", qPrintable(id.errorMessage()));
        stop.id = *id;
        current.setManual(stop, db.clock.nowUtc());
    }

    AppServices services() { return AppServices { *db, db.clock, QString(), &current }; }

    test::TempDatabase db;
    itinerant::Stop stop;
    itinerant::CurrentStop current;
};

void grab(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ESCALE_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestStopInScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void activityFormIsAtTheCurrentStop()
    {
        BusDay day;
        ui::ActivityPage page(day.services());
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        grab(&page, QStringLiteral("activity-at-stop.png"));
        auto *lieu = page.findChild<QComboBox *>(QStringLiteral("lieuComboBox"));
        auto *stop = page.findChild<QLineEdit *>(QStringLiteral("stopLineEdit"));
        QVERIFY(lieu && stop);
        QCOMPARE(lieu->currentData().toString(), activity::lieu::Stop);
        QCOMPARE(stop->text(), QStringLiteral("Place de la mairie (Mansle)"));

        QVERIFY(page.saveEntry());
        const auto saved = activity::ActivityStore(*day.db).list({});
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().lieuKind, activity::lieu::Stop);
        QCOMPARE(saved.first().lieuId, day.stop.id);
        QCOMPARE(saved.first().lieuLabel, QStringLiteral("Place de la mairie (Mansle)"));
        // The next entry is still at the stop; once the bus has left, it is back at the structure.
        QCOMPARE(lieu->currentData().toString(), activity::lieu::Stop);
        day.current.clear();
        QCOMPARE(lieu->currentData().toString(), activity::lieu::Structure);
        QVERIFY(stop->text().isEmpty());
        QVERIFY(page.saveEntry());
        QCOMPARE(activity::ActivityStore(*day.db).list({}).size(), 2);
        activity::ActivityFilter atStops;
        atStops.lieuKind = activity::lieu::Stop;
        QCOMPARE(activity::ActivityStore(*day.db).list(atStops).size(), 1);
    }

    void noCurrentStopLeavesTheFormAtTheStructure()
    {
        test::TempDatabase db;
        ui::ActivityPage page({ *db, db.clock });
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("lieuComboBox"))->currentData().toString(),
            activity::lieu::Structure);
    }

    void diagnosticCarriesTheCurrentStop()
    {
        BusDay day;
        ui::DiagnosticPage page(day.services());
        page.resize(1180, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QVERIFY(page.session());
        QCOMPARE(page.session()->diagnostic().stopId, day.stop.id);
    }

    void redeemedChequeCarriesTheCurrentStop()
    {
        BusDay day;
        cheques::ChequeRegister reg(*day.db);
        cheques::ReceiveRequest r;
        r.schemeId = QStringLiteral("aptic");
        r.rangeFirst = QStringLiteral("A00001");
        r.rangeLast = QStringLiteral("A00002");
        ESCALE_VERIFY_OK(reg.receive(r));
        ui::ChequesPage page(day.services());
        page.scanWidget()->scan(QStringLiteral("A00001"));
        QVERIFY2(page.scanWidget()->lastResult().recorded(), qPrintable(page.scanWidget()->lastResult().message));
        QCOMPARE(reg.cheque(QStringLiteral("cheque:aptic:A00001"))->redeemedStopId, day.stop.id);
        QCOMPARE(reg.journal(QStringLiteral("cheque:aptic:A00001")).constLast().stopId, day.stop.id);
        day.current.clear();
        page.scanWidget()->scan(QStringLiteral("A00002"));
        QVERIFY(reg.cheque(QStringLiteral("cheque:aptic:A00002"))->redeemedStopId.isEmpty());
    }

    void orientationCarriesTheCurrentStop()
    {
        BusDay day;
        ui::OrientationPage page(day.services());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        page.setFocus();
        QTest::keyClick(&page, Qt::Key_1); // Argent pour vivre
        QTest::keyClick(&page, Qt::Key_Return);
        QTest::keyClick(&page, Qt::Key_2); // sans emploi
        QTest::keyClick(&page, Qt::Key_Return);
        auto *age = page.findChild<QLineEdit *>(QStringLiteral("numberLineEdit"));
        QVERIFY(age);
        QTest::keyClicks(age, QStringLiteral("32"));
        QTest::keyClick(age, Qt::Key_Return);
        QTest::keyClick(&page, Qt::Key_1); // pays a rent
        QTest::keyClick(&page, Qt::Key_Return);
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget()->objectName(), QStringLiteral("resultPage"));
        grab(&page, QStringLiteral("orientation-at-stop.png"));
        QSqlQuery q(day.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM orientations WHERE deleted = 0")));
        QVERIFY(q.next());
        const auto recorded = orientation::OrientationStore(*day.db).find(q.value(0).toString());
        ESCALE_VERIFY_OK(recorded);
        QCOMPARE(recorded->stopId, day.stop.id);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("recordLabel"))->text().contains(QStringLiteral("Mansle")));
    }
};

QTEST_MAIN(TestStopInScreens)
#include "TestStopInScreens.moc"
