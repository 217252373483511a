#include "DailyFigures.h"

#include "activity/Activity.h"
#include "cheques/ChequeRegister.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace escale {

QList<DailyFigure> dailyFigures(const AppServices &services)
{
    QList<DailyFigure> figures;
    // Figures in the interface's way: « 1 493 » in French, « 1,493 » in English.
    const QLocale locale;
    // Domains add their figures here (activities recorded today, cheques redeemed today…).
    // Activities dated today and people reached (indexed on activities (deleted, date)).
    const auto today = activity::ActivityStore(services.database).countOn(services.clock.today());
    figures.append({QStringLiteral("activities"), locale.toString(today.activities),
                    QCoreApplication::translate("escale::DailyFigures", "activity(ies) recorded today", nullptr,
                                                today.activities)});
    figures.append({QStringLiteral("people"), locale.toString(today.people),
                    QCoreApplication::translate("escale::DailyFigures", "person(s) accompanied today", nullptr,
                                                today.people)});
    // Pass numérique cheques redeemed today (indexed on cheques.redeemed_on).
    const int cheques = cheques::ChequeRegister(services.database).redeemedOn(services.clock.today());
    figures.append({QStringLiteral("cheques"), locale.toString(cheques),
                    QCoreApplication::translate("escale::DailyFigures", "Pass numérique cheque(s) redeemed today",
                                                nullptr, cheques)});
    storage::RecordStore records(services.database);
    const int pending = records.pendingChanges();
    if (pending > 0)
        figures.append({QStringLiteral("pendingChanges"), locale.toString(pending),
                        QCoreApplication::translate("escale::DailyFigures", "change(s) waiting to be synchronised",
                                                    nullptr, pending)});
    return figures;
}

} // namespace escale
