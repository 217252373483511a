// The command-line contract of the cheques commands (DESIGN.md §11): exit 0 / 1 / 2, errors on stderr,
// --json for machines. Runs the built `escale` binary (ESCALE_BINARY); the binary uses the system clock,
// so dates are taken from today.
#include "EscaleProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestChequesCommands : public QObject
{
    Q_OBJECT

    using Run = escale::test::EscaleRun;

    QTemporaryDir m_dir;

    Run escale(const QStringList &args)
    {
        return escale::test::runEscale(args, escale::test::prefixedBy({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("escale.sqlite")),
                                                         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("cheques")}));
    }

    static QString thisMonth() { return QDate::currentDate().toString(QStringLiteral("yyyy-MM")); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("ESCALE_BINARY")), "ESCALE_BINARY not set"); }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("receive sans dispositif")
            << QStringList { QStringLiteral("receive"), QStringLiteral("--range"), QStringLiteral("0001..0010") };
        QTest::newRow("receive, plage et fichier") << QStringList { QStringLiteral("receive"),
            QStringLiteral("--scheme"), QStringLiteral("aptic"), QStringLiteral("--range"),
            QStringLiteral("0001..0010"), QStringLiteral("--file"), QStringLiteral("x.txt") };
        QTest::newRow("plage sans deux points") << QStringList { QStringLiteral("receive"), QStringLiteral("--scheme"),
            QStringLiteral("aptic"), QStringLiteral("--range"), QStringLiteral("0001-0010") };
        QTest::newRow("redeem sans code") << QStringList { QStringLiteral("redeem") };
        QTest::newRow("list, statut inconnu")
            << QStringList { QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("perdu") };
        QTest::newRow("claim, mois invalide") << QStringList { QStringLiteral("claim"), QStringLiteral("--month"),
            QStringLiteral("octobre"), QStringLiteral("--output"), QStringLiteral("x.pdf") };
        QTest::newRow("claim sans sortie")
            << QStringList { QStringLiteral("claim"), QStringLiteral("--month"), QStringLiteral("2026-10") };
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        const Run r = escale(args);
        QCOMPARE(r.status, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void receiveRedeemListClaim()
    {
        const QString year = QString::number(QDate::currentDate().year());
        Run r = escale({ QStringLiteral("receive"), QStringLiteral("--scheme"), QStringLiteral("aptic"),
            QStringLiteral("--range"), QStringLiteral("00001001..00001020"), QStringLiteral("--booklet"),
            QStringLiteral("C-12"), QStringLiteral("--issue-year"), year, QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 20);

        // The same range again: refused, nothing recorded twice.
        r = escale({ QStringLiteral("receive"), QStringLiteral("--scheme"), QStringLiteral("aptic"),
            QStringLiteral("--range"), QStringLiteral("00001015..00001030") });
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("00001015")));
        // Ends of different lengths.
        r = escale({ QStringLiteral("receive"), QStringLiteral("--scheme"), QStringLiteral("aptic"),
            QStringLiteral("--range"), QStringLiteral("0001..00010") });
        QCOMPARE(r.status, 1);

        // From a file, with scanner noise and a BOM.
        const QString file = m_dir.filePath(QStringLiteral("codes.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF]C1PN0000001\r\npn-0000002\r\n\r\n");
        f.close();
        r = escale({ QStringLiteral("receive"), QStringLiteral("--scheme"), QStringLiteral("pass_numerique"),
            QStringLiteral("--file"), file });
        QCOMPARE(r.status, 0);

        r = escale({ QStringLiteral("redeem"), QStringLiteral("0000 1003"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("result")).toString(), QStringLiteral("redeemed"));
        QCOMPARE(r.json().value(QStringLiteral("amount")).toString(), QStringLiteral("10.00"));
        r = escale({ QStringLiteral("redeem"), QStringLiteral("00001003"), QStringLiteral("--json") });
        QCOMPARE(r.status, 1);
        QCOMPARE(r.json().value(QStringLiteral("result")).toString(), QStringLiteral("already-redeemed"));
        r = escale({ QStringLiteral("redeem"), QStringLiteral("00001003") });
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("Already redeemed")));
        r = escale({ QStringLiteral("redeem"), QStringLiteral("?!") });
        QCOMPARE(r.status, 1);
        r = escale({ QStringLiteral("redeem"), QStringLiteral("99999999") });
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("--foreign")));
        r = escale({ QStringLiteral("redeem"), QStringLiteral("99999999"), QStringLiteral("--foreign"),
            QStringLiteral("--scheme"), QStringLiteral("aptic") });
        QCOMPARE(r.status, 0);
        QVERIFY(escale({ QStringLiteral("redeem"), QStringLiteral("pn0000002"), QStringLiteral("--scheme"),
                           QStringLiteral("pass_numerique") })
                    .status
            == 0);

        r = escale({ QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("encaisse"),
            QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 3);
        r = escale({ QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("en_stock") });
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("00001020")));

        r = escale({ QStringLiteral("incidents"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 0);

        const QString pdf = m_dir.filePath(QStringLiteral("bordereau.pdf"));
        const QString csv = m_dir.filePath(QStringLiteral("bordereau.csv"));
        r = escale({ QStringLiteral("claim"), QStringLiteral("--month"), thisMonth(), QStringLiteral("--output"), pdf,
            QStringLiteral("--csv"), csv, QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(r.json().value(QStringLiteral("amount")).toString(), QStringLiteral("30.00"));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        // Each claim with its bordereau reference, the one printed on the statement's pages.
        const QJsonArray claims = r.json().value(QStringLiteral("claims")).toArray();
        QVERIFY(!claims.isEmpty());
        QStringList references;
        for (const QJsonValue &v : claims) {
            const QString reference = v.toObject().value(QStringLiteral("reference")).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^BR-%1-[0-9A-Z]{6}$").arg(thisMonth())).match(reference).hasMatch(),
                     qPrintable(reference));
            references << reference;
        }
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Mois;Dispositif;"));
        QCOMPARE(bytes.count('\n'), 4);

        // Again: nothing new to claim; the statement is written again, nothing recorded twice.
        r = escale({ QStringLiteral("claim"), QStringLiteral("--month"), thisMonth(), QStringLiteral("--output"), pdf,
            QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("newClaims")).toInt(), 0);
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 3);
        // The text says so in one message, with no « N cheques claimed » line that would have the claim sent
        // twice (QA 4, #2); the month as a sentence writes it; the references of the existing claims follow.
        const QDate today = QDate::currentDate();
        const QString monthEn = QStringLiteral("%1 %2").arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                                 .monthName(today.month(), QLocale::LongFormat))
                                    .arg(today.year());
        const QString monthFr = QStringLiteral("%1 %2").arg(QLocale(QLocale::French, QLocale::France)
                                                                 .monthName(today.month(), QLocale::LongFormat))
                                    .arg(today.year());
        r = escale({ QStringLiteral("claim"), QStringLiteral("--month"), thisMonth(), QStringLiteral("--output"), pdf });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Nothing left to claim for %1: the 3 cheques").arg(monthEn)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("No new claim was made")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("claimed for")), qPrintable(r.out));
        for (const QString &reference : std::as_const(references))
            QVERIFY2(r.out.contains(QStringLiteral("Statement %1: ").arg(reference)), qPrintable(r.out));
        const auto inFrench = escale::test::prefixedBy({ QStringLiteral("--database"),
            m_dir.filePath(QStringLiteral("escale.sqlite")), QStringLiteral("--lang"), QStringLiteral("fr"),
            QStringLiteral("cheques") });
        r = escale::test::runEscale(
            { QStringLiteral("claim"), QStringLiteral("--month"), thisMonth(), QStringLiteral("--output"), pdf }, inFrench);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Plus rien à réclamer pour %1 : les 3 chèques").arg(monthFr)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Aucune nouvelle demande")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("réclamés pour")), qPrintable(r.out));
        for (const QString &reference : std::as_const(references))
            QVERIFY2(r.out.contains(QStringLiteral("Bordereau %1 : ").arg(reference)), qPrintable(r.out));

        // A cheque redeemed after the claim: the next run claims that one only, and says so.
        QCOMPARE(escale({ QStringLiteral("redeem"), QStringLiteral("00001004") }).status, 0);
        r = escale::test::runEscale(
            { QStringLiteral("claim"), QStringLiteral("--month"), thisMonth(), QStringLiteral("--output"), pdf }, inFrench);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("1 chèque réclamé pour %1, 10,00").arg(monthFr)), qPrintable(r.out));

        // A month with nothing redeemed: a clear error.
        r = escale({ QStringLiteral("claim"), QStringLiteral("--month"), QStringLiteral("2019-02"),
            QStringLiteral("--output"), pdf });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no cheque was redeemed")), qPrintable(r.err));
    }

    void incidentsAreWrittenForPeople()
    {
        // The demonstration holds a cheque redeemed at two places (QA 4, #10): the text gives the local
        // date and time as the Journal tab does, --json the machine form.
        QTemporaryDir dir;
        const QStringList database { QStringLiteral("--database"), dir.filePath(QStringLiteral("demo.sqlite")) };
        Run r = escale::test::runEscale(database + QStringList { QStringLiteral("demo"), QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = escale::test::runEscale(database
            + QStringList { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("cheques"),
                QStringLiteral("incidents") });
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(r.out));
        const QRegularExpression people(QStringLiteral("^    \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} — encaissé à "));
        for (const QString &line : lines.mid(1))
            QVERIFY2(people.match(line).hasMatch(), qPrintable(line));
        QVERIFY2(!r.out.contains(QStringLiteral("Z —")), qPrintable(r.out));
        r = escale::test::runEscale(database
            + QStringList { QStringLiteral("cheques"), QStringLiteral("incidents"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        const QString first = r.json()
                                  .value(QStringLiteral("incidents"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("redemptions"))
                                  .toArray()
                                  .at(0)
                                  .toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z — "))
                     .match(first)
                     .hasMatch(),
                 qPrintable(first));
    }

    void helpMentionsSync()
    {
        const Run r = escale({ QStringLiteral("incidents"), QStringLiteral("--help") });
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("sync")));
    }
};

QTEST_GUILESS_MAIN(TestChequesCommands)
#include "TestChequesCommands.moc"
