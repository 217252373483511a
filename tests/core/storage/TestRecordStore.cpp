#include "TestSupport.h"

#include "storage/RecordStore.h"
#include "storage/SqlScript.h"
#include "common/Ids.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace escale;

class TestRecordStore : public QObject
{
    Q_OBJECT
private:
    static QVariantMap row(storage::Database &db, const QString &id)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id, rev, updated_at, deleted, dirty, origin, nom FROM demo WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        QVariantMap m;
        for (int i = 0; i < 7; ++i)
            m.insert(q.record().fieldName(i), q.value(i));
        return m;
    }

    void createDemoTable(storage::Database &db)
    {
        QSqlQuery q(db.connection());
        const QString sql = QStringLiteral("CREATE TABLE demo (") + storage::syncColumnsDefinition()
            + QStringLiteral(", nom TEXT NOT NULL)");
        QVERIFY(q.exec(sql));
    }

private Q_SLOTS:
    void insertStampsSyncColumns()
    {
        test::TempDatabase db;
        createDemoTable(*db);
        storage::RecordStore records(*db);
        auto id = records.insert(QStringLiteral("demo"), {{QStringLiteral("nom"), QStringLiteral("Épicerie")}});
        ESCALE_VERIFY_OK(id);
        QVERIFY(ids::isValid(*id));
        const QVariantMap r = row(*db, *id);
        QCOMPARE(r.value(QStringLiteral("nom")).toString(), QStringLiteral("Épicerie"));
        QCOMPARE(r.value(QStringLiteral("dirty")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("deleted")).toInt(), 0);
        QVERIFY(r.value(QStringLiteral("rev")).isNull());
        QCOMPARE(r.value(QStringLiteral("origin")).toString(), db->installationId());
        QCOMPARE(r.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-11-21T09:30:00.000Z"));
    }

    // Bulk rows as value lists: same sync columns as insert(), ids kept or made, a null text written
    // as an empty one, a row of the wrong width refused.
    void insertRowsStampsSyncColumns()
    {
        test::TempDatabase db;
        createDemoTable(*db);
        storage::RecordStore records(*db);
        const QStringList columns{QStringLiteral("id"), QStringLiteral("nom")};
        auto ids = records.insertRows(QStringLiteral("demo"), columns,
                                      {{QString(), QStringLiteral("Épicerie")},
                                       {QStringLiteral("cheque:aptic:0002"), QString()},
                                       {QString(), QStringLiteral("Bus")}});
        ESCALE_VERIFY_OK(ids);
        QCOMPARE(ids->size(), 3);
        QVERIFY(ids::isValid(ids->at(0)));
        QCOMPARE(ids->at(1), QStringLiteral("cheque:aptic:0002"));
        QVERIFY(ids->at(2) != ids->at(0));
        for (const QString &id : *ids) {
            const QVariantMap r = row(*db, id);
            QCOMPARE(r.value(QStringLiteral("dirty")).toInt(), 1);
            QCOMPARE(r.value(QStringLiteral("deleted")).toInt(), 0);
            QVERIFY(r.value(QStringLiteral("rev")).isNull());
            QCOMPARE(r.value(QStringLiteral("origin")).toString(), db->installationId());
            QCOMPARE(r.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-11-21T09:30:00.000Z"));
        }
        QCOMPARE(row(*db, ids->at(0)).value(QStringLiteral("nom")).toString(), QStringLiteral("Épicerie"));
        const QVariant empty = row(*db, ids->at(1)).value(QStringLiteral("nom"));
        QVERIFY(!empty.isNull());
        QCOMPARE(empty.toString(), QString());
        // Without an id column, every row gets one.
        auto more = records.insertRows(QStringLiteral("demo"), {QStringLiteral("nom")}, {{QStringLiteral("x")}});
        ESCALE_VERIFY_OK(more);
        QVERIFY(ids::isValid(more->first()));
        QVERIFY(!records.insertRows(QStringLiteral("demo"), columns, {{QStringLiteral("a")}}).ok());
        QVERIFY(!records.insertRows(QStringLiteral("demo"), {QStringLiteral("dirty")}, {{0}}).ok());
    }

    void naturalKeysAreKept()
    {
        test::TempDatabase db;
        createDemoTable(*db);
        storage::RecordStore records(*db);
        auto id = records.insert(QStringLiteral("demo"), {{QStringLiteral("id"), QStringLiteral("cheque:aptic:0001")},
                                                          {QStringLiteral("nom"), QStringLiteral("x")}});
        ESCALE_VERIFY_OK(id);
        QCOMPARE(*id, QStringLiteral("cheque:aptic:0001"));
    }

    void updateMarksDirtyAndRemoveWritesTombstone()
    {
        test::TempDatabase db;
        createDemoTable(*db);
        storage::RecordStore records(*db);
        const int before = records.pendingChanges(); // rows seeded by migrations, if any
        const QString id = *records.insert(QStringLiteral("demo"), {{QStringLiteral("nom"), QStringLiteral("a")}});
        QCOMPARE(records.pendingChanges(), before + 1);
        ESCALE_VERIFY_OK(records.markSynced(QStringLiteral("demo"), id, QStringLiteral("1-abc")));
        QCOMPARE(row(*db, id).value(QStringLiteral("dirty")).toInt(), 0);
        QCOMPARE(records.pendingChanges(), before);
        db.clock.advance(1000);
        ESCALE_VERIFY_OK(records.update(QStringLiteral("demo"), id, {{QStringLiteral("nom"), QStringLiteral("b")}}));
        QVariantMap r = row(*db, id);
        QCOMPARE(r.value(QStringLiteral("dirty")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("rev")).toString(), QStringLiteral("1-abc"));
        QCOMPARE(r.value(QStringLiteral("updated_at")).toString(), QStringLiteral("2026-11-21T09:30:01.000Z"));
        ESCALE_VERIFY_OK(records.remove(QStringLiteral("demo"), id));
        r = row(*db, id);
        QVERIFY(!r.isEmpty()); // never physically deleted
        QCOMPARE(r.value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("dirty")).toInt(), 1);
    }

    void applyRemoteInsertsOrUpdatesClean()
    {
        test::TempDatabase db;
        createDemoTable(*db);
        storage::RecordStore records(*db);
        ESCALE_VERIFY_OK(records.applyRemote(QStringLiteral("demo"), QStringLiteral("r1"),
                                             {{QStringLiteral("nom"), QStringLiteral("distant")}},
                                             QStringLiteral("2-def"), false));
        QVariantMap r = row(*db, QStringLiteral("r1"));
        QCOMPARE(r.value(QStringLiteral("dirty")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("rev")).toString(), QStringLiteral("2-def"));
        ESCALE_VERIFY_OK(records.applyRemote(QStringLiteral("demo"), QStringLiteral("r1"),
                                             {{QStringLiteral("nom"), QStringLiteral("distant")}},
                                             QStringLiteral("3-aaa"), true));
        r = row(*db, QStringLiteral("r1"));
        QCOMPARE(r.value(QStringLiteral("deleted")).toInt(), 1);
        QCOMPARE(r.value(QStringLiteral("rev")).toString(), QStringLiteral("3-aaa"));
    }

    void managedColumnsAndBadNamesAreRefused_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::newRow("managed") << "demo" << "dirty";
        QTest::newRow("injection") << "demo; DROP TABLE demo" << "nom";
        QTest::newRow("bad column") << "demo" << "nom = 1 --";
    }
    void managedColumnsAndBadNamesAreRefused()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        test::TempDatabase db;
        createDemoTable(*db);
        storage::RecordStore records(*db);
        auto id = records.insert(table, {{column, 1}});
        QVERIFY(!id);
        QVERIFY(!id.errorMessage().isEmpty());
    }

    void syncableTablesAreFoundBySchema()
    {
        test::TempDatabase db;
        createDemoTable(*db);
        storage::RecordStore records(*db);
        const QStringList tables = records.syncableTables();
        QVERIFY(tables.contains(QStringLiteral("demo")));
        QVERIFY(tables.contains(QStringLiteral("structure")));
        QVERIFY(!tables.contains(QStringLiteral("settings")));
        QVERIFY(!tables.contains(QStringLiteral("users")));
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "TestRecordStore.moc"
