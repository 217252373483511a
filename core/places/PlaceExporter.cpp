#include "places/PlaceExporter.h"

#include "common/Csv.h"

#include "places/PlacesTr.h"

#include "common/TextNormalizer.h"
#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace escale::places {

namespace {

QString tr(const char *text)
{
    return detail::translate(text);
}

QString labels(vocab::Kind kind, const QStringList &codes)
{
    QStringList out;
    for (const QString &c : codes)
        out << vocab::label(kind, c);
    return out.join(QLatin1Char('|'));
}

QString coordinate(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

} // namespace

QStringList PlaceExporter::columns()
{
    return { QStringLiteral("id"), QStringLiteral("pivot"), QStringLiteral("nom"), QStringLiteral("commune"),
        QStringLiteral("code_postal"), QStringLiteral("code_insee"), QStringLiteral("adresse"),
        QStringLiteral("complement_adresse"), QStringLiteral("latitude"), QStringLiteral("longitude"),
        QStringLiteral("typologie"), QStringLiteral("telephone"), QStringLiteral("courriels"),
        QStringLiteral("site_web"), QStringLiteral("horaires"), QStringLiteral("presentation_resume"),
        QStringLiteral("presentation_detail"), QStringLiteral("source"), QStringLiteral("itinerance"),
        QStringLiteral("structure_parente"), QStringLiteral("date_maj"), QStringLiteral("services"),
        QStringLiteral("publics_specifiquement_adresses"), QStringLiteral("prise_en_charge_specifique"),
        QStringLiteral("frais_a_charge"), QStringLiteral("dispositif_programmes_nationaux"),
        QStringLiteral("formations_labels"), QStringLiteral("autres_formations_labels"),
        QStringLiteral("modalites_acces"), QStringLiteral("modalites_accompagnement"),
        QStringLiteral("fiche_acces_libre"), QStringLiteral("prise_rdv") };
}

QMap<QString, QString> PlaceExporter::standardFields(const Place &p)
{
    QMap<QString, QString> f;
    f.insert(QStringLiteral("id"), p.sourceId.isEmpty() ? p.id : p.sourceId);
    f.insert(QStringLiteral("pivot"), p.pivot);
    f.insert(QStringLiteral("nom"), p.nom);
    f.insert(QStringLiteral("commune"), p.commune);
    f.insert(QStringLiteral("code_postal"), p.codePostal);
    f.insert(QStringLiteral("code_insee"), p.codeInsee);
    f.insert(QStringLiteral("adresse"), p.adresse);
    f.insert(QStringLiteral("complement_adresse"), p.complementAdresse);
    f.insert(QStringLiteral("latitude"), coordinate(p.latitude));
    f.insert(QStringLiteral("longitude"), coordinate(p.longitude));
    f.insert(QStringLiteral("typologie"), p.typologie.join(QLatin1Char('|')));
    f.insert(QStringLiteral("telephone"), p.telephone);
    f.insert(QStringLiteral("courriels"), p.courriels.join(QLatin1Char('|')));
    f.insert(QStringLiteral("site_web"), p.siteWeb.join(QLatin1Char('|')));
    f.insert(QStringLiteral("horaires"), p.horaires);
    f.insert(QStringLiteral("presentation_resume"), p.presentationResume);
    f.insert(QStringLiteral("presentation_detail"), p.presentationDetail);
    f.insert(QStringLiteral("source"), p.source);
    f.insert(QStringLiteral("itinerance"),
        p.itinerance == QLatin1String("itinerant")  ? QStringLiteral("Itinérant")
            : p.itinerance == QLatin1String("fixe") ? QStringLiteral("Fixe")
                                                    : QString());
    f.insert(QStringLiteral("structure_parente"), p.structureParente);
    f.insert(QStringLiteral("date_maj"), p.dateMaj);
    f.insert(QStringLiteral("services"), labels(vocab::Kind::Service, p.services));
    f.insert(QStringLiteral("publics_specifiquement_adresses"), labels(vocab::Kind::Public, p.publics));
    f.insert(QStringLiteral("prise_en_charge_specifique"), labels(vocab::Kind::PriseEnCharge, p.priseEnCharge));
    QStringList frais = p.frais;
    if (p.acceptsPass && !frais.contains(QStringLiteral("gratuit_sous_condition")))
        frais << QStringLiteral("gratuit_sous_condition");
    f.insert(QStringLiteral("frais_a_charge"), labels(vocab::Kind::Frais, frais));
    f.insert(QStringLiteral("dispositif_programmes_nationaux"), labels(vocab::Kind::Dispositif, p.dispositifs));
    f.insert(QStringLiteral("formations_labels"), p.formationsLabels.join(QLatin1Char('|')));
    f.insert(QStringLiteral("autres_formations_labels"), p.autresFormationsLabels.join(QLatin1Char('|')));
    f.insert(QStringLiteral("modalites_acces"), labels(vocab::Kind::ModaliteAcces, p.modalitesAcces));
    f.insert(QStringLiteral("modalites_accompagnement"),
        labels(vocab::Kind::ModaliteAccompagnement, p.modalitesAccompagnement));
    f.insert(QStringLiteral("fiche_acces_libre"), p.ficheAccesLibre);
    f.insert(QStringLiteral("prise_rdv"), p.priseRdv);
    return f;
}

QString PlaceExporter::csvCell(const QString &value)
{
    return csv::cell(value, QLatin1Char(','));
}

QByteArray PlaceExporter::toCsv(const QList<Place> &places)
{
    QString out;
    const QStringList cols = columns();
    out += cols.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const Place &p : places) {
        const auto f = standardFields(p);
        QStringList cells;
        for (const QString &c : cols)
            cells << csvCell(f.value(c));
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray PlaceExporter::toJson(const QList<Place> &places)
{
    QJsonArray array;
    const QStringList cols = columns();
    for (const Place &p : places) {
        const auto f = standardFields(p);
        QJsonObject o;
        for (const QString &c : cols) {
            const QString v = f.value(c);
            if (v.isEmpty())
                continue;
            if ((c == QLatin1String("latitude") || c == QLatin1String("longitude")))
                o.insert(c, v.toDouble());
            else
                o.insert(c, v);
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Status PlaceExporter::write(const QList<Place> &places, const QString &path, Format format)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QStringLiteral("places.export"), tr("Cannot write %1: %2.").arg(path, file.errorString()));
    file.write(format == Format::Csv ? toCsv(places) : toJson(places));
    if (!file.commit())
        return Status::failure(
            QStringLiteral("places.export"), tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return {};
}

QString PlaceExporter::suggestedFileName(
    const QDate &date, const QString &producer, const QString &territory, Format format)
{
    auto slug = [](const QString &s) {
        QString t = text::normalizeForSearch(s);
        t.replace(QLatin1Char(' '), QLatin1Char('-'));
        return t.isEmpty() ? QStringLiteral("escale") : t;
    };
    return QStringLiteral("%1_%2_lieux-de-mediation-numerique_%3.%4")
        .arg(date.toString(QStringLiteral("yyyyMMdd")), slug(producer), slug(territory),
            format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json"));
}

} // namespace escale::places
