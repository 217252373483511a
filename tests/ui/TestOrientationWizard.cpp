#include "SavedPdfCheck.h"
#include "TestSupport.h"
#include "ui/widgets/DocumentPreview.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include "orientation/OrientationStore.h"
#include "structure/StructureProfile.h"
#include "ui/main/MainWindow.h"
#include "ui/sections/Sections.h"
#include "ui/orientation/OrientationPage.h"
#include "ui/orientation/OrientationTreesDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace escale;
using namespace escale::ui;

namespace {

// Fixed places, so that the test does not depend on the places register.
class FixedOffices final : public orientation::OfficeFinder
{
public:
    QList<orientation::SuggestedOffice> nearest(const orientation::OfficeQuery &query) const override
    {
        ++calls;
        lastLatitude = query.latitude;
        QList<orientation::SuggestedOffice> list;
        if (query.typologies.contains(QStringLiteral("CAF"))) {
            orientation::SuggestedOffice caf;
            caf.placeId = QStringLiteral("place-caf");
            caf.nom = QStringLiteral("CAF des Alpes-de-Haute-Provence");
            caf.adresse = QStringLiteral("2 rue de la Caisse");
            caf.codePostal = QStringLiteral("04000");
            caf.commune = QStringLiteral("Digne-les-Bains");
            caf.horaires = QStringLiteral("Mo-Fr 08:30-12:00");
            caf.openingStatus = QStringLiteral("Ouvert jusqu'à 12:00");
            caf.openNow = true;
            caf.telephone = QStringLiteral("+33492891023"); // as the register stores it
            caf.distanceKm = 12.4;
            list.append(caf);
        }
        return list;
    }
    std::optional<std::pair<double, double>> locate(const QString &commune) const override
    {
        if (commune == QLatin1String("Sisteron"))
            return std::make_pair(44.19, 5.94);
        return std::nullopt;
    }
    mutable int calls = 0;
    mutable std::optional<double> lastLatitude;
};

void createStructure(storage::Database &db)
{
    structure::StructureProfile p;
    p.nom = QStringLiteral("France Services de Barcelonnette");
    p.adresse = QStringLiteral("4 avenue des Trois Frères Arnaud");
    p.commune = QStringLiteral("Barcelonnette");
    p.codePostal = QStringLiteral("04400");
    p.typologie = {QStringLiteral("RFS")};
    p.latitude = 44.387;
    p.longitude = 6.652;
    QVERIFY(structure::StructureStore(db).completeFirstRun(p, QStringLiteral("Camille Martin")).ok());
}

QString question(OrientationPage &page)
{
    return page.findChild<QLabel *>(QStringLiteral("questionLabel"))->text();
}

} // namespace

class TestOrientationWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EscaleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestOrientationWizard"));
        QSettings().clear();
        // Screenshots in French: ESCALE_QM names the built escale_fr.qm (the assertions use tree texts,
        // which are French whatever the interface language).
        if (qEnvironmentVariableIsSet("ESCALE_QM")) {
            auto *translator = new QTranslator(this);
            if (translator->load(qEnvironmentVariable("ESCALE_QM")))
                QCoreApplication::installTranslator(translator);
        }
    }

    void keyboardOnlyWalkReachesTheResultAndTheSheet()
    {
        test::TempDatabase db;
        createStructure(*db);
        OrientationPage page({*db, db.clock});
        auto finder = std::make_unique<FixedOffices>();
        FixedOffices *offices = finder.get();
        page.setOfficeFinder(std::move(finder));
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        page.setFocus();

        QCOMPARE(question(page), QStringLiteral("Pour quelle démarche la personne vient-elle ?"));
        QTest::keyClick(&page, Qt::Key_1); // Argent pour vivre
        QTest::keyClick(&page, Qt::Key_Return);
        QCOMPARE(question(page), QStringLiteral("Quelle est la situation de la personne aujourd'hui ?"));
        QTest::keyClick(&page, Qt::Key_2); // sans emploi
        QTest::keyClick(&page, Qt::Key_Return);
        auto *age = page.findChild<QLineEdit *>(QStringLiteral("numberLineEdit"));
        QVERIFY(age);
        QTest::keyClicks(age, QStringLiteral("32"));
        QTest::keyClick(age, Qt::Key_Return);
        QCOMPARE(question(page), QStringLiteral("Paie-t-elle un loyer pour son logement ?"));

        // Backspace goes back to the age, which keeps its value; Enter again comes forward.
        QTest::keyClick(&page, Qt::Key_Backspace);
        age = page.findChild<QLineEdit *>(QStringLiteral("numberLineEdit"));
        QVERIFY(age);
        QCOMPARE(age->text(), QStringLiteral("32"));
        QTest::keyClick(age, Qt::Key_Return);
        QTest::keyClick(&page, Qt::Key_1); // oui
        QTest::keyClick(&page, Qt::Key_Return);

        auto *stack = page.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("resultPage"));
        QCOMPARE(page.walk().outcomeIds(), (QStringList{"rsa", "apl", "css", "inscription_ft"}));
        auto *rsaTitle = page.findChild<QLabel *>(QStringLiteral("outcomeTitleLabel_rsa"));
        QVERIFY(rsaTitle);
        QCOMPARE(rsaTitle->text(), QStringLiteral("1. Revenu de solidarité active (RSA)"));
        QCOMPARE(rsaTitle->textFormat(), Qt::PlainText);
        bool cafShown = false;
        for (QLabel *l : page.findChildren<QLabel *>(QStringLiteral("officeLabel")))
            cafShown = cafShown || (l->text().contains(QStringLiteral("CAF des Alpes-de-Haute-Provence"))
                                    && l->text().contains(QStringLiteral("Ouvert jusqu'à 12:00")));
        QVERIFY(cafShown);
        // The telephone as a person says and dials it (QA 4, #11: « +33492891023 »).
        bool phoneShown = false;
        for (QLabel *l : page.findChildren<QLabel *>(QStringLiteral("officeLabel"))) {
            QVERIFY2(!l->text().contains(QStringLiteral("+33")), qPrintable(l->text()));
            phoneShown = phoneShown || l->text().contains(QStringLiteral("04 92 89 10 23"));
        }
        QVERIFY(phoneShown);
        QVERIFY(!page.findChildren<QCheckBox *>(QStringLiteral("documentCheckBox")).isEmpty());
        QCOMPARE(*offices->lastLatitude, 44.387); // from the structure

        // Recorded once, counted for the day.
        orientation::OrientationStore store(*db);
        QVERIFY(!page.recordedId().isEmpty());
        QCOMPARE(store.countBetween(db.clock.today(), db.clock.today()), 1);
        const auto record = store.find(page.recordedId());
        QVERIFY(record.ok());
        QVERIFY(record->families.contains(QStringLiteral("social_sante")));
        QVERIFY(record->families.contains(QStringLiteral("logement")));

        // QA 4, #19: the commune field's placeholder and the button's text are whole.
        {
            QTest::qWait(20);
            auto *commune = page.findChild<QLineEdit *>(QStringLiteral("fromCommuneLineEdit"));
            auto *there = page.findChild<QPushButton *>(QStringLiteral("fromCommuneButton"));
            QVERIFY(commune->width() > commune->fontMetrics().horizontalAdvance(commune->placeholderText()) + 20);
            QVERIFY(there->width() >= there->sizeHint().width());
        }
        // From the visitor's commune.
        page.findChild<QLineEdit *>(QStringLiteral("fromCommuneLineEdit"))->setText(QStringLiteral("Sisteron"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("fromCommuneButton")), Qt::LeftButton);
        QCOMPARE(*offices->lastLatitude, 44.19);

        // The sheet: structure, mediator, place, documents, online service, note; no name unless typed.
        page.findChild<QPlainTextEdit *>(QStringLiteral("noteTextEdit"))->setPlainText(QStringLiteral("Revenir jeudi."));
        const QString sheet = page.sheetDocument()->toPlainText();
        QVERIFY(sheet.contains(QStringLiteral("France Services de Barcelonnette")));
        QVERIFY(sheet.contains(QStringLiteral("Camille Martin")));
        QVERIFY(sheet.contains(QStringLiteral("CAF des Alpes-de-Haute-Provence")));
        QVERIFY(sheet.contains(QStringLiteral("2 rue de la Caisse, 04000 Digne-les-Bains")));
        QVERIFY(sheet.contains(QStringLiteral("Un RIB (relevé d'identité bancaire)")));
        QVERIFY(sheet.contains(QStringLiteral("https://www.caf.fr")));
        QVERIFY(sheet.contains(QStringLiteral("Revenir jeudi.")));

        // « Save as PDF… » says where the file went (QA 4, #6: the screen stayed as it was).
        const QString savedProblem = test::saveAsPdfAndCheckTheSavedLine(&page, QStringLiteral("orientation.pdf"));
        QVERIFY2(savedProblem.isEmpty(), qPrintable(savedProblem));

        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")) {
            QTest::qWait(100);
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/orientation-result.png"));
        }

        // Jump back with the breadcrumb: the first answer; a different path withdraws the earlier record.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("breadcrumbButton1")), Qt::LeftButton);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("questionPage"));
        QCOMPARE(page.walk().steps().size(), 1);
        QTest::keyClick(&page, Qt::Key_1); // travaille
        QTest::keyClick(&page, Qt::Key_Return);
        age = page.findChild<QLineEdit *>(QStringLiteral("numberLineEdit"));
        QTest::keyClick(age, Qt::Key_Return); // 32 kept
        QTest::keyClick(&page, Qt::Key_2);    // non
        QTest::keyClick(&page, Qt::Key_Return);
        QCOMPARE(page.walk().outcomeIds(), (QStringList{"prime_activite", "css"}));
        QCOMPARE(store.countBetween(db.clock.today(), db.clock.today()), 1);

        // Restart with Ctrl+R.
        QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("questionPage"));
        QVERIFY(page.walk().steps().isEmpty());
    }

    // QA (orient1cc.png): on the first question, answers 11 to 13 had no number and no key reached them;
    // (orient4.png) Enter on an empty number field asked to « choose an answer (keys 1 to 9) ».
    void everyAnswerIsReachedByKeyboardAndEnterSaysWhatIsMissing()
    {
        test::TempDatabase db;
        OrientationPage page({*db, db.clock});
        page.setOfficeFinder(std::make_unique<FixedOffices>());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setFocus();
        QList<QAbstractButton *> answers;
        for (int i = 0;; ++i) {
            auto *b = page.findChild<QAbstractButton *>(QStringLiteral("answerButton%1").arg(i));
            if (!b)
                break;
            answers << b;
        }
        QVERIFY(answers.size() >= 11);
        const int last = int(answers.size()) - 1;
        for (int i = 0; i < answers.size(); ++i) // every answer shows its number
            QVERIFY2(answers.at(i)->text().startsWith(QStringLiteral("%1.  ").arg(i + 1)), qPrintable(answers.at(i)->text()));
        auto *hint = page.findChild<QLabel *>(QStringLiteral("answerHintLabel"));
        QVERIFY(hint);
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")) {
            page.findChild<QScrollArea *>()->ensureWidgetVisible(hint); // the bottom of the answers, as in orient1cc.png
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/orientation-13-answers.png"));
        }
        if (!qEnvironmentVariableIsSet("ESCALE_QM"))
            QVERIFY(hint->text().contains(QStringLiteral("1 then 2")));

        // Two digits in a row: the last answer.
        QTest::keyClick(&page, Qt::Key_1);
        QVERIFY(answers.at(0)->isChecked());
        QTest::keyClick(&page, Qt::Key_0 + (answers.size() - 10));
        QVERIFY(answers.at(last)->isChecked());
        // Up and Down move from one answer to the next.
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &page, Qt::Key_Up);
        QVERIFY(answers.at(last - 1)->isChecked());
        page.setFocus();
        QTest::keyClick(&page, Qt::Key_Down);
        QVERIFY(answers.at(last)->isChecked());
        // A pause: the next digit starts a new number.
        QTest::qWait(1300);
        QTest::keyClick(&page, Qt::Key_1);
        QTest::qWait(1300);
        QTest::keyClick(&page, Qt::Key_2);
        QVERIFY(answers.at(1)->isChecked());

        // Enter without an answer on a number question says what the field needs.
        QTest::keyClick(&page, Qt::Key_1);
        QVERIFY(answers.at(0)->isChecked());
        QTest::keyClick(&page, Qt::Key_Return); // Argent pour vivre
        page.setFocus();
        QTest::keyClick(&page, Qt::Key_2); // sans emploi
        QTest::keyClick(&page, Qt::Key_Return);
        auto *age = page.findChild<QLineEdit *>(QStringLiteral("numberLineEdit"));
        QVERIFY(age);
        age->clear();
        QTest::keyClick(age, Qt::Key_Return);
        auto *error = page.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QTRY_VERIFY(age->isVisible() && age->visibleRegion().boundingRect().height() == age->height()); // in view
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS"))
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/orientation-number-empty.png"));
        QVERIFY2(error->text().contains(QStringLiteral("Type a number in the field")), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QStringLiteral("1 to 9")));
    }

    void easyToReadShowsSimpleWordsAndEnterWithoutAnswerExplains()
    {
        test::TempDatabase db;
        OrientationPage page({*db, db.clock});
        page.setOfficeFinder(std::make_unique<FixedOffices>());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QCheckBox *>(QStringLiteral("easyCheckBox"))->setChecked(true);
        QCOMPARE(question(page), QStringLiteral("De quoi avez-vous besoin ?"));
        QCOMPARE(page.findChild<QAbstractButton *>(QStringLiteral("answerButton0"))->text(),
                 QStringLiteral("1.  Avoir de l'argent pour vivre"));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")) {
            page.resize(1100, 700);
            QTest::qWait(100);
            page.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/orientation-easy.png"));
        }
        page.setFocus();
        QTest::keyClick(&page, Qt::Key_Return);
        auto *error = page.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QCOMPARE(page.walk().steps().size(), 0);
    }

    void hostileTreeTextsAreShownAsPlainText()
    {
        test::TempDatabase db;
        orientation::OrientationStore store(*db);
        QFile f(test::testData(QStringLiteral("orientation/html-text.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(store.saveTree(f.readAll()).ok());
        QVERIFY(store.setActiveTree(QStringLiteral("mini")).ok());
        OrientationPage page({*db, db.clock});
        page.setOfficeFinder(std::make_unique<FixedOffices>());
        page.show();
        auto *label = page.findChild<QLabel *>(QStringLiteral("questionLabel"));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), QStringLiteral("<script>alert('x')</script><b>Question</b>"));
        page.setFocus();
        QTest::keyClick(&page, Qt::Key_2);
        QTest::keyClick(&page, Qt::Key_Return);
        auto *title = page.findChild<QLabel *>(QStringLiteral("outcomeTitleLabel_o1"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("1. <img src=x onerror=alert(1)>Résultat"));
    }

    void treeCopyIsEditedWithLiveValidationAndVersioned()
    {
        test::TempDatabase db;
        OrientationTreesDialog dialog({*db, db.clock});
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyTreeButton")), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("versionsTableWidget"))->rowCount(), 1);
        QPlainTextEdit *editor = dialog.editor();
        QVERIFY(editor->toPlainText().contains(QStringLiteral("escale-orientation-local")));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveVersionButton"));
        QVERIFY(save->isEnabled());

        // A dangling reference typed in: the issue names its path, saving is refused.
        QString text = editor->toPlainText();
        text.replace(QStringLiteral("\"next\": \"revenus_situation\""), QStringLiteral("\"next\": \"revenus_inconnus\""));
        editor->setPlainText(text);
        QTRY_VERIFY(!save->isEnabled());
        bool named = false;
        for (int i = 0; i < dialog.issues()->count(); ++i)
            named = named || dialog.issues()->item(i)->text().contains(QStringLiteral("nodes[0] \"famille\" → answers[0].next"));
        QVERIFY(named);

        // Fixed and retitled: saved as version 2, the wizard uses it.
        text.replace(QStringLiteral("\"next\": \"revenus_inconnus\""), QStringLiteral("\"next\": \"revenus_situation\""));
        text.replace(QStringLiteral("Pour quelle démarche la personne vient-elle ?"), QStringLiteral("Quelle démarche, à Embrun ?"));
        editor->setPlainText(text);
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("versionsTableWidget"))->rowCount(), 2);
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")) {
            dialog.show();
            QTest::qWait(100);
            dialog.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/orientation-trees.png"));
        }
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("versionsTableWidget"));
        table->selectRow(1);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("2"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("useTreeButton")), Qt::LeftButton);
        QVERIFY(dialog.treeChanged());
        OrientationPage page({*db, db.clock});
        page.setOfficeFinder(std::make_unique<FixedOffices>());
        QCOMPARE(question(page), QStringLiteral("Quelle démarche, à Embrun ?"));
        QCOMPARE(page.walk().tree().version, QStringLiteral("2"));
    }

    void mainWindowHasTheOrientationSectionOnCtrl3()
    {
        test::TempDatabase db;
        createStructure(*db);
        MainWindow window({*db, db.clock}, ui::Sections::linked({*db, db.clock}));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), MainWindow::Section::Orientation);
        QVERIFY(qobject_cast<OrientationPage *>(window.sectionWidget(MainWindow::Section::Orientation)));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")) {
            window.resize(1366, 768);
            QTest::qWait(50);
            window.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/orientation-window.png"));
        }
    }
};

QTEST_MAIN(TestOrientationWizard)
#include "TestOrientationWizard.moc"
