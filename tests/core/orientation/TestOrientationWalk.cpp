#include "TestSupport.h"

#include "orientation/OrientationWalk.h"

using namespace escale;
using namespace escale::orientation;

// Answers written as « question=value » (multiple choice: values joined by '+').
static Status answerAll(Walk &walk, const QStringList &answers)
{
    for (const QString &a : answers) {
        const QString question = a.section(QLatin1Char('='), 0, 0);
        const QString value = a.section(QLatin1Char('='), 1);
        const Question *current = walk.current();
        if (!current)
            return Status::failure(QStringLiteral("test"), QStringLiteral("walk finished before %1").arg(a));
        if (current->id != question)
            return Status::failure(QStringLiteral("test"),
                                   QStringLiteral("expected question %1, the walk asks %2").arg(question, current->id));
        QVariant v = value;
        if (current->type == QuestionType::MultipleChoice)
            v = value.split(QLatin1Char('+'));
        if (Status s = walk.answer(v); !s)
            return s;
    }
    return {};
}

class TestOrientationWalk : public QObject
{
    Q_OBJECT
private slots:
    void realPathsReachTheirOutcomes_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QStringList>("outcomes");
        QTest::newRow("sans emploi, 32 ans, locataire → RSA, APL, CSS, France Travail")
            << QStringList{"famille=social", "revenus_situation=sans_emploi", "age=32", "locataire=oui"}
            << QStringList{"rsa", "apl", "css", "inscription_ft"};
        QTest::newRow("sans emploi, 22 ans, enceinte, hébergée → RSA")
            << QStringList{"famille=social", "revenus_situation=sans_emploi", "age=22", "enfant_charge=oui",
                           "locataire=non"}
            << QStringList{"rsa", "css", "inscription_ft"};
        QTest::newRow("sans emploi, 20 ans, sans enfant, locataire → Mission locale")
            << QStringList{"famille=social", "revenus_situation=sans_emploi", "age=20", "enfant_charge=non",
                           "locataire=oui"}
            << QStringList{"mission_locale", "apl", "css"};
        QTest::newRow("travaille à 45 ans, locataire → prime d'activité, APL")
            << QStringList{"famille=social", "revenus_situation=travaille", "age=45", "locataire=oui"}
            << QStringList{"prime_activite", "apl", "css"};
        QTest::newRow("âge tapé « 25,0 » à la française")
            << QStringList{"famille=social", "revenus_situation=travaille", "age=25,0", "locataire=non"}
            << QStringList{"prime_activite", "css"};
        QTest::newRow("carte Vitale sans compte ameli")
            << QStringList{"famille=sante", "sante_besoin=vitale", "ameli_existant=non"}
            << QStringList{"compte_ameli", "carte_vitale"};
        QTest::newRow("complémentaire santé, touche le RSA")
            << QStringList{"famille=sante", "sante_besoin=css", "rsa_actuel=oui"} << QStringList{"css"};
        QTest::newRow("inscription France Travail à 19 ans")
            << QStringList{"famille=travail", "travail_besoin=inscrire", "age_emploi=19"}
            << QStringList{"inscription_ft", "mission_locale"};
        QTest::newRow("passeport") << QStringList{"famille=papiers", "papiers_besoin=passeport"}
                                   << QStringList{"passeport"};
        QTest::newRow("carte d'identité") << QStringList{"famille=papiers", "papiers_besoin=cni"} << QStringList{"cni"};
        QTest::newRow("titre de séjour (ANEF)") << QStringList{"famille=etrangers", "etranger_besoin=titre"}
                                                << QStringList{"titre_sejour"};
        QTest::newRow("trois enfants → allocations familiales")
            << QStringList{"famille=famille", "famille_besoin=enfants", "nombre_enfants=3"}
            << QStringList{"allocations_familiales", "compte_caf"};
        QTest::newRow("un enfant → compte CAF")
            << QStringList{"famille=famille", "famille_besoin=enfants", "nombre_enfants=1"}
            << QStringList{"compte_caf"};
        QTest::newRow("petite retraite à 67 ans → ASPA")
            << QStringList{"famille=retraite", "retraite_besoin=petite", "age_retraite=67"}
            << QStringList{"aspa", "css"};
        QTest::newRow("première déclaration d'impôts")
            << QStringList{"famille=impots", "impots_besoin=compte", "deja_declare=non"}
            << QStringList{"premiere_declaration"};
        QTest::newRow("déclarer ses revenus, déjà déclaré")
            << QStringList{"famille=impots", "impots_besoin=declarer", "deja_declare=oui"}
            << QStringList{"declaration_revenus", "compte_impots"};
        QTest::newRow("carte grise (ANTS)") << QStringList{"famille=transports", "transport_besoin=carte_grise"}
                                            << QStringList{"carte_grise"};
        QTest::newRow("FranceConnect avec un compte ameli")
            << QStringList{"famille=compte", "compte_besoin=ameli+laposte"} << QStringList{"franceconnect"};
        QTest::newRow("FranceConnect sans aucun compte")
            << QStringList{"famille=compte", "compte_besoin=aucun"} << QStringList{"compte_ameli", "franceconnect"};
        QTest::newRow("justice") << QStringList{"famille=justice"} << QStringList{"acces_droit"};
    }

    void realPathsReachTheirOutcomes()
    {
        QFETCH(QStringList, answers);
        QFETCH(QStringList, outcomes);
        Walk walk(defaultTree());
        ESCALE_VERIFY_OK(answerAll(walk, answers));
        QVERIFY(walk.isFinished());
        QVERIFY(!walk.current());
        QCOMPARE(walk.outcomeIds(), outcomes);
        QCOMPARE(walk.outcomes().size(), outcomes.size());
        QCOMPARE(walk.steps().size(), answers.size());
    }

    void backAndJumpForgetLaterAnswersButSuggestThem()
    {
        Walk walk(defaultTree());
        ESCALE_VERIFY_OK(answerAll(walk, {"famille=social", "revenus_situation=travaille", "age=45", "locataire=oui"}));
        QVERIFY(walk.isFinished());
        QVERIFY(walk.back());
        QCOMPARE(walk.current()->id, QStringLiteral("locataire"));
        QCOMPARE(walk.suggestion().toString(), QStringLiteral("oui"));
        QVERIFY(walk.jumpTo(1));
        QCOMPARE(walk.current()->id, QStringLiteral("revenus_situation"));
        QCOMPARE(walk.steps().size(), 1);
        QCOMPARE(walk.suggestion().toString(), QStringLiteral("travaille"));
        ESCALE_VERIFY_OK(answerAll(walk, {"revenus_situation=sans_emploi", "age=45", "locataire=non"}));
        QCOMPARE(walk.outcomeIds(), (QStringList{"rsa", "css", "inscription_ft"}));
        QVERIFY(!walk.jumpTo(9));
        walk.restart();
        QCOMPARE(walk.current()->id, QStringLiteral("famille"));
        QVERIFY(walk.steps().isEmpty());
        QVERIFY(!walk.back());
    }

    void breadcrumbDescribesAnswersInWords()
    {
        Walk walk(defaultTree());
        ESCALE_VERIFY_OK(answerAll(walk, {"famille=social", "revenus_situation=travaille", "age=45"}));
        QCOMPARE(walk.describe(walk.steps().at(0)), QStringLiteral("Argent pour vivre : RSA, prime d'activité"));
        QCOMPARE(walk.describe(walk.steps().at(0), true), QStringLiteral("Avoir de l'argent pour vivre"));
        QCOMPARE(walk.describe(walk.steps().at(2)), QStringLiteral("45 ans"));
        QCOMPARE(walk.answersJson().value(QStringLiteral("age")).toDouble(), 45.0);
    }

    void invalidAnswersAreRefused_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown choice") << QStringList{} << QVariant(QStringLiteral("cuisine"));
        QTest::newRow("age not a number") << QStringList{"famille=social", "revenus_situation=travaille"}
                                          << QVariant(QStringLiteral("vingt"));
        QTest::newRow("age out of range") << QStringList{"famille=social", "revenus_situation=travaille"}
                                          << QVariant(300);
        QTest::newRow("empty multiple choice") << QStringList{"famille=compte"} << QVariant(QStringList{});
    }

    void invalidAnswersAreRefused()
    {
        QFETCH(QStringList, before);
        QFETCH(QVariant, value);
        Walk walk(defaultTree());
        ESCALE_VERIFY_OK(answerAll(walk, before));
        const QString question = walk.current()->id;
        const Status s = walk.answer(value);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("orientation.bad-answer"));
        QCOMPARE(walk.current()->id, question);
        QCOMPARE(walk.steps().size(), before.size());
    }

    void conditionsCombineAndOrNot_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("expected");
        QTest::newRow("is") << R"({"answer":"a","is":"x"})" << true;
        QTest::newRow("not is") << R"({"not":{"answer":"a","is":"x"}})" << false;
        QTest::newRow("in") << R"({"answer":"a","in":["y","x"]})" << true;
        QTest::newRow("compare <") << R"({"answer":"n","op":"<","value":25})" << true;
        QTest::newRow("compare >=") << R"({"answer":"n","op":">=","value":25})" << false;
        QTest::newRow("all") << R"({"all":[{"answer":"a","is":"x"},{"answer":"n","op":"=","value":24}]})" << true;
        QTest::newRow("any") << R"({"any":[{"answer":"a","is":"z"},{"answer":"m","includes":"p"}]})" << true;
        QTest::newRow("unanswered is false") << R"({"answer":"absent","is":"x"})" << false;
        QTest::newRow("not unanswered is true") << R"({"not":{"answered":"absent"}})" << true;
    }

    void conditionsCombineAndOrNot()
    {
        QFETCH(QString, json);
        QFETCH(bool, expected);
        // A one-question tree whose route carries the condition, parsed by the real reader.
        const QString tree = QStringLiteral(
            R"({"kind":"orientation-tree","id":"t","title":"T","version":"1","licence":"LO","authors":["x"],
                "date":"2026-11-21","start":"a","nodes":[
                {"id":"a","type":"single","text":"A","answers":[{"id":"x","label":"X"},{"id":"y","label":"Y"},{"id":"z","label":"Z"}],
                 "next":"n"},
                {"id":"n","type":"number","text":"N","next":"m"},
                {"id":"m","type":"multiple","text":"M","answers":[{"id":"p","label":"P"},{"id":"q","label":"Q"}],
                 "next":"absent"},
                {"id":"absent","type":"commune","text":"C","routes":[{"when":%1,"outcomes":["yes"]},{"outcomes":["no"]}]}],
               "outcomes":[{"id":"yes","title":"Oui","summary":"o","family":"justice"},
                           {"id":"no","title":"Non","summary":"n","family":"justice"}]})")
                                 .arg(json);
        const ParseOutcome parsed = parseTree(tree.toUtf8());
        QVERIFY2(!parsed.hasErrors(), qPrintable(parsed.errors().value(0).toString()));
        const Route &route = parsed.tree->question(QStringLiteral("absent"))->routes.first();
        Answers answers{{QStringLiteral("a"), QStringLiteral("x")},
                        {QStringLiteral("n"), 24.0},
                        {QStringLiteral("m"), QStringList{QStringLiteral("p")}}};
        QCOMPARE(evaluate(*route.when, answers), expected);
    }
};

QTEST_GUILESS_MAIN(TestOrientationWalk)
#include "TestOrientationWalk.moc"
