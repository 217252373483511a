#include "ui/orientation/OrientationPage.h"

#include "ui/orientation/OrientationTreesDialog.h"

#include "common/Validators.h"
#include "common/Vocabulary.h"
#include "itinerant/CurrentStop.h"
#include "orientation/OrientationStore.h"
#include "structure/StructureLocation.h"
#include "structure/StructureProfile.h"
#include "ui/widgets/DocumentPreview.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace escale::ui {

namespace {

// Every text of a tree is data: shown as plain text, never interpreted.
QLabel *plainLabel(const QString &objectName, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    if (scale != 1.0)
        f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Out of the tree at once (findChild, focus chain), deleted later: the clicked button may be one.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        else if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}

// Every answer has its number, 1 to the last one (two digits from ten answers on).
QString numberKeyText(int index)
{
    return QString::number(index + 1);
}

// Two digits typed within this time make one number (« 1 » then « 2 »: the twelfth answer).
constexpr qint64 kTwoDigitsMs = 1200;

} // namespace

OrientationPage::OrientationPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_finder(std::make_unique<orientation::PlaceOfficeFinder>(services.database))
{
    setObjectName(QStringLiteral("orientationPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Orientation"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);
    top->addWidget(title);
    m_treeLabel = plainLabel(QStringLiteral("treeLabel"), this);
    m_treeLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    top->addWidget(m_treeLabel, 1);
    m_easyCheck = new QCheckBox(tr("&Easy to read"), this);
    m_easyCheck->setObjectName(QStringLiteral("easyCheckBox"));
    m_easyCheck->setToolTip(tr("Show the questions and answers in simple words, to read together with the visitor."));
    top->addWidget(m_easyCheck);
    auto *treesButton = new QPushButton(tr("&Trees…"), this);
    treesButton->setObjectName(QStringLiteral("treesButton"));
    treesButton->setToolTip(tr("Versions of the orientation tree, import, copy and edit"));
    treesButton->setAutoDefault(false);
    top->addWidget(treesButton);
    connect(treesButton, &QPushButton::clicked, this, [this] {
        OrientationTreesDialog dialog(m_services, this);
        dialog.exec();
        if (dialog.treeChanged())
            reloadTree();
    });
    m_restartButton = new QPushButton(tr("&Restart"), this);
    m_restartButton->setObjectName(QStringLiteral("restartButton"));
    m_restartButton->setToolTip(tr("Start a new orientation (Ctrl+R)"));
    m_restartButton->setAutoDefault(false);
    top->addWidget(m_restartButton);
    layout->addLayout(top);

    m_breadcrumb = new QWidget(this);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setAccessibleName(tr("Answers given"));
    m_breadcrumbLayout = new QHBoxLayout(m_breadcrumb);
    m_breadcrumbLayout->setContentsMargins(0, 0, 0, 0);
    m_breadcrumbLayout->setSpacing(2);
    auto *crumbScroll = new QScrollArea(this);
    crumbScroll->setWidget(m_breadcrumb);
    crumbScroll->setWidgetResizable(true);
    crumbScroll->setFrameShape(QFrame::NoFrame);
    crumbScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    crumbScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    crumbScroll->setFixedHeight(crumbScroll->fontMetrics().height() * 3);
    layout->addWidget(crumbScroll);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    buildQuestionPage();
    buildResultPage();

    connect(m_easyCheck, &QCheckBox::toggled, this, [this] { showCurrent(); });
    connect(m_restartButton, &QPushButton::clicked, this, &OrientationPage::restart);
    auto *backShortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    backShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backShortcut, &QShortcut::activated, this, &OrientationPage::goBack);
    auto *restartShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    restartShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(restartShortcut, &QShortcut::activated, this, &OrientationPage::restart);

    reloadTree();
}

OrientationPage::~OrientationPage() = default;

void OrientationPage::setOfficeFinder(std::unique_ptr<orientation::OfficeFinder> finder)
{
    m_finder = std::move(finder);
    if (m_walk && m_walk->isFinished())
        showResult();
}

void OrientationPage::reloadTree()
{
    m_tree = orientation::OrientationStore(m_services.database).activeTree();
    m_walk = std::make_unique<orientation::Walk>(m_tree);
    m_treeLabel->setText(tr("%1 — version %2").arg(m_tree.title, m_tree.version));
    restart();
}

void OrientationPage::buildQuestionPage()
{
    m_questionPage = new QWidget(this);
    m_questionPage->setObjectName(QStringLiteral("questionPage"));
    auto *layout = new QVBoxLayout(m_questionPage);
    layout->setContentsMargins(0, 12, 0, 0);
    m_stepLabel = plainLabel(QStringLiteral("stepLabel"), m_questionPage);
    layout->addWidget(m_stepLabel);
    m_questionLabel = plainLabel(QStringLiteral("questionLabel"), m_questionPage, 1.9, true);
    layout->addWidget(m_questionLabel);
    m_helpLabel = plainLabel(QStringLiteral("helpLabel"), m_questionPage, 1.1);
    m_helpLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(m_helpLabel);
    layout->addSpacing(10);

    auto *scroll = new QScrollArea(m_questionPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_answersBox = new QWidget(scroll);
    m_answersLayout = new QVBoxLayout(m_answersBox);
    m_answersLayout->setContentsMargins(0, 0, 0, 0);
    m_answersLayout->setSpacing(6);
    scroll->setWidget(m_answersBox);
    layout->addWidget(scroll, 1);

    m_errorLabel = plainLabel(QStringLiteral("errorLabel"), m_questionPage, 1.1);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QHBoxLayout;
    m_backButton = new QPushButton(tr("← &Back"), m_questionPage);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setToolTip(tr("Previous question (Backspace or Alt+Left)"));
    m_backButton->setAutoDefault(false);
    m_nextButton = new QPushButton(tr("&Next →"), m_questionPage);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setToolTip(tr("Next question (Enter)"));
    m_nextButton->setAutoDefault(false);
    QFont bf = m_nextButton->font();
    bf.setPointSizeF(bf.pointSizeF() * 1.3);
    m_nextButton->setFont(bf);
    m_backButton->setFont(bf);
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_nextButton);
    layout->addLayout(buttons);
    connect(m_backButton, &QPushButton::clicked, this, &OrientationPage::goBack);
    connect(m_nextButton, &QPushButton::clicked, this, &OrientationPage::goNext);

    m_stack->addWidget(m_questionPage);
}

void OrientationPage::buildResultPage()
{
    m_resultPage = new QWidget(this);
    m_resultPage->setObjectName(QStringLiteral("resultPage"));
    auto *outer = new QVBoxLayout(m_resultPage);
    outer->setContentsMargins(0, 8, 0, 0);
    auto *scroll = new QScrollArea(m_resultPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *heading = new QLabel(tr("What we found"), content);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.7);
    hf.setBold(true);
    heading->setFont(hf);
    layout->addWidget(heading);

    auto *from = new QHBoxLayout;
    m_fromLabel = plainLabel(QStringLiteral("fromLabel"), content);
    from->addWidget(m_fromLabel, 1);
    m_fromCommuneEdit = new QLineEdit(content);
    m_fromCommuneEdit->setObjectName(QStringLiteral("fromCommuneLineEdit"));
    m_fromCommuneEdit->setPlaceholderText(tr("Visitor's commune or postcode (optional)"));
    m_fromCommuneEdit->setAccessibleName(tr("Visitor's commune"));
    m_fromCommuneEdit->setClearButtonEnabled(true);
    // The placeholder and the button's text whole at 1366 px: the sentence on the left wraps instead.
    m_fromCommuneEdit->setMinimumWidth(
        m_fromCommuneEdit->fontMetrics().horizontalAdvance(m_fromCommuneEdit->placeholderText()) + 40);
    from->addWidget(m_fromCommuneEdit);
    auto *fromButton = new QPushButton(tr("Nearest from &there"), content);
    fromButton->setObjectName(QStringLiteral("fromCommuneButton"));
    fromButton->setAutoDefault(false);
    fromButton->setMinimumWidth(fromButton->sizeHint().width() + 12);
    from->addWidget(fromButton);
    layout->addLayout(from);
    connect(fromButton, &QPushButton::clicked, this, &OrientationPage::refreshOffices);

    m_outcomesBox = new QWidget(content);
    m_outcomesLayout = new QVBoxLayout(m_outcomesBox);
    m_outcomesLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outcomesBox);

    auto *sheetFrame = new QFrame(content);
    sheetFrame->setFrameShape(QFrame::StyledPanel);
    auto *sheet = new QVBoxLayout(sheetFrame);
    auto *sheetTitle = new QLabel(tr("Orientation sheet for the visitor"), sheetFrame);
    QFont sf = sheetTitle->font();
    sf.setBold(true);
    sf.setPointSizeF(sf.pointSizeF() * 1.2);
    sheetTitle->setFont(sf);
    sheet->addWidget(sheetTitle);
    auto *privacy = new QLabel(
        tr("The sheet carries no personal data. Type a first name only if the visitor wishes it."), sheetFrame);
    privacy->setWordWrap(true);
    sheet->addWidget(privacy);
    auto *nameRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("&First name (optional):"), sheetFrame);
    m_firstNameEdit = new QLineEdit(sheetFrame);
    m_firstNameEdit->setObjectName(QStringLiteral("firstNameLineEdit"));
    m_firstNameEdit->setAccessibleName(tr("First name (optional)"));
    m_firstNameEdit->setMaxLength(60);
    nameLabel->setBuddy(m_firstNameEdit);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_firstNameEdit, 1);
    sheet->addLayout(nameRow);
    auto *noteLabel = new QLabel(tr("N&ote for the visitor:"), sheetFrame);
    m_noteEdit = new QPlainTextEdit(sheetFrame);
    m_noteEdit->setObjectName(QStringLiteral("noteTextEdit"));
    m_noteEdit->setAccessibleName(tr("Note for the visitor"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().height() * 5);
    noteLabel->setBuddy(m_noteEdit);
    sheet->addWidget(noteLabel);
    sheet->addWidget(m_noteEdit);
    auto *sheetButtons = new QHBoxLayout;
    auto *previewButton = new QPushButton(tr("&Preview and print…"), sheetFrame);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto *pdfButton = new QPushButton(tr("Save as P&DF…"), sheetFrame);
    pdfButton->setObjectName(QStringLiteral("pdfButton"));
    auto *newButton = new QPushButton(tr("New &orientation"), sheetFrame);
    newButton->setObjectName(QStringLiteral("newOrientationButton"));
    for (QPushButton *b : {previewButton, pdfButton, newButton})
        b->setAutoDefault(false);
    sheetButtons->addWidget(previewButton);
    sheetButtons->addWidget(pdfButton);
    sheetButtons->addStretch(1);
    sheetButtons->addWidget(newButton);
    sheet->addLayout(sheetButtons);
    m_savedLabel = DocumentPreview::makeSavedLabel(QStringLiteral("savedLabel"), sheetFrame);
    sheet->addWidget(m_savedLabel);
    m_recordLabel = plainLabel(QStringLiteral("recordLabel"), sheetFrame);
    m_recordLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));
    sheet->addWidget(m_recordLabel);
    layout->addWidget(sheetFrame);
    layout->addStretch(1);
    connect(previewButton, &QPushButton::clicked, this, &OrientationPage::previewSheet);
    connect(pdfButton, &QPushButton::clicked, this, &OrientationPage::saveSheetPdf);
    connect(newButton, &QPushButton::clicked, this, &OrientationPage::restart);

    auto *backRow = new QHBoxLayout;
    auto *resultBack = new QPushButton(tr("← Change the last answer"), m_resultPage);
    resultBack->setObjectName(QStringLiteral("resultBackButton"));
    resultBack->setAutoDefault(false);
    connect(resultBack, &QPushButton::clicked, this, &OrientationPage::goBack);
    backRow->addWidget(resultBack);
    backRow->addStretch(1);

    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    outer->addLayout(backRow);
    m_stack->addWidget(m_resultPage);
}

void OrientationPage::restart()
{
    if (!m_walk)
        return;
    m_walk->restart();
    m_recordedId.clear();
    m_recordedOutcomes.clear();
    if (m_firstNameEdit)
        m_firstNameEdit->clear();
    if (m_noteEdit)
        m_noteEdit->clear();
    if (m_fromCommuneEdit)
        m_fromCommuneEdit->clear();
    showCurrent();
}

void OrientationPage::goBack()
{
    if (m_walk->back())
        showCurrent();
}

void OrientationPage::goNext()
{
    if (m_walk->isFinished())
        return;
    const QVariant value = currentValue();
    if (!value.isValid()) {
        m_errorLabel->setText(missingAnswerText());
        m_errorLabel->show();
        return;
    }
    if (Status s = m_walk->answer(value); !s) {
        m_errorLabel->setText(s.errorMessage());
        m_errorLabel->show();
        return;
    }
    showCurrent();
}

QVariant OrientationPage::currentValue() const
{
    const orientation::Question *q = m_walk->current();
    if (!q)
        return {};
    switch (q->type) {
    case orientation::QuestionType::SingleChoice:
    case orientation::QuestionType::YesNo:
        for (int i = 0; i < m_answerButtons.size(); ++i) {
            if (m_answerButtons.at(i)->isChecked())
                return q->answers.value(i).id;
        }
        return {};
    case orientation::QuestionType::MultipleChoice: {
        QStringList ids;
        for (int i = 0; i < m_answerButtons.size(); ++i) {
            if (m_answerButtons.at(i)->isChecked())
                ids.append(q->answers.value(i).id);
        }
        return ids.isEmpty() ? QVariant() : QVariant(ids);
    }
    case orientation::QuestionType::Number:
    case orientation::QuestionType::Commune:
        return m_valueEdit && !m_valueEdit->text().trimmed().isEmpty() ? QVariant(m_valueEdit->text()) : QVariant();
    }
    return {};
}

void OrientationPage::pickAnswer(int index)
{
    if (index < 0 || index >= m_answerButtons.size())
        return;
    QAbstractButton *button = m_answerButtons.at(index);
    const orientation::Question *q = m_walk->current();
    if (q && q->type == orientation::QuestionType::MultipleChoice)
        button->toggle();
    else
        button->setChecked(true);
    button->setFocus();
    showAnswer(button);
    m_errorLabel->hide();
}

void OrientationPage::showAnswer(QWidget *button)
{
    // The eleventh to thirteenth answers may be below the fold: scrolled into view when reached.
    for (QWidget *w = m_answersBox->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(button);
            return;
        }
}

QString OrientationPage::missingAnswerText() const
{
    const orientation::Question *q = m_walk->current();
    if (!q)
        return {};
    const int count = int(m_answerButtons.size());
    switch (q->type) {
    case orientation::QuestionType::Number:
        return q->unit.isEmpty() ? tr("Type a number in the field (digits, e.g. 3), then press Enter.")
                                 : tr("Type a number in the field (%1), then press Enter.").arg(q->unit);
    case orientation::QuestionType::Commune:
        return tr("Type a commune or a postcode in the field, then press Enter.");
    case orientation::QuestionType::MultipleChoice:
        return tr("Choose at least one answer: type its number (1 to %1) or move with the Up and Down arrows and "
                  "tick with Space; then press Enter.")
            .arg(count);
    case orientation::QuestionType::SingleChoice:
    case orientation::QuestionType::YesNo:
        break;
    }
    return tr("Choose an answer: type its number (1 to %1) or use the Up and Down arrows; then press Enter.")
        .arg(count);
}

void OrientationPage::typeDigit(int digit)
{
    const int count = int(m_answerButtons.size());
    int number = digit;
    if (count >= 10 && m_typedNumber > 0 && m_typedTimer.isValid() && m_typedTimer.elapsed() < kTwoDigitsMs
        && m_typedNumber * 10 + digit <= count)
        number = m_typedNumber * 10 + digit; // the second digit of « 12 »
    else if (digit == 0)
        number = 10; // « 0 » alone: the tenth, as on a phone's keypad
    m_typedNumber = number * 10 <= count ? number : 0; // a second digit can follow only if it may exist
    m_typedTimer.start();
    if (number >= 1 && number <= count)
        pickAnswer(number - 1);
}

void OrientationPage::moveAnswer(int step)
{
    if (m_answerButtons.isEmpty())
        return;
    int current = -1;
    for (int i = 0; i < m_answerButtons.size(); ++i)
        if (m_answerButtons.at(i)->hasFocus())
            current = i;
    if (current < 0)
        for (int i = 0; i < m_answerButtons.size(); ++i)
            if (m_answerButtons.at(i)->isChecked() && current < 0)
                current = i;
    const int last = int(m_answerButtons.size()) - 1;
    const int target = current < 0 ? (step > 0 ? 0 : last) : std::clamp(current + step, 0, last);
    const orientation::Question *q = m_walk->current();
    if (q && q->type == orientation::QuestionType::MultipleChoice) {
        m_answerButtons.at(target)->setFocus(); // Space ticks it
        showAnswer(m_answerButtons.at(target));
        return;
    }
    pickAnswer(target);
}

void OrientationPage::keyPressEvent(QKeyEvent *event)
{
    const bool onQuestion = m_stack->currentWidget() == m_questionPage;
    const int key = event->key();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (onQuestion && plain && key >= Qt::Key_0 && key <= Qt::Key_9 && !m_answerButtons.isEmpty()) {
        typeDigit(key - Qt::Key_0);
        return;
    }
    if (onQuestion && plain && (key == Qt::Key_Up || key == Qt::Key_Down) && !m_answerButtons.isEmpty()) {
        moveAnswer(key == Qt::Key_Down ? 1 : -1);
        return;
    }
    if (onQuestion && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        goNext();
        return;
    }
    if ((key == Qt::Key_Backspace && plain) || (key == Qt::Key_Left && event->modifiers() == Qt::AltModifier)) {
        goBack();
        return;
    }
    // Also reached here when the window is not active and the shortcut could not fire.
    if (key == Qt::Key_R && event->modifiers() == Qt::ControlModifier) {
        restart();
        return;
    }
    QWidget::keyPressEvent(event);
}

void OrientationPage::showCurrent()
{
    refreshBreadcrumb();
    m_errorLabel->hide();
    if (const orientation::Question *q = m_walk->current()) {
        m_stack->setCurrentWidget(m_questionPage);
        showQuestion(*q);
    } else if (m_walk->isFinished()) {
        m_stack->setCurrentWidget(m_resultPage);
        showResult();
    } else {
        // An empty tree (the default failed to load): say so rather than show nothing.
        m_stack->setCurrentWidget(m_questionPage);
        m_questionLabel->setText(tr("No orientation tree is available."));
        clearLayout(m_answersLayout);
        m_answerButtons.clear();
    }
}

void OrientationPage::showQuestion(const orientation::Question &q)
{
    m_typedNumber = 0;
    // A new question starts at its top (the previous one may have been scrolled to its 13th answer).
    for (QWidget *w = m_answersBox->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->verticalScrollBar()->setValue(0);
            break;
        }
    const bool easy = m_easyCheck->isChecked();
    m_stepLabel->setText(tr("Question %1").arg(m_walk->steps().size() + 1));
    m_questionLabel->setText(q.displayText(easy));
    m_helpLabel->setText(q.help);
    m_helpLabel->setVisible(!q.help.isEmpty());
    m_backButton->setEnabled(!m_walk->steps().isEmpty());

    clearLayout(m_answersLayout);
    m_answerButtons.clear();
    delete m_answerGroup;
    m_answerGroup = nullptr;
    m_valueEdit = nullptr;
    const QVariant suggestion = m_walk->suggestion();
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);

    if (q.type == orientation::QuestionType::Number || q.type == orientation::QuestionType::Commune) {
        auto *row = new QHBoxLayout;
        m_valueEdit = new QLineEdit(m_answersBox);
        m_valueEdit->setObjectName(q.type == orientation::QuestionType::Number ? QStringLiteral("numberLineEdit")
                                                                               : QStringLiteral("communeLineEdit"));
        m_valueEdit->setAccessibleName(q.text);
        m_valueEdit->setFont(big);
        m_valueEdit->setMaxLength(q.type == orientation::QuestionType::Number ? 12 : 120);
        if (q.type == orientation::QuestionType::Number) {
            m_valueEdit->setMaximumWidth(m_valueEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
            if (suggestion.isValid())
                m_valueEdit->setText(QLocale(QLocale::French).toString(suggestion.toDouble(), 'g', 10));
        } else if (suggestion.isValid()) {
            m_valueEdit->setText(suggestion.toString());
        }
        row->addWidget(m_valueEdit);
        if (!q.unit.isEmpty()) {
            QLabel *unit = plainLabel(QStringLiteral("unitLabel"), m_answersBox, 1.35);
            unit->setText(q.unit);
            row->addWidget(unit);
        }
        row->addStretch(1);
        m_answersLayout->addLayout(row);
        auto *hint = new QLabel(q.type == orientation::QuestionType::Number ? tr("Type a number, then Enter.")
                                                                            : tr("Type a commune or a postcode, then Enter."),
                                m_answersBox);
        hint->setObjectName(QStringLiteral("answerHintLabel"));
        hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_answersLayout->addWidget(hint);
        m_answersLayout->addStretch(1);
        m_valueEdit->setFocus();
        return;
    }

    const bool multiple = q.type == orientation::QuestionType::MultipleChoice;
    m_answerGroup = new QButtonGroup(this);
    m_answerGroup->setExclusive(!multiple);
    const QStringList suggested = suggestion.toStringList();
    for (int i = 0; i < q.answers.size(); ++i) {
        const orientation::Answer &a = q.answers.at(i);
        const QString label = easy && !a.easyLabel.isEmpty() ? a.easyLabel : a.label;
        const QString key = numberKeyText(i);
        // Button texts are never rich text; '&' is doubled so that it shows and makes no mnemonic.
        QString text = key.isEmpty() ? label : QStringLiteral("%1.  %2").arg(key, label);
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAbstractButton *button = multiple ? static_cast<QAbstractButton *>(new QCheckBox(text, m_answersBox))
                                           : static_cast<QAbstractButton *>(new QRadioButton(text, m_answersBox));
        button->setObjectName(QStringLiteral("answerButton%1").arg(i));
        button->setAccessibleName(label);
        button->setFont(big);
        button->setMinimumHeight(button->fontMetrics().height() * 2);
        m_answerGroup->addButton(button, i);
        m_answersLayout->addWidget(button);
        m_answerButtons.append(button);
        if (suggested.contains(a.id))
            button->setChecked(true);
        connect(button, &QAbstractButton::toggled, m_errorLabel, &QWidget::hide);
        connect(button, &QAbstractButton::toggled, this, [this, button](bool on) {
            if (on)
                showAnswer(button);
        });
    }
    m_answersLayout->addStretch(1);
    const int count = int(q.answers.size());
    QString hintText = multiple ? tr("Several answers possible: press their numbers (or Up, Down and Space), then Enter.")
                                : tr("Press the answer's number (or Up and Down), then Enter.");
    if (count >= 10)
        hintText += QLatin1Char(' ') + tr("Two-digit numbers: type both digits in a row (1 then 2 for 12).");
    auto *hint = new QLabel(hintText, m_answersBox);
    hint->setObjectName(QStringLiteral("answerHintLabel"));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_answersLayout->addWidget(hint);
    // Keys go to this page: digits, Enter and Backspace are not used by the answer buttons.
    setFocus();
}

void OrientationPage::refreshBreadcrumb()
{
    clearLayout(m_breadcrumbLayout);
    const bool easy = m_easyCheck->isChecked();
    const auto &steps = m_walk->steps();
    auto *startButton = new QPushButton(tr("Start"), m_breadcrumb);
    startButton->setObjectName(QStringLiteral("breadcrumbStartButton"));
    startButton->setFlat(true);
    startButton->setAutoDefault(false);
    startButton->setEnabled(!steps.isEmpty());
    connect(startButton, &QPushButton::clicked, this, [this] {
        if (m_walk->jumpTo(0))
            showCurrent();
    });
    m_breadcrumbLayout->addWidget(startButton);
    for (int i = 0; i < steps.size(); ++i) {
        auto *sep = new QLabel(QStringLiteral("›"), m_breadcrumb);
        m_breadcrumbLayout->addWidget(sep);
        QString text = m_walk->describe(steps.at(i), easy);
        if (text.size() > 40)
            text = text.left(38) + QStringLiteral("…");
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *button = new QPushButton(text, m_breadcrumb);
        button->setObjectName(QStringLiteral("breadcrumbButton%1").arg(i));
        button->setFlat(true);
        button->setAutoDefault(false);
        const orientation::Question *q = m_tree.question(steps.at(i).questionId);
        button->setToolTip(tr("Change this answer: %1").arg(q ? q->text : QString()));
        button->setAccessibleName(tr("Change the answer « %1 »").arg(text));
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (m_walk->jumpTo(i))
                showCurrent();
        });
        m_breadcrumbLayout->addWidget(button);
    }
    m_breadcrumbLayout->addStretch(1);
}

void OrientationPage::showResult()
{
    recordOrientation();
    refreshOffices();
}

void OrientationPage::refreshOffices()
{
    const bool easy = m_easyCheck->isChecked();
    clearLayout(m_outcomesLayout);
    m_offices.clear();

    // From where: the commune typed (or answered in the tree), else the structure.
    std::optional<double> lat, lon;
    QString fromText;
    QString commune = m_fromCommuneEdit->text().trimmed();
    if (commune.isEmpty()) {
        for (const auto &step : m_walk->steps()) {
            const orientation::Question *q = m_tree.question(step.questionId);
            if (q && q->type == orientation::QuestionType::Commune)
                commune = step.value.toString();
        }
    }
    if (!commune.isEmpty() && m_finder) {
        if (auto where = m_finder->locate(commune)) {
            lat = where->first;
            lon = where->second;
            fromText = tr("Distances from %1.").arg(commune);
        } else {
            fromText = tr("« %1 » is not in the places register; distances from the structure.").arg(commune);
        }
    }
    // The structure: its coordinates, else where the places register or a layer puts it.
    if (!lat) {
        if (const auto origin = structure::structureOrigin(m_services.database)) {
            lat = origin->latitude;
            lon = origin->longitude;
            if (fromText.isEmpty())
                fromText = origin->source == structure::LocatedPoint::Source::Profile
                    ? tr("Distances from %1.").arg(origin->label)
                    : tr("Distances from %1 (the structure has no coordinates yet: Settings).").arg(origin->label);
        }
    }
    if (!lat && fromText.isEmpty())
        fromText = tr("The structure has no coordinates (Settings) and its commune is not in the places register: "
                      "places are not sorted by distance.");
    m_fromLabel->setText(fromText);

    const QDateTime now = m_services.clock.nowLocal();
    const auto outcomes = m_walk->outcomes();
    for (int n = 0; n < outcomes.size(); ++n) {
        const orientation::Outcome &o = *outcomes.at(n);
        auto *frame = new QFrame(m_outcomesBox);
        frame->setObjectName(QStringLiteral("outcomeFrame_%1").arg(o.id));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        QLabel *title = plainLabel(QStringLiteral("outcomeTitleLabel_%1").arg(o.id), frame, 1.45, true);
        title->setText(QStringLiteral("%1. %2").arg(n + 1).arg(o.title));
        box->addWidget(title);
        QLabel *summary = plainLabel(QStringLiteral("outcomeSummaryLabel"), frame, 1.1);
        summary->setText(o.displaySummary(easy));
        box->addWidget(summary);

        QStringList kinds;
        for (const QString &code : o.offices)
            kinds.append(vocab::label(vocab::Kind::Typologie, code));
        QLabel *where = plainLabel(QStringLiteral("officeKindLabel"), frame, 1.0, true);
        where->setText(tr("Where to go: %1").arg(kinds.join(QStringLiteral(", "))));
        box->addWidget(where);

        orientation::OfficeQuery query;
        query.typologies = o.offices;
        query.services = {QStringLiteral("aide_demarches")}; // places that help with procedures, too
        query.latitude = lat;
        query.longitude = lon;
        query.at = now;
        query.limit = 3;
        const QList<orientation::SuggestedOffice> offices = m_finder ? m_finder->nearest(query)
                                                                     : QList<orientation::SuggestedOffice>();
        m_offices.append(offices);
        if (offices.isEmpty()) {
            QLabel *none = plainLabel(QStringLiteral("noOfficeLabel"), frame);
            none->setText(tr("No such place in the places register yet: import the places of the territory "
                             "(Map section)."));
            box->addWidget(none);
        }
        for (const orientation::SuggestedOffice &office : offices) {
            QStringList parts{office.nom};
            if (office.distanceKm)
                parts.append(tr("%1 km").arg(QLocale().toString(*office.distanceKm, 'f', 1)));
            if (!office.fullAddress().isEmpty())
                parts.append(office.fullAddress());
            if (!office.openingStatus.isEmpty())
                parts.append(office.openingStatus);
            if (!office.telephone.isEmpty())
                parts.append(validate::displayTelephone(office.telephone)); // « 04 92 89 10 23 »
            if (office.match == orientation::SuggestedOffice::Match::Service)
                parts.append(tr("helps with administrative procedures"));
            QLabel *line = plainLabel(QStringLiteral("officeLabel"), frame);
            line->setText(QStringLiteral("• ") + parts.join(QStringLiteral(" — ")));
            if (office.openNow.has_value())
                line->setStyleSheet(*office.openNow ? QStringLiteral("color: #1b5e20;") : QString());
            box->addWidget(line);
        }

        if (!o.documents.isEmpty()) {
            QLabel *docs = plainLabel(QStringLiteral("documentsHeading"), frame, 1.0, true);
            docs->setText(tr("Documents to bring:"));
            box->addWidget(docs);
            for (const QString &d : o.documents) {
                QString text = d;
                text.replace(QLatin1Char('&'), QStringLiteral("&&"));
                auto *check = new QCheckBox(text, frame);
                check->setObjectName(QStringLiteral("documentCheckBox"));
                box->addWidget(check);
            }
        }
        if (!o.online.isEmpty()) {
            QLabel *online = plainLabel(QStringLiteral("onlineHeading"), frame, 1.0, true);
            online->setText(tr("Online:"));
            box->addWidget(online);
            for (const orientation::OnlineService &s : o.online) {
                // Rich text only for the link, every part escaped; the URL was checked to be https.
                auto *link = new QLabel(frame);
                link->setObjectName(QStringLiteral("onlineLinkLabel"));
                link->setTextFormat(Qt::RichText);
                link->setOpenExternalLinks(true);
                link->setTextInteractionFlags(Qt::TextBrowserInteraction);
                QString html = QStringLiteral("<a href=\"%1\">%2</a> — %3")
                                   .arg(s.url.toHtmlEscaped(), s.label.toHtmlEscaped(), s.url.toHtmlEscaped());
                if (s.franceConnect)
                    html += QStringLiteral(" — %1").arg(tr("FranceConnect accepted").toHtmlEscaped());
                link->setText(html);
                link->setWordWrap(true);
                box->addWidget(link);
            }
        }
        if (!o.mediatorNote.isEmpty()) {
            QLabel *note = plainLabel(QStringLiteral("mediatorNoteLabel"), frame);
            note->setText(tr("For the mediator: %1").arg(o.mediatorNote));
            QFont f = note->font();
            f.setItalic(true);
            note->setFont(f);
            box->addWidget(note);
        }
        m_outcomesLayout->addWidget(frame);
    }
    if (outcomes.isEmpty()) {
        QLabel *none = plainLabel(QStringLiteral("noOutcomeLabel"), m_outcomesBox, 1.2);
        none->setText(tr("This path of the tree leads to no right or procedure."));
        m_outcomesLayout->addWidget(none);
    }
}

void OrientationPage::recordOrientation()
{
    const QStringList outcomes = m_walk->outcomeIds();
    if (!m_recordedId.isEmpty() && outcomes == m_recordedOutcomes)
        return;
    orientation::OrientationStore store(m_services.database);
    if (!m_recordedId.isEmpty()) // the result changed after going back: the earlier record is withdrawn
        (void)store.remove(m_recordedId);
    orientation::OrientationRecord r;
    r.treeId = m_tree.id;
    r.treeVersion = m_tree.version;
    r.date = m_services.clock.today();
    r.outcomes = outcomes;
    for (const orientation::Outcome *o : m_walk->outcomes()) {
        if (!r.families.contains(o->family))
            r.families.append(o->family);
        for (const QString &office : o->offices) {
            if (!r.offices.contains(office))
                r.offices.append(office);
        }
    }
    r.answers = m_walk->answersJson();
    if (auto user = structure::StructureStore(m_services.database).currentUser())
        r.userId = user->id;
    const itinerant::CurrentStop *stop = m_services.currentStop;
    if (stop && stop->isSet())
        r.stopId = stop->stopId();
    const Result<QString> id = store.record(r);
    if (id) {
        m_recordedId = *id;
        m_recordedOutcomes = outcomes;
        m_recordLabel->setText(r.stopId.isEmpty()
                ? tr("This orientation is counted in the activity statistics.")
                : tr("This orientation is counted in the activity statistics — stop: %1.").arg(stop->label()));
    } else {
        m_recordedId.clear();
        m_recordLabel->setText(tr("The orientation could not be recorded: %1").arg(id.errorMessage()));
    }
}

reports::OrientationSheetData OrientationPage::sheetData() const
{
    reports::OrientationSheetData d;
    structure::StructureStore structures(m_services.database);
    if (const auto profile = structures.profile()) {
        d.structureName = profile->nom;
        d.structureAddress = QStringList{profile->adresse, QString(profile->codePostal + QLatin1Char(' ') + profile->commune)}
                                 .join(QStringLiteral(", "));
        d.structureTelephone = profile->telephone;
    }
    if (const auto user = structures.currentUser())
        d.mediatorName = user->displayName;
    d.date = m_services.clock.today();
    d.visitorFirstName = m_firstNameEdit->text().trimmed();
    d.note = m_noteEdit->toPlainText();
    const bool easy = m_easyCheck->isChecked();
    const auto outcomes = m_walk->outcomes();
    for (int n = 0; n < outcomes.size(); ++n) {
        const orientation::Outcome &o = *outcomes.at(n);
        reports::OrientationSheetData::Step step;
        step.title = o.title;
        step.summary = o.displaySummary(easy);
        QStringList kinds;
        for (const QString &code : o.offices)
            kinds.append(vocab::label(vocab::Kind::Typologie, code));
        step.officeKind = kinds.join(QStringLiteral(", "));
        for (const orientation::SuggestedOffice &office : m_offices.value(n))
            step.offices.append({office.nom, office.fullAddress(), office.horaires, office.telephone,
                                 office.distanceKm.value_or(-1)});
        step.documents = o.documents;
        for (const orientation::OnlineService &s : o.online)
            step.online.append({s.label, s.url, s.franceConnect});
        d.steps.append(step);
    }
    return d;
}

std::unique_ptr<QTextDocument> OrientationPage::sheetDocument() const
{
    return reports::buildOrientationSheet(sheetData());
}

void OrientationPage::previewSheet()
{
    const reports::OrientationSheetData data = sheetData();
    DocumentPreview::preview(this, reports::orientationSheetInfo(data), [data] { return reports::buildOrientationSheet(data); });
}

void OrientationPage::saveSheetPdf()
{
    const reports::OrientationSheetData data = sheetData();
    const QString fileName = tr("orientation-%1.pdf").arg(data.date.toString(Qt::ISODate));
    DocumentPreview::savePdf(this, reports::orientationSheetInfo(data),
                             [data] { return reports::buildOrientationSheet(data); }, fileName, m_savedLabel);
}

} // namespace escale::ui
