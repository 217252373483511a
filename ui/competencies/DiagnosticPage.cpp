#include "ui/competencies/DiagnosticPage.h"

#include "activity/Beneficiary.h"
#include "common/Validators.h"
#include "common/Vocabulary.h"
#include "itinerant/CurrentStop.h"
#include "reports/Passeport.h"
#include "structure/StructureProfile.h"
#include "ui/competencies/FrameworkCopyDialog.h"
#include "ui/widgets/DocumentPreview.h"
#include "ui/widgets/FormHelpers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>
#include <QValueAxis>

namespace escale::ui {

using namespace competencies;

namespace {

enum Page { SetupPage, QuestionPage, ResultPage };

QLabel *makeHeading(const QString &text, QWidget *parent, qreal scale = 1.35)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

} // namespace

DiagnosticPage::DiagnosticPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_store(services.database)
    , m_library(services.database)
    , m_placeFinder(makePlaceFinder(services.database))
{
    setObjectName(QStringLiteral("diagnosticPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("diagnosticStack"));
    m_stack->addWidget(buildSetupPage());
    m_stack->addWidget(buildQuestionPage());
    m_stack->addWidget(buildResultPage());
    layout->addWidget(m_stack);
    setFocusProxy(m_framework);
    reload();
}

DiagnosticPage::~DiagnosticPage() = default;

void DiagnosticPage::setPlaceFinder(std::unique_ptr<PlaceFinder> finder)
{
    m_placeFinder = std::move(finder);
}

// ---- Setup ------------------------------------------------------------------------------------------

QWidget *DiagnosticPage::buildSetupPage()
{
    auto *page = new QWidget(this);
    auto *columns = new QHBoxLayout(page);
    columns->setSpacing(24);

    auto *left = new QVBoxLayout;
    left->addWidget(makeHeading(tr("New diagnostic"), page));
    auto *intro = new QLabel(tr("Observe the person doing each gesture and note how autonomous they are. "
                                "The quick mode asks two gateway gestures per domain first and deduces the rest "
                                "when the answer is clear: about five minutes."),
        page);
    intro->setWordWrap(true);
    left->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_framework = new QComboBox(page);
    m_framework->setObjectName(QStringLiteral("frameworkComboBox"));
    addFormRow(form, tr("&Framework"), m_framework);
    m_frameworkInfo = new QLabel(page);
    m_frameworkInfo->setObjectName(QStringLiteral("frameworkInfoLabel"));
    m_frameworkInfo->setWordWrap(true);
    m_frameworkInfo->setStyleSheet(QStringLiteral("color: #555;"));
    m_frameworkInfo->setMinimumWidth(420);
    m_frameworkInfo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form->addRow(QString(), m_frameworkInfo);

    m_anonymous = new QCheckBox(tr("&Anonymous visitor (nothing recorded about the person)"), page);
    m_anonymous->setObjectName(QStringLiteral("anonymousCheckBox"));
    m_anonymous->setChecked(true);
    form->addRow(QString(), m_anonymous);
    m_personSearch = new QLineEdit(page);
    m_personSearch->setObjectName(QStringLiteral("personSearchLineEdit"));
    m_personSearch->setPlaceholderText(tr("First name or name…"));
    m_personSearch->setClearButtonEnabled(true);
    addFormRow(form, tr("&Person"), m_personSearch);
    m_people = new QListWidget(page);
    m_people->setObjectName(QStringLiteral("peopleListWidget"));
    m_people->setAccessibleName(tr("People found"));
    m_people->setMaximumHeight(120);
    form->addRow(QString(), m_people);

    m_date = new QDateEdit(m_services.clock.today(), page);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    addFormRow(form, tr("&Date"), m_date);
    m_quick = new QCheckBox(tr("&Quick mode (gateway gestures first)"), page);
    m_quick->setObjectName(QStringLiteral("quickModeCheckBox"));
    m_quick->setChecked(true);
    form->addRow(QString(), m_quick);
    left->addLayout(form);

    m_setupError = makeErrorLabel(QStringLiteral("setupErrorLabel"), page);
    left->addWidget(m_setupError);
    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start the diagnostic"), page);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    buttons->addWidget(m_start);
    auto *copy = new QPushButton(tr("&Copy and adapt this framework…"), page);
    copy->setObjectName(QStringLiteral("copyFrameworkButton"));
    buttons->addWidget(copy);
    buttons->addStretch();
    left->addLayout(buttons);
    left->addStretch();
    columns->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    right->addWidget(makeHeading(tr("Recent diagnostics"), page, 1.1));
    auto *hint = new QLabel(tr("Open one to resume it or to print its passeport again."), page);
    hint->setWordWrap(true);
    right->addWidget(hint);
    m_recent = new QListWidget(page);
    m_recent->setObjectName(QStringLiteral("recentListWidget"));
    m_recent->setAccessibleName(tr("Recent diagnostics"));
    right->addWidget(m_recent, 1);
    auto *openButton = new QPushButton(tr("&Open"), page);
    openButton->setObjectName(QStringLiteral("openButton"));
    right->addWidget(openButton, 0, Qt::AlignRight);
    columns->addLayout(right, 2);

    connect(m_framework, &QComboBox::currentIndexChanged, this, &DiagnosticPage::updateFrameworkInfo);
    connect(m_anonymous, &QCheckBox::toggled, this, [this](bool anonymous) {
        m_personSearch->setEnabled(!anonymous);
        m_people->setEnabled(!anonymous);
        if (!anonymous)
            m_personSearch->setFocus();
    });
    connect(m_personSearch, &QLineEdit::textChanged, this, &DiagnosticPage::searchPeople);
    connect(m_start, &QPushButton::clicked, this, &DiagnosticPage::start);
    connect(copy, &QPushButton::clicked, this, &DiagnosticPage::copyFramework);
    auto openSelected = [this] {
        if (QListWidgetItem *item = m_recent->currentItem())
            open(item->data(Qt::UserRole).toString());
    };
    connect(openButton, &QPushButton::clicked, this, openSelected);
    connect(m_recent, &QListWidget::itemActivated, this, openSelected);
    m_personSearch->setEnabled(false);
    m_people->setEnabled(false);
    return page;
}

void DiagnosticPage::reload()
{
    const QString current = m_framework->currentData().toString();
    m_frameworks = m_library.all();
    {
        const QSignalBlocker blocker(m_framework);
        m_framework->clear();
        for (const Framework &f : m_frameworks)
            m_framework->addItem(f.title, f.id);
        const int index = m_framework->findData(current);
        m_framework->setCurrentIndex(index >= 0 ? index : 0);
    }
    updateFrameworkInfo();
    searchPeople();

    m_recent->clear();
    const QLocale locale;
    for (const Diagnostic &d : m_store.recent(30)) {
        const auto f = std::find_if(
            m_frameworks.begin(), m_frameworks.end(), [&](const Framework &x) { return x.id == d.frameworkId; });
        const QString frameworkTitle = f != m_frameworks.end() ? f->title : d.frameworkId;
        const QString text = tr("%1 — %2 — %3%4")
                                 .arg(locale.toString(d.date, QLocale::ShortFormat), personName(d.beneficiaryId),
                                     frameworkTitle, d.isComplete() ? QString() : tr(" (unfinished)"));
        auto *item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, d.id);
    }
}

void DiagnosticPage::updateFrameworkInfo()
{
    const int index = m_framework->currentIndex();
    if (index < 0 || index >= m_frameworks.size()) {
        m_frameworkInfo->clear();
        return;
    }
    const Framework &f = m_frameworks.at(index);
    QString text = f.description.isEmpty() ? QString() : f.description + QLatin1Char('\n');
    const int items = f.itemCount();
    const int domains = int(f.domains.size());
    text += tr("%1 in %2, version %3. Licence: %4.")
                .arg(tr("%Ln item(s)", nullptr, items), tr("%Ln domain(s)", nullptr, domains), f.version, f.licence);
    if (!f.attribution.isEmpty())
        text += QLatin1Char('\n') + f.attribution;
    m_frameworkInfo->setText(text);
}

QString DiagnosticPage::personName(const QString &beneficiaryId) const
{
    if (beneficiaryId.isEmpty())
        return tr("Anonymous");
    const auto person = activity::BeneficiaryStore(m_services.database).find(beneficiaryId);
    return person ? person->displayName() : tr("Person erased");
}

void DiagnosticPage::searchPeople()
{
    m_people->clear();
    const QString text = m_personSearch->text().trimmed();
    activity::BeneficiaryStore people(m_services.database);
    const QList<activity::Beneficiary> found = text.isEmpty() ? people.all().mid(0, 30) : people.search(text, 30);
    for (const activity::Beneficiary &b : found) {
        QString label = b.displayName();
        if (b.anneeNaissance > 0)
            label += QStringLiteral(" (%1)").arg(b.anneeNaissance);
        auto *item = new QListWidgetItem(label, m_people);
        item->setData(Qt::UserRole, b.id);
    }
    if (m_people->count() > 0)
        m_people->setCurrentRow(0);
}

void DiagnosticPage::start()
{
    setError(m_setupError, QString());
    const int index = m_framework->currentIndex();
    if (index < 0 || index >= m_frameworks.size()) {
        setError(m_setupError, tr("Choose a framework."));
        return;
    }
    const Framework &f = m_frameworks.at(index);
    Diagnostic d;
    d.frameworkId = f.id;
    d.frameworkVersion = f.version;
    d.date = m_date->date();
    d.quick = m_quick->isChecked();
    if (!m_anonymous->isChecked()) {
        QListWidgetItem *person = m_people->currentItem();
        if (!person) {
            setError(m_setupError, tr("Choose the person in the list, or tick « Anonymous visitor »."));
            return;
        }
        d.beneficiaryId = person->data(Qt::UserRole).toString();
    }
    if (const auto user = structure::StructureStore(m_services.database).currentUser())
        d.mediator = user->displayName;
    if (m_services.currentStop) // the bus stop it is made at, if any
        d.stopId = m_services.currentStop->stopId();
    const Result<QString> id = m_store.create(d);
    if (!id) {
        setError(m_setupError, id.errorMessage());
        return;
    }
    open(*id);
}

void DiagnosticPage::open(const QString &diagnosticId)
{
    Result<Diagnostic> d = m_store.find(diagnosticId);
    if (!d) {
        setError(m_setupError, d.errorMessage());
        return;
    }
    const auto f = std::find_if(
        m_frameworks.begin(), m_frameworks.end(), [&](const Framework &x) { return x.id == d->frameworkId; });
    if (f == m_frameworks.end()) {
        setError(
            m_setupError, tr("The framework « %1 » of this diagnostic is not available any more.").arg(d->frameworkId));
        return;
    }
    m_session = std::make_unique<DiagnosticSession>(m_store, *f, *d);
    rebuildAnswerButtons();
    const int next = m_session->nextToAsk();
    if (d->isComplete() || next < 0)
        showResult();
    else
        showQuestion(next);
}

// ---- Questions ----------------------------------------------------------------------------------------

QWidget *DiagnosticPage::buildQuestionPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(10);
    m_header = new QLabel(page);
    m_header->setObjectName(QStringLiteral("questionHeaderLabel"));
    m_header->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_header);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setFormat(tr("%v of %m answered"));
    layout->addWidget(m_progress);
    m_domain = makeHeading(QString(), page, 1.1);
    m_domain->setObjectName(QStringLiteral("domainLabel"));
    m_domain->setStyleSheet(QStringLiteral("color: #1d5c8f;"));
    layout->addWidget(m_domain);
    m_item = makeHeading(QString(), page, 1.7);
    m_item->setObjectName(QStringLiteral("itemLabel"));
    layout->addWidget(m_item);
    m_observable = new QLabel(page);
    m_observable->setObjectName(QStringLiteral("observableLabel"));
    m_observable->setWordWrap(true);
    QFont of = m_observable->font();
    of.setPointSizeF(of.pointSizeF() * 1.15);
    m_observable->setFont(of);
    layout->addWidget(m_observable);
    m_current = new QLabel(page);
    m_current->setObjectName(QStringLiteral("currentAnswerLabel"));
    m_current->setStyleSheet(QStringLiteral("color: #555; font-style: italic;"));
    layout->addWidget(m_current);

    auto *answers = new QWidget(page);
    m_answerLayout = new QVBoxLayout(answers);
    m_answerLayout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(answers);
    m_questionError = makeErrorLabel(QStringLiteral("questionErrorLabel"), page);
    layout->addWidget(m_questionError);
    layout->addStretch();

    auto *nav = new QHBoxLayout;
    auto *back = new QPushButton(tr("← &Previous"), page);
    back->setObjectName(QStringLiteral("previousButton"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *next = new QPushButton(tr("&Next →"), page);
    next->setObjectName(QStringLiteral("nextButton"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto *finish = new QPushButton(tr("See the &result"), page);
    finish->setObjectName(QStringLiteral("finishButton"));
    auto *leave = new QPushButton(tr("&Pause (resume later)"), page);
    leave->setObjectName(QStringLiteral("pauseButton"));
    nav->addWidget(back);
    nav->addWidget(next);
    nav->addStretch();
    nav->addWidget(leave);
    nav->addWidget(finish);
    layout->addLayout(nav);

    connect(back, &QPushButton::clicked, this, [this] {
        if (m_session && m_index > 0)
            showQuestion(m_index - 1);
    });
    connect(next, &QPushButton::clicked, this, [this] {
        if (m_session && m_index + 1 < m_session->total())
            showQuestion(m_index + 1);
    });
    connect(finish, &QPushButton::clicked, this, &DiagnosticPage::showResult);
    connect(leave, &QPushButton::clicked, this, [this] {
        m_session.reset();
        reload();
        m_stack->setCurrentIndex(SetupPage);
    });
    return page;
}

void DiagnosticPage::rebuildAnswerButtons()
{
    for (QPushButton *b : std::as_const(m_answerButtons))
        delete b;
    m_answerButtons.clear();
    m_answerCodes.clear();
    if (!m_session)
        return;
    const Framework &f = m_session->framework();
    m_answerCodes = f.answerCodes();
    m_answerCodes << QString::fromLatin1(NotEvaluated);
    for (int i = 0; i < m_answerCodes.size(); ++i) {
        const QString &code = m_answerCodes.at(i);
        const bool notEvaluated = code == QLatin1String(NotEvaluated);
        const int key = notEvaluated ? 0 : i + 1;
        auto *button = new QPushButton(
            QStringLiteral("%1   %2").arg(key).arg(f.answerLabel(code)), m_answerLayout->parentWidget());
        button->setObjectName(QStringLiteral("answerButton_%1").arg(key));
        button->setAccessibleName(f.answerLabel(code));
        button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 7px 12px; font-size: 11pt; }"
                                             "QPushButton:checked { background-color: #1d5c8f; color: white; }"));
        button->setCheckable(true);
        connect(button, &QPushButton::clicked, this, [this, i] { answerCurrent(i); });
        m_answerLayout->addWidget(button);
        m_answerButtons.append(button);
    }
}

void DiagnosticPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stack->currentIndex() == SetupPage)
        reload();
}

void DiagnosticPage::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (m_session && m_stack->currentIndex() == QuestionPage && plain && event->key() >= Qt::Key_0
        && event->key() <= Qt::Key_9) {
        const int key = event->key() - Qt::Key_0;
        for (int i = 0; i < m_answerButtons.size(); ++i) {
            const bool notEvaluated = m_answerCodes.at(i) == QLatin1String(NotEvaluated);
            if ((key == 0 && notEvaluated) || (key > 0 && !notEvaluated && key == i + 1)) {
                answerCurrent(i);
                event->accept();
                return;
            }
        }
    }
    QWidget::keyPressEvent(event);
}

void DiagnosticPage::showQuestion(int index)
{
    if (!m_session || index < 0 || index >= m_session->total())
        return;
    m_index = index;
    setError(m_questionError, QString());
    const Framework &f = m_session->framework();
    const QString code = m_session->order().at(index);
    const Item *item = f.item(code);
    const Domain *domain = item ? f.domain(item->domainCode) : nullptr;
    const QLocale locale;
    const QString who = personName(m_session->diagnostic().beneficiaryId);
    const QString day = locale.toString(m_session->diagnostic().date, QLocale::ShortFormat);
    const int number = index + 1;
    if (m_session->diagnostic().quick) {
        // The quick mode asks the gateway gestures and deduces the rest: how many it will ask is not
        // known in advance, so no « of 30 » that the end would contradict (QA 4, #20).
        int asked = 0;
        for (const QString &c : m_session->order())
            if (m_session->isAnswered(c) && !m_session->isInferred(c))
                ++asked;
        const int deduced = m_session->answeredCount() - asked;
        const int total = m_session->total();
        m_header->setText(tr("%1 — %2 — %3 — question %4 (quick mode: the other gestures are deduced)")
                              .arg(who, day, f.title)
                              .arg(number));
        m_progress->setFormat(tr("%1 of %2 gestures assessed (%3, %4)")
                                  .arg(QLocale().toString(m_session->answeredCount()), QLocale().toString(total),
                                      tr("%Ln answered", nullptr, asked), tr("%Ln deduced", nullptr, deduced)));
    } else {
        m_header->setText(
            tr("%1 — %2 — %3 — question %4 of %5").arg(who, day, f.title).arg(number).arg(m_session->total()));
        m_progress->setFormat(tr("%v of %m answered"));
    }
    m_progress->setMaximum(m_session->total());
    m_progress->setValue(m_session->answeredCount());
    m_domain->setText(domain ? domain->title : QString());
    m_item->setText(
        item ? (f.scale == Scale::Niveaux ? item->code + QStringLiteral(" ") + item->title : item->title) : code);
    m_observable->setText(item ? item->observable : QString());
    m_observable->setVisible(item && !item->observable.isEmpty());
    const QString answer = m_session->answerOf(code);
    if (answer.isEmpty())
        m_current->setText(tr("Not answered yet. Keys: 1, 2, 3… for the answer, 0 for « not assessed »."));
    else if (m_session->isInferred(code))
        m_current->setText(
            tr("Deduced from the gateway gestures: %1. Answer to change it.").arg(f.answerLabel(answer)));
    else
        m_current->setText(tr("Answer given: %1.").arg(f.answerLabel(answer)));
    for (int i = 0; i < m_answerButtons.size(); ++i)
        m_answerButtons.at(i)->setChecked(!answer.isEmpty() && m_answerCodes.at(i) == answer);
    m_stack->setCurrentIndex(QuestionPage);
    if (!m_answerButtons.isEmpty())
        m_answerButtons.first()->setFocus();
}

void DiagnosticPage::answerCurrent(int buttonIndex)
{
    if (!m_session || buttonIndex < 0 || buttonIndex >= m_answerCodes.size())
        return;
    const QString item = m_session->order().at(m_index);
    if (Status s = m_session->answer(item, m_answerCodes.at(buttonIndex)); !s) {
        setError(m_questionError, s.errorMessage());
        showQuestion(m_index);
        return;
    }
    goNext();
}

void DiagnosticPage::goNext()
{
    int next = m_session->nextToAsk(m_index + 1);
    if (next < 0)
        next = m_session->nextToAsk(0);
    if (next < 0) {
        if (Status s = m_session->finish(); !s)
            setError(m_questionError, s.errorMessage());
        showResult();
        return;
    }
    showQuestion(next);
}

// ---- Result -------------------------------------------------------------------------------------------

QWidget *DiagnosticPage::buildResultPage()
{
    // No scroll area: the page is laid out to fit 1366×768 (the lists shrink first).
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_resultTitle = makeHeading(QString(), page);
    m_resultTitle->setObjectName(QStringLiteral("resultTitleLabel"));
    layout->addWidget(m_resultTitle);
    m_overall = makeHeading(QString(), page, 1.15);
    m_overall->setObjectName(QStringLiteral("overallLabel"));
    m_overall->setStyleSheet(QStringLiteral("color: #1d5c8f;"));
    layout->addWidget(m_overall);

    auto *middle = new QHBoxLayout;
    m_domains = new QTableWidget(page);
    m_domains->setObjectName(QStringLiteral("domainTableWidget"));
    m_domains->setAccessibleName(tr("Profile per domain"));
    m_domains->setColumnCount(4);
    m_domains->setHorizontalHeaderLabels({ tr("Domain"), tr("Profile"), tr("Score"), tr("Previous") });
    m_domains->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_domains->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_domains->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_domains->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_domains->verticalHeader()->hide();
    m_domains->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_domains->setSelectionMode(QAbstractItemView::NoSelection);
    m_domains->verticalHeader()->setDefaultSectionSize(m_domains->fontMetrics().height() + 10);
    m_domains->setMinimumHeight(7 * (m_domains->fontMetrics().height() + 10));
    middle->addWidget(m_domains, 3);

    m_chart = new QChartView(page);
    m_chart->setObjectName(QStringLiteral("progressChartView"));
    m_chart->setAccessibleName(tr("Progress since the previous diagnostic"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(420, 240);
    middle->addWidget(m_chart, 3);
    layout->addLayout(middle);

    auto *nextBox = new QGroupBox(tr("Next step"), page);
    auto *nextLayout = new QVBoxLayout(nextBox);
    m_nextStep = new QLabel(nextBox);
    m_nextStep->setObjectName(QStringLiteral("nextStepLabel"));
    m_nextStep->setWordWrap(true);
    QFont nf = m_nextStep->font();
    nf.setBold(true);
    m_nextStep->setFont(nf);
    nextLayout->addWidget(m_nextStep);
    auto *lists = new QHBoxLayout;
    auto *workColumn = new QVBoxLayout;
    workColumn->addWidget(new QLabel(tr("To work on:"), nextBox));
    m_toWorkOn = new QListWidget(nextBox);
    m_toWorkOn->setObjectName(QStringLiteral("toWorkOnListWidget"));
    m_toWorkOn->setAccessibleName(tr("To work on"));
    m_toWorkOn->setMinimumHeight(90);
    workColumn->addWidget(m_toWorkOn);
    lists->addLayout(workColumn, 1);
    auto *placeColumn = new QVBoxLayout;
    placeColumn->addWidget(new QLabel(tr("Places offering it:"), nextBox));
    m_places = new QListWidget(nextBox);
    m_places->setObjectName(QStringLiteral("placesListWidget"));
    m_places->setAccessibleName(tr("Places offering it"));
    m_places->setMinimumHeight(90);
    m_places->setWordWrap(true); // long addresses wrap: no line cut behind a sideways scroll bar
    m_places->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_places->setResizeMode(QListView::Adjust);
    m_places->setTextElideMode(Qt::ElideNone);
    placeColumn->addWidget(m_places);
    m_placesNote = new QLabel(nextBox);
    m_placesNote->setWordWrap(true);
    m_placesNote->setStyleSheet(QStringLiteral("color: #555;"));
    placeColumn->addWidget(m_placesNote);
    lists->addLayout(placeColumn, 1);
    nextLayout->addLayout(lists);
    layout->addWidget(nextBox, 1);

    m_resultAttribution = new QLabel(page);
    m_resultAttribution->setObjectName(QStringLiteral("resultAttributionLabel"));
    m_resultAttribution->setWordWrap(true);
    m_resultAttribution->setStyleSheet(QStringLiteral("color: #555; font-size: 8.5pt;"));
    layout->addWidget(m_resultAttribution);

    auto *buttons = new QHBoxLayout;
    auto *preview = new QPushButton(tr("Passeport: pre&view and print…"), page);
    preview->setObjectName(QStringLiteral("previewButton"));
    auto *pdf = new QPushButton(tr("Passeport: save as P&DF…"), page);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    auto *questions = new QPushButton(tr("Back to the &questions"), page);
    questions->setObjectName(QStringLiteral("backToQuestionsButton"));
    auto *fresh = new QPushButton(tr("&New diagnostic"), page);
    fresh->setObjectName(QStringLiteral("newDiagnosticButton"));
    buttons->addWidget(preview);
    buttons->addWidget(pdf);
    buttons->addStretch();
    buttons->addWidget(questions);
    buttons->addWidget(fresh);
    layout->addLayout(buttons);
    m_savedLabel = DocumentPreview::makeSavedLabel(QStringLiteral("savedLabel"), page);
    layout->addWidget(m_savedLabel);

    connect(preview, &QPushButton::clicked, this, &DiagnosticPage::preview);
    connect(pdf, &QPushButton::clicked, this, &DiagnosticPage::savePdf);
    connect(questions, &QPushButton::clicked, this, [this] {
        if (m_session)
            showQuestion(std::max(0, m_session->nextToAsk()));
    });
    connect(fresh, &QPushButton::clicked, this, [this] {
        m_session.reset();
        reload();
        m_stack->setCurrentIndex(SetupPage);
        m_framework->setFocus();
    });
    return page;
}

void DiagnosticPage::showResult()
{
    if (!m_session)
        return;
    const Framework &f = m_session->framework();
    const Diagnostic &d = m_session->diagnostic();
    const Assessment a = m_session->assessment();
    const QLocale locale;
    m_resultTitle->setText(
        tr("Result — %1 — %2").arg(personName(d.beneficiaryId), locale.toString(d.date, QLocale::LongFormat)));
    m_overall->setText(tr("Overall profile: %1 (score %2 %, %3 of %4 assessed)")
                           .arg(profileLabel(a.overall))
                           .arg(a.score)
                           .arg(a.assessed)
                           .arg(a.itemCount));

    const auto previous = m_store.previous(d);
    std::optional<Assessment> before;
    if (previous)
        before = assess(f, previous->answers);
    m_domains->setRowCount(int(a.domains.size()));
    for (int row = 0; row < a.domains.size(); ++row) {
        const DomainResult &r = a.domains.at(row);
        m_domains->setItem(row, 0, new QTableWidgetItem(r.title));
        m_domains->setItem(row, 1, new QTableWidgetItem(profileLabel(r.profile)));
        auto *score = new QTableWidgetItem(r.assessed ? QStringLiteral("%1 %").arg(r.score) : QStringLiteral("–"));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_domains->setItem(row, 2, score);
        QString was = QStringLiteral("–");
        if (before)
            if (const DomainResult *b = before->domain(r.domainCode); b && b->assessed)
                was = QStringLiteral("%1 %").arg(b->score);
        m_domains->setItem(row, 3, new QTableWidgetItem(was));
    }
    m_domains->setColumnHidden(3, !before);

    // The chart: this diagnostic per domain, and the previous one beside it when there is one.
    auto *chart = new QChart;
    auto *series = new QHorizontalBarSeries(chart);
    QBarSet *previousSet = nullptr;
    if (before) {
        previousSet = new QBarSet(tr("Previous (%1)").arg(locale.toString(previous->date, QLocale::ShortFormat)));
        previousSet->setColor(QColor(0x9c, 0xb8, 0xd0));
    }
    auto *nowSet = new QBarSet(tr("This diagnostic"));
    nowSet->setColor(QColor(0x1d, 0x5c, 0x8f));
    QStringList categories;
    // Horizontal bars list the categories from the bottom up: reverse to read the domains top-down.
    QList<DomainResult> domains = a.domains;
    std::reverse(domains.begin(), domains.end());
    for (const DomainResult &r : std::as_const(domains)) {
        categories << r.title;
        *nowSet << (r.assessed ? r.score : 0);
        if (previousSet) {
            const DomainResult *b = before->domain(r.domainCode);
            *previousSet << (b && b->assessed ? b->score : 0);
        }
    }
    if (previousSet)
        series->append(previousSet);
    series->append(nowSet);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(chart);
    axisX->append(categories);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(7.5);
    axisX->setLabelsFont(small);
    chart->addAxis(axisX, Qt::AlignLeft);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis(chart);
    axisY->setRange(0, 100);
    axisY->setTickCount(5);
    axisY->setLabelFormat(QStringLiteral("%d %"));
    chart->addAxis(axisY, Qt::AlignBottom);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(before ? tr("Progress since the previous diagnostic") : tr("Score per domain"));
    chart->setMargins(QMargins(2, 2, 2, 2));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    // Qt Charts gives the domain names at most about 40 % of the chart and cuts them beyond
    // (« Communiquer par e-mail et messag… »): the view asks for the width where the longest fits.
    {
        const QFontMetricsF metrics(small);
        qreal widest = 0;
        for (const QString &c : std::as_const(categories))
            widest = std::max(widest, metrics.horizontalAdvance(c));
        m_chart->setMinimumWidth(std::max(420, int(std::ceil(widest / 0.36)) + 2 * m_chart->frameWidth() + 8));
    }

    m_nextStep->setText(a.next.text());
    m_toWorkOn->clear();
    for (const QString &code : a.toWorkOn)
        if (const Item *item = f.item(code))
            m_toWorkOn->addItem(QStringLiteral("%1 — %2").arg(item->title, f.answerLabel(m_session->answerOf(code))));
    if (m_toWorkOn->count() == 0) { // a sentence, not an empty box
        auto *none = new QListWidgetItem(tr("Nothing to work on: every gesture assessed is mastered."), m_toWorkOn);
        none->setFlags(Qt::ItemIsEnabled);
        QFont italic = none->font();
        italic.setItalic(true);
        none->setFont(italic);
    }
    m_places->clear();
    const QList<PlaceSuggestion> places = m_placeFinder && !a.next.services.isEmpty()
        ? m_placeFinder->find(a.next.services, 5)
        : QList<PlaceSuggestion>();
    for (const PlaceSuggestion &p : places) {
        // The distance first, then the name: a long address wraps instead of pushing them out of sight.
        QString line = p.distanceKm ? tr("%1 km").arg(locale.toString(*p.distanceKm, 'f', 1)) + QStringLiteral(" — ")
                                    : QString();
        line += p.nom;
        if (!p.address.isEmpty())
            line += QStringLiteral(" — ") + p.address;
        if (!p.telephone.isEmpty())
            line += QStringLiteral(" — ") + validate::displayTelephone(p.telephone);
        auto *item = new QListWidgetItem(line, m_places);
        item->setToolTip(line);
    }
    QStringList serviceLabels;
    for (const QString &s : a.next.services)
        serviceLabels << vocab::label(vocab::Kind::Service, s);
    m_placesNote->setText(places.isEmpty()
            ? tr("No place of the directory offers: %1.").arg(serviceLabels.join(QStringLiteral(", ")))
            : tr("Services: %1.").arg(serviceLabels.join(QStringLiteral(", "))));
    m_resultAttribution->setText(f.attribution.isEmpty()
            ? tr("Framework: %1, version %2.").arg(f.title, f.version)
            : tr("Framework: %1, version %2. %3").arg(f.title, f.version, f.attribution));
    m_stack->setCurrentIndex(ResultPage);
}

// ---- Passeport ----------------------------------------------------------------------------------------

namespace {
reports::PasseportData passeportData(const AppServices &services, const DiagnosticStore &store,
    const DiagnosticSession &session, const QString &personName, const PlaceFinder *finder)
{
    reports::PasseportData data;
    const Diagnostic &d = session.diagnostic();
    data.personName = d.isAnonymous() ? QString() : personName;
    data.date = d.date;
    if (const auto profile = structure::StructureStore(services.database).profile())
        data.structureName = profile->nom;
    data.mediator = d.mediator;
    data.framework = session.framework();
    data.now = session.assessment();
    if (const auto previous = store.previous(d)) {
        data.previous = assess(session.framework(), previous->answers);
        data.previousDate = previous->date;
    }
    if (finder && !data.now.next.services.isEmpty())
        data.places = finder->find(data.now.next.services, 3);
    return data;
}
} // namespace

void DiagnosticPage::preview()
{
    if (!m_session)
        return;
    const reports::PasseportData data = passeportData(
        m_services, m_store, *m_session, personName(m_session->diagnostic().beneficiaryId), m_placeFinder.get());
    DocumentPreview::preview(this, reports::passeportInfo(data), [data] { return reports::buildPasseport(data); });
}

void DiagnosticPage::savePdf()
{
    if (!m_session)
        return;
    const reports::PasseportData data = passeportData(
        m_services, m_store, *m_session, personName(m_session->diagnostic().beneficiaryId), m_placeFinder.get());
    DocumentPreview::savePdf(
        this, reports::passeportInfo(data), [data] { return reports::buildPasseport(data); },
        tr("passeport-numerique-%1.pdf").arg(data.date.toString(QStringLiteral("yyyy-MM-dd"))), m_savedLabel);
}

void DiagnosticPage::copyFramework()
{
    const int index = m_framework->currentIndex();
    if (index < 0 || index >= m_frameworks.size())
        return;
    FrameworkCopyDialog dialog(m_library, m_frameworks.at(index), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const int copied = m_framework->findData(dialog.savedId());
    if (copied >= 0)
        m_framework->setCurrentIndex(copied);
}

} // namespace escale::ui
