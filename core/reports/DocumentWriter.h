#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

class QTextDocument;
class QTextCursor;

namespace escale::reports {

// Every printed document of Escale (monthly activity sheet, orientation sheet, passeport numérique,
// cheque claim statement, place sheet) is a QTextDocument built in core/ and written here to an A4 PDF
// with the same margins, fonts and footer (DESIGN.md §8). The UI previews and prints the same document.

struct DocumentInfo
{
    QString title;     // the PDF's title and the first heading
    QString structure; // the structure's name, printed in the footer
    QDate date;        // the date printed in the footer
    QString footnote;  // attribution of data sources, if any
};

// A new document with Escale's print style sheet (base font, headings, tables with borders).
std::unique_ptr<QTextDocument> newDocument(const DocumentInfo &info);

// Writes the document as an A4 PDF with a footer « structure — date — page n / m » on every page.
Status writePdf(QTextDocument &document, const DocumentInfo &info, const QString &path);

// HTML escaping for every text that comes from data (names, notes, imported content).
QString escaped(const QString &text);

// The print style sheet shared by every document (used by newDocument).
QString styleSheet();

} // namespace escale::reports
