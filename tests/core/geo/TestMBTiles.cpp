#include "geo/MBTilesReader.h"
#include "geo/TileProvider.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace escale;
using namespace escale::geo;

namespace {

QByteArray png(const QColor &color)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A tiny pack: metadata, one tile at zoom 0 and one at zoom 1 (XYZ 1/1/0, the north-east tile, stored
// at TMS row 1).
void writePack(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                                      "tile_data BLOB)")));
        const QList<QPair<QString, QString>> meta = { { QStringLiteral("name"), QStringLiteral("Haute-Provence été") },
            { QStringLiteral("format"), QStringLiteral("png") }, { QStringLiteral("minzoom"), QStringLiteral("0") },
            { QStringLiteral("maxzoom"), QStringLiteral("1") },
            { QStringLiteral("attribution"), QStringLiteral("© Contributeurs d'essai") } };
        for (const auto &[k, v] : meta) {
            q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
            q.addBindValue(k);
            q.addBindValue(v);
            QVERIFY(q.exec());
        }
        const auto addTile = [&](int z, int x, int row, const QByteArray &data) {
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
            q.addBindValue(z);
            q.addBindValue(x);
            q.addBindValue(row);
            q.addBindValue(data);
            QVERIFY(q.exec());
        };
        addTile(0, 0, 0, png(Qt::green));
        addTile(1, 1, 1, png(Qt::red)); // TMS row 1 at zoom 1 = XYZ row 0
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

} // namespace

class TestMBTiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsMetadataAndFlipsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.mbtiles"));
        writePack(path);
        auto reader = MBTilesReader::open(path);
        ESCALE_VERIFY_OK(reader);
        QCOMPARE((*reader)->name(), QStringLiteral("Haute-Provence été"));
        QCOMPARE((*reader)->format(), QStringLiteral("png"));
        QCOMPARE((*reader)->attribution(), QStringLiteral("© Contributeurs d'essai"));
        QCOMPARE((*reader)->tileCount(), 2);
        QCOMPARE((*reader)->minZoom(), 0);
        QCOMPARE((*reader)->maxZoom(), 1);
        QVERIFY((*reader)->describe().contains(QStringLiteral("name : Haute-Provence été")));

        auto northEast = (*reader)->tile(1, 1, 0);
        ESCALE_VERIFY_OK(northEast);
        QVERIFY(!northEast->isEmpty());
        QCOMPARE(QImage::fromData(*northEast).pixelColor(10, 10), QColor(Qt::red));
        // The same tile asked with the TMS row (1) is the south-east one: not in the pack.
        auto southEast = (*reader)->tile(1, 1, 1);
        ESCALE_VERIFY_OK(southEast);
        QVERIFY(southEast->isEmpty());
        auto outside = (*reader)->tile(1, 5, 0);
        ESCALE_VERIFY_OK(outside);
        QVERIFY(outside->isEmpty());
    }

    void providerDecodesOnItsThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.mbtiles"));
        writePack(path);
        auto provider = MBTilesTileProvider::open(path);
        ESCALE_VERIFY_OK(provider);
        QCOMPARE((*provider)->attribution(), QStringLiteral("© Contributeurs d'essai"));
        QSignalSpy spy(provider->get(), &TileProvider::tileReady);
        (*provider)->requestTile(1, 1, 0);
        (*provider)->requestTile(1, 0, 0);
        QTRY_COMPARE(spy.count(), 2);
        const QImage first = spy.at(0).at(3).value<QImage>();
        QCOMPARE(first.pixelColor(5, 5), QColor(Qt::red));
        QVERIFY(spy.at(1).at(3).value<QImage>().isNull());
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("vide") << QByteArray() << QStringLiteral("geo.mbtiles.empty");
        QTest::newRow("texte") << QByteArray("ceci n'est pas une base SQLite, désolé\n")
                               << QStringLiteral("geo.mbtiles.corrupt");
        QByteArray corrupt("SQLite format 3");
        corrupt.append('\0');
        corrupt.append(QByteArray(4096, '\xAB'));
        QTest::newRow("en-tête SQLite puis rien") << corrupt << QStringLiteral("geo.mbtiles.corrupt");
    }
    void badFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("carte abîmée.mbtiles"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto reader = MBTilesReader::open(path);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, code);
        QVERIFY2(reader.error().message.contains(QStringLiteral("carte abîmée.mbtiles")),
            qPrintable(reader.error().message));
    }

    void sqliteWithoutTilesIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("autre.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                                          "tile_row INTEGER, tile_data BLOB)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto reader = MBTilesReader::open(path);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, QStringLiteral("geo.mbtiles.no-tiles"));

        const QString plain = dir.filePath(QStringLiteral("sans-tables.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(plain);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE lieux (nom TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        auto other = MBTilesReader::open(plain);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("geo.mbtiles.corrupt"));
        QVERIFY(other.error().message.contains(QStringLiteral("metadata")));
    }
};

QTEST_MAIN(TestMBTiles)
#include "TestMBTiles.moc"
