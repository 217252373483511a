#include "places/PlaceSheet.h"

#include "places/PlacesTr.h"

#include "common/Validators.h"
#include "common/Vocabulary.h"
#include "places/OpeningHours.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTextCursor>

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
        out << reports::escaped(vocab::label(kind, c));
    return out.join(QStringLiteral(", "));
}

void row(QString &html, const QString &title, const QString &valueHtml)
{
    if (valueHtml.trimmed().isEmpty())
        return;
    html += QStringLiteral("<tr><th style=\"text-align:left; width:30%\">%1</th><td>%2</td></tr>")
                .arg(reports::escaped(title), valueHtml);
}

QString hoursHtml(const QString &horaires, const QDateTime &now)
{
    if (horaires.isEmpty())
        return {};
    const OpeningHours h = OpeningHours::parse(horaires);
    if (!h.isValid())
        return reports::escaped(horaires);
    // The coming week, from Monday of the printed date.
    const QDate monday = now.date().addDays(1 - now.date().dayOfWeek());
    QStringList lines;
    for (int i = 0; i < 7; ++i) {
        QStringList spans;
        for (const auto &iv : h.intervalsOn(monday.addDays(i)))
            spans << QStringLiteral("%1:%2 – %3:%4")
                         .arg(iv.start / 60, 2, 10, QLatin1Char('0'))
                         .arg(iv.start % 60, 2, 10, QLatin1Char('0'))
                         .arg((iv.end / 60) % 24 == 0 && iv.end >= 1440 ? 24 : (iv.end / 60) % 24, 2, 10,
                             QLatin1Char('0'))
                         .arg(iv.end % 60, 2, 10, QLatin1Char('0'));
        QString day = QLocale().dayName(i + 1, QLocale::LongFormat);
        if (!day.isEmpty())
            day[0] = day.at(0).toUpper();
        lines << QStringLiteral("%1 : %2").arg(day, spans.isEmpty() ? tr("closed") : spans.join(QStringLiteral(", ")));
    }
    return reports::escaped(h.describeAt(now)) + QStringLiteral("<br/>") + lines.join(QStringLiteral("<br/>"));
}

} // namespace

reports::DocumentInfo PlaceSheet::info(const Place &place, const QString &structureName, const QDateTime &nowLocal)
{
    reports::DocumentInfo i;
    i.title = place.nom;
    i.structure = structureName;
    i.date = nowLocal.date();
    // The credit line the data's licence asks for (shared/data/README.md), as the About box gives it.
    i.footnote = tr("Data: ANCT – Cartographie nationale des lieux d'inclusion numérique / Hub du Sud (Licence "
                    "Ouverte 2.0)");
    return i;
}

QUrl PlaceSheet::mapImageUrl()
{
    return QUrl(QStringLiteral("escale-map:place-extract.png"));
}

geo::MapExtractRequest PlaceSheet::mapRequest(storage::Database &db, const Place &p)
{
    geo::MapExtractRequest r = geo::MapExtractRequest::fromDatabase(db, p.latitude.value_or(0), p.longitude.value_or(0));
    // Street level when raster tiles may show the streets; otherwise the commune and its neighbours
    // (the imported outlines are all there is to see).
    r.zoom = (r.mbtilesPath.isEmpty() && r.tileCacheDir.isEmpty()) ? 13 : 15;
    r.size = QSize(560, 280);
    return r;
}

geo::MapExtractRequest PlaceSheet::mapRequest(const Place &p)
{
    geo::MapExtractRequest r;
    r.latitude = p.latitude.value_or(0);
    r.longitude = p.longitude.value_or(0);
    r.zoom = 13;
    r.size = QSize(560, 280);
    return r;
}

std::unique_ptr<QTextDocument> PlaceSheet::build(
    storage::Database &db, const Place &place, const QString &structureName, const QDateTime &nowLocal)
{
    if (!place.hasCoordinates())
        return build(place, structureName, nowLocal, nullptr);
    const geo::MapExtract map = geo::renderMapExtract(mapRequest(db, place));
    return build(place, structureName, nowLocal, &map);
}

std::unique_ptr<QTextDocument> PlaceSheet::build(
    const Place &place, const QString &structureName, const QDateTime &nowLocal)
{
    if (!place.hasCoordinates())
        return build(place, structureName, nowLocal, nullptr);
    const geo::MapExtract map = geo::renderMapExtract(mapRequest(place));
    return build(place, structureName, nowLocal, &map);
}

std::unique_ptr<QTextDocument> PlaceSheet::build(
    const Place &p, const QString &structureName, const QDateTime &nowLocal, const geo::MapExtract *map)
{
    const auto i = info(p, structureName, nowLocal);
    auto doc = reports::newDocument(i);
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(reports::escaped(p.nom));
    if (!p.typologie.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(labels(vocab::Kind::Typologie, p.typologie));
    if (!p.presentationResume.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(reports::escaped(p.presentationResume));
    if (!p.hasCoordinates()) {
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(reports::escaped(tr("No map extract: this place has no coordinates.")));
    } else if (map && !map->image.isNull() && map->hasDetail()) { // not a plain patch of land with a dot
        doc->addResource(QTextDocument::ImageResource, mapImageUrl(), map->image);
        const QSizeF size = map->image.deviceIndependentSize();
        // The attribution is drawn on the image; the alternative text repeats it.
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"/></p>")
                    .arg(mapImageUrl().toString())
                    .arg(qRound(size.width()))
                    .arg(qRound(size.height()))
                    .arg(reports::escaped(tr("Map around the place — %1").arg(map->attribution)));
    }
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\">");
    row(html, tr("Address"), reports::escaped(p.fullAddress()));
    if (p.isItinerant())
        row(html, tr("Itinerant"), tr("Itinerant place: check the day and the stop."));
    row(html, tr("Opening hours"), hoursHtml(p.horaires, nowLocal));
    row(html, tr("Telephone"), reports::escaped(validate::displayTelephone(p.telephone)));
    row(html, tr("E-mail"), reports::escaped(p.courriels.join(QStringLiteral(", "))));
    row(html, tr("Website"), reports::escaped(p.siteWeb.join(QStringLiteral(", "))));
    row(html, tr("Appointment"), reports::escaped(p.priseRdv));
    row(html, tr("Services"), labels(vocab::Kind::Service, p.services));
    row(html, tr("Publics"), labels(vocab::Kind::Public, p.publics));
    row(html, tr("Specific support"), labels(vocab::Kind::PriseEnCharge, p.priseEnCharge));
    row(html, tr("Access"), labels(vocab::Kind::ModaliteAcces, p.modalitesAcces));
    row(html, tr("Support"), labels(vocab::Kind::ModaliteAccompagnement, p.modalitesAccompagnement));
    row(html, tr("Fees"), labels(vocab::Kind::Frais, p.frais));
    row(html, tr("Pass numérique"), p.acceptsPass ? tr("Accepted") : QString());
    row(html, tr("National programmes"), labels(vocab::Kind::Dispositif, p.dispositifs));
    {
        QStringList all = p.formationsLabels;
        all += p.autresFormationsLabels;
        QStringList escapedLabels;
        for (const QString &l : std::as_const(all))
            escapedLabels << reports::escaped(l);
        row(html, tr("Training and labels"), escapedLabels.join(QStringLiteral(", ")));
    }
    row(html, tr("Accessibility"), reports::escaped(p.ficheAccesLibre));
    row(html, tr("Parent structure"), reports::escaped(p.structureParente));
    if (p.hasCoordinates())
        // In the interface's language: « 44,10831 » in French, so the two are told apart by name.
        row(html, tr("Coordinates"),
            tr("latitude %1, longitude %2")
                .arg(QLocale().toString(*p.latitude, 'f', 5), QLocale().toString(*p.longitude, 'f', 5)));
    html += QStringLiteral("</table>");
    if (!p.presentationDetail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(reports::escaped(p.presentationDetail));
    // The source and the date of the record, each only when known (« mise à jour le » alone, with no
    // date, was printed for records whose date was a placeholder); the date as people write it.
    const QDate updated = QDate::fromString(p.dateMaj.left(10), Qt::ISODate);
    const QString when = updated.isValid() ? QLocale().toString(updated, QStringLiteral("d MMMM yyyy")) : p.dateMaj;
    QString provenance;
    if (!p.source.isEmpty() && !when.isEmpty())
        provenance = tr("Source: %1 — updated %2").arg(p.source, when);
    else if (!p.source.isEmpty())
        provenance = tr("Source: %1").arg(p.source);
    else if (!when.isEmpty())
        provenance = tr("Updated %1").arg(when);
    if (!provenance.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(reports::escaped(provenance));
    doc->setHtml(html);
    return doc;
}

Status PlaceSheet::writePdf(storage::Database &db, const Place &place, const QString &structureName,
    const QDateTime &nowLocal, const QString &path)
{
    auto doc = build(db, place, structureName, nowLocal);
    return reports::writePdf(*doc, info(place, structureName, nowLocal), path);
}

Status PlaceSheet::writePdf(
    const Place &place, const QString &structureName, const QDateTime &nowLocal, const QString &path)
{
    auto doc = build(place, structureName, nowLocal);
    return reports::writePdf(*doc, info(place, structureName, nowLocal), path);
}

} // namespace escale::places
