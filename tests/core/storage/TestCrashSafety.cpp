#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace escale;

// A writer killed with SIGKILL in the middle of its writes, 50 times: after each kill the file opens,
// PRAGMA integrity_check says ok, and every row whose commit the writer reported is there.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        int next = 1;
        int lastReported = 0;
        for (int round = 0; round < 50; ++round) {
            QProcess writer;
            writer.setProgram(QStringLiteral(CRASH_WRITER));
            writer.setArguments({path, QString::number(next)});
            writer.start();
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // Let it write for a random while, at least until it reported one commit.
            const int wait = 20 + int(QRandomGenerator::global()->bounded(80));
            QByteArray out;
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < wait || !out.contains('\n')) {
                writer.waitForReadyRead(10);
                out += writer.readAllStandardOutput();
                if (t.elapsed() > 20000)
                    QFAIL(qPrintable(QStringLiteral("writer reported nothing: ") + writer.readAllStandardError()));
            }
            ::kill(pid_t(writer.processId()), SIGKILL);
            writer.waitForFinished();
            out += writer.readAllStandardOutput();
            const QList<QByteArray> lines = out.trimmed().split('\n');
            lastReported = lines.last().toInt();
            QVERIFY(lastReported >= next);

            FixedClock clock(test::fixedNow());
            auto db = storage::Database::open(path, clock);
            ESCALE_VERIFY_OK(db);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(n) FROM crash_rows")) && q.next());
            const int count = q.value(0).toInt();
            const int max = q.value(1).toInt();
            // Every reported commit is there; at most the one in flight beyond it; no holes.
            QVERIFY2(max >= lastReported, qPrintable(QStringLiteral("max %1 < reported %2").arg(max).arg(lastReported)));
            QVERIFY(max <= lastReported + 1);
            QCOMPARE(count, max);
            QCOMPARE((*db)->setting(QStringLiteral("last")).toInt(), max);
            next = max + 1;
        }
        QVERIFY(next > 50);
    }

    void backupWhileWritingIsConsistent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        QProcess writer;
        writer.setProgram(QStringLiteral(CRASH_WRITER));
        writer.setArguments({path, QStringLiteral("1")});
        writer.start();
        QVERIFY(writer.waitForStarted());
        QByteArray out;
        while (!out.contains('\n')) {
            QVERIFY(writer.waitForReadyRead(20000));
            out += writer.readAllStandardOutput();
        }
        FixedClock clock(test::fixedNow());
        auto live = storage::Database::open(path, clock);
        ESCALE_VERIFY_OK(live);
        int previous = 0;
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(50);
            const QString copyPath = dir.filePath(QStringLiteral("copie-%1.sqlite").arg(i));
            ESCALE_VERIFY_OK((*live)->backupTo(copyPath));
            auto copy = storage::Database::open(copyPath, clock);
            ESCALE_VERIFY_OK(copy);
            QSqlQuery q((*copy)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(n) FROM crash_rows")) && q.next());
            const int count = q.value(0).toInt();
            const int max = q.value(1).toInt();
            QCOMPARE(count, max); // no torn transaction: both tables agree
            QCOMPARE((*copy)->setting(QStringLiteral("last")).toInt(), max);
            QVERIFY(max >= previous);
            previous = max;
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished();
        QVERIFY(previous > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
