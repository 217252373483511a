#include "ui/widgets/DocumentPreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

namespace escale::ui {

void DocumentPreview::preview(QWidget *parent, const reports::DocumentInfo &info, const Builder &build)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(info.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(info.title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        std::unique_ptr<QTextDocument> document = build();
        reports::paintPages(*document, info, *p); // the PDF's pages: same margins, footer and page breaks
    });
    dialog.resize(900, 700);
    dialog.exec();
}

namespace {

DocumentPreview::FileChooser &fileChooser()
{
    static DocumentPreview::FileChooser chooser;
    return chooser;
}

} // namespace

void DocumentPreview::setFileChooserForTests(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

QString DocumentPreview::savePdf(QWidget *parent, const reports::DocumentInfo &info, const Builder &build,
                                 const QString &suggestedFileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(suggestedFileName);
    const QString path = fileChooser()
        ? fileChooser()(suggested)
        : QFileDialog::getSaveFileName(parent, QCoreApplication::translate("escale::ui::DocumentPreview", "Save as PDF"),
                                       suggested,
                                       QCoreApplication::translate("escale::ui::DocumentPreview", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    std::unique_ptr<QTextDocument> document = build();
    const Status written = reports::writePdf(*document, info, path);
    if (!written) {
        QMessageBox::warning(parent, info.title, written.errorMessage());
        return {};
    }
    return path;
}

QString DocumentPreview::savePdf(QWidget *parent, const reports::DocumentInfo &info, const Builder &build,
                                 const QString &suggestedFileName, QLabel *label)
{
    const QString path = savePdf(parent, info, build, suggestedFileName);
    if (!path.isEmpty() && label)
        showSaved(label, path);
    return path;
}

QLabel *DocumentPreview::makeSavedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true); // file:// links: the PDF reader, the file manager
    label->setStyleSheet(QStringLiteral("QLabel { background: #d1e7dd; color: #0a3622; padding: 4px; }"));
    label->setVisible(false);
    return label;
}

void DocumentPreview::showSaved(QLabel *label, const QString &path)
{
    const QString file = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    const QString folder = QUrl::fromLocalFile(QFileInfo(path).absolutePath()).toString(QUrl::FullyEncoded);
    label->setText(QCoreApplication::translate("escale::ui::DocumentPreview", "Saved to %1")
                       .arg(QDir::toNativeSeparators(path).toHtmlEscaped())
        + QStringLiteral(" — <a href=\"%1\">%2</a> · <a href=\"%3\">%4</a>")
              .arg(file, QCoreApplication::translate("escale::ui::DocumentPreview", "Open"), folder,
                  QCoreApplication::translate("escale::ui::DocumentPreview", "Open its folder")));
    label->setToolTip(QDir::toNativeSeparators(path));
    label->setVisible(true);
}

} // namespace escale::ui
