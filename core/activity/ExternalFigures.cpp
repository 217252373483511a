#include "activity/ExternalFigures.h"

#include "storage/Database.h"

// Each module is compiled in when CMake found its library (ESCALE_WITH_*, core/activity/CMakeLists.txt)
// and its header is there.
#if defined(ESCALE_WITH_CHEQUES) && __has_include("cheques/ChequeRegister.h")
#include "cheques/ChequeRegister.h"
#define ESCALE_HAS_CHEQUES 1
#endif
#if defined(ESCALE_WITH_COMPETENCIES) && __has_include("competencies/DiagnosticStore.h")
#include "competencies/DiagnosticStore.h"
#define ESCALE_HAS_DIAGNOSTICS 1
#endif
#if defined(ESCALE_WITH_ORIENTATION) && __has_include("orientation/OrientationStore.h")
#include "orientation/OrientationStore.h"
#define ESCALE_HAS_ORIENTATION 1
#endif

namespace escale::activity {

void addExternalFigures(storage::Database &db, ActivityStatistics &st)
{
    Q_UNUSED(db);
    Q_UNUSED(st);
#ifdef ESCALE_HAS_ORIENTATION
    st.orientations = orientation::OrientationStore(db).countBetween(st.from, st.to);
#endif
#ifdef ESCALE_HAS_DIAGNOSTICS
    st.diagnostics = competencies::DiagnosticStore(db).countBetween(st.from, st.to);
#endif
#ifdef ESCALE_HAS_CHEQUES
    QList<RedeemedRow> rows;
    for (const auto &r : cheques::ChequeRegister(db).redeemedBetween(st.from, st.to))
        rows.append({ r.scheme, r.schemeLabel, r.funder, r.count, r.amount });
    st.cheques = rows;
#endif
}

QStringList externalModules()
{
    QStringList modules;
#ifdef ESCALE_HAS_ORIENTATION
    modules << QStringLiteral("orientation");
#endif
#ifdef ESCALE_HAS_DIAGNOSTICS
    modules << QStringLiteral("diagnostic");
#endif
#ifdef ESCALE_HAS_CHEQUES
    modules << QStringLiteral("cheques");
#endif
    return modules;
}

} // namespace escale::activity
