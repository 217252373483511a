#include "TestSupport.h"
#include "places/Place.h"
#include "places/PlaceExporter.h"
#include "places/PlaceImporter.h"
#include "places/PlaceSearch.h"
#include "storage/StatementWriter.h"

#include <QSqlQuery>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace escale;
using namespace escale::places;

namespace {

Place findByName(PlaceStore &store, const QString &nom)
{
    for (const Place &p : store.all())
        if (p.nom == nom)
            return p;
    return {};
}

ImportRowResult::Outcome outcomeOfRow(const ImportReport &r, int row)
{
    for (const auto &x : r.rows)
        if (x.row == row)
            return x.outcome;
    return ImportRowResult::Outcome::Skipped;
}

// Every stored row of `places`, every column as SQL would write it back (quote(): type and value),
// but the columns that differ from one database to another (Escale's id, origin, time).
QStringList storedRows(storage::Database &db)
{
    QSqlQuery q(db.connection());
    QStringList columns;
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('places') ORDER BY cid"));
    while (q.next()) {
        const QString c = q.value(0).toString();
        if (c != QLatin1String("id") && c != QLatin1String("origin") && c != QLatin1String("updated_at"))
            columns << QStringLiteral("quote(%1)").arg(c);
    }
    QStringList rows;
    q.exec(QStringLiteral("SELECT %1 FROM places ORDER BY rowid").arg(columns.join(QStringLiteral(" || '\x1f' || "))));
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

} // namespace

class TestPlaceImporter : public QObject
{
    Q_OBJECT

private slots:
    // The bulk insert goes through SQLite's C API where Qt's driver shares Escale's SQLite (Linux),
    // else through Qt SQL: both write the same rows, value for value and type for type (texts in and
    // out of the BMP, empty texts, NULL and real coordinates, integers, line ends, quotes, guards).
    void bothWritersStoreTheSameRows()
    {
        qInfo() << "SQLite C API available here:" << [] {
            test::TempDatabase probe;
            return storage::StatementWriter::nativeAvailable(*probe);
        }();
        QTemporaryDir dir;
        QList<Place> places;
        for (int i = 0; i < 600; ++i) {
            Place p;
            p.sourceId = QStringLiteral("w-%1").arg(i);
            p.source = QStringLiteral("writers");
            p.nom = i % 3 == 0 ? QStringLiteral("Œuvre « numérique » 😀 %1").arg(i) : QStringLiteral("Lieu %1").arg(i);
            p.commune = QStringLiteral("Digne-les-Bains");
            p.codePostal = i % 5 == 0 ? QStringLiteral("4000") : QStringLiteral("04000");
            p.adresse = QStringLiteral("%1\u00A0rue de l'Hubac").arg(i);
            if (i % 4 != 0) {
                p.latitude = 44.09 + i * 0.0001;
                p.longitude = 6.23 - i * 0.0001;
            }
            p.telephone = i % 2 ? QStringLiteral("04 92 30 52 00") : QString();
            p.presentationDetail = i % 7 == 0 ? QStringLiteral("=SUM(A1)\nsur deux lignes, \"citées\"") : QString();
            p.services = { QStringLiteral("aide_demarches"), QStringLiteral("acces_internet") };
            p.horaires = QStringLiteral("Mo-Fr 09:00-12:00");
            p.acceptsPass = i % 6 == 0;
            p.dateMaj = QStringLiteral("2023-05-17");
            places << p;
        }
        const QString csv = dir.filePath(QStringLiteral("writers.csv"));
        {
            QFile out(csv);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(PlaceExporter::toCsv(places));
        }
        QStringList rows[2];
        for (int mode = 0; mode < 2; ++mode) {
            storage::StatementWriter::setNativeAllowed(mode == 0);
            const auto restore = qScopeGuard([] { storage::StatementWriter::setNativeAllowed(true); });
            test::TempDatabase db;
            PlaceImporter importer(*db);
            auto report = importer.importFile(csv); // 600 rows: the bulk path
            ESCALE_VERIFY_OK(report);
            QCOMPARE(report->added, 600);
            for (const char *f : { "standard-v2.csv", "standard-v1.csv", "standard-v2.json", "france-services.csv" })
                ESCALE_VERIFY_OK(
                    importer.importFile(test::testData(QStringLiteral("places/") + QString::fromLatin1(f))));
            rows[mode] = storedRows(*db);
        }
        QCOMPARE(rows[0].size(), 610);
        QCOMPARE(rows[0], rows[1]);
        QVERIFY(rows[0].first().contains(QStringLiteral("😀")));
    }

    void readsEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("detected");
        QTest::addColumn<int>("added");
        QTest::addColumn<QString>("knownName");
        QTest::addColumn<QString>("knownCommune");
        QTest::newRow("v2 CSV virgule, BOM, retour à la ligne entre guillemets")
            << "standard-v2.csv" << int(ImportFormat::Auto) << "standard-csv" << 3
            << QStringLiteral("Espace numérique de Dígne") << QStringLiteral("Digne-les-Bains");
        QTest::newRow("v2 CSV point-virgule")
            << "standard-v2-semicolon.csv" << int(ImportFormat::Standard) << "standard-csv" << 3
            << QStringLiteral("Tiers-lieu « La Fabrique »") << QStringLiteral("Manosque");
        QTest::newRow("v1 CSV, valeurs séparées par ;")
            << "standard-v1.csv" << int(ImportFormat::Auto) << "standard-csv" << 2
            << QStringLiteral("Médiathèque Élise Roux") << QStringLiteral("Forcalquier");
        QTest::newRow("v2 JSON") << "standard-v2.json" << int(ImportFormat::Auto) << "standard-json" << 2
                                 << QStringLiteral("Cyberbus de l'Ubaye") << QStringLiteral("Jausiers");
        QTest::newRow("liste France Services")
            << "france-services.csv" << int(ImportFormat::FranceServices) << "france-services" << 3
            << QStringLiteral("France services de Seyne") << QStringLiteral("Seyne");
        QTest::newRow("France Services détecté")
            << "france-services.csv" << int(ImportFormat::Auto) << "france-services" << 3
            << QStringLiteral("France services de Valensole") << QStringLiteral("Valensole");
    }
    void readsEveryFormat()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(QString, detected);
        QFETCH(int, added);
        QFETCH(QString, knownName);
        QFETCH(QString, knownCommune);
        test::TempDatabase db;
        PlaceImporter importer(*db);
        ImportOptions options;
        options.format = ImportFormat(format);
        auto report = importer.importFile(test::testData(QStringLiteral("places/") + file), options);
        ESCALE_VERIFY_OK(report);
        QCOMPARE(report->format, detected);
        QCOMPARE(report->added, added);
        QCOMPARE(report->skipped, 0);
        PlaceStore store(*db);
        QCOMPARE(store.count(), added);
        const Place p = findByName(store, knownName);
        QCOMPARE(p.nom, knownName);
        QCOMPARE(p.commune, knownCommune);
        QVERIFY(p.hasCoordinates());
    }

    void v2FieldsAreStoredAsCodes()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        ESCALE_VERIFY_OK(importer.importFile(test::testData(QStringLiteral("places/standard-v2.csv"))));
        PlaceStore store(*db);
        const Place p = findByName(store, QStringLiteral("Espace numérique de Dígne"));
        QCOMPARE(p.sourceId, QStringLiteral("epn-1"));
        QCOMPARE(p.services, (QStringList { QStringLiteral("aide_demarches"), QStringLiteral("outils_quotidien") }));
        QCOMPARE(p.typologie, (QStringList { QStringLiteral("EPN"), QStringLiteral("BIB") }));
        QCOMPARE(p.publics, (QStringList { QStringLiteral("seniors"), QStringLiteral("jeunes") }));
        QCOMPARE(p.dispositifs,
            (QStringList { QStringLiteral("conseillers_numeriques"), QStringLiteral("france_services") }));
        QCOMPARE(p.presentationDetail, QStringLiteral("Ateliers,\nrendez-vous individuels"));
        QCOMPARE(p.itinerance, QStringLiteral("fixe"));
        QVERIFY(p.acceptsPass); // « Gratuit sous condition »
        QCOMPARE(p.codePostal, QStringLiteral("04000"));
        QCOMPARE(*p.latitude, 44.0925);
        const Place tl = findByName(store, QStringLiteral("Tiers-lieu « La Fabrique »"));
        QCOMPARE(tl.dateMaj, QString()); // placeholder 1970-01-01 dropped
        QVERIFY(!tl.acceptsPass);
        const Place ccas = findByName(store, QStringLiteral("CCAS de Sisteron"));
        QCOMPARE(ccas.telephone, QStringLiteral("+33492610000"));
        QVERIFY(p.completeness() > ccas.completeness());
    }

    void v1FieldsAreKeptAndMapped()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        ESCALE_VERIFY_OK(importer.importFile(test::testData(QStringLiteral("places/standard-v1.csv"))));
        PlaceStore store(*db);
        const Place p = findByName(store, QStringLiteral("Médiathèque Élise Roux"));
        QCOMPARE(p.labelsNationaux, (QStringList { QStringLiteral("CNFS"), QStringLiteral("APTIC") }));
        QVERIFY(p.conditionsAcces.contains(QStringLiteral("Accepte le Pass numérique")));
        QVERIFY(p.acceptsPass);
        QVERIFY(p.frais.contains(QStringLiteral("gratuit_sous_condition")));
        QVERIFY(p.dispositifs.contains(QStringLiteral("conseillers_numeriques")));
        QCOMPARE(p.services,
            (QStringList { QStringLiteral("outils_quotidien"), QStringLiteral("acces_internet"),
                QStringLiteral("aide_demarches") }));
        QCOMPARE(p.publics,
            (QStringList { QStringLiteral("familles_enfants"), QStringLiteral("jeunes"), QStringLiteral("seniors") }));
        QCOMPARE(p.publicsAccueillis.size(), 4);
        const Place riez = findByName(store, QStringLiteral("Point numérique de Riez"));
        QVERIFY(!riez.acceptsPass);
        QCOMPARE(riez.dispositifs, QStringList { QStringLiteral("france_services") });
    }

    void franceServicesHoursBecomeOsm()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        ImportOptions o;
        o.format = ImportFormat::FranceServices;
        auto report = importer.importFile(test::testData(QStringLiteral("places/france-services.csv")), o);
        ESCALE_VERIFY_OK(report);
        PlaceStore store(*db);
        const Place seyne = findByName(store, QStringLiteral("France services de Seyne"));
        QCOMPARE(seyne.horaires, QStringLiteral("Mo-Th 09:00-12:00,14:00-17:00; Fr 09:00-12:00"));
        QCOMPARE(seyne.typologie, QStringList { QStringLiteral("RFS") });
        QCOMPARE(seyne.complementAdresse, QStringLiteral("Mairie"));
        QCOMPARE(seyne.itinerance, QStringLiteral("fixe"));
        const Place bus = findByName(store, QStringLiteral("France services itinérante du Val de Durance"));
        QCOMPARE(bus.horaires, QStringLiteral("Tu 08:30-12:00; Th 08:30-12:00,13:30-16:30; Sa 09:00-12:00"));
        QVERIFY(bus.isItinerant());
        const Place valensole = findByName(store, QStringLiteral("France services de Valensole"));
        QVERIFY(valensole.horaires.contains(QStringLiteral("sur rendez-vous"))); // kept verbatim
        bool warned = false;
        for (const auto &row : report->rows)
            warned = warned || (row.nom == valensole.nom && !row.warnings.isEmpty());
        QVERIFY(warned);
    }

    void mappedCsvUsesTheMapping()
    {
        test::TempDatabase db;
        auto mapping = PlaceImporter::readMapping(test::testData(QStringLiteral("places/mapping.json")));
        ESCALE_VERIFY_OK(mapping);
        ImportOptions o;
        o.format = ImportFormat::Mapped;
        o.mapping = mapping.value();
        PlaceImporter importer(*db);
        auto report = importer.importFile(test::testData(QStringLiteral("places/mapped.csv")), o);
        ESCALE_VERIFY_OK(report);
        QCOMPARE(report->added, 2);
        PlaceStore store(*db);
        const Place p = findByName(store, QStringLiteral("Atelier numérique de Oraison"));
        QCOMPARE(p.codePostal, QStringLiteral("04700"));
        QCOMPARE(p.telephone, QStringLiteral("+33492790000"));
        QCOMPARE(p.services, (QStringList { QStringLiteral("aide_demarches"), QStringLiteral("comprehension_monde") }));
        QCOMPARE(p.source, QStringLiteral("mapped")); // the file's base name
    }

    void badMappingIsRefused()
    {
        auto mapping = PlaceImporter::readMapping(test::testData(QStringLiteral("places/mapping-bad.json")));
        QVERIFY(!mapping.ok());
        QVERIFY(mapping.errorMessage().contains(QStringLiteral("ville_inconnue")));
    }

    void badFilesGiveAClearMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("Latin-1") << "latin1.csv"
                                 << "places.encoding"
                                 << "line 2";
        QTest::newRow("JSON tronqué") << "truncated.json"
                                      << "places.truncated"
                                      << "truncated.json";
        QTest::newRow("CSV tronqué") << "truncated.csv"
                                     << "places.truncated"
                                     << "line 2";
        QTest::newRow("pas des lieux") << "not-places.csv"
                                       << "places.not-places"
                                       << "nom";
        QTest::newRow("fichier absent") << "absent.csv"
                                        << "places.open"
                                        << "absent.csv";
    }
    void badFilesGiveAClearMessage()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        test::TempDatabase db;
        PlaceImporter importer(*db);
        auto report = importer.importFile(test::testData(QStringLiteral("places/") + file));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, code);
        QVERIFY2(report.errorMessage().contains(mentions), qPrintable(report.errorMessage()));
        QCOMPARE(PlaceStore(*db).count(), 0);
    }

    void coordinatesAreCheckedRowByRow()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        auto report = importer.importFile(test::testData(QStringLiteral("places/coordinates.csv")));
        ESCALE_VERIFY_OK(report);
        QCOMPARE(report->added, 3);
        QCOMPARE(report->skipped, 2);
        // Row 2 (line 2): swapped, corrected with a warning.
        PlaceStore store(*db);
        const Place swapped = findByName(store, QStringLiteral("Lieu aux coordonnées inversées"));
        QCOMPARE(*swapped.latitude, 44.0925);
        QCOMPARE(*swapped.longitude, 6.2356);
        QVERIFY(!report->rows.at(0).warnings.isEmpty());
        // Line 3: out of range → skipped, reason given.
        QCOMPARE(report->rows.at(1).outcome, ImportRowResult::Outcome::Skipped);
        QCOMPARE(report->rows.at(1).row, 3);
        QVERIFY(report->rows.at(1).reason.contains(QStringLiteral("123.5")));
        // Line 5: no name.
        QCOMPARE(outcomeOfRow(*report, 5), ImportRowResult::Outcome::Skipped);
        QVERIFY(!findByName(store, QStringLiteral("Lieu sans nom ni rien")).hasCoordinates());
    }

    void reimportIsIdempotent()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        const QString file = test::testData(QStringLiteral("places/standard-v2.csv"));
        ESCALE_VERIFY_OK(importer.importFile(file));
        auto again = importer.importFile(file);
        ESCALE_VERIFY_OK(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(PlaceStore(*db).count(), 3);
        // Same places, other separator: still the same places.
        auto semicolon = importer.importFile(test::testData(QStringLiteral("places/standard-v2-semicolon.csv")));
        ESCALE_VERIFY_OK(semicolon);
        QCOMPARE(semicolon->added, 0);
        QCOMPARE(PlaceStore(*db).count(), 3);
    }

    void changedRowIsUpdated()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        ImportRecord r;
        r.row = 1;
        r.fields = { { QStringLiteral("id"), QStringLiteral("x-1") },
            { QStringLiteral("nom"), QStringLiteral("Café numérique") },
            { QStringLiteral("commune"), QStringLiteral("Gap") },
            { QStringLiteral("code_postal"), QStringLiteral("05000") },
            { QStringLiteral("adresse"), QStringLiteral("1 rue Carnot") },
            { QStringLiteral("source"), QStringLiteral("s") } };
        ESCALE_VERIFY_OK(importer.importRecords({ r }, QStringLiteral("a"), QStringLiteral("standard-json"), {}));
        r.fields.insert(QStringLiteral("telephone"), QStringLiteral("0492000000"));
        auto second = importer.importRecords({ r }, QStringLiteral("a"), QStringLiteral("standard-json"), {});
        ESCALE_VERIFY_OK(second);
        QCOMPARE(second->updated, 1);
        QCOMPARE(PlaceStore(*db).all().first().telephone, QStringLiteral("+33492000000"));
    }

    // A large import writes in batches and refills the search indexes once (triggers suspended):
    // afterwards the indexes hold exactly the live places, the triggers are back, and a re-import
    // with changes updates through the batched UPDATE.
    void bulkImportKeepsTheSearchIndexesRight()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        QList<ImportRecord> records;
        for (int i = 0; i < 700; ++i) {
            ImportRecord r;
            r.row = i + 2;
            r.fields = { { QStringLiteral("id"), QStringLiteral("b-%1").arg(i) },
                { QStringLiteral("nom"), QStringLiteral("Tiers-lieu %1").arg(i) },
                { QStringLiteral("commune"), i == 7 ? QStringLiteral("Sisteron") : QStringLiteral("Gap") },
                { QStringLiteral("code_postal"), QStringLiteral("05000") },
                { QStringLiteral("adresse"), QStringLiteral("%1 rue Carnot").arg(i) },
                { QStringLiteral("latitude"), QString::number(44.5 + i * 0.001, 'f', 4) },
                { QStringLiteral("longitude"), QStringLiteral("6.08") },
                { QStringLiteral("source"), QStringLiteral("s") } };
            records << r;
        }
        auto first = importer.importRecords(records, QStringLiteral("big"), QStringLiteral("standard-json"), {});
        ESCALE_VERIFY_OK(first);
        QCOMPARE(first->added, 700);
        QCOMPARE(PlaceStore(*db).count(), 700);
        PlaceSearch search(*db);
        PlaceQuery q;
        q.text = QStringLiteral("sisteron");
        QCOMPARE(search.search(q).size(), 1);
        PlaceQuery nearQ;
        nearQ.text = QStringLiteral("gap");
        nearQ.nearLat = 44.5;
        nearQ.nearLon = 6.08;
        nearQ.limit = 3;
        const auto nearest = search.search(nearQ);
        QCOMPARE(nearest.size(), 3);
        QCOMPARE(nearest.first().nom, QStringLiteral("Tiers-lieu 0"));
        if (db->hasFts5()) {
            QSqlQuery t(db->connection());
            QVERIFY(t.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name LIKE 'places_%'")));
            QVERIFY(t.next());
            QCOMPARE(t.value(0).toInt(), 3); // FTS5's insert, delete, update (no R*Tree since migration 0012)
        }
        // Re-import: one changed, the rest unchanged; the change is searchable at once.
        records[7].fields.insert(QStringLiteral("commune"), QStringLiteral("Laragne"));
        auto second = importer.importRecords(records, QStringLiteral("big"), QStringLiteral("standard-json"), {});
        ESCALE_VERIFY_OK(second);
        QCOMPARE(second->updated, 1);
        QCOMPARE(second->unchanged, 699);
        QCOMPARE(search.search(q).size(), 0);
        q.text = QStringLiteral("laragne");
        QCOMPARE(search.search(q).size(), 1);
        // A dry run writes nothing.
        records[7].fields.insert(QStringLiteral("commune"), QStringLiteral("Embrun"));
        ImportOptions dry;
        dry.dryRun = true;
        auto preview = importer.importRecords(records, QStringLiteral("big"), QStringLiteral("standard-json"), dry);
        ESCALE_VERIFY_OK(preview);
        QCOMPARE(preview->updated, 1);
        QCOMPARE(search.search(q).size(), 1);
    }

    void duplicateDetector_data()
    {
        QTest::addColumn<QString>("nomB");
        QTest::addColumn<QString>("adresseB");
        QTest::addColumn<QString>("communeB");
        QTest::addColumn<double>("latB");
        QTest::addColumn<bool>("duplicate");
        // A: « Médiathèque Élise Roux », Place du Bourguet, Forcalquier, 43.9590 5.7800
        QTest::newRow("mêmes nom et adresse, accents et casse différents") << "MEDIATHEQUE ELISE ROUX"
                                                                           << "place du bourguet"
                                                                           << "Forcalquier" << 43.9700 << true;
        QTest::newRow("même nom, 20 m") << "Médiathèque Élise Roux"
                                        << "Autre adresse"
                                        << "Forcalquier" << 43.95918 << true;
        QTest::newRow("même nom, 500 m, autre adresse") << "Médiathèque Élise Roux"
                                                        << "Autre adresse"
                                                        << "Forcalquier" << 43.9635 << false;
        QTest::newRow("veto : autre commune") << "Médiathèque Élise Roux"
                                              << "Place du Bourguet"
                                              << "Manosque" << 43.9590 << false;
        QTest::newRow("autre nom") << "Médiathèque de Forcalquier"
                                   << "Place du Bourguet"
                                   << "Forcalquier" << 43.9590 << false;
    }
    void duplicateDetector()
    {
        QFETCH(QString, nomB);
        QFETCH(QString, adresseB);
        QFETCH(QString, communeB);
        QFETCH(double, latB);
        QFETCH(bool, duplicate);
        Place a;
        a.nom = QStringLiteral("Médiathèque Élise Roux");
        a.adresse = QStringLiteral("Place du Bourguet");
        a.commune = QStringLiteral("Forcalquier");
        a.latitude = 43.9590;
        a.longitude = 5.7800;
        Place b;
        b.nom = nomB;
        b.adresse = adresseB;
        b.commune = communeB;
        b.latitude = latB;
        b.longitude = 5.7800;
        QCOMPARE(DuplicateDetector::isDuplicate(a, b), duplicate);
    }

    void duplicateFromAnotherSourceUpdatesInsteadOfAdding()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        ESCALE_VERIFY_OK(importer.importFile(test::testData(QStringLiteral("places/standard-v1.csv"))));
        ImportRecord r;
        r.row = 1;
        r.fields = { { QStringLiteral("id"), QStringLiteral("autre-99") },
            { QStringLiteral("nom"), QStringLiteral("Mediatheque Elise Roux") },
            { QStringLiteral("commune"), QStringLiteral("Forcalquier") },
            { QStringLiteral("code_postal"), QStringLiteral("04300") },
            { QStringLiteral("adresse"), QStringLiteral("Place du Bourguet") },
            { QStringLiteral("source"), QStringLiteral("autre-source") } };
        auto report = importer.importRecords({ r }, QStringLiteral("b"), QStringLiteral("standard-json"), {});
        ESCALE_VERIFY_OK(report);
        QCOMPARE(report->added, 0);
        QCOMPARE(report->updated, 1);
        QVERIFY(!report->rows.first().reason.isEmpty());
        QCOMPARE(PlaceStore(*db).count(), 2);
    }

    // A large import drops the secondary indexes and the index triggers at its first write (2,000
    // rows) and rebuilds them at the end; cancelled after that write, everything is as before: no
    // place, every index and trigger there, the page cache size back.
    void bulkImportCancelledAfterAWriteLeavesTheSchema()
    {
        test::TempDatabase db;
        ESCALE_VERIFY_OK(PlaceSearch::rebuildIndexes(*db));
        auto schema = [&]() {
            QSqlQuery t(db->connection());
            QStringList out;
            t.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master WHERE tbl_name = 'places' "
                                  "ORDER BY 1"));
            while (t.next())
                out << t.value(0).toString();
            t.exec(QStringLiteral("PRAGMA cache_size"));
            t.next();
            out << QStringLiteral("cache_size %1").arg(t.value(0).toInt());
            return out;
        };
        const QStringList before = schema();
        QVERIFY(before.contains(QStringLiteral("index places_match_key")));
        QList<ImportRecord> records;
        for (int i = 0; i < 2600; ++i) {
            ImportRecord r;
            r.row = i + 2;
            r.fields = { { QStringLiteral("id"), QStringLiteral("c-%1").arg(i) },
                { QStringLiteral("nom"), QStringLiteral("Espace %1").arg(i) },
                { QStringLiteral("latitude"), QStringLiteral("44.1") },
                { QStringLiteral("longitude"), QStringLiteral("6.2") } };
            records << r;
        }
        PlaceImporter importer(*db);
        std::atomic_bool cancel { false };
        importer.setCancelFlag(&cancel);
        importer.setProgressCallback([&](int done, int) {
            if (done >= 2250)
                cancel = true;
        });
        auto report = importer.importRecords(records, QStringLiteral("big"), QStringLiteral("standard-json"), {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QStringLiteral("places.cancelled"));
        QCOMPARE(PlaceStore(*db).count(), 0);
        QCOMPARE(schema(), before);
        // And the same import to its end: every index back, the places searchable.
        importer.setCancelFlag(nullptr);
        auto done = importer.importRecords(records, QStringLiteral("big"), QStringLiteral("standard-json"), {});
        ESCALE_VERIFY_OK(done);
        QCOMPARE(done->added, 2600);
        QCOMPARE(schema(), before);
        PlaceQuery q;
        q.text = QStringLiteral("espace 2599");
        QCOMPARE(PlaceSearch(*db).search(q).size(), 1);
    }

    // A file of more than one chunk of rows is read and mapped on a second thread (RowMapper) while the
    // calling thread matches and writes: its report is row for row the one of the same rows imported a
    // chunk at a time (mapped on the calling thread), in file order, skipped rows and warnings included.
    void largeFileMappedAheadReportsEveryRowInOrder()
    {
        const QString header = QStringLiteral("id,nom,commune,code_postal,adresse,latitude,longitude,horaires\n");
        QString text = header;
        QStringList lines;
        for (int i = 0; i < 3000; ++i) {
            QString id = QStringLiteral("g-%1").arg(i);
            QString nom = QStringLiteral("Espace numérique %1").arg(i);
            QString lat = QStringLiteral("44.%1").arg(1000 + i), lon = QStringLiteral("6.%1").arg(2000 + i);
            QString hours = QStringLiteral("Mo-Fr 09:00-12:00");
            if (i % 997 == 5) { // out of range, either way round: skipped
                lat = QStringLiteral("95.1");
                lon = QStringLiteral("195.2");
            }
            if (i % 1009 == 7)
                hours = QStringLiteral("lundi matin"); // kept verbatim, with a warning
            if (i % 1013 == 11)
                id = QStringLiteral("g-%1").arg(i - 1); // the id again: skipped
            lines << QStringLiteral("%1,%2,Digne-les-Bains,04000,%3 rue Carnot,%4,%5,%6\n")
                         .arg(id, nom)
                         .arg(i)
                         .arg(lat, lon, hours);
        }
        test::TempDatabase whole, parts;
        auto write = [&](const QString &name, const QStringList &rows) {
            const QString path = whole.dir.filePath(name);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write((header + rows.join(QString())).toUtf8());
            return path;
        };
        const QString all = write(QStringLiteral("all.csv"), lines);
        QVERIFY(!all.isEmpty());
        PlaceImporter big(*whole);
        int lastProgress = -1;
        big.setProgressCallback([&](int done, int) {
            QVERIFY(done >= lastProgress);
            lastProgress = done;
        });
        auto report = big.importFile(all);
        ESCALE_VERIFY_OK(report);
        QCOMPARE(report->rows.size(), 3000);
        QCOMPARE(lastProgress, 3000);

        // The same rows, in files of 1000 (each mapped on the calling thread), into another database.
        QList<ImportRowResult> expected;
        PlaceImporter small(*parts);
        for (int first = 0; first < 3000; first += 1000) {
            const QString part = write(QStringLiteral("part-%1.csv").arg(first), lines.mid(first, 1000));
            auto r = small.importFile(part);
            ESCALE_VERIFY_OK(r);
            for (ImportRowResult row : r->rows) {
                row.row += first; // its line in the whole file
                expected << row;
            }
        }
        int skipped = 0, warned = 0;
        for (int i = 0; i < 3000; ++i) {
            const ImportRowResult &got = report->rows.at(i), &want = expected.at(i);
            QCOMPARE(got.row, i + 2);
            QCOMPARE(got.row, want.row);
            QCOMPARE(got.nom, want.nom);
            QCOMPARE(int(got.outcome), int(want.outcome));
            QCOMPARE(got.warnings, want.warnings);
            if (got.outcome == ImportRowResult::Outcome::Skipped)
                ++skipped;
            if (!got.warnings.isEmpty())
                ++warned;
        }
        // Skipped: coordinates out of range (i = 5, 1002, 1999, 2996), ids again (i = 11, 1024, 2037: each
        // in the same part file as the row it repeats). Hours kept as written (i = 7, 1016, 2025): warnings.
        QCOMPARE(skipped, 7);
        QCOMPARE(int(report->rows.at(2996).outcome), int(ImportRowResult::Outcome::Skipped));
        QCOMPARE(warned, 3);
        QVERIFY(!report->rows.at(2025).warnings.isEmpty());
        QCOMPARE(report->added, 3000 - skipped);
        QCOMPARE(PlaceStore(*whole).count(), 3000 - skipped);
        PlaceQuery q;
        q.text = QStringLiteral("numérique 2999");
        QCOMPARE(PlaceSearch(*whole).search(q).size(), 1);
    }

    void cancelWritesNothing()
    {
        test::TempDatabase db;
        PlaceImporter importer(*db);
        std::atomic_bool cancel { false };
        importer.setCancelFlag(&cancel);
        int calls = 0;
        importer.setProgressCallback([&](int, int) {
            ++calls;
            cancel = true;
        });
        auto report = importer.importFile(test::testData(QStringLiteral("places/standard-v2.csv")));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QStringLiteral("places.cancelled"));
        QVERIFY(calls >= 1);
        QCOMPARE(PlaceStore(*db).count(), 0);
    }

    void exportRoundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("CSV") << int(PlaceExporter::Format::Csv);
        QTest::newRow("JSON") << int(PlaceExporter::Format::Json);
    }
    void exportRoundTrip()
    {
        QFETCH(int, format);
        test::TempDatabase source;
        PlaceImporter importer(*source);
        for (const char *f : { "standard-v2.csv", "standard-v2.json", "france-services.csv", "mapped.csv" }) {
            ImportOptions o;
            if (QByteArray(f) == "mapped.csv") {
                o.format = ImportFormat::Mapped;
                o.mapping
                    = PlaceImporter::readMapping(test::testData(QStringLiteral("places/mapping.json"))).valueOr({});
            }
            ESCALE_VERIFY_OK(
                importer.importFile(test::testData(QStringLiteral("places/") + QString::fromLatin1(f)), o));
        }
        const QList<Place> before = PlaceStore(*source).all();
        const QString out = source.dir.filePath(
            format == int(PlaceExporter::Format::Csv) ? QStringLiteral("out.csv") : QStringLiteral("out.json"));
        ESCALE_VERIFY_OK(PlaceExporter::write(before, out, PlaceExporter::Format(format)));

        // Into the same database: nothing changes.
        auto same = importer.importFile(out);
        ESCALE_VERIFY_OK(same);
        QCOMPARE(same->unchanged, int(before.size()));

        // Into a fresh database: the same places.
        test::TempDatabase target;
        PlaceImporter importer2(*target);
        auto fresh = importer2.importFile(out);
        ESCALE_VERIFY_OK(fresh);
        QCOMPARE(fresh->added, int(before.size()));
        const QList<Place> after = PlaceStore(*target).all();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            Place a = before.at(i);
            Place b = after.at(i);
            // The standard has no column for the v1 fields and for Escale's ids.
            if (a.sourceId.isEmpty())
                a.sourceId = a.id;
            a.id = b.id;
            a.labelsNationaux = b.labelsNationaux;
            a.conditionsAcces = b.conditionsAcces;
            a.publicsAccueillis = b.publicsAccueillis;
            QVERIFY2(a.sameDataAs(b), qPrintable(a.nom));
        }
    }

    void exportNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("=") << "=HYPERLINK(\"x\")"
                           << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("@") << "@SUM(A1)"
                           << "'@SUM(A1)";
        QTest::newRow("- texte") << "-2+3"
                                 << "'-2+3";
        QTest::newRow("nombre négatif") << "-0.5"
                                        << "-0.5";
        QTest::newRow("téléphone") << "+33492000000"
                                   << "+33492000000";
        QTest::newRow("accents") << "Médiathèque, « Élise »"
                                 << "\"Médiathèque, « Élise »\"";
    }
    void exportNeutralisesFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(PlaceExporter::csvCell(value), cell);
    }

    void suggestedFileNameFollowsTheStandard()
    {
        QCOMPARE(PlaceExporter::suggestedFileName(
                     QDate(2026, 11, 21), QStringLiteral("Hub du Sud"), QStringLiteral("Alpes-de-Haute-Provence")),
            QStringLiteral("20261121_hub-du-sud_lieux-de-mediation-numerique_alpes-de-haute-provence.csv"));
    }

    void validationFollowsTheStandard()
    {
        Place p;
        p.nom = QStringLiteral("Lieu");
        p.adresse = QStringLiteral("Rue");
        p.commune = QStringLiteral("Gap");
        p.codePostal = QStringLiteral("5000");
        p.telephone = QStringLiteral("12");
        const auto errors = p.validate();
        QVERIFY(errors.contains(QStringLiteral("code_postal")));
        QVERIFY(errors.contains(QStringLiteral("telephone")));
        p.codePostal = QStringLiteral("05000");
        p.telephone = QStringLiteral("+33492000000");
        QVERIFY(p.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlaceImporter)
#include "TestPlaceImporter.moc"
