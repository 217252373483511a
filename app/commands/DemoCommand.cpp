#include "commands/Command.h"

#include "activity/DemoData.h"
#include "cheques/DemoCheques.h"

#include <QCoreApplication>
#include <QJsonObject>

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
            context.out() << tr("Demonstration data written: %1 users, %2 fictitious people, %3 activities, "
                                "%4 Pass numérique cheques in %5 booklets, %6 claims.")
                                 .arg(summary.users)
                                 .arg(summary.beneficiaries)
                                 .arg(summary.activities)
                                 .arg(chequeSummary.cheques)
                                 .arg(chequeSummary.booklets)
                                 .arg(chequeSummary.claims)
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
