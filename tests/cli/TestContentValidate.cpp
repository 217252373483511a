#include "EscaleProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace escale;

// `escale content validate FILE` on the built binary: exit 0 for a valid document, 1 with the path of
// each error on stderr, 2 for a usage error.
class TestContentValidate : public QObject
{
    Q_OBJECT
    using Run = escale::test::EscaleRun;
    static Run escale(const QStringList &args)
    {
        escale::test::EscaleOptions options;
        options.timeoutMs = 60000;
        return escale::test::runEscale(args, options);
    }

    static QString data(const QString &name) { return test::testData(QStringLiteral("orientation/") + name); }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ESCALE_BINARY"))
            QSKIP("ESCALE_BINARY is not set (run through ctest)");
    }

    void exitStatus_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expectedText");
        const QString defaultTree = QStringLiteral(ESCALE_SOURCE_DIR) + QStringLiteral(
                                        "/resources/content/orientation/default-tree.json");
        QTest::newRow("default tree is valid")
            << QStringList{"content", "validate", defaultTree} << 0 << "escale-orientation";
        QTest::newRow("competency framework goes to its own validator")
            << QStringList{"content", "validate", QStringLiteral(ESCALE_SOURCE_DIR) + QStringLiteral("/resources/content/competencies/crcn.json")}
            << 0 << "competency-framework";
        QTest::newRow("valid mini tree") << QStringList{"content", "validate", data("valid-mini.json")} << 0 << "mini";
        QTest::newRow("cycle") << QStringList{"content", "validate", data("cycle.json")} << 1
                               << "nodes[1] \"q2\" → routes[1].next";
        QTest::newRow("dangling next") << QStringList{"content", "validate", data("dangling-next.json")} << 1
                                       << "nodes[0] \"q1\" → answers[0].next";
        QTest::newRow("not JSON") << QStringList{"content", "validate", data("not-json.json")} << 1 << "json.syntax";
        QTest::newRow("missing file") << QStringList{"content", "validate", data("absent.json")} << 1 << "absent.json";
        QTest::newRow("no file") << QStringList{"content", "validate"} << 2 << "content validate";
    }

    void exitStatus()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, expectedText);
        const Run run = escale(args);
        QVERIFY2(run.status == status, qPrintable(QStringLiteral("status %1\nstdout: %2\nstderr: %3")
                                                      .arg(run.status)
                                                      .arg(run.out, run.err)));
        const QString output = run.out + run.err;
        QVERIFY2(output.contains(expectedText), qPrintable(output));
    }

    // Every word of the error in the interface's language, with its typography (QA 4, #14).
    void errorsAreWrittenTheLanguagesWay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr") << "fr" << QStringLiteral("not-json.json : erreur : ligne 1, colonne 42 : JSON non valide");
        QTest::newRow("en") << "en" << QStringLiteral("not-json.json: error: line 1, column 42: Not valid JSON");
    }
    void errorsAreWrittenTheLanguagesWay()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const Run run = escale({QStringLiteral("--lang"), language, QStringLiteral("content"), QStringLiteral("validate"),
                                data(QStringLiteral("not-json.json"))});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }

    void jsonReportListsEveryIssue()
    {
        const Run run = escale({QStringLiteral("content"), QStringLiteral("validate"), QStringLiteral("--json"),
                                data(QStringLiteral("unreachable.json"))});
        QCOMPARE(run.status, 1);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("orientation-tree"));
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
        const QJsonArray issues = o.value(QStringLiteral("issues")).toArray();
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("graph.unreachable"));
    }

    void hostileFileEndsQuickly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200000, '[') + QByteArray(200000, ']'));
        f.close();
        const Run run = escale({QStringLiteral("content"), QStringLiteral("validate"), path});
        QCOMPARE(run.status, 1);
    }
};

QTEST_GUILESS_MAIN(TestContentValidate)
#include "TestContentValidate.moc"
