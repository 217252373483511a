#include "reports/MonthlyActivitySheet.h"

#include "common/Months.h"
#include "storage/Database.h"
#include "structure/StructureProfile.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace escale::reports {

namespace {

QString tr(const char *text, int n = -1)
{
    // The context lupdate gives to these tr() calls (namespace escale::reports): any other context
    // would leave the printed sheet untranslated.
    return QCoreApplication::translate("escale::reports", text, nullptr, n);
}

const QLocale &french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

QString number(qint64 n)
{
    return french().toString(n);
}

QString evolution(int now, int before)
{
    if (before == 0)
        return now == 0 ? QStringLiteral("=") : QStringLiteral("—");
    const qint64 delta = qint64(now - before) * 1000 / before; // per mille, truncated toward zero
    const qint64 rounded = (delta >= 0 ? delta + 5 : delta - 5) / 10;
    if (rounded == 0)
        return QStringLiteral("=");
    return (rounded > 0 ? QStringLiteral("+") : QStringLiteral("−")) + QString::number(std::abs(rounded))
        + QStringLiteral(" %");
}

QString hours(int minutes)
{
    return QStringLiteral("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Every table that holds figures repeats its header rows on the next page when it is cut there (its
// first row, or the two rows of a heading that spans them: QTextTableFormat::headerRowCount).
void repeatHeaders(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(table->cellAt(0, 0).rowSpan());
            table->setFormat(format);
        }
        repeatHeaders(child);
    }
}

// Two sections side by side in one table of seven columns (label, number, % | gutter | label,
// number, %), each section's title in the header row: a pair that the page's end cuts continues on
// the next page under its header repeated (QA: rows of « Lieux » alone at the top of page 2, when
// each section was a table nested in a layout table, whose headers Qt does not repeat). Figures and
// their headings right-aligned in columns wide enough for a gap between « Nombre » and « % ».
QString sectionPair(const activity::StatSection *left, const activity::StatSection *right)
{
    using Cells = QStringList; // three cells' HTML per row
    const auto rowsOf = [](const activity::StatSection *s) {
        QList<Cells> rows;
        if (!s)
            return rows;
        for (const activity::StatRow &r : s->rows)
            if (r.count != 0)
                rows.append({ escaped(r.label), number(r.count), QStringLiteral("%1 %").arg(r.percent) });
        if (rows.isEmpty())
            rows.append({ escaped(tr("None")), QString(), QString() });
        return rows;
    };
    const QList<Cells> a = rowsOf(left), b = rowsOf(right);
    const QString head = QStringLiteral("<th class=\"title\" width=\"30%\">%1</th>"
                                        "<th class=\"num\" align=\"right\" width=\"10%\">%2</th>"
                                        "<th class=\"num\" align=\"right\" width=\"8%\">%3</th>");
    const auto header = [&head](const activity::StatSection *s) {
        return s ? head.arg(escaped(s->title), escaped(tr("Number")), QStringLiteral("%"))
                 : head.arg(QString(), QString(), QString());
    };
    QString html = QStringLiteral("<table class=\"data pair\" style=\"font-size: 9pt\" width=\"100%\" "
                                  "cellspacing=\"0\" cellpadding=\"2\"><tr>")
        + header(left) + QStringLiteral("<td width=\"4%\"></td>") + header(right) + QStringLiteral("</tr>");
    const QString cells = QStringLiteral("<td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>");
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const Cells l = a.value(i, Cells { QString(), QString(), QString() });
        const Cells r = b.value(i, Cells { QString(), QString(), QString() });
        html += QStringLiteral("<tr>") + cells.arg(l.at(0), l.at(1), l.at(2)) + QStringLiteral("<td></td>")
            + cells.arg(r.at(0), r.at(1), r.at(2)) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

QString monthTitle(const QDate &month)
{
    QString name = french().standaloneMonthName(month.month(), QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return QStringLiteral("%1 %2").arg(name).arg(month.year());
}

Result<MonthlySheetData> collectMonthlySheet(storage::Database &db, const QDate &month, const Clock &clock)
{
    if (!month.isValid())
        return Error { QStringLiteral("report.bad-month"), tr("The month is not valid (expected YYYY-MM).") };
    MonthlySheetData data;
    data.month = QDate(month.year(), month.month(), 1);
    data.generatedOn = clock.today();
    QDate end = data.month.addMonths(1).addDays(-1);
    data.inProgress = data.generatedOn >= data.month && data.generatedOn < end;
    if (data.inProgress)
        end = data.generatedOn;
    // The same days of another month (to the same day, or its last one when it is shorter).
    const auto sameDays = [&data, end](const QDate &first) {
        const QDate last = first.addMonths(1).addDays(-1);
        return data.inProgress ? std::min(last, QDate(first.year(), first.month(), std::min(end.day(), last.day())))
                               : last;
    };
    structure::StructureStore structures(db);
    if (auto p = structures.profile()) {
        data.structureName = p->nom;
        data.structureAddress = QStringLiteral("%1, %2 %3").arg(p->adresse, p->codePostal, p->commune);
    } else {
        data.structureName = tr("(structure not set up)");
    }
    auto st = activity::computeStatistics(db, data.month, end);
    if (!st)
        return st.error();
    data.current = *st;
    const QDate prev = data.month.addMonths(-1);
    data.previousMonth = activity::computeTotals(db, prev, sameDays(prev));
    const QDate lastYear = data.month.addYears(-1);
    data.sameMonthLastYear = activity::computeTotals(db, lastYear, sameDays(lastYear));
    return data;
}

DocumentInfo monthlySheetInfo(const MonthlySheetData &data)
{
    return { tr("Monthly activity sheet — %1").arg(monthTitle(data.month)), data.structureName, data.generatedOn,
        QString() };
}

QImage trendChart(const QList<activity::MonthPoint> &trend, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(10, size.height() / 18));
    p.setFont(font);
    const int left = 10, right = 10, top = font.pixelSize() + 8, bottom = font.pixelSize() * 2 + 8;
    const QRect plot(left, top, size.width() - left - right, size.height() - top - bottom);
    int maxValue = 1;
    for (const auto &m : trend)
        maxValue = std::max(maxValue, m.activities);
    const int n = std::max<int>(1, int(trend.size()));
    const double slot = double(plot.width()) / n;
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int i = 0; i < trend.size(); ++i) {
        const auto &m = trend.at(i);
        const int h = int(qint64(plot.height()) * m.activities / maxValue);
        const QRectF bar(plot.left() + i * slot + slot * 0.15, plot.bottom() - h, slot * 0.7, h);
        p.fillRect(bar, i == trend.size() - 1 ? QColor(0x1d, 0x5c, 0x8f) : QColor(0x8c, 0xb4, 0xd6));
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        p.drawText(QRectF(bar.left() - slot * 0.15, bar.top() - font.pixelSize() - 4, slot, font.pixelSize() + 2),
            Qt::AlignCenter, number(m.activities));
        QString label = french().standaloneMonthName(m.month.month(), QLocale::ShortFormat);
        label.remove(QLatin1Char('.'));
        p.drawText(
            QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, font.pixelSize() + 2), Qt::AlignCenter, label);
        if (m.month.month() == 1 || i == 0)
            p.drawText(
                QRectF(plot.left() + i * slot, plot.bottom() + font.pixelSize() + 6, slot * 2, font.pixelSize() + 2),
                Qt::AlignLeft, QString::number(m.month.year()));
    }
    return image;
}

QImage horizontalBarChart(const QList<QPair<QString, int>> &bars, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    const int n = std::max<int>(1, int(bars.size()));
    const double rowHeight = double(size.height()) / n;
    font.setPixelSize(std::clamp(int(rowHeight * 0.55), 9, 22));
    p.setFont(font);
    int maxValue = 1;
    for (const auto &b : bars)
        maxValue = std::max(maxValue, b.second);
    const int labelWidth = size.width() * 45 / 100;
    const int barSpace = size.width() - labelWidth - 60;
    for (int i = 0; i < bars.size(); ++i) {
        const double y = i * rowHeight;
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        const QString label = p.fontMetrics().elidedText(bars.at(i).first, Qt::ElideRight, labelWidth - 8);
        p.drawText(QRectF(0, y, labelWidth - 8, rowHeight), Qt::AlignRight | Qt::AlignVCenter, label);
        const int w = int(qint64(barSpace) * bars.at(i).second / maxValue);
        p.fillRect(QRectF(labelWidth, y + rowHeight * 0.2, w, rowHeight * 0.6), QColor(0x1d, 0x5c, 0x8f));
        p.drawText(QRectF(labelWidth + w + 4, y, 56, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            number(bars.at(i).second));
    }
    return image;
}

std::unique_ptr<QTextDocument> buildMonthlySheet(const MonthlySheetData &data)
{
    const DocumentInfo info = monthlySheetInfo(data);
    auto doc = newDocument(info);
    // Room around the headings and in the tables' cells: a heading stands clear of the table it
    // names, the cells' texts of their neighbours (the QA round of the French interface).
    doc->setDefaultStyleSheet(styleSheet()
        + QStringLiteral("h2 { margin-top: 12pt; margin-bottom: 6pt; }"
                         "h3 { margin-top: 4pt; margin-bottom: 5pt; }"
                         "table.data th { padding: 2.5pt 3.5pt; font-size: 9pt; }"
                         "table.data th.title { font-size: 10.5pt; }"
                         "table.data td { padding: 1pt 3.5pt; }"));
    const activity::ActivityStatistics &st = data.current;
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(info.title));
    html += QStringLiteral("<p class=\"meta\"><b>%1</b>").arg(escaped(data.structureName));
    if (!data.structureAddress.isEmpty())
        html += QStringLiteral(" — %1").arg(escaped(data.structureAddress));
    html += QStringLiteral("<br/>%1 %2 – %3")
                .arg(escaped(tr("Period:")), st.from.toString(QStringLiteral("dd/MM/yyyy")),
                    st.to.toString(QStringLiteral("dd/MM/yyyy")));
    if (data.inProgress)
        html += QStringLiteral(" <b>%1</b>").arg(escaped(tr("(month in progress)")));
    html += QStringLiteral("<br/>%1 %2</p>")
                .arg(escaped(tr("Mediators:")),
                    st.mediators.isEmpty() ? escaped(tr("none")) : escaped(st.mediators.join(QStringLiteral(", "))));

    if (st.isEmpty())
        html += QStringLiteral("<p class=\"note\"><b>%1</b></p>")
                    .arg(escaped(tr("No activity was recorded in %1.").arg(monthInSentence(data.month))));

    // Totals and comparisons: one table, the figures of the month in one column (the comparisons
    // beside the first two rows only), every heading right-aligned over its figures; a month's
    // heading on two lines (« Septembre » / « 2026 ») so that the five headings never touch.
    const auto monthHeading = [](const QDate &month) -> QString {
        const QString title = monthTitle(month);
        const qsizetype space = title.lastIndexOf(QLatin1Char(' '));
        return escaped(title.left(space)) + QStringLiteral("<br/>") + escaped(title.mid(space + 1));
    };
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Key figures")));
    if (data.inProgress)
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(escaped(tr("Month in progress: figures up to %1, compared with the same days (1 to %2) of "
                                    "the other months.")
                                     .arg(st.to.toString(QStringLiteral("dd/MM/yyyy")))
                                     .arg(st.to.day())));
    const QString figureTh = QStringLiteral("<th class=\"num\" align=\"right\" width=\"%1%\">%2</th>");
    html += QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                           "<th width=\"39%\"></th>");
    html += figureTh.arg(13).arg(monthHeading(data.month));
    html += figureTh.arg(13).arg(monthHeading(data.month.addMonths(-1)));
    html += figureTh.arg(11).arg(escaped(tr("Change")));
    html += figureTh.arg(13).arg(monthHeading(data.month.addYears(-1)));
    html += figureTh.arg(11).arg(escaped(tr("Change")));
    html += QStringLiteral("</tr>");
    auto compared = [&html](const QString &label, int now, int prev, int lastYear) {
        html += QStringLiteral("<tr><td>%1</td><td class=\"num\"><b>%2</b></td><td class=\"num\">%3</td>"
                               "<td class=\"num\">%4</td><td class=\"num\">%5</td><td class=\"num\">%6</td></tr>")
                    .arg(escaped(label), number(now), number(prev), evolution(now, prev), number(lastYear),
                        evolution(now, lastYear));
    };
    compared(tr("Activities"), st.activities, data.previousMonth.activities, data.sameMonthLastYear.activities);
    compared(
        tr("People reached"), st.participants, data.previousMonth.participants, data.sameMonthLastYear.participants);
    auto single = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td class=\"num\"><b>%2</b></td><td colspan=\"4\"></td></tr>")
                    .arg(escaped(label), value);
    };
    single(tr("Distinct people known by name"), number(st.beneficiaries));
    single(tr("… of whom new this month"), number(st.newBeneficiaries));
    single(tr("… of whom already accompanied"), number(st.followedBeneficiaries));
    single(tr("Anonymous participations"), number(st.anonymousParticipants));
    single(tr("Time spent accompanying"), hours(st.totalMinutes));
    if (st.orientations)
        single(tr("Orientations made"), number(*st.orientations));
    if (st.diagnostics)
        single(tr("Digital skills diagnostics made"), number(*st.diagnostics));
    html += QStringLiteral("</table>");

    // 12-month trend.
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Activities over 12 months")));
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("escale://trend.png")),
        trendChart(st.trend, QSize(1400, 215)));
    html += QStringLiteral("<p><img src=\"escale://trend.png\" width=\"640\" height=\"98\"/></p>");

    if (!st.isEmpty()) {
        // Thématiques chart.
        QList<QPair<QString, int>> bars;
        if (const auto *t = st.section(QStringLiteral("thematiques")))
            for (const auto &r : t->rows)
                if (bars.size() < 8)
                    bars.append({ r.label, r.count });
        if (!bars.isEmpty()) {
            html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Main thématiques")));
            doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("escale://thematiques.png")),
                horizontalBarChart(bars, QSize(1400, 28 * int(bars.size()))));
            html += QStringLiteral("<p><img src=\"escale://thematiques.png\" width=\"640\" height=\"%1\"/></p>")
                        .arg(int(28 * bars.size() * 640 / 1400));
        }
        // Sections, two per row.
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Details")));
        const QStringList keys { QStringLiteral("type"), QStringLiteral("participantsParType"), QStringLiteral("canal"),
            QStringLiteral("duree"), QStringLiteral("materiel"), QStringLiteral("lieu"), QStringLiteral("thematiques"),
            QStringLiteral("demarches"), QStringLiteral("genre"), QStringLiteral("trancheAge"),
            QStringLiteral("statut"), QStringLiteral("commune") };
        for (int i = 0; i + 1 < keys.size(); i += 2)
            html += sectionPair(st.section(keys.at(i)), st.section(keys.at(i + 1)));
    }

    // Communes served by the bus (itinerant mode): only when something was recorded at a stop. Eight
    // columns on A4 portrait: per stop, its days, activities, people reached, orientations, and the
    // cheques handed out and redeemed there.
    if (!st.stopsServed.isEmpty()) {
        QSet<QString> communes;
        int withoutCommune = 0;
        activity::StopServed total;
        for (const auto &s : st.stopsServed) {
            if (!s.commune.isEmpty())
                communes.insert(s.commune);
            else
                ++withoutCommune;
            total.days += s.days;
            total.activities += s.activities;
            total.participants += s.participants;
            total.orientations += s.orientations;
            total.chequesHandedOut += s.chequesHandedOut;
            total.chequesRedeemed += s.chequesRedeemed;
        }
        const int communeCount = int(communes.size());
        const int stopCount = int(st.stopsServed.size());
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Communes served")));
        const QString communesText = QCoreApplication::translate(
            "escale::reports", "%Ln commune(s) served", nullptr, communeCount);
        const QString stopsText
            = QCoreApplication::translate("escale::reports", "at %Ln stop(s).", nullptr, stopCount);
        // Stops whose commune is not recorded are said as such, never counted as « 0 commune » (QA).
        QString served = communeCount > 0 ? communesText + QLatin1Char(' ') + stopsText : QString();
        if (withoutCommune > 0) {
            const QString unknownText = QCoreApplication::translate(
                "escale::reports", "%Ln stop(s) without a commune recorded.", nullptr, withoutCommune);
            served += (served.isEmpty() ? QString() : QStringLiteral(" ")) + unknownText;
        }
        html += QStringLiteral("<p>%1</p>").arg(escaped(served));
        // Two header rows: the cheques' two columns under one « Cheques » heading, so that every
        // heading fits its column in one word or two (A4 portrait, 9 pt headings).
        const QString th = QStringLiteral("<th style=\"font-size: 9pt\" width=\"%1%\" %2>%3</th>");
        const QString num = QStringLiteral("align=\"right\" class=\"num\"");
        html += QStringLiteral("<table class=\"data\" style=\"font-size: 9pt\" width=\"100%\" cellspacing=\"0\"><tr>");
        html += th.arg(12).arg(QStringLiteral("rowspan=\"2\""), escaped(tr("Commune")));
        html += th.arg(16).arg(QStringLiteral("rowspan=\"2\""), escaped(tr("Stop")));
        html += th.arg(7).arg(QStringLiteral("rowspan=\"2\" ") + num, escaped(tr("Days")));
        html += th.arg(13).arg(QStringLiteral("rowspan=\"2\" ") + num, escaped(tr("Activities")));
        html += th.arg(13).arg(QStringLiteral("rowspan=\"2\" ") + num, escaped(tr("People")));
        html += th.arg(15).arg(QStringLiteral("rowspan=\"2\" ") + num, escaped(tr("Orientations")));
        html += th.arg(24).arg(QStringLiteral("colspan=\"2\" align=\"center\""), escaped(tr("Cheques")));
        html += QStringLiteral("</tr><tr>");
        html += th.arg(12).arg(num, escaped(tr("handed out")));
        html += th.arg(12).arg(num, escaped(tr("redeemed")));
        html += QStringLiteral("</tr>");
        auto figures = [&](const activity::StopServed &s, bool bold) {
            QString cells;
            for (int n : { s.days, s.activities, s.participants, s.orientations, s.chequesHandedOut, s.chequesRedeemed })
                cells += QStringLiteral("<td class=\"num\">%1</td>")
                             .arg(bold ? QStringLiteral("<b>%1</b>").arg(number(n)) : number(n));
            return cells;
        };
        for (const auto &s : st.stopsServed)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td>%3</tr>")
                        .arg(escaped(s.commune.isEmpty() ? tr("(not recorded)") : s.commune), escaped(s.name),
                            figures(s, false));
        html += QStringLiteral("<tr><td><b>%1</b></td><td></td>%2</tr></table>")
                    .arg(escaped(tr("Total")), figures(total, true));
    }

    // Cheques.
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Cheques redeemed")));
    if (!st.cheques) {
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(escaped(tr("The cheques module is not part of this installation.")));
    } else if (st.cheques->isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No cheque was redeemed this month.")));
    } else {
        // Column widths, padding and right-aligned figures: the count and the amount never touch
        // (QA: « 6 » against « 60,00 € » read « 660,00 € »), nor the scheme and its funder.
        html += QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
                               "<th width=\"29%\">%1</th><th width=\"47%\">%2</th>"
                               "<th class=\"num\" align=\"right\" width=\"10%\">%3</th>"
                               "<th class=\"num\" align=\"right\" width=\"14%\">%4</th></tr>")
                    .arg(escaped(tr("Scheme")), escaped(tr("Funder")), escaped(tr("Cheques")), escaped(tr("Amount")));
        int count = 0;
        Money total;
        for (const auto &r : *st.cheques) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td></tr>")
                        .arg(escaped(r.schemeLabel.isEmpty() ? r.scheme : r.schemeLabel), escaped(r.funder),
                            number(r.count), escaped(r.amount.toString()));
            count += r.count;
            total += r.amount;
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td></td><td class=\"num\"><b>%2</b></td>"
                               "<td class=\"num\"><b>%3</b></td></tr></table>")
                    .arg(escaped(tr("Total")), number(count), escaped(total.toString()));
    }
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(escaped(tr("Percentages are rounded to the nearest whole number; an activity can have several "
                                "thématiques. Figures without any name: personal data stays in the structure.")));
    doc->setHtml(html);
    spaceOutTables(*doc, 5, 8);
    repeatHeaders(doc->rootFrame());
    // The pairs of sections: less room between them than around the other tables (one A4 sheet,
    // two pages).
    constexpr qreal pixelsPerPoint = 96.0 / 72.0;
    QList<QTextTable *> pairs;
    for (QTextFrame *child : doc->rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(child); table && table->columns() == 7)
            pairs.append(table);
    for (QTextTable *table : pairs) {
        QTextTableFormat format = table->format();
        if (table != pairs.first()) // the first keeps its room under « Détail », the last above what follows
            format.setTopMargin(3 * pixelsPerPoint);
        if (table != pairs.last())
            format.setBottomMargin(4 * pixelsPerPoint);
        table->setFormat(format);
    }
    return doc;
}

Status writeMonthlySheet(storage::Database &db, const QDate &month, const Clock &clock, const QString &pdfPath)
{
    auto data = collectMonthlySheet(db, month, clock);
    if (!data)
        return data.error();
    auto doc = buildMonthlySheet(*data);
    return writePdf(*doc, monthlySheetInfo(*data), pdfPath);
}

} // namespace escale::reports
