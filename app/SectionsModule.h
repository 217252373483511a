#pragma once

// The entry points of the sections library (libescale_sections), resolved by name by the program
// (app/SectionLibrary). Plain C names: one program and one library of the same build use them.

namespace escale {
struct AppServices;
namespace ui {
class SectionProvider;
}
namespace app {
struct GlobalOptions;

// Returns a new provider (the caller owns it) for the session's services.
using CreateSectionsFunction = ui::SectionProvider *(*)(const AppServices *services);
// Runs a subcommand; the application is already made. Returns an ExitCode.
using RunCommandFunction = int (*)(const GlobalOptions *options);

inline constexpr char CreateSectionsSymbol[] = "escale_create_sections";
inline constexpr char RunCommandSymbol[] = "escale_run_command";

} // namespace app
} // namespace escale
