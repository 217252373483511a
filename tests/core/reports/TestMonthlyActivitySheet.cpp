#include "TestSupport.h"

#include "activity/Activity.h"
#include "reports/MonthlyActivitySheet.h"
#include "structure/StructureProfile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>

using namespace escale;

namespace {

void addActivity(storage::Database &db, const QDate &date, const QString &type, const QStringList &thematiques)
{
    activity::ActivityStore store(db);
    activity::Activity a;
    a.type = type;
    a.date = date;
    a.dureeMinutes = 60;
    a.thematiques = thematiques;
    a.materiel = { QStringLiteral("ordinateur") };
    if (type == QStringLiteral("collectif")) {
        a.anonymousParticipants = 5;
        a.niveau = QStringLiteral("debutant");
    }
    auto r = store.create(a);
    if (!r)
        qFatal("%s", qPrintable(r.errorMessage()));
}

// A small, fixed month: the text of its sheet is the golden file.
void fillFixedMonth(test::TempDatabase &db)
{
    structure::StructureStore structures(*db);
    structure::StructureProfile p;
    p.nom = QStringLiteral("Espace numérique de Thoard");
    p.adresse = QStringLiteral("2 rue de l'Église");
    p.commune = QStringLiteral("Thoard");
    p.codePostal = QStringLiteral("04380");
    if (auto r = structures.save(p); !r)
        qFatal("%s", qPrintable(r.errorMessage()));
    addActivity(*db, QDate(2026, 10, 2), QStringLiteral("individuel"), { QStringLiteral("email") });
    addActivity(
        *db, QDate(2026, 10, 15), QStringLiteral("individuel"), { QStringLiteral("email"), QStringLiteral("sante") });
    addActivity(*db, QDate(2026, 10, 31), QStringLiteral("collectif"), { QStringLiteral("securite_numerique") });
    addActivity(*db, QDate(2026, 9, 30), QStringLiteral("individuel"), { QStringLiteral("email") });
    addActivity(*db, QDate(2025, 10, 10), QStringLiteral("ponctuel"), { QStringLiteral("email") });
}

} // namespace

class TestMonthlyActivitySheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sheetTextMatchesTheGoldenFile()
    {
        test::TempDatabase db;
        fillFixedMonth(db);
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 10, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        QCOMPARE(data->current.activities, 3);
        QCOMPARE(data->previousMonth.activities, 1);
        QCOMPARE(data->sameMonthLastYear.activities, 1);
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        const QString golden = test::testData(QStringLiteral("reports/monthly-sheet-2026-10.txt"));
        if (qEnvironmentVariableIsSet("ESCALE_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
        }
        QFile file(golden);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden));
        QCOMPARE(text, QString::fromUtf8(file.readAll()));
    }

    void emptyMonthSaysSo()
    {
        test::TempDatabase db;
        auto data = reports::collectMonthlySheet(*db, QDate(2026, 3, 1), db.clock);
        ESCALE_VERIFY_OK(data);
        const QString text = reports::buildMonthlySheet(*data)->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Mars 2026")), qPrintable(text));
        QVERIFY(text.contains(
            QCoreApplication::translate("escale::reports::MonthlyActivitySheet", "No activity was recorded in %1.")
                .arg(QStringLiteral("Mars 2026"))));
        const QString pdf = db.dir.filePath(QStringLiteral("empty.pdf"));
        ESCALE_VERIFY_OK(reports::writeMonthlySheet(*db, QDate(2026, 3, 1), db.clock, pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void firstPageRendersToPng()
    {
        test::TempDatabase db;
        fillFixedMonth(db);
        const QString pdf = db.dir.filePath(QStringLiteral("sheet.pdf"));
        ESCALE_VERIFY_OK(reports::writeMonthlySheet(*db, QDate(2026, 10, 1), db.clock, pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed: the PDF is checked by its header only");
        const QString prefix = db.dir.filePath(QStringLiteral("page"));
        QProcess p;
        p.start(pdftoppm,
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QDir dir(db.dir.path());
        const QStringList pages = dir.entryList({ QStringLiteral("page*.png") });
        QCOMPARE(pages.size(), 1);
        QImage image(dir.filePath(pages.first()));
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > image.width()); // A4 portrait
        // Something is drawn: not a blank page.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                if (qGray(image.pixel(x, y)) < 128)
                    ++dark;
        QVERIFY(dark > 100);
    }

    void chartsHaveTheRequestedSize()
    {
        QList<activity::MonthPoint> trend;
        for (int i = 0; i < 12; ++i)
            trend.append({ QDate(2026, 1, 1).addMonths(i), i * 3, i * 4 });
        QCOMPARE(reports::trendChart(trend, QSize(600, 200)).size(), QSize(600, 200));
        QCOMPARE(
            reports::horizontalBarChart({ { QStringLiteral("Courriel"), 3 } }, QSize(400, 40)).size(), QSize(400, 40));
    }
};

QTEST_MAIN(TestMonthlyActivitySheet)
#include "TestMonthlyActivitySheet.moc"
