#include "ui/main/MainWindow.h"

#include "CoreInfo.h"
#include "ui/activity/ActivityPage.h"
#include "ui/cheques/ChequesPage.h"
#include "ui/competencies/DiagnosticPage.h"
#include "ui/itinerant/CurrentStopBar.h"
#include "ui/itinerant/OfflineBadge.h"
#include "ui/itinerant/ToursPage.h"
#include "ui/main/HomePage.h"
#include "ui/orientation/OrientationPage.h"
#include "ui/places/PlacesPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/sync/SyncPage.h"
#include "ui/widgets/SvgIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace escale::ui {

MainWindow::MainWindow(AppServices services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(applicationDisplayName());
    setWindowIcon(svgIcon(QStringLiteral(":/icons/escale.svg")));
    setMinimumSize(960, 600);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(210);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { font-size: 11pt; padding-top: 8px; }"
                                               "QListWidget::item { padding: 6px 4px; }"));
    layout->addWidget(m_navigation);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("sectionStack"));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationRowChanged);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Escale"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Escale"),
            tr("<h3>Escale %1</h3><p>The workstation of digital-mediation places.</p>"
               "<p>Map data: © Natural Earth (public domain). Places data: ANCT – Cartographie nationale des lieux "
               "d'inclusion numérique (Licence Ouverte 2.0).</p>")
                .arg(applicationVersion()));
    });

    buildSections();
    statusBar()->showMessage(QDir::toNativeSeparators(m_services.database.path()));
    // Itinerant mode's current stop and the « hors ligne » badge: after the first paint, start-up does
    // not wait for them (nor for the network backend and the position source they start).
    QTimer::singleShot(300, this, &MainWindow::buildStatusBar);
    restoreWindowState();
    showSection(Section::Home);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSections()
{
    // Only Accueil is built at start-up; every other section is built the first time it is shown, so
    // that the window opens at once whatever the size of the database.
    m_home = new HomePage(m_services, this);
    addSection(Section::Home, tr("Home"), QStringLiteral(":/icons/home.svg"), [this] { return m_home; });
    addSection(Section::Map, tr("Map"), QStringLiteral(":/icons/map.svg"),
               [this] { return new PlacesPage(m_services, this); });
    addSection(Section::Orientation, tr("Orientation"), QStringLiteral(":/icons/orientation.svg"),
               [this] { return new OrientationPage(m_services, this); });
    addSection(Section::Diagnostic, tr("Diagnostic"), QStringLiteral(":/icons/diagnostic.svg"),
               [this] { return new DiagnosticPage(m_services, this); });
    addSection(Section::Cheques, tr("Pass numérique"), QStringLiteral(":/icons/cheques.svg"), [this] {
        auto *cheques = new ChequesPage(m_services, this);
        connect(cheques, &ChequesPage::chequeRedeemed, m_home, &HomePage::refresh);
        return cheques;
    });
    addSection(Section::Activity, tr("Activity"), QStringLiteral(":/icons/activity.svg"),
               [this] { return new ActivityPage(m_services, this); });
    addSection(Section::Sync, tr("Synchronisation"), QStringLiteral(":/icons/sync.svg"),
               [this] { return new SyncPage(m_services, this); });
    addSection(Section::Settings, tr("Settings"), QStringLiteral(":/icons/settings.svg"), [this] {
        auto *settings = new SettingsPage(m_services, this);
        connect(settings, &SettingsPage::structureChanged, m_home, &HomePage::refresh);
        return settings;
    });
    addSection(Section::Tours, tr("Tours"), QStringLiteral(":/icons/tours.svg"), [this] {
        auto *tours = new ToursPage(m_services, this);
        connect(tours, &ToursPage::toursChanged, this, [this] {
            if (!m_currentStopBar)
                return; // built a moment after start-up, with the tours as they are then
            m_currentStopBar->reload();
            m_currentStopBar->startPositioning();
        });
        return tours;
    });
}

void MainWindow::buildStatusBar()
{
    // Itinerant mode (docs/itinerant.md): the current stop, chosen by hand or detected by the GPS, and a
    // calm « hors ligne » badge (QNetworkInformation, never a pop-up).
    if (m_currentStopBar)
        return;
    m_currentStopBar = new CurrentStopBar(m_services, this);
    statusBar()->addPermanentWidget(m_currentStopBar);
    m_offlineBadge = new OfflineBadge(this);
    statusBar()->addPermanentWidget(m_offlineBadge);
    m_offlineBadge->start();
    m_currentStopBar->startPositioning();
}

void MainWindow::addSection(Section section, const QString &title, const QString &iconResource,
                            std::function<QWidget *()> build)
{
    // Keep the list in the order of the sections, whatever the order of the calls.
    int row = 0;
    while (row < m_navigation->count()
           && m_navigation->item(row)->data(Qt::UserRole).toInt() < int(section))
        ++row;
    auto *item = new QListWidgetItem(svgIcon(iconResource), title); // no plugin, parsed when painted
    item->setData(Qt::UserRole, int(section));
    const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_0 + int(section)));
    item->setToolTip(tr("%1 (%2)").arg(title, key.toString(QKeySequence::NativeText)));
    m_navigation->insertItem(row, item);
    // A holder stands in the stack until the page is built.
    auto *holder = new QWidget(m_stack);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->insertWidget(row, holder);
    m_sections.insert(section, SectionEntry{std::move(build), holder, nullptr});

    auto *shortcut = new QShortcut(key, this);
    connect(shortcut, &QShortcut::activated, this, [this, section] { showSection(section); });
}

QWidget *MainWindow::ensurePage(Section section)
{
    auto it = m_sections.find(section);
    if (it == m_sections.end())
        return nullptr;
    if (!it->page) {
        QWidget *page = it->build();
        it->holder->layout()->addWidget(page);
        it->holder->setFocusProxy(page);
        it = m_sections.find(section); // the build may have added entries
        it->page = page;
    }
    return it->page;
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row < 0)
        return;
    ensurePage(Section(m_navigation->item(row)->data(Qt::UserRole).toInt()));
    m_stack->setCurrentIndex(row);
}

void MainWindow::showSection(Section section)
{
    QWidget *page = ensurePage(section);
    if (!page)
        return;
    const int row = m_stack->indexOf(m_sections.value(section).holder);
    m_navigation->setCurrentRow(row);
    if (section == Section::Home)
        m_home->refresh();
    if (QWidget *focus = page->focusProxy() ? page->focusProxy() : page->nextInFocusChain())
        focus->setFocus();
}

MainWindow::Section MainWindow::currentSection() const
{
    QListWidgetItem *item = m_navigation->currentItem();
    return item ? Section(item->data(Qt::UserRole).toInt()) : Section::Home;
}

QWidget *MainWindow::sectionWidget(Section section)
{
    return ensurePage(section);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1280, available.width()), std::min(800, available.height()));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace escale::ui
