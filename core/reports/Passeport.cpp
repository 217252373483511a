#include "reports/Passeport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace escale::reports {

namespace {

QString percent(int score)
{
    return score < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(score);
}

// A list of items; in two columns when `columns` is 2 (a long list then takes half the height).
QString itemList(const competencies::Framework &framework, const QStringList &codes, int limit, int columns = 1)
{
    QStringList titles;
    for (const QString &code : codes) {
        if (titles.size() == limit)
            break;
        if (const competencies::Item *item = framework.item(code))
            titles << item->title;
    }
    auto list = [](const QStringList &part) -> QString {
        QString html = QStringLiteral("<ul>");
        for (const QString &t : part)
            html += QStringLiteral("<li>") + escaped(t) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        return html;
    };
    QString html;
    if (columns > 1 && titles.size() > 4) {
        const qsizetype half = (titles.size() + 1) / 2;
        html = QString(QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\">")
            + list(titles.mid(0, half)) + QStringLiteral("</td><td width=\"50%\">") + list(titles.mid(half))
            + QStringLiteral("</td></tr></table>"));
    } else {
        html = list(titles);
    }
    if (codes.size() > limit)
        html += QStringLiteral("<p class=\"note\">")
            + escaped(QCoreApplication::translate("escale::reports", "… and %1 more.").arg(QLocale().toString(codes.size() - limit)))
            + QStringLiteral("</p>");
    return html;
}

} // namespace

DocumentInfo passeportInfo(const PasseportData &data)
{
    DocumentInfo info;
    info.title = QCoreApplication::translate("escale::reports", "Digital passport");
    info.structure = data.structureName;
    info.date = data.date;
    info.footnote = data.framework.attribution;
    return info;
}

QImage progressChart(const QList<competencies::DomainProgress> &progress, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(11, size.height() / 26));
    p.setFont(font);
    const QColor before(0x9c, 0xb8, 0xd0);
    const QColor now(0x1d, 0x5c, 0x8f);

    const int left = 50, right = 10, top = 34, bottom = 70;
    const QRect plot(left, top, size.width() - left - right, size.height() - top - bottom);
    // Legend.
    p.fillRect(QRect(left, 8, 14, 14), before);
    p.setPen(Qt::black);
    p.drawText(QRect(left + 20, 4, 260, 22), Qt::AlignVCenter | Qt::AlignLeft,
        QCoreApplication::translate("escale::reports", "Previous diagnostic"));
    p.fillRect(QRect(left + 280, 8, 14, 14), now);
    p.drawText(QRect(left + 300, 4, 260, 22), Qt::AlignVCenter | Qt::AlignLeft,
        QCoreApplication::translate("escale::reports", "This diagnostic"));
    // Axis and grid.
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    for (int v = 0; v <= 100; v += 25) {
        const int y = plot.bottom() - plot.height() * v / 100;
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(Qt::darkGray);
        p.drawText(QRect(0, y - 10, left - 6, 20), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %").arg(v));
        p.setPen(QColor(0xcc, 0xcc, 0xcc));
    }
    if (progress.isEmpty())
        return image;
    const int slot = plot.width() / int(progress.size());
    const int bar = std::max(4, slot / 4);
    for (int i = 0; i < progress.size(); ++i) {
        const competencies::DomainProgress &d = progress.at(i);
        const int x = plot.left() + i * slot + slot / 2;
        auto drawBar = [&](int value, int x0, const QColor &color) {
            if (value < 0)
                return;
            const int h = std::max(2, plot.height() * value / 100); // a zero still shows as a line
            p.fillRect(QRect(x0, plot.bottom() - h, bar, h), color);
        };
        drawBar(d.before, x - bar - 2, before);
        drawBar(d.now, x + 2, now);
        p.setPen(Qt::black);
        p.drawText(QRect(plot.left() + i * slot + 2, plot.bottom() + 4, slot - 4, bottom - 6),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, d.title);
    }
    return image;
}

namespace {

// How tightly the passeport is set: 0 as written; 1 the lists in two columns; 2 shorter lists too.
std::unique_ptr<QTextDocument> buildPasseportAt(const PasseportData &data, int compact);

} // namespace

std::unique_ptr<QTextDocument> buildPasseport(const PasseportData &data)
{
    // Paper: a passeport that spills a few lines onto a second page is set tighter (two columns, then
    // shorter lists) until it fits one page or fills a good part of the last one.
    std::unique_ptr<QTextDocument> best;
    PageUse bestUse;
    for (int compact = 0; compact <= 2; ++compact) {
        auto document = buildPasseportAt(data, compact);
        const PageUse use = measurePages(*document);
        if (use.pages <= 1 || use.lastPageFill >= 0.25)
            return document;
        if (!best || use.pages < bestUse.pages
            || (use.pages == bestUse.pages && use.lastPageFill > bestUse.lastPageFill)) {
            best = std::move(document);
            bestUse = use;
        }
    }
    return best;
}

namespace {

std::unique_ptr<QTextDocument> buildPasseportAt(const PasseportData &data, int compact)
{
    const DocumentInfo info = passeportInfo(data);
    auto document = newDocument(info);
    const competencies::Framework &f = data.framework;
    const competencies::Assessment &a = data.now;
    const QLocale locale;

    QString html = QStringLiteral("<h1>") + escaped(info.title) + QStringLiteral("</h1>");
    QStringList meta;
    meta << QCoreApplication::translate("escale::reports", "For: %1")
                .arg(data.personName.isEmpty() ? QCoreApplication::translate("escale::reports", "the person welcomed")
                                               : data.personName);
    meta << QCoreApplication::translate("escale::reports", "Date: %1")
                .arg(locale.toString(data.date, QLocale::LongFormat));
    if (!data.structureName.isEmpty())
        meta << QCoreApplication::translate("escale::reports", "Place: %1").arg(data.structureName);
    if (!data.mediator.isEmpty())
        meta << QCoreApplication::translate("escale::reports", "Mediator: %1").arg(data.mediator);
    html += QStringLiteral("<p class=\"meta\">") + escaped(meta.join(QStringLiteral(" — "))) + QStringLiteral("<br/>")
        + escaped(QCoreApplication::translate("escale::reports", "Framework: %1, version %2").arg(f.title, f.version));
    if (!f.attribution.isEmpty())
        html += QStringLiteral("<br/>") + escaped(f.attribution);
    html += QStringLiteral("</p>");

    // Profile.
    html += QStringLiteral("<h2>") + escaped(QCoreApplication::translate("escale::reports", "Profile"))
        + QStringLiteral("</h2>");
    html += QStringLiteral("<p><b>") + escaped(competencies::profileLabelForPerson(a.overall)) + QStringLiteral("</b> — ")
        + escaped(QCoreApplication::translate("escale::reports", "%1 of %2 skills assessed, score %3")
                      .arg(a.assessed)
                      .arg(a.itemCount)
                      .arg(percent(a.score)))
        + QStringLiteral("</p>");
    html += QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" border=\"1\"><tr><th>")
        + escaped(QCoreApplication::translate("escale::reports", "Domain")) + QStringLiteral("</th><th>")
        + escaped(QCoreApplication::translate("escale::reports", "Profile")) + QStringLiteral("</th><th class=\"num\">")
        + escaped(QCoreApplication::translate("escale::reports", "Score")) + QStringLiteral("</th></tr>");
    for (const competencies::DomainResult &d : a.domains) {
        html += QStringLiteral("<tr><td>") + escaped(d.title) + QStringLiteral("</td><td>")
            + escaped(competencies::profileLabelForPerson(d.profile)) + QStringLiteral("</td><td class=\"num\">")
            + escaped(d.assessed ? percent(d.score) : QStringLiteral("–")) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");

    // What the person can do now.
    html += QStringLiteral("<h2>") + escaped(QCoreApplication::translate("escale::reports", "What you can do now"))
        + QStringLiteral("</h2>");
    if (a.canDo.isEmpty())
        html += QStringLiteral("<p>")
            + escaped(QCoreApplication::translate(
                "escale::reports", "Not yet on your own: this is where we start, together."))
            + QStringLiteral("</p>");
    else
        html += itemList(f, a.canDo, compact >= 2 ? 20 : 40, compact >= 1 ? 2 : 1);

    // What comes next.
    html += QStringLiteral("<h2>") + escaped(QCoreApplication::translate("escale::reports", "What comes next"))
        + QStringLiteral("</h2>");
    html += QStringLiteral("<p><b>") + escaped(a.next.text()) + QStringLiteral("</b></p>");
    if (!a.toWorkOn.isEmpty()) {
        html += QStringLiteral("<p>") + escaped(QCoreApplication::translate("escale::reports", "Skills to work on:"))
            + QStringLiteral("</p>");
        html += itemList(f, a.toWorkOn, compact >= 2 ? 6 : 10, compact >= 1 ? 2 : 1);
    }
    if (!data.places.isEmpty()) {
        html += QStringLiteral("<h3>") + escaped(QCoreApplication::translate("escale::reports", "Where to go"))
            + QStringLiteral("</h3><ul>");
        for (const competencies::PlaceSuggestion &p : data.places) {
            QString line = QStringLiteral("<b>") + escaped(p.nom) + QStringLiteral("</b>");
            if (!p.address.isEmpty())
                line += QStringLiteral(", ") + escaped(p.address);
            if (!p.telephone.isEmpty())
                line += QStringLiteral(" — ") + escaped(p.telephone);
            if (p.distanceKm)
                line += QStringLiteral(" (")
                    + escaped(QCoreApplication::translate("escale::reports", "%1 km")
                                  .arg(locale.toString(*p.distanceKm, 'f', 1)))
                    + QStringLiteral(")");
            html += QStringLiteral("<li>") + line + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }

    // Progress since the previous diagnostic.
    QImage chart;
    if (data.previous) {
        const QList<competencies::DomainProgress> progress = competencies::compare(f, *data.previous, a);
        html += QStringLiteral("<h2>")
            + escaped(QCoreApplication::translate("escale::reports", "Progress since %1")
                          .arg(locale.toString(data.previousDate, QLocale::LongFormat)))
            + QStringLiteral("</h2>");
        html += QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" border=\"1\"><tr><th>")
            + escaped(QCoreApplication::translate("escale::reports", "Domain")) + QStringLiteral("</th><th>")
            + escaped(QCoreApplication::translate("escale::reports", "Before")) + QStringLiteral("</th><th>")
            + escaped(QCoreApplication::translate("escale::reports", "Now")) + QStringLiteral("</th><th class=\"num\">")
            + escaped(QCoreApplication::translate("escale::reports", "Change")) + QStringLiteral("</th></tr>");
        for (const competencies::DomainProgress &d : progress) {
            const QString change = d.before < 0 || d.now < 0 ? QStringLiteral("–")
                : d.delta() > 0                              ? QStringLiteral("+%1").arg(d.delta())
                                                             : QString::number(d.delta());
            html += QStringLiteral("<tr><td>") + escaped(d.title) + QStringLiteral("</td><td>")
                + escaped(competencies::profileLabelForPerson(d.beforeProfile) + QStringLiteral(" (") + percent(d.before)
                    + QStringLiteral(")"))
                + QStringLiteral("</td><td>")
                + escaped(competencies::profileLabelForPerson(d.nowProfile) + QStringLiteral(" (") + percent(d.now)
                    + QStringLiteral(")"))
                + QStringLiteral("</td><td class=\"num\">") + escaped(change) + QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
        chart = progressChart(progress);
        html += QStringLiteral("<p><img src=\"escale://passeport/progress.png\" width=\"600\" height=\"240\"/></p>");
    }

    html += QStringLiteral("<p class=\"note\">")
        + escaped(QCoreApplication::translate(
            "escale::reports", "Keep this passport and bring it next time: it shows where you started."))
        + QStringLiteral("</p>");
    document->setHtml(html);
    // After setHtml, which clears the document's resources.
    if (!chart.isNull())
        document->addResource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("escale://passeport/progress.png")), chart);
    return document;
}

} // namespace

} // namespace escale::reports
