// The place sheet with its map extract: the document holds the image (basemap, the communes layer
// imported in the database, the marker, the attribution), a place without coordinates gets a line
// instead, and the PDF is written. With ESCALE_SCREENSHOT_DIR set, the PDF is kept there
// (place-sheet-map.pdf) to look at with pdftoppm.
#include "TestSupport.h"

#include "geo/Basemap.h"
#include "geo/VectorLayerStore.h"
#include "places/PlaceSheet.h"

#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTextDocument>

using namespace escale;

namespace {

places::Place digne()
{
    places::Place p;
    p.nom = QStringLiteral("Médiathèque de Digne");
    p.adresse = QStringLiteral("1 rue Colonel Payan");
    p.codePostal = QStringLiteral("04000");
    p.commune = QStringLiteral("Digne-les-Bains");
    p.latitude = 44.0925;
    p.longitude = 6.2356;
    p.horaires = QStringLiteral("Tu-Sa 10:00-18:00");
    p.services = { QStringLiteral("aide_aux_demarches_administratives") };
    p.formationsLabels = { QStringLiteral("SUD LABS (PACA)") };
    p.structureParente = QStringLiteral("Ville de Digne-les-Bains");
    return p;
}

} // namespace

class TestPlaceSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sheetHoldsTheMapExtract()
    {
        test::TempDatabase db;
        // The communes of the region when the shared data is there, else a small square around Digne.
        geo::VectorLayerStore layers(*db);
        const QString communes = test::sharedData(QStringLiteral("geo/communes-provence-alpes-cote-d-azur.geojson"));
        QString layerName;
        if (QFile::exists(communes)) {
            auto imported = layers.importGeoJson(communes, QStringLiteral("Communes"));
            QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
            layerName = imported->name;
        } else {
            const QString path = db.dir.filePath(QStringLiteral("square.geojson"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"({"type":"Polygon","coordinates":[[[6.2,44.05],[6.3,44.05],[6.3,44.15],[6.2,44.15],[6.2,44.05]]]})");
            f.close();
            QVERIFY(layers.importGeoJson(path, QStringLiteral("Communes")).ok());
        }

        const places::Place place = digne();
        const geo::MapExtractRequest request = places::PlaceSheet::mapRequest(*db, place);
        QCOMPARE(request.storedLayers.size(), 1);
        QCOMPARE(request.zoom, 13); // no raster tiles: the commune and its neighbours

        const auto doc = places::PlaceSheet::build(*db, place, QStringLiteral("EPN de test"), db.clock.nowLocal());
        const QVariant resource = doc->resource(QTextDocument::ImageResource, places::PlaceSheet::mapImageUrl());
        QVERIFY(resource.isValid());
        const QImage image = resource.value<QImage>();
        QCOMPARE(image.deviceIndependentSize(), QSizeF(560, 280));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QVERIFY(doc->toHtml().contains(places::PlaceSheet::mapImageUrl().toString()));
        const QString text = doc->toPlainText();
        QVERIFY(doc->toHtml().contains(geo::Basemap::attribution())); // alt text (drawn on the image)
        QVERIFY(text.contains(QStringLiteral("SUD LABS (PACA)")));
        QVERIFY(text.contains(QStringLiteral("Ville de Digne-les-Bains")));

        const QString dir = qEnvironmentVariable("ESCALE_SCREENSHOT_DIR", db.dir.path());
        const QString pdf = dir + QStringLiteral("/place-sheet-map.pdf");
        ESCALE_VERIFY_OK(
            places::PlaceSheet::writePdf(*db, place, QStringLiteral("EPN de test"), db.clock.nowLocal(), pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 20000); // the image is in it
    }

    void placeWithoutCoordinatesSaysSo()
    {
        test::TempDatabase db;
        places::Place place = digne();
        place.latitude.reset();
        place.longitude.reset();
        const auto doc = places::PlaceSheet::build(*db, place, QStringLiteral("EPN de test"), db.clock.nowLocal());
        QVERIFY(!doc->resource(QTextDocument::ImageResource, places::PlaceSheet::mapImageUrl()).isValid());
        QVERIFY(!doc->toHtml().contains(QStringLiteral("<img")));
        // The line (French in the test's locale when translations are loaded; English source otherwise).
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("No map extract")) || text.contains(QStringLiteral("Pas d'extrait")),
            qPrintable(text));
    }

    // The credit line the data's README requires, and coordinates written as the language writes
    // numbers (QA: « 44.10831, 6.23242 » in a French sheet).
    void creditLineAndCoordinatesAreTheLanguages_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("coordinates");
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("44,09250");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("44.09250");
    }
    void creditLineAndCoordinatesAreTheLanguages()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, coordinates);
        const QLocale previous;
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([previous] { QLocale::setDefault(previous); });
        test::TempDatabase db;
        const places::Place place = digne();
        const auto info = places::PlaceSheet::info(place, QStringLiteral("EPN de test"), db.clock.nowLocal());
        QVERIFY2(info.footnote.contains(
                     QStringLiteral("ANCT – Cartographie nationale des lieux d'inclusion numérique / Hub du Sud")),
            qPrintable(info.footnote));
        const auto doc = places::PlaceSheet::build(place, QStringLiteral("EPN de test"), db.clock.nowLocal(), nullptr);
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(coordinates), qPrintable(text));
    }

    void provenanceSaysOnlyWhatIsKnown_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("dateMaj");
        QTest::addColumn<QString>("expected"); // the line, in the test's locale
        QTest::addColumn<QString>("absent");
        const QString may = QLocale().toString(QDate(2023, 5, 17), QStringLiteral("d MMMM yyyy"));
        QTest::newRow("both") << QStringLiteral("cr93") << QStringLiteral("2023-05-17")
                              << QStringLiteral("Source: cr93 — updated %1").arg(may) << QStringLiteral("2023-05-17");
        // A placeholder date was blanked at import: no « updated » with nothing after it.
        QTest::newRow("no date") << QStringLiteral("cr93") << QString() << QStringLiteral("Source: cr93")
                                 << QStringLiteral("updated");
        QTest::newRow("no source") << QString() << QStringLiteral("2023-05-17")
                                   << QStringLiteral("Updated %1").arg(may) << QStringLiteral("Source");
    }

    void provenanceSaysOnlyWhatIsKnown()
    {
        if (qEnvironmentVariableIsSet("ESCALE_QM"))
            QSKIP("assertions in English"); // the date is in the test's locale either way
        QFETCH(QString, source);
        QFETCH(QString, dateMaj);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        test::TempDatabase db;
        places::Place place = digne();
        place.source = source;
        place.dateMaj = dateMaj;
        const auto doc = places::PlaceSheet::build(place, QStringLiteral("EPN de test"), db.clock.nowLocal(), nullptr);
        const QString text = doc->toPlainText();
        const QString last = text.section(QLatin1Char('\n'), -1).trimmed();
        QCOMPARE(last, expected);
        QVERIFY(!last.contains(absent));
    }

    // With neither raster tiles (MBTiles pack, cached online tiles) nor an imported layer, the extract
    // would be the world's outline at a street's scale: a plain patch of land with a dot (QA). The sheet
    // leaves it out; the same place with a layer has it (sheetHoldsTheMapExtract).
    void sheetWithOnlyTheWorldOutlineHasNoMapBox()
    {
        const places::Place place = digne();
        const geo::MapExtract bare = geo::renderMapExtract(places::PlaceSheet::mapRequest(place));
        QVERIFY(!bare.image.isNull());
        QVERIFY(!bare.hasDetail());
        const auto doc = places::PlaceSheet::build(place, QString(), test::fixedNow());
        QVERIFY(!doc->resource(QTextDocument::ImageResource, places::PlaceSheet::mapImageUrl()).isValid());
        QVERIFY(!doc->toHtml().contains(QStringLiteral("<img")));
        QVERIFY(doc->toPlainText().contains(place.nom));
    }
};

QTEST_MAIN(TestPlaceSheet)
#include "TestPlaceSheet.moc"
