#include "commands/Command.h"

#include "places/PlaceImporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace escale::app {

namespace {

using places::ImportFormat;
using places::ImportRowResult;

QString outcomeCode(ImportRowResult::Outcome o)
{
    switch (o) {
    case ImportRowResult::Outcome::Added:
        return QStringLiteral("added");
    case ImportRowResult::Outcome::Updated:
        return QStringLiteral("updated");
    case ImportRowResult::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case ImportRowResult::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

// `escale import places FILE [--format auto|standard|france-services|mapped --mapping FILE]`
class ImportPlacesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlacesCommand)
public:
    QStringList name() const override { return { QStringLiteral("import"), QStringLiteral("places") }; }
    QString summary() const override
    {
        return tr("Import places (national standard v1/v2 CSV or JSON, France Services list, mapped CSV).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to import."));
        parser.addOption({ QStringLiteral("format"), tr("auto (default), standard, france-services or mapped."),
            tr("FORMAT"), QStringLiteral("auto") });
        parser.addOption({ QStringLiteral("mapping"), tr("With --format mapped: a JSON file {\"column\": \"field\"}."),
            tr("FILE") });
        parser.addOption({ QStringLiteral("dry-run"), tr("Read and check the file, write nothing.") });
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            context.err() << tr("escale import places: give exactly one FILE.") << Qt::endl;
            return ExitUsage;
        }
        places::ImportOptions options;
        const QString format = parser.value(QStringLiteral("format"));
        if (format == QLatin1String("auto"))
            options.format = ImportFormat::Auto;
        else if (format == QLatin1String("standard"))
            options.format = ImportFormat::Standard;
        else if (format == QLatin1String("france-services"))
            options.format = ImportFormat::FranceServices;
        else if (format == QLatin1String("mapped"))
            options.format = ImportFormat::Mapped;
        else {
            context.err() << tr(
                "escale import places: unknown --format « %1 » (auto, standard, france-services, mapped).")
                                 .arg(format)
                          << Qt::endl;
            return ExitUsage;
        }
        if (options.format == ImportFormat::Mapped) {
            if (!parser.isSet(QStringLiteral("mapping"))) {
                context.err() << tr("escale import places: --format mapped needs --mapping FILE.") << Qt::endl;
                return ExitUsage;
            }
            auto mapping = places::PlaceImporter::readMapping(parser.value(QStringLiteral("mapping")));
            if (!mapping)
                return context.fail(mapping.errorMessage());
            options.mapping = mapping.value();
        } else if (parser.isSet(QStringLiteral("mapping"))) {
            context.err() << tr("escale import places: --mapping goes with --format mapped.") << Qt::endl;
            return ExitUsage;
        }
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));

        storage::Database *db = context.database();
        if (!db)
            return ExitFailure;
        places::PlaceImporter importer(*db);
        auto report = importer.importFile(args.first(), options);
        if (!report)
            return context.fail(report.errorMessage());

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray rows;
            for (const auto &r : report->rows) {
                if (r.outcome != ImportRowResult::Outcome::Skipped && r.warnings.isEmpty() && r.reason.isEmpty())
                    continue;
                rows.append(QJsonObject { { QStringLiteral("row"), r.row },
                    { QStringLiteral("outcome"), outcomeCode(r.outcome) }, { QStringLiteral("nom"), r.nom },
                    { QStringLiteral("reason"), r.reason },
                    { QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings) } });
            }
            context.printJson({ { QStringLiteral("file"), report->file }, { QStringLiteral("format"), report->format },
                { QStringLiteral("added"), report->added }, { QStringLiteral("updated"), report->updated },
                { QStringLiteral("unchanged"), report->unchanged }, { QStringLiteral("skipped"), report->skipped },
                { QStringLiteral("dryRun"), options.dryRun }, { QStringLiteral("rows"), rows } });
        } else {
            QTextStream &out = context.out();
            const QLocale locale; // counts in the interface's way: « 1 234 », « 1,234 »
            out << tr("%1 (%2): %3 added, %4 updated, %5 unchanged, %6 skipped.")
                       .arg(report->file, report->format)
                       .arg(locale.toString(report->added), locale.toString(report->updated),
                            locale.toString(report->unchanged), locale.toString(report->skipped))
                << Qt::endl;
            for (const auto &r : report->rows) {
                if (r.outcome == ImportRowResult::Outcome::Skipped)
                    out << tr("  row %1: skipped: %2").arg(r.row).arg(r.reason) << Qt::endl;
                for (const QString &w : r.warnings)
                    out << tr("  row %1: %2").arg(r.row).arg(w) << Qt::endl;
            }
            if (options.dryRun)
                out << tr("Dry run: nothing was written.") << Qt::endl;
        }
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeImportPlacesCommand()
{
    return std::make_unique<ImportPlacesCommand>();
}

} // namespace escale::app
