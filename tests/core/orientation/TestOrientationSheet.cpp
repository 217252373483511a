#include "TestSupport.h"

#include "reports/OrientationSheet.h"

#include <QGuiApplication>
#include <QTextDocument>

using namespace escale;
using namespace escale::reports;

class TestOrientationSheet : public QObject
{
    Q_OBJECT

    static OrientationSheetData sample()
    {
        OrientationSheetData d;
        d.structureName = QStringLiteral("Espace numérique des Écrins");
        d.structureAddress = QStringLiteral("2 place de l'Église, 05120 L'Argentière-la-Bessée");
        d.structureTelephone = QStringLiteral("04 92 00 00 00");
        d.mediatorName = QStringLiteral("Amélie Durand");
        d.date = QDate(2026, 11, 21);
        OrientationSheetData::Step rsa;
        rsa.title = QStringLiteral("Revenu de solidarité active (RSA)");
        rsa.summary = QStringLiteral("Le RSA complète les ressources des personnes qui ont peu de revenus.");
        rsa.officeKind = QStringLiteral("Caisse d'allocations familiales");
        rsa.offices.append({QStringLiteral("CAF des Hautes-Alpes"), QStringLiteral("8 avenue du Général de Gaulle, 05000 Gap"),
                            QStringLiteral("Mo-Fr 08:30-12:00; PH off"), QStringLiteral("3230"), 42.35});
        rsa.documents = {QStringLiteral("Une pièce d'identité"), QStringLiteral("Un RIB")};
        rsa.online.append({QStringLiteral("Faire la demande sur caf.fr"), QStringLiteral("https://www.caf.fr"), true});
        d.steps.append(rsa);
        OrientationSheetData::Step css;
        css.title = QStringLiteral("Complémentaire santé solidaire");
        css.officeKind = QStringLiteral("Caisse primaire d'assurance maladie");
        css.documents = {QStringLiteral("Les revenus des 12 derniers mois")};
        d.steps.append(css);
        d.note = QStringLiteral("Rendez-vous pris le 25 novembre.\nApporter les bulletins de salaire.");
        return d;
    }

private slots:
    void sheetTextMatchesTheGoldenFile()
    {
        const auto document = buildOrientationSheet(sample());
        const QString text = document->toPlainText();
        const QString golden = test::testData(QStringLiteral("orientation/sheet-golden.txt"));
        if (qEnvironmentVariableIsSet("ESCALE_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text.toUtf8());
        }
        QFile f(golden);
        QVERIFY2(f.open(QIODevice::ReadOnly), "run once with ESCALE_UPDATE_GOLDEN=1 and review the file");
        QCOMPARE(text, QString::fromUtf8(f.readAll()));
    }

    void noPersonalDataUnlessAFirstNameIsTyped()
    {
        OrientationSheetData d = sample();
        QVERIFY(!buildOrientationSheet(d)->toPlainText().contains(QStringLiteral("Pour ")));
        d.visitorFirstName = QStringLiteral("<b>Léa</b>");
        const QString text = buildOrientationSheet(d)->toPlainText();
        QVERIFY(text.contains(QStringLiteral("<b>Léa</b>"))); // escaped, shown as typed
    }

    void htmlInTreeTextsIsShownVerbatim()
    {
        OrientationSheetData d = sample();
        d.steps[0].title = QStringLiteral("<script>alert(1)</script>RSA");
        d.steps[0].documents = {QStringLiteral("<img src=x onerror=alert(1)>")};
        const auto document = buildOrientationSheet(d);
        QVERIFY(document->toPlainText().contains(QStringLiteral("<script>alert(1)</script>RSA")));
        QVERIFY(document->toPlainText().contains(QStringLiteral("<img src=x onerror=alert(1)>")));
    }

    void openingHoursAreReadable_data()
    {
        QTest::addColumn<QString>("osm");
        QTest::addColumn<QString>("text");
        QTest::newRow("week") << "Mo-Fr 09:00-12:00,14:00-17:00" << "lun.–ven. 09:00-12:00, 14:00-17:00";
        QTest::newRow("saturday off") << "Tu,Th 09:00-12:00; Sa off" << "mar., jeu. 09:00-12:00 ; sam. fermé";
    }

    void openingHoursAreReadable()
    {
        QFETCH(QString, osm);
        QFETCH(QString, text);
        QCOMPARE(readableOpeningHours(osm), text);
    }

    // A heading never ends a page with its list on the next (QA: « Quoi apporter » alone at the foot
    // of page 1, its checkboxes on page 2): whatever the number of offices above it.
    void headingsStayWithTheirList_data()
    {
        QTest::addColumn<int>("offices");
        for (int n = 4; n <= 12; ++n)
            QTest::addRow("%d offices", n) << n;
    }
    void headingsStayWithTheirList()
    {
        QFETCH(int, offices);
        OrientationSheetData d = sample();
        d.steps.removeLast();
        OrientationSheetData::Step &step = d.steps.first();
        for (int i = 1; i < offices; ++i)
            step.offices.append({QStringLiteral("Antenne CAF n° %1").arg(i), QStringLiteral("Rue de la Gare, 05100 Briançon"),
                                 QStringLiteral("Tu 09:00-12:00"), QStringLiteral("3230"), 60.0 + i});
        step.documents = {QStringLiteral("Carte d'identité"), QStringLiteral("Attestation de droits"), QStringLiteral("RIB")};
        const auto document = buildOrientationSheet(d);
        const QStringList alone = headingsAtPageEnd(*document);
        QVERIFY2(alone.isEmpty(), qPrintable(alone.join(QStringLiteral(", "))));
        if (qEnvironmentVariableIsSet("ESCALE_KEEP_PDF") && offices == 8)
            ESCALE_VERIFY_OK(writePdf(*document, orientationSheetInfo(d), qEnvironmentVariable("ESCALE_KEEP_PDF") + QStringLiteral("-8.pdf")));
    }

    void pdfIsWritten()
    {
        QTemporaryDir dir;
        const OrientationSheetData d = sample();
        const auto document = buildOrientationSheet(d);
        const QString path = dir.filePath(QStringLiteral("fiche.pdf"));
        ESCALE_VERIFY_OK(writePdf(*document, orientationSheetInfo(d), path));
        QVERIFY(QFileInfo(path).size() > 1000);
        if (qEnvironmentVariableIsSet("ESCALE_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("ESCALE_KEEP_PDF"));
    }
};

QTEST_MAIN(TestOrientationSheet)
#include "TestOrientationSheet.moc"
