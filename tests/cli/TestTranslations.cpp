#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The French translation is complete: lupdate run over today's sources into a copy of
// translations/escale_fr.ts must find no message left unfinished (a new tr() string without its
// French text fails here, naming it).
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A QLatin1String / QLatin1Char reads its bytes as Latin-1: a UTF-8 « — » or « é » in one shows as
    // « â€” » or « Ã© » (QA: the cheque journal). Non-ASCII text goes in QStringLiteral or tr().
    void latin1LiteralsHoldOnlyAscii()
    {
        const QString source = QStringLiteral(ESCALE_SOURCE_DIR);
        static const QRegularExpression literal(
            QStringLiteral("(?:QLatin1(?:String|StringView|Char)\\s*\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'))|(\"(?:[^\"\\\\]|\\\\.)*\"_L1)"));
        QStringList found;
        int files = 0;
        for (const char *folder : {"app", "core", "ui"}) {
            QDirIterator it(source + QLatin1Char('/') + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
                for (int i = 0; i < lines.size(); ++i) {
                    for (auto m = literal.globalMatch(lines.at(i)); m.hasNext();) {
                        const auto match = m.next();
                        const QString text = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
                        for (const QChar c : text)
                            if (c.unicode() > 0x7F) {
                                found << QStringLiteral("%1:%2: %3").arg(QDir(source).relativeFilePath(file.fileName())).arg(i + 1).arg(lines.at(i).trimmed());
                                break;
                            }
                    }
                }
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("non-ASCII text in a Latin-1 literal:\n") + found.join(QLatin1Char('\n'))));
    }

    void frenchTranslationIsComplete()
    {
        QString lupdate = QDir(QLibraryInfo::path(QLibraryInfo::BinariesPath)).filePath(QStringLiteral("lupdate"));
        if (!QFile::exists(lupdate))
            lupdate = QStandardPaths::findExecutable(QStringLiteral("lupdate"), {QStringLiteral("/usr/lib/qt6/bin")});
        QVERIFY2(!lupdate.isEmpty() && QFile::exists(lupdate), "lupdate (qt6-l10n-tools) is needed by this test");

        const QString source = QStringLiteral(ESCALE_SOURCE_DIR);
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("escale_fr.ts"));
        QVERIFY(QFile::copy(source + QStringLiteral("/translations/escale_fr.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        QProcess p;
        p.setWorkingDirectory(source);
        p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"), QStringLiteral("-I"), QStringLiteral("."), QStringLiteral("-I"),
                          QStringLiteral("core"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                          QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("-ts"), ts});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString sourceText;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                sourceText = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const bool isUnfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (isUnfinished)
                    unfinished << context + QStringLiteral(": ") + sourceText;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        if (!unfinished.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 message(s) without French translation (run "
                                            "tools/update-translations.sh):\n")
                                 .arg(unfinished.size())
                             + unfinished.mid(0, 40).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
