#include "EscaleProcess.h"
#include "TestSupport.h"

#include "activity/ActivityExport.h"

#include <QJsonObject>
#include <QLocale>
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
    static qsizetype rowsOf(const QString &csv)
    {
        QFile f(csv);
        return f.open(QIODevice::ReadOnly) ? activity::parseCsv(f.readAll()).size() - 1 : -1;
    }

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
        QVERIFY2(r.out.contains(QStringLiteral("%1 activités écrites dans ").arg(rowsOf(csv))), qPrintable(r.out));
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
        // The count first, agreeing with the file (QA 4, #26): « 159 activités écrites dans … ».
        QFile exported(export2);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const qsizetype exportedRows = activity::parseCsv(exported.readAll()).size() - 1;
        QVERIFY(exportedRows > 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("%1 activités écrites dans ").arg(exportedRows)), qPrintable(r.out));
        r = escale({ QStringLiteral("--database"), db, QStringLiteral("activity"), QStringLiteral("export"),
            QStringLiteral("--from"), QStringLiteral("2020-02-01"), QStringLiteral("--to"), QStringLiteral("2020-02-29"),
            QStringLiteral("--output"), export2 });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("0 activité écrite dans ")), qPrintable(r.out));

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
        // A month that has not begun: the sheet is written, and a warning says why it is empty.
        const QDate next = QDate::currentDate().addMonths(2);
        r = escale({ QStringLiteral("--database"), db, QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), next.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--output"), empty });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("escale : attention : ")) && r.err.contains(QStringLiteral("pas encore commencé")),
                 qPrintable(r.err));
        // The month in progress: its figures stop at today, and the command says so (QA 4, #5), as the
        // sheet does; a past month is not « in progress ».
        const QDate today = QDate::currentDate();
        const QString current = today.toString(QStringLiteral("yyyy-MM"));
        r = escale({ QStringLiteral("--database"), db, QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), current, QStringLiteral("--output"), empty, QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("inProgress")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("to")).toString(), today.toString(Qt::ISODate));
        r = escale({ QStringLiteral("--database"), db, QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), current, QStringLiteral("--output"), empty });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Le mois est en cours : ses chiffres vont jusqu'au %1")
                                    .arg(QLocale(QLocale::French, QLocale::France).toString(today, QLocale::ShortFormat))),
                 qPrintable(r.out));
        r = escale({ QStringLiteral("--database"), db, QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), month, QStringLiteral("--output"), empty, QStringLiteral("--json") });
        QCOMPARE(r.json().value(QStringLiteral("inProgress")).toBool(), false);
    }

    // The date that is wrong, and how (QA 4, #24).
    void dateErrorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("mois 13") << QStringList { QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--output"), QStringLiteral("x.pdf") }
                                 << QStringLiteral("mois invalide : 2026-13 (attendu AAAA-MM, par ex. 2026-10)");
        QTest::newRow("mois en lettres") << QStringList { QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), QStringLiteral("octobre"), QStringLiteral("--output"), QStringLiteral("x.pdf") }
                                         << QStringLiteral("mois invalide : octobre");
        QTest::newRow("--from invalide") << QStringList { QStringLiteral("activity"), QStringLiteral("export"),
            QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"),
            QStringLiteral("2026-10-31"), QStringLiteral("--output"), QStringLiteral("x.csv") }
                                         << QStringLiteral("date invalide pour --from : 2026-13-01");
        QTest::newRow("--to invalide") << QStringList { QStringLiteral("activity"), QStringLiteral("export"),
            QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
            QStringLiteral("2026-10-32"), QStringLiteral("--output"), QStringLiteral("x.csv") }
                                       << QStringLiteral("date invalide pour --to : 2026-10-32");
        QTest::newRow("à l'envers") << QStringList { QStringLiteral("activity"), QStringLiteral("export"),
            QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
            QStringLiteral("2026-09-01"), QStringLiteral("--output"), QStringLiteral("x.csv") }
                                    << QStringLiteral("--to (2026-09-01) est avant --from (2026-10-01)");
    }
    void dateErrorsSayWhatIsWrong()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = escale(QStringList { QStringLiteral("--database"), dir.filePath(QStringLiteral("e.sqlite")),
                                 QStringLiteral("--lang"), QStringLiteral("fr") }
            + args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
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
