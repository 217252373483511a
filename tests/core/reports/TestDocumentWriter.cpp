#include "reports/DocumentWriter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace escale;

class TestDocumentWriter : public QObject
{
    Q_OBJECT
private:
    static QString pdfText(const QString &path)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            return {};
        QProcess p;
        p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void writesAPaginatedA4PdfWithFooter()
    {
        reports::DocumentInfo info{QStringLiteral("Fiche d'essai"), QStringLiteral("Médiathèque de Manosque"),
                                   QDate(2026, 11, 21), QString()};
        auto document = reports::newDocument(info);
        QString html = QStringLiteral("<h1>%1</h1>").arg(reports::escaped(info.title));
        for (int i = 1; i <= 120; ++i)
            html += QStringLiteral("<p>Ligne %1 — accompagnement à la démarche en ligne.</p>").arg(i);
        html += QStringLiteral("<p>%1</p>").arg(reports::escaped(QStringLiteral("<script>alert('x')</script>")));
        document->setHtml(html);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("essai.pdf"));
        const Status written = reports::writePdf(*document, info, path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        if (qEnvironmentVariableIsSet("ESCALE_KEEP_OUTPUT")) // to look at it: pdftoppm -png …
            QFile::copy(path, qEnvironmentVariable("ESCALE_KEEP_OUTPUT") + QStringLiteral("/essai.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");

        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF was written but its text is not checked");
        QVERIFY(text.contains(QStringLiteral("Fiche d'essai")));
        QVERIFY(text.contains(QStringLiteral("Ligne 120")));
        QVERIFY(text.contains(QStringLiteral("<script>"))); // shown as text, not interpreted
        const int pages = int(text.count(QLatin1Char('\f')));
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(QStringLiteral("Médiathèque de Manosque")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("page 1 / %1").arg(pages))));
    }

    // A heading never ends a page with what it names on the next (QA: the orientation sheet's
    // « Quoi apporter » alone at the foot of page 1, its checklist on page 2).
    void headingsStayWithWhatFollows_data()
    {
        QTest::addColumn<int>("lines");
        for (int lines = 40; lines <= 70; lines += 2)
            QTest::addRow("%d lines before", lines) << lines;
    }
    void headingsStayWithWhatFollows()
    {
        QFETCH(int, lines);
        reports::DocumentInfo info{QStringLiteral("Orientation"), {}, QDate(2026, 11, 21), {}};
        auto document = reports::newDocument(info);
        QString html = QStringLiteral("<h1>Orientation</h1>");
        for (int i = 1; i <= lines; ++i)
            html += QStringLiteral("<p>Ligne %1</p>").arg(i);
        html += QStringLiteral("<h3>Pièces à apporter</h3>");
        for (int i = 1; i <= 3; ++i)
            html += QStringLiteral("<p>☐ Pièce %1</p>").arg(i);
        html += QStringLiteral("<h3>Que faire en ligne</h3><ul><li>ameli.fr</li></ul>");
        document->setHtml(html);
        reports::keepHeadingsWithNext(*document);
        const QStringList after = reports::headingsAtPageEnd(*document);
        QVERIFY2(after.isEmpty(), qPrintable(after.join(QStringLiteral(", "))));
        QVERIFY(document->toPlainText().contains(QStringLiteral("Pièce 3")));
    }

    // A heading alone at a page's foot is found (what keepHeadingsWithNext mends).
    void aHeadingAloneIsFound()
    {
        int found = 0;
        for (int lines = 40; lines <= 70; ++lines) {
            auto document = reports::newDocument({QStringLiteral("x"), {}, {}, {}});
            QString html;
            for (int i = 1; i <= lines; ++i)
                html += QStringLiteral("<p>Ligne %1</p>").arg(i);
            html += QStringLiteral("<h3>Pièces à apporter</h3><p>☐ Pièce</p>");
            document->setHtml(html);
            found += int(reports::headingsAtPageEnd(*document).size());
        }
        QVERIFY(found > 0);
    }

    // Each running text's pages are numbered on their own: a bordereau of two claims, each its own
    // « page 1 / 1 »; a document without one counts all its pages.
    void pagesAreNumberedPerRunningText()
    {
        reports::DocumentInfo info{QStringLiteral("Bordereau"), QStringLiteral("Espace"), QDate(2026, 11, 21), {}};
        auto document = reports::newDocument(info);
        QString html;
        for (const char *ref : {"BR-A", "BR-B"}) {
            html += QStringLiteral("<h1%1>%2</h1>")
                        .arg(QLatin1String(ref) == QLatin1String("BR-B") ? QStringLiteral(" style=\"page-break-before: always\"")
                                                                         : QString(),
                             reports::runningMark(QString::fromLatin1(ref)));
            const int lines = QLatin1String(ref) == QLatin1String("BR-A") ? 5 : 80;
            for (int i = 1; i <= lines; ++i)
                html += QStringLiteral("<p>Ligne %1</p>").arg(i);
        }
        document->setHtml(html);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.pdf"));
        QVERIFY(reports::writePdf(*document, info, path).ok());
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 3); // BR-A on one page, BR-B on two or more
        QVERIFY2(pages.at(0).contains(QStringLiteral("page 1 / 1")), qPrintable(pages.at(0)));
        const qsizetype ofB = pages.size() - 1;
        for (qsizetype i = 1; i < pages.size(); ++i)
            QVERIFY2(pages.at(i).contains(QStringLiteral("page %1 / %2").arg(i).arg(ofB)), qPrintable(pages.at(i)));
    }

    void missingFolderIsAClearError()
    {
        reports::DocumentInfo info{QStringLiteral("x"), {}, {}, {}};
        auto document = reports::newDocument(info);
        const Status s = reports::writePdf(*document, info, QStringLiteral("/nonexistent/folder/x.pdf"));
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(QStringLiteral("/nonexistent/folder/x.pdf")));
    }
};

QTEST_MAIN(TestDocumentWriter)
#include "TestDocumentWriter.moc"
