#pragma once

#include "AppServices.h"

#include <QLibrary>
#include <QString>

#include <memory>

namespace escale::ui {
class SectionProvider;
}

namespace escale::app {

struct GlobalOptions;

// The sections library (libescale_sections, app/SectionsModule.cpp): every section beyond Accueil,
// the status bar's itinerant widgets, the first-run assistant and the command line's subcommands.
// They need Qt modules (Charts, Network, Positioning, PrintSupport, SerialPort, keychain…) that the
// window's first frame does not, so the program loads it when first needed instead of at start-up
// (docs/development.md, « Start-up »). Looked for next to the program, then in the installed
// private folder (lib/escale).
class SectionLibrary
{
public:
    SectionLibrary();
    ~SectionLibrary();

    // Loads the library once (needs a QCoreApplication); false when it cannot, see errorString().
    bool load();
    QString errorString() const { return m_error; }

    // The section provider for this session, made on first call; nullptr if the library cannot load.
    ui::SectionProvider *sections(const AppServices &services);

    // Runs the subcommand of `options` (the application already made); ExitFailure if not loadable.
    int runCommand(const GlobalOptions &options);

private:
    QLibrary m_library;
    bool m_tried = false;
    bool m_loaded = false;
    QString m_error;
    std::unique_ptr<ui::SectionProvider> m_sections;
};

} // namespace escale::app
