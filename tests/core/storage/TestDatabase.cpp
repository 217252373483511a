#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace escale;
using storage::Database;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + name);
    q.next();
    return q.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshFileIsMigratedToLatestWithWalAndForeignKeys()
    {
        test::TempDatabase db;
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(pragma(*db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(*db, QStringLiteral("application_id")).toInt(), Database::ApplicationId);
        QVERIFY(!db->installationId().isEmpty());
        // The same id on the next opening.
        const QString id = db->installationId();
        db.db.reset();
        auto again = Database::open(db.path(), db.clock);
        ESCALE_VERIFY_OK(again);
        QCOMPARE((*again)->installationId(), id);
    }

    void migrationsAreNumberedWithoutGaps()
    {
        QDirIterator it(QStringLiteral(":/migrations"));
        QList<int> numbers;
        while (it.hasNext()) {
            it.next();
            const auto m = QRegularExpression(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$")).match(it.fileName());
            QVERIFY2(m.hasMatch(), qPrintable(it.fileName()));
            numbers << m.captured(1).toInt();
        }
        std::sort(numbers.begin(), numbers.end());
        for (int i = 0; i < numbers.size(); ++i)
            QCOMPARE(numbers.at(i), i + 1);
    }

    void capabilitiesAreDetected()
    {
        test::TempDatabase db;
        // Debian's SQLite has both; the flags must say so (the fallback paths are tested by their domains).
        QVERIFY(db->hasFts5());
        QVERIFY(db->hasRtree());
    }

    void upgradeFromEachOlderVersionKeepsDataAndWritesBackup()
    {
        const int latest = Database::latestSchemaVersion();
        if (latest < 2)
            QSKIP("only one schema version exists yet: nothing to upgrade from");
        QList<int> versions;
        QDirIterator it(QStringLiteral(":/migrations"));
        while (it.hasNext())
            versions << it.next().section(QLatin1Char('/'), -1).left(4).toInt();
        std::sort(versions.begin(), versions.end());
        for (int version : std::as_const(versions)) {
            if (version == latest)
                continue;
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("escale.sqlite"));
            FixedClock clock(test::fixedNow());
            {
                Database::Options options;
                options.migrateTo = version;
                auto old = Database::open(path, clock, options);
                ESCALE_VERIFY_OK(old);
                QCOMPARE((*old)->schemaVersion(), version);
                ESCALE_VERIFY_OK((*old)->setSetting(QStringLiteral("marker"), QStringLiteral("gardé")));
            }
            auto upgraded = Database::open(path, clock);
            ESCALE_VERIFY_OK(upgraded);
            QCOMPARE((*upgraded)->schemaVersion(), latest);
            QCOMPARE((*upgraded)->setting(QStringLiteral("marker")).toString(), QStringLiteral("gardé"));
            const QString bak = path + QStringLiteral(".v%1.bak").arg(version);
            QVERIFY2(QFile::exists(bak), qPrintable(bak));
            FixedClock c2(test::fixedNow());
            Database::Options ro;
            ro.readOnly = true;
            ro.migrateTo = version;
            auto backup = Database::open(bak, c2, ro);
            ESCALE_VERIFY_OK(backup);
            QCOMPARE((*backup)->schemaVersion(), version);
        }
    }

    void upgradeFromVersion9AddsStopColumnsAndKeepsRecords()
    {
        // Migration 0010: a version 9 file with one record of each kind gets the nullable stop columns
        // (NULL for what was recorded before), and its journal stays append-only, new column included.
        if (Database::latestSchemaVersion() < 10)
            QSKIP("migration 0010 is not there");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("escale.sqlite"));
        FixedClock clock(test::fixedNow());
        const QString sync = QStringLiteral("'2026-11-01T10:00:00.000Z', 0, 1, 'test'");
        {
            Database::Options options;
            options.migrateTo = 9;
            auto old = Database::open(path, clock, options);
            ESCALE_VERIFY_OK(old);
            QCOMPARE((*old)->schemaVersion(), 9);
            for (const QString &sql :
                { QStringLiteral("INSERT INTO orientations (id, updated_at, deleted, dirty, origin, tree_id, tree_version, "
                                 "occurred_on) VALUES ('o1', %1, 't', '1', '2026-11-01')"),
                    QStringLiteral("INSERT INTO diagnostics (id, framework_id, framework_version, date, created_at, "
                                   "updated_at) VALUES ('d1', 'pix', '1', '2026-11-01', 'x', 'x')"),
                    QStringLiteral("INSERT INTO cheques (id, updated_at, deleted, dirty, origin, scheme_id, code, status, "
                                   "face_value_cents) VALUES ('cheque:aptic:A1', %1, 'aptic', 'A1', 'encaisse', 1000)"),
                    QStringLiteral("INSERT INTO cheque_journal (id, updated_at, deleted, dirty, origin, cheque_id, at, "
                                   "to_status) VALUES ('j1', %1, 'cheque:aptic:A1', '2026-11-01T10:00:00.000Z', "
                                   "'encaisse')") }) {
                QSqlQuery q((*old)->connection());
                QVERIFY2(q.exec(sql.arg(sync)), qPrintable(q.lastError().text()));
            }
        }
        auto db = Database::open(path, clock);
        ESCALE_VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        for (const QString &sql : { QStringLiteral("SELECT count(*) FROM orientations WHERE id = 'o1' AND stop_id IS NULL"),
                 QStringLiteral("SELECT count(*) FROM diagnostics WHERE id = 'd1' AND stop_id IS NULL"),
                 QStringLiteral("SELECT count(*) FROM cheques WHERE code = 'A1' AND status = 'encaisse' "
                                "AND distributed_stop_id IS NULL AND redeemed_stop_id IS NULL"),
                 QStringLiteral("SELECT count(*) FROM cheque_journal WHERE id = 'j1' AND stop_id IS NULL") })
            QVERIFY2(scalar(**db, sql) == 1, qPrintable(sql));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE orientations SET stop_id = 'stop-1' WHERE id = 'o1'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE cheque_journal SET stop_id = 'stop-1' WHERE id = 'j1'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE cheque_journal SET why = 'changed' WHERE id = 'j1'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cheque_journal SET dirty = 0 WHERE id = 'j1'"))); // sync bookkeeping
    }

    void upgradeFromVersion10StopsDoNotRunOnPublicHolidays()
    {
        // Migration 0011: a stop of a version 10 file does not run on public holidays (« PH off »).
        if (Database::latestSchemaVersion() < 11)
            QSKIP("migration 0011 is not there");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("escale.sqlite"));
        FixedClock clock(test::fixedNow());
        {
            Database::Options options;
            options.migrateTo = 10;
            auto old = Database::open(path, clock, options);
            ESCALE_VERIFY_OK(old);
            QSqlQuery q((*old)->connection());
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO itinerant_stops (id, updated_at, deleted, dirty, origin, tour_id, name, weekday, "
                         "start_time, end_time, start_date) VALUES ('s1', '2026-11-01T10:00:00.000Z', 0, 1, 'test', "
                         "'t1', 'Mairie', 3, '09:00', '12:00', '2026-11-01')")),
                qPrintable(q.lastError().text()));
        }
        auto db = Database::open(path, clock);
        ESCALE_VERIFY_OK(db);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM itinerant_stops WHERE id = 's1' AND "
                                             "runs_on_public_holidays = 0")), 1);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE itinerant_stops SET runs_on_public_holidays = 1 WHERE id = 's1'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE itinerant_stops SET runs_on_public_holidays = 2 WHERE id = 's1'")));
    }

    void upgradeFromCommittedVersion1Fixture()
    {
        // tests/data/storage/escale-v1.sql is the dump of a version 1 file as the first release wrote it.
        QFile dump(test::testData(QStringLiteral("storage/escale-v1.sql")));
        QVERIFY(dump.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &statement : storage::splitSqlScript(QString::fromUtf8(dump.readAll())))
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text() + QLatin1Char('\n') + statement));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        FixedClock clock(test::fixedNow());
        auto db = Database::open(path, clock);
        ESCALE_VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM structure WHERE nom = 'Médiathèque de Sisteron'")), 1);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM users")), 2);
        if (Database::latestSchemaVersion() > 1)
            QVERIFY(QFile::exists(path + QStringLiteral(".v1.bak")));
    }

    void newerVersionIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            test::TempDatabase seed;
            ESCALE_VERIFY_OK(seed->backupTo(path));
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before = fileHash(path);
        FixedClock clock(test::fixedNow());
        auto db = Database::open(path, clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("storage.newer-version"));
        QVERIFY(db.errorMessage().contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void badFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("text file") << QByteArray("Ceci n'est pas une base de données.\n") << "storage.not-escale";
        QByteArray corrupt("SQLite format 3\0", 16);
        corrupt += QByteArray(4080, '\xAB');
        QTest::newRow("corrupt header") << corrupt << "storage.corrupt";
    }
    void badFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = fileHash(path);
        FixedClock clock(test::fixedNow());
        auto db = Database::open(path, clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code, code);
        QVERIFY(db.errorMessage().contains(QStringLiteral("bad.sqlite")));
        QCOMPARE(fileHash(path), before);
    }

    void otherSqliteDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("autre.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recettes (nom TEXT)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        FixedClock clock(test::fixedNow());
        auto db = Database::open(path, clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("storage.not-escale"));
        QCOMPARE(fileHash(path), before);
    }

    void missingFolderIsRefused()
    {
        QTemporaryDir dir;
        FixedClock clock(test::fixedNow());
        auto db = Database::open(dir.filePath(QStringLiteral("absent/escale.sqlite")), clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("storage.missing-folder"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent"))));
    }

    void readOnlyFileIsRefusedUntouched()
    {
        if (geteuid() == 0) {
            // File permissions do not stop root (CI runs as root): the same test runs again in a child
            // process as « nobody » (setpriv, util-linux), which makes its own temporary folder.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv: a read-only file cannot be simulated");
            QProcess child;
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                  QCoreApplication::applicationFilePath(),
                                  QStringLiteral("readOnlyFileIsRefusedUntouched")});
            QVERIFY(child.waitForFinished(60000));
            const QByteArray out = child.readAll();
            QVERIFY2(child.exitCode() == 0 && out.contains("PASS   : TestDatabase::readOnlyFileIsRefusedUntouched()"),
                     out.constData());
            return;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            test::TempDatabase seed;
            ESCALE_VERIFY_OK(seed->backupTo(path));
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        const QByteArray before = fileHash(path);
        FixedClock clock(test::fixedNow());
        auto db = Database::open(path, clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("storage.read-only"));
        QCOMPARE(fileHash(path), before);
    }

    void lockedDatabaseGivesClearMessage()
    {
        test::TempDatabase db;
        // Another program holds the write lock (an exclusive transaction) for longer than the busy time-out.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(db.path());
        QVERIFY(other.open());
        {
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        }
        auto second = db->openAnother();
        // Opening only reads, which WAL allows; writing must then report the lock in words.
        if (second) {
            const Status s = (*second)->setSetting(QStringLiteral("k"), QStringLiteral("v"));
            QVERIFY(!s);
            QCOMPARE(s.error().code, QStringLiteral("storage.locked"));
        } else {
            QCOMPARE(second.error().code, QStringLiteral("storage.locked"));
        }
        {
            QSqlQuery q(other);
            q.exec(QStringLiteral("ROLLBACK"));
        }
        other.close();
        second = Result<std::unique_ptr<Database>>(Error{});
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    void secondConnectionKeepsTheFirstOnesLocks()
    {
        // Found in QA: an import or a sync opening its own connection (openAnother) read the file's
        // header through a descriptor of its own and closed it, which releases every POSIX lock this
        // process holds on the file. Another program writing then took itself for the last connection,
        // checkpointed and deleted the WAL under the window: the window's next writes were lost.
        test::TempDatabase db;
        ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("before"), QStringLiteral("1")));
        {
            auto second = db->openAnother();
            ESCALE_VERIFY_OK(second);
            QCOMPARE((*second)->setting(QStringLiteral("before")).toString(), QStringLiteral("1"));
        }
        auto sqlite = [&](const QString &sql) {
            QProcess p;
            p.start(QStringLiteral("sqlite3"), {db.path(), sql});
            if (!p.waitForFinished(30000) || p.exitCode() != 0)
                qWarning() << "sqlite3:" << p.errorString() << p.readAllStandardError();
            return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        };
        // Another program writes and closes…
        QCOMPARE(sqlite(QStringLiteral("INSERT INTO settings (key, value) VALUES ('cli', 'x'); SELECT 'done';")),
                 QStringLiteral("done"));
        // … then the first connection writes: a program opening the file afterwards sees both.
        ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("after"), QStringLiteral("2")));
        QCOMPARE(sqlite(QStringLiteral("SELECT group_concat(key, ',') FROM (SELECT key FROM settings "
                                       "WHERE key IN ('cli', 'after') ORDER BY key); PRAGMA integrity_check;")),
                 QStringLiteral("after,cli\nok"));
        QCOMPARE(db->setting(QStringLiteral("cli")).toString(), QStringLiteral("x"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TempDatabase db;
        {
            storage::Transaction tx(*db);
            QVERIFY(tx.isActive());
            ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("a"), 1));
        }
        QVERIFY(!db->setting(QStringLiteral("a")).isValid());
        {
            storage::Transaction tx(*db);
            ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("a"), 2));
            {
                storage::Transaction inner(*db);
                ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("b"), 3));
                ESCALE_VERIFY_OK(inner.commit());
            }
            ESCALE_VERIFY_OK(tx.commit());
        }
        QCOMPARE(db->setting(QStringLiteral("a")).toInt(), 2);
        QCOMPARE(db->setting(QStringLiteral("b")).toInt(), 3);
    }

    // An inner transaction that ends without its commit (a failed step) undoes its own changes only;
    // the outer one stays a transaction: what it writes afterwards is committed or rolled back with
    // it, never committed on its own.
    void innerTransactionRollsBackItsOwnChangesOnly()
    {
        test::TempDatabase db;
        {
            storage::Transaction tx(*db);
            ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("before"), 1));
            {
                storage::Transaction inner(*db);
                QVERIFY(inner.isActive());
                ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("inner"), 2));
            } // no commit: a failed step
            ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("after"), 3));
            {
                storage::Transaction kept(*db);
                ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("kept"), 4));
                ESCALE_VERIFY_OK(kept.commit());
            }
            QVERIFY(!db->setting(QStringLiteral("inner")).isValid());
            // Another connection sees nothing yet: still one transaction.
            auto other = db->openAnother();
            ESCALE_VERIFY_OK(other);
            QVERIFY(!(*other)->setting(QStringLiteral("after")).isValid());
        } // the outer one ends without its commit too
        QVERIFY(!db->setting(QStringLiteral("before")).isValid());
        QVERIFY(!db->setting(QStringLiteral("after")).isValid());
        QVERIFY(!db->setting(QStringLiteral("kept")).isValid());
        {
            storage::Transaction tx(*db);
            ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("before"), 1));
            {
                storage::Transaction inner(*db);
                ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("inner"), 2));
            }
            ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("after"), 3));
            ESCALE_VERIFY_OK(tx.commit());
        }
        QCOMPARE(db->setting(QStringLiteral("before")).toInt(), 1);
        QVERIFY(!db->setting(QStringLiteral("inner")).isValid());
        QCOMPARE(db->setting(QStringLiteral("after")).toInt(), 3);
        // And the connection is out of any transaction: a new one begins normally.
        storage::Transaction again(*db);
        QVERIFY(again.isActive());
        ESCALE_VERIFY_OK(again.commit());
    }

    void backupIsAConsistentCopy()
    {
        test::TempDatabase db;
        for (int i = 0; i < 100; ++i)
            ESCALE_VERIFY_OK(db->setSetting(QStringLiteral("k%1").arg(i), i));
        const QString target = db.dir.filePath(QStringLiteral("copie.sqlite"));
        ESCALE_VERIFY_OK(db->backupTo(target));
        FixedClock clock(test::fixedNow());
        auto copy = Database::open(target, clock);
        ESCALE_VERIFY_OK(copy);
        QCOMPARE((*copy)->setting(QStringLiteral("k99")).toInt(), 99);
        QCOMPARE((*copy)->setting(QStringLiteral("installation_id")), db->setting(QStringLiteral("installation_id")));
        // Never overwrites.
        const Status again = db->backupTo(target);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("storage.target-exists"));
    }

    void sqlScriptSplitterKeepsTriggersAndStrings()
    {
        const QStringList s = storage::splitSqlScript(QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE t (SYNC_COLUMNS, x TEXT DEFAULT 'a;b');\n"
            "/* block; comment */ CREATE TRIGGER t_no_update BEFORE UPDATE ON t BEGIN\n"
            "  SELECT RAISE(ABORT, 'journal; append only');\n"
            "END;\n"
            "INSERT INTO t (x) VALUES ('l''école');"));
        QCOMPARE(s.size(), 3);
        QVERIFY(s.at(0).contains(QStringLiteral("dirty INTEGER NOT NULL")));
        QVERIFY(s.at(0).contains(QStringLiteral("'a;b'")));
        QVERIFY(s.at(1).endsWith(QStringLiteral("END")));
        QVERIFY(s.at(2).contains(QStringLiteral("'l''école'")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
