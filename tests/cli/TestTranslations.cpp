#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
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
