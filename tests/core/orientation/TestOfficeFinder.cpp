#include "TestSupport.h"

#include "orientation/OfficeFinder.h"
#include "places/Place.h"
#include "places/PlaceSearch.h"

using namespace escale;
using namespace escale::orientation;

// The nearest offices come from the Places register: by typologie, sorted by distance, with the
// opening described at the given time.
class TestOfficeFinder : public QObject
{
    Q_OBJECT

    static void addPlace(storage::Database &db, const QString &nom, const QString &typologie, const QString &commune,
                         const QString &cp, double lat, double lon, const QString &horaires)
    {
        places::Place p;
        p.nom = nom;
        p.typologie = {typologie};
        p.commune = commune;
        p.codePostal = cp;
        p.adresse = QStringLiteral("1 place de la Mairie");
        p.latitude = lat;
        p.longitude = lon;
        p.horaires = horaires;
        storage::Transaction t(db);
        QVERIFY(places::PlaceStore(db).save(p).ok());
        QVERIFY(t.commit().ok());
    }

private slots:
    void nearestOfTheRightKindFirst()
    {
        test::TempDatabase db;
        addPlace(*db, QStringLiteral("CAF de Digne-les-Bains"), QStringLiteral("CAF"), QStringLiteral("Digne-les-Bains"),
                 QStringLiteral("04000"), 44.092, 6.236, QStringLiteral("Mo-Fr 08:30-12:00"));
        addPlace(*db, QStringLiteral("CAF de Gap"), QStringLiteral("CAF"), QStringLiteral("Gap"), QStringLiteral("05000"),
                 44.559, 6.079, QStringLiteral("Mo-Fr 13:30-16:30"));
        addPlace(*db, QStringLiteral("France Services de Sisteron"), QStringLiteral("RFS"), QStringLiteral("Sisteron"),
                 QStringLiteral("04200"), 44.195, 5.944, QStringLiteral("Mo-Sa 09:00-12:00"));
        QVERIFY(places::PlaceSearch::rebuildIndexes(*db).ok());

        PlaceOfficeFinder finder(*db);
        OfficeQuery q;
        q.typologies = {QStringLiteral("CAF")};
        q.latitude = 44.19; // Sisteron
        q.longitude = 5.94;
        q.at = QDateTime(QDate(2026, 11, 23), QTime(10, 0)); // a Monday morning
        const QList<SuggestedOffice> offices = finder.nearest(q);
        QCOMPARE(offices.size(), 2);
        QCOMPARE(offices.at(0).nom, QStringLiteral("CAF de Digne-les-Bains"));
        QVERIFY(offices.at(0).distanceKm && *offices.at(0).distanceKm < offices.at(1).distanceKm.value_or(0));
        QCOMPARE(offices.at(0).openNow, std::optional<bool>(true));
        QCOMPARE(offices.at(1).openNow, std::optional<bool>(false));
        QVERIFY(!offices.at(1).openingStatus.isEmpty());
        QCOMPARE(offices.at(0).fullAddress(), QStringLiteral("1 place de la Mairie, 04000 Digne-les-Bains"));

        const auto sisteron = finder.locate(QStringLiteral("Sisteron"));
        QVERIFY(sisteron);
        QCOMPARE(sisteron->first, 44.195);
        QVERIFY(finder.locate(QStringLiteral("04200")));
        QVERIFY(!finder.locate(QStringLiteral("Marseille")));
    }
};

QTEST_GUILESS_MAIN(TestOfficeFinder)
#include "TestOfficeFinder.moc"
