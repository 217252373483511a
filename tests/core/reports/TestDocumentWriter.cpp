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
