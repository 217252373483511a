// The « Carte » section's places page, driven as a person would: type, filter, read the list.
#include "TestSupport.h"
#include "places/PlaceImporter.h"
#include "places/PlaceSheet.h"
#include "ui/places/PlaceDetailsDialog.h"
#include "ui/places/PlaceImportDialog.h"
#include "ui/places/PlacesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace escale;

class TestPlacesPage : public QObject
{
    Q_OBJECT

    static void importFixtures(storage::Database &db)
    {
        places::PlaceImporter importer(db);
        for (const char *f : { "standard-v2.csv", "standard-v1.csv", "standard-v2.json", "france-services.csv" })
            QVERIFY(importer.importFile(test::testData(QStringLiteral("places/") + QString::fromLatin1(f))).ok());
    }

private slots:
    void typingFiltersTheList_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("count");
        QTest::newRow("rien : tous") << QString() << 10;
        QTest::newRow("« dígne »") << QStringLiteral("dígne") << 1;
        QTest::newRow("« 04 » préfixe de code postal") << QStringLiteral("04") << 10;
        QTest::newRow("« seyne »") << QStringLiteral("seyne") << 1;
    }
    void typingFiltersTheList()
    {
        QFETCH(QString, typed);
        QFETCH(int, count);
        test::TempDatabase db;
        importFixtures(*db);
        ui::PlacesPage page(AppServices { *db, db.clock });
        page.resize(1200, 700);
        page.show();
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        QVERIFY(search);
        search->setFocus();
        search->insert(typed); // keyClicks cannot type « í »: insert as an input method would
        page.refresh(); // the page waits 200 ms after the last key; do not wait in a test
        auto *list = page.findChild<QListWidget *>(QStringLiteral("resultsListWidget"));
        QCOMPARE(list->count(), count);
    }

    void filtersNarrowTheList()
    {
        test::TempDatabase db;
        importFixtures(*db);
        ui::PlacesPage page(AppServices { *db, db.clock });
        auto *list = page.findChild<QListWidget *>(QStringLiteral("resultsListWidget"));
        QCOMPARE(list->count(), 0); // nothing searched before the section is shown
        page.show();
        QCOMPARE(list->count(), 10);
        auto *pass = page.findChild<QCheckBox *>(QStringLiteral("passCheckBox"));
        pass->setChecked(true);
        QCOMPARE(list->count(), 2);
        pass->setChecked(false);
        auto *typologie = page.findChild<QComboBox *>(QStringLiteral("typologieComboBox"));
        typologie->setCurrentIndex(typologie->findData(QStringLiteral("RFS")));
        QCOMPARE(list->count(), 4);
        // « Ouvert maintenant » at the fixed clock: Saturday 21 November 2026, 10:30 in Paris.
        typologie->setCurrentIndex(0);
        page.findChild<QCheckBox *>(QStringLiteral("openNowCheckBox"))->setChecked(true);
        QStringList open;
        for (int i = 0; i < list->count(); ++i)
            open << list->item(i)->text().section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(open.contains(QStringLiteral("Espace numérique de Dígne")), qPrintable(open.join(QLatin1Char(';'))));
        QVERIFY(!open.contains(QStringLiteral("CCAS de Sisteron"))); // Mo,Th only
    }

    void detailsDialogShowsTheSheet()
    {
        test::TempDatabase db;
        importFixtures(*db);
        const auto all = places::PlaceStore(*db).all();
        places::Place digne;
        for (const auto &p : all)
            if (p.nom.contains(QStringLiteral("Dígne")))
                digne = p;
        ui::PlaceDetailsDialog dialog(AppServices { *db, db.clock }, digne);
        auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("sheetTextBrowser"));
        const QString text = browser->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Espace numérique de Dígne")));
        QVERIFY(text.contains(QStringLiteral("12 boulevard Gassendi")));
        QVERIFY(text.contains(QStringLiteral("Aide aux démarches administratives")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("printButton")));
        dialog.resize(640, 620);
        dialog.show();
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS"))
            dialog.grab().save(QStringLiteral("/tmp/places-details.png"));
    }

    void placeSheetIsWrittenAsPdf()
    {
        test::TempDatabase db;
        importFixtures(*db);
        places::Place digne;
        for (const auto &p : places::PlaceStore(*db).all())
            if (p.nom.contains(QStringLiteral("Dígne")))
                digne = p;
        const auto doc = places::PlaceSheet::build(digne, QStringLiteral("EPN de test"), db.clock.nowLocal());
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(QStringLiteral("04000 Digne-les-Bains")));
        QVERIFY(text.contains(QStringLiteral("09:00 – 12:00")));
        const QString pdf = qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")
            ? QStringLiteral("/tmp/place-sheet.pdf")
            : db.dir.filePath(QStringLiteral("sheet.pdf"));
        ESCALE_VERIFY_OK(places::PlaceSheet::writePdf(digne, QStringLiteral("EPN de test"), db.clock.nowLocal(), pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }

    void importDialogPreviewsThenImportsOffTheGuiThread()
    {
        test::TempDatabase db;
        ui::PlaceImportDialog dialog(AppServices { *db, db.clock });
        dialog.setFile(test::testData(QStringLiteral("places/standard-v2.csv")));
        QSignalSpy imported(&dialog, &ui::PlaceImportDialog::imported);
        auto *preview = dialog.findChild<QPushButton *>(QStringLiteral("previewButton"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTableWidget"));
        preview->click();
        QTRY_COMPARE(table->rowCount(), 3);
        QCOMPARE(places::PlaceStore(*db).count(), 0); // preview writes nothing
        dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(places::PlaceStore(*db).count(), 3);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("3")));
        if (qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS")) {
            dialog.show();
            dialog.grab().save(QStringLiteral("/tmp/places-import.png"));
        }
    }

    void screenshot()
    {
        if (!qEnvironmentVariableIsSet("ESCALE_SCREENSHOTS"))
            QSKIP("set ESCALE_SCREENSHOTS=1 to write /tmp/places-page.png");
        test::TempDatabase db;
        importFixtures(*db);
        ui::PlacesPage page(AppServices { *db, db.clock });
        page.resize(1366, 700);
        page.show();
        QTest::qWait(500);
        page.grab().save(QStringLiteral("/tmp/places-page.png"));
    }
};

QTEST_MAIN(TestPlacesPage)
#include "TestPlacesPage.moc"
