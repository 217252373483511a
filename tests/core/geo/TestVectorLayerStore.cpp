#include "geo/MapRenderer.h"
#include "geo/VectorLayerStore.h"

#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace escale;
using namespace escale::geo;

namespace {

QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

const QByteArray TwoDepartements = R"({"type":"FeatureCollection","features":[
  {"type":"Feature","properties":{"code":"04","nom":"Alpes-de-Haute-Provence"},
   "geometry":{"type":"Polygon","coordinates":[[[5.5,43.7],[6.9,43.7],[6.9,44.7],[5.5,44.7],[5.5,43.7]]]}},
  {"type":"Feature","properties":{"code":"05","nom":"Hautes-Alpes"},
   "geometry":{"type":"Polygon","coordinates":[[[5.4,44.2],[7.1,44.2],[7.1,45.1],[5.4,45.1],[5.4,44.2]]]}}]})";

int layerRows(storage::Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM geo_layers"));
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestVectorLayerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importListToggleAndLoad()
    {
        test::TempDatabase db;
        VectorLayerStore store(*db);
        QTemporaryDir dir;
        auto imported
            = store.importGeoJson(writeFile(dir, QStringLiteral("départements-alpins.geojson"), TwoDepartements));
        ESCALE_VERIFY_OK(imported);
        QCOMPARE(imported->name, QStringLiteral("départements-alpins"));
        QCOMPARE(imported->sourceFile, QStringLiteral("départements-alpins.geojson"));
        QCOMPARE(imported->featureCount, 2);
        QVERIFY(imported->visible);
        QCOMPARE(imported->createdAt, QStringLiteral("2026-11-21T09:30:00.000Z"));
        QVERIFY(std::abs(imported->bounds.north - 45.1) < 1e-9);

        auto second = store.importGeoJson(
            writeFile(dir, QStringLiteral("b.geojson"), TwoDepartements), QStringLiteral("Communes de PACA"));
        ESCALE_VERIFY_OK(second);
        QCOMPARE(second->name, QStringLiteral("Communes de PACA"));
        QVERIFY(second->stroke != imported->stroke);

        ESCALE_VERIFY_OK(store.setVisible(imported->id, false));
        auto all = store.list();
        ESCALE_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, imported->id); // import order
        QCOMPARE(all->at(0).visible, false);
        QCOMPARE(all->at(1).visible, true);

        auto loaded = store.load(imported->id);
        ESCALE_VERIFY_OK(loaded);
        QCOMPARE((*loaded)->size(), 2);
        QCOMPARE((*loaded)->features.at(1).name(), QStringLiteral("Hautes-Alpes"));

        ESCALE_VERIFY_OK(store.rename(second->id, QStringLiteral("Communes 2018")));
        QVERIFY(!store.rename(second->id, QStringLiteral("  ")).ok());
        ESCALE_VERIFY_OK(store.remove(imported->id));
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.list()->first().name, QStringLiteral("Communes 2018"));
        QVERIFY(!store.load(imported->id).ok());
    }

    void attributionReadFromTheFileOrGiven_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none said") << QByteArray() << QString() << QString();
        QTest::newRow("attribution member")
            << QByteArray(R"j("attribution": "Contours : IGN – ADMIN EXPRESS COG 2018 (Licence Ouverte)",)j") << QString()
            << QStringLiteral("Contours : IGN – ADMIN EXPRESS COG 2018 (Licence Ouverte)");
        QTest::newRow("licence member, spaces tidied")
            << QByteArray(R"("licence": "  ODbL   1.0 ",)") << QString() << QStringLiteral("ODbL 1.0");
        QTest::newRow("license member") << QByteArray(R"("license": "CC-BY 4.0",)") << QString()
                                        << QStringLiteral("CC-BY 4.0");
        QTest::newRow("given wins") << QByteArray(R"("attribution": "from the file",)")
                                    << QStringLiteral("Contours : IGN") << QStringLiteral("Contours : IGN");
        // A feature's own property is not the layer's licence.
        QTest::newRow("only in a feature") << QByteArray() << QString() << QString();
    }

    void attributionReadFromTheFileOrGiven()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, given);
        QFETCH(QString, expected);
        test::TempDatabase db;
        QTemporaryDir dir;
        QByteArray json = TwoDepartements;
        json.replace(R"("properties":{"code":"04")", R"("properties":{"attribution":"not this","code":"04")");
        json.insert(1, head);
        VectorLayerStore store(*db);
        auto layer = store.importGeoJson(writeFile(dir, QStringLiteral("deps.geojson"), json), {}, given);
        ESCALE_VERIFY_OK(layer);
        QCOMPARE(layer->attribution, expected);
        auto listed = store.list();
        ESCALE_VERIFY_OK(listed);
        QCOMPARE(listed->first().attribution, expected);
    }

    void attributionEditedAndReachesTheMapExtract()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        VectorLayerStore store(*db);
        auto layer = store.importGeoJson(writeFile(dir, QStringLiteral("deps.geojson"), TwoDepartements));
        ESCALE_VERIFY_OK(layer);
        QCOMPARE(layer->attribution, QString());
        ESCALE_VERIFY_OK(store.setAttribution(layer->id, QStringLiteral("  Contours : IGN – ADMIN EXPRESS\n(Licence Ouverte) ")));
        QCOMPARE(store.list()->first().attribution, QStringLiteral("Contours : IGN – ADMIN EXPRESS (Licence Ouverte)"));
        // A document's map extract around Digne carries the visible layer with its line…
        const MapExtractRequest near = MapExtractRequest::fromDatabase(*db, 44.09, 6.23);
        QCOMPARE(near.storedLayers.size(), 1);
        QCOMPARE(near.storedLayers.first().attribution,
                 QStringLiteral("Contours : IGN – ADMIN EXPRESS (Licence Ouverte)"));
        // … and not once the layer is hidden.
        ESCALE_VERIFY_OK(store.setVisible(layer->id, false));
        QCOMPARE(MapExtractRequest::fromDatabase(*db, 44.09, 6.23).storedLayers.size(), 0);
    }

    void badFileLeavesNothingBehind()
    {
        test::TempDatabase db;
        VectorLayerStore store(*db);
        QTemporaryDir dir;
        QByteArray truncated = TwoDepartements.left(TwoDepartements.size() / 2);
        auto result = store.importGeoJson(writeFile(dir, QStringLiteral("tronqué.geojson"), truncated));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("tronqué.geojson")));
        auto empty = store.importGeoJson(
            writeFile(dir, QStringLiteral("vide.geojson"), R"({"type":"FeatureCollection","features":[]})"));
        QVERIFY(!empty.ok());
        QCOMPARE(layerRows(*db), 0);
    }

    void mapSettingsRoundTrip()
    {
        test::TempDatabase db;
        MapSettings defaults = MapSettings::load(*db);
        QCOMPARE(defaults.onlineTiles, false);
        QCOMPARE(defaults.basemapVisible, true);
        MapSettings s;
        s.onlineTiles = true;
        s.tileUrl = QStringLiteral("https://tuiles.example.org/{z}/{x}/{y}.png");
        s.tileAttribution = QStringLiteral("© Tuiles d'essai");
        s.mbtilesPath = QStringLiteral("/media/clé/région.mbtiles");
        s.basemapVisible = false;
        ESCALE_VERIFY_OK(s.save(*db));
        const MapSettings back = MapSettings::load(*db);
        QCOMPARE(back.onlineTiles, true);
        QCOMPARE(back.tileUrl, s.tileUrl);
        QCOMPARE(back.tileAttribution, s.tileAttribution);
        QCOMPARE(back.mbtilesPath, s.mbtilesPath);
        QCOMPARE(back.basemapVisible, false);
    }
};

QTEST_GUILESS_MAIN(TestVectorLayerStore)
#include "TestVectorLayerStore.moc"
