#include "EscaleProcess.h"
#include "TestSupport.h"

#include "activity/ActivityExport.h"

#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace escale;

// `escale demo`, `escale report monthly` and `escale activity export` on the built binary: exit
// statuses 0 / 1 / 2 (DESIGN.md §11), files written, messages on stderr.
class TestActivityCommands : public QObject
{
    Q_OBJECT
private:
    using Run = escale::test::EscaleRun;
    static Run escale(const QStringList &args) { return escale::test::runEscale(args); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("ESCALE_BINARY").isEmpty() || !QFile::exists(qEnvironmentVariable("ESCALE_BINARY")))
            QSKIP("ESCALE_BINARY is not set to the built escale");
    }

    void demoThenMonthlyReportAndExport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        Run r = escale({ QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        // Activities and, through the same command, the Pass numérique cheques and their claims.
        const QJsonObject summary = r.json();
        QVERIFY(summary.value(QStringLiteral("activities")).toInt() > 100);
        QVERIFY(summary.value(QStringLiteral("cheques")).toInt() > 0);
        QVERIFY(summary.value(QStringLiteral("chequeClaims")).toInt() > 0);
        // A second run refuses: the database already has activities.
        r = escale({ QStringLiteral("--database"), db, QStringLiteral("demo") });
        QCOMPARE(r.status, 1);
        QVERIFY(!r.err.isEmpty());

        const QString month = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        const QString pdf = dir.filePath(QStringLiteral("fiche.pdf"));
        const QString csv = dir.filePath(QStringLiteral("activites.csv"));
        r = escale({ QStringLiteral("--database"), db, QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), month, QStringLiteral("--output"), pdf, QStringLiteral("--csv"), csv });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const auto rows = activity::parseCsv(csvFile.readAll());
        QVERIFY(rows.size() > 10);
        QCOMPARE(rows.first(), activity::csvHeaders());

        const QString export2 = dir.filePath(QStringLiteral("export.csv"));
        r = escale({ QStringLiteral("--database"), db, QStringLiteral("activity"), QStringLiteral("export"),
            QStringLiteral("--from"), month + QStringLiteral("-01"), QStringLiteral("--to"),
            month + QStringLiteral("-28"), QStringLiteral("--output"), export2 });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(export2));

        // A month without any activity still gives a sheet.
        const QString empty = dir.filePath(QStringLiteral("vide.pdf"));
        r = escale({ QStringLiteral("--database"), db, QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), QStringLiteral("2020-02"), QStringLiteral("--output"), empty });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(empty).size() > 1000);
        // Inside a sentence the month takes a small letter in French, a capital in English; the count
        // agrees with its noun (French: 0 takes the singular).
        QVERIFY2(r.out.startsWith(QStringLiteral("Fiche mensuelle (février 2020) écrite dans ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("(0 activité).")), qPrintable(r.out));
        r = escale({ QStringLiteral("--database"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
            QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2020-02"), QStringLiteral("--output"), empty });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Monthly sheet for February 2020 written to ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("(0 activities).")), qPrintable(r.out));
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("mois manquant") << QStringList { QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--output"), QStringLiteral("x.pdf") };
        QTest::newRow("mois invalide") << QStringList { QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--output"), QStringLiteral("x.pdf") };
        QTest::newRow("sortie manquante") << QStringList { QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), QStringLiteral("2026-10") };
        QTest::newRow("export à l'envers") << QStringList { QStringLiteral("activity"), QStringLiteral("export"),
            QStringLiteral("--from"), QStringLiteral("2026-10-31"), QStringLiteral("--to"),
            QStringLiteral("2026-10-01"), QStringLiteral("--output"), QStringLiteral("x.csv") };
    }
    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        Run r = escale(QStringList { QStringLiteral("--database"), dir.filePath(QStringLiteral("e.sqlite")) } + args);
        QCOMPARE(r.status, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActivityCommands)
#include "TestActivityCommands.moc"
