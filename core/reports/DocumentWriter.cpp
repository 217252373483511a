#include "reports/DocumentWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <memory>

namespace escale::reports {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("escale::reports", text);
}
constexpr qreal kMarginMm = 15.0;
constexpr qreal kFooterMm = 8.0;

void setUpPages(QPagedPaintDevice &device)
{
    if (auto *pdf = dynamic_cast<QPdfWriter *>(&device))
        pdf->setResolution(300);
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
}

// Lays the document out in the device's own pixels, leaving room for the footer; returns the body's size.
QSizeF layOut(QTextDocument &document, QPagedPaintDevice &device)
{
    const int dpi = device.logicalDpiY();
    const QRectF page = device.pageLayout().paintRectPixels(dpi);
    const qreal dotsPerMm = dpi / 25.4;
    const qreal footerHeight = kFooterMm * dotsPerMm;
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(document.defaultFont()); // re-measure fonts for the new device
    const QSizeF bodySize(page.width(), page.height() - footerHeight);
    document.setPageSize(bodySize);
    return bodySize;
}

// Lays the document out on the pages writePdf() makes (a PDF writer over a throw-away buffer), gives
// `measure` the page body's size, then hands the document back its own layout (no page size, its own
// paint device): what measurePages(), runningTexts() and the heading checks share.
template<typename Measure>
auto measureOnPages(QTextDocument &document, Measure &&measure)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto result = [&] {
        QPdfWriter writer(&buffer);
        setUpPages(writer);
        const QSizeF body = layOut(document, writer);
        auto r = measure(body);
        document.documentLayout()->setPaintDevice(nullptr);
        return r;
    }();
    document.setPageSize(QSizeF());
    document.setDefaultFont(document.defaultFont());
    return result;
}

const QString kRunningPrefix = QStringLiteral("escale-running:");

// The running texts per page of a laid-out document whose pages are pageHeight high.
QStringList runningTextsOf(QTextDocument &document, qreal pageHeight, int pageCount)
{
    QList<QStringList> starting(pageCount);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isAnchor())
                continue;
            for (const QString &name : fragment.charFormat().anchorNames()) {
                if (!name.startsWith(kRunningPrefix))
                    continue;
                const qreal y = document.documentLayout()->blockBoundingRect(block).top();
                const int page = std::clamp(int(y / pageHeight), 0, std::max(0, pageCount - 1));
                if (pageCount > 0 && !starting[page].contains(name.mid(kRunningPrefix.size())))
                    starting[page] << name.mid(kRunningPrefix.size());
            }
        }
    }
    QStringList texts;
    QString current;
    for (const QStringList &onPage : starting) {
        if (!onPage.isEmpty()) {
            texts << onPage.join(QStringLiteral(" · "));
            current = onPage.last();
        } else {
            texts << current;
        }
    }
    return texts;
}

} // namespace

QString runningMark(const QString &text)
{
    return QStringLiteral("<a name=\"%1\">%2</a>")
        .arg(QString(kRunningPrefix + text).toHtmlEscaped(), text.toHtmlEscaped());
}

QStringList runningTexts(QTextDocument &document)
{
    return measureOnPages(document, [&](const QSizeF &body) {
        return runningTextsOf(document, body.height(), document.pageCount());
    });
}

PageUse measurePages(QTextDocument &document)
{
    return measureOnPages(document, [&](const QSizeF &body) {
        PageUse use;
        use.pages = document.pageCount();
        const qreal height = document.size().height();
        use.lastPageFill = std::clamp((height - (use.pages - 1) * body.height()) / body.height(), 0.0, 1.0);
        return use;
    });
}

namespace {
// The headings whose next block (with text) starts on a later page, on the document laid out with
// pages pageHeight high.
QList<QTextBlock> headingsAlone(QTextDocument &document, qreal pageHeight)
{
    QList<QTextBlock> alone;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0 || b.text().trimmed().isEmpty() || !b.layout()
            || b.layout()->lineCount() == 0)
            continue;
        QTextBlock next = b.next();
        while (next.isValid() && next.text().trimmed().isEmpty())
            next = next.next();
        if (!next.isValid() || !next.layout() || next.layout()->lineCount() == 0)
            continue;
        const QRectF here = layout->blockBoundingRect(b);
        const QRectF there = layout->blockBoundingRect(next);
        const QTextLine firstLine = next.layout()->lineAt(0);
        const int page = int((here.top() + b.layout()->lineAt(0).y()) / pageHeight);
        const int nextPage = int((there.top() + firstLine.y() + firstLine.height() / 2) / pageHeight);
        if (nextPage > page)
            alone.append(b);
    }
    return alone;
}
} // namespace

QStringList headingsAtPageEnd(QTextDocument &document)
{
    return measureOnPages(document, [&](const QSizeF &body) {
        QStringList texts;
        for (const QTextBlock &b : headingsAlone(document, body.height()))
            texts << b.text();
        return texts;
    });
}

void keepHeadingsWithNext(QTextDocument &document)
{
    // One heading at a time: moving one moves everything after it.
    for (int moved = 0; moved < 50; ++moved) {
        const bool done = measureOnPages(document, [&](const QSizeF &body) {
            const QList<QTextBlock> alone = headingsAlone(document, body.height());
            if (alone.isEmpty())
                return true;
            QTextBlockFormat format = alone.first().blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(alone.first()).setBlockFormat(format);
            return false;
        });
        if (done)
            return;
    }
}

namespace {
struct TableMargins
{
    qreal above, below, nestedAbove, nestedBelow;
};

void spaceOut(QTextFrame *frame, const TableMargins &m, bool nested)
{
    for (QTextFrame *child : frame->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(child);
        if (table) {
            QTextTableFormat format = table->format();
            format.setTopMargin(nested ? m.nestedAbove : m.above);
            format.setBottomMargin(nested ? m.nestedBelow : m.below);
            table->setFormat(format);
        }
        spaceOut(child, m, nested || table);
    }
}
} // namespace

void spaceOutTables(QTextDocument &document, qreal abovePt, qreal belowPt)
{
    spaceOutTables(document, abovePt, belowPt, abovePt, belowPt);
}

void spaceOutTables(QTextDocument &document, qreal abovePt, qreal belowPt, qreal nestedAbovePt, qreal nestedBelowPt)
{
    // Document units without a paint device are pixels at 96 dpi; the layout scales them to the
    // device's resolution like the fonts.
    constexpr qreal pixelsPerPoint = 96.0 / 72.0;
    spaceOut(document.rootFrame(),
        { abovePt * pixelsPerPoint, belowPt * pixelsPerPoint, nestedAbovePt * pixelsPerPoint,
            nestedBelowPt * pixelsPerPoint },
        false);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #1a1a1a; }"
        "h1 { font-size: 17pt; color: #1d5c8f; margin-bottom: 2pt; }"
        "h2 { font-size: 12.5pt; color: #1d5c8f; margin-top: 10pt; margin-bottom: 3pt; }"
        "h3 { font-size: 11pt; margin-top: 6pt; margin-bottom: 2pt; }"
        "p.meta { color: #555555; font-size: 9pt; }"
        "table.data { border-collapse: collapse; }"
        "table.data th { background-color: #e8f0f7; text-align: left; padding: 2pt 4pt; }"
        "table.data td { padding: 2pt 4pt; }"
        "td.num, th.num { text-align: right; }"
        // Without this, « table.data th » (more specific than « th.num ») left-aligned the headings of
        // right-aligned figures: « Nombre % » jammed together over their columns.
        "table.data th.num { text-align: right; }"
        "p.note { font-style: italic; color: #444444; }");
}

std::unique_ptr<QTextDocument> newDocument(const DocumentInfo &info)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(styleSheet());
    document->setMetaInformation(QTextDocument::DocumentTitle, info.title);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    return document;
}

Status writePdf(QTextDocument &document, const DocumentInfo &info, const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Status::failure(QStringLiteral("reports.missing-folder"),
                               tr("The folder of %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    QPdfWriter writer(path);
    writer.setTitle(info.title);
    writer.setCreator(QStringLiteral("Escale"));
    if (!paintPages(document, info, writer))
        return Status::failure(QStringLiteral("reports.cannot-write"),
                               tr("The PDF %1 cannot be written (permissions or disk space).")
                                   .arg(QDir::toNativeSeparators(path)));
    return {};
}

bool paintPages(QTextDocument &document, const DocumentInfo &info, QPagedPaintDevice &device)
{
    setUpPages(device);
    QPainter painter;
    if (!painter.begin(&device))
        return false;

    // Lay the document out in the device's own pixels, leaving room for the footer.
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiY());
    const qreal footerHeight = kFooterMm * device.logicalDpiY() / 25.4;
    const QSizeF bodySize = layOut(document, device);
    const int pageCount = document.pageCount();
    const QStringList running = runningTextsOf(document, bodySize.height(), pageCount);

    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    const QString date = QLocale().toString(info.date, QLocale::ShortFormat);
    // Pages numbered within each run of one running text (QA: a bordereau's second claim, sent to
    // another funder, read « page 2 / 2 »).
    QList<int> number(pageCount), count(pageCount);
    for (int i = 0; i < pageCount;) {
        int end = i + 1;
        while (end < pageCount && running.value(end) == running.value(i))
            ++end;
        for (int j = i; j < end; ++j) {
            number[j] = j - i + 1;
            count[j] = end - i;
        }
        i = end;
    }
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * bodySize.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * bodySize.height(), bodySize.width(), bodySize.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, page.height() - footerHeight * 0.8, page.width(), footerHeight * 0.8);
        QStringList left;
        if (!info.structure.isEmpty())
            left << info.structure;
        if (info.date.isValid())
            left << date;
        if (!running.value(i).isEmpty())
            left << running.at(i);
        if (!info.footnote.isEmpty())
            left << info.footnote;
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, left.join(QStringLiteral(" — ")));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, tr("page %1 / %2").arg(number.at(i)).arg(count.at(i)));
        painter.restore();
    }
    return painter.end();
}

} // namespace escale::reports
