#pragma once

#include "ui/main/SectionProvider.h"

#include <QPointer>

#include <memory>

namespace escale::itinerant {
class CurrentStop;
}

namespace escale::ui {

class CurrentStopBar;
class PlacesPage;

// The sections other than Accueil (SectionProvider): the application reaches them through the
// library it loads on first use (app/SectionsModule.cpp), tests link them directly.
class Sections : public SectionProvider
{
public:
    // Uses services.currentStop when set, else keeps its own current stop for the session.
    explicit Sections(AppServices services);
    ~Sections() override;

    QWidget *createPage(int section, QWidget *parent, const std::function<void()> &homeChanged) override;
    QList<QWidget *> createStatusWidgets(QWidget *parent) override;
    bool runFirstRun(structure::StructureStore &structures) override;

    // A SectionSource for MainWindow that owns a Sections (tests, and the library's entry point).
    static SectionSource linked(AppServices services);

private:
    std::unique_ptr<itinerant::CurrentStop> m_ownStop;
    AppServices m_services;
    QPointer<CurrentStopBar> m_stopBar;
    QPointer<PlacesPage> m_places;
};

} // namespace escale::ui
