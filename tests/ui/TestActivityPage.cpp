#include "TestSupport.h"

#include "activity/Activity.h"
#include "activity/Beneficiary.h"
#include "places/Place.h"
#include "storage/Database.h"
#include "structure/StructureProfile.h"
#include "ui/activity/ActivityPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace escale;

namespace {

QString addPlace(storage::Database &db, const QString &nom, const QString &commune)
{
    places::Place p;
    p.nom = nom;
    p.commune = commune;
    p.codePostal = QStringLiteral("04500");
    storage::Transaction tx(db);
    auto id = places::PlaceStore(db).save(p);
    if (!id || !tx.commit())
        return {};
    return *id;
}

int rowOf(const QListWidget *list, const QString &code)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == code)
            return i;
    return -1;
}

} // namespace

// The quick entry driven with the keyboard only, as a mediator does between two people.
class TestActivityPage : public QObject
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
        auto *saveButton = page.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("entryStatusLabel"))->isVisible());
        const QPoint saveBefore = saveButton->mapTo(&page, QPoint());
        const int themesHeightBefore = themes->height();
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
        QVERIFY(status->isVisible());
        QTest::qWait(20); // laid out with the message
        // QA 4, #28: the confirmation appeared without moving the button or shrinking the lists.
        QCOMPARE(saveButton->mapTo(&page, QPoint()), saveBefore);
        QCOMPARE(themes->height(), themesHeightBefore);

        // The form keeps the last entry's choices: a second Ctrl+Enter records the same again.
        QCOMPARE(duration->value(), 45);
        QCOMPARE(themes->item(0)->checkState(), Qt::Checked);
        QTest::keyClick(type, Qt::Key_Enter, Qt::ControlModifier);
        QCOMPARE(store.countOn(db.clock.today()).activities, 2);
    }

    void favouritesAreToggledFromTheContextMenu()
    {
        test::TempDatabase db;
        activity::ActivityStore store(*db);
        ui::ActivityPage page({ *db, db.clock });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *themes = page.findChild<QListWidget *>(QStringLiteral("thematiquesListWidget"));
        auto *action = page.findChild<QAction *>(QStringLiteral("favouriteThematiqueAction"));
        QVERIFY(themes && action);
        // The action is in the list's context menu (right click, Menu key, Shift+F10).
        QCOMPARE(themes->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(themes->actions().contains(action));
        const int favourites = int(store.favouriteThematiques().size());
        QCOMPARE(favourites, 4);

        // A thématique far down the list, ticked, becomes a favourite: fifth, bold, still ticked.
        const int last = themes->count() - 1;
        const QString code = themes->item(last)->data(Qt::UserRole).toString();
        QVERIFY(!store.isFavouriteThematique(code));
        themes->item(last)->setCheckState(Qt::Checked);
        themes->setCurrentRow(last);
        const QString addText = action->text();
        action->trigger();
        QVERIFY(store.isFavouriteThematique(code));
        const int row = rowOf(themes, code);
        QCOMPARE(row, favourites);
        QVERIFY(themes->item(row)->font().bold());
        QCOMPARE(themes->item(row)->checkState(), Qt::Checked);
        QCOMPARE(themes->currentRow(), row);
        QVERIFY(action->text() != addText); // now « Remove from favourites »

        // A new page (the next day) shows it among the favourites: the setting is stored.
        {
            ui::ActivityPage again({ *db, db.clock });
            auto *list = again.findChild<QListWidget *>(QStringLiteral("thematiquesListWidget"));
            QCOMPARE(rowOf(list, code), favourites);
        }

        // Removing a default favourite moves it down among the others.
        themes->setCurrentRow(0);
        const QString first = themes->item(0)->data(Qt::UserRole).toString();
        QVERIFY(action->text() != addText); // the text follows the current item: a favourite
        action->trigger();
        QVERIFY(!store.isFavouriteThematique(first));
        QVERIFY(rowOf(themes, first) >= favourites);
        QVERIFY(!themes->item(rowOf(themes, first))->font().bold());
        QCOMPARE(action->text(), addText);

        // Démarches have the same menu: a favourite démarche comes first in its list.
        auto *demarches = page.findChild<QListWidget *>(QStringLiteral("demarchesListWidget"));
        auto *demarcheAction = page.findChild<QAction *>(QStringLiteral("favouriteDemarcheAction"));
        QVERIFY(demarches && demarcheAction);
        const QString demarche = demarches->item(demarches->count() - 1)->data(Qt::UserRole).toString();
        demarches->setCurrentRow(demarches->count() - 1);
        demarcheAction->trigger();
        QCOMPARE(rowOf(demarches, demarche), 0);
        QVERIFY(store.favouriteThematiques().contains(demarche));
    }

    void stopIsPickedFromThePlacesRegister()
    {
        test::TempDatabase db;
        const QString riez = addPlace(*db, QStringLiteral("Riez, place de la mairie"), QStringLiteral("Riez"));
        const QString valensole
            = addPlace(*db, QStringLiteral("Valensole, salle des fêtes"), QStringLiteral("Valensole"));
        QVERIFY(!riez.isEmpty() && !valensole.isEmpty());
        activity::ActivityStore store(*db);
        ui::ActivityPage page({ *db, db.clock });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *stop = page.findChild<QLineEdit *>(QStringLiteral("stopLineEdit"));
        auto *lieu = page.findChild<QComboBox *>(QStringLiteral("lieuComboBox"));
        auto *completer = page.findChild<QCompleter *>(QStringLiteral("stopCompleter"));
        QVERIFY(stop && lieu && completer);
        QCOMPARE(stop->completer(), completer);

        // « rie » (no capital) proposes the Riez stop; picking it records the place id and its name.
        stop->setFocus();
        QTest::keyClicks(stop, QStringLiteral("rie"));
        QCOMPARE(completer->completionModel()->rowCount(), 1);
        const QModelIndex hit = completer->completionModel()->index(0, 0);
        QVERIFY(hit.data().toString().contains(QStringLiteral("Riez")));
        if (completer->popup()->isVisible()) {
            completer->popup()->setCurrentIndex(hit);
            QTest::keyClick(completer->popup(), Qt::Key_Return);
        } else {
            Q_EMIT completer->activated(hit);
        }
        QCOMPARE(stop->text(), QStringLiteral("Riez, place de la mairie"));
        QCOMPARE(lieu->currentData().toString(), activity::lieu::Stop); // picking a stop sets the place
        QVERIFY(page.saveEntry());
        auto last = store.lastRecorded();
        QVERIFY(last);
        QCOMPARE(last->lieuKind, activity::lieu::Stop);
        QCOMPARE(last->lieuId, riez);
        QCOMPARE(last->lieuLabel, QStringLiteral("Riez, place de la mairie"));

        // The next entry starts from the same stop and keeps its id.
        QCOMPARE(stop->text(), QStringLiteral("Riez, place de la mairie"));
        QVERIFY(page.saveEntry());
        QCOMPARE(store.lastRecorded()->lieuId, riez);

        // A stop not in the register: free text, as before.
        stop->clear();
        QTest::keyClicks(stop, QStringLiteral("Hameau des Granges"));
        QCOMPARE(completer->completionModel()->rowCount(), 0);
        QVERIFY(page.saveEntry());
        last = store.lastRecorded();
        QCOMPARE(last->lieuId, QStringLiteral("stop:Hameau des Granges"));
        QCOMPARE(last->lieuLabel, QStringLiteral("Hameau des Granges"));

        // The exact name of a place typed without picking it is still recognised.
        stop->clear();
        QTest::keyClicks(stop, QStringLiteral("valensole, salle des fetes"));
        QVERIFY(page.saveEntry());
        QCOMPARE(store.lastRecorded()->lieuId, valensole);
    }

    void trendMonthLabelsAreNeverCut_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1366") << 1366;
        QTest::newRow("1100") << 1100;
        QTest::newRow("900") << 900;
    }

    void trendMonthLabelsAreNeverCut()
    {
        QFETCH(int, width);
        test::TempDatabase db; // today: 21/11/2026, the trend runs from December 2025 to November 2026
        ui::ActivityPage page({ *db, db.clock });
        page.resize(width, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QTabWidget *>(QStringLiteral("activityTabWidget"))->setCurrentIndex(2);
        auto *view = page.findChild<QChartView *>(QStringLiteral("trendChartView"));
        QVERIFY(view && view->scene());
        QStringList texts;
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_TREND")) {
            QTest::qWait(300);
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_TREND").arg(width));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                texts.clear();
                for (QGraphicsItem *item : view->scene()->items())
                    if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                        texts << text->toPlainText();
                for (int m = 1; m <= 12; ++m) // « déc. », « janv. »… as on the printed sheet (QA 4, #17)
                    if (!texts.contains(QLocale().monthName(m, QLocale::ShortFormat)))
                        return false;
                return true;
            }(),
            2000);
        for (const QString &t : texts)
            QVERIFY2(!t.contains(QChar(0x2026)) && !t.endsWith(QStringLiteral("...")), qPrintable(t));
    }

    // QA at 1366×768: the thématiques and age-band charts were squeezed to ~130 px, their labels and titles
    // cut (« Aid… », « Tranches d'â… »). The page is as wide as in the window at 1366 px (the navigation
    // takes the rest) and 690 px high; every text of the four charts is shown whole.
    void chartsAreReadable_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("1366x768") << 1140 << 690;
        QTest::newRow("1920x1080") << 1690 << 1000;
    }

    void chartsAreReadable()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        test::TempDatabase db;
        activity::ActivityStore store(*db);
        const QStringList themes { QStringLiteral("aide_aux_demarches_administratives"),
            QStringLiteral("prendre_en_main_du_materiel"), QStringLiteral("banque_et_achats_en_ligne"),
            QStringLiteral("navigation_sur_internet"), QStringLiteral("securite_numerique"),
            QStringLiteral("insertion_professionnelle"), QStringLiteral("email") };
        const QStringList ages { QStringLiteral("dix_huit_vingt_quatre"), QStringLiteral("vingt_cinq_trente_neuf"),
            QStringLiteral("quarante_cinquante_neuf"), QStringLiteral("soixante_dix_plus"),
            QStringLiteral("non_communique") };
        for (int i = 0; i < 40; ++i) {
            activity::Activity a;
            a.date = db.clock.today().addDays(-(i % 15));
            a.thematiques = { themes.at(i % themes.size()) };
            a.trancheAge = ages.at(i % ages.size());
            a.canal = i % 3 == 0 ? QStringLiteral("a_distance") : QStringLiteral("lieu_activite");
            ESCALE_VERIFY_OK(store.create(a));
        }
        ui::ActivityPage page({ *db, db.clock });
        page.resize(width, height);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QTabWidget *>(QStringLiteral("activityTabWidget"))->setCurrentIndex(2);
        QTest::qWait(200);
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_CHARTS"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_CHARTS").arg(width));
        for (const char *name : { "trendChartView", "thematiqueChartView", "canalChartView", "ageChartView" }) {
            auto *view = page.findChild<QChartView *>(QLatin1String(name));
            QVERIFY(view && view->scene());
            QVERIFY2(view->width() >= 220, name);
            QStringList texts;
            for (QGraphicsItem *item : view->scene()->items())
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                    texts << text->toPlainText().replace(QChar::LineSeparator, QLatin1Char(' ')); // two-line labels
            QVERIFY2(!texts.isEmpty(), name);
            for (const QString &t : texts)
                QVERIFY2(!t.contains(QChar(0x2026)) && !t.endsWith(QStringLiteral("...")),
                    qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), t)));
            if (QByteArray(name) == "canalChartView") // 26 and 14: round steps, not « 0 6 13 19 26 » (QA 4, #17)
                for (const char *step : { "0", "10", "20", "30" })
                    QVERIFY2(texts.contains(QLatin1String(step)), qPrintable(texts.join(QLatin1Char('|'))));
            if (QByteArray(name) == "thematiqueChartView")
                QVERIFY2(texts.contains(QStringLiteral("Aide aux démarches administratives")),
                    qPrintable(texts.join(QLatin1Char('|'))));
        }
    }

    // QA: typing « Marie Dupont » left « Found: Anonymous » as the only choice and saved an anonymous
    // activity. A typed name is now a new person (local record) unless someone of that name exists;
    // anonymous is an explicit choice.
    void typedNameIsNeverDroppedSilently()
    {
        test::TempDatabase db;
        activity::ActivityStore store(*db);
        activity::BeneficiaryStore people(*db);
        ui::ActivityPage page({ *db, db.clock });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("beneficiarySearchLineEdit"));
        auto *found = page.findChild<QComboBox *>(QStringLiteral("beneficiaryComboBox"));
        QVERIFY(search && found);

        // 1. Nobody of that name: the choice shown is the new person, and saving records her.
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("Marie Dupont"));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_PERSON")) {
            page.resize(1140, 690);
            QTest::qWait(50);
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_PERSON"));
        }
        QCOMPARE(found->currentText(), QStringLiteral("New person: Marie Dupont"));
        QVERIFY(page.saveEntry());
        QCOMPARE(people.count(), 1);
        const activity::Beneficiary marie = people.all().first();
        QCOMPARE(marie.prenom, QStringLiteral("Marie"));
        QCOMPARE(marie.nom, QStringLiteral("Dupont"));
        QCOMPARE(store.lastRecorded()->beneficiaryId, marie.id);
        QVERIFY(search->text().isEmpty()); // the next entry starts anonymous

        // 2. The same name again (other case, no accent issue): the person recorded is chosen, no duplicate.
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("marie dupont"));
        QCOMPARE(found->currentData().toString(), marie.id);
        QVERIFY(page.saveEntry());
        QCOMPARE(people.count(), 1);
        QCOMPARE(store.lastRecorded()->beneficiaryId, marie.id);

        // 3. Anonymous despite a typed name: only when chosen.
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("Paul"));
        QCOMPARE(found->currentText(), QStringLiteral("New person: Paul"));
        found->setCurrentIndex(found->findText(QStringLiteral("Anonymous (the name is not recorded)")));
        QVERIFY(page.saveEntry());
        QCOMPARE(people.count(), 1);
        QVERIFY(store.lastRecorded()->beneficiaryId.isEmpty());

        // 4. An invalid activity creates no person either (both or neither).
        auto *type = page.findChild<QComboBox *>(QStringLiteral("typeComboBox"));
        type->setCurrentIndex(type->findData(QStringLiteral("collectif"))); // a workshop with nobody…
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("Luc Martin"));
        page.findChild<QSpinBox *>(QStringLiteral("durationSpinBox"))->setValue(24 * 60 - 1);
        auto *date = page.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
        date->setMaximumDate(db.clock.today().addDays(1));
        date->setDate(db.clock.today().addDays(1)); // …in the future: refused
        QVERIFY(!page.saveEntry());
        QCOMPARE(people.count(), 1);

        // 5. Editing an activity shows its person and keeps her when saved again.
        page.loadDefaults();
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("activityTabWidget"));
        tabs->setCurrentIndex(1);
        auto *list = page.findChild<QTableWidget *>(QStringLiteral("activityTableWidget"));
        QCOMPARE(list->rowCount(), 3);
        int row = -1;
        for (int r = 0; r < list->rowCount(); ++r)
            if (store.find(list->item(r, 0)->data(Qt::UserRole).toString())->beneficiaryId == marie.id)
                row = r;
        QVERIFY(row >= 0);
        const QString activityId = list->item(row, 0)->data(Qt::UserRole).toString();
        list->setCurrentCell(row, 0);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("editButton")), Qt::LeftButton);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(search->text(), QStringLiteral("Marie Dupont"));
        QCOMPARE(found->currentData().toString(), marie.id);
        QVERIFY(page.saveEntry());
        QCOMPARE(store.find(activityId)->beneficiaryId, marie.id);
        QCOMPARE(people.count(), 1);
    }

    // QA: opening a recorded activity gave no sign that the form was an edit. Now: « Editing the
    // activity of 12/11/2026 » above the form, « Save the changes », and a way back to a new entry
    // (Esc or « Cancel the changes ») that leaves the activity as it was — keyboard only.
    void editingIsShownAndCanBeCancelled_data()
    {
        QTest::addColumn<QString>("how"); // esc, button, save, duplicate
        QTest::newRow("Esc cancels the edit") << QStringLiteral("esc");
        QTest::newRow("« Cancel the changes » with the keyboard") << QStringLiteral("button");
        QTest::newRow("Ctrl+Enter saves the changes") << QStringLiteral("save");
        QTest::newRow("Duplicate is a new entry") << QStringLiteral("duplicate");
    }
    void editingIsShownAndCanBeCancelled()
    {
        QFETCH(QString, how);
        test::TempDatabase db; // Saturday 21 November 2026
        activity::ActivityStore store(*db);
        activity::Activity recorded;
        recorded.type = QStringLiteral("individuel");
        recorded.date = QDate(2026, 11, 12);
        recorded.dureeMinutes = 30;
        recorded.thematiques = { QStringLiteral("email") };
        auto id = store.create(recorded);
        ESCALE_VERIFY_OK(id);
        ui::ActivityPage page({ *db, db.clock });
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        if (!QTest::qWaitForWindowActive(&page))
            QSKIP("the window cannot become active here (no window manager): shortcuts cannot be driven");
        auto *mode = page.findChild<QLabel *>(QStringLiteral("entryModeLabel"));
        auto *save = page.findChild<QPushButton *>(QStringLiteral("saveButton"));
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelEditButton"));
        auto *duration = page.findChild<QSpinBox *>(QStringLiteral("durationSpinBox"));
        auto *status = page.findChild<QLabel *>(QStringLiteral("entryStatusLabel"));
        auto *date = page.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
        QVERIFY(mode && save && cancel && duration && status && date);
        // In the interface's language (ESCALE_QM: French screenshots).
        auto ui = [](const char *text) { return QCoreApplication::translate("escale::ui::ActivityPage", text); };
        const QString editing = ui("Editing the activity of %1").arg(QStringLiteral("12/11/2026"));
        auto isNewEntry = [&] {
            return mode->isVisible() && mode->text().contains(ui("New activity")) && !mode->text().contains(editing)
                && save->text() == ui("&Save (Ctrl+Enter)") && !cancel->isVisible();
        };
        QVERIFY2(isNewEntry(), qPrintable(mode->text()));

        // The list of the 12th, the activity picked with the arrows and opened (Edit / Duplicate).
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("activityTabWidget"));
        tabs->setCurrentIndex(1);
        page.findChild<QDateEdit *>(QStringLiteral("filterFromDateEdit"))->setDate(QDate(2026, 11, 1));
        auto *list = page.findChild<QTableWidget *>(QStringLiteral("activityTableWidget"));
        QCOMPARE(list->rowCount(), 1);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 0);
        auto *open = page.findChild<QPushButton *>(
            how == QLatin1String("duplicate") ? QStringLiteral("duplicateButton") : QStringLiteral("editButton"));
        QVERIFY(open);
        open->setFocus();
        QTest::keyClick(open, Qt::Key_Space);
        QCOMPARE(tabs->currentIndex(), 0);
        if (how == QLatin1String("duplicate")) {
            QVERIFY2(isNewEntry(), qPrintable(mode->text())); // a copy: a new activity, today
            QCOMPARE(date->date(), QDate(2026, 11, 21));
            return;
        }
        QVERIFY2(mode->text().contains(editing), qPrintable(mode->text()));
        QCOMPARE(save->text(), ui("&Save the changes (Ctrl+Enter)"));
        QVERIFY(cancel->isVisible());
        QCOMPARE(duration->value(), 30);
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOT_EDIT"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOT_EDIT"));

        // A change in the form, then the way out.
        duration->setFocus();
        QTest::keyClick(duration, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(duration, QStringLiteral("45"));
        if (how == QLatin1String("esc")) {
            QTest::keyClick(duration, Qt::Key_Escape);
        } else if (how == QLatin1String("button")) {
            cancel->setFocus();
            QTest::keyClick(cancel, Qt::Key_Space);
        } else {
            QTest::keyClick(duration, Qt::Key_Return, Qt::ControlModifier);
        }
        QVERIFY2(isNewEntry(), qPrintable(mode->text()));
        QCOMPARE(store.countOn(QDate(2026, 11, 12)).activities, 1); // never a second activity
        if (how == QLatin1String("save")) {
            QCOMPARE(store.find(*id)->dureeMinutes, 45);
            QVERIFY2(status->text().startsWith(
                         ui("Changes saved to the activity of %1. %2").arg(QStringLiteral("12/11/2026"), QString())),
                qPrintable(status->text()));
        } else {
            QCOMPARE(store.find(*id)->dureeMinutes, 30); // left as it was
            QCOMPARE(status->text(),
                ui("Changes cancelled: the activity of %1 is as it was. New entry.").arg(QStringLiteral("12/11/2026")));
            QCOMPARE(date->date(), QDate(2026, 11, 21)); // a new entry is today's
        }
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
        // QA 4, #16: the last visit as every table writes dates, and the headers whole at 1366 px.
        const QString today = db.clock.today().toString(QStringLiteral("dd/MM/yyyy"));
        QCOMPARE(table->item(0, 3)->text(), today);
        page.resize(1366 - 210, 640);
        QTest::qWait(20);
        for (int c = 1; c < table->columnCount(); ++c) {
            const QString header = table->horizontalHeaderItem(c)->text();
            QVERIFY2(table->columnWidth(c) >= table->horizontalHeader()->fontMetrics().horizontalAdvance(header),
                qPrintable(header));
        }
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("duplicatesButton")), Qt::LeftButton);
        QCOMPARE(table->item(0, 3)->text(), today);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("1"));
        table->selectAll();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("mergeButton")), Qt::LeftButton);
        QCOMPARE(people.count(), 1);
        QCOMPARE(people.all().first().commune, QStringLiteral("Riez"));
    }

    // QA 4, #27: two identical entries of the day are told apart by the time they were entered.
    void identicalEntriesShowWhenTheyWereEntered()
    {
        test::TempDatabase db(QDateTime(QDate(2026, 11, 21), QTime(9, 5), Qt::UTC));
        activity::ActivityStore store(*db);
        activity::Activity a;
        a.type = QStringLiteral("ponctuel");
        a.date = db.clock.today();
        a.dureeMinutes = 15;
        a.thematiques = { QStringLiteral("email") };
        ESCALE_VERIFY_OK(store.create(a));
        db.clock.set(QDateTime(QDate(2026, 11, 21), QTime(13, 47), Qt::UTC));
        ESCALE_VERIFY_OK(store.create(a));
        ui::ActivityPage page({ *db, db.clock });
        page.show();
        page.findChild<QTabWidget *>(QStringLiteral("activityTabWidget"))->setCurrentIndex(1);
        auto *list = page.findChild<QTableWidget *>(QStringLiteral("activityTableWidget"));
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->horizontalHeaderItem(1)->text(), QStringLiteral("Entered at")); // beside the date
        QCOMPARE(list->item(0, 1)->text(), QStringLiteral("14:47")); // Paris time, the latest first
        QCOMPARE(list->item(1, 1)->text(), QStringLiteral("10:05"));
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
        QVERIFY(list->item(0, 5)->text().contains(QStringLiteral("mail")));
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
