#include "SectionLibrary.h"

#include "SectionsModule.h"
#include "Startup.h"
#include "commands/Command.h"
#include "ui/main/SectionProvider.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace escale::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::app::SectionLibrary", text); // lupdate's context for tr() in its members
}

} // namespace

SectionLibrary::SectionLibrary() = default;

SectionLibrary::~SectionLibrary()
{
    // The provider's pages are gone with the window; the library stays mapped until the process ends
    // (QLibrary does not unload it on destruction).
    m_sections.reset();
}

bool SectionLibrary::load()
{
    if (m_tried)
        return m_loaded;
    m_tried = true;
    const QDir here(QCoreApplication::applicationDirPath());
    // Next to the program (build tree, Windows, macOS bundle), then the installed private folder.
    const QStringList candidates{here.filePath(QStringLiteral(ESCALE_SECTIONS_LIBRARY_NAME)),
                                 QDir::cleanPath(here.filePath(QStringLiteral(ESCALE_PRIVATE_LIBDIR_FROM_BINDIR "/"
                                                                              ESCALE_SECTIONS_LIBRARY_NAME)))};
    QStringList errors;
    for (const QString &candidate : candidates) {
        m_library.setFileName(candidate);
        if (m_library.load()) {
            m_loaded = m_library.resolve(CreateSectionsSymbol) && m_library.resolve(RunCommandSymbol);
            if (m_loaded)
                return true;
            errors << tr("%1 is not Escale's sections library.").arg(QDir::toNativeSeparators(m_library.fileName()));
            m_library.unload();
            continue;
        }
        errors << m_library.errorString();
    }
    m_error = tr("Escale is incomplete: its sections library could not be loaded (%1). Reinstall Escale; "
                 "your data is not affected.")
                  .arg(errors.join(QStringLiteral("; ")));
    return false;
}

ui::SectionProvider *SectionLibrary::sections(const AppServices &services)
{
    if (!m_sections && load()) {
        auto create = reinterpret_cast<CreateSectionsFunction>(m_library.resolve(CreateSectionsSymbol));
        m_sections.reset(create(&services));
    }
    return m_sections.get();
}

int SectionLibrary::runCommand(const GlobalOptions &options)
{
    if (!load()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(errorLine(m_error)));
        return ExitFailure;
    }
    auto run = reinterpret_cast<RunCommandFunction>(m_library.resolve(RunCommandSymbol));
    return run(&options);
}

} // namespace escale::app
