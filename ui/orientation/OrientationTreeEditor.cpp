#include "ui/orientation/OrientationTreeEditor.h"

#include "ui/widgets/FormHelpers.h"

#include "common/Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace escale::ui {

using orientation::Condition;
using orientation::Outcome;
using orientation::Question;
using orientation::QuestionType;
using orientation::Route;

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;
constexpr char KeepTarget[] = "keep";

// Where a route goes, as the data of a target combo: « q:id », « o:id », empty (nowhere yet) or « keep »
// (several outcomes: only the JSON tab edits it).
QString routeTarget(const Route &r)
{
    if (!r.next.isEmpty())
        return QStringLiteral("q:") + r.next;
    if (r.outcomes.size() == 1)
        return QStringLiteral("o:") + r.outcomes.first();
    if (r.outcomes.isEmpty())
        return QString();
    return QLatin1String(KeepTarget);
}

void applyTarget(Route &r, const QString &target)
{
    if (target == QLatin1String(KeepTarget))
        return;
    r.next.clear();
    r.outcomes.clear();
    if (target.startsWith(QLatin1String("q:")))
        r.next = target.mid(2);
    else if (target.startsWith(QLatin1String("o:")))
        r.outcomes = QStringList{target.mid(2)};
}

void forEachRoute(orientation::Tree &tree, const std::function<void(Route &)> &fn)
{
    for (Question &q : tree.questions) {
        for (orientation::Answer &a : q.answers)
            for (Route &r : a.routes)
                fn(r);
        for (Route &r : q.routes)
            fn(r);
    }
}

void forEachCondition(Condition &c, const std::function<void(Condition &)> &fn)
{
    // Iterative: conditions may be nested (up to the validator's limit).
    std::vector<Condition *> stack{&c};
    while (!stack.empty()) {
        Condition *top = stack.back();
        stack.pop_back();
        fn(*top);
        for (Condition &child : top->children)
            stack.push_back(&child);
    }
}

void forEachCondition(orientation::Tree &tree, const std::function<void(Condition &)> &fn)
{
    forEachRoute(tree, [&fn](Route &r) {
        if (r.when)
            forEachCondition(*r.when, fn);
    });
}

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, const QString &accessible, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setMinimumHeight(90);
    table->setMaximumHeight(170);
    return table;
}

QPushButton *smallButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

} // namespace

OrientationTreeEditor::OrientationTreeEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("orientationTreeEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *toolbar = new QHBoxLayout;
    m_addQuestion = smallButton(tr("Add a &question"), QStringLiteral("addQuestionButton"), this);
    m_addOutcome = smallButton(tr("Add an ou&tcome"), QStringLiteral("addOutcomeButton"), this);
    m_delete = smallButton(tr("De&lete this node"), QStringLiteral("deleteNodeButton"), this);
    m_save = smallButton(tr("&Save as a new version"), QStringLiteral("saveFormVersionButton"), this);
    m_save->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    toolbar->addWidget(m_addQuestion);
    toolbar->addWidget(m_addOutcome);
    toolbar->addWidget(m_delete);
    toolbar->addWidget(m_status, 1);
    toolbar->addWidget(m_save);
    layout->addLayout(toolbar);

    // Left, the nodes over the problems found; right, the form of the node chosen, the whole height: at
    // 768 px the answers and routes of a question are in view together.
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, split);
    m_nodes = new QListWidget(left);
    m_nodes->setObjectName(QStringLiteral("nodesListWidget"));
    m_nodes->setAccessibleName(tr("Questions and outcomes"));
    auto *issuesBox = new QWidget(left);
    auto *issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    auto *issuesLabel = new QLabel(tr("Problems found (checked as you type; click one to go to its node):"), issuesBox);
    issuesLabel->setWordWrap(true);
    issuesLayout->addWidget(issuesLabel);
    m_issues = new QListWidget(issuesBox);
    m_issues->setObjectName(QStringLiteral("formIssuesListWidget"));
    m_issues->setAccessibleName(tr("Problems found"));
    m_issues->setWordWrap(true);
    issuesLabel->setBuddy(m_issues);
    issuesLayout->addWidget(m_issues);
    left->addWidget(m_nodes);
    left->addWidget(issuesBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    m_stack = new QStackedWidget(split);
    auto *empty = new QLabel(tr("Copy a tree for the structure, or choose a version to edit; then choose a question "
                                "or an outcome in the list."),
                             m_stack);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);
    auto *questionScroll = new QScrollArea(m_stack);
    m_questionScroll = questionScroll;
    questionScroll->setWidgetResizable(true);
    auto *questionPage = new QWidget;
    buildQuestionForm(questionPage);
    questionScroll->setWidget(questionPage);
    m_stack->addWidget(questionScroll);
    auto *outcomeScroll = new QScrollArea(m_stack);
    outcomeScroll->setWidgetResizable(true);
    auto *outcomePage = new QWidget;
    buildOutcomeForm(outcomePage);
    outcomeScroll->setWidget(outcomePage);
    m_stack->addWidget(outcomeScroll);
    split->addWidget(left);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({380, 820});
    layout->addWidget(split, 1);
    // The forms scroll: the wheel over a « Goes to » list or the kind must scroll, not change them.
    ignoreWheelUnlessFocused(m_stack);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, &OrientationTreeEditor::validateNow);
    connect(m_addQuestion, &QPushButton::clicked, this, &OrientationTreeEditor::addQuestion);
    connect(m_addOutcome, &QPushButton::clicked, this, &OrientationTreeEditor::addOutcome);
    connect(m_delete, &QPushButton::clicked, this, &OrientationTreeEditor::deleteCurrentNode);
    connect(m_save, &QPushButton::clicked, this, [this] {
        validateNow();
        if (canSave())
            emit saveRequested();
    });
    connect(m_nodes, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !item)
            return;
        showNode(NodeKind(item->data(KindRole).toInt()), item->data(IndexRole).toInt());
    });
    connect(m_issues, &QListWidget::itemClicked, this, &OrientationTreeEditor::issueActivated);
    connect(m_issues, &QListWidget::itemActivated, this, &OrientationTreeEditor::issueActivated);
    for (QPushButton *b : {m_addQuestion, m_addOutcome, m_delete})
        b->setEnabled(false);
}

void OrientationTreeEditor::buildQuestionForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    m_qId = new QLineEdit(page);
    m_qId->setObjectName(QStringLiteral("questionIdEdit"));
    m_qId->setToolTip(tr("Letters, digits, _ . - ; the routes that lead here follow a change."));
    form->addRow(tr("&Identifier:"), m_qId);
    m_qKind = new QComboBox(page);
    m_qKind->setObjectName(QStringLiteral("questionKindCombo"));
    m_qKind->addItem(tr("One choice"), QStringLiteral("single"));
    m_qKind->addItem(tr("Several choices"), QStringLiteral("multiple"));
    m_qKind->addItem(tr("Yes or no"), QStringLiteral("yesno"));
    m_qKind->addItem(tr("A number (age, household size…)"), QStringLiteral("number"));
    m_qKind->addItem(tr("A commune or postcode"), QStringLiteral("commune"));
    form->addRow(tr("&Kind:"), m_qKind);
    m_qStart = new QCheckBox(tr("The &first question of the tree"), page);
    m_qStart->setObjectName(QStringLiteral("questionStartCheck"));
    form->addRow(QString(), m_qStart);
    m_qText = new QLineEdit(page);
    m_qText->setObjectName(QStringLiteral("questionTextEdit"));
    form->addRow(tr("&Question:"), m_qText);
    m_qEasy = new QLineEdit(page);
    m_qEasy->setObjectName(QStringLiteral("questionEasyTextEdit"));
    form->addRow(tr("&Easy to read:"), m_qEasy);
    m_qHelp = new QPlainTextEdit(page);
    m_qHelp->setObjectName(QStringLiteral("questionHelpEdit"));
    m_qHelp->setMaximumHeight(48);
    m_qHelp->setTabChangesFocus(true);
    form->addRow(tr("&Help:"), m_qHelp);

    m_answers = makeTable({tr("Value"), tr("Label"), tr("Easy to read"), tr("Goes to")}, QStringLiteral("answersTable"),
                          tr("Answers"), page);
    m_answers->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Fixed);
    m_answers->horizontalHeader()->resizeSection(3, 260);
    auto *answerButtons = new QHBoxLayout;
    auto *addAnswer = smallButton(tr("Add an &answer"), QStringLiteral("addAnswerButton"), page);
    auto *removeAnswer = smallButton(tr("Remove the answer"), QStringLiteral("removeAnswerButton"), page);
    answerButtons->addWidget(addAnswer);
    answerButtons->addWidget(removeAnswer);
    answerButtons->addStretch(1);
    auto *answersBox = new QVBoxLayout;
    answersBox->addWidget(m_answers);
    answersBox->addLayout(answerButtons);
    form->addRow(tr("Answers:"), answersBox);

    m_routes = makeTable({tr("Condition"), tr("Goes to")}, QStringLiteral("routesTable"), tr("Routes"), page);
    m_routes->setMaximumHeight(130);
    auto *routeButtons = new QHBoxLayout;
    auto *addRoute = smallButton(tr("Add a &route"), QStringLiteral("addRouteButton"), page);
    auto *removeRoute = smallButton(tr("Remove the route"), QStringLiteral("removeRouteButton"), page);
    routeButtons->addWidget(addRoute);
    routeButtons->addWidget(removeRoute);
    routeButtons->addStretch(1);
    auto *routesNote = new QLabel(tr("Used when the answer chosen does not say where to go: tried in order, the first "
                                     "whose condition holds applies; the last one has no condition."),
                                  page);
    routesNote->setWordWrap(true);
    auto *routesBox = new QVBoxLayout;
    routesBox->addWidget(routesNote);
    routesBox->addWidget(m_routes);
    routesBox->addLayout(routeButtons);
    form->addRow(tr("Routes:"), routesBox);

    connect(m_qId, &QLineEdit::editingFinished, this, &OrientationTreeEditor::commitQuestionId);
    connect(m_qKind, &QComboBox::currentIndexChanged, this, &OrientationTreeEditor::setKind);
    connect(m_qStart, &QCheckBox::toggled, this, [this](bool on) {
        Question *q = currentQuestion();
        if (m_loading || !q)
            return;
        if (on)
            m_tree.start = q->id;
        else if (m_tree.start == q->id)
            m_tree.start.clear();
        rebuildNodeList(m_kind, m_index);
        changed();
    });
    connect(m_qText, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (Question *q = currentQuestion()) {
            q->text = text;
            updateNodeItem(m_kind, m_index);
            changed();
        }
    });
    connect(m_qEasy, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (Question *q = currentQuestion()) {
            q->easyText = text;
            changed();
        }
    });
    connect(m_qHelp, &QPlainTextEdit::textChanged, this, [this] {
        Question *q = currentQuestion();
        if (m_loading || !q)
            return;
        q->help = m_qHelp->toPlainText();
        changed();
    });
    connect(m_answers, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        Question *q = currentQuestion();
        if (m_loading || !q || item->row() >= q->answers.size())
            return;
        orientation::Answer &a = q->answers[item->row()];
        const QString text = item->text().trimmed();
        if (item->column() == 0 && text != a.id) {
            // The conditions that name this answer follow it.
            const QString from = a.id;
            const QString qid = q->id;
            forEachCondition(m_tree, [&](Condition &c) {
                if (c.question == qid)
                    for (QString &v : c.values)
                        if (v == from)
                            v = text;
            });
            a.id = text;
        } else if (item->column() == 1) {
            a.label = item->text();
        } else if (item->column() == 2) {
            a.easyLabel = item->text();
        }
        fillRoutes(); // the conditions name the answers
        changed();
    });
    connect(addAnswer, &QPushButton::clicked, this, [this] {
        Question *q = currentQuestion();
        if (!q)
            return;
        QSet<QString> used;
        for (const orientation::Answer &a : q->answers)
            used.insert(a.id);
        int n = int(q->answers.size()) + 1;
        while (used.contains(QStringLiteral("reponse_%1").arg(n)))
            ++n;
        orientation::Answer a;
        a.id = QStringLiteral("reponse_%1").arg(n);
        q->answers.append(a);
        fillAnswers();
        fillRoutes();
        m_answers->setCurrentCell(int(q->answers.size()) - 1, 1);
        m_answers->setFocus();
        changed();
    });
    connect(removeAnswer, &QPushButton::clicked, this, [this] {
        Question *q = currentQuestion();
        const int row = m_answers->currentRow();
        if (!q || row < 0 || row >= q->answers.size())
            return;
        q->answers.removeAt(row);
        fillAnswers();
        fillRoutes();
        changed();
    });
    connect(addRoute, &QPushButton::clicked, this, [this] {
        Question *q = currentQuestion();
        if (!q)
            return;
        // A new route goes before the last unconditional one, so that the list stays usable.
        Route r;
        int at = int(q->routes.size());
        if (!q->routes.isEmpty() && !q->routes.last().when) {
            const QString first = q->answers.isEmpty() ? QString() : q->answers.first().id;
            if (!first.isEmpty() && q->type != QuestionType::Number && q->type != QuestionType::Commune) {
                auto c = std::make_shared<Condition>();
                c->kind = q->type == QuestionType::MultipleChoice ? Condition::Kind::Includes : Condition::Kind::Is;
                c->question = q->id;
                c->values = QStringList{first};
                r.when = c;
                at = int(q->routes.size()) - 1;
            }
        }
        q->routes.insert(at, r);
        fillRoutes();
        m_routes->setCurrentCell(at, 1);
        m_questionScroll->ensureWidgetVisible(m_routes);
        if (QWidget *w = m_routes->cellWidget(at, 1))
            w->setFocus();
        changed();
    });
    connect(removeRoute, &QPushButton::clicked, this, [this] {
        Question *q = currentQuestion();
        const int row = m_routes->currentRow();
        if (!q || row < 0 || row >= q->routes.size())
            return;
        q->routes.removeAt(row);
        fillRoutes();
        changed();
    });
}

void OrientationTreeEditor::buildOutcomeForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    m_oId = new QLineEdit(page);
    m_oId->setObjectName(QStringLiteral("outcomeIdEdit"));
    m_oId->setToolTip(tr("Letters, digits, _ . - ; the routes that lead here follow a change."));
    form->addRow(tr("&Identifier:"), m_oId);
    m_oTitle = new QLineEdit(page);
    m_oTitle->setObjectName(QStringLiteral("outcomeTitleEdit"));
    form->addRow(tr("&Title (right or procedure):"), m_oTitle);
    m_oSummary = new QPlainTextEdit(page);
    m_oSummary->setObjectName(QStringLiteral("outcomeSummaryEdit"));
    m_oSummary->setMaximumHeight(60);
    m_oSummary->setTabChangesFocus(true);
    form->addRow(tr("E&xplanation:"), m_oSummary);
    m_oEasySummary = new QPlainTextEdit(page);
    m_oEasySummary->setObjectName(QStringLiteral("outcomeEasySummaryEdit"));
    m_oEasySummary->setMaximumHeight(60);
    m_oEasySummary->setTabChangesFocus(true);
    form->addRow(tr("Easy to read:"), m_oEasySummary);
    m_oFamily = new QComboBox(page);
    m_oFamily->setObjectName(QStringLiteral("outcomeFamilyCombo"));
    m_oFamily->addItem(tr("(no family)"), QString());
    for (const vocab::Term &t : vocab::terms(vocab::Kind::ThematiqueDemarche))
        m_oFamily->addItem(t.label, t.code);
    form->addRow(tr("&Family:"), m_oFamily);
    m_oOffices = new QLineEdit(page);
    m_oOffices->setObjectName(QStringLiteral("outcomeOfficesEdit"));
    m_oOffices->setPlaceholderText(tr("Typologie codes separated by commas, the usual one first: CAF, MSA, MDS"));
    form->addRow(tr("&Where to go:"), m_oOffices);
    m_oDocuments = new QPlainTextEdit(page);
    m_oDocuments->setObjectName(QStringLiteral("outcomeDocumentsEdit"));
    m_oDocuments->setPlaceholderText(tr("One document per line"));
    m_oDocuments->setMaximumHeight(100);
    m_oDocuments->setTabChangesFocus(true);
    form->addRow(tr("&Documents to bring:"), m_oDocuments);

    m_online = makeTable({tr("Label"), tr("Address (https://)"), tr("FranceConnect")}, QStringLiteral("onlineTable"),
                         tr("Online services"), page);
    auto *buttons = new QHBoxLayout;
    auto *add = smallButton(tr("Add an online &service"), QStringLiteral("addOnlineButton"), page);
    auto *remove = smallButton(tr("Remove the service"), QStringLiteral("removeOnlineButton"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *box = new QVBoxLayout;
    box->addWidget(m_online);
    box->addLayout(buttons);
    form->addRow(tr("Online:"), box);
    m_oNote = new QPlainTextEdit(page);
    m_oNote->setObjectName(QStringLiteral("outcomeNoteEdit"));
    m_oNote->setMaximumHeight(60);
    m_oNote->setTabChangesFocus(true);
    form->addRow(tr("&Note for the mediator:"), m_oNote);

    connect(m_oId, &QLineEdit::editingFinished, this, &OrientationTreeEditor::commitOutcomeId);
    connect(m_oTitle, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (Outcome *o = currentOutcome()) {
            o->title = text;
            updateNodeItem(m_kind, m_index);
            changed();
        }
    });
    auto plain = [this](QPlainTextEdit *edit, QString Outcome::*field) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
            Outcome *o = currentOutcome();
            if (m_loading || !o)
                return;
            o->*field = edit->toPlainText();
            changed();
        });
    };
    plain(m_oSummary, &Outcome::summary);
    plain(m_oEasySummary, &Outcome::easySummary);
    plain(m_oNote, &Outcome::mediatorNote);
    connect(m_oDocuments, &QPlainTextEdit::textChanged, this, [this] {
        Outcome *o = currentOutcome();
        if (m_loading || !o)
            return;
        o->documents.clear();
        for (const QString &line : m_oDocuments->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                o->documents.append(line.trimmed());
        changed();
    });
    connect(m_oFamily, &QComboBox::currentIndexChanged, this, [this] {
        Outcome *o = currentOutcome();
        if (m_loading || !o)
            return;
        o->family = m_oFamily->currentData().toString();
        changed();
    });
    connect(m_oOffices, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (Outcome *o = currentOutcome()) {
            o->offices.clear();
            for (const QString &code : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
                o->offices.append(code.toUpper());
            changed();
        }
    });
    connect(m_online, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        Outcome *o = currentOutcome();
        if (m_loading || !o || item->row() >= o->online.size())
            return;
        orientation::OnlineService &s = o->online[item->row()];
        if (item->column() == 0)
            s.label = item->text();
        else if (item->column() == 1)
            s.url = item->text().trimmed();
        else
            s.franceConnect = item->checkState() == Qt::Checked;
        changed();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        Outcome *o = currentOutcome();
        if (!o)
            return;
        o->online.append(orientation::OnlineService{QString(), QStringLiteral("https://"), false});
        fillOnline();
        m_online->setCurrentCell(int(o->online.size()) - 1, 0);
        m_online->setFocus();
        changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        Outcome *o = currentOutcome();
        const int row = m_online->currentRow();
        if (!o || row < 0 || row >= o->online.size())
            return;
        o->online.removeAt(row);
        fillOnline();
        changed();
    });
}

void OrientationTreeEditor::setTree(const orientation::Tree &tree)
{
    m_tree = tree;
    m_tree.reindex();
    m_hasTree = true;
    m_modified = false;
    for (QPushButton *b : {m_addQuestion, m_addOutcome, m_delete})
        b->setEnabled(true);
    setStatus(QString());
    const bool hasQuestion = !m_tree.questions.isEmpty();
    const int start = std::max(0, m_tree.questionIndex(m_tree.start));
    rebuildNodeList(hasQuestion ? NodeKind::Question : NodeKind::None, hasQuestion ? start : -1);
    showNode(hasQuestion ? NodeKind::Question : NodeKind::None, hasQuestion ? start : -1);
    validateNow();
}

bool OrientationTreeEditor::canSave() const
{
    return m_hasTree && m_valid && m_tree.id != orientation::defaultTree().id;
}

void OrientationTreeEditor::setStatus(const QString &text)
{
    m_status->setText(text);
}

Question *OrientationTreeEditor::currentQuestion()
{
    if (m_loading || m_kind != NodeKind::Question || m_index < 0 || m_index >= m_tree.questions.size())
        return nullptr;
    return &m_tree.questions[m_index];
}

Outcome *OrientationTreeEditor::currentOutcome()
{
    if (m_loading || m_kind != NodeKind::Outcome || m_index < 0 || m_index >= m_tree.outcomes.size())
        return nullptr;
    return &m_tree.outcomes[m_index];
}

void OrientationTreeEditor::changed()
{
    m_modified = true;
    m_save->setEnabled(false); // until the validator has seen the change
    m_validateTimer->start();
    emit edited();
}

void OrientationTreeEditor::rebuildNodeList(NodeKind kind, int index)
{
    m_loading = true;
    m_nodes->clear();
    for (int i = 0; i < m_tree.questions.size(); ++i) {
        auto *item = new QListWidgetItem(m_nodes);
        item->setData(KindRole, int(NodeKind::Question));
        item->setData(IndexRole, i);
    }
    for (int i = 0; i < m_tree.outcomes.size(); ++i) {
        auto *item = new QListWidgetItem(m_nodes);
        item->setData(KindRole, int(NodeKind::Outcome));
        item->setData(IndexRole, i);
    }
    for (int i = 0; i < m_tree.questions.size(); ++i)
        updateNodeItem(NodeKind::Question, i);
    for (int i = 0; i < m_tree.outcomes.size(); ++i)
        updateNodeItem(NodeKind::Outcome, i);
    if (kind == NodeKind::Question && index >= 0)
        m_nodes->setCurrentRow(index);
    else if (kind == NodeKind::Outcome && index >= 0)
        m_nodes->setCurrentRow(int(m_tree.questions.size()) + index);
    m_loading = false;
}

void OrientationTreeEditor::updateNodeItem(NodeKind kind, int index)
{
    const int row = kind == NodeKind::Question ? index : int(m_tree.questions.size()) + index;
    QListWidgetItem *item = m_nodes->item(row);
    if (!item)
        return;
    if (kind == NodeKind::Question) {
        const Question &q = m_tree.questions.at(index);
        const QString text = q.id == m_tree.start ? tr("Question %1 (first) — %2") : tr("Question %1 — %2");
        item->setText(text.arg(q.id, q.text));
    } else {
        const Outcome &o = m_tree.outcomes.at(index);
        item->setText(tr("Outcome %1 — %2").arg(o.id, o.title));
    }
    item->setToolTip(item->text());
}

void OrientationTreeEditor::showNode(NodeKind kind, int index)
{
    m_kind = kind;
    m_index = index;
    if (kind == NodeKind::Question && index >= 0 && index < m_tree.questions.size())
        showQuestion();
    else if (kind == NodeKind::Outcome && index >= 0 && index < m_tree.outcomes.size())
        showOutcome();
    else {
        m_kind = NodeKind::None;
        m_index = -1;
        m_stack->setCurrentIndex(0);
    }
    m_delete->setEnabled(m_kind != NodeKind::None);
}

void OrientationTreeEditor::showQuestion()
{
    m_loading = true;
    const Question &q = m_tree.questions.at(m_index);
    m_qId->setText(q.id);
    m_qKind->setCurrentIndex(std::max(0, m_qKind->findData(orientation::questionTypeCode(q.type))));
    m_qStart->setChecked(q.id == m_tree.start);
    m_qText->setText(q.text);
    m_qEasy->setText(q.easyText);
    m_qHelp->setPlainText(q.help);
    m_loading = false;
    fillAnswers();
    fillRoutes();
    m_stack->setCurrentIndex(1);
}

void OrientationTreeEditor::showOutcome()
{
    m_loading = true;
    const Outcome &o = m_tree.outcomes.at(m_index);
    m_oId->setText(o.id);
    m_oTitle->setText(o.title);
    m_oSummary->setPlainText(o.summary);
    m_oEasySummary->setPlainText(o.easySummary);
    int family = m_oFamily->findData(o.family);
    if (family < 0 && !o.family.isEmpty()) {
        m_oFamily->addItem(o.family, o.family);
        family = m_oFamily->count() - 1;
    }
    m_oFamily->setCurrentIndex(std::max(0, family));
    m_oOffices->setText(o.offices.join(QStringLiteral(", ")));
    m_oDocuments->setPlainText(o.documents.join(QLatin1Char('\n')));
    m_oNote->setPlainText(o.mediatorNote);
    m_loading = false;
    fillOnline();
    m_stack->setCurrentIndex(2);
}

QComboBox *OrientationTreeEditor::targetCombo(const QList<Route> &routes, bool allowInherit)
{
    auto *combo = new QComboBox;
    combo->addItem(allowInherit ? tr("(the question's routes)") : tr("(choose where to go)"), QString());
    for (const Question &q : m_tree.questions)
        combo->addItem(tr("Question « %1 »").arg(q.id), QString(QStringLiteral("q:") + q.id));
    for (const Outcome &o : m_tree.outcomes)
        combo->addItem(tr("Outcome « %1 »").arg(o.id), QString(QStringLiteral("o:") + o.id));
    QString current;
    if (routes.size() == 1 && (!allowInherit || !routes.first().when))
        current = routeTarget(routes.first());
    else if (!routes.isEmpty())
        current = QLatin1String(KeepTarget);
    int index = combo->findData(current);
    if (index < 0) {
        combo->addItem(current == QLatin1String(KeepTarget) ? tr("(several routes or outcomes: see the JSON tab)")
                                                            : tr("(unknown: %1)").arg(current.mid(2)),
                       current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    return combo;
}

void OrientationTreeEditor::fillAnswers()
{
    m_loading = true;
    const Question &q = m_tree.questions.at(m_index);
    m_answers->setRowCount(int(q.answers.size()));
    for (int row = 0; row < q.answers.size(); ++row) {
        const orientation::Answer &a = q.answers.at(row);
        m_answers->setItem(row, 0, new QTableWidgetItem(a.id));
        m_answers->setItem(row, 1, new QTableWidgetItem(a.label));
        m_answers->setItem(row, 2, new QTableWidgetItem(a.easyLabel));
        QComboBox *combo = targetCombo(a.routes, true);
        combo->setObjectName(QStringLiteral("answerTargetCombo%1").arg(row));
        combo->setAccessibleName(tr("Goes to"));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, row] {
            Question *cq = currentQuestion();
            if (!cq || row >= cq->answers.size())
                return;
            const QString target = combo->currentData().toString();
            QList<Route> &routes = cq->answers[row].routes;
            if (target.isEmpty()) {
                routes.clear();
            } else if (target != QLatin1String(KeepTarget)) {
                Route r;
                applyTarget(r, target);
                routes = {r};
            }
            changed();
        });
        m_answers->setCellWidget(row, 3, combo);
    }
    m_loading = false;
}

void OrientationTreeEditor::fillRoutes()
{
    m_loading = true;
    const Question &q = m_tree.questions.at(m_index);
    const bool multiple = q.type == QuestionType::MultipleChoice;
    m_routes->setRowCount(int(q.routes.size()));
    for (int row = 0; row < q.routes.size(); ++row) {
        const Route &r = q.routes.at(row);
        auto *condition = new QComboBox;
        condition->setObjectName(QStringLiteral("routeConditionCombo%1").arg(row));
        condition->setAccessibleName(tr("Condition"));
        condition->addItem(tr("always"), QString());
        for (const orientation::Answer &a : q.answers) {
            const QString label = a.label.isEmpty() ? a.id : a.label;
            condition->addItem(multiple ? tr("if the answers include « %1 »").arg(label)
                                        : tr("if the answer is « %1 »").arg(label),
                               QString(QStringLiteral("is:") + a.id));
        }
        QString current;
        if (r.when) {
            const Condition &c = *r.when;
            const bool simple = (c.kind == Condition::Kind::Is || c.kind == Condition::Kind::Includes)
                                && c.question == q.id && c.values.size() == 1;
            current = simple ? QString(QStringLiteral("is:") + c.values.first()) : QString(QLatin1String(KeepTarget));
        }
        int index = condition->findData(current);
        if (index < 0) {
            condition->addItem(tr("(advanced condition: see the JSON tab)"), QLatin1String(KeepTarget));
            index = condition->count() - 1;
        }
        condition->setCurrentIndex(index);
        connect(condition, &QComboBox::currentIndexChanged, this, [this, condition, row] {
            Question *cq = currentQuestion();
            if (!cq || row >= cq->routes.size())
                return;
            const QString data = condition->currentData().toString();
            if (data.isEmpty()) {
                cq->routes[row].when.reset();
            } else if (data.startsWith(QLatin1String("is:"))) {
                auto c = std::make_shared<Condition>();
                c->kind = cq->type == QuestionType::MultipleChoice ? Condition::Kind::Includes : Condition::Kind::Is;
                c->question = cq->id;
                c->values = QStringList{data.mid(3)};
                cq->routes[row].when = c;
            }
            changed();
        });
        m_routes->setCellWidget(row, 0, condition);
        QComboBox *target = targetCombo({r}, false);
        target->setObjectName(QStringLiteral("routeTargetCombo%1").arg(row));
        target->setAccessibleName(tr("Goes to"));
        connect(target, &QComboBox::currentIndexChanged, this, [this, target, row] {
            Question *cq = currentQuestion();
            if (!cq || row >= cq->routes.size())
                return;
            applyTarget(cq->routes[row], target->currentData().toString());
            changed();
        });
        m_routes->setCellWidget(row, 1, target);
    }
    m_loading = false;
}

void OrientationTreeEditor::fillOnline()
{
    m_loading = true;
    const Outcome &o = m_tree.outcomes.at(m_index);
    m_online->setRowCount(int(o.online.size()));
    for (int row = 0; row < o.online.size(); ++row) {
        const orientation::OnlineService &s = o.online.at(row);
        m_online->setItem(row, 0, new QTableWidgetItem(s.label));
        m_online->setItem(row, 1, new QTableWidgetItem(s.url));
        auto *fc = new QTableWidgetItem(tr("accepted"));
        fc->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        fc->setCheckState(s.franceConnect ? Qt::Checked : Qt::Unchecked);
        m_online->setItem(row, 2, fc);
    }
    m_loading = false;
}

bool OrientationTreeEditor::idTaken(const QString &id) const
{
    return m_tree.questionIndex(id) >= 0 || m_tree.outcomeIndex(id) >= 0;
}

QString OrientationTreeEditor::uniqueId(const QString &stem) const
{
    int n = 1;
    while (idTaken(QStringLiteral("%1_%2").arg(stem).arg(n)))
        ++n;
    return QStringLiteral("%1_%2").arg(stem).arg(n);
}

void OrientationTreeEditor::renameQuestion(const QString &from, const QString &to)
{
    if (m_tree.start == from)
        m_tree.start = to;
    forEachRoute(m_tree, [&](Route &r) {
        if (r.next == from)
            r.next = to;
    });
    forEachCondition(m_tree, [&](Condition &c) {
        if (c.question == from)
            c.question = to;
    });
}

void OrientationTreeEditor::renameOutcome(const QString &from, const QString &to)
{
    forEachRoute(m_tree, [&](Route &r) {
        for (QString &o : r.outcomes)
            if (o == from)
                o = to;
    });
}

void OrientationTreeEditor::commitQuestionId()
{
    Question *q = currentQuestion();
    const QString id = m_qId->text().trimmed();
    if (!q || id == q->id)
        return;
    if (id.isEmpty() || idTaken(id)) {
        setStatus(tr("« %1 » is empty or already used by another node.").arg(id));
        m_qId->setText(q->id);
        return;
    }
    renameQuestion(q->id, id);
    q->id = id;
    m_tree.reindex();
    rebuildNodeList(m_kind, m_index);
    showNode(m_kind, m_index);
    changed();
}

void OrientationTreeEditor::commitOutcomeId()
{
    Outcome *o = currentOutcome();
    const QString id = m_oId->text().trimmed();
    if (!o || id == o->id)
        return;
    if (id.isEmpty() || idTaken(id)) {
        setStatus(tr("« %1 » is empty or already used by another node.").arg(id));
        m_oId->setText(o->id);
        return;
    }
    renameOutcome(o->id, id);
    o->id = id;
    m_tree.reindex();
    rebuildNodeList(m_kind, m_index);
    changed();
}

void OrientationTreeEditor::setKind(int comboIndex)
{
    Question *q = currentQuestion();
    if (!q || comboIndex < 0)
        return;
    const auto type = orientation::questionTypeFromCode(m_qKind->itemData(comboIndex).toString());
    if (!type)
        return;
    q->type = *type;
    if (q->type == QuestionType::YesNo) {
        // Exactly « oui » and « non » (tree texts are French, whatever the interface language).
        QList<orientation::Answer> answers;
        for (const char *value : {"oui", "non"}) {
            const int i = q->answerIndex(QLatin1String(value));
            orientation::Answer a = i >= 0 ? q->answers.at(i) : orientation::Answer{};
            a.id = QLatin1String(value);
            if (a.label.isEmpty())
                a.label = qstrcmp(value, "oui") == 0 ? QStringLiteral("Oui") : QStringLiteral("Non");
            answers.append(a);
        }
        q->answers = answers;
    } else if (q->type == QuestionType::Number || q->type == QuestionType::Commune) {
        q->answers.clear();
    }
    fillAnswers();
    fillRoutes();
    changed();
}

void OrientationTreeEditor::addQuestion()
{
    if (!m_hasTree)
        return;
    Question q;
    q.id = uniqueId(QStringLiteral("question"));
    m_tree.questions.append(q);
    m_tree.reindex();
    const int index = int(m_tree.questions.size()) - 1;
    rebuildNodeList(NodeKind::Question, index);
    showNode(NodeKind::Question, index);
    m_qId->setFocus();
    m_qId->selectAll();
    changed();
}

void OrientationTreeEditor::addOutcome()
{
    if (!m_hasTree)
        return;
    Outcome o;
    o.id = uniqueId(QStringLiteral("resultat"));
    m_tree.outcomes.append(o);
    m_tree.reindex();
    const int index = int(m_tree.outcomes.size()) - 1;
    rebuildNodeList(NodeKind::Outcome, index);
    showNode(NodeKind::Outcome, index);
    m_oId->setFocus();
    m_oId->selectAll();
    changed();
}

void OrientationTreeEditor::deleteCurrentNode()
{
    if (m_kind == NodeKind::None || m_index < 0)
        return;
    const QString id = m_kind == NodeKind::Question ? m_tree.questions.at(m_index).id : m_tree.outcomes.at(m_index).id;
    if (QMessageBox::question(this, tr("Delete a node"),
                              tr("Delete « %1 »? The routes that lead to it will be listed as problems.").arg(id))
        != QMessageBox::Yes)
        return;
    if (m_kind == NodeKind::Question)
        m_tree.questions.removeAt(m_index);
    else
        m_tree.outcomes.removeAt(m_index);
    m_tree.reindex();
    rebuildNodeList(NodeKind::None, -1);
    showNode(NodeKind::None, -1);
    changed();
}

void OrientationTreeEditor::validateNow()
{
    m_validateTimer->stop();
    m_issues->clear();
    if (!m_hasTree) {
        m_valid = false;
        m_save->setEnabled(false);
        return;
    }
    const orientation::ParseOutcome parsed = orientation::parseTree(m_tree.toJson());
    static const QRegularExpression where(QStringLiteral("^(nodes|outcomes)\\[(\\d+)\\]"));
    QSet<int> badRows;
    for (const orientation::Issue &issue : parsed.issues) {
        const bool error = issue.severity == orientation::Issue::Severity::Error;
        auto *item = new QListWidgetItem((error ? tr("Error: %1") : tr("Warning: %1")).arg(issue.toString()), m_issues);
        item->setForeground(error ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
        item->setData(CodeRole, issue.code);
        const QRegularExpressionMatch m = where.match(issue.path);
        if (m.hasMatch()) {
            const bool question = m.captured(1) == QLatin1String("nodes");
            const int index = m.captured(2).toInt();
            item->setData(KindRole, int(question ? NodeKind::Question : NodeKind::Outcome));
            item->setData(IndexRole, index);
            if (error)
                badRows.insert(question ? index : int(m_tree.questions.size()) + index);
        }
    }
    if (m_tree.id == orientation::defaultTree().id)
        new QListWidgetItem(tr("Escale's own tree cannot be changed: copy it for the structure first."), m_issues);
    if (m_issues->count() == 0)
        new QListWidgetItem(tr("No problem found."), m_issues);
    for (int row = 0; row < m_nodes->count(); ++row)
        m_nodes->item(row)->setForeground(badRows.contains(row) ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush());
    m_valid = !parsed.hasErrors();
    m_save->setEnabled(canSave());
}

void OrientationTreeEditor::issueActivated(QListWidgetItem *item)
{
    if (!item || !item->data(KindRole).isValid())
        return;
    const auto kind = NodeKind(item->data(KindRole).toInt());
    const int index = item->data(IndexRole).toInt();
    const int row = kind == NodeKind::Question ? index : int(m_tree.questions.size()) + index;
    if (row < 0 || row >= m_nodes->count())
        return;
    m_nodes->setCurrentRow(row); // shows the node
}

} // namespace escale::ui
