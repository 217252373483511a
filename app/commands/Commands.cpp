#include "commands/Command.h"

namespace escale::app {

// Each command file defines its factory; the list below is the whole command line of Escale.
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeSyncCommand();
std::unique_ptr<Command> makeChequesReceiveCommand();
std::unique_ptr<Command> makeChequesRedeemCommand();
std::unique_ptr<Command> makeChequesListCommand();
std::unique_ptr<Command> makeChequesIncidentsCommand();
std::unique_ptr<Command> makeChequesClaimCommand();
std::unique_ptr<Command> makeContentValidateCommand();
std::unique_ptr<Command> makeReportMonthlyCommand();
std::unique_ptr<Command> makeActivityExportCommand();
std::unique_ptr<Command> makeDemoCommand();

std::unique_ptr<Command> makeImportPlacesCommand();
std::unique_ptr<Command> makeExportPlacesCommand();
std::unique_ptr<Command> makePlacesSearchCommand();
std::unique_ptr<Command> makeToursListCommand();
std::unique_ptr<Command> makeToursImportPlacesCommand();
std::unique_ptr<Command> makeReportTimetableCommand();

CommandList allCommands()
{
    CommandList commands;
    commands.push_back(makeBackupCommand());
    commands.push_back(makeSyncCommand());
    commands.push_back(makeChequesReceiveCommand());
    commands.push_back(makeChequesRedeemCommand());
    commands.push_back(makeChequesListCommand());
    commands.push_back(makeChequesIncidentsCommand());
    commands.push_back(makeChequesClaimCommand());
    commands.push_back(makeContentValidateCommand());
    commands.push_back(makeReportMonthlyCommand());
    commands.push_back(makeActivityExportCommand());
    commands.push_back(makeDemoCommand());
    commands.push_back(makeImportPlacesCommand());
    commands.push_back(makeExportPlacesCommand());
    commands.push_back(makePlacesSearchCommand());
    commands.push_back(makeToursListCommand());
    commands.push_back(makeToursImportPlacesCommand());
    commands.push_back(makeReportTimetableCommand());
    return commands;
}

} // namespace escale::app
