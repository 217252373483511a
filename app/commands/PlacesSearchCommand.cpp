#include "commands/Command.h"

#include "common/Vocabulary.h"
#include "places/OpeningHours.h"
#include "places/PlaceSearch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace escale::app {

namespace {

// `escale places search [TEXT] [--near LAT,LON] [--radius KM] [--service NAME] [--open-at …] [--limit N] [--json]`
class PlacesSearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlacesSearchCommand)
public:
    QStringList name() const override { return { QStringLiteral("places"), QStringLiteral("search") }; }
    QString summary() const override { return tr("Search the places by words, service, opening time and distance."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(tr("TEXT"), tr("Words of the name, address, commune or postcode."),
                                     QStringLiteral("[%1]").arg(tr("TEXT")));
        parser.addOption({ QStringLiteral("near"), tr("Sort by distance to this point."), tr("LAT,LON") });
        parser.addOption({ QStringLiteral("radius"), tr("With --near: only places within this distance."), tr("KM") });
        parser.addOption(
            { QStringLiteral("service"), tr("A service (code or label of the standard); repeatable."), tr("NAME") });
        parser.addOption({ QStringLiteral("typologie"), tr("A typologie code (EPN, RFS…); repeatable."), tr("CODE") });
        parser.addOption({ QStringLiteral("pass"), tr("Only places that accept the Pass numérique.") });
        parser.addOption(
            { QStringLiteral("open-at"), tr("Only places open at this local time."), tr("YYYY-MM-DDTHH:MM") });
        parser.addOption(
            { QStringLiteral("limit"), tr("At most N places (default 20)."), tr("N"), QStringLiteral("20") });
        parser.addOption(jsonOption());
    }
    int run(const QCommandLineParser &parser, CommandContext &context) const override
    {
        places::PlaceQuery q;
        q.text = parser.positionalArguments().join(QLatin1Char(' '));
        q.services = parser.values(QStringLiteral("service"));
        q.typologies = parser.values(QStringLiteral("typologie"));
        q.acceptsPassOnly = parser.isSet(QStringLiteral("pass"));
        bool ok = true;
        q.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit <= 0) {
            context.err() << tr("escale places search: --limit expects a positive number, not « %1 ».")
                                 .arg(parser.value(QStringLiteral("limit")))
                          << Qt::endl;
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("near"))) {
            const QStringList parts = parser.value(QStringLiteral("near")).split(QLatin1Char(','));
            bool okLat = false, okLon = false;
            const double lat = parts.size() == 2 ? parts.at(0).trimmed().toDouble(&okLat) : 0;
            const double lon = parts.size() == 2 ? parts.at(1).trimmed().toDouble(&okLon) : 0;
            if (!okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180) {
                context.err() << tr(
                    "escale places search: --near expects LAT,LON in decimal degrees (e.g. 44.09,6.23), "
                    "not « %1 ».")
                                     .arg(parser.value(QStringLiteral("near")))
                              << Qt::endl;
                return ExitUsage;
            }
            q.nearLat = lat;
            q.nearLon = lon;
        }
        if (parser.isSet(QStringLiteral("radius"))) {
            const double r = parser.value(QStringLiteral("radius")).toDouble(&ok);
            if (!ok || r <= 0 || !q.nearLat) {
                context.err() << tr("escale places search: --radius expects a distance in km, with --near.")
                              << Qt::endl;
                return ExitUsage;
            }
            q.radiusKm = r;
        }
        if (parser.isSet(QStringLiteral("open-at"))) {
            const QDateTime when
                = QDateTime::fromString(parser.value(QStringLiteral("open-at")), QStringLiteral("yyyy-MM-ddTHH:mm"));
            if (!when.isValid()) {
                context.err() << tr("escale places search: --open-at expects YYYY-MM-DDTHH:MM, not « %1 ».")
                                     .arg(parser.value(QStringLiteral("open-at")))
                              << Qt::endl;
                return ExitUsage;
            }
            q.openAt = when;
        }
        storage::Database *db = context.database(/*readOnly=*/true);
        if (!db)
            return ExitFailure;
        const QList<places::PlaceHit> hits = places::PlaceSearch(*db).search(q);
        const QDateTime now = q.openAt ? *q.openAt : context.clock().nowLocal();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &h : hits) {
                QJsonObject o { { QStringLiteral("id"), h.id }, { QStringLiteral("nom"), h.nom },
                    { QStringLiteral("adresse"), h.adresse }, { QStringLiteral("code_postal"), h.codePostal },
                    { QStringLiteral("commune"), h.commune },
                    { QStringLiteral("typologie"), QJsonArray::fromStringList(h.typologie) },
                    { QStringLiteral("services"), QJsonArray::fromStringList(h.services) },
                    { QStringLiteral("horaires"), h.horaires }, { QStringLiteral("telephone"), h.telephone },
                    { QStringLiteral("accepte_pass_numerique"), h.acceptsPass } };
                if (h.latitude && h.longitude) {
                    o.insert(QStringLiteral("latitude"), *h.latitude);
                    o.insert(QStringLiteral("longitude"), *h.longitude);
                }
                if (h.distanceKm)
                    o.insert(QStringLiteral("distance_km"), std::round(*h.distanceKm * 1000) / 1000);
                if (!h.horaires.isEmpty())
                    o.insert(QStringLiteral("etat"), places::OpeningHours::parse(h.horaires).describeAt(now));
                array.append(o);
            }
            context.printJson({ { QStringLiteral("count"), int(hits.size()) }, { QStringLiteral("places"), array } });
            return ExitSuccess;
        }
        if (hits.isEmpty()) {
            context.out() << tr("No place found.") << Qt::endl;
            return ExitSuccess;
        }
        for (const auto &h : hits) {
            QString line = h.nom + QStringLiteral(" — ")
                + QStringList { h.adresse, h.codePostal + QLatin1Char(' ') + h.commune }.join(QStringLiteral(", "));
            if (h.distanceKm)
                line += tr(" (%1 km)").arg(QLocale().toString(*h.distanceKm, 'f', 1)); // « 0,3 km », « 0.3 km »
            context.out() << line << Qt::endl;
            if (!h.horaires.isEmpty())
                context.out() << QStringLiteral("    ") << places::OpeningHours::parse(h.horaires).describeAt(now)
                              << Qt::endl;
        }
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makePlacesSearchCommand()
{
    return std::make_unique<PlacesSearchCommand>();
}

} // namespace escale::app
