#include "ui/activity/ActivityPage.h"

#include "activity/ActivityStatistics.h"
#include "activity/Beneficiary.h"
#include "common/TextNormalizer.h"
#include "common/Vocabulary.h"
#include "itinerant/CurrentStop.h"
#include "places/PlaceSearch.h"
#include "reports/MonthlyActivitySheet.h"
#include "storage/Database.h"
#include "structure/StructureProfile.h"
#include "ui/widgets/DocumentPreview.h"
#include "ui/widgets/FormHelpers.h"

#include <cmath>

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QLocale>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>

namespace escale::ui {

namespace {

// A stored date (« 2026-07-23 ») as every table shows dates: « 23/07/2026 ».
QString shownDate(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : isoDate;
}

// When an activity was entered, in local time: « 14:32 » the same day, « 23/07/2026 14:32 » later.
QString enteredAt(const QString &createdAtIso, const QDate &day)
{
    const QDateTime at = QDateTime::fromString(createdAtIso, Qt::ISODateWithMs).toLocalTime();
    if (!at.isValid())
        return {};
    return at.date() == day ? at.toString(QStringLiteral("HH:mm")) : at.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// The stop completer's model: the place id and the bare name (inserted in the field when picked).
constexpr int kStopIdRole = Qt::UserRole + 1;
constexpr int kStopNameRole = Qt::UserRole + 2;
// A stop typed freely (not in the places register) is recorded with this prefix before its name.
const QString kFreeStopPrefix = QStringLiteral("stop:");
// The « Found » choice that records the typed name as a new person when the activity is saved.
const QString kNewPerson = QStringLiteral("#new-person");

// « Marie Dupont » → first name « Marie », last name « Dupont »; one word is a first name.
activity::Beneficiary personFromTypedName(const QString &typed)
{
    activity::Beneficiary b;
    const QString name = typed.simplified();
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    b.prenom = space < 0 ? name : name.left(space);
    b.nom = space < 0 ? QString() : name.mid(space + 1);
    return b;
}

void fillVocab(QComboBox *box, vocab::Kind kind, bool withEmpty)
{
    if (withEmpty)
        box->addItem(QString(), QString());
    for (const vocab::Term &t : vocab::terms(kind))
        box->addItem(t.label, t.code);
}

void fillChecks(QListWidget *list, vocab::Kind kind, const QStringList &first = {})
{
    QStringList order = first;
    for (const vocab::Term &t : vocab::terms(kind))
        if (!order.contains(t.code))
            order << t.code;
    for (const QString &code : order) {
        if (!vocab::contains(kind, code))
            continue;
        const bool favourite = first.contains(code);
        // Favourites: a star and bold, so the state is visible without relying on the weight alone.
        auto *item = new QListWidgetItem(
            favourite ? QStringLiteral("★ ") + vocab::label(kind, code) : vocab::label(kind, code), list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        if (favourite) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
}

QStringList checked(const QListWidget *list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(Qt::UserRole).toString();
    return codes;
}

void setChecked(QListWidget *list, const QStringList &codes)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(
            codes.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

void selectData(QComboBox *box, const QString &code)
{
    const int i = box->findData(code);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

// A chart of horizontal bars asks for the width where its longest category label is shown whole: Qt
// Charts gives the labels at most about 40 % of the chart's width and cuts them to « … » beyond.
void fitCategoryLabels(QChartView *view)
{
    const QChart *chart = view->chart();
    const auto axes = chart ? chart->axes(Qt::Vertical) : QList<QAbstractAxis *>();
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    if (!axis)
        return;
    const QFontMetricsF metrics(axis->labelsFont());
    qreal widest = QFontMetricsF(chart->titleFont()).horizontalAdvance(chart->title()) / 2;
    for (const QString &label : axis->categories())
        widest = std::max(widest, metrics.horizontalAdvance(label));
    constexpr qreal kLabelShare = 0.36;
    view->setMinimumWidth(int(std::ceil(widest / kLabelShare)) + 2 * view->frameWidth() + 8);
}

// A value axis from 0 with round steps (1, 2, 5 × 10ⁿ: « 0 50 100 150 200 », never « 0 44 88 132 176 »)
// and at most five intervals.
void setRoundScale(QValueAxis *axis, int maxValue)
{
    const double raw = std::max(1.0, maxValue / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    const int intervals = std::max(1, int(std::ceil(maxValue / step)));
    axis->setRange(0, intervals * step);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(intervals + 1);
}

QString lieuLabel(const activity::Activity &a)
{
    if (a.lieuKind == activity::lieu::Stop)
        return a.lieuLabel.isEmpty() ? a.lieuId : a.lieuLabel;
    if (a.lieuKind == activity::lieu::Domicile)
        return QStringLiteral("À domicile");
    if (a.lieuKind == activity::lieu::ADistance)
        return QStringLiteral("À distance");
    return QStringLiteral("Structure");
}

} // namespace

ActivityPage::ActivityPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_store(services.database)
{
    setObjectName(QStringLiteral("activityPage"));
    if (m_services.currentStop)
        connect(m_services.currentStop, &itinerant::CurrentStop::changed, this, [this] {
            if (m_editingId.isEmpty())
                applyCurrentStop();
        });
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Activity")), this);
    layout->addWidget(title);
    m_retention = new QLabel(this);
    m_retention->setObjectName(QStringLiteral("retentionLabel"));
    m_retention->setWordWrap(true);
    m_retention->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_retention);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("activityTabWidget"));
    m_tabs->addTab(buildEntryTab(), tr("&Quick entry"));
    m_tabs->addTab(buildListTab(), tr("&Activities"));
    m_tabs->addTab(buildStatisticsTab(), tr("&Statistics"));
    m_tabs->addTab(buildPeopleTab(), tr("P&eople"));
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_type);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            reloadList();
        else if (index == 2)
            reloadStatistics();
        else if (index == 3)
            reloadPeople();
    });
    refresh();
}

QWidget *ActivityPage::buildEntryTab()
{
    auto *tab = new QWidget(this);
    auto *column = new QVBoxLayout(tab);
    // What the form is doing, above it: a new entry, or the edit of a recorded activity (then on a
    // coloured band, with the way back).
    m_entryMode = new QLabel(tab);
    m_entryMode->setObjectName(QStringLiteral("entryModeLabel"));
    m_entryMode->setWordWrap(true);
    column->addWidget(m_entryMode);
    auto *outer = new QHBoxLayout;
    column->addLayout(outer, 1);
    auto *left = new QFormLayout;
    auto *right = new QVBoxLayout;
    outer->addLayout(left, 1);
    outer->addLayout(right, 1);

    m_type = new QComboBox(tab);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    fillVocab(m_type, vocab::Kind::ActivityType, false);
    addFormRow(left, tr("&Type"), m_type);
    m_date = new QDateEdit(tab);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    addFormRow(left, tr("&Date"), m_date);
    m_duration = new QSpinBox(tab);
    m_duration->setObjectName(QStringLiteral("durationSpinBox"));
    m_duration->setRange(1, 24 * 60 - 1);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    addFormRow(left, tr("D&uration"), m_duration);
    m_canal = new QComboBox(tab);
    m_canal->setObjectName(QStringLiteral("canalComboBox"));
    fillVocab(m_canal, vocab::Kind::Canal, false);
    addFormRow(left, tr("&Canal"), m_canal);
    m_lieu = new QComboBox(tab);
    m_lieu->setObjectName(QStringLiteral("lieuComboBox"));
    m_lieu->addItem(tr("At the structure"), activity::lieu::Structure);
    m_lieu->addItem(tr("At a stop"), activity::lieu::Stop);
    m_lieu->addItem(tr("At home"), activity::lieu::Domicile);
    m_lieu->addItem(tr("Remote"), activity::lieu::ADistance);
    addFormRow(left, tr("&Place"), m_lieu);
    m_stop = new QLineEdit(tab);
    m_stop->setObjectName(QStringLiteral("stopLineEdit"));
    m_stop->setPlaceholderText(tr("Name of the stop"));
    m_stop->setToolTip(tr("Type a few letters and pick a place of the register; a stop that is not in the "
                          "register can be typed freely."));
    addFormRow(left, tr("S&top"), m_stop);
    m_stopModel = new QStandardItemModel(this);
    auto *stopCompleter = new QCompleter(m_stopModel, m_stop);
    stopCompleter->setObjectName(QStringLiteral("stopCompleter"));
    stopCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // PlaceSearch already filtered
    stopCompleter->setCompletionRole(kStopNameRole);
    m_stop->setCompleter(stopCompleter);
    connect(m_stop, &QLineEdit::textEdited, this, &ActivityPage::updateStopSuggestions);
    connect(
        stopCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
            m_stopId = index.data(kStopIdRole).toString();
            m_stopIdLabel = index.data(kStopNameRole).toString();
            m_stop->setText(m_stopIdLabel);
            selectData(m_lieu, activity::lieu::Stop);
        });
    m_mediator = new QComboBox(tab);
    m_mediator->setObjectName(QStringLiteral("mediatorComboBox"));
    addFormRow(left, tr("&Mediator"), m_mediator);
    m_beneficiarySearch = new QLineEdit(tab);
    m_beneficiarySearch->setObjectName(QStringLiteral("beneficiarySearchLineEdit"));
    m_beneficiarySearch->setPlaceholderText(tr("Type a name (empty: anonymous)"));
    addFormRow(left, tr("&Person"), m_beneficiarySearch);
    m_beneficiary = new QComboBox(tab);
    m_beneficiary->setObjectName(QStringLiteral("beneficiaryComboBox"));
    m_beneficiary->addItem(tr("Anonymous"), QString());
    addFormRow(left, tr("Fo&und"), m_beneficiary);
    m_beneficiarySearch->setToolTip(tr("Type the person's first and last names: a person already recorded is "
                                       "proposed; otherwise a new person of that name is recorded with the "
                                       "activity (kept on this computer only)."));
    connect(m_beneficiarySearch, &QLineEdit::textChanged, this, &ActivityPage::updatePersonChoices);
    m_genre = new QComboBox(tab);
    m_genre->setObjectName(QStringLiteral("genreComboBox"));
    fillVocab(m_genre, vocab::Kind::Genre, true);
    addFormRow(left, tr("&Genre (anonymous)"), m_genre);
    m_trancheAge = new QComboBox(tab);
    m_trancheAge->setObjectName(QStringLiteral("trancheAgeComboBox"));
    fillVocab(m_trancheAge, vocab::Kind::TrancheAge, true);
    addFormRow(left, tr("A&ge band (anonymous)"), m_trancheAge);
    m_statut = new QComboBox(tab);
    m_statut->setObjectName(QStringLiteral("statutComboBox"));
    fillVocab(m_statut, vocab::Kind::Statut, true);
    addFormRow(left, tr("Stat&us (anonymous)"), m_statut);
    m_participants = new QSpinBox(tab);
    m_participants->setObjectName(QStringLiteral("participantsSpinBox"));
    m_participants->setRange(0, 500);
    addFormRow(left, tr("Anonymous pa&rticipants (workshop)"), m_participants);
    m_autonomie = new QComboBox(tab);
    m_autonomie->setObjectName(QStringLiteral("autonomieComboBox"));
    fillVocab(m_autonomie, vocab::Kind::Autonomie, true);
    addFormRow(left, tr("Autonom&y"), m_autonomie);
    m_niveau = new QComboBox(tab);
    m_niveau->setObjectName(QStringLiteral("niveauComboBox"));
    fillVocab(m_niveau, vocab::Kind::Niveau, true);
    addFormRow(left, tr("&Level (workshop)"), m_niveau);
    m_redirection = new QComboBox(tab);
    m_redirection->setObjectName(QStringLiteral("redirectionComboBox"));
    fillVocab(m_redirection, vocab::Kind::Redirection, true);
    addFormRow(left, tr("&Redirected to"), m_redirection);

    auto *themLabel = new QLabel(tr("T&hématiques (★ favourites first, right-click to change them; Space ticks)"), tab);
    m_thematiques = new QListWidget(tab);
    m_thematiques->setObjectName(QStringLiteral("thematiquesListWidget"));
    m_thematiques->setAccessibleName(tr("Thématiques"));
    fillChecks(m_thematiques, vocab::Kind::ThematiqueMediation, m_store.favouriteThematiques());
    m_thematiques->setToolTip(tr("Right-click (or the Menu key) to add a thématique to the favourites or "
                                 "remove it."));
    m_favouriteThematique = addFavouriteAction(m_thematiques, QStringLiteral("favouriteThematiqueAction"));
    themLabel->setBuddy(m_thematiques);
    right->addWidget(themLabel);
    right->addWidget(m_thematiques, 3);
    auto *demLabel = new QLabel(tr("Dé&marches"), tab);
    m_demarches = new QListWidget(tab);
    m_demarches->setObjectName(QStringLiteral("demarchesListWidget"));
    m_demarches->setAccessibleName(tr("Démarches"));
    fillChecks(m_demarches, vocab::Kind::ThematiqueDemarche, m_store.favouriteThematiques());
    m_demarches->setToolTip(m_thematiques->toolTip());
    m_favouriteDemarche = addFavouriteAction(m_demarches, QStringLiteral("favouriteDemarcheAction"));
    demLabel->setBuddy(m_demarches);
    right->addWidget(demLabel);
    right->addWidget(m_demarches, 2);
    auto *matLabel = new QLabel(tr("Maté&riel"), tab);
    m_materiel = new QListWidget(tab);
    m_materiel->setObjectName(QStringLiteral("materielListWidget"));
    m_materiel->setAccessibleName(tr("Matériel"));
    fillChecks(m_materiel, vocab::Kind::Materiel);
    m_materiel->setMaximumHeight(110);
    matLabel->setBuddy(m_materiel);
    right->addWidget(matLabel);
    right->addWidget(m_materiel, 1);
    auto *notesLabel = new QLabel(tr("&Notes — never write health, religion or other sensitive data"), tab);
    m_notes = new QPlainTextEdit(tab);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    notesLabel->setBuddy(m_notes);
    right->addWidget(notesLabel);
    right->addWidget(m_notes);

    auto *buttons = new QHBoxLayout;
    m_saveButton = new QPushButton(tr("&Save (Ctrl+Enter)"), tab);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_cancelEditButton = new QPushButton(tr("Cancel the changes (Esc)"), tab);
    m_cancelEditButton->setObjectName(QStringLiteral("cancelEditButton"));
    m_cancelEditButton->setVisible(false);
    auto *reset = new QPushButton(tr("&New from last entry"), tab);
    reset->setObjectName(QStringLiteral("defaultsButton"));
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelEditButton);
    buttons->addWidget(reset);
    right->addLayout(buttons);
    m_entryStatus = makeErrorLabel(QStringLiteral("entryStatusLabel"), tab);
    m_entryStatus->setWordWrap(true);
    // Room for two lines kept, shown or not: the lists and « Save » do not move under the mouse when
    // « Saved. Today: … » appears between two entries (QA 4, #28).
    m_entryStatus->setMinimumHeight(2 * m_entryStatus->fontMetrics().lineSpacing());
    m_entryStatus->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    {
        QSizePolicy keep = m_entryStatus->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        m_entryStatus->setSizePolicy(keep);
    }
    right->addWidget(m_entryStatus);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveEntry(); });
    connect(reset, &QPushButton::clicked, this, &ActivityPage::loadDefaults);
    connect(m_cancelEditButton, &QPushButton::clicked, this, &ActivityPage::cancelEdit);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), tab);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!m_editingId.isEmpty())
            cancelEdit();
    });
    for (const QKeySequence &key :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(key, tab);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { saveEntry(); });
    }
    return tab;
}

QAction *ActivityPage::addFavouriteAction(QListWidget *list, const QString &objectName)
{
    auto *action = new QAction(tr("Add to favourites"), list);
    action->setObjectName(objectName);
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    list->addAction(action);
    connect(
        list, &QListWidget::currentItemChanged, this, [this, list, action] { updateFavouriteAction(list, action); });
    connect(action, &QAction::triggered, this, [this, list] {
        if (const QListWidgetItem *item = list->currentItem()) {
            const QString code = item->data(Qt::UserRole).toString();
            setFavourite(code, !m_store.isFavouriteThematique(code));
        }
    });
    updateFavouriteAction(list, action);
    return action;
}

void ActivityPage::updateFavouriteAction(QListWidget *list, QAction *action)
{
    const QListWidgetItem *item = list->currentItem();
    const bool favourite = item && m_store.isFavouriteThematique(item->data(Qt::UserRole).toString());
    action->setEnabled(item != nullptr);
    action->setText(favourite ? tr("Remove from favourites") : tr("Add to favourites"));
}

void ActivityPage::setFavourite(const QString &code, bool favourite)
{
    if (Status s = m_store.setFavouriteThematique(code, favourite); !s) {
        setError(m_entryStatus, s.errorMessage());
        return;
    }
    refillFavouriteLists();
}

void ActivityPage::refillFavouriteLists()
{
    const QStringList favourites = m_store.favouriteThematiques();
    const std::pair<QListWidget *, vocab::Kind> lists[]
        = { { m_thematiques, vocab::Kind::ThematiqueMediation }, { m_demarches, vocab::Kind::ThematiqueDemarche } };
    for (const auto &[list, kind] : lists) {
        // The ticks and the current item survive the new order.
        const QStringList ticked = checked(list);
        const QString current = list->currentItem() ? list->currentItem()->data(Qt::UserRole).toString() : QString();
        {
            const QSignalBlocker block(list);
            list->clear();
            fillChecks(list, kind, favourites);
            setChecked(list, ticked);
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == current)
                    list->setCurrentRow(i);
        }
    }
    updateFavouriteAction(m_thematiques, m_favouriteThematique);
    updateFavouriteAction(m_demarches, m_favouriteDemarche);
}

void ActivityPage::updateStopSuggestions(const QString &text)
{
    if (text != m_stopIdLabel)
        m_stopId.clear();
    m_stopModel->clear();
    if (text.trimmed().size() < 2)
        return;
    places::PlaceQuery query;
    query.text = text.trimmed();
    query.limit = 12;
    for (const places::PlaceHit &hit : places::PlaceSearch(m_services.database).search(query)) {
        auto *item
            = new QStandardItem(hit.commune.isEmpty() ? hit.nom : QStringLiteral("%1 — %2").arg(hit.nom, hit.commune));
        item->setData(hit.id, kStopIdRole);
        item->setData(hit.nom, kStopNameRole);
        item->setEditable(false);
        m_stopModel->appendRow(item);
    }
}

void ActivityPage::applyCurrentStop()
{
    const itinerant::CurrentStop *current = m_services.currentStop;
    if (!current || !current->isSet()) {
        if (!m_appliedStopId.isEmpty() && m_stopId == m_appliedStopId) {
            selectData(m_lieu, activity::lieu::Structure);
            m_stop->clear();
            m_stopId.clear();
            m_stopIdLabel.clear();
        }
        m_appliedStopId.clear();
        return;
    }
    selectData(m_lieu, activity::lieu::Stop);
    m_stopIdLabel = current->label();
    m_stopId = current->stopId();
    m_stop->setText(m_stopIdLabel);
    m_appliedStopId = m_stopId;
}

QString ActivityPage::resolvedStopId(const QString &label) const
{
    if (!m_stopId.isEmpty() && label == m_stopIdLabel)
        return m_stopId;
    if (label.isEmpty())
        return {};
    places::PlaceQuery query;
    query.text = label;
    query.limit = 20;
    const QString key = text::normalizeForSearch(label);
    QString found;
    for (const places::PlaceHit &hit : places::PlaceSearch(m_services.database).search(query)) {
        if (text::normalizeForSearch(hit.nom) != key)
            continue;
        if (!found.isEmpty() && found != hit.id)
            return {}; // two places of that name: free text rather than a guess
        found = hit.id;
    }
    return found;
}

QWidget *ActivityPage::buildListTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_today = new QLabel(tab);
    m_today->setObjectName(QStringLiteral("activityTodayLabel"));
    layout->addWidget(m_today);
    auto *filters = new QHBoxLayout;
    m_filterFrom = new QDateEdit(tab);
    m_filterFrom->setObjectName(QStringLiteral("filterFromDateEdit"));
    m_filterFrom->setCalendarPopup(true);
    m_filterFrom->setAccessibleName(tr("From"));
    m_filterTo = new QDateEdit(tab);
    m_filterTo->setObjectName(QStringLiteral("filterToDateEdit"));
    m_filterTo->setCalendarPopup(true);
    m_filterTo->setAccessibleName(tr("To"));
    m_filterMediator = new QComboBox(tab);
    m_filterMediator->setObjectName(QStringLiteral("filterMediatorComboBox"));
    m_filterMediator->setAccessibleName(tr("Mediator"));
    m_filterType = new QComboBox(tab);
    m_filterType->setObjectName(QStringLiteral("filterTypeComboBox"));
    m_filterType->setAccessibleName(tr("Type"));
    m_filterType->addItem(tr("All types"), QString());
    fillVocab(m_filterType, vocab::Kind::ActivityType, false);
    m_filterThematique = new QComboBox(tab);
    m_filterThematique->setObjectName(QStringLiteral("filterThematiqueComboBox"));
    m_filterThematique->setAccessibleName(tr("Thématique"));
    m_filterThematique->addItem(tr("All thématiques"), QString());
    fillVocab(m_filterThematique, vocab::Kind::ThematiqueMediation, false);
    fillVocab(m_filterThematique, vocab::Kind::ThematiqueDemarche, false);
    m_filterLieu = new QComboBox(tab);
    m_filterLieu->setObjectName(QStringLiteral("filterLieuComboBox"));
    m_filterLieu->setAccessibleName(tr("Place"));
    m_filterLieu->addItem(tr("All places"), QString());
    m_filterLieu->addItem(tr("At the structure"), activity::lieu::Structure);
    m_filterLieu->addItem(tr("At a stop"), activity::lieu::Stop);
    m_filterLieu->addItem(tr("At home"), activity::lieu::Domicile);
    m_filterLieu->addItem(tr("Remote"), activity::lieu::ADistance);
    auto *fromLabel = new QLabel(tr("&From"), tab);
    fromLabel->setBuddy(m_filterFrom);
    auto *toLabel = new QLabel(tr("t&o"), tab);
    toLabel->setBuddy(m_filterTo);
    filters->addWidget(fromLabel);
    filters->addWidget(m_filterFrom);
    filters->addWidget(toLabel);
    filters->addWidget(m_filterTo);
    filters->addWidget(m_filterMediator);
    filters->addWidget(m_filterType);
    filters->addWidget(m_filterThematique, 1);
    filters->addWidget(m_filterLieu);
    layout->addLayout(filters);
    for (QDateEdit *e : { m_filterFrom, m_filterTo })
        connect(e, &QDateEdit::dateChanged, this, &ActivityPage::reloadList);
    for (QComboBox *c : { m_filterMediator, m_filterType, m_filterThematique, m_filterLieu })
        connect(c, &QComboBox::currentIndexChanged, this, &ActivityPage::reloadList);

    m_list = new QTableWidget(tab);
    m_list->setObjectName(QStringLiteral("activityTableWidget"));
    m_list->setAccessibleName(tr("Activities"));
    m_list->setColumnCount(8);
    // « Entered at »: two entries of the same day and kind are told apart by the time they were typed.
    m_list->setHorizontalHeaderLabels({ tr("Date"), tr("Entered at"), tr("Type"), tr("Duration"), tr("Place"),
        tr("Thématiques"), tr("People"), tr("Mediator") });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_list->verticalHeader()->hide();
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *edit = new QPushButton(tr("&Edit"), tab);
    edit->setObjectName(QStringLiteral("editButton"));
    auto *duplicate = new QPushButton(tr("D&uplicate"), tab);
    duplicate->setObjectName(QStringLiteral("duplicateButton"));
    auto *remove = new QPushButton(tr("&Delete"), tab);
    remove->setObjectName(QStringLiteral("deleteButton"));
    buttons->addWidget(edit);
    buttons->addWidget(duplicate);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(edit, &QPushButton::clicked, this, &ActivityPage::editSelected);
    connect(duplicate, &QPushButton::clicked, this, &ActivityPage::duplicateSelected);
    connect(remove, &QPushButton::clicked, this, &ActivityPage::deleteSelected);
    connect(m_list, &QTableWidget::cellDoubleClicked, this, &ActivityPage::editSelected);
    return tab;
}

QWidget *ActivityPage::buildStatisticsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *period = new QHBoxLayout;
    m_statFrom = new QDateEdit(tab);
    m_statFrom->setObjectName(QStringLiteral("statFromDateEdit"));
    m_statFrom->setCalendarPopup(true);
    m_statTo = new QDateEdit(tab);
    m_statTo->setObjectName(QStringLiteral("statToDateEdit"));
    m_statTo->setCalendarPopup(true);
    auto *fromLabel = new QLabel(tr("&From"), tab);
    fromLabel->setBuddy(m_statFrom);
    auto *toLabel = new QLabel(tr("t&o"), tab);
    toLabel->setBuddy(m_statTo);
    period->addWidget(fromLabel);
    period->addWidget(m_statFrom);
    period->addWidget(toLabel);
    period->addWidget(m_statTo);
    period->addSpacing(24);
    m_sheetMonth = new QDateEdit(tab);
    m_sheetMonth->setObjectName(QStringLiteral("sheetMonthDateEdit"));
    m_sheetMonth->setDisplayFormat(QStringLiteral("MM/yyyy"));
    auto *monthLabel = new QLabel(tr("Monthly sheet for &month"), tab);
    monthLabel->setBuddy(m_sheetMonth);
    auto *preview = new QPushButton(tr("Pre&view / print…"), tab);
    preview->setObjectName(QStringLiteral("sheetPreviewButton"));
    auto *pdf = new QPushButton(tr("Save as &PDF…"), tab);
    pdf->setObjectName(QStringLiteral("sheetPdfButton"));
    period->addWidget(monthLabel);
    period->addWidget(m_sheetMonth);
    period->addWidget(preview);
    period->addWidget(pdf);
    period->addStretch(1);
    layout->addLayout(period);
    m_sheetSaved = DocumentPreview::makeSavedLabel(QStringLiteral("sheetSavedLabel"), tab);
    layout->addWidget(m_sheetSaved);
    connect(m_statFrom, &QDateEdit::dateChanged, this, &ActivityPage::reloadStatistics);
    connect(m_statTo, &QDateEdit::dateChanged, this, &ActivityPage::reloadStatistics);
    connect(preview, &QPushButton::clicked, this, [this] { showSheet(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { showSheet(true); });

    m_statSummary = new QLabel(tab);
    m_statSummary->setObjectName(QStringLiteral("statSummaryLabel"));
    m_statSummary->setWordWrap(true);
    layout->addWidget(m_statSummary);
    auto *split = new QSplitter(Qt::Horizontal, tab);
    m_statTable = new QTableWidget(split);
    m_statTable->setObjectName(QStringLiteral("statisticsTableWidget"));
    m_statTable->setAccessibleName(tr("Statistics"));
    m_statTable->setColumnCount(3);
    m_statTable->setHorizontalHeaderLabels({ tr("Label"), tr("Number"), tr("%") });
    m_statTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_statTable->verticalHeader()->hide();
    m_statTable->verticalHeader()->setDefaultSectionSize(m_statTable->fontMetrics().height() + 6);
    // The charts take the width they need: a long label then wraps onto a second line, never cut.
    m_statTable->setWordWrap(true);
    m_statTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *charts = new QWidget(split);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_trendChart = new QChartView(charts);
    m_trendChart->setObjectName(QStringLiteral("trendChartView"));
    m_trendChart->setRenderHint(QPainter::Antialiasing);
    m_thematiqueChart = new QChartView(charts);
    m_thematiqueChart->setObjectName(QStringLiteral("thematiqueChartView"));
    m_thematiqueChart->setRenderHint(QPainter::Antialiasing);
    m_canalChart = new QChartView(charts);
    m_canalChart->setObjectName(QStringLiteral("canalChartView"));
    m_canalChart->setRenderHint(QPainter::Antialiasing);
    m_ageChart = new QChartView(charts);
    m_ageChart->setObjectName(QStringLiteral("ageChartView"));
    m_ageChart->setRenderHint(QPainter::Antialiasing);
    // Two rows of two charts. Qt Charts cuts a category label wider than about 40 % of its chart: each
    // chart view asks for the width where its longest label fits (fitCategoryLabels), and the layout shares
    // the rest. At 1366×768 no label nor title is cut (TestActivityPage::chartsAreReadable).
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_trendChart, 3);
    topRow->addWidget(m_ageChart, 2);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_thematiqueChart, 3);
    bottomRow->addWidget(m_canalChart, 1);
    chartsLayout->addLayout(topRow, 1);
    chartsLayout->addLayout(bottomRow, 1);
    m_statTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_statTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    split->addWidget(m_statTable);
    split->addWidget(charts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({ 400, 800 });
    layout->addWidget(split, 1);
    return tab;
}

QWidget *ActivityPage::buildPeopleTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Sea&rch"), tab);
    m_peopleSearch = new QLineEdit(tab);
    m_peopleSearch->setObjectName(QStringLiteral("peopleSearchLineEdit"));
    m_peopleSearch->setPlaceholderText(tr("First or last name"));
    searchLabel->setBuddy(m_peopleSearch);
    auto *duplicates = new QPushButton(tr("Show probable &duplicates"), tab);
    duplicates->setObjectName(QStringLiteral("duplicatesButton"));
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_peopleSearch, 1);
    searchRow->addWidget(duplicates);
    layout->addLayout(searchRow);
    m_people = new QTableWidget(tab);
    m_people->setObjectName(QStringLiteral("peopleTableWidget"));
    m_people->setAccessibleName(tr("People"));
    m_people->setColumnCount(5);
    m_people->setHorizontalHeaderLabels(
        { tr("Name"), tr("Year of birth"), tr("Commune"), tr("Last visit"), tr("Group") });
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The name takes what is left; every other column its header's or its longest cell's width, so
    // that « Année de naissance » and « Digne-les-Bains » show whole at 1366 px.
    m_people->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_people->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_people->setWordWrap(false);
    m_people->verticalHeader()->hide();
    layout->addWidget(m_people, 1);
    auto *buttons = new QHBoxLayout;
    auto *exportButton = new QPushButton(tr("E&xport this person's data…"), tab);
    exportButton->setObjectName(QStringLiteral("exportPersonButton"));
    auto *erase = new QPushButton(tr("E&rase this person…"), tab);
    erase->setObjectName(QStringLiteral("erasePersonButton"));
    auto *merge = new QPushButton(tr("&Merge the two selected"), tab);
    merge->setObjectName(QStringLiteral("mergeButton"));
    buttons->addWidget(exportButton);
    buttons->addWidget(erase);
    buttons->addWidget(merge);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_peopleStatus = new QLabel(tab);
    m_peopleStatus->setObjectName(QStringLiteral("peopleStatusLabel"));
    m_peopleStatus->setWordWrap(true);
    layout->addWidget(m_peopleStatus);

    connect(m_peopleSearch, &QLineEdit::textChanged, this, &ActivityPage::reloadPeople);
    connect(duplicates, &QPushButton::clicked, this, [this] {
        activity::BeneficiaryStore people(m_services.database);
        const auto groups = people.findDuplicates();
        m_people->setRowCount(0);
        int g = 0;
        for (const auto &group : groups) {
            ++g;
            for (const auto &b : group.members) {
                const int row = m_people->rowCount();
                m_people->insertRow(row);
                const QStringList cells { b.displayName(),
                    b.anneeNaissance ? QString::number(b.anneeNaissance) : QString(), b.commune,
                    shownDate(b.lastVisit), QString::number(g) };
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells.at(c));
                    item->setData(Qt::UserRole, b.id);
                    m_people->setItem(row, c, item);
                }
            }
        }
        m_peopleStatus->setText(tr("%Ln group(s) of probable duplicates.", nullptr, int(groups.size())));
    });
    auto selectedIds = [this] {
        QStringList ids;
        for (const QModelIndex &index : m_people->selectionModel()->selectedRows())
            ids << m_people->item(index.row(), 0)->data(Qt::UserRole).toString();
        return ids;
    };
    connect(exportButton, &QPushButton::clicked, this, [this, selectedIds] {
        const QStringList ids = selectedIds();
        if (ids.size() != 1)
            return m_peopleStatus->setText(tr("Select one person."));
        activity::BeneficiaryStore people(m_services.database);
        auto json = people.exportPerson(ids.first());
        if (!json)
            return m_peopleStatus->setText(json.errorMessage());
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export this person's data"), QStringLiteral("donnees-personne.json"), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size())
            return m_peopleStatus->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        m_peopleStatus->setText(tr("Data written to %1.").arg(path));
    });
    connect(erase, &QPushButton::clicked, this, [this, selectedIds] {
        const QStringList ids = selectedIds();
        if (ids.size() != 1)
            return m_peopleStatus->setText(tr("Select one person."));
        if (QMessageBox::question(
                this, tr("Erase this person"), tr("Erase this person for good? Their activities stay, anonymous."))
            != QMessageBox::Yes)
            return;
        activity::BeneficiaryStore people(m_services.database);
        const Status s = people.erase(ids.first());
        m_peopleStatus->setText(s ? tr("The person was erased.") : s.errorMessage());
        reloadPeople();
    });
    connect(merge, &QPushButton::clicked, this, [this, selectedIds] {
        const QStringList ids = selectedIds();
        if (ids.size() != 2)
            return m_peopleStatus->setText(tr("Select the two records of the same person (the first is kept)."));
        activity::BeneficiaryStore people(m_services.database);
        const Status s = people.merge(ids.at(0), ids.at(1));
        m_peopleStatus->setText(s ? tr("The two records were merged.") : s.errorMessage());
        reloadPeople();
    });
    return tab;
}

void ActivityPage::reloadPeople()
{
    activity::BeneficiaryStore people(m_services.database);
    const auto list = people.search(m_peopleSearch->text(), 200);
    m_people->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const auto &b = list.at(r);
        const QStringList cells { b.displayName(), b.anneeNaissance ? QString::number(b.anneeNaissance) : QString(),
            b.commune, shownDate(b.lastVisit), QString() };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, b.id);
            m_people->setItem(r, c, item);
        }
    }
}

void ActivityPage::refresh()
{
    const QDate today = m_services.clock.today();
    m_date->setMaximumDate(today);
    structure::StructureStore structures(m_services.database);
    const auto users = structures.users();
    const auto current = structures.currentUser();
    for (QComboBox *box : { m_mediator, m_filterMediator }) {
        const QSignalBlocker block(box);
        box->clear();
        if (box == m_filterMediator)
            box->addItem(tr("All mediators"), QString());
        for (const auto &u : users)
            box->addItem(u.displayName, u.id);
    }
    if (current)
        selectData(m_mediator, current->id);
    {
        const QSignalBlocker a(m_filterFrom), b(m_filterTo), c(m_statFrom), d(m_statTo), e(m_sheetMonth);
        m_filterFrom->setDate(today);
        m_filterTo->setDate(today);
        m_statFrom->setDate(QDate(today.year(), today.month(), 1));
        m_statTo->setDate(today);
        m_sheetMonth->setDate(today);
    }
    loadDefaults();
    reloadList();

    // Retention (DESIGN.md §4): people past the period are erased; those due within 30 days are announced.
    activity::BeneficiaryStore people(m_services.database);
    const auto purged = people.purgeExpired(today);
    const auto soon = people.dueForPurgeWithin(today, 30);
    QStringList notes;
    if (purged && *purged > 0)
        notes << tr("%Ln person(s) erased: last visit more than %1 months ago.", nullptr, *purged)
                     .arg(people.retentionMonths());
    if (!soon.isEmpty())
        notes << tr("%Ln person(s) will be erased within 30 days (no visit for %1 months); export their data first "
                    "if they asked for it.",
            nullptr, int(soon.size()))
                     .arg(people.retentionMonths());
    m_retention->setText(notes.join(QLatin1Char(' ')));
    m_retention->setVisible(!notes.isEmpty());
}

void ActivityPage::fillForm(const activity::Activity &a)
{
    selectData(m_type, a.type);
    m_duration->setValue(a.dureeMinutes);
    selectData(m_canal, a.canal);
    selectData(m_lieu, a.lieuKind);
    m_stop->setText(a.lieuLabel);
    // A stop of the register keeps its place id (even if the place was renamed since).
    const bool registered
        = a.lieuKind == activity::lieu::Stop && !a.lieuId.isEmpty() && !a.lieuId.startsWith(kFreeStopPrefix);
    m_stopId = registered ? a.lieuId : QString();
    m_stopIdLabel = registered ? a.lieuLabel : QString();
    setChecked(m_thematiques, a.thematiques);
    setChecked(m_demarches, a.demarches);
    setChecked(m_materiel, a.materiel);
    selectData(m_autonomie, a.autonomie);
    selectData(m_niveau, a.niveau);
    selectData(m_redirection, a.redirection);
    if (!a.mediatorId.isEmpty())
        selectData(m_mediator, a.mediatorId);
}

void ActivityPage::loadDefaults()
{
    m_editingId.clear();
    m_editingDate = QDate();
    m_editingParticipants.clear();
    updateEntryMode();
    activity::Activity defaults;
    if (auto last = m_store.lastRecorded())
        defaults = *last;
    fillForm(defaults);
    applyCurrentStop();
    // What belongs to one person is never carried over.
    m_date->setDate(m_services.clock.today());
    m_beneficiarySearch->clear();
    m_genre->setCurrentIndex(0);
    m_trancheAge->setCurrentIndex(0);
    m_statut->setCurrentIndex(0);
    m_participants->setValue(0);
    m_notes->clear();
    setError(m_entryStatus, QString());
}

void ActivityPage::updatePersonChoices(const QString &text)
{
    const QSignalBlocker block(m_beneficiary);
    m_beneficiary->clear();
    const QString typed = text.simplified();
    if (typed.isEmpty()) {
        m_beneficiary->addItem(tr("Anonymous"), QString());
        return;
    }
    const QString key = text::normalizeForSearch(typed);
    int exact = -1;
    if (typed.size() >= 2) {
        activity::BeneficiaryStore people(m_services.database);
        for (const auto &b : people.search(typed, 20)) {
            if (exact < 0 && text::normalizeForSearch(b.displayName()) == key)
                exact = m_beneficiary->count();
            m_beneficiary->addItem(b.anneeNaissance
                    ? QStringLiteral("%1 (%2)").arg(b.displayName()).arg(b.anneeNaissance)
                    : b.displayName(),
                b.id);
        }
    }
    const int found = m_beneficiary->count();
    m_beneficiary->addItem(tr("New person: %1").arg(typed), kNewPerson);
    m_beneficiary->addItem(tr("Anonymous (the name is not recorded)"), QString());
    // The person of exactly that name, else the first one found, else the new person: never anonymous.
    m_beneficiary->setCurrentIndex(exact >= 0 ? exact : (found > 0 ? 0 : found));
}

void ActivityPage::showPerson(const QString &personId)
{
    if (personId.isEmpty()) {
        m_beneficiarySearch->clear();
        return;
    }
    activity::BeneficiaryStore people(m_services.database);
    const auto person = people.find(personId);
    if (!person) {
        m_beneficiarySearch->clear();
        return;
    }
    m_beneficiarySearch->setText(person->displayName());
    int index = m_beneficiary->findData(personId);
    if (index < 0) {
        m_beneficiary->insertItem(0, person->displayName(), personId);
        index = 0;
    }
    m_beneficiary->setCurrentIndex(index);
}

activity::Activity ActivityPage::formActivity() const
{
    activity::Activity a;
    a.id = m_editingId;
    a.type = m_type->currentData().toString();
    a.date = m_date->date();
    a.dureeMinutes = m_duration->value();
    a.canal = m_canal->currentData().toString();
    a.lieuKind = m_lieu->currentData().toString();
    if (a.lieuKind == activity::lieu::Stop) {
        a.lieuLabel = m_stop->text().trimmed();
        a.lieuId = resolvedStopId(a.lieuLabel);
        if (a.lieuId.isEmpty() && !a.lieuLabel.isEmpty())
            a.lieuId = kFreeStopPrefix + a.lieuLabel; // a stop not in the register: free text
    }
    a.thematiques = checked(m_thematiques);
    a.demarches = checked(m_demarches);
    a.materiel = checked(m_materiel);
    a.autonomie = m_autonomie->currentData().toString();
    a.niveau = m_niveau->currentData().toString();
    a.redirection = m_redirection->currentData().toString();
    a.mediatorId = m_mediator->currentData().toString();
    a.notes = m_notes->toPlainText();
    const QString chosen = m_beneficiary->currentData().toString();
    const QString person = chosen == kNewPerson ? QString() : chosen; // created by saveEntry()
    if (a.isCollective()) {
        // Editing (or duplicating) a workshop keeps its other named participants.
        a.participantIds = m_editingParticipants;
        if (!person.isEmpty() && !a.participantIds.contains(person))
            a.participantIds.prepend(person);
        a.anonymousParticipants = m_participants->value();
    } else {
        a.beneficiaryId = person;
        a.genre = m_genre->currentData().toString();
        a.trancheAge = m_trancheAge->currentData().toString();
        a.statut = m_statut->currentData().toString();
    }
    return a;
}

bool ActivityPage::saveEntry()
{
    activity::Activity a = formActivity();
    // A new person typed in « Person » is recorded with the activity, in the same transaction: both or
    // neither. The person stays on this computer (the beneficiaries table is never synchronised).
    storage::Transaction tx(m_services.database);
    if (!tx.isActive()) {
        setError(m_entryStatus, tx.beginStatus().errorMessage());
        return false;
    }
    if (m_beneficiary->currentData().toString() == kNewPerson) {
        if (const QStringList errors = m_store.validate(a, m_services.clock.today()); !errors.isEmpty()) {
            setError(m_entryStatus, errors.join(QLatin1Char('\n')));
            return false;
        }
        activity::Beneficiary person = personFromTypedName(m_beneficiarySearch->text());
        if (!a.isCollective()) {
            person.genre = a.genre;
            person.statut = a.statut;
        }
        const auto id = activity::BeneficiaryStore(m_services.database).create(person);
        if (!id) {
            setError(m_entryStatus, id.errorMessage());
            return false;
        }
        if (a.isCollective())
            a.participantIds.prepend(*id);
        else
            a.beneficiaryId = *id;
    }
    if (a.id.isEmpty()) {
        auto id = m_store.create(a);
        if (!id) {
            setError(m_entryStatus, id.errorMessage());
            return false;
        }
    } else if (Status s = m_store.update(a); !s) {
        setError(m_entryStatus, s.errorMessage());
        return false;
    }
    if (Status s = tx.commit(); !s) {
        setError(m_entryStatus, s.errorMessage());
        return false;
    }
    const auto today = m_store.countOn(m_services.clock.today());
    const bool edited = !a.id.isEmpty();
    const QDate editedDate = m_editingDate;
    loadDefaults();
    m_entryStatus->setStyleSheet(QStringLiteral("color: #1d6b2f;"));
    const int activities = today.activities;
    const int people = today.people;
    const QString counts
        = tr("Today: %1, %2.").arg(tr("%Ln activity(ies)", nullptr, activities), tr("%Ln person(s)", nullptr, people));
    m_entryStatus->setText(edited ? tr("Changes saved to the activity of %1. %2")
                                        .arg(editedDate.toString(QStringLiteral("dd/MM/yyyy")), counts)
                                  : tr("Saved. %1").arg(counts));
    m_entryStatus->show();
    m_type->setFocus();
    Q_EMIT activitySaved();
    return true;
}

void ActivityPage::reloadList()
{
    const auto counts = m_store.countOn(m_services.clock.today());
    const int activities = counts.activities;
    const int people = counts.people;
    m_today->setText(
        tr("Today: %1, %2.")
            .arg(tr("%Ln activity(ies)", nullptr, activities), tr("%Ln person(s) accompanied", nullptr, people)));
    activity::ActivityFilter f;
    f.from = m_filterFrom->date();
    f.to = m_filterTo->date();
    f.mediatorId = m_filterMediator->currentData().toString();
    f.type = m_filterType->currentData().toString();
    f.thematique = m_filterThematique->currentData().toString();
    f.lieuKind = m_filterLieu->currentData().toString();
    const auto list = m_store.list(f);
    QHash<QString, QString> names;
    for (int i = 0; i < m_mediator->count(); ++i)
        names.insert(m_mediator->itemData(i).toString(), m_mediator->itemText(i));
    m_list->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const auto &a = list.at(r);
        QStringList themes;
        for (const QString &c : a.thematiques)
            themes << vocab::label(vocab::Kind::ThematiqueMediation, c);
        for (const QString &c : a.demarches)
            themes << vocab::label(vocab::Kind::ThematiqueDemarche, c);
        const QStringList cells { a.date.toString(QStringLiteral("dd/MM/yyyy")), enteredAt(a.createdAt, a.date),
            vocab::label(vocab::Kind::ActivityType, a.type), tr("%1 min").arg(a.dureeMinutes), lieuLabel(a),
            themes.join(QStringLiteral(", ")), QString::number(a.isCollective() ? a.anonymousParticipants : 1),
            names.value(a.mediatorId) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, a.id);
            m_list->setItem(r, c, item);
        }
    }
    m_list->resizeColumnsToContents();
}

void ActivityPage::editSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    auto a = m_store.find(m_list->item(row, 0)->data(Qt::UserRole).toString());
    if (!a)
        return;
    fillForm(*a);
    m_editingId = a->id;
    m_editingDate = a->date;
    m_editingParticipants = a->participantIds;
    showPerson(a->isCollective() ? a->participantIds.value(0) : a->beneficiaryId);
    m_date->setDate(a->date);
    m_notes->setPlainText(a->notes);
    selectData(m_genre, a->genre);
    selectData(m_trancheAge, a->trancheAge);
    selectData(m_statut, a->statut);
    m_participants->setValue(a->anonymousParticipants);
    setError(m_entryStatus, QString());
    updateEntryMode();
    m_tabs->setCurrentIndex(0);
    m_type->setFocus();
}

void ActivityPage::duplicateSelected()
{
    editSelected();
    m_editingId.clear();
    m_date->setDate(m_services.clock.today());
    updateEntryMode();
}

void ActivityPage::cancelEdit()
{
    const QDate date = m_editingDate;
    loadDefaults();
    m_entryStatus->setStyleSheet(QStringLiteral("color: #1d6b2f;"));
    m_entryStatus->setText(tr("Changes cancelled: the activity of %1 is as it was. New entry.")
                               .arg(date.toString(QStringLiteral("dd/MM/yyyy"))));
    m_entryStatus->show();
    m_type->setFocus();
}

void ActivityPage::updateEntryMode()
{
    const bool editing = !m_editingId.isEmpty();
    const QString heading = editing
        ? tr("Editing the activity of %1").arg(m_editingDate.toString(QStringLiteral("dd/MM/yyyy")))
        : tr("New activity");
    const QString detail = editing ? tr("« Save the changes » replaces it; Esc or « Cancel the changes » goes back "
                                        "to a new entry without changing it.")
                                   : QString();
    m_entryMode->setText(detail.isEmpty()
            ? QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped())
            : QStringLiteral("<b>%1</b> — %2").arg(heading.toHtmlEscaped(), detail.toHtmlEscaped()));
    m_entryMode->setAccessibleName(detail.isEmpty() ? heading : heading + QStringLiteral(". ") + detail);
    m_entryMode->setStyleSheet(editing ? QStringLiteral("QLabel { background: #fff1cc; color: #5c3b00; border: 1px "
                                                        "solid #e0b84d; border-radius: 3px; padding: 6px; }")
                                       : QStringLiteral("QLabel { padding: 6px 0px; }"));
    m_saveButton->setText(editing ? tr("&Save the changes (Ctrl+Enter)") : tr("&Save (Ctrl+Enter)"));
    m_cancelEditButton->setVisible(editing);
}

void ActivityPage::deleteSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    if (QMessageBox::question(this, tr("Delete the activity"), tr("Delete this activity?")) != QMessageBox::Yes)
        return;
    if (Status s = m_store.remove(m_list->item(row, 0)->data(Qt::UserRole).toString()); !s)
        QMessageBox::warning(this, tr("Delete the activity"), s.errorMessage());
    reloadList();
}

void ActivityPage::reloadStatistics()
{
    auto st = activity::computeStatistics(m_services.database, m_statFrom->date(), m_statTo->date());
    if (!st) {
        m_statSummary->setText(st.errorMessage());
        return;
    }
    const int activities = st->activities;
    const int reached = st->participants;
    const int named = st->beneficiaries;
    const int newlyNamed = st->newBeneficiaries;
    m_statSummary->setText(
        tr("%1, %2, %3, %4.")
            .arg(tr("%Ln activity(ies)", nullptr, activities), tr("%Ln person(s) reached", nullptr, reached),
                tr("%Ln distinct named", nullptr, named), tr("%Ln new", nullptr, newlyNamed)));
    m_statTable->clearSpans();
    m_statTable->setRowCount(0);
    for (const auto &section : st->sections) {
        int row = m_statTable->rowCount();
        m_statTable->insertRow(row);
        auto *head = new QTableWidgetItem(section.title);
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        m_statTable->setItem(row, 0, head);
        m_statTable->setSpan(row, 0, 1, 3); // a section's title across the row: never wrapped

        for (const auto &r : section.rows) {
            if (r.count == 0)
                continue;
            row = m_statTable->rowCount();
            m_statTable->insertRow(row);
            m_statTable->setItem(row, 0, new QTableWidgetItem(QStringLiteral("    ") + r.label));
            auto *n = new QTableWidgetItem(QLocale().toString(r.count));
            n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_statTable->setItem(row, 1, n);
            auto *p = new QTableWidgetItem(QStringLiteral("%1 %").arg(r.percent));
            p->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_statTable->setItem(row, 2, p);
        }
    }
    auto addExtra = [this](const QString &label, const QString &value) {
        const int row = m_statTable->rowCount();
        m_statTable->insertRow(row);
        m_statTable->setItem(row, 0, new QTableWidgetItem(label));
        auto *item = new QTableWidgetItem(value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_statTable->setItem(row, 1, item);
    };
    if (st->orientations)
        addExtra(tr("Orientations made"), QLocale().toString(*st->orientations));
    if (st->diagnostics)
        addExtra(tr("Diagnostics made"), QLocale().toString(*st->diagnostics));
    if (st->cheques)
        for (const auto &c : *st->cheques)
            addExtra(tr("Cheques redeemed: %1 (%2)").arg(c.schemeLabel, c.funder), QLocale().toString(c.count));
    // The numbers' columns as narrow as their contents: the labels get the rest of the table.
    m_statTable->resizeColumnToContents(1);
    m_statTable->resizeColumnToContents(2);

    auto *trend = new QChart;
    trend->setTitle(tr("Activities over 12 months"));
    auto *set = new QBarSet(tr("Activities"));
    QStringList months;
    for (const auto &m : st->trend) {
        *set << m.activities;
        // « déc. », « janv. »… as on the printed sheet (the year's first month carries its year)
        months << QLocale().monthName(m.month.month(), QLocale::ShortFormat);
    }
    auto *series = new QBarSeries;
    series->append(set);
    trend->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 1));
    axisX->setLabelsFont(small);
    axisX->setLabelsAngle(-90); // upright: twelve « févr. », « sept. » fit in a chart a third of the screen wide
    trend->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    int maxTrend = 1;
    for (const auto &m : st->trend)
        maxTrend = std::max(maxTrend, m.activities);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    setRoundScale(axisY, maxTrend);
    trend->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    trend->legend()->hide();
    // Thin margins, and a view wide enough for the twelve month labels (fitTrendLabels).
    trend->setMargins(QMargins(4, 4, 4, 4));
    trend->setBackgroundRoundness(0);
    connect(trend, &QChart::plotAreaChanged, this, &ActivityPage::fitTrendLabels, Qt::QueuedConnection);
    QChart *old = m_trendChart->chart();
    m_trendChart->setChart(trend);
    delete old;
    fitTrendLabels();

    auto sectionChart = [&st](const QString &key, const QString &title) {
        auto *chart = new QChart;
        chart->setTitle(title);
        auto *bars = new QBarSet(tr("Activities"));
        QStringList labels;
        int maxValue = 1;
        if (const auto *s = st->section(key)) {
            QList<activity::StatRow> rows;
            for (const auto &r : s->rows)
                if (r.count > 0 && rows.size() < 7)
                    rows << r;
            for (int i = int(rows.size()) - 1; i >= 0; --i) {
                *bars << rows.at(i).count;
                labels << rows.at(i).label;
                maxValue = std::max(maxValue, rows.at(i).count);
            }
        }
        auto *hbars = new QHorizontalBarSeries;
        hbars->append(bars);
        chart->addSeries(hbars);
        auto *axisLabels = new QBarCategoryAxis;
        axisLabels->append(labels);
        chart->addAxis(axisLabels, Qt::AlignLeft);
        hbars->attachAxis(axisLabels);
        auto *axisValues = new QValueAxis;
        axisValues->setLabelFormat(QStringLiteral("%d"));
        setRoundScale(axisValues, maxValue);
        chart->addAxis(axisValues, Qt::AlignBottom);
        hbars->attachAxis(axisValues);
        chart->legend()->hide();
        // Thin margins and a slightly smaller font, as the trend: the labels need the room.
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->setBackgroundRoundness(0);
        QFont labelFont = axisLabels->labelsFont();
        labelFont.setPointSizeF(std::max(6.0, labelFont.pointSizeF() - 1));
        axisLabels->setLabelsFont(labelFont);
        axisValues->setLabelsFont(labelFont);
        return chart;
    };
    auto replaceChart = [](QChartView *view, QChart *chart) {
        QChart *previous = view->chart();
        view->setChart(chart);
        delete previous;
        fitCategoryLabels(view);
    };
    replaceChart(m_canalChart, sectionChart(QStringLiteral("canal"), tr("Canaux")));
    replaceChart(m_ageChart, sectionChart(QStringLiteral("trancheAge"), tr("Age bands")));
    replaceChart(m_thematiqueChart, sectionChart(QStringLiteral("thematiques"), tr("Thématiques")));
}

void ActivityPage::fitTrendLabels()
{
    QChart *chart = m_trendChart->chart();
    const auto axes = chart ? chart->axes(Qt::Horizontal) : QList<QAbstractAxis *>();
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    if (!axis || axis->count() == 0 || chart->plotArea().width() <= 0)
        return;
    // Qt Charts cuts a category label to « … » when it is wider than its slot less a padding on each
    // side: the chart view asks for the width where « 10 », « 11 », « 12 » fit side by side. The part of
    // the view outside the plot (axis, margins) is measured, so fonts and styles are taken into account.
    const QFontMetricsF metrics(axis->labelsFont());
    qreal widest = 0;
    for (const QString &label : axis->categories()) // upright labels: their height side by side
        widest = std::max(widest, axis->labelsAngle() == 0 ? metrics.horizontalAdvance(label) : metrics.height());
    constexpr qreal kPadding = 14;
    const int outside = m_trendChart->width() - int(chart->plotArea().width());
    const int minimum = int(std::ceil(axis->count() * (widest + kPadding))) + outside;
    if (minimum > m_trendChart->minimumWidth()) // only grows: no back and forth with the layout
        m_trendChart->setMinimumWidth(minimum);
}

void ActivityPage::showSheet(bool pdf)
{
    auto data = reports::collectMonthlySheet(m_services.database, m_sheetMonth->date(), m_services.clock);
    if (!data) {
        QMessageBox::warning(this, tr("Monthly sheet"), data.errorMessage());
        return;
    }
    const reports::MonthlySheetData sheet = *data;
    const auto build = [sheet] { return reports::buildMonthlySheet(sheet); };
    if (pdf)
        DocumentPreview::savePdf(this, reports::monthlySheetInfo(sheet), build,
            QStringLiteral("fiche-activite-%1.pdf").arg(sheet.month.toString(QStringLiteral("yyyy-MM"))), m_sheetSaved);
    else
        DocumentPreview::preview(this, reports::monthlySheetInfo(sheet), build);
}

} // namespace escale::ui
