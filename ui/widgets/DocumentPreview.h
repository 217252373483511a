#pragma once

#include "reports/DocumentWriter.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QTextDocument;

namespace escale::ui {

// Shows a document built in core/ (print preview), prints it, or saves it as PDF — the same three
// actions for every document of Escale. `build` makes a fresh document each time it is asked.
class DocumentPreview
{
public:
    using Builder = std::function<std::unique_ptr<QTextDocument>()>;

    static void preview(QWidget *parent, const reports::DocumentInfo &info, const Builder &build);
    // Asks where to save (suggesting suggestedFileName) and writes the PDF; reports errors in a message box.
    // Returns the file written, or an empty string (cancelled, or not written).
    static QString savePdf(QWidget *parent, const reports::DocumentInfo &info, const Builder &build,
                           const QString &suggestedFileName);
    // The same, then says where the file went in `label` (see showSaved()).
    static QString savePdf(QWidget *parent, const reports::DocumentInfo &info, const Builder &build,
                           const QString &suggestedFileName, QLabel *label);

    // A line under a document's buttons that says where it was saved, hidden until then.
    static QLabel *makeSavedLabel(const QString &objectName, QWidget *parent);
    // « Fiche enregistrée dans /…/orientation-2026-11-21.pdf — Ouvrir · Ouvrir le dossier » (links), shown.
    static void showSaved(QLabel *label, const QString &path);

    // Tests: answers the file dialog instead of the user (given the suggested path); null: the dialog.
    using FileChooser = std::function<QString(const QString &suggestedPath)>;
    static void setFileChooserForTests(FileChooser chooser);
};

} // namespace escale::ui
