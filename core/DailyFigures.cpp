#include "DailyFigures.h"

#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace escale {

QList<DailyFigure> dailyFigures(const AppServices &services)
{
    QList<DailyFigure> figures;
    // Domains add their figures here (activities recorded today, cheques redeemed today…).
    storage::RecordStore records(services.database);
    const int pending = records.pendingChanges();
    if (pending > 0)
        figures.append({QStringLiteral("pendingChanges"), QString::number(pending),
                        QCoreApplication::translate("escale::DailyFigures", "change(s) waiting to be synchronised",
                                                    nullptr, pending)});
    return figures;
}

} // namespace escale
