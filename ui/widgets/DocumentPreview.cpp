#include "ui/widgets/DocumentPreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

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

void DocumentPreview::savePdf(QWidget *parent, const reports::DocumentInfo &info, const Builder &build,
                              const QString &suggestedFileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("escale::ui::DocumentPreview", "Save as PDF"),
                                                      QDir(folder).filePath(suggestedFileName),
                                                      QCoreApplication::translate("escale::ui::DocumentPreview", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    std::unique_ptr<QTextDocument> document = build();
    const Status written = reports::writePdf(*document, info, path);
    if (!written)
        QMessageBox::warning(parent, info.title, written.errorMessage());
}

} // namespace escale::ui
