#include "TestSupport.h"

#include "structure/StructureProfile.h"

#include <QTest>

using namespace escale;
using structure::StructureProfile;

namespace {
StructureProfile validProfile()
{
    StructureProfile p;
    p.nom = QStringLiteral("Espace numérique de Forcalquier");
    p.adresse = QStringLiteral("2 place du Bourguet");
    p.commune = QStringLiteral("Forcalquier");
    p.codePostal = QStringLiteral("04300");
    p.typologie = {QStringLiteral("EPN"), QStringLiteral("RFS")};
    p.services = {QStringLiteral("aide_demarches")};
    p.acceptePassNumerique = true;
    return p;
}
} // namespace

class TestStructureProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("code postal") << "code_postal" << "4300";
        QTest::newRow("siret") << "pivot" << "1234";
        QTest::newRow("téléphone") << "telephone" << "bientôt";
        QTest::newRow("nom vide") << "nom" << "   ";
        QTest::newRow("site") << "site_web" << "www.exemple.fr";
        QTest::newRow("typologie") << "typologie" << "CASINO";
    }
    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        StructureProfile p = validProfile();
        if (field == QLatin1String("code_postal"))
            p.codePostal = value;
        else if (field == QLatin1String("pivot"))
            p.pivot = value;
        else if (field == QLatin1String("telephone"))
            p.telephone = value;
        else if (field == QLatin1String("nom"))
            p.nom = value;
        else if (field == QLatin1String("site_web"))
            p.siteWeb = value;
        else
            p.typologie = {value};
        const auto errors = structure::validate(p);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY(!errors.first().message.isEmpty());
        QVERIFY(structure::validate(validProfile()).isEmpty());
    }

    void firstRunWritesProfileAndUserTogether()
    {
        test::TempDatabase db;
        structure::StructureStore store(*db);
        QVERIFY(store.needsFirstRun());
        StructureProfile p = validProfile();
        p.telephone = QStringLiteral("04 92 75 00 00");
        ESCALE_VERIFY_OK(store.completeFirstRun(p, QStringLiteral("  Camille   Dupré ")));
        QVERIFY(!store.needsFirstRun());
        const auto saved = store.profile();
        QVERIFY(saved.has_value());
        QCOMPARE(saved->nom, p.nom);
        QCOMPARE(saved->typologie, p.typologie);
        QCOMPARE(saved->telephone, QStringLiteral("+33492750000"));
        QVERIFY(saved->acceptePassNumerique);
        QCOMPARE(store.currentUser()->displayName, QStringLiteral("Camille Dupré"));
    }

    void invalidFirstRunWritesNothing()
    {
        test::TempDatabase db;
        structure::StructureStore store(*db);
        StructureProfile p = validProfile();
        p.codePostal = QStringLiteral("ABCDE");
        QVERIFY(!store.completeFirstRun(p, QStringLiteral("Camille")));
        QVERIFY(!store.profile().has_value());
        QVERIFY(store.users().isEmpty());
        // A valid profile with an empty user name: nothing either (one transaction).
        QVERIFY(!store.completeFirstRun(validProfile(), QStringLiteral("  ")));
        QVERIFY(!store.profile().has_value());
    }

    void savingAgainUpdatesTheSameRow()
    {
        test::TempDatabase db;
        structure::StructureStore store(*db);
        const QString id = *store.save(validProfile());
        StructureProfile p = *store.profile();
        p.itinerant = true;
        p.nom = QStringLiteral("Cyberbus du Pays de Forcalquier");
        QCOMPARE(*store.save(p), id);
        QCOMPARE(store.profile()->nom, p.nom);
        QVERIFY(store.profile()->itinerant);
    }
};

QTEST_GUILESS_MAIN(TestStructureProfile)
#include "TestStructureProfile.moc"
