// What the print preview shows and prints is what the PDF holds: reports::paintPages on the preview's
// QPrinter uses the PDF's A4 margins, footer and page breaks (QA saw the passeport's last sentence alone
// on a second page in the preview, QTextDocument::print's own 2 cm margins).
#include "TestSupport.h"

#include "reports/DocumentWriter.h"

#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

using namespace escale;

namespace {

int pdfPages(const QString &pdf)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        return -1;
    QProcess p;
    p.start(pdfinfo, {pdf});
    p.waitForFinished(30000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

class TestDocumentPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewHasThePdfsPages_data()
    {
        QTest::addColumn<int>("paragraphs");
        QTest::newRow("a short page") << 10;
        QTest::newRow("nearly a full page") << 47;
        QTest::newRow("three pages") << 80;
    }
    void previewHasThePdfsPages()
    {
        QFETCH(int, paragraphs);
        reports::DocumentInfo info{QStringLiteral("Essai"), QStringLiteral("Espace numérique"), QDate(2026, 11, 21), {}};
        QString html = QStringLiteral("<h1>Essai</h1>");
        for (int i = 0; i < paragraphs; ++i)
            html += QStringLiteral("<p>Ligne %1 du document.</p>").arg(i + 1);
        auto document = reports::newDocument(info);
        document->setHtml(html);
        const reports::PageUse use = reports::measurePages(*document);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("pdf.pdf"));
        ESCALE_VERIFY_OK(reports::writePdf(*document, info, pdf));
        QPrinter printer(QPrinter::HighResolution); // as DocumentPreview makes it
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(reports::paintPages(*document, info, printer));
        const int pdfCount = pdfPages(pdf);
        if (pdfCount < 0)
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QCOMPARE(pdfCount, use.pages);
        QCOMPARE(pdfPages(printed), use.pages);
        if (const QString keep = qEnvironmentVariable("ESCALE_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(printed, keep + QStringLiteral(".printed-%1.pdf").arg(paragraphs)); // pdftoppm -png -r 60
    }
};

QTEST_MAIN(TestDocumentPreview)
#include "TestDocumentPreview.moc"
