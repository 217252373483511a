#include "reports/DocumentWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>

namespace escale::reports {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("escale::reports", text);
}
constexpr qreal kMarginMm = 15.0;
constexpr qreal kFooterMm = 8.0;
} // namespace

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
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(QStringLiteral("reports.cannot-write"),
                               tr("The PDF %1 cannot be written (permissions or disk space).")
                                   .arg(QDir::toNativeSeparators(path)));

    // Lay the document out in the printer's own pixels, leaving room for the footer.
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal dotsPerMm = writer.resolution() / 25.4;
    const qreal footerHeight = kFooterMm * dotsPerMm;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(document.defaultFont()); // re-measure fonts for the new device
    const QSizeF bodySize(page.width(), page.height() - footerHeight);
    document.setPageSize(bodySize);
    const int pageCount = document.pageCount();

    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    const QString date = QLocale().toString(info.date, QLocale::ShortFormat);
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0)
            writer.newPage();
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
        if (!info.footnote.isEmpty())
            left << info.footnote;
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, left.join(QStringLiteral(" — ")));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, tr("page %1 / %2").arg(i + 1).arg(pageCount));
        painter.restore();
    }
    if (!painter.end())
        return Status::failure(QStringLiteral("reports.cannot-write"),
                               tr("The PDF %1 could not be finished.").arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace escale::reports
