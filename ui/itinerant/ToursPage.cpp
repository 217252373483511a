#include "ui/itinerant/ToursPage.h"

#include "itinerant/TimetableSheet.h"
#include "itinerant/TourImport.h"
#include "itinerant/TourStore.h"
#include "ui/widgets/DocumentPreview.h"
#include "ui/itinerant/StopEditDialog.h"
#include "ui/widgets/FormHelpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextDocument>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace escale::ui {

using itinerant::Stop;
using itinerant::Tour;
using itinerant::TourStore;
using itinerant::Visit;

namespace {

enum StopColumn { NameColumn, CommuneColumn, DayColumn, HoursColumn, RecurrenceColumn, PointColumn, StopColumnCount };

QString hours(const Stop &stop)
{
    return QStringLiteral("%1 – %2").arg(stop.start.toString(QStringLiteral("HH:mm")),
                                         stop.end.toString(QStringLiteral("HH:mm")));
}

QTableWidgetItem *cell(const QString &text, const QString &stopId = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!stopId.isEmpty())
        item->setData(Qt::UserRole, stopId);
    return item;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

ToursPage::ToursPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_day(services.clock.today())
{
    setObjectName(QStringLiteral("toursPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Tours")), this);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("The bus's tours and their stops: where and when it stands. The current stop is chosen "
                                "in the status bar, or detected by the GPS."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    // Left: the tours.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    auto *toursLabel = new QLabel(tr("&Tours"), left);
    leftLayout->addWidget(toursLabel);
    m_tourList = new QListWidget(left);
    m_tourList->setObjectName(QStringLiteral("toursList"));
    m_tourList->setAccessibleName(tr("Tours"));
    m_tourList->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    toursLabel->setBuddy(m_tourList);
    leftLayout->addWidget(m_tourList, 1);
    auto *newRow = new QHBoxLayout;
    m_newTour = new QLineEdit(left);
    m_newTour->setObjectName(QStringLiteral("newTourEdit"));
    m_newTour->setPlaceholderText(tr("Name of a new tour"));
    m_newTour->setAccessibleName(tr("Name of a new tour"));
    m_addTour = new QPushButton(tr("&Add"), left);
    m_addTour->setObjectName(QStringLiteral("addTourButton"));
    newRow->addWidget(m_newTour, 1);
    newRow->addWidget(m_addTour);
    leftLayout->addLayout(newRow);
    auto *tourButtons = new QHBoxLayout;
    m_renameTour = new QPushButton(tr("Rename"), left);
    m_renameTour->setObjectName(QStringLiteral("renameTourButton"));
    m_activeTour = new QPushButton(tr("Deactivate"), left);
    m_activeTour->setObjectName(QStringLiteral("activeTourButton"));
    m_removeTour = new QPushButton(tr("Remove…"), left);
    m_removeTour->setObjectName(QStringLiteral("removeTourButton"));
    tourButtons->addWidget(m_renameTour);
    tourButtons->addWidget(m_activeTour);
    tourButtons->addWidget(m_removeTour);
    leftLayout->addLayout(tourButtons);
    m_importTours = new QPushButton(tr("&Import from the itinerant places…"), left);
    m_importTours->setObjectName(QStringLiteral("importToursButton"));
    m_importTours->setToolTip(tr("Builds the tours and their stops from the places of the register marked « Itinérant » "
                                 "and their opening hours. Importing again updates them, without duplicates."));
    leftLayout->addWidget(m_importTours);
    m_tourError = makeErrorLabel(QStringLiteral("tourErrorLabel"), left);
    leftLayout->addWidget(m_tourError);
    splitter->addWidget(left);

    // Right: the selected tour's stops and schedule.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_tourTitle = new QLabel(right);
    m_tourTitle->setObjectName(QStringLiteral("tourTitleLabel"));
    m_tourTitle->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold"));
    rightLayout->addWidget(m_tourTitle);
    m_problems = new QLabel(right);
    m_problems->setObjectName(QStringLiteral("scheduleProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fff6e0; color: #6b4a00; border: 1px solid #f0d890; "
                                             "border-radius: 4px; padding: 4px 8px; }"));
    m_problems->setVisible(false);
    rightLayout->addWidget(m_problems);
    m_importSummary = new QLabel(right);
    m_importSummary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_importSummary->setWordWrap(true);
    m_importSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importSummary->setStyleSheet(QStringLiteral("QLabel { background: #eaf2fa; color: #1d3c5c; border: 1px solid #b9d1ea; "
                                                  "border-radius: 4px; padding: 4px 8px; }"));
    m_importSummary->setVisible(false);
    rightLayout->addWidget(m_importSummary);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("toursTabs"));
    rightLayout->addWidget(m_tabs, 1);

    auto *stopsTab = new QWidget(m_tabs);
    auto *stopsLayout = new QVBoxLayout(stopsTab);
    m_stopsTable = makeTable({tr("Stop"), tr("Commune"), tr("Day"), tr("Hours"), tr("Recurrence"), tr("Point")}, stopsTab);
    m_stopsTable->setObjectName(QStringLiteral("stopsTable"));
    m_stopsTable->setAccessibleName(tr("Stops of the tour"));
    // Day, hours and point keep their natural width; the stop's name, its commune and the recurrence
    // share the rest, so that a long stop name never squeezes the recurrence into a sliver.
    m_stopsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {NameColumn, CommuneColumn, RecurrenceColumn})
        m_stopsTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    // A long recurrence (« toutes les 2 semaines le jeudi (seulement en juin, juillet…) ») wraps.
    m_stopsTable->setWordWrap(true);
    m_stopsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    stopsLayout->addWidget(m_stopsTable, 1);
    auto *stopButtons = new QHBoxLayout;
    m_addStop = new QPushButton(tr("Add a &stop…"), stopsTab);
    m_addStop->setObjectName(QStringLiteral("addStopButton"));
    m_editStop = new QPushButton(tr("&Edit…"), stopsTab);
    m_editStop->setObjectName(QStringLiteral("editStopButton"));
    m_removeStop = new QPushButton(tr("Remove the stop…"), stopsTab);
    m_removeStop->setObjectName(QStringLiteral("removeStopButton"));
    stopButtons->addWidget(m_addStop);
    stopButtons->addWidget(m_editStop);
    stopButtons->addWidget(m_removeStop);
    stopButtons->addStretch(1);
    m_printTimetable = new QPushButton(tr("&Print the timetable…"), stopsTab);
    m_printTimetable->setObjectName(QStringLiteral("printTimetableButton"));
    m_printTimetable->setToolTip(tr("The bus's public timetable for the villages: stops, days, hours and next dates (A4)."));
    stopButtons->addWidget(m_printTimetable);
    stopsLayout->addLayout(stopButtons);
    m_tabs->addTab(stopsTab, tr("Stops"));

    auto *scheduleTab = new QWidget(m_tabs);
    auto *scheduleLayout = new QVBoxLayout(scheduleTab);
    auto *nav = new QHBoxLayout;
    auto *previous = new QPushButton(tr("◀ &Previous week"), scheduleTab);
    previous->setObjectName(QStringLiteral("previousWeekButton"));
    auto *thisWeek = new QPushButton(tr("T&his week"), scheduleTab);
    thisWeek->setObjectName(QStringLiteral("thisWeekButton"));
    auto *next = new QPushButton(tr("&Next week ▶"), scheduleTab);
    next->setObjectName(QStringLiteral("nextWeekButton"));
    m_weekLabel = new QLabel(scheduleTab);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    m_weekLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_weekLabel->setWordWrap(true);
    m_weekLabel->setAlignment(Qt::AlignCenter);
    nav->addWidget(previous);
    nav->addWidget(m_weekLabel, 1, Qt::AlignCenter);
    nav->addWidget(thisWeek);
    nav->addWidget(next);
    scheduleLayout->addLayout(nav);
    auto *scheduleSplitter = new QSplitter(Qt::Horizontal, scheduleTab);
    m_weekTable = makeTable({tr("Day"), tr("Hours"), tr("Stop"), tr("Commune")}, scheduleSplitter);
    m_weekTable->setObjectName(QStringLiteral("weekTable"));
    m_weekTable->setAccessibleName(tr("Schedule of the week"));
    // The day and the hours keep their width; the stop and its commune share the rest (no « Fac… »).
    m_weekTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_weekTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_weekTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_weekTable->setWordWrap(true);
    m_weekTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    scheduleSplitter->addWidget(m_weekTable);
    auto *dayBox = new QWidget(scheduleSplitter);
    auto *dayLayout = new QVBoxLayout(dayBox);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    m_dayLabel = new QLabel(dayBox);
    m_dayLabel->setObjectName(QStringLiteral("dayLabel"));
    m_dayLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_dayLabel->setWordWrap(true); // a long date must not widen the day's panel at the week's expense
    dayLayout->addWidget(m_dayLabel);
    m_dayTable = makeTable({tr("Hours"), tr("Stop")}, dayBox);
    m_dayTable->setObjectName(QStringLiteral("dayTable"));
    m_dayTable->setAccessibleName(tr("Schedule of the day"));
    m_dayTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dayTable->horizontalHeader()->setStretchLastSection(true);
    dayLayout->addWidget(m_dayTable, 1);
    scheduleSplitter->addWidget(dayBox);
    scheduleSplitter->setStretchFactor(0, 3);
    scheduleSplitter->setStretchFactor(1, 1);
    scheduleSplitter->setSizes({660, 220});
    scheduleLayout->addWidget(scheduleSplitter, 1);
    m_tabs->addTab(scheduleTab, tr("Schedule"));

    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({230, 830});

    connect(m_addTour, &QPushButton::clicked, this, &ToursPage::addTour);
    connect(m_newTour, &QLineEdit::returnPressed, this, &ToursPage::addTour);
    connect(m_renameTour, &QPushButton::clicked, this, &ToursPage::renameTour);
    connect(m_activeTour, &QPushButton::clicked, this, &ToursPage::toggleTourActive);
    connect(m_removeTour, &QPushButton::clicked, this, &ToursPage::removeTour);
    connect(m_tourList, &QListWidget::currentRowChanged, this, [this] {
        if (m_filling)
            return;
        refreshStops();
        refreshSchedule();
        updateButtons();
    });
    connect(m_tourList, &QListWidget::itemChanged, this, &ToursPage::onTourItemChanged);
    connect(m_addStop, &QPushButton::clicked, this, [this] { openStopEditor(); });
    connect(m_editStop, &QPushButton::clicked, this, &ToursPage::editSelectedStop);
    connect(m_removeStop, &QPushButton::clicked, this, &ToursPage::removeStop);
    connect(m_importTours, &QPushButton::clicked, this, &ToursPage::importFromPlaces);
    connect(m_printTimetable, &QPushButton::clicked, this, &ToursPage::printTimetable);
    connect(m_stopsTable, &QTableWidget::cellActivated, this, &ToursPage::editSelectedStop);
    connect(m_stopsTable, &QTableWidget::itemSelectionChanged, this, &ToursPage::updateButtons);
    connect(previous, &QPushButton::clicked, this, [this] { showDay(m_day.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showDay(m_day.addDays(7)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { showDay(m_services.clock.today()); });
    connect(m_weekTable, &QTableWidget::cellClicked, this, [this](int row) {
        if (QTableWidgetItem *item = m_weekTable->item(row, 0))
            if (const QDate date = item->data(Qt::UserRole + 1).toDate(); date.isValid())
                showDay(date);
    });

    refresh();
}

QString ToursPage::selectedTourId() const
{
    QListWidgetItem *item = m_tourList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ToursPage::selectTour(const QString &tourId)
{
    for (int i = 0; i < m_tourList->count(); ++i) {
        if (m_tourList->item(i)->data(Qt::UserRole).toString() == tourId) {
            m_tourList->setCurrentRow(i);
            return;
        }
    }
}

void ToursPage::refresh()
{
    const QString selected = selectedTourId();
    // Active tours first (by name), then the inactive ones.
    m_tours = TourStore(m_services.database).tours();
    std::stable_sort(m_tours.begin(), m_tours.end(), [](const Tour &a, const Tour &b) { return a.active && !b.active; });
    m_filling = true;
    m_tourList->clear();
    for (const Tour &tour : m_tours) {
        auto *item = new QListWidgetItem(tour.name);
        item->setData(Qt::UserRole, tour.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (!tour.active) {
            item->setForeground(QColor(0x80, 0x80, 0x80));
            item->setToolTip(tr("Inactive: its stops are not offered as the current stop."));
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        m_tourList->addItem(item);
    }
    m_filling = false;
    if (!selected.isEmpty())
        selectTour(selected);
    if (!m_tourList->currentItem() && m_tourList->count() > 0)
        m_tourList->setCurrentRow(0);
    refreshStops();
    refreshSchedule();
    updateButtons();
}

void ToursPage::updateButtons()
{
    const QString id = selectedTourId();
    const bool hasTour = !id.isEmpty();
    m_renameTour->setEnabled(hasTour);
    m_activeTour->setEnabled(hasTour);
    m_removeTour->setEnabled(hasTour);
    m_addStop->setEnabled(hasTour);
    m_printTimetable->setEnabled(hasTour && !m_stops.isEmpty());
    const bool hasStop = hasTour && m_stopsTable->currentRow() >= 0 && !m_stopsTable->selectedItems().isEmpty();
    m_editStop->setEnabled(hasStop);
    m_removeStop->setEnabled(hasStop);
    bool active = true;
    for (const Tour &tour : m_tours)
        if (tour.id == id)
            active = tour.active;
    m_activeTour->setText(active ? tr("Deactivate") : tr("Reactivate"));
}

void ToursPage::refreshStops()
{
    const QString tourId = selectedTourId();
    m_stopsTable->setRowCount(0);
    m_stops.clear();
    m_problems->setVisible(false);
    if (tourId.isEmpty()) {
        m_tourTitle->setText(m_tours.isEmpty() ? tr("No tour yet: type the name of the first one on the left.")
                                               : tr("Choose a tour on the left."));
        return;
    }
    TourStore store(m_services.database);
    QString name;
    bool active = true;
    for (const Tour &tour : m_tours) {
        if (tour.id == tourId) {
            name = tour.name;
            active = tour.active;
        }
    }
    m_tourTitle->setText(active ? name : tr("%1 (inactive)").arg(name));
    m_stops = store.stops(tourId);
    const QStringList days = {tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"),
                              tr("Friday"), tr("Saturday"), tr("Sunday")};
    const QLocale locale;
    m_stopsTable->setRowCount(int(m_stops.size()));
    for (int row = 0; row < m_stops.size(); ++row) {
        const Stop &s = m_stops.at(row);
        m_stopsTable->setItem(row, NameColumn, cell(s.name, s.id));
        m_stopsTable->setItem(row, CommuneColumn, cell(s.codeInsee.isEmpty() ? s.commune
                                                                               : QStringLiteral("%1 (%2)").arg(s.commune, s.codeInsee)));
        m_stopsTable->setItem(row, DayColumn, cell(days.value(s.recurrence.weekday - 1)));
        m_stopsTable->setItem(row, HoursColumn, cell(hours(s)));
        QString recurrence = s.recurrence.describe();
        if (s.recurrence.endDate.isValid())
            recurrence += tr(", from %1 to %2")
                              .arg(locale.toString(s.recurrence.startDate, QLocale::ShortFormat),
                                   locale.toString(s.recurrence.endDate, QLocale::ShortFormat));
        else if (s.recurrence.startDate > m_services.clock.today())
            recurrence += tr(", from %1").arg(locale.toString(s.recurrence.startDate, QLocale::ShortFormat));
        QTableWidgetItem *recurrenceItem = cell(recurrence);
        recurrenceItem->setToolTip(recurrence);
        m_stopsTable->setItem(row, RecurrenceColumn, recurrenceItem);
        QTableWidgetItem *point = s.hasCoordinates()
            ? cell(QStringLiteral("%1, %2").arg(*s.latitude, 0, 'f', 5).arg(*s.longitude, 0, 'f', 5))
            : cell(tr("no coordinates — to be chosen by hand"));
        if (!s.hasCoordinates()) {
            point->setForeground(QColor(0x6b, 0x4a, 0x00));
            point->setToolTip(tr("Without a point the GPS cannot detect this stop: choose it by hand in the status bar."));
        }
        m_stopsTable->setItem(row, PointColumn, point);
    }
    QStringList problems = store.scheduleProblems(tourId);
    // Stops whose dates end within two months (fortnightly stops imported until the new year, when odd
    // and even weeks change): said here from the import on, with what to do, not discovered when they
    // vanish from the planning. One sentence per last day, naming the communes.
    const QDate today = m_services.clock.today();
    constexpr int kWarnDays = 61;
    QMap<QDate, QStringList> ending;
    for (const Stop &s : std::as_const(m_stops)) {
        const QDate end = s.recurrence.endDate;
        if (!end.isValid() || end < today || today.daysTo(end) > kWarnDays)
            continue; // once ended, scheduleProblems() says « no longer served »
        const QString where = s.commune.isEmpty() ? s.name : s.commune;
        if (!ending[end].contains(where))
            ending[end] << where;
    }
    for (auto it = ending.cbegin(); it != ending.cend(); ++it) {
        const int count = int(it.value().size());
        problems << tr("%Ln stop(s) served until %1 only (%2), then gone from the planning: import the itinerant "
                       "places again (the button on the left) or edit the stops' dates.",
                        nullptr, count)
                        .arg(locale.toString(it.key(), QStringLiteral("dddd d MMMM yyyy")),
                            it.value().join(QStringLiteral(", ")));
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void ToursPage::showDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_day = day;
    refreshSchedule();
}

void ToursPage::refreshSchedule()
{
    const QString tourId = selectedTourId();
    const QLocale locale;
    const QDate monday = m_day.addDays(1 - m_day.dayOfWeek());
    const QDate sunday = monday.addDays(6);
    const QDate today = m_services.clock.today();
    QString week = tr("Week from %1 to %2").arg(locale.toString(monday, QStringLiteral("d MMMM")),
                                                locale.toString(sunday, QStringLiteral("d MMMM yyyy")));
    if (today >= monday && today <= sunday)
        week += tr(" (this week)");
    m_weekLabel->setText(week);
    m_weekTable->setRowCount(0);
    m_dayTable->setRowCount(0);
    const QList<Visit> visits = tourId.isEmpty() ? QList<Visit>() : TourStore(m_services.database).weekSchedule(tourId, m_day);
    // Every day of the week is listed, a day without a stop too: the week reads Monday to Sunday.
    for (QDate date = monday; date <= sunday; date = date.addDays(1)) {
        QString dayText = locale.toString(date, QStringLiteral("dddd d MMMM"));
        if (date == today)
            dayText = tr("%1 (today)").arg(dayText);
        bool any = false;
        for (const Visit &v : visits) {
            if (v.date != date)
                continue;
            const int row = m_weekTable->rowCount();
            m_weekTable->insertRow(row);
            QTableWidgetItem *dayItem = cell(any ? QString() : dayText, v.stop.id);
            dayItem->setData(Qt::UserRole + 1, date);
            m_weekTable->setItem(row, 0, dayItem);
            m_weekTable->setItem(row, 1, cell(hours(v.stop)));
            m_weekTable->setItem(row, 2, cell(v.stop.name));
            m_weekTable->setItem(row, 3, cell(v.stop.commune));
            if (v.publicHoliday) {
                // Shown, not served: the bus does not come on a public holiday (unless the stop says so).
                m_weekTable->item(row, 2)->setText(tr("%1 — %2").arg(v.stop.name, TourStore::publicHolidayNote()));
                for (int c = 1; c < m_weekTable->columnCount(); ++c) {
                    QTableWidgetItem *item = m_weekTable->item(row, c);
                    item->setForeground(QColor(0x80, 0x80, 0x80));
                    QFont font = item->font();
                    font.setItalic(true);
                    item->setFont(font);
                }
            }
            any = true;
        }
        if (!any) {
            const int row = m_weekTable->rowCount();
            m_weekTable->insertRow(row);
            QTableWidgetItem *dayItem = cell(dayText);
            dayItem->setData(Qt::UserRole + 1, date);
            dayItem->setForeground(QColor(0x80, 0x80, 0x80));
            m_weekTable->setItem(row, 0, dayItem);
            auto *none = cell(tr("no stop"));
            none->setForeground(QColor(0x80, 0x80, 0x80));
            m_weekTable->setItem(row, 2, none);
        }
        if (date == m_day)
            for (int row = 0; row < m_weekTable->rowCount(); ++row)
                if (m_weekTable->item(row, 0)->data(Qt::UserRole + 1).toDate() == date)
                    for (int c = 0; c < m_weekTable->columnCount(); ++c)
                        if (QTableWidgetItem *item = m_weekTable->item(row, c)) {
                            QFont font = item->font();
                            font.setBold(true);
                            item->setFont(font);
                        }
    }

    QString dayTitle = locale.toString(m_day, QStringLiteral("dddd d MMMM yyyy"));
    if (m_day == today)
        dayTitle = tr("Today, %1").arg(dayTitle);
    m_dayLabel->setText(dayTitle);
    for (const Visit &v : visits) {
        if (v.date != m_day)
            continue;
        const int row = m_dayTable->rowCount();
        m_dayTable->insertRow(row);
        m_dayTable->setItem(row, 0, cell(hours(v.stop), v.stop.id));
        QTableWidgetItem *where = cell(v.stop.commune.isEmpty() || v.stop.commune == v.stop.name
                                           ? v.stop.name
                                           : QStringLiteral("%1 (%2)").arg(v.stop.name, v.stop.commune));
        if (v.publicHoliday) {
            where->setText(tr("%1 — %2").arg(where->text(), TourStore::publicHolidayNote()));
            where->setForeground(QColor(0x80, 0x80, 0x80));
        } else if (!v.stop.hasCoordinates()) {
            where->setText(tr("%1 — by hand").arg(where->text()));
            where->setToolTip(tr("Without a point the GPS cannot detect this stop: choose it by hand in the status bar."));
        }
        m_dayTable->setItem(row, 1, where);
    }
    if (m_dayTable->rowCount() == 0) {
        m_dayTable->insertRow(0);
        auto *none = cell(tourId.isEmpty() ? tr("no tour chosen") : tr("no stop this day"));
        none->setForeground(QColor(0x80, 0x80, 0x80));
        m_dayTable->setItem(0, 1, none);
    }
}

void ToursPage::addTour()
{
    const QString name = m_newTour->text().trimmed();
    if (name.isEmpty()) {
        m_newTour->setFocus();
        return;
    }
    Tour tour;
    tour.name = name;
    auto saved = TourStore(m_services.database).saveTour(tour);
    if (!report(saved.errorMessage()))
        return;
    m_newTour->clear();
    refresh();
    selectTour(saved.value());
    Q_EMIT toursChanged();
}

void ToursPage::renameTour()
{
    if (QListWidgetItem *item = m_tourList->currentItem())
        m_tourList->editItem(item);
}

void ToursPage::onTourItemChanged(QListWidgetItem *item)
{
    if (m_filling || !item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    TourStore store(m_services.database);
    auto tour = store.tour(id);
    if (!tour)
        return;
    const QString name = item->text().trimmed();
    if (name.isEmpty() || name == tour.value().name) {
        QMetaObject::invokeMethod(this, &ToursPage::refresh, Qt::QueuedConnection);
        return;
    }
    Tour changed = tour.value();
    changed.name = name;
    if (!report(store.saveTour(changed).errorMessage()))
        return;
    QMetaObject::invokeMethod(this, [this] {
        refresh();
        Q_EMIT toursChanged();
    }, Qt::QueuedConnection);
}

void ToursPage::toggleTourActive()
{
    TourStore store(m_services.database);
    auto tour = store.tour(selectedTourId());
    if (!tour)
        return;
    Tour changed = tour.value();
    changed.active = !changed.active;
    if (!report(store.saveTour(changed).errorMessage()))
        return;
    refresh();
    Q_EMIT toursChanged();
}

bool ToursPage::report(const QString &error)
{
    setError(m_tourError, error);
    return error.isEmpty();
}

bool ToursPage::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Tours"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void ToursPage::removeTour()
{
    TourStore store(m_services.database);
    auto tour = store.tour(selectedTourId());
    if (!tour)
        return;
    const int count = int(store.stops(tour.value().id).size());
    const QString question = count == 0
        ? tr("Remove the tour « %1 »? It has no stop.").arg(tour.value().name)
        : tr("Remove the tour « %1 » and its %Ln stop(s)? Records already made keep their stop.", nullptr, count)
              .arg(tour.value().name);
    if (!confirm(question))
        return;
    if (!report(store.removeTour(tour.value().id).errorMessage()))
        return;
    refresh();
    Q_EMIT toursChanged();
}

void ToursPage::editSelectedStop()
{
    const int row = m_stopsTable->currentRow();
    if (row < 0 || row >= m_stops.size())
        return;
    openStopEditor(m_stops.at(row));
}

void ToursPage::removeStop()
{
    const int row = m_stopsTable->currentRow();
    if (row < 0 || row >= m_stops.size())
        return;
    const Stop stop = m_stops.at(row);
    if (!confirm(tr("Remove the stop « %1 »?").arg(stop.name)))
        return;
    if (!report(TourStore(m_services.database).removeStop(stop.id).errorMessage()))
        return;
    refresh();
    Q_EMIT toursChanged();
}

void ToursPage::importFromPlaces()
{
    auto imported = itinerant::TourImport(m_services.database).fromRegister();
    if (!report(imported.errorMessage()))
        return;
    const itinerant::TourImportSummary &summary = imported.value();
    QStringList lines;
    if (summary.places == 0) {
        lines << tr("No place of the register is marked « Itinérant »: import the bus's places first (Map section), "
                    "or enter the stops here.");
    } else {
        const QLocale locale; // « 1 234 », « 1,234 »
        lines << tr("Import from the itinerant places: places read: %1; tours created: %2; stops added: %3, updated: %4, "
                    "unchanged: %5, removed: %6; not imported: %7.")
                     .arg(locale.toString(summary.places), locale.toString(summary.toursCreated),
                          locale.toString(summary.added), locale.toString(summary.updated),
                          locale.toString(summary.unchanged), locale.toString(summary.removed),
                          locale.toString(summary.skipped));
    }
    lines << summary.messages;
    // What was not imported, and why: said, not hidden (the first ones; all in the tooltip).
    QStringList details;
    for (const itinerant::TourImportRow &row : summary.rows) {
        if (row.message.isEmpty()
            || (row.outcome != itinerant::TourImportRow::Outcome::Skipped
                && row.outcome != itinerant::TourImportRow::Outcome::Removed))
            continue;
        details << QStringLiteral("• %1 (%2) : %3").arg(row.placeName, row.commune, row.message);
    }
    const int shown = 6;
    lines << details.mid(0, shown);
    if (const int more = int(details.size()) - shown; more > 0)
        lines << tr("… and %Ln more (see the tooltip).", nullptr, more);
    m_importSummary->setText(lines.join(QLatin1Char('\n')));
    m_importSummary->setToolTip(details.join(QLatin1Char('\n')));
    m_importSummary->setVisible(true);
    refresh();
    if (!summary.tourIds.isEmpty())
        selectTour(summary.tourIds.first());
    Q_EMIT toursChanged();
}

void ToursPage::printTimetable()
{
    const QString tourId = selectedTourId();
    if (tourId.isEmpty())
        return;
    auto data = itinerant::collectTimetable(m_services.database, tourId);
    if (!report(data.errorMessage()))
        return;
    const itinerant::TimetableData timetable = data.value();
    const auto preview = [this, timetable] {
        DocumentPreview::preview(this, itinerant::timetableInfo(timetable),
                                 [timetable] { return itinerant::buildTimetableSheet(timetable); });
    };
    if (timetable.overlaps.isEmpty()) {
        preview();
        return;
    }
    // Stops that overlap: the sheet would post the bus in two villages at once. Said before it is
    // printed (the sheet itself is for the villagers); correcting the stops is the default.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Stops that overlap"),
                                tr("This timetable posts the bus at two stops at the same time. Villagers would wait "
                                   "where the bus does not come."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("timetableOverlapWarning"));
    box->setInformativeText(timetable.overlaps.join(QLatin1Char('\n')));
    auto *correct = box->addButton(tr("Correct the stops first"), QMessageBox::RejectRole);
    auto *print = box->addButton(tr("Print anyway…"), QMessageBox::AcceptRole);
    print->setObjectName(QStringLiteral("printAnywayButton"));
    box->setDefaultButton(correct);
    box->setEscapeButton(correct);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [print, preview](QAbstractButton *clicked) {
        if (clicked == print)
            preview();
    });
    box->open();
}

StopEditDialog *ToursPage::openStopEditor(const Stop &stop)
{
    const QString tourId = stop.tourId.isEmpty() ? selectedTourId() : stop.tourId;
    if (tourId.isEmpty())
        return nullptr;
    Stop edited = stop;
    edited.tourId = tourId;
    if (edited.id.isEmpty() && !edited.recurrence.startDate.isValid())
        edited.recurrence.startDate = m_services.clock.today();
    auto *dialog = new StopEditDialog(m_services, edited, m_stops, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->stop().id;
        refresh();
        for (int row = 0; row < m_stops.size(); ++row)
            if (m_stops.at(row).id == id)
                m_stopsTable->selectRow(row);
        Q_EMIT toursChanged();
    });
    dialog->open();
    return dialog;
}

} // namespace escale::ui
