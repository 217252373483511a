#include "commands/Command.h"

#include "activity/DemoData.h"
#include "cheques/DemoCheques.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace escale::app {

namespace {

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QStringList name() const override { return { QStringLiteral("demo") }; }
    QString summary() const override
    {
        return tr("Fill a fresh database with a year of clearly labelled demonstration data.");
    }
    void configure(QCommandLineParser &parser) const override { parser.addOption(jsonOption()); }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        storage::Database *db = context.database();
        if (!db)
            return ExitFailure;
        if (Status s = activity::fillDemo(*db, context.clock()); !s)
            return context.fail(s.errorMessage());
        const auto summary = activity::demoSummary(*db);
        const auto chequeSummary = cheques::demoChequeSummary(*db);
        if (parser.isSet(QStringLiteral("json")))
            context.printJson({ { QStringLiteral("users"), summary.users },
                { QStringLiteral("beneficiaries"), summary.beneficiaries },
                { QStringLiteral("activities"), summary.activities }, { QStringLiteral("cheques"), chequeSummary.cheques },
                { QStringLiteral("chequeClaims"), chequeSummary.claims } });
        else
            // Label-style counts (docs/development.md, « Numbers and plurals »): no word to agree.
            context.out() << tr("Demonstration data written — users: %1, fictitious people: %2, activities: %3, "
                                "Pass numérique cheques: %4 (booklets: %5), reimbursement claims: %6.")
                                 .arg(QLocale().toString(summary.users), QLocale().toString(summary.beneficiaries),
                                      QLocale().toString(summary.activities), QLocale().toString(chequeSummary.cheques),
                                      QLocale().toString(chequeSummary.booklets), QLocale().toString(chequeSummary.claims))
                          << Qt::endl;
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    // The demonstration cheques are written after the activities, in the same transaction.
    static const bool chequesRegistered = [] {
        activity::registerDemoFiller(&cheques::fillDemo);
        return true;
    }();
    Q_UNUSED(chequesRegistered)
    return std::make_unique<DemoCommand>();
}

} // namespace escale::app
