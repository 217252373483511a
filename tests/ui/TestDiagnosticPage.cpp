#include "SavedPdfCheck.h"
#include "TestSupport.h"

#include "competencies/DiagnosticStore.h"
#include "competencies/FrameworkLibrary.h"
#include "ui/competencies/DiagnosticPage.h"
#include "ui/competencies/FrameworkCopyDialog.h"
#include "ui/widgets/DocumentPreview.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <QApplication>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace escale;

namespace {

class FakePlaceFinder final : public competencies::PlaceFinder
{
public:
    QList<competencies::PlaceSuggestion> find(const QStringList &services, int) const override
    {
        lastServices = services;
        return { { QStringLiteral("Espace numérique de Forcalquier"),
            QStringLiteral("2 place du Bourguet, 04300 Forcalquier"), QString(), 3.4 } };
    }
    mutable QStringList lastServices;
};

class LongAddressFinder final : public competencies::PlaceFinder
{
public:
    QList<competencies::PlaceSuggestion> find(const QStringList &, int) const override
    {
        return { { QStringLiteral("Médiathèque François-Mitterrand PAA (Provence Alpes Agglomération)"),
            QStringLiteral("7 rue colonel Payan, Immeuble Étoile des Alpes, Traverse des Eaux Chaudes, 04000 "
                           "DIGNE-LES-BAINS"),
            QStringLiteral("+33492312849"), 0.3 } };
    }
};

void grab(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ESCALE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestDiagnosticPage : public QObject
{
    Q_OBJECT
private:
    void press(QWidget *window, Qt::Key key)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, key);
    }

private Q_SLOTS:
    void quickDiagnosticIsFilledWithTheKeyboard()
    {
        test::TempDatabase db;
        ui::DiagnosticPage page(AppServices { *db, db.clock });
        page.resize(1180, 720);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        grab(&page, QStringLiteral("diagnostic-setup.png"));

        auto *framework = page.findChild<QComboBox *>(QStringLiteral("frameworkComboBox"));
        QCOMPARE(framework->count(), 3);
        QCOMPARE(framework->currentData().toString(), QStringLiteral("escale-premiers-pas"));
        QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("anonymousCheckBox"))->isChecked());
        QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("quickModeCheckBox"))->isChecked());
        // DigComp shows its attribution.
        framework->setCurrentIndex(framework->findData(QStringLiteral("digcomp-2.2")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("frameworkInfoLabel"))
                    ->text()
                    .contains(QStringLiteral("CC BY 4.0")));
        framework->setCurrentIndex(0);

        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QVERIFY(page.session());
        auto *item = page.findChild<QLabel *>(QStringLiteral("itemLabel"));
        QCOMPARE(item->text(), QStringLiteral("Allumer et éteindre un appareil"));
        grab(&page, QStringLiteral("diagnostic-question.png"));

        // Gateways, in order: appareil (guidage ×2), internet, e-mail, documents, démarches (autonome ×2),
        // sécurité (2 then 0): every domain but sécurité is then clear.
        const QList<Qt::Key> keys { Qt::Key_1, Qt::Key_1, Qt::Key_3, Qt::Key_3, Qt::Key_3, Qt::Key_3, Qt::Key_3,
            Qt::Key_3, Qt::Key_3, Qt::Key_3, Qt::Key_2, Qt::Key_0 };
        for (Qt::Key key : keys)
            press(&page, key);
        // Sécurité is not clear: its two other gestures are asked.
        QCOMPARE(item->text(), QStringLiteral("Protéger ses informations"));
        QCOMPARE(page.findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 28);
        press(&page, Qt::Key_2);
        QCOMPARE(item->text(), QStringLiteral("Verrouiller son téléphone"));
        press(&page, Qt::Key_3);

        // Result.
        auto *stack = page.findChild<QStackedWidget *>(QStringLiteral("diagnosticStack"));
        QCOMPARE(stack->currentIndex(), 2);
        const auto *session = page.session();
        QCOMPARE(session->answeredCount(), 30);
        QVERIFY(session->isInferred(QStringLiteral("wifi")));
        QCOMPARE(session->answerOf(QStringLiteral("wifi")), QStringLiteral("entierement_accompagne"));
        QCOMPARE(session->answerOf(QStringLiteral("payer_en_securite")), QStringLiteral("non_evalue"));
        auto *overall = page.findChild<QLabel *>(QStringLiteral("overallLabel"));
        // (6 × 0 + 20 × 100 + 2 × 50 + 1 × 100) / 29 assessed = 76 %.
        QVERIFY2(overall->text().contains(QStringLiteral("Presque autonome")), qPrintable(overall->text()));
        QVERIFY2(overall->text().contains(QStringLiteral("76 %")), qPrintable(overall->text()));
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("domainTableWidget"))->rowCount(), 6);
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("domainTableWidget"))->item(0, 1)->text(),
            QStringLiteral("Exclu"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("nextStepLabel"))
                    ->text()
                    .contains(QStringLiteral("Intermédiaire")));
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("placesListWidget"))->count(), 0); // no place imported
        grab(&page, QStringLiteral("diagnostic-result.png"));
        // QA 4, #19: no domain name cut in the chart (« Communiquer par e-mail et messag… »).
        {
            QTest::qWait(50);
            auto *view = page.findChild<QChartView *>(QStringLiteral("progressChartView"));
            QVERIFY(view && view->scene());
            QStringList texts;
            for (QGraphicsItem *g : view->scene()->items())
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(g); text && text->isVisible())
                    texts << text->toPlainText();
            QVERIFY(texts.contains(QStringLiteral("Communiquer par e-mail et messagerie")));
            for (const QString &t : std::as_const(texts))
                QVERIFY2(!t.contains(QChar(0x2026)) && !t.endsWith(QStringLiteral("...")), qPrintable(t));
        }

        // « Save as PDF… » says where the file went (QA 4, #6: the screen stayed as it was).
        const QString savedProblem = test::saveAsPdfAndCheckTheSavedLine(&page, QStringLiteral("passeport.pdf"));
        QVERIFY2(savedProblem.isEmpty(), qPrintable(savedProblem));
        grab(&page, QStringLiteral("diagnostic-result-saved.png"));

        // Saved and complete in the database.
        competencies::DiagnosticStore store(*db);
        QCOMPARE(store.recent().size(), 1);
        QVERIFY(store.recent().first().isComplete());
        QCOMPARE(store.countBetween(db.clock.today(), db.clock.today()), 1);
    }

    // QA 4, #20: the quick mode does not announce « question 1 of 30 » when it ends after 12; a result
    // with nothing to work on says so; a place's long address wraps, its distance and phone in sight.
    void quickModeHeaderAndAnAllMasteredResult()
    {
        test::TempDatabase db;
        ui::DiagnosticPage page(AppServices { *db, db.clock });
        auto finder = std::make_unique<LongAddressFinder>();
        page.setPlaceFinder(std::move(finder));
        page.resize(1180, 720);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        auto *header = page.findChild<QLabel *>(QStringLiteral("questionHeaderLabel"));
        auto *progress = page.findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QVERIFY2(header->text().contains(QStringLiteral("question 1")), qPrintable(header->text()));
        QVERIFY2(!header->text().contains(QStringLiteral("30")), qPrintable(header->text()));
        int asked = 0;
        while (page.findChild<QStackedWidget *>(QStringLiteral("diagnosticStack"))->currentIndex() != 2 && asked < 40) {
            press(&page, Qt::Key_3); // every gateway gesture mastered
            ++asked;
            if (asked == 1 || asked == 11) // the last question's bar: 11 asked, the cleared domains deduced
                QVERIFY2(progress->text().contains(QStringLiteral("%1 answered").arg(asked))
                        && progress->text().contains(QStringLiteral(" of 30 gestures assessed")),
                    qPrintable(progress->text()));
        }
        QCOMPARE(asked, 12); // two gateway gestures in each of the six domains
        QCOMPARE(page.session()->answeredCount(), 30);
        auto *toWork = page.findChild<QListWidget *>(QStringLiteral("toWorkOnListWidget"));
        QCOMPARE(toWork->count(), 1);
        QVERIFY2(toWork->item(0)->text().startsWith(QStringLiteral("Nothing to work on")), qPrintable(toWork->item(0)->text()));
        QVERIFY(!(toWork->item(0)->flags() & Qt::ItemIsSelectable));
        auto *places = page.findChild<QListWidget *>(QStringLiteral("placesListWidget"));
        QCOMPARE(places->count(), 1);
        const QString line = places->item(0)->text();
        QVERIFY2(line.startsWith(QStringLiteral("0,3 km — ")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("04 92 31 28 49")), qPrintable(line));
        QTest::qWait(50);
        QCOMPARE(places->horizontalScrollBar()->maximum(), 0); // wrapped, never cut behind a scroll bar
        QVERIFY(places->visualItemRect(places->item(0)).height() > 2 * places->fontMetrics().height());
        grab(&page, QStringLiteral("diagnostic-all-mastered.png"));
    }

    void levelsFrameworkIsAnsweredWithKeysOneToEight()
    {
        test::TempDatabase db;
        ui::DiagnosticPage page(AppServices { *db, db.clock });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *framework = page.findChild<QComboBox *>(QStringLiteral("frameworkComboBox"));
        framework->setCurrentIndex(framework->findData(QStringLiteral("crcn")));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("answerButton_8")));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("answerButton_8"))
                    ->text()
                    .contains(QStringLiteral("Expert 8")));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("itemLabel"))->text(),
            QStringLiteral("1.1 Mener une recherche et une veille d'information"));
        // Gateways: 1.1/1.3 levels 5 and 4 (passed), 2.1/2.3 level 1 (failed), 3.1/3.3 level 3 (passed),
        // 4.1/4.2 level 2 (asked), 5.1/5.2 level 8; then 4.3 is asked: not assessed.
        for (Qt::Key key : { Qt::Key_5, Qt::Key_4, Qt::Key_1, Qt::Key_1, Qt::Key_3, Qt::Key_3, Qt::Key_2, Qt::Key_2,
                 Qt::Key_8, Qt::Key_8 })
            press(&page, key);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("itemLabel"))->text(),
            QStringLiteral("4.3 Protéger la santé, le bien-être et l'environnement"));
        press(&page, Qt::Key_0);
        QCOMPARE(page.findChild<QStackedWidget *>(QStringLiteral("diagnosticStack"))->currentIndex(), 2);
        const auto *session = page.session();
        QCOMPARE(session->answeredCount(), 16);
        QCOMPARE(session->answerOf(QStringLiteral("1.2")), QStringLiteral("4"));
        QCOMPARE(session->answerOf(QStringLiteral("2.4")), QStringLiteral("1"));
        QCOMPARE(session->answerOf(QStringLiteral("3.4")), QStringLiteral("3"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("resultAttributionLabel"))
                    ->text()
                    .contains(QStringLiteral("2019-919")));
    }

    void interruptedDiagnosticResumesFromTheList()
    {
        test::TempDatabase db;
        {
            ui::DiagnosticPage page(AppServices { *db, db.clock });
            auto finder = std::make_unique<FakePlaceFinder>();
            page.setPlaceFinder(std::move(finder));
            page.show();
            QApplication::setActiveWindow(&page);
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.findChild<QCheckBox *>(QStringLiteral("quickModeCheckBox"))->setChecked(false);
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
            press(&page, Qt::Key_3);
            press(&page, Qt::Key_3);
            press(&page, Qt::Key_2);
            QCOMPARE(page.findChild<QLabel *>(QStringLiteral("itemLabel"))->text(),
                QStringLiteral("Se connecter à un réseau Wi-Fi"));
            // The page is destroyed here, as when the application is closed.
        }
        ui::DiagnosticPage page(AppServices { *db, db.clock });
        page.setPlaceFinder(std::make_unique<FakePlaceFinder>());
        page.show();
        auto *recent = page.findChild<QListWidget *>(QStringLiteral("recentListWidget"));
        QCOMPARE(recent->count(), 1);
        QVERIFY(recent->item(0)->text().contains(QStringLiteral("Anonymous"))
            || recent->item(0)->text().contains(QStringLiteral("Anonyme")));
        recent->setCurrentRow(0);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("openButton")), Qt::LeftButton);
        QVERIFY(page.session());
        QCOMPARE(page.session()->answeredCount(), 3);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("itemLabel"))->text(),
            QStringLiteral("Se connecter à un réseau Wi-Fi"));
        // See the result now: the places offering the next step are listed.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("finishButton")), Qt::LeftButton);
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("placesListWidget"))->count(), 1);
    }

    void copiedFrameworkKeepsOnlyWhatIsTicked()
    {
        test::TempDatabase db;
        competencies::FrameworkLibrary library(*db);
        const competencies::Framework source = *library.find(QStringLiteral("escale-premiers-pas"));
        ui::FrameworkCopyDialog dialog(library, source);
        dialog.findChild<QLineEdit *>(QStringLiteral("copyTitleLineEdit"))
            ->setText(QStringLiteral("Premiers pas – Médiathèque"));
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("copyTreeWidget"));
        QCOMPARE(tree->topLevelItemCount(), 6);
        tree->topLevelItem(5)->setCheckState(0, Qt::Unchecked); // no « sécurité »
        tree->topLevelItem(0)->child(0)->setCheckState(0, Qt::Unchecked); // nor « allumer » (a gateway)
        tree->topLevelItem(0)->child(1)->setText(0, QStringLiteral("Utiliser l'écran tactile"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto copy = library.find(dialog.savedId());
        QVERIFY(copy.has_value());
        QCOMPARE(copy->title, QStringLiteral("Premiers pas – Médiathèque"));
        QCOMPARE(copy->basedOn, QStringLiteral("escale-premiers-pas"));
        QCOMPARE(copy->domains.size(), 5);
        QCOMPARE(copy->domains.first().items.size(), 5);
        QCOMPARE(copy->domains.first().items.first().title, QStringLiteral("Utiliser l'écran tactile"));
        QVERIFY(copy->domains.first().items.last().gateway); // « installer » is still a gateway
        QCOMPARE(copy->itemCount(), 25);
    }
};

QTEST_MAIN(TestDiagnosticPage)
#include "TestDiagnosticPage.moc"
