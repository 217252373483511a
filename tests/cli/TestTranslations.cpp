#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct LupdateRun
{
    QStringList unfinished; // « context: source » of each message left unfinished
    QStringList sources; // every source text
    int messages = 0;
};

// Runs lupdate over today's sources into a copy of translations/<name> (extra: e.g. -pluralonly) and
// reads what it left.
LupdateRun lupdateInto(const QString &name, const QStringList &extra = {})
{
    LupdateRun run;
    QString lupdate = QDir(QLibraryInfo::path(QLibraryInfo::BinariesPath)).filePath(QStringLiteral("lupdate"));
    if (!QFile::exists(lupdate))
        lupdate = QStandardPaths::findExecutable(QStringLiteral("lupdate"), {QStringLiteral("/usr/lib/qt6/bin")});
    if (lupdate.isEmpty() || !QFile::exists(lupdate)) {
        qWarning("lupdate (qt6-l10n-tools) is needed by this test");
        return run;
    }
    const QString source = QStringLiteral(ESCALE_SOURCE_DIR);
    QTemporaryDir dir;
    const QString ts = dir.filePath(name);
    if (!QFile::copy(source + QStringLiteral("/translations/") + name, ts))
        return run;
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

    QProcess p;
    p.setWorkingDirectory(source);
    p.start(lupdate, QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                 QStringLiteral("none")}
                         + extra
                         + QStringList{QStringLiteral("-I"), QStringLiteral("."), QStringLiteral("-I"), QStringLiteral("core"),
                                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("app"),
                                       QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("-ts"), ts});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return run;

    QFile file(ts);
    if (!file.open(QIODevice::ReadOnly))
        return run;
    QXmlStreamReader xml(&file);
    QString context;
    QString sourceText;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            sourceText = xml.readElementText();
            run.sources << sourceText;
            ++run.messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool isUnfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (isUnfinished)
                run.unfinished << context + QStringLiteral(": ") + sourceText;
        }
    }
    if (xml.hasError())
        run.messages = 0;
    return run;
}

} // namespace

// The translations are complete: lupdate run over today's sources into a copy of
// translations/escale_fr.ts must find no message left unfinished (a new tr() string without its
// French text fails here, naming it); the same for the English plural forms of escale_en.ts.
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

    // A free tr() helper names its context by hand (QCoreApplication::translate("ctx", …)); lupdate files
    // the strings under the context it deduces (the enclosing namespace or class). A name that is not a
    // context of the catalogue leaves those strings in English at run time, translated or not.
    void translateContextsExistInTheCatalogue()
    {
        QFile ts(QStringLiteral(ESCALE_SOURCE_DIR "/translations/escale_fr.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QSet<QString> contexts;
        static const QRegularExpression name(QStringLiteral("<name>([^<]*)</name>"));
        for (auto m = name.globalMatch(QString::fromUtf8(ts.readAll())); m.hasNext();)
            contexts.insert(m.next().captured(1));
        QVERIFY(contexts.size() > 20);
        static const QRegularExpression call(QStringLiteral("QCoreApplication::translate\\(\\s*\"([^\"]+)\""));
        const QString source = QStringLiteral(ESCALE_SOURCE_DIR);
        QStringList unknown;
        int calls = 0;
        for (const char *folder : {"app", "core", "ui"}) {
            QDirIterator it(source + QLatin1Char('/') + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                for (auto m = call.globalMatch(QString::fromUtf8(file.readAll())); m.hasNext();) {
                    const QString context = m.next().captured(1);
                    ++calls;
                    if (!contexts.contains(context))
                        unknown << QStringLiteral("%1: %2").arg(QDir(source).relativeFilePath(file.fileName()), context);
                }
            }
        }
        QVERIFY(calls > 20);
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("contexts that are not in escale_fr.ts:\n") + unknown.join(QLatin1Char('\n'))));
    }

    void frenchTranslationIsComplete()
    {
        const LupdateRun run = lupdateInto(QStringLiteral("escale_fr.ts"));
        QVERIFY(run.messages > 50);
        if (!run.unfinished.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 message(s) without French translation (run "
                                            "tools/update-translations.sh):\n")
                                 .arg(run.unfinished.size())
                             + run.unfinished.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // escale_en.ts holds the plural messages only (lupdate -pluralonly): the English interface loads it
    // so that « %Ln place(s) » reads « 1 place », « 1,234 places ». A new plural without its English
    // forms fails here.
    void englishPluralsAreComplete()
    {
        const LupdateRun run = lupdateInto(QStringLiteral("escale_en.ts"), {QStringLiteral("-pluralonly")});
        QVERIFY(run.messages > 40);
        if (!run.unfinished.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 plural message(s) without their English forms (run "
                                            "tools/update-translations.sh, then fill translations/escale_en.ts):\n")
                                 .arg(run.unfinished.size())
                             + run.unfinished.mid(0, 40).join(QLatin1Char('\n'))));
    }

    // A count is written the interface's way, « 1 234 lieux », « 1,234 places »: %Ln, never %n (which
    // does not group the thousands).
    void countsUseTheLocalesDigits()
    {
        const LupdateRun run = lupdateInto(QStringLiteral("escale_en.ts"), {QStringLiteral("-pluralonly")});
        QVERIFY(run.messages > 40);
        static const QRegularExpression plainN(QStringLiteral("%n(?![%\\w])"));
        QStringList found;
        for (const QString &s : run.sources)
            if (s.contains(plainN))
                found << s;
        for (const char *name : {"escale_fr.ts", "escale_en.ts"}) {
            QFile file(QStringLiteral(ESCALE_SOURCE_DIR "/translations/") + QLatin1String(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    const QString form = xml.readElementText();
                    if (form.contains(plainN))
                        found << QLatin1String(name) + QStringLiteral(": ") + form;
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%n instead of %Ln:\n") + found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
