#include "ui/sections/Sections.h"

#include "itinerant/CurrentStop.h"
#include "ui/activity/ActivityPage.h"
#include "ui/cheques/ChequesPage.h"
#include "ui/competencies/DiagnosticPage.h"
#include "ui/itinerant/CurrentStopBar.h"
#include "ui/itinerant/OfflineBadge.h"
#include "ui/itinerant/ToursPage.h"
#include "ui/main/FirstRunAssistant.h"
#include "ui/main/MainWindow.h"
#include "ui/orientation/OrientationPage.h"
#include "ui/places/PlacesPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/sync/SyncPage.h"

namespace escale::ui {

namespace {

AppServices withStop(AppServices services, itinerant::CurrentStop *own)
{
    if (!services.currentStop)
        services.currentStop = own;
    return services;
}

} // namespace

Sections::Sections(AppServices services)
    : m_ownStop(services.currentStop ? nullptr : std::make_unique<itinerant::CurrentStop>())
    , m_services(withStop(services, m_ownStop.get()))
{
}

Sections::~Sections() = default;

QWidget *Sections::createPage(int section, QWidget *parent, const std::function<void()> &homeChanged)
{
    using Section = MainWindow::Section;
    switch (Section(section)) {
    case Section::Home:
        return nullptr; // the main window's own
    case Section::Map: {
        auto *places = new PlacesPage(m_services, parent);
        m_places = places;
        return places;
    }
    case Section::Orientation:
        return new OrientationPage(m_services, parent);
    case Section::Diagnostic:
        return new DiagnosticPage(m_services, parent);
    case Section::Cheques: {
        auto *cheques = new ChequesPage(m_services, parent);
        QObject::connect(cheques, &ChequesPage::chequeRedeemed, cheques, homeChanged);
        return cheques;
    }
    case Section::Activity:
        return new ActivityPage(m_services, parent);
    case Section::Sync:
        return new SyncPage(m_services, parent);
    case Section::Settings: {
        auto *settings = new SettingsPage(m_services, parent);
        QObject::connect(settings, &SettingsPage::structureChanged, settings, homeChanged);
        // A new position source applies at once: the map's and the current stop's.
        QObject::connect(settings, &SettingsPage::positionSettingsChanged, settings, [this] {
            if (m_places)
                m_places->restartPositioning();
            if (m_stopBar)
                m_stopBar->restartPositioning();
        });
        return settings;
    }
    case Section::Tours: {
        auto *tours = new ToursPage(m_services, parent);
        QObject::connect(tours, &ToursPage::toursChanged, tours, [this] {
            if (!m_stopBar)
                return; // built a moment after start-up, with the tours as they are then
            m_stopBar->reload();
            m_stopBar->startPositioning();
        });
        return tours;
    }
    }
    return nullptr;
}

QList<QWidget *> Sections::createStatusWidgets(QWidget *parent)
{
    auto *stopBar = new CurrentStopBar(m_services, parent);
    m_stopBar = stopBar;
    auto *offline = new OfflineBadge(parent);
    offline->start();
    stopBar->startPositioning();
    return {stopBar, offline};
}

bool Sections::runFirstRun(structure::StructureStore &structures)
{
    FirstRunAssistant assistant(structures);
    return assistant.exec() == QDialog::Accepted;
}

SectionSource Sections::linked(AppServices services)
{
    auto sections = std::make_shared<Sections>(services);
    return [sections] { return sections.get(); };
}

} // namespace escale::ui
