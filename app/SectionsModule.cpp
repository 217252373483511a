// The sections library (libescale_sections): what the `escale` program loads on first use — every
// section beyond Accueil, the status bar's itinerant widgets, the first-run assistant and the
// subcommands. See app/SectionLibrary.h.
#include "SectionsModule.h"

#include "Startup.h"
#include "ui/sections/Sections.h"

#include <QtGlobal>

extern "C" {

Q_DECL_EXPORT escale::ui::SectionProvider *escale_create_sections(const escale::AppServices *services)
{
    return new escale::ui::Sections(*services);
}

Q_DECL_EXPORT int escale_run_command(const escale::app::GlobalOptions *options)
{
    return escale::app::runCommand(*options);
}

} // extern "C"
