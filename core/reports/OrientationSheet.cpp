#include "reports/OrientationSheet.h"

#include "common/Validators.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

namespace escale::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::reports", text);
}

QString e(const QString &text)
{
    return escaped(text);
}

} // namespace

QString readableOpeningHours(const QString &osm)
{
    QString s = osm.trimmed();
    if (s == QLatin1String("24/7"))
        return tr("24 hours a day, 7 days a week");
    static const QList<std::pair<QRegularExpression, QString>> replacements{
        {QRegularExpression(QStringLiteral("\\bMo\\b")), QStringLiteral("lun.")},
        {QRegularExpression(QStringLiteral("\\bTu\\b")), QStringLiteral("mar.")},
        {QRegularExpression(QStringLiteral("\\bWe\\b")), QStringLiteral("mer.")},
        {QRegularExpression(QStringLiteral("\\bTh\\b")), QStringLiteral("jeu.")},
        {QRegularExpression(QStringLiteral("\\bFr\\b")), QStringLiteral("ven.")},
        {QRegularExpression(QStringLiteral("\\bSa\\b")), QStringLiteral("sam.")},
        {QRegularExpression(QStringLiteral("\\bSu\\b")), QStringLiteral("dim.")},
        {QRegularExpression(QStringLiteral("\\bPH\\b")), QStringLiteral("jours fériés")},
        {QRegularExpression(QStringLiteral("\\b(off|closed)\\b")), QStringLiteral("fermé")},
    };
    for (const auto &[re, word] : replacements)
        s.replace(re, word);
    static const QRegularExpression dayRange(QStringLiteral("\\.\\-"));
    s.replace(dayRange, QStringLiteral(".–"));
    s.replace(QStringLiteral(";"), QStringLiteral(" ;"));
    s.replace(QStringLiteral(","), QStringLiteral(", "));
    return s.simplified();
}

DocumentInfo orientationSheetInfo(const OrientationSheetData &data)
{
    return {tr("Orientation sheet"), data.structureName, data.date, QString()};
}

std::unique_ptr<QTextDocument> buildOrientationSheet(const OrientationSheetData &data)
{
    const DocumentInfo info = orientationSheetInfo(data);
    auto document = newDocument(info);
    const QLocale fr(QLocale::French, QLocale::France);
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(e(info.title));
    QStringList meta;
    if (!data.structureName.isEmpty())
        meta.append(e(data.structureName));
    if (!data.structureAddress.isEmpty())
        meta.append(e(data.structureAddress));
    if (!data.structureTelephone.isEmpty())
        meta.append(tr("Phone: %1").arg(e(validate::displayTelephone(data.structureTelephone))));
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" — ")));
    QString who = data.mediatorName.isEmpty()
                      ? tr("Prepared on %1.").arg(fr.toString(data.date, QLocale::LongFormat))
                      : tr("Prepared on %1 by %2.").arg(fr.toString(data.date, QLocale::LongFormat), e(data.mediatorName));
    html += QStringLiteral("<p>%1</p>").arg(who);
    if (!data.visitorFirstName.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("For %1.").arg(e(data.visitorFirstName.trimmed())));

    if (data.steps.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No procedure was found."));
    int number = 0;
    for (const OrientationSheetData::Step &step : data.steps) {
        ++number;
        html += QStringLiteral("<h2>%1. %2</h2>").arg(number).arg(e(step.title));
        if (!step.summary.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(e(step.summary));

        html += QStringLiteral("<h3>%1</h3>").arg(tr("Where to go"));
        if (!step.officeKind.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(e(step.officeKind));
        if (step.offices.isEmpty()) {
            html += QStringLiteral("<p class=\"note\">%1</p>")
                        .arg(tr("Ask us for the address of the nearest office."));
        } else {
            html += QStringLiteral("<ul>");
            for (const OrientationSheetData::Office &o : step.offices) {
                QStringList lines{QStringLiteral("<b>%1</b>").arg(e(o.nom))};
                if (!o.address.isEmpty())
                    lines.append(e(o.address));
                if (!o.hours.isEmpty())
                    lines.append(tr("Hours: %1").arg(e(readableOpeningHours(o.hours))));
                if (!o.telephone.isEmpty())
                    lines.append(tr("Phone: %1").arg(e(validate::displayTelephone(o.telephone))));
                if (o.distanceKm >= 0)
                    lines.append(tr("About %1 km away").arg(fr.toString(o.distanceKm, 'f', 1)));
                html += QStringLiteral("<li>%1</li>").arg(lines.join(QStringLiteral("<br/>")));
            }
            html += QStringLiteral("</ul>");
        }

        if (!step.documents.isEmpty()) {
            // A checklist: boxes to tick, no bullets.
            html += QStringLiteral("<h3>%1</h3>").arg(tr("What to bring"));
            for (const QString &d : step.documents)
                html += QStringLiteral("<p style=\"margin-left: 12px; margin-top: 1px; margin-bottom: 1px;\">☐ %1</p>").arg(e(d));
        }
        if (!step.online.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("What to do online"));
            for (const OrientationSheetData::Online &s : step.online) {
                QString line = QStringLiteral("%1 : %2").arg(e(s.label), e(s.url));
                if (s.franceConnect)
                    line += QStringLiteral(" — %1").arg(tr("you can log in with FranceConnect"));
                html += QStringLiteral("<li>%1</li>").arg(line);
            }
            html += QStringLiteral("</ul>");
        }
    }
    if (!data.note.trimmed().isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Note"));
        QString note = e(data.note.trimmed());
        note.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        html += QStringLiteral("<p>%1</p>").arg(note);
    }
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("This sheet is a guide: the office decides on your rights. Keep it and bring it with you."));
    document->setHtml(html);
    // « Pièces à apporter » never alone at a page's foot, its checklist on the next (QA).
    keepHeadingsWithNext(*document);
    return document;
}

} // namespace escale::reports
