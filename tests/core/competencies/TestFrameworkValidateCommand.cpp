#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// `escale content validate FILE` on competency frameworks: the three built-in ones are valid, each
// broken fixture is refused (exit 1) with the JSON path of its fault on stderr.
class TestFrameworkValidateCommand : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("ESCALE_BINARY"), args);
        p.waitForFinished(60000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

private Q_SLOTS:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("ESCALE_BINARY"))
            QSKIP("ESCALE_BINARY is not set (run through ctest)");
    }

    void builtInFrameworksAreValid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("items");
        QTest::newRow("premiers pas") << "escale-premiers-pas.json"
                                      << "30";
        QTest::newRow("CRCN") << "crcn.json"
                              << "16";
        QTest::newRow("DigComp") << "digcomp-2.2.json"
                                 << "21";
    }
    void builtInFrameworksAreValid()
    {
        QFETCH(QString, file);
        QFETCH(QString, items);
        const Run r = run({ QStringLiteral("content"), QStringLiteral("validate"),
            QStringLiteral(ESCALE_SOURCE_DIR "/resources/content/competencies/") + file });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("competency-framework")) && r.out.contains(items), qPrintable(r.out));
    }

    void brokenFrameworksAreRefusedWithThePath_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown field") << "broken-unknown-field.json"
                                       << "domains[0].items[1].couleur";
        QTest::newRow("duplicate code") << "broken-duplicate-code.json"
                                        << "domains[1].items[0].code";
        QTest::newRow("missing levels") << "broken-missing-levels.json"
                                        << "levels";
        QTest::newRow("missing French") << "broken-missing-french.json"
                                        << "domains[1].title.fr";
    }
    void brokenFrameworksAreRefusedWithThePath()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        const Run r = run({ QStringLiteral("content"), QStringLiteral("validate"),
            escale::test::testData(QStringLiteral("competencies/") + file) });
        QCOMPARE(r.exitCode, 1);
        // « path: message », or « path : message » in French (a space before the colon).
        const QRegularExpression said(QRegularExpression::escape(path) + QStringLiteral("[ \\x{00A0}\\x{202F}]?:"));
        QVERIFY2(said.match(r.err).hasMatch(), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestFrameworkValidateCommand)
#include "TestFrameworkValidateCommand.moc"
