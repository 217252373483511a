#pragma once

#include "AppServices.h"
#include "orientation/OfficeFinder.h"
#include "orientation/OrientationTree.h"
#include "orientation/OrientationWalk.h"
#include "reports/OrientationSheet.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextDocument;
class QVBoxLayout;

namespace escale::ui {

// The orientation wizard (Ctrl+3): one question per screen in large text, an « easy to read »
// toggle, back/next, a breadcrumb of the answers (click to go back there), restart; then the result
// page (rights found, nearest offices, documents, online services) and the orientation sheet.
//
// Keyboard: the answer's number picks it (from ten answers on, two digits typed quickly: 1 then 2 for
// the twelfth), Up and Down move from one answer to the next, Enter goes on, Backspace or Alt+Left goes
// back, Ctrl+R restarts.
class OrientationPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrientationPage(AppServices services, QWidget *parent = nullptr);
    ~OrientationPage() override;

    // Tests inject a finder with fixed places; the default searches the Places register.
    void setOfficeFinder(std::unique_ptr<orientation::OfficeFinder> finder);

    const orientation::Walk &walk() const { return *m_walk; }
    // The sheet as it would be printed now.
    reports::OrientationSheetData sheetData() const;
    std::unique_ptr<QTextDocument> sheetDocument() const;
    // The id of the orientation recorded for the result shown, if any.
    QString recordedId() const { return m_recordedId; }

public slots:
    void restart();
    void goBack();
    void goNext();
    void reloadTree();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildQuestionPage();
    void buildResultPage();
    void showCurrent();
    void showQuestion(const orientation::Question &question);
    void showResult();
    void refreshBreadcrumb();
    void refreshOffices();
    void recordOrientation();
    void pickAnswer(int index);
    // A digit typed on a question: the answer of that number (two digits in a row from ten answers on).
    void typeDigit(int digit);
    // Up / Down: the previous / next answer (chosen for one choice, focused for several).
    void moveAnswer(int step);
    // Scrolls an answer into view.
    void showAnswer(QWidget *button);
    // What Enter without an answer says: what this question needs, and the keys that give it.
    QString missingAnswerText() const;
    QVariant currentValue() const;
    void saveSheetPdf();
    void previewSheet();

    AppServices m_services;
    orientation::Tree m_tree;
    std::unique_ptr<orientation::Walk> m_walk;
    std::unique_ptr<orientation::OfficeFinder> m_finder;
    QString m_recordedId;
    QStringList m_recordedOutcomes;
    // Offices found for each outcome shown, in the order of the outcomes.
    QList<QList<orientation::SuggestedOffice>> m_offices;

    QLabel *m_treeLabel = nullptr;
    QCheckBox *m_easyCheck = nullptr;
    QPushButton *m_restartButton = nullptr;
    QWidget *m_breadcrumb = nullptr;
    QHBoxLayout *m_breadcrumbLayout = nullptr;
    QStackedWidget *m_stack = nullptr;

    // Question page.
    QWidget *m_questionPage = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_savedLabel = nullptr; // where the sheet was saved as PDF
    QLabel *m_questionLabel = nullptr;
    QLabel *m_helpLabel = nullptr;
    QWidget *m_answersBox = nullptr;
    QVBoxLayout *m_answersLayout = nullptr;
    QButtonGroup *m_answerGroup = nullptr;
    QList<QAbstractButton *> m_answerButtons;
    QLineEdit *m_valueEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    int m_typedNumber = 0; // the answer number typed so far (two-digit numbers)
    QElapsedTimer m_typedTimer;

    // Result page.
    QWidget *m_resultPage = nullptr;
    QWidget *m_outcomesBox = nullptr;
    QVBoxLayout *m_outcomesLayout = nullptr;
    QLineEdit *m_fromCommuneEdit = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLineEdit *m_firstNameEdit = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QLabel *m_recordLabel = nullptr;
};

} // namespace escale::ui
