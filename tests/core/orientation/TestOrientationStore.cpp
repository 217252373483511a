#include "TestSupport.h"

#include "orientation/OrientationStore.h"
#include "orientation/OrientationWalk.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace escale;
using namespace escale::orientation;

class TestOrientationStore : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &name)
    {
        QFile f(test::testData(QStringLiteral("orientation/") + name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }

    static OrientationRecord recordOn(const QDate &date, const QStringList &families)
    {
        OrientationRecord r;
        r.treeId = QStringLiteral("escale-orientation");
        r.treeVersion = QStringLiteral("2026.11.1");
        r.date = date;
        r.outcomes = {QStringLiteral("rsa")};
        r.families = families;
        r.answers = QJsonObject{{QStringLiteral("age"), 32}, {QStringLiteral("commune"), QStringLiteral("Sisteron")}};
        return r;
    }

private slots:
    void recordsAreCountedByPeriod_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("count");
        QTest::newRow("November") << QDate(2026, 11, 1) << QDate(2026, 11, 30) << 2;
        QTest::newRow("last day of October only") << QDate(2026, 10, 31) << QDate(2026, 10, 31) << 1;
        QTest::newRow("the year") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << 4;
        QTest::newRow("31 December 2025") << QDate(2025, 12, 31) << QDate(2025, 12, 31) << 1;
        QTest::newRow("nothing in September") << QDate(2026, 9, 1) << QDate(2026, 9, 30) << 0;
    }

    void recordsAreCountedByPeriod()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, count);
        test::TempDatabase db;
        OrientationStore store(*db);
        for (const QDate &d : {QDate(2025, 12, 31), QDate(2026, 1, 1), QDate(2026, 10, 31), QDate(2026, 11, 1),
                               QDate(2026, 11, 30)})
            ESCALE_VERIFY_OK(store.record(recordOn(d, {QStringLiteral("social_sante")})));
        QCOMPARE(store.countBetween(from, to), count);
    }

    void familiesAreCountedOncePerOrientation()
    {
        test::TempDatabase db;
        OrientationStore store(*db);
        ESCALE_VERIFY_OK(store.record(recordOn({}, {QStringLiteral("social_sante"), QStringLiteral("logement")})));
        ESCALE_VERIFY_OK(store.record(recordOn({}, {QStringLiteral("social_sante"), QStringLiteral("social_sante")})));
        const QHash<QString, int> f = store.familiesBetween(QDate(2026, 11, 21), QDate(2026, 11, 21));
        QCOMPARE(f.value(QStringLiteral("social_sante")), 2);
        QCOMPARE(f.value(QStringLiteral("logement")), 1);
        QCOMPARE(store.countBetween(QDate(2026, 11, 21), QDate(2026, 11, 21)), 2); // the clock's today
    }

    void answersStayLocalAndOutOfTheSyncedRow()
    {
        test::TempDatabase db;
        OrientationStore store(*db);
        const Result<QString> id = store.record(recordOn(QDate(2026, 11, 3), {QStringLiteral("social_sante")}));
        ESCALE_VERIFY_OK(id);
        const Result<OrientationRecord> back = store.find(*id);
        ESCALE_VERIFY_OK(back);
        QCOMPARE(back->answers.value(QStringLiteral("commune")).toString(), QStringLiteral("Sisteron"));
        QCOMPARE(back->date, QDate(2026, 11, 3));
        // The syncable row has no column holding the answers, and the answers table has no sync column.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM orientations")));
        QVERIFY(q.next());
        for (int i = 0; i < q.record().count(); ++i)
            QVERIFY2(!q.value(i).toString().contains(QStringLiteral("Sisteron")), qPrintable(q.record().fieldName(i)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(orientation_answers)")));
        while (q.next())
            QVERIFY(q.value(1).toString() != QLatin1String("dirty"));
    }

    void linkToBeneficiary()
    {
        test::TempDatabase db;
        OrientationStore store(*db);
        const Result<QString> id = store.record(recordOn({}, {QStringLiteral("justice")}));
        ESCALE_VERIFY_OK(id);
        ESCALE_VERIFY_OK(store.link(*id, QStringLiteral("beneficiaire-1"), QStringLiteral("activite-1")));
        QCOMPARE(store.find(*id)->beneficiaryId, QStringLiteral("beneficiaire-1"));
        QCOMPARE(store.find(*id)->activityId, QStringLiteral("activite-1"));
    }

    void invalidTreeIsRefusedAndTheLastGoodVersionStays()
    {
        test::TempDatabase db;
        OrientationStore store(*db);
        QCOMPARE(store.activeTree().id, QStringLiteral("escale-orientation")); // the default tree
        ESCALE_VERIFY_OK(store.saveTree(read(QStringLiteral("valid-mini.json")), QStringLiteral("network")));
        ESCALE_VERIFY_OK(store.setActiveTree(QStringLiteral("mini")));
        QCOMPARE(store.activeTree().id, QStringLiteral("mini"));

        // Version 2 arrives broken (a cycle): refused, nothing written.
        QByteArray broken = read(QStringLiteral("cycle.json"));
        broken.replace("\"version\": \"1\"", "\"version\": \"2\"");
        const Result<QString> refused = store.saveTree(broken, QStringLiteral("network"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("graph.cycle"));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("nodes[1] \"q2\" → routes[1].next")));
        QCOMPARE(store.treeVersions(QStringLiteral("mini")).size(), 1);
        QCOMPARE(store.activeTree().version, QStringLiteral("1"));

        // A good version 10 sorts after version 2 and 9.
        QByteArray v9 = read(QStringLiteral("valid-mini.json"));
        v9.replace("\"version\": \"1\"", "\"version\": \"9\"");
        QByteArray v10 = read(QStringLiteral("valid-mini.json"));
        v10.replace("\"version\": \"1\"", "\"version\": \"10\"");
        ESCALE_VERIFY_OK(store.saveTree(v10));
        ESCALE_VERIFY_OK(store.saveTree(v9));
        const QList<TreeVersion> versions = store.treeVersions(QStringLiteral("mini"));
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.last().version, QStringLiteral("10"));
        QCOMPARE(store.activeTree().version, QStringLiteral("10"));
    }

    void editedTreeGetsTheNextVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << "1" << "2";
        QTest::newRow("dotted") << "2026.11.9" << "2026.11.10";
        QTest::newRow("text") << "bêta" << "bêta.1";
    }

    void editedTreeGetsTheNextVersion()
    {
        QFETCH(QString, version);
        QFETCH(QString, expected);
        test::TempDatabase db;
        OrientationStore store(*db);
        QByteArray json = read(QStringLiteral("valid-mini.json"));
        json.replace("\"version\": \"1\"", QStringLiteral("\"version\": \"%1\"").arg(version).toUtf8());
        ESCALE_VERIFY_OK(store.saveTree(json));
        const Result<QString> saved = store.saveNewVersion(json);
        ESCALE_VERIFY_OK(saved);
        QCOMPARE(*saved, expected);
        QCOMPARE(store.treeVersions(QStringLiteral("mini")).size(), 2);
        QCOMPARE(store.treeVersions(QStringLiteral("mini")).last().version, expected);
    }

    void escaleOwnTreeIsNotEditedInPlace()
    {
        test::TempDatabase db;
        OrientationStore store(*db);
        const Result<QString> saved = store.saveNewVersion(defaultTreeJson());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, QStringLiteral("orientation.read-only"));
        QVERIFY(store.treeVersions().isEmpty());
    }

    void copyOfTheDefaultTreeIsEditableAndVersioned()
    {
        test::TempDatabase db;
        OrientationStore store(*db);
        const Result<QString> id = store.copyTree(defaultTree(), QString(), QStringLiteral("Notre arbre d'Écrins"));
        ESCALE_VERIFY_OK(id);
        QCOMPARE(*id, QStringLiteral("escale-orientation-local"));
        const QList<TreeVersion> versions = store.treeVersions(*id);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().basedOn, QStringLiteral("escale-orientation@2026.11.1"));
        QCOMPARE(versions.first().title, QStringLiteral("Notre arbre d'Écrins"));
        QCOMPARE(store.treeVersions().size(), 1); // every tree
        const Result<QByteArray> content = store.treeContent(*id, QStringLiteral("1"));
        ESCALE_VERIFY_OK(content);
        const Result<Tree> tree = loadTree(*content);
        ESCALE_VERIFY_OK(tree);
        QCOMPARE(tree->outcomes.size(), defaultTree().outcomes.size());
    }
};

QTEST_GUILESS_MAIN(TestOrientationStore)
#include "TestOrientationStore.moc"
