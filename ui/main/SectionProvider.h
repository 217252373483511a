#pragma once

#include "AppServices.h"

#include <QList>

#include <functional>

class QWidget;

namespace escale::structure {
class StructureStore;
}

namespace escale::ui {

// What the main window needs beyond Accueil: the other sections' pages, the status bar's itinerant
// widgets and the first-run assistant. They need Qt modules that Accueil does not (Charts, Network,
// Positioning, PrintSupport, SerialPort…), whose loading was most of Escale's start-up, so the
// application keeps them in a library loaded on first use (app/SectionLibrary; docs/development.md,
// « Start-up »). Tests link them directly (ui/sections/Sections.h).
class SectionProvider
{
public:
    virtual ~SectionProvider() = default;

    // The page of `section` (a MainWindow::Section other than Home). `homeChanged` is called when
    // the page changes what Accueil shows (a cheque redeemed, the structure edited).
    virtual QWidget *createPage(int section, QWidget *parent, const std::function<void()> &homeChanged) = 0;
    // The current stop and the « hors ligne » badge, started, for the status bar.
    virtual QList<QWidget *> createStatusWidgets(QWidget *parent) = 0;
    // The first-run assistant; true once the structure profile is created.
    virtual bool runFirstRun(structure::StructureStore &structures) = 0;
};

// How the main window reaches the provider when it first needs it; nullptr if it cannot be loaded
// (the window then says so in the section instead of its page).
using SectionSource = std::function<SectionProvider *()>;

} // namespace escale::ui
