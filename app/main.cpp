// Escale: the command line decides between a subcommand and the window; everything else lives in
// core/ and ui/ (DESIGN.md §2, §11).
#include "Startup.h"

#include <QStringList>

int main(int argc, char **argv)
{
    escale::app::setApplicationNames();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const escale::app::GlobalOptions options = escale::app::parseGlobalOptions(arguments);
    if (options.help || options.version || !options.command.isEmpty() || !options.error.isEmpty())
        return escale::app::runCommandLine(options);
    return escale::app::runGui(argc, argv, options);
}
