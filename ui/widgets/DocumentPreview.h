#pragma once

#include "reports/DocumentWriter.h"

#include <QWidget>

#include <functional>
#include <memory>

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
    static void savePdf(QWidget *parent, const reports::DocumentInfo &info, const Builder &build,
                        const QString &suggestedFileName);
};

} // namespace escale::ui
