#include "commands/Command.h"

namespace escale::app {

// Each command file defines its factory; the list below is the whole command line of Escale.
std::unique_ptr<Command> makeBackupCommand();

CommandList allCommands()
{
    CommandList commands;
    commands.push_back(makeBackupCommand());
    return commands;
}

} // namespace escale::app
