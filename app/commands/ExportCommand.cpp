#include "commands/Command.h"

#include "places/Place.h"
#include "places/PlaceExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace escale::app {

namespace {

// `escale export places --output FILE [--format csv|json]`
class ExportPlacesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportPlacesCommand)
public:
    QStringList name() const override { return { QStringLiteral("export"), QStringLiteral("places") }; }
    QString summary() const override { return tr("Export the places as national standard v2 CSV or JSON."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
            tr("The file to write (suggested name: AAAAMMJJ_producteur_lieux-de-mediation-numerique_territoire.csv)."),
            tr("FILE") });
        parser.addOption(
            { QStringLiteral("format"), tr("csv (default) or json."), tr("FORMAT"), QStringLiteral("csv") });
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            context.err() << tr("escale export places: --output FILE is required.") << Qt::endl;
            return ExitUsage;
        }
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("json")) {
            context.err() << tr("escale export places: unknown --format « %1 » (csv or json).").arg(format) << Qt::endl;
            return ExitUsage;
        }
        storage::Database *db = context.database(/*readOnly=*/true);
        if (!db)
            return ExitFailure;
        const QList<places::Place> all = places::PlaceStore(*db).all();
        if (Status s = places::PlaceExporter::write(all, output,
                format == QLatin1String("csv") ? places::PlaceExporter::Format::Csv
                                               : places::PlaceExporter::Format::Json);
            !s)
            return context.fail(s.errorMessage());
        const int count = int(all.size());
        if (parser.isSet(QStringLiteral("json")))
            context.printJson({ { QStringLiteral("output"), QDir(output).absolutePath() },
                { QStringLiteral("format"), format }, { QStringLiteral("places"), count } });
        else
            context.out() << tr("%Ln place(s) written to %1.", nullptr, count).arg(QDir::toNativeSeparators(output))
                          << Qt::endl;
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeExportPlacesCommand()
{
    return std::make_unique<ExportPlacesCommand>();
}

} // namespace escale::app
