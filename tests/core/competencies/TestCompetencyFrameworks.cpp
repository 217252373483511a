#include "TestSupport.h"

#include "competencies/Framework.h"
#include "competencies/FrameworkLibrary.h"
#include "competencies/Scoring.h"

#include <QFile>
#include <QTest>

using namespace escale;
using namespace escale::competencies;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

Framework builtInFramework(const QString &id)
{
    for (const Framework &f : FrameworkLibrary::builtIn())
        if (f.id == id)
            return f;
    qFatal("no built-in framework %s", qPrintable(id));
    return {};
}

const QString G = QStringLiteral("entierement_accompagne");
const QString P = QStringLiteral("partiellement_autonome");
const QString A = QStringLiteral("autonome");

} // namespace

class TestCompetencyFrameworks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInFrameworksAreValidAndComplete_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("domains");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("levels");
        QTest::addColumn<bool>("attributionRequired");
        QTest::newRow("premiers pas") << QStringLiteral("escale-premiers-pas") << 6 << 30 << 0 << false;
        QTest::newRow("CRCN") << QStringLiteral("crcn") << 5 << 16 << 8 << true;
        QTest::newRow("DigComp 2.2") << QStringLiteral("digcomp-2.2") << 5 << 21 << 8 << true;
    }
    void builtInFrameworksAreValidAndComplete()
    {
        QFETCH(QString, id);
        QFETCH(int, domains);
        QFETCH(int, items);
        QFETCH(int, levels);
        QFETCH(bool, attributionRequired);
        QCOMPARE(FrameworkLibrary::builtIn().size(), 3);
        const Framework f = builtInFramework(id);
        QCOMPARE(f.domains.size(), domains);
        QCOMPARE(f.itemCount(), items);
        QCOMPARE(f.levels.size(), levels);
        QCOMPARE(!f.attribution.isEmpty(), attributionRequired);
        for (const Domain &d : f.domains) {
            QVERIFY2(!d.services.isEmpty(), qPrintable(d.code));
            QVERIFY2(std::any_of(d.items.begin(), d.items.end(), [](const Item &i) { return i.gateway; }),
                qPrintable(QStringLiteral("no gateway in ") + d.code));
        }
        if (f.scale == Scale::Autonomie)
            for (const Item &i : f.allItems())
                QVERIFY2(!i.observable.isEmpty(), qPrintable(i.code));
        // What is written back reads the same.
        ParseOutcome again = parseFramework(f.toJsonBytes());
        QVERIFY(again.framework.has_value());
        QCOMPARE(again.framework->itemCount(), items);
    }

    void crcnAndDigCompUseTheirOwnNames()
    {
        const Framework crcn = builtInFramework(QStringLiteral("crcn"));
        QCOMPARE(crcn.item(QStringLiteral("2.4"))->title, QStringLiteral("S'insérer dans le monde numérique"));
        QCOMPARE(crcn.item(QStringLiteral("5.2"))->title, QStringLiteral("Évoluer dans un environnement numérique"));
        QCOMPARE(crcn.level(QStringLiteral("3"))->title, QStringLiteral("Indépendant 3"));
        const Framework dig = builtInFramework(QStringLiteral("digcomp-2.2"));
        QCOMPARE(dig.item(QStringLiteral("2.5"))->titleEn, QStringLiteral("Netiquette"));
        QCOMPARE(dig.licence, QStringLiteral("CC BY 4.0"));
        QVERIFY(dig.attribution.contains(QStringLiteral("Joint Research Centre"))
            || dig.attribution.contains(QStringLiteral("JRC")));
    }

    void brokenFrameworksAreRefusedWithThePath_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown field") << "broken-unknown-field.json"
                                       << "schema.unknown-field"
                                       << "domains[0].items[1].couleur";
        QTest::newRow("duplicate code") << "broken-duplicate-code.json"
                                        << "codes.duplicate"
                                        << "domains[1].items[0].code";
        QTest::newRow("missing levels") << "broken-missing-levels.json"
                                        << "levels.missing"
                                        << "levels";
        QTest::newRow("missing French") << "broken-missing-french.json"
                                        << "schema.missing-french"
                                        << "domains[1].title.fr";
        QTest::newRow("missing observable") << "broken-missing-observable.json"
                                            << "schema.missing-field"
                                            << "domains[0].items[0].observable";
        QTest::newRow("unknown service") << "broken-unknown-service.json"
                                         << "schema.bad-value"
                                         << "domains[0].services[0]";
        QTest::newRow("CC BY without attribution") << "broken-attribution.json"
                                                   << "schema.missing-field"
                                                   << "attribution";
        QTest::newRow("level with a bad autonomy code") << "broken-level-autonomie.json"
                                                        << "schema.bad-value"
                                                        << "levels[1].autonomie";
        QTest::newRow("duplicate level") << "broken-duplicate-level.json"
                                         << "codes.duplicate"
                                         << "levels[2].code";
        QTest::newRow("not JSON") << "broken-syntax.json"
                                  << "json.syntax"
                                  << "";
    }
    void brokenFrameworksAreRefusedWithThePath()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const ParseOutcome outcome = parseFramework(readFile(test::testData(QStringLiteral("competencies/") + file)));
        QVERIFY(!outcome.framework.has_value());
        QVERIFY(!outcome.issues.isEmpty());
        const bool found = std::any_of(outcome.issues.begin(), outcome.issues.end(),
            [&](const Issue &i) { return i.code == code && i.path == path; });
        QVERIFY2(found, qPrintable(outcome.issues.first().toString()));
        const Result<Framework> loaded
            = loadFramework(readFile(test::testData(QStringLiteral("competencies/") + file)));
        QVERIFY(!loaded.ok());
        if (!path.isEmpty())
            QVERIFY2(loaded.errorMessage().contains(path), qPrintable(loaded.errorMessage()));
    }

    void validFixturesAreAccepted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("checklist") << "valid-checklist.json";
        QTest::newRow("levels") << "valid-levels.json";
    }
    void validFixturesAreAccepted()
    {
        QFETCH(QString, file);
        const ParseOutcome outcome = parseFramework(readFile(test::testData(QStringLiteral("competencies/") + file)));
        QVERIFY2(
            outcome.issues.isEmpty(), outcome.issues.isEmpty() ? "" : qPrintable(outcome.issues.first().toString()));
        QVERIFY(outcome.framework.has_value());
    }

    // ---- Quick-mode inference ---------------------------------------------------------------------
    void quickModeInfersAClearlyFailedOrPassedDomain_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("gatewayAnswers"); // "code=answer"
        QTest::addColumn<int>("inference"); // Inference as int
        QTest::addColumn<QString>("inferred"); // the answer given to the others, empty if none
        const QString pp = QStringLiteral("escale-premiers-pas");
        const QString allumer = QStringLiteral("allumer="), installer = QStringLiteral("installer=");
        QTest::newRow("both gateways « avec guidage »")
            << pp << "appareil" << QStringList { allumer + G, installer + G } << int(Inference::Failed) << G;
        QTest::newRow("both gateways autonome")
            << pp << "appareil" << QStringList { allumer + A, installer + A } << int(Inference::Passed) << A;
        QTest::newRow("mixed answers") << pp << "appareil" << QStringList { allumer + A, installer + G }
                                       << int(Inference::None) << QString();
        QTest::newRow("both « guidage en cas de besoin »")
            << pp << "appareil" << QStringList { allumer + P, installer + P } << int(Inference::None) << QString();
        QTest::newRow("one gateway « non évalué »")
            << pp << "appareil" << QStringList { allumer + A, installer + QString::fromLatin1(NotEvaluated) }
            << int(Inference::None) << QString();
        QTest::newRow("only one gateway answered")
            << pp << "appareil" << QStringList { allumer + A } << int(Inference::None) << QString();
        QTest::newRow("sécurité: both failed")
            << pp << "securite"
            << QStringList { QStringLiteral("arnaque=") + G, QStringLiteral("payer_en_securite=") + G }
            << int(Inference::Failed) << G;
        QTest::newRow("CRCN levels 5 and 4: passed, the lowest is inferred")
            << "crcn"
            << "1" << QStringList { "1.1=5", "1.3=4" } << int(Inference::Passed) << "4";
        QTest::newRow("CRCN level 1 twice: failed")
            << "crcn"
            << "1" << QStringList { "1.1=1", "1.3=1" } << int(Inference::Failed) << "1";
        QTest::newRow("CRCN level 2: guidance when needed, asked")
            << "crcn"
            << "1" << QStringList { "1.1=2", "1.3=2" } << int(Inference::None) << QString();
    }
    void quickModeInfersAClearlyFailedOrPassedDomain()
    {
        QFETCH(QString, framework);
        QFETCH(QString, domain);
        QFETCH(QStringList, gatewayAnswers);
        QFETCH(int, inference);
        QFETCH(QString, inferred);
        const Framework f = builtInFramework(framework);
        Answers answers;
        for (const QString &pair : gatewayAnswers) {
            const QStringList kv = pair.split(QLatin1Char('='));
            answers.insert(kv.at(0), { kv.at(0), kv.at(1), false });
        }
        const Domain *d = f.domain(domain);
        QVERIFY(d);
        QCOMPARE(int(inferDomain(f, *d, answers)), inference);
        const QHash<QString, QString> result = inferredAnswers(f, *d, answers);
        int others = 0;
        for (const Item &i : d->items)
            others += i.gateway ? 0 : 1;
        if (inferred.isEmpty()) {
            QVERIFY(result.isEmpty());
        } else {
            QCOMPARE(result.size(), others);
            for (const QString &value : result)
                QCOMPARE(value, inferred);
        }
    }

    void inferenceNeverOverridesAnAnswerGiven()
    {
        const Framework f = builtInFramework(QStringLiteral("escale-premiers-pas"));
        Answers answers;
        answers.insert(QStringLiteral("allumer"), { QStringLiteral("allumer"), A, false });
        answers.insert(QStringLiteral("installer"), { QStringLiteral("installer"), A, false });
        answers.insert(QStringLiteral("wifi"), { QStringLiteral("wifi"), G, false });
        const auto result = inferredAnswers(f, *f.domain(QStringLiteral("appareil")), answers);
        QVERIFY(!result.contains(QStringLiteral("wifi")));
        QCOMPARE(result.size(), 3);
    }

    void quickOrderAsksGatewaysFirst()
    {
        const Framework f = builtInFramework(QStringLiteral("escale-premiers-pas"));
        const QStringList quick = askingOrder(f, true);
        const QStringList full = askingOrder(f, false);
        QCOMPARE(quick.size(), 30);
        QCOMPARE(full.size(), 30);
        QCOMPARE(full.first(), QStringLiteral("allumer"));
        QCOMPARE(quick.mid(0, 3), (QStringList { "allumer", "installer", "navigateur" }));
        int gateways = 0;
        for (const Item &i : f.allItems())
            gateways += i.gateway ? 1 : 0;
        QCOMPARE(gateways, 12);
        for (int i = 0; i < gateways; ++i)
            QVERIFY(f.item(quick.at(i))->gateway);
    }

    // ---- Profiles and next step -------------------------------------------------------------------
    void profileFollowsTheScore_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("assessed");
        QTest::addColumn<QString>("profile");
        QTest::newRow("nothing assessed") << 0 << 0 << "non_evalue";
        QTest::newRow("0 %") << 0 << 5 << "exclu";
        QTest::newRow("24 %") << 24 << 5 << "exclu";
        QTest::newRow("25 %") << 25 << 5 << "debutant";
        QTest::newRow("49 %") << 49 << 5 << "debutant";
        QTest::newRow("50 %") << 50 << 5 << "presque_autonome";
        QTest::newRow("79 %") << 79 << 5 << "presque_autonome";
        QTest::newRow("80 %") << 80 << 5 << "autonome";
        QTest::newRow("100 %") << 100 << 1 << "autonome";
    }
    void profileFollowsTheScore()
    {
        QFETCH(int, score);
        QFETCH(int, assessed);
        QFETCH(QString, profile);
        QCOMPARE(profileCode(profileForScore(score, assessed)), profile);
    }

    void nextStepFollowsTheProfile_data()
    {
        QTest::addColumn<QString>("pattern"); // how the 30 items are answered
        QTest::addColumn<QString>("overall");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("niveau");
        QTest::addColumn<QString>("service"); // one service expected among the suggestions
        QTest::newRow("all « avec guidage »") << "G"
                                              << "exclu"
                                              << "accompagnement_individuel"
                                              << ""
                                              << "aide_demarches";
        QTest::newRow("half guidage, half partiel") << "GP"
                                                    << "debutant"
                                                    << "atelier"
                                                    << "debutant"
                                                    << "outils_quotidien";
        QTest::newRow("all partiellement") << "P"
                                           << "presque_autonome"
                                           << "atelier"
                                           << "intermediaire"
                                           << "usage_securise";
        QTest::newRow("autonome but « sécurité » failed") << "A-securite"
                                                          << "autonome"
                                                          << "atelier"
                                                          << "avance"
                                                          << "usage_securise";
        QTest::newRow("all autonome") << "A"
                                      << "autonome"
                                      << "autonomie"
                                      << ""
                                      << "outils_quotidien";
        QTest::newRow("nothing assessed") << "0"
                                          << "non_evalue"
                                          << "aucune"
                                          << ""
                                          << "";
    }
    void nextStepFollowsTheProfile()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, overall);
        QFETCH(QString, step);
        QFETCH(QString, niveau);
        QFETCH(QString, service);
        const Framework f = builtInFramework(QStringLiteral("escale-premiers-pas"));
        Answers answers;
        int n = 0;
        for (const Item &i : f.allItems()) {
            QString a;
            if (pattern == QLatin1String("G"))
                a = G;
            else if (pattern == QLatin1String("P"))
                a = P;
            else if (pattern == QLatin1String("A"))
                a = A;
            else if (pattern == QLatin1String("GP"))
                a = n < 15 ? G : P;
            else if (pattern == QLatin1String("A-securite"))
                a = i.domainCode == QLatin1String("securite") ? G : A;
            ++n;
            if (!a.isEmpty())
                answers.insert(i.code, { i.code, a, false });
        }
        const Assessment result = assess(f, answers);
        QCOMPARE(profileCode(result.overall), overall);
        QCOMPARE(result.next.kindCode(), step);
        QCOMPARE(result.next.niveau, niveau);
        if (!service.isEmpty())
            QVERIFY2(result.next.services.contains(service), qPrintable(result.next.services.join(QLatin1Char(','))));
        if (pattern == QLatin1String("A-securite")) {
            QCOMPARE(result.next.focusDomains, QStringList { QStringLiteral("securite") });
            QCOMPARE(result.domain(QStringLiteral("securite"))->profile, Profile::Exclu);
            QCOMPARE(result.toWorkOn.size(), 4);
            QCOMPARE(result.canDo.size(), 26);
        }
    }

    void notAssessedItemsDoNotCount()
    {
        const Framework f = builtInFramework(QStringLiteral("escale-premiers-pas"));
        Answers answers;
        answers.insert(QStringLiteral("allumer"), { QStringLiteral("allumer"), A, false });
        answers.insert(
            QStringLiteral("pointer"), { QStringLiteral("pointer"), QString::fromLatin1(NotEvaluated), false });
        const Assessment result = assess(f, answers);
        QCOMPARE(result.assessed, 1);
        QCOMPARE(result.domain(QStringLiteral("appareil"))->score, 100);
        QCOMPARE(result.domain(QStringLiteral("internet"))->profile, Profile::NonEvalue);
    }

    void levelsStandForAutonomy()
    {
        const Framework f = builtInFramework(QStringLiteral("digcomp-2.2"));
        QCOMPARE(f.autonomieOf(QStringLiteral("1")), G);
        QCOMPARE(f.autonomieOf(QStringLiteral("2")), P);
        QCOMPARE(f.autonomieOf(QStringLiteral("6")), A);
        QCOMPARE(f.autonomieOf(QString::fromLatin1(NotEvaluated)), QString());
        QCOMPARE(f.answerCodes().size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestCompetencyFrameworks)
#include "TestCompetencyFrameworks.moc"
