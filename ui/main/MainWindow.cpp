#include "ui/main/MainWindow.h"

#include "CoreInfo.h"
#include "ui/main/HomePage.h"
#include "ui/widgets/SvgIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
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

MainWindow::MainWindow(AppServices services, SectionSource sections, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_sectionSource(std::move(sections))
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
    restoreWindowState();
    showSection(Section::Home);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSections()
{
    // Only Accueil is built at start-up; every other section is built the first time it is shown, by
    // the section provider (loaded then), so that the window opens at once whatever the database.
    m_home = new HomePage(m_services, this);
    addSection(Section::Home, tr("Home"), QStringLiteral(":/icons/home.svg"), [this] { return m_home; });
    const struct
    {
        Section section;
        const char *title;
        const char *icon;
    } sections[] = {
        {Section::Map, QT_TR_NOOP("Map"), ":/icons/map.svg"},
        {Section::Orientation, QT_TR_NOOP("Orientation"), ":/icons/orientation.svg"},
        {Section::Diagnostic, QT_TR_NOOP("Diagnostic"), ":/icons/diagnostic.svg"},
        {Section::Cheques, QT_TR_NOOP("Pass numérique"), ":/icons/cheques.svg"},
        {Section::Activity, QT_TR_NOOP("Activity"), ":/icons/activity.svg"},
        {Section::Sync, QT_TR_NOOP("Synchronisation"), ":/icons/sync.svg"},
        {Section::Settings, QT_TR_NOOP("Settings"), ":/icons/settings.svg"},
        {Section::Tours, QT_TR_NOOP("Tours"), ":/icons/tours.svg"},
    };
    for (const auto &s : sections) {
        const Section section = s.section;
        addSection(section, tr(s.title), QString::fromLatin1(s.icon), [this, section]() -> QWidget * {
            SectionProvider *provider = m_sectionSource ? m_sectionSource() : nullptr;
            if (!provider)
                return missingSectionsPage();
            return provider->createPage(int(section), this, [this] { m_home->refresh(); });
        });
    }
}

QWidget *MainWindow::missingSectionsPage()
{
    auto *label = new QLabel(tr("This part of Escale could not be loaded: the installation is incomplete. "
                                "Reinstall Escale; your data is not affected."),
                             this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(48);
    return label;
}

void MainWindow::buildStatusBar()
{
    // Itinerant mode (docs/itinerant.md): the current stop, chosen by hand or detected by the GPS, and a
    // calm « hors ligne » badge (QNetworkInformation, never a pop-up).
    if (m_statusBarBuilt)
        return;
    m_statusBarBuilt = true;
    SectionProvider *provider = m_sectionSource ? m_sectionSource() : nullptr;
    if (!provider)
        return;
    for (QWidget *widget : provider->createStatusWidgets(this))
        statusBar()->addPermanentWidget(widget);
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

bool MainWindow::event(QEvent *event)
{
    // Itinerant mode's current stop and the « hors ligne » badge: 300 ms after the first frame, so that
    // start-up waits neither for them nor for the sections library, the network backend and the
    // position source they bring (on a slow machine, a timer started earlier could fire first).
    if (event->type() == QEvent::Paint && !m_statusBarScheduled) {
        m_statusBarScheduled = true;
        QTimer::singleShot(300, this, &MainWindow::buildStatusBar);
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace escale::ui
