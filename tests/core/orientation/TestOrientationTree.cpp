#include "TestSupport.h"

#include "common/Vocabulary.h"
#include "orientation/OrientationTree.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace escale;
using namespace escale::orientation;

class TestOrientationTree : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &name)
    {
        QFile f(test::testData(QStringLiteral("orientation/") + name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }

    static QString describe(const QList<Issue> &issues)
    {
        QStringList lines;
        for (const Issue &i : issues)
            lines << QStringLiteral("[%1] %2").arg(i.code, i.toString());
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void defaultTreeIsValidWithoutWarnings()
    {
        const ParseOutcome parsed = parseTree(defaultTreeJson());
        QVERIFY2(parsed.issues.isEmpty(), qPrintable(describe(parsed.issues)));
        QVERIFY(parsed.tree);
        QCOMPARE(parsed.tree->id, QStringLiteral("escale-orientation"));
        QVERIFY(parsed.tree->questions.size() >= 15);
        QVERIFY(parsed.tree->outcomes.size() >= 30);
    }

    void defaultTreeCoversTheElevenFamilies()
    {
        const Tree &tree = defaultTree();
        QSet<QString> families;
        for (const Outcome &o : tree.outcomes)
            families.insert(o.family);
        for (const vocab::Term &t : vocab::terms(vocab::Kind::ThematiqueDemarche))
            QVERIFY2(families.contains(t.code), qPrintable(t.code));
    }

    void everyDefaultOutcomeHasOfficeDocumentsAndOfficialUrl()
    {
        static const QStringList officialHosts{
            QStringLiteral("service-public.fr"),   QStringLiteral("caf.fr"),
            QStringLiteral("ameli.fr"),            QStringLiteral("francetravail.fr"),
            QStringLiteral("ants.gouv.fr"),        QStringLiteral("impots.gouv.fr"),
            QStringLiteral("info-retraite.fr"),    QStringLiteral("lassuranceretraite.fr"),
            QStringLiteral("interieur.gouv.fr"),   QStringLiteral("franceconnect.gouv.fr"),
            QStringLiteral("gouv.fr"),             QStringLiteral("justice.fr")};
        for (const Outcome &o : defaultTree().outcomes) {
            QVERIFY2(!o.offices.isEmpty(), qPrintable(o.id));
            QVERIFY2(!o.documents.isEmpty(), qPrintable(o.id));
            QVERIFY2(!o.online.isEmpty(), qPrintable(o.id));
            QVERIFY2(!o.mediatorNote.isEmpty(), qPrintable(o.id));
            QVERIFY2(!o.easySummary.isEmpty(), qPrintable(o.id));
            for (const OnlineService &s : o.online) {
                const QString host = QUrl(s.url).host();
                QVERIFY2(std::any_of(officialHosts.begin(), officialHosts.end(),
                                     [&host](const QString &h) { return host == h || host.endsWith(QLatin1Char('.') + h); }),
                         qPrintable(o.id + QStringLiteral(": ") + s.url));
            }
        }
        for (const Question &q : defaultTree().questions)
            QVERIFY2(!q.easyText.isEmpty(), qPrintable(q.id));
    }

    void brokenTreeIsRefusedWithItsPath_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown field") << "unknown-field.json" << "schema.unknown-field" << "nodes[0] \"q1\" → colour";
        QTest::newRow("wrong type") << "wrong-type.json" << "schema.wrong-type" << "nodes[1] \"q2\" → min";
        QTest::newRow("dangling next") << "dangling-next.json" << "ref.dangling" << "nodes[0] \"q1\" → answers[0].next";
        QTest::newRow("dangling outcome")
            << "dangling-outcome.json" << "ref.dangling" << "nodes[0] \"q1\" → answers[1].outcomes";
        QTest::newRow("dangling condition")
            << "dangling-condition.json" << "ref.dangling" << "nodes[1] \"q2\" → routes[0].when";
        QTest::newRow("unreachable") << "unreachable.json" << "graph.unreachable" << "nodes[2] \"q3\"";
        QTest::newRow("cycle") << "cycle.json" << "graph.cycle" << "nodes[1] \"q2\" → routes[1].next";
        QTest::newRow("outcome never reached")
            << "outcome-unreached.json" << "graph.outcome-unreached" << "outcomes[2] \"o3\"";
        QTest::newRow("missing French text")
            << "missing-french.json" << "text.missing-french" << "nodes[0] \"q1\" → answers[0].label";
        QTest::newRow("text object without fr")
            << "missing-french-object.json" << "text.missing-french" << "nodes[0] \"q1\" → text";
        QTest::newRow("javascript url") << "bad-url.json" << "schema.bad-url" << "outcomes[0] \"o1\" → online[0].url";
        QTest::newRow("unknown family") << "bad-family.json" << "schema.bad-code" << "outcomes[0] \"o1\" → family";
        QTest::newRow("dead end") << "dead-end.json" << "route.dead-end" << "nodes[1] \"q2\" → routes";
        QTest::newRow("duplicate id") << "duplicate-id.json" << "ref.duplicate-id" << "nodes[1] \"q1\"";
        QTest::newRow("wrong kind") << "wrong-kind.json" << "schema.wrong-kind" << "kind";
        QTest::newRow("not JSON") << "not-json.json" << "json.syntax" << "line 1, column 42";
    }

    void brokenTreeIsRefusedWithItsPath()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const ParseOutcome parsed = parseTree(read(file));
        QVERIFY(parsed.hasErrors());
        const QList<Issue> errors = parsed.errors();
        const bool found = std::any_of(errors.begin(), errors.end(),
                                       [&](const Issue &i) { return i.code == code && i.path == path; });
        QVERIFY2(found, qPrintable(describe(errors)));
        QVERIFY(!loadTree(read(file)));
    }

    void validMiniTreeHasNoIssue()
    {
        const ParseOutcome parsed = parseTree(read(QStringLiteral("valid-mini.json")));
        QVERIFY2(parsed.issues.isEmpty(), qPrintable(describe(parsed.issues)));
    }

    void htmlInTextsIsKeptAsPlainText()
    {
        // Texts are data: the tree is valid and keeps them verbatim; the UI and the sheet escape them.
        const Result<Tree> tree = loadTree(read(QStringLiteral("html-text.json")));
        QVERIFY2(tree.ok(), qPrintable(tree.errorMessage()));
        QCOMPARE(tree->questions.first().text, QStringLiteral("<script>alert('x')</script><b>Question</b>"));
    }

    void hugeDocumentIsRefusedBeforeParsing()
    {
        Limits limits;
        limits.maxBytes = 1024;
        const ParseOutcome parsed = parseTree(QByteArray(4096, ' ') + read(QStringLiteral("valid-mini.json")), limits);
        QVERIFY(parsed.hasErrors());
        QCOMPARE(parsed.errors().first().code, QStringLiteral("limits.too-large"));
    }

    void deeplyNestedJsonIsRefusedWithoutCrash()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const ParseOutcome parsed = parseTree(deep);
        QVERIFY(parsed.hasErrors());
    }

    void deeplyNestedConditionIsRefused()
    {
        QJsonDocument doc = QJsonDocument::fromJson(read(QStringLiteral("valid-mini.json")));
        QJsonObject root = doc.object();
        QJsonObject cond{{QStringLiteral("answer"), QStringLiteral("q2")}, {QStringLiteral("op"), QStringLiteral(">")},
                         {QStringLiteral("value"), 1}};
        for (int i = 0; i < 200; ++i)
            cond = QJsonObject{{QStringLiteral("not"), cond}};
        QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
        QJsonObject q2 = nodes.at(1).toObject();
        QJsonArray routes = q2.value(QStringLiteral("routes")).toArray();
        QJsonObject r0 = routes.at(0).toObject();
        r0.insert(QStringLiteral("when"), cond);
        routes.replace(0, r0);
        q2.insert(QStringLiteral("routes"), routes);
        nodes.replace(1, q2);
        root.insert(QStringLiteral("nodes"), nodes);
        const ParseOutcome parsed = parseTree(root);
        const QList<Issue> errors = parsed.errors();
        QVERIFY(std::any_of(errors.begin(), errors.end(),
                            [](const Issue &i) { return i.code == QLatin1String("limits.too-deep"); }));
    }

    void tooManyNodesAreRefused()
    {
        QJsonObject root = QJsonDocument::fromJson(read(QStringLiteral("valid-mini.json"))).object();
        QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
        for (int i = 0; i < 200; ++i)
            nodes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("x%1").arg(i)}});
        root.insert(QStringLiteral("nodes"), nodes);
        Limits limits;
        limits.maxNodes = 100;
        const ParseOutcome parsed = parseTree(root, limits);
        QCOMPARE(parsed.errors().first().code, QStringLiteral("limits.too-many-nodes"));
    }

    void longCycleChainIsFoundWithoutRecursion()
    {
        // 5,000 questions in a chain whose last goes back to the first: iterative graph walk, no stack overflow.
        QJsonArray nodes;
        const int n = 5000;
        for (int i = 0; i < n; ++i) {
            nodes.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("q%1").arg(i)},
                {QStringLiteral("type"), QStringLiteral("yesno")},
                {QStringLiteral("text"), QStringLiteral("Question %1 ?").arg(i)},
                {QStringLiteral("answers"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("oui")},
                                        {QStringLiteral("label"), QStringLiteral("Oui")},
                                        {QStringLiteral("next"), QStringLiteral("q%1").arg((i + 1) % n)}},
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("non")},
                                        {QStringLiteral("label"), QStringLiteral("Non")},
                                        {QStringLiteral("outcomes"), QJsonArray{QStringLiteral("fin")}}}}}});
        }
        QJsonObject root = QJsonDocument::fromJson(read(QStringLiteral("valid-mini.json"))).object();
        root.insert(QStringLiteral("nodes"), nodes);
        root.insert(QStringLiteral("start"), QStringLiteral("q0"));
        QJsonObject fin = root.value(QStringLiteral("outcomes")).toArray().at(0).toObject();
        fin.insert(QStringLiteral("id"), QStringLiteral("fin"));
        root.insert(QStringLiteral("outcomes"), QJsonArray{fin});
        const ParseOutcome parsed = parseTree(root);
        const QList<Issue> errors = parsed.errors();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().code, QStringLiteral("graph.cycle"));
        QCOMPARE(errors.first().path, QStringLiteral("nodes[4999] \"q4999\" → answers[0].next"));
    }

    void treeSurvivesAJsonRoundTrip()
    {
        const Tree &tree = defaultTree();
        const Result<Tree> again = loadTree(tree.toJsonBytes());
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->toJson(), tree.toJson());
        QCOMPARE(again->questions.size(), tree.questions.size());
    }
};

QTEST_GUILESS_MAIN(TestOrientationTree)
#include "TestOrientationTree.moc"
