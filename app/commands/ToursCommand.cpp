#include "commands/Command.h"

#include "itinerant/TimetableSheet.h"
#include "itinerant/TourImport.h"
#include "itinerant/TourStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextDocument>

namespace escale::app {

namespace {

// `escale tours list [--json]`
class ToursListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ToursListCommand)
public:
    QStringList name() const override { return { QStringLiteral("tours"), QStringLiteral("list") }; }
    QString summary() const override { return tr("List the tours of the bus and their stops."); }
    void configure(QCommandLineParser &parser) const override { parser.addOption(jsonOption()); }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        if (!parser.positionalArguments().isEmpty()) {
            context.err() << tr("escale tours list: no argument expected.") << Qt::endl;
            return ExitUsage;
        }
        storage::Database *db = context.database(/*readOnly=*/true);
        if (!db)
            return ExitFailure;
        itinerant::TourStore store(*db);
        const QList<itinerant::Tour> tours = store.tours();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const itinerant::Tour &t : tours) {
                QJsonArray stops;
                for (const itinerant::Stop &s : store.stops(t.id))
                    stops.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name },
                        { QStringLiteral("commune"), s.commune }, { QStringLiteral("weekday"), s.recurrence.weekday },
                        { QStringLiteral("start"), s.start.toString(QStringLiteral("HH:mm")) },
                        { QStringLiteral("end"), s.end.toString(QStringLiteral("HH:mm")) },
                        { QStringLiteral("recurrence"), itinerant::Recurrence::kindCode(s.recurrence.kind) },
                        { QStringLiteral("hasCoordinates"), s.hasCoordinates() },
                        { QStringLiteral("placeId"), s.placeId } });
                list.append(QJsonObject { { QStringLiteral("id"), t.id }, { QStringLiteral("name"), t.name },
                    { QStringLiteral("vehicle"), t.vehicle }, { QStringLiteral("active"), t.active },
                    { QStringLiteral("stops"), stops },
                    { QStringLiteral("problems"), QJsonArray::fromStringList(store.scheduleProblems(t.id)) } });
            }
            context.printJson({ { QStringLiteral("tours"), list } });
            return ExitSuccess;
        }
        QTextStream &out = context.out();
        if (tours.isEmpty()) {
            out << tr("No tour yet: import the stops with « escale tours import-places ».") << Qt::endl;
            return ExitSuccess;
        }
        for (const itinerant::Tour &t : tours) {
            const QList<itinerant::Stop> stops = store.stops(t.id);
            const int stopCount = int(stops.size());
            out << tr("%1 (%2): %Ln stop(s)", nullptr, stopCount).arg(t.name, t.id);
            if (!t.vehicle.isEmpty())
                out << tr(", vehicle %1").arg(t.vehicle);
            out << Qt::endl;
            for (const itinerant::Stop &s : stops)
                out << QStringLiteral("  %1 %2–%3  %4, %5 — %6")
                           .arg(QLocale().dayName(s.recurrence.weekday, QLocale::ShortFormat),
                               s.start.toString(QStringLiteral("HH:mm")), s.end.toString(QStringLiteral("HH:mm")),
                               s.commune, s.name, s.recurrence.describe())
                    << Qt::endl;
            for (const QString &problem : store.scheduleProblems(t.id))
                out << tr("  problem: %1").arg(problem) << Qt::endl;
        }
        return ExitSuccess;
    }
};

// `escale tours import-places [FILE] [--tour ID|NAME] [--json]`
class ToursImportPlacesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ToursImportPlacesCommand)
public:
    QStringList name() const override { return { QStringLiteral("tours"), QStringLiteral("import-places") }; }
    QString summary() const override
    {
        return tr("Build the tours' stops from the itinerant places of the register, or of a file of the standard.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"),
            tr("A file of the standard (its places are imported first); without it, the "
               "places of the register marked « Itinérant »."),
            QStringLiteral("[FILE]"));
        parser.addOption({ QStringLiteral("tour"),
            tr("Put the stops in this tour (id or name; a new name creates it)."), tr("TOUR") });
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() > 1) {
            context.err() << tr("escale tours import-places: give at most one FILE.") << Qt::endl;
            return ExitUsage;
        }
        storage::Database *db = context.database();
        if (!db)
            return ExitFailure;
        itinerant::TourImportOptions options;
        if (parser.isSet(QStringLiteral("tour"))) {
            const QString tour = parser.value(QStringLiteral("tour"));
            if (auto found = itinerant::findTour(*db, tour))
                options.tourId = found->id;
            else if (found.error().code == QLatin1String("itinerant.ambiguous"))
                return context.fail(found.errorMessage());
            else
                options.tourName = tour;
        }
        itinerant::TourImport import(*db);
        auto summary = args.isEmpty() ? import.fromRegister(options) : import.fromFile(args.first(), options);
        if (!summary)
            return context.fail(summary.errorMessage());
        const itinerant::TourImportSummary &s = summary.value();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray rows;
            for (const itinerant::TourImportRow &r : s.rows)
                rows.append(QJsonObject { { QStringLiteral("outcome"), itinerant::outcomeCode(r.outcome) },
                    { QStringLiteral("placeId"), r.placeId }, { QStringLiteral("place"), r.placeName },
                    { QStringLiteral("commune"), r.commune }, { QStringLiteral("stopId"), r.stopId },
                    { QStringLiteral("slot"), r.slot }, { QStringLiteral("message"), r.message } });
            QJsonObject o { { QStringLiteral("source"), s.source }, { QStringLiteral("places"), s.places },
                { QStringLiteral("toursCreated"), s.toursCreated },
                { QStringLiteral("tours"), QJsonArray::fromStringList(s.tourIds) },
                { QStringLiteral("added"), s.added }, { QStringLiteral("updated"), s.updated },
                { QStringLiteral("unchanged"), s.unchanged }, { QStringLiteral("removed"), s.removed },
                { QStringLiteral("skipped"), s.skipped },
                { QStringLiteral("messages"), QJsonArray::fromStringList(s.messages) },
                { QStringLiteral("rows"), rows } };
            if (!args.isEmpty())
                o.insert(QStringLiteral("placesImport"),
                    QJsonObject { { QStringLiteral("added"), s.placesAdded },
                        { QStringLiteral("updated"), s.placesUpdated },
                        { QStringLiteral("unchanged"), s.placesUnchanged },
                        { QStringLiteral("skipped"), s.placesSkipped } });
            context.printJson(o);
            return ExitSuccess;
        }
        QTextStream &out = context.out();
        const QLocale locale; // counts in the interface's way: « 1 234 », « 1,234 »
        if (!args.isEmpty())
            out << tr("Places of %1: %2 added, %3 updated, %4 unchanged, %5 skipped.")
                       .arg(s.source, locale.toString(s.placesAdded), locale.toString(s.placesUpdated),
                            locale.toString(s.placesUnchanged), locale.toString(s.placesSkipped))
                << Qt::endl;
        else if (s.places == 0)
            out << tr("No place of the register is marked « Itinérant »: import the bus's file with « escale tours "
                      "import-places FILE ».")
                << Qt::endl;
        out << tr("Stops: %1 added, %2 updated, %3 unchanged, %4 removed, %5 skipped; tours created: %6.")
                   .arg(locale.toString(s.added), locale.toString(s.updated), locale.toString(s.unchanged),
                        locale.toString(s.removed), locale.toString(s.skipped), locale.toString(s.toursCreated))
            << Qt::endl;
        for (const QString &m : s.messages)
            out << QStringLiteral("  ") << m << Qt::endl;
        for (const itinerant::TourImportRow &r : s.rows) {
            if (r.message.isEmpty())
                continue;
            const QString where = r.commune.isEmpty() ? r.placeName : r.commune;
            const QString slot = r.slot.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.slot);
            out << QStringLiteral("  ") << tr("%1%2, %3: %4").arg(where, slot, outcomeLabel(r.outcome), r.message)
                << Qt::endl;
        }
        return ExitSuccess;
    }

private:
    static QString outcomeLabel(itinerant::TourImportRow::Outcome outcome)
    {
        switch (outcome) {
        case itinerant::TourImportRow::Outcome::Added:
            return tr("added");
        case itinerant::TourImportRow::Outcome::Updated:
            return tr("updated");
        case itinerant::TourImportRow::Outcome::Unchanged:
            return tr("unchanged");
        case itinerant::TourImportRow::Outcome::Removed:
            return tr("removed");
        case itinerant::TourImportRow::Outcome::Skipped:
            return tr("skipped");
        }
        return {};
    }
};

// `escale report timetable --tour ID|NAME --output FILE.pdf [--json]`
class ReportTimetableCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportTimetableCommand)
public:
    QStringList name() const override { return { QStringLiteral("report"), QStringLiteral("timetable") }; }
    QString summary() const override
    {
        return tr("Write the bus's public timetable (PDF, A4, large type) to post in the villages.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({ QStringLiteral("tour"), tr("The tour (id or name)."), tr("TOUR") });
        parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, tr("The PDF to write."), tr("FILE") });
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        const QString tour = parser.value(QStringLiteral("tour"));
        const QString output = parser.value(QStringLiteral("output"));
        if (tour.isEmpty()) {
            context.err() << tr("escale report timetable: --tour ID or NAME is required.") << Qt::endl;
            return ExitUsage;
        }
        if (output.isEmpty()) {
            context.err() << tr("escale report timetable: --output FILE.pdf is required.") << Qt::endl;
            return ExitUsage;
        }
        storage::Database *db = context.database(/*readOnly=*/true);
        if (!db)
            return ExitFailure;
        auto found = itinerant::findTour(*db, tour);
        if (!found)
            return context.fail(found.errorMessage());
        auto data = itinerant::collectTimetable(*db, found->id);
        if (!data)
            return context.fail(data.errorMessage());
        auto document = itinerant::buildTimetableSheet(*data);
        if (Status s = reports::writePdf(*document, itinerant::timetableInfo(*data), output); !s)
            return context.fail(s.errorMessage());
        if (parser.isSet(QStringLiteral("json"))) {
            context.printJson({ { QStringLiteral("tour"), found->id }, { QStringLiteral("name"), found->name },
                { QStringLiteral("output"), QDir(output).absolutePath() },
                { QStringLiteral("rows"), int(data->rows.size()) },
                { QStringLiteral("validUntil"),
                    data->validUntil.isValid() ? data->validUntil.toString(Qt::ISODate) : QString() },
                { QStringLiteral("problems"), QJsonArray::fromStringList(data->problems) },
                { QStringLiteral("overlaps"), QJsonArray::fromStringList(data->overlaps) } });
        } else {
            const int rows = int(data->rows.size());
            context.out() << tr("Timetable of %1 written to %2 (%Ln line(s)).", nullptr, rows)
                                 .arg(found->name, QDir::toNativeSeparators(output))
                          << Qt::endl;
            for (const QString &problem : data->problems)
                context.out() << tr("  left out: %1").arg(problem) << Qt::endl;
            // The sheet would post the bus in two villages at once: said where the person looks.
            if (!data->overlaps.isEmpty()) {
                context.out() << tr("Warning: this timetable posts the bus at two stops at the same time. Correct "
                                    "the stops (Tours › Stops) before posting it.")
                              << Qt::endl;
                for (const QString &overlap : data->overlaps)
                    context.out() << QStringLiteral("  %1").arg(overlap) << Qt::endl;
            }
        }
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeToursListCommand()
{
    return std::make_unique<ToursListCommand>();
}

std::unique_ptr<Command> makeToursImportPlacesCommand()
{
    return std::make_unique<ToursImportPlacesCommand>();
}

std::unique_ptr<Command> makeReportTimetableCommand()
{
    return std::make_unique<ReportTimetableCommand>();
}

} // namespace escale::app
