#include "TestSupport.h"

#include "activity/Activity.h"
#include "activity/ActivityExport.h"
#include "activity/ActivityStatistics.h"
#include "activity/Beneficiary.h"
#include "activity/DemoData.h"
#include "competencies/DiagnosticStore.h"
#include "orientation/OrientationStore.h"
#include "structure/StructureProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace escale;
using namespace escale::activity;

namespace {

int rowsNaming(storage::Database &db, const QString &table, const QString &beneficiaryId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE beneficiary_id = ?").arg(table));
    q.addBindValue(beneficiaryId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// A person with two diagnostics and an orientation, next to someone else's diagnostic.
QString personWithRecords(storage::Database &db, const QString &lastVisit, const QString &otherId)
{
    BeneficiaryStore people(db);
    Beneficiary b;
    b.prenom = QStringLiteral("Josiane");
    b.nom = QStringLiteral("Garnier");
    b.lastVisit = lastVisit;
    auto id = people.create(b);
    if (!id)
        return {};
    competencies::DiagnosticStore diagnostics(db);
    for (const QString &person : { *id, *id, otherId }) {
        competencies::Diagnostic d;
        d.beneficiaryId = person;
        d.frameworkId = QStringLiteral("escale-premiers-pas");
        d.frameworkVersion = QStringLiteral("1");
        d.date = QDate(2026, 11, 2);
        if (!diagnostics.create(d))
            return {};
    }
    orientation::OrientationRecord o;
    o.treeId = QStringLiteral("escale-default");
    o.treeVersion = QStringLiteral("1");
    o.beneficiaryId = *id;
    if (!orientation::OrientationStore(db).record(o))
        return {};
    return *id;
}

Activity individual(const QDate &date, int minutes = 30)
{
    Activity a;
    a.type = QStringLiteral("individuel");
    a.date = date;
    a.dureeMinutes = minutes;
    a.thematiques = { QStringLiteral("email") };
    a.materiel = { QStringLiteral("ordinateur") };
    return a;
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentagesUseIntegerRounding_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty base") << 0 << 0 << 0;
        QTest::newRow("all") << 7 << 7 << 100;
        QTest::newRow("one third") << 1 << 3 << 33;
        QTest::newRow("two thirds") << 2 << 3 << 67;
        QTest::newRow("half up") << 1 << 8 << 13; // 12.5 → 13
        QTest::newRow("1 of 200") << 1 << 200 << 1; // 0.5 → 1
        QTest::newRow("1 of 201") << 1 << 201 << 0;
    }
    void percentagesUseIntegerRounding()
    {
        QFETCH(int, count);
        QFETCH(int, base);
        QFETCH(int, expected);
        QCOMPARE(percentOf(count, base), expected);
    }

    void monthBoundariesCountEveryDay_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("days");
        QTest::newRow("janvier 31") << 2026 << 1 << 31;
        QTest::newRow("avril 30") << 2026 << 4 << 30;
        QTest::newRow("février 28") << 2026 << 2 << 28;
        QTest::newRow("février bissextile 29") << 2024 << 2 << 29;
    }
    void monthBoundariesCountEveryDay()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, days);
        test::TempDatabase db;
        ActivityStore store(*db);
        const QDate first(year, month, 1);
        // One activity each day of the month, and one on each neighbouring day (outside).
        for (QDate d = first.addDays(-1); d <= first.addMonths(1); d = d.addDays(1))
            ESCALE_VERIFY_OK(store.create(individual(d)));
        auto st = computeStatistics(*db, first, first.addMonths(1).addDays(-1));
        ESCALE_VERIFY_OK(st);
        QCOMPARE(st->activities, days);
        QCOMPARE(st->section(QStringLiteral("type"))->row(QStringLiteral("individuel"))->percent, 100);
        QCOMPARE(st->trend.size(), 12);
        QCOMPARE(st->trend.last().activities, days);
    }

    void emptyMonthGivesZeroesNotErrors()
    {
        test::TempDatabase db;
        auto st = computeStatistics(*db, QDate(2026, 10, 1), QDate(2026, 10, 31));
        ESCALE_VERIFY_OK(st);
        QVERIFY(st->isEmpty());
        QCOMPARE(st->participants, 0);
        for (const StatSection &s : st->sections)
            for (const StatRow &r : s.rows)
                QCOMPARE(r.percent, 0);
    }

    void sectionsCountPeopleAndThematiques()
    {
        test::TempDatabase db;
        ActivityStore store(*db);
        BeneficiaryStore people(*db);
        Beneficiary b;
        b.prenom = QStringLiteral("Éloïse");
        b.nom = QStringLiteral("Démo");
        b.anneeNaissance = 1950;
        b.genre = QStringLiteral("feminin");
        b.statut = QStringLiteral("retraite");
        b.commune = QStringLiteral("Digne-les-Bains");
        auto id = people.create(b);
        ESCALE_VERIFY_OK(id);
        Activity a = individual(QDate(2026, 11, 3), 45);
        a.beneficiaryId = *id;
        a.thematiques = { QStringLiteral("email"), QStringLiteral("sante") };
        ESCALE_VERIFY_OK(store.create(a));
        ESCALE_VERIFY_OK(store.create(individual(QDate(2026, 11, 4), 15))); // anonymous
        Activity w;
        w.type = QStringLiteral("collectif");
        w.date = QDate(2026, 11, 5);
        w.dureeMinutes = 120;
        w.niveau = QStringLiteral("debutant");
        w.thematiques = { QStringLiteral("securite_numerique") };
        w.participantIds = { *id };
        w.anonymousParticipants = 3;
        w.anonymousCounts[QStringLiteral("tranche_age")][QStringLiteral("soixante_dix_plus")] = 2;
        w.lieuKind = lieu::Stop;
        w.lieuId = QStringLiteral("stop-1");
        w.lieuLabel = QStringLiteral("Thoard, place de l'église");
        ESCALE_VERIFY_OK(store.create(w));

        auto st = computeStatistics(*db, QDate(2026, 11, 1), QDate(2026, 11, 30));
        ESCALE_VERIFY_OK(st);
        QCOMPARE(st->activities, 3);
        QCOMPARE(st->participants, 1 + 1 + 4);
        QCOMPARE(st->beneficiaries, 1);
        QCOMPARE(st->anonymousParticipants, 4); // 1 anonymous individual + 3 counted in the workshop
        QCOMPARE(st->section(QStringLiteral("thematiques"))->row(QStringLiteral("email"))->count, 2);
        QCOMPARE(st->section(QStringLiteral("thematiques"))->row(QStringLiteral("email"))->percent, 67);
        QCOMPARE(st->section(QStringLiteral("duree"))->row(QStringLiteral("120_plus"))->count, 1);
        QCOMPARE(st->section(QStringLiteral("duree"))->row(QStringLiteral("moins_30"))->count, 1);
        // Éloïse twice (70+ in 2026), 2 counted 70+, the rest unknown.
        const StatSection *ages = st->section(QStringLiteral("trancheAge"));
        QCOMPARE(ages->row(QStringLiteral("soixante_dix_plus"))->count, 4);
        QCOMPARE(ages->row(QStringLiteral("non_communique"))->count, 2);
        QCOMPARE(ages->base, 6);
        QCOMPARE(st->section(QStringLiteral("genre"))->row(QStringLiteral("feminin"))->count, 2);
        const StatSection *places = st->section(QStringLiteral("lieu"));
        QVERIFY(places->row(QStringLiteral("stop:stop-1")));
        QVERIFY(places->row(QStringLiteral("stop:stop-1"))->label.contains(QStringLiteral("Thoard")));
        QCOMPARE(st->newBeneficiaries, 1);
    }

    void activityJustAfterMidnightInParisBelongsToTheNewMonth()
    {
        // 31 October 23:30 UTC is 1 November 00:30 in Paris (winter time).
        test::TempDatabase db(QDateTime(QDate(2026, 10, 31), QTime(23, 30), Qt::UTC));
        QCOMPARE(db.clock.today(), QDate(2026, 11, 1));
        ActivityStore store(*db);
        ESCALE_VERIFY_OK(store.create(individual(db.clock.today())));
        QCOMPARE(computeTotals(*db, QDate(2026, 11, 1), QDate(2026, 11, 30)).activities, 1);
        QCOMPARE(computeTotals(*db, QDate(2026, 10, 1), QDate(2026, 10, 31)).activities, 0);
        // And a date one day ahead of Paris is refused as being in the future.
        QVERIFY(!store.create(individual(QDate(2026, 11, 2))));
    }

    void badInputIsRefusedWithAClearMessage_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("daysAhead");
        QTest::addColumn<QString>("expected");
        QTest::newRow("durée nulle") << 0 << 0 << QStringLiteral("at least one minute");
        QTest::newRow("24 heures") << 24 * 60 << 0 << QStringLiteral("under 24 hours");
        QTest::newRow("demain") << 30 << 1 << QStringLiteral("in the future");
    }
    void badInputIsRefusedWithAClearMessage()
    {
        QFETCH(int, minutes);
        QFETCH(int, daysAhead);
        QFETCH(QString, expected);
        test::TempDatabase db;
        ActivityStore store(*db);
        auto r = store.create(individual(db.clock.today().addDays(daysAhead), minutes));
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(expected), qPrintable(r.errorMessage()));
        QCOMPARE(store.countBetween(QDate(2000, 1, 1), QDate(2100, 1, 1)), 0);
    }

    void birthYearMakingSomeone130IsRefused()
    {
        test::TempDatabase db;
        BeneficiaryStore people(*db);
        Beneficiary b;
        b.prenom = QStringLiteral("Jeanne");
        b.anneeNaissance = 2026 - 130;
        auto r = people.create(b);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("130")), qPrintable(r.errorMessage()));
        b.anneeNaissance = 2030;
        QVERIFY(!people.create(b));
        b.anneeNaissance = 1931;
        ESCALE_VERIFY_OK(people.create(b));
    }

    void contactDetailsNeedConsent()
    {
        test::TempDatabase db;
        BeneficiaryStore people(*db);
        Beneficiary b;
        b.prenom = QStringLiteral("Loïc");
        b.telephone = QStringLiteral("06 12 34 56 78");
        QVERIFY(!people.create(b));
        b.consentContact = true;
        ESCALE_VERIFY_OK(people.create(b));
    }

    void duplicatesAreFoundIgnoringAccentsAndCase_data()
    {
        QTest::addColumn<QString>("prenom");
        QTest::addColumn<QString>("nom");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("same without accents") << QStringLiteral("HELENE") << QStringLiteral("lefevre") << 1960 << true;
        QTest::newRow("year unknown") << QStringLiteral("Hélène") << QStringLiteral("Lefèvre") << 0 << true;
        QTest::newRow("other year") << QStringLiteral("Hélène") << QStringLiteral("Lefèvre") << 1990 << false;
        QTest::newRow("other name") << QStringLiteral("Hélèna") << QStringLiteral("Lefèvre") << 1960 << false;
    }
    void duplicatesAreFoundIgnoringAccentsAndCase()
    {
        QFETCH(QString, prenom);
        QFETCH(QString, nom);
        QFETCH(int, year);
        QFETCH(bool, duplicate);
        test::TempDatabase db;
        BeneficiaryStore people(*db);
        Beneficiary a;
        a.prenom = QStringLiteral("Hélène");
        a.nom = QStringLiteral("Lefèvre");
        a.anneeNaissance = 1960;
        ESCALE_VERIFY_OK(people.create(a));
        Beneficiary b;
        b.prenom = prenom;
        b.nom = nom;
        b.anneeNaissance = year;
        QCOMPARE(!people.similarTo(b).isEmpty(), duplicate);
        ESCALE_VERIFY_OK(people.create(b));
        QCOMPARE(people.findDuplicates().size(), duplicate ? 1 : 0);
    }

    void mergeMovesActivitiesAndFillsGaps()
    {
        test::TempDatabase db;
        BeneficiaryStore people(*db);
        ActivityStore store(*db);
        Beneficiary a;
        a.prenom = QStringLiteral("Hélène");
        a.nom = QStringLiteral("Lefèvre");
        Beneficiary b = a;
        b.anneeNaissance = 1960;
        b.commune = QStringLiteral("Sisteron");
        auto keep = people.create(a);
        auto other = people.create(b);
        ESCALE_VERIFY_OK(keep);
        ESCALE_VERIFY_OK(other);
        Activity act = individual(QDate(2026, 11, 2));
        act.beneficiaryId = *other;
        ESCALE_VERIFY_OK(store.create(act));
        ESCALE_VERIFY_OK(people.merge(*keep, *other));
        QVERIFY(!people.find(*other));
        auto merged = people.find(*keep);
        ESCALE_VERIFY_OK(merged);
        QCOMPARE(merged->anneeNaissance, 1960);
        QCOMPARE(merged->commune, QStringLiteral("Sisteron"));
        ActivityFilter f;
        f.beneficiaryId = *keep;
        QCOMPARE(store.list(f).size(), 1);
        QVERIFY(!people.merge(*keep, *keep));
    }

    void exportThenEraseLeavesAnonymousFigures()
    {
        test::TempDatabase db;
        BeneficiaryStore people(*db);
        ActivityStore store(*db);
        Beneficiary b;
        b.prenom = QStringLiteral("François");
        b.nom = QStringLiteral("Çelik");
        b.genre = QStringLiteral("masculin");
        auto id = people.create(b);
        ESCALE_VERIFY_OK(id);
        Activity act = individual(QDate(2026, 11, 2));
        act.beneficiaryId = *id;
        act.notes = QStringLiteral("A rappeler");
        ESCALE_VERIFY_OK(store.create(act));
        auto json = people.exportPerson(*id);
        ESCALE_VERIFY_OK(json);
        const QJsonObject root = QJsonDocument::fromJson(*json).object();
        QCOMPARE(root.value(QStringLiteral("personne")).toObject().value(QStringLiteral("nom")).toString(),
            QStringLiteral("Çelik"));
        QCOMPARE(root.value(QStringLiteral("activites")).toArray().size(), 1);

        ESCALE_VERIFY_OK(people.erase(*id));
        QVERIFY(!people.find(*id));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT beneficiary_id, notes, genre FROM activities")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), QString());
        QCOMPARE(q.value(2).toString(), QStringLiteral("masculin"));
        QCOMPARE(computeTotals(*db, QDate(2026, 11, 1), QDate(2026, 11, 30)).activities, 1);
    }

    void erasureAnonymisesDiagnostics_data()
    {
        QTest::addColumn<bool>("byPurge");
        QTest::newRow("erase on request") << false;
        QTest::newRow("automatic purge") << true;
    }

    void erasureAnonymisesDiagnostics()
    {
        QFETCH(bool, byPurge);
        test::TempDatabase db; // today: 21/11/2026
        BeneficiaryStore people(*db);
        const QString other = QStringLiteral("someone-else");
        const QString id = personWithRecords(*db, QStringLiteral("2024-01-15"), other);
        QVERIFY(!id.isEmpty());
        QCOMPARE(rowsNaming(*db, QStringLiteral("diagnostics"), id), 2);
        if (byPurge) {
            auto purged = people.purgeExpired(db.clock.today());
            ESCALE_VERIFY_OK(purged);
            QCOMPARE(*purged, 1);
        } else {
            ESCALE_VERIFY_OK(people.erase(id));
        }
        QVERIFY(!people.find(id));
        QCOMPARE(rowsNaming(*db, QStringLiteral("diagnostics"), id), 0);
        // The figures stay: three diagnostics, the other person's still theirs.
        QCOMPARE(rowsNaming(*db, QStringLiteral("diagnostics"), QStringLiteral("")), 2);
        QCOMPARE(rowsNaming(*db, QStringLiteral("diagnostics"), other), 1);
    }

    void erasureAnonymisesOrientations()
    {
        if (!BeneficiaryStore::anonymisesOrientations())
            QSKIP("core/orientation offers no OrientationStore::anonymise() yet: the orientation keeps the id");
        test::TempDatabase db;
        BeneficiaryStore people(*db);
        const QString id = personWithRecords(*db, QStringLiteral("2026-11-01"), QStringLiteral("x"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(rowsNaming(*db, QStringLiteral("orientations"), id), 1);
        ESCALE_VERIFY_OK(people.erase(id));
        QCOMPARE(rowsNaming(*db, QStringLiteral("orientations"), id), 0);
    }

    void erasureIsOneTransaction()
    {
        test::TempDatabase db;
        BeneficiaryStore people(*db);
        const QString id = personWithRecords(*db, QStringLiteral("2026-11-01"), QStringLiteral("x"));
        QVERIFY(!id.isEmpty());
        // The record cannot be deleted: everything done before in erase() must be rolled back.
        QVERIFY(db->exec(QStringLiteral("CREATE TRIGGER keep BEFORE DELETE ON beneficiaries "
                                        "BEGIN SELECT RAISE(ABORT, 'kept'); END")));
        QVERIFY(!people.erase(id));
        QVERIFY(people.find(id));
        QCOMPARE(rowsNaming(*db, QStringLiteral("diagnostics"), id), 2);
    }

    void favouriteThematiquesCanBeAddedRemovedAndEmptied()
    {
        test::TempDatabase db;
        ActivityStore store(*db);
        QCOMPARE(store.favouriteThematiques().size(), 4); // the defaults
        QVERIFY(store.isFavouriteThematique(QStringLiteral("email")));
        ESCALE_VERIFY_OK(store.setFavouriteThematique(QStringLiteral("email"), false));
        QVERIFY(!store.isFavouriteThematique(QStringLiteral("email")));
        QCOMPARE(store.favouriteThematiques().size(), 3);
        ESCALE_VERIFY_OK(store.setFavouriteThematique(QStringLiteral("email"), true));
        QCOMPARE(store.favouriteThematiques().last(), QStringLiteral("email")); // added at the end
        ESCALE_VERIFY_OK(store.setFavouriteThematique(QStringLiteral("email"), true)); // no double
        QCOMPARE(store.favouriteThematiques().count(QStringLiteral("email")), 1);
        QVERIFY(!store.setFavouriteThematique(QStringLiteral("astrologie"), true));
        // No favourite at all stays "no favourite" (not the defaults again).
        ESCALE_VERIFY_OK(store.setFavouriteThematiques({}));
        QVERIFY(store.favouriteThematiques().isEmpty());
        ESCALE_VERIFY_OK(store.setFavouriteThematique(QStringLiteral("email"), true));
        QCOMPARE(store.favouriteThematiques(), QStringList { QStringLiteral("email") });
        ESCALE_VERIFY_OK(store.setFavouriteThematique(QStringLiteral("email"), false));
        QVERIFY(store.favouriteThematiques().isEmpty());
    }

    void purgeErasesPeopleAfterRetentionAndWarnsBefore()
    {
        test::TempDatabase db; // today: 21/11/2026
        BeneficiaryStore people(*db);
        QCOMPARE(people.retentionMonths(), 24);
        Beneficiary old;
        old.prenom = QStringLiteral("Ancienne");
        old.lastVisit = QStringLiteral("2024-11-01");
        Beneficiary soon;
        soon.prenom = QStringLiteral("Bientôt");
        soon.lastVisit = QStringLiteral("2024-12-01");
        Beneficiary recent;
        recent.prenom = QStringLiteral("Récente");
        recent.lastVisit = QStringLiteral("2026-01-10");
        ESCALE_VERIFY_OK(people.create(old));
        ESCALE_VERIFY_OK(people.create(soon));
        ESCALE_VERIFY_OK(people.create(recent));
        QCOMPARE(people.dueForPurge(db.clock.today()).size(), 1);
        QCOMPARE(people.dueForPurgeWithin(db.clock.today(), 30).size(), 2); // the warning beforehand
        auto purged = people.purgeExpired(db.clock.today());
        ESCALE_VERIFY_OK(purged);
        QCOMPARE(*purged, 1);
        QCOMPARE(people.count(), 2);
        ESCALE_VERIFY_OK(people.setRetentionMonths(6));
        ESCALE_VERIFY_OK(people.purgeExpired(db.clock.today()));
        QCOMPARE(people.count(), 0);
        QVERIFY(!people.setRetentionMonths(0));
    }

    void lastRecordedGivesTheQuickEntryDefaults()
    {
        test::TempDatabase db;
        ActivityStore store(*db);
        QVERIFY(!store.lastRecorded().has_value());
        ESCALE_VERIFY_OK(store.create(individual(QDate(2026, 11, 20), 30)));
        ESCALE_VERIFY_OK(store.create(individual(QDate(2026, 11, 19), 90)));
        auto last = store.lastRecorded();
        QVERIFY(last.has_value());
        QCOMPARE(last->dureeMinutes, 90); // the last recorded, not the last dated
    }

    void softDeleteHidesTheActivity()
    {
        test::TempDatabase db;
        ActivityStore store(*db);
        auto id = store.create(individual(QDate(2026, 11, 20)));
        ESCALE_VERIFY_OK(id);
        ESCALE_VERIFY_OK(store.remove(*id));
        QVERIFY(!store.find(*id));
        QCOMPARE(store.countOn(QDate(2026, 11, 20)).activities, 0);
        QVERIFY(store.hasAny()); // the tombstone is still there for sync
    }

    void csvExportReadsBackWithoutFormulas()
    {
        test::TempDatabase db;
        ActivityStore store(*db);
        structure::StructureStore structures(*db);
        auto user = structures.addUser(QStringLiteral("=HYPERLINK(\"x\")"));
        ESCALE_VERIFY_OK(user);
        Activity a = individual(QDate(2026, 11, 2), 45);
        a.mediatorId = *user;
        a.lieuKind = lieu::Stop;
        a.lieuId = QStringLiteral("s1");
        a.lieuLabel = QStringLiteral("Place; \"du marché\"");
        a.commune = QStringLiteral("-Saint-Étienne");
        ESCALE_VERIFY_OK(store.create(a));
        const QString path = db.dir.filePath(QStringLiteral("export.csv"));
        ESCALE_VERIFY_OK(writeActivitiesCsv(*db, QDate(2026, 11, 1), QDate(2026, 11, 30), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(data);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), csvHeaders());
        const QStringList row = rows.at(1);
        QCOMPARE(row.size(), csvHeaders().size());
        QCOMPARE(row.at(0), QStringLiteral("02/11/2026"));
        QCOMPARE(row.at(2), QStringLiteral("45"));
        QCOMPARE(row.at(4), QStringLiteral("Arrêt : Place; \"du marché\""));
        QCOMPARE(row.at(16), QStringLiteral("'-Saint-Étienne"));
        QCOMPARE(row.at(17), QStringLiteral("'=HYPERLINK(\"x\")"));
        for (const QString &cell : row)
            QVERIFY2(!QStringLiteral("=+-@").contains(cell.left(1)) || cell.isEmpty(), qPrintable(cell));
    }

    void demoRefusesADatabaseWithActivities()
    {
        test::TempDatabase db;
        ESCALE_VERIFY_OK(fillDemo(*db, db.clock));
        const DemoSummary s = demoSummary(*db);
        QVERIFY(s.activities > 1000);
        QVERIFY(s.beneficiaries > 0);
        auto again = fillDemo(*db, db.clock);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("demo.not-empty"));
        QCOMPARE(demoSummary(*db).activities, s.activities);
        // August is quieter than October (seasonality).
        QVERIFY(computeTotals(*db, QDate(2026, 8, 1), QDate(2026, 8, 31)).activities
            < computeTotals(*db, QDate(2026, 10, 1), QDate(2026, 10, 31)).activities);
    }
};

QTEST_GUILESS_MAIN(TestActivity)
#include "TestActivity.moc"
