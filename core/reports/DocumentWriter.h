#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

class QTextDocument;
class QTextCursor;
class QPagedPaintDevice;

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
// The same pages on any paged device (the print preview's QPrinter): A4, the same margins and footer,
// so that what is previewed and printed falls on the pages measurePages counts. False if it cannot paint.
bool paintPages(QTextDocument &document, const DocumentInfo &info, QPagedPaintDevice &device);

// How a document falls on the A4 pages writePdf makes (same margins, footer and resolution): the number
// of pages and how much of the last one is used (0..1). For documents that must fit a page (the bus
// timetable) or must not leave a line alone on the last one (the passeport). The document's layout is
// left as it was found (no paint device).
struct PageUse
{
    int pages = 0;
    qreal lastPageFill = 0;
};
PageUse measurePages(QTextDocument &document);

// The headings (h1–h6) left at the foot of a page, what follows them on the next one: their texts.
QStringList headingsAtPageEnd(QTextDocument &document);
// Moves each such heading to the next page with what it names (keep-with-next: a page break before
// it), until none is left alone. For documents whose headings precede short lists (the orientation
// sheet's « Pièces à apporter »).
void keepHeadingsWithNext(QTextDocument &document);

// A text that the footer repeats on every page from where it stands in the document until the next
// one (the bordereau's reference: every page of a claim carries it, and only its own). Returns the HTML
// to put around that text in the body: <a name="escale-running:…">text</a>.
QString runningMark(const QString &text);
// The running texts of each page of the document laid out on writePdf's A4 pages: the ones that start
// on the page, or else the last one before it (empty when none). What the footers print. The footer's
// « page n / m » counts the pages of each run of one running text (a bordereau of two claims: each
// claim « page 1 / 1 »), and the whole document when it has none.
QStringList runningTexts(QTextDocument &document);

// Room above and below every table of the document, in points. Qt's rich text drops the margins of a
// heading or paragraph next to a table, so a title set in CSS sits right on the table it names; this
// sets the tables' own margins (call it after setHtml).
void spaceOutTables(QTextDocument &document, qreal abovePt, qreal belowPt);
// The same with other margins for the tables inside a table's cell (side-by-side sections).
void spaceOutTables(QTextDocument &document, qreal abovePt, qreal belowPt, qreal nestedAbovePt, qreal nestedBelowPt);

// HTML escaping for every text that comes from data (names, notes, imported content).
QString escaped(const QString &text);

// The print style sheet shared by every document (used by newDocument).
QString styleSheet();

} // namespace escale::reports
