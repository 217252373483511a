#pragma once

#include "AppServices.h"
#include "competencies/DiagnosticSession.h"
#include "competencies/DiagnosticStore.h"
#include "competencies/FrameworkLibrary.h"
#include "competencies/PlaceFinder.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QKeyEvent;
class QShowEvent;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

class QChartView;

namespace escale::ui {

// Section « Diagnostic » (Ctrl+4, issue 5): choose a framework and a person (or anonymous), answer the
// items one after another (keys 1, 2, 3… for the levels, 0 for « non évalué »), then read the result —
// profile per domain, next step, places — and print or save the passeport numérique. Every answer is
// saved at once (DiagnosticSession), so a diagnostic interrupted can be resumed from the list.
class DiagnosticPage : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticPage(AppServices services, QWidget *parent = nullptr);
    ~DiagnosticPage() override;

    // Refreshes the frameworks, the people and the list of recent diagnostics.
    void reload();
    // Opens a diagnostic (questions when unfinished, result otherwise).
    void open(const QString &diagnosticId);
    // Uses another place finder (tests).
    void setPlaceFinder(std::unique_ptr<competencies::PlaceFinder> finder);

    const competencies::DiagnosticSession *session() const { return m_session.get(); }

protected:
    // On the question page, 1…9 give the answer of that rank and 0 « non évalué ».
    void keyPressEvent(QKeyEvent *event) override;
    // Coming back to the section refreshes the people and the recent diagnostics.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildSetupPage();
    QWidget *buildQuestionPage();
    QWidget *buildResultPage();
    void updateFrameworkInfo();
    void searchPeople();
    void start();
    void showQuestion(int index);
    void answerCurrent(int buttonIndex);
    void goNext();
    void showResult();
    void rebuildAnswerButtons();
    QString personName(const QString &beneficiaryId) const;
    void preview();
    void savePdf();
    void copyFramework();

    AppServices m_services;
    competencies::DiagnosticStore m_store;
    competencies::FrameworkLibrary m_library;
    std::unique_ptr<competencies::PlaceFinder> m_placeFinder;
    QList<competencies::Framework> m_frameworks;
    std::unique_ptr<competencies::DiagnosticSession> m_session;
    int m_index = 0;
    QStringList m_answerCodes; // codes of the answer buttons, in order

    QStackedWidget *m_stack = nullptr;
    // Setup page.
    QComboBox *m_framework = nullptr;
    QLabel *m_frameworkInfo = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QLineEdit *m_personSearch = nullptr;
    QListWidget *m_people = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_quick = nullptr;
    QPushButton *m_start = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_setupError = nullptr;
    // Question page.
    QLabel *m_header = nullptr;
    QLabel *m_domain = nullptr;
    QLabel *m_item = nullptr;
    QLabel *m_observable = nullptr;
    QLabel *m_current = nullptr;
    QVBoxLayout *m_answerLayout = nullptr;
    QList<QPushButton *> m_answerButtons;
    QProgressBar *m_progress = nullptr;
    QLabel *m_questionError = nullptr;
    // Result page.
    QLabel *m_resultTitle = nullptr;
    QLabel *m_overall = nullptr;
    QTableWidget *m_domains = nullptr;
    QLabel *m_nextStep = nullptr;
    QLabel *m_savedLabel = nullptr; // where the passeport was saved as PDF
    QListWidget *m_toWorkOn = nullptr;
    QListWidget *m_places = nullptr;
    QLabel *m_placesNote = nullptr;
    QChartView *m_chart = nullptr;
    QLabel *m_resultAttribution = nullptr;
};

} // namespace escale::ui
