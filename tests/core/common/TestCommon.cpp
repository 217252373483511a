#include "common/Clock.h"
#include "common/Csv.h"
#include "common/Ids.h"
#include "common/Money.h"
#include "common/Result.h"
#include "common/TextNormalizer.h"
#include "common/Validators.h"
#include "common/Vocabulary.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace escale;

class TestCommon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizationRemovesAccentsAndCase_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("capital accent") << QStringLiteral("Étienne") << QStringLiteral("etienne");
        QTest::newRow("town") << QStringLiteral("Dígne-les-Bains") << QStringLiteral("digne les bains");
        QTest::newRow("ligature") << QStringLiteral("Cœur d'Œuvre") << QStringLiteral("coeur d oeuvre");
        QTest::newRow("cedilla") << QStringLiteral("Français à l'école") << QStringLiteral("francais a l ecole");
        QTest::newRow("spaces") << QStringLiteral("  Saint   Rémy  ") << QStringLiteral("saint remy");
        QTest::newRow("empty") << QString() << QString();
    }
    void normalizationRemovesAccentsAndCase()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(text::normalizeForSearch(input), expected);
    }

    // Texts made only of characters below U+0250 are normalised with a per-character table, others
    // through QString::normalized(): both must give the same words. A text with U+0250 (« ɐ », a
    // letter) appended takes the general path; its normalised form is the text's, then « ɐ ».
    void latinTableGivesTheGeneralPathsWords()
    {
        auto general = [](const QString &text) {
            QString out = text::normalizeForSearch(text + QStringLiteral(" \u0250"));
            out.chop(1); // « ɐ »
            if (out.endsWith(QLatin1Char(' ')))
                out.chop(1);
            return out;
        };
        for (char16_t c = 1; c < 0x250; ++c) {
            const QString one(QChar{c});
            QCOMPARE(text::normalizeForSearch(one), general(one));
            const QString inWords = QStringLiteral("Ab") + one + QStringLiteral("cd ") + one;
            QCOMPARE(text::normalizeForSearch(inWords), general(inWords));
        }
        QRandomGenerator random(7);
        const QString common = QStringLiteral(" -'’.aeiouzAEZ09éèêëàâçôöîïùûüÿœŒæßÉÀÇ");
        for (int i = 0; i < 20000; ++i) {
            QString text;
            const int length = int(random.bounded(24));
            for (int k = 0; k < length; ++k)
                text += random.bounded(2) ? common.at(random.bounded(int(common.size())))
                                          : QChar{char16_t(1 + random.bounded(0x24f))};
            QCOMPARE(text::normalizeForSearch(text), general(text));
        }
    }

    void tokensSplitWords()
    {
        QCOMPARE(text::searchTokens(QStringLiteral("Aix-en-Provence")),
                 (QStringList{QStringLiteral("aix"), QStringLiteral("en"), QStringLiteral("provence")}));
    }

    void idsAreUniqueUuids()
    {
        QSet<QString> seen;
        QString previous;
        for (int i = 0; i < 1000; ++i) {
            const QString id = ids::newId();
            QVERIFY(ids::isValid(id));
            QCOMPARE(id, id.toLower());
            // xxxxxxxx-xxxx-7xxx-[89ab]xxx-…: version 7 (time-ordered, RFC 9562; Qt 6.4's QUuid::version()
            // knows 1 to 5 only), RFC 4122 variant.
            QCOMPARE(id.at(14), QLatin1Char('7'));
            QVERIFY(QStringLiteral("89ab").contains(id.at(19)));
            QCOMPARE(QUuid::fromString(id).variant(), QUuid::DCE);
            // Ids made one after the other sort in the order they were made (to the millisecond).
            if (!seen.isEmpty())
                QVERIFY(id.left(13) >= previous.left(13));
            previous = id;
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
        QVERIFY(!ids::isValid(QStringLiteral("42")));
    }

    void moneyFormatsInFrench_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("ten") << qint64(1000) << QStringLiteral("10,00\u00A0€") << QStringLiteral("10.00");
        QTest::newRow("thousands") << qint64(123450) << QStringLiteral("1\u202F234,50\u00A0€") << QStringLiteral("1234.50");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("-0,05\u00A0€") << QStringLiteral("-0.05");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0,00\u00A0€") << QStringLiteral("0.00");
    }
    void moneyFormatsInFrench()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(Money(cents).toString(), text);
        QCOMPARE(Money(cents).toPlainString(), plain);
        QCOMPARE(Money::parse(text)->cents(), cents);
        QCOMPARE(Money::parse(plain)->cents(), cents);
    }

    void moneyParsesLooseInputAndRejectsGarbage()
    {
        QCOMPARE(Money::parse(QStringLiteral("10,5"))->cents(), 1050);
        QCOMPARE(Money::parse(QStringLiteral(" 7 € "))->cents(), 700);
        QVERIFY(!Money::parse(QStringLiteral("dix euros")));
        QVERIFY(!Money::parse(QStringLiteral("1,234")));
        QCOMPARE((Money(1000) * 3 + Money(50)).cents(), 3050);
    }

    void clockRoundTripsIsoWithMilliseconds()
    {
        FixedClock clock(QDateTime(QDate(2026, 12, 31), QTime(23, 30, 0, 125), Qt::UTC));
        QCOMPARE(clock.nowIso(), QStringLiteral("2026-12-31T23:30:00.125Z"));
        // Paris is UTC+1 in winter: the local date is already the next year.
        QCOMPARE(clock.today(), QDate(2027, 1, 1));
        QCOMPARE(Clock::fromIso(clock.nowIso()), clock.nowUtc());
        clock.advance(60 * 60 * 1000);
        QCOMPARE(clock.nowUtc().time(), QTime(0, 30, 0, 125));
    }

    void resultCarriesValueOrMessage()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad = Result<int>::failure(QStringLiteral("x.y"), QStringLiteral("Ça n'a pas marché"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QStringLiteral("x.y"));
        QCOMPARE(bad.errorMessage(), QStringLiteral("Ça n'a pas marché"));
        QCOMPARE(bad.valueOr(7), 7);
    }

    void validatorsFollowTheStandard_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("cp ok") << "code_postal" << "04000" << true;
        QTest::newRow("cp short") << "code_postal" << "4000" << false;
        QTest::newRow("cp letters") << "code_postal" << "2A000" << false;
        QTest::newRow("insee corse") << "code_insee" << "2A004" << true;
        QTest::newRow("insee 20") << "code_insee" << "20004" << false;
        QTest::newRow("insee dom") << "code_insee" << "97411" << true;
        QTest::newRow("siret") << "pivot" << "123 456 789 00012" << true;
        QTest::newRow("rna") << "pivot" << "W123456789" << true;
        QTest::newRow("pivot bad") << "pivot" << "12345" << false;
        QTest::newRow("phone national") << "telephone" << "04 92 30 00 00" << true;
        QTest::newRow("phone intl") << "telephone" << "+33492300000" << true;
        QTest::newRow("phone réunion") << "telephone" << "+262262000000" << true;
        QTest::newRow("phone bad") << "telephone" << "appelez-nous" << false;
        QTest::newRow("url") << "url" << "https://exemple.fr/médiation" << true;
        QTest::newRow("url no scheme") << "url" << "exemple.fr" << false;
        QTest::newRow("email") << "email" << "accueil@mairie-digne.fr" << true;
        QTest::newRow("email bad") << "email" << "accueil@" << false;
        QTest::newRow("empty is fine") << "code_postal" << "" << true;
    }
    void validatorsFollowTheStandard()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QString message;
        if (field == QLatin1String("code_postal"))
            message = validate::codePostal(value);
        else if (field == QLatin1String("code_insee"))
            message = validate::codeInsee(value);
        else if (field == QLatin1String("pivot"))
            message = validate::pivot(value);
        else if (field == QLatin1String("telephone"))
            message = validate::telephone(value);
        else if (field == QLatin1String("url"))
            message = validate::url(value);
        else
            message = validate::email(value);
        QCOMPARE(message.isEmpty(), valid);
    }

    void vocabularyFindsCodesFromLabels()
    {
        QCOMPARE(vocab::codeFor(vocab::Kind::Service, QStringLiteral("aide aux demarches administratives")).value(),
                 QStringLiteral("aide_demarches"));
        QCOMPARE(vocab::label(vocab::Kind::Typologie, QStringLiteral("RFS")), QStringLiteral("France Services"));
        QCOMPARE(vocab::label(vocab::Kind::Typologie, QStringLiteral("INCONNU")), QStringLiteral("INCONNU"));
        QVERIFY(!vocab::codeFor(vocab::Kind::Genre, QStringLiteral("martien")));
        QCOMPARE(vocab::terms(vocab::Kind::ThematiqueDemarche).size(), 11);
    }

    void phoneNumbersAreShownAsPeopleReadThem_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("standard form, mobile") << QStringLiteral("+33630392518") << QStringLiteral("06 30 39 25 18");
        QTest::newRow("national, with dots") << QStringLiteral("04.92.36.62.62") << QStringLiteral("04 92 36 62 62");
        QTest::newRow("0033 prefix") << QStringLiteral("0033492366262") << QStringLiteral("04 92 36 62 62");
        QTest::newRow("La Réunion, 9 digits") << QStringLiteral("+262262123456") << QStringLiteral("+262 262 12 34 56");
        QTest::newRow("Nouvelle-Calédonie, 6 digits") << QStringLiteral("+687123456") << QStringLiteral("+687 12 34 56");
        QTest::newRow("unreadable: as given") << QStringLiteral("accueil : voir site") << QStringLiteral("accueil : voir site");
        QTest::newRow("empty") << QString() << QString();
    }

    void phoneNumbersAreShownAsPeopleReadThem()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(validate::displayTelephone(stored), shown);
    }

    void csvCellsNeverRunAsFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("formula") << "=HYPERLINK(\"http://x\")" << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("plus formula") << "+SUM(A1)" << "'+SUM(A1)";
        QTest::newRow("at") << "@cmd" << "'@cmd";
        QTest::newRow("minus text") << "-Étienne" << "'-Étienne";
        QTest::newRow("code with zeros") << "-0013" << "'-0013";
        QTest::newRow("negative number") << "-1.25" << "-1.25";
        QTest::newRow("phone") << "+33492000000" << "+33492000000";
        QTest::newRow("separator") << "Digne; Manosque" << "\"Digne; Manosque\"";
        QTest::newRow("line break") << "ligne 1\nligne 2" << "\"ligne 1\nligne 2\"";
        QTest::newRow("plain") << "Médiathèque" << "Médiathèque";
        QTest::newRow("empty") << "" << "";
    }
    void csvCellsNeverRunAsFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(csv::cell(value, QLatin1Char(';')), cell);
    }

    void ageBandsFollowTheNationalThresholds_data()
    {
        QTest::addColumn<int>("birthYear");
        QTest::addColumn<QString>("band");
        QTest::newRow("11") << 2015 << "moins_de_douze";
        QTest::newRow("12") << 2014 << "douze_dix_huit";
        QTest::newRow("18") << 2008 << "dix_huit_vingt_quatre";
        QTest::newRow("25") << 2001 << "vingt_cinq_trente_neuf";
        QTest::newRow("40") << 1986 << "quarante_cinquante_neuf";
        QTest::newRow("60") << 1966 << "soixante_soixante_neuf";
        QTest::newRow("70") << 1956 << "soixante_dix_plus";
        QTest::newRow("future") << 2030 << "non_communique";
    }
    void ageBandsFollowTheNationalThresholds()
    {
        QFETCH(int, birthYear);
        QFETCH(QString, band);
        QCOMPARE(vocab::trancheAgeForBirthYear(birthYear, 2026), band);
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "TestCommon.moc"
