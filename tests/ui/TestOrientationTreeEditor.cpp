#include "TestSupport.h"

#include "orientation/OrientationStore.h"
#include "ui/orientation/OrientationTreeEditor.h"
#include "ui/orientation/OrientationTreesDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace escale;
using namespace escale::ui;

namespace {

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// The issue listed for that code and node id, or null.
QListWidgetItem *issueFor(QListWidget *issues, const QString &code, const QString &nodeId)
{
    for (int i = 0; i < issues->count(); ++i) {
        QListWidgetItem *item = issues->item(i);
        if (item->data(Qt::UserRole + 2).toString() == code && item->text().contains(QLatin1Char('"') + nodeId + QLatin1Char('"')))
            return item;
    }
    return nullptr;
}

// Types text key by key (QTest::keyClicks only knows ASCII; accents go as key events with their text).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
}

void chooseData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

} // namespace

class TestOrientationTreeEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EscaleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestOrientationTreeEditor"));
        QSettings().clear();
        if (qEnvironmentVariableIsSet("ESCALE_QM")) {
            auto *translator = new QTranslator(this);
            if (translator->load(qEnvironmentVariable("ESCALE_QM")))
                QCoreApplication::installTranslator(translator);
        }
    }

    void formEditorAddsNodesValidatesLiveAndSavesAVersion()
    {
        test::TempDatabase db;
        OrientationTreesDialog dialog({*db, db.clock});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QTest::mouseClick(child<QPushButton>(&dialog, "copyTreeButton"), Qt::LeftButton);
        OrientationTreeEditor *form = dialog.formEditor();
        QCOMPARE(dialog.tabs()->currentWidget(), form);
        QCOMPARE(form->tree().id, QStringLiteral("escale-orientation-local"));
        auto *save = child<QPushButton>(form, "saveFormVersionButton");
        QVERIFY(save->isEnabled());
        QListWidget *nodes = form->nodeList();
        const int nodeCount = nodes->count();
        QCOMPARE(nodeCount, form->tree().questions.size() + form->tree().outcomes.size());

        // A new question, typed in: a yes/no question.
        QTest::mouseClick(child<QPushButton>(form, "addQuestionButton"), Qt::LeftButton);
        QCOMPARE(nodes->count(), nodeCount + 1);
        auto *questionId = child<QLineEdit>(form, "questionIdEdit");
        QTRY_VERIFY(questionId->hasFocus());
        QTest::keyClicks(questionId, QStringLiteral("velo_besoin"));
        QTest::keyClick(questionId, Qt::Key_Tab); // the id is committed when leaving the field
        QCOMPARE(form->tree().questions.last().id, QStringLiteral("velo_besoin"));
        replaceText(child<QLineEdit>(form, "questionTextEdit"), QStringLiteral("La personne a-t-elle besoin d'un vélo ?"));
        replaceText(child<QLineEdit>(form, "questionEasyTextEdit"), QStringLiteral("Avez-vous besoin d'un vélo ?"));
        chooseData(child<QComboBox>(form, "questionKindCombo"), QStringLiteral("yesno"));
        QCOMPARE(child<QTableWidget>(form, "answersTable")->rowCount(), 2);
        QCOMPARE(form->tree().questions.last().answers.first().id, QStringLiteral("oui"));

        // A new outcome, typed in.
        QTest::mouseClick(child<QPushButton>(form, "addOutcomeButton"), Qt::LeftButton);
        auto *outcomeId = child<QLineEdit>(form, "outcomeIdEdit");
        QTRY_VERIFY(outcomeId->hasFocus());
        QTest::keyClicks(outcomeId, QStringLiteral("aide_velo"));
        QTest::keyClick(outcomeId, Qt::Key_Return); // commits the id, does not close the dialog
        QVERIFY(dialog.isVisible());
        QCOMPARE(form->tree().outcomes.last().id, QStringLiteral("aide_velo"));
        replaceText(child<QLineEdit>(form, "outcomeTitleEdit"), QStringLiteral("Aide à l'achat d'un vélo"));
        auto *summary = child<QPlainTextEdit>(form, "outcomeSummaryEdit");
        summary->setFocus();
        typeText(summary, QStringLiteral("Certaines communes aident à acheter un vélo."));
        chooseData(child<QComboBox>(form, "outcomeFamilyCombo"), QStringLiteral("transports_mobilite"));
        replaceText(child<QLineEdit>(form, "outcomeOfficesEdit"), QStringLiteral("muni, ccas"));
        auto *documents = child<QPlainTextEdit>(form, "outcomeDocumentsEdit");
        documents->setFocus();
        typeText(documents, QStringLiteral("Pièce d'identité"));
        QTest::keyClick(documents, Qt::Key_Return);
        QTest::keyClicks(documents, QStringLiteral("Justificatif de domicile"));
        QTest::mouseClick(child<QPushButton>(form, "addOnlineButton"), Qt::LeftButton);
        auto *online = child<QTableWidget>(form, "onlineTable");
        QCOMPARE(online->rowCount(), 1);
        online->item(0, 0)->setText(QStringLiteral("Aides de la commune"));
        online->item(0, 1)->setText(QStringLiteral("https://www.service-public.fr"));
        const orientation::Outcome &added = form->tree().outcomes.last();
        QCOMPARE(added.id, QStringLiteral("aide_velo"));
        QCOMPARE(added.offices, (QStringList{QStringLiteral("MUNI"), QStringLiteral("CCAS")}));
        QCOMPARE(added.documents.size(), 2);
        QCOMPARE(added.online.first().url, QStringLiteral("https://www.service-public.fr"));

        // Live validation: the new outcome is never reached, the new question neither; saving is refused.
        QListWidget *issues = form->issueList();
        QTRY_VERIFY(issueFor(issues, QStringLiteral("graph.outcome-unreached"), QStringLiteral("aide_velo")));
        QVERIFY(issueFor(issues, QStringLiteral("graph.unreachable"), QStringLiteral("velo_besoin")));
        QVERIFY(!save->isEnabled());
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")) {
            QTest::qWait(100);
            dialog.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/orientation-tree-editor-errors.png"));
        }

        // The new question is made reachable: a new answer of the first question leads to it.
        nodes->setCurrentRow(0);
        QCOMPARE(child<QLineEdit>(form, "questionIdEdit")->text(), QStringLiteral("famille"));
        auto *answers = child<QTableWidget>(form, "answersTable");
        const int answerCount = answers->rowCount();
        QTest::mouseClick(child<QPushButton>(form, "addAnswerButton"), Qt::LeftButton);
        QCOMPARE(answers->rowCount(), answerCount + 1);
        answers->item(answerCount, 0)->setText(QStringLiteral("velo"));
        answers->item(answerCount, 1)->setText(QStringLiteral("Se déplacer à vélo"));
        chooseData(answers->findChild<QComboBox *>(QStringLiteral("answerTargetCombo%1").arg(answerCount)),
                   QStringLiteral("q:velo_besoin"));
        QTRY_VERIFY(!issueFor(issues, QStringLiteral("graph.unreachable"), QStringLiteral("velo_besoin")));
        // The outcome is still never reached, saving still refused.
        QListWidgetItem *unreached = issueFor(issues, QStringLiteral("graph.outcome-unreached"), QStringLiteral("aide_velo"));
        QVERIFY(unreached);
        QVERIFY(!save->isEnabled());

        // A click on the issue selects the outcome it names.
        issues->scrollToItem(unreached);
        QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, issues->visualItemRect(unreached).center());
        QCOMPARE(child<QLineEdit>(form, "outcomeIdEdit")->text(), QStringLiteral("aide_velo"));
        QVERIFY(child<QLineEdit>(form, "outcomeIdEdit")->isVisible());

        // Fixed: the new question routes to the new outcome.
        nodes->setCurrentRow(form->tree().questions.size() - 1);
        QCOMPARE(child<QLineEdit>(form, "questionIdEdit")->text(), QStringLiteral("velo_besoin"));
        QTest::mouseClick(child<QPushButton>(form, "addRouteButton"), Qt::LeftButton);
        QCOMPARE(child<QTableWidget>(form, "routesTable")->rowCount(), 1);
        chooseData(child<QComboBox>(form, "routeTargetCombo0"), QStringLiteral("o:aide_velo"));
        QTRY_VERIFY(save->isEnabled());
        QVERIFY(!issueFor(issues, QStringLiteral("graph.outcome-unreached"), QStringLiteral("aide_velo")));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")) {
            QTest::qWait(100);
            dialog.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/orientation-tree-editor.png"));
            nodes->setCurrentRow(nodes->count() - 1);
            QTest::qWait(100);
            dialog.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/orientation-tree-editor-outcome.png"));
        }

        // Saved: version 2 of the copy, valid, with the new nodes and routes.
        QTest::mouseClick(save, Qt::LeftButton);
        orientation::OrientationStore store(*db);
        QCOMPARE(store.treeVersions(QStringLiteral("escale-orientation-local")).size(), 2);
        const Result<QByteArray> content = store.treeContent(QStringLiteral("escale-orientation-local"), QStringLiteral("2"));
        QVERIFY(content);
        const orientation::ParseOutcome parsed = orientation::parseTree(*content);
        QVERIFY2(!parsed.hasErrors(), parsed.hasErrors() ? qPrintable(parsed.errors().first().toString()) : "");
        const orientation::Tree &tree = *parsed.tree;
        const orientation::Question *q = tree.question(QStringLiteral("velo_besoin"));
        QVERIFY(q);
        QCOMPARE(q->type, orientation::QuestionType::YesNo);
        QCOMPARE(q->easyText, QStringLiteral("Avez-vous besoin d'un vélo ?"));
        QCOMPARE(q->routes.first().outcomes, QStringList{QStringLiteral("aide_velo")});
        const orientation::Outcome *o = tree.outcome(QStringLiteral("aide_velo"));
        QVERIFY(o);
        QCOMPARE(o->family, QStringLiteral("transports_mobilite"));
        QCOMPARE(o->documents.last(), QStringLiteral("Justificatif de domicile"));
        const orientation::Question *start = tree.question(QStringLiteral("famille"));
        QCOMPARE(start->answers.last().routes.first().next, QStringLiteral("velo_besoin"));
        // The editors now show the saved version; the JSON tab has it too.
        QCOMPARE(form->tree().version, QStringLiteral("2"));
        QVERIFY(dialog.editor()->toPlainText().contains(QStringLiteral("velo_besoin")));
    }

    // QA (arbres2/3.png): « Use this version's tree » and « Edit the selected version » were enabled with an
    // empty list and did nothing; (arbres4.png) the editor was cramped at 768 px high.
    void versionButtonsNeedAVersionAndTheEditorFitsA768Screen()
    {
        test::TempDatabase db;
        OrientationTreesDialog dialog({*db, db.clock});
        dialog.resize(1326, 700); // a 1366×768 screen less the title bar and the panel
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *use = child<QPushButton>(&dialog, "useTreeButton");
        auto *edit = child<QPushButton>(&dialog, "editTreeButton");
        auto *table = child<QTableWidget>(&dialog, "versionsTableWidget");
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!use->isEnabled());
        QVERIFY(!edit->isEnabled());
        QVERIFY(!use->toolTip().isEmpty()); // says why

        QTest::mouseClick(child<QPushButton>(&dialog, "copyTreeButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(use->isEnabled() && edit->isEnabled()); // the copy is the version chosen
        table->clearSelection();
        QVERIFY(!use->isEnabled() && !edit->isEnabled());
        table->selectRow(0);
        QVERIFY(use->isEnabled() && edit->isEnabled());

        // The first question's form: its answers and the buttons under them are in view without scrolling.
        OrientationTreeEditor *form = dialog.formEditor();
        form->nodeList()->setCurrentRow(0);
        QTest::qWait(50);
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS"))
            dialog.grab().save(qEnvironmentVariable("ESCALE_SCREENSHOTS") + QStringLiteral("/orientation-editor-768.png"));
        auto *answers = child<QTableWidget>(form, "answersTable");
        auto *addAnswer = child<QPushButton>(form, "addAnswerButton");
        auto *scroll = qobject_cast<QScrollArea *>(answers->parentWidget()->parentWidget()->parentWidget());
        QVERIFY(scroll);
        const QWidget *viewport = scroll->viewport();
        const QRect answersInView(answers->mapTo(viewport, QPoint(0, 0)), answers->size());
        const QRect buttonInView(addAnswer->mapTo(viewport, QPoint(0, 0)), addAnswer->size());
        QVERIFY2(viewport->rect().contains(answersInView), qPrintable(QStringLiteral("%1 px high view").arg(viewport->height())));
        QVERIFY(viewport->rect().contains(buttonInView));
        QVERIFY(answers->height() >= 150); // several answers in view, not two
    }

    void jsonTabAndFormStayInStep()
    {
        test::TempDatabase db;
        OrientationTreesDialog dialog({*db, db.clock});
        QTest::mouseClick(child<QPushButton>(&dialog, "copyTreeButton"), Qt::LeftButton);
        OrientationTreeEditor *form = dialog.formEditor();
        // A change in the form shows in the JSON tab…
        form->nodeList()->setCurrentRow(0);
        auto *text = child<QLineEdit>(form, "questionTextEdit");
        text->selectAll();
        typeText(text, QStringLiteral("Quelle démarche ?"));
        dialog.tabs()->setCurrentIndex(1);
        QVERIFY(dialog.editor()->toPlainText().contains(QStringLiteral("Quelle démarche ?")));
        // … and a change in the JSON shows in the form.
        QString json = dialog.editor()->toPlainText();
        json.replace(QStringLiteral("Quelle démarche ?"), QStringLiteral("Quelle démarche, ici ?"));
        dialog.editor()->setPlainText(json);
        dialog.tabs()->setCurrentIndex(0);
        QCOMPARE(form->tree().questions.first().text, QStringLiteral("Quelle démarche, ici ?"));
        QCOMPARE(text->text(), QStringLiteral("Quelle démarche, ici ?"));
    }

    void renamingANodeCarriesItsReferences()
    {
        test::TempDatabase db;
        OrientationTreesDialog dialog({*db, db.clock});
        QTest::mouseClick(child<QPushButton>(&dialog, "copyTreeButton"), Qt::LeftButton);
        OrientationTreeEditor *form = dialog.formEditor();
        form->nodeList()->setCurrentRow(0);
        auto *id = child<QLineEdit>(form, "questionIdEdit");
        id->setText(QStringLiteral("demarche"));
        emit id->editingFinished();
        QCOMPARE(form->tree().start, QStringLiteral("demarche"));
        // An id already used is refused.
        id->setText(QStringLiteral("revenus_situation"));
        emit id->editingFinished();
        QCOMPARE(id->text(), QStringLiteral("demarche"));
        form->validateNow();
        QVERIFY(form->canSave());
    }
};

QTEST_MAIN(TestOrientationTreeEditor)
#include "TestOrientationTreeEditor.moc"
