#pragma once

#include "AppServices.h"
#include "ui/main/SectionProvider.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QListWidget;
class QStackedWidget;

namespace escale::ui {

class HomePage;

// The main window: a navigation list on the left, the current section on the right.
// Each section has a fixed place and shortcut (Ctrl+1 … Ctrl+9) whether or not the sections before it
// exist yet; a section that is not built is simply not listed.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Section { Home = 1, Map, Orientation, Diagnostic, Cheques, Activity, Sync, Settings, Tours };
    Q_ENUM(Section)

    // `sections` gives the pages of the sections other than Accueil, asked for on first use.
    MainWindow(AppServices services, SectionSource sections, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;
    // The page of a section, built if it was not shown yet; nullptr for a section that does not exist.
    QWidget *sectionWidget(Section section);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildSections();
    void addSection(Section section, const QString &title, const QString &iconResource,
                    std::function<QWidget *()> build);
    QWidget *ensurePage(Section section);
    void onNavigationRowChanged(int row);
    void restoreWindowState();
    // The current stop and the « hors ligne » badge, built 300 ms after start-up.
    void buildStatusBar();
    // The page said in place of a section when the sections library cannot be loaded.
    QWidget *missingSectionsPage();

    AppServices m_services;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    SectionSource m_sectionSource;
    HomePage *m_home = nullptr;
    bool m_statusBarScheduled = false;
    bool m_statusBarBuilt = false;
    struct SectionEntry
    {
        std::function<QWidget *()> build;
        QWidget *holder = nullptr; // in the stack from the start
        QWidget *page = nullptr;   // built on first show
    };
    QHash<Section, SectionEntry> m_sections;
};

} // namespace escale::ui
