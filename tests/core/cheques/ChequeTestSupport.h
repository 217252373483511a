#pragma once

// Shared set-up of the cheque tests: a structure with a mediator, and helpers to bring cheques to a state.

#include "TestSupport.h"
#include "cheques/ChequeRegister.h"
#include "structure/StructureProfile.h"

namespace escale::test {

inline QDateTime parisTime(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Paris")).toUTC();
}

inline void setUpStructure(storage::Database &db, const QString &mediator = QStringLiteral("Amélie Côté"))
{
    structure::StructureProfile p;
    p.nom = QStringLiteral("Médiathèque François-Villon");
    p.adresse = QStringLiteral("12 rue de l'Évêché");
    p.commune = QStringLiteral("Digne-les-Bains");
    p.codePostal = QStringLiteral("04000");
    p.pivot = QStringLiteral("21040070200017");
    p.acceptePassNumerique = true;
    const Status s = structure::StructureStore(db).completeFirstRun(p, mediator);
    if (!s)
        qFatal("cannot set the structure up: %s", qPrintable(s.errorMessage()));
}

inline cheques::ReceiveResult receiveRange(
    cheques::ChequeRegister &reg, const QString &scheme, const QString &first, const QString &last)
{
    cheques::ReceiveRequest r;
    r.schemeId = scheme;
    r.rangeFirst = first;
    r.rangeLast = last;
    auto result = reg.receive(r);
    if (!result)
        qFatal("cannot receive %s..%s: %s", qPrintable(first), qPrintable(last), qPrintable(result.errorMessage()));
    return *result;
}

} // namespace escale::test
