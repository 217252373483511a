#pragma once

#include "orientation/OrientationTree.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace escale::ui {

// A form-based editor for a structure's copy of an orientation tree (docs/orientation.md): the nodes
// (questions and outcomes) on the left, a form for the selected one on the right. Every change runs the
// tree's validator (debounced); its problems are listed with their node path and a click on one selects
// the node. Saving is asked of the owner (saveRequested), and only possible without error.
class OrientationTreeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit OrientationTreeEditor(QWidget *parent = nullptr);

    void setTree(const orientation::Tree &tree);
    const orientation::Tree &tree() const { return m_tree; }
    bool hasTree() const { return m_hasTree; }
    // True when the form was changed since setTree().
    bool isModified() const { return m_modified; }
    // True when the last validation found no error (and the tree may be saved).
    bool canSave() const;
    void setStatus(const QString &text);

    QListWidget *nodeList() const { return m_nodes; }
    QListWidget *issueList() const { return m_issues; }

public slots:
    // Runs the validator now (also run, debounced, after every change).
    void validateNow();
    void addQuestion();
    void addOutcome();
    void deleteCurrentNode();

signals:
    void saveRequested();
    void edited();

private:
    enum class NodeKind { None, Question, Outcome };

    void buildQuestionForm(QWidget *page);
    void buildOutcomeForm(QWidget *page);
    void rebuildNodeList(NodeKind kind, int index);
    void updateNodeItem(NodeKind kind, int index);
    void showNode(NodeKind kind, int index);
    void showQuestion();
    void showOutcome();
    void fillAnswers();
    void fillRoutes();
    void fillOnline();
    QComboBox *targetCombo(const QList<orientation::Route> &routes, bool allowInherit);
    void changed();
    orientation::Question *currentQuestion();
    orientation::Outcome *currentOutcome();
    bool idTaken(const QString &id) const;
    QString uniqueId(const QString &stem) const;
    void renameQuestion(const QString &from, const QString &to);
    void renameOutcome(const QString &from, const QString &to);
    void commitQuestionId();
    void commitOutcomeId();
    void setKind(int comboIndex);
    void issueActivated(QListWidgetItem *item);

    orientation::Tree m_tree;
    bool m_hasTree = false;
    bool m_modified = false;
    bool m_loading = false;
    bool m_valid = false;
    NodeKind m_kind = NodeKind::None;
    int m_index = -1;
    QTimer *m_validateTimer = nullptr;

    QListWidget *m_nodes = nullptr;
    QListWidget *m_issues = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_questionScroll = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_addQuestion = nullptr;
    QPushButton *m_addOutcome = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_save = nullptr;

    // Question form.
    QLineEdit *m_qId = nullptr;
    QComboBox *m_qKind = nullptr;
    QCheckBox *m_qStart = nullptr;
    QLineEdit *m_qText = nullptr;
    QLineEdit *m_qEasy = nullptr;
    QPlainTextEdit *m_qHelp = nullptr;
    QTableWidget *m_answers = nullptr;
    QTableWidget *m_routes = nullptr;

    // Outcome form.
    QLineEdit *m_oId = nullptr;
    QLineEdit *m_oTitle = nullptr;
    QPlainTextEdit *m_oSummary = nullptr;
    QPlainTextEdit *m_oEasySummary = nullptr;
    QComboBox *m_oFamily = nullptr;
    QLineEdit *m_oOffices = nullptr;
    QPlainTextEdit *m_oDocuments = nullptr;
    QTableWidget *m_online = nullptr;
    QPlainTextEdit *m_oNote = nullptr;
};

} // namespace escale::ui
