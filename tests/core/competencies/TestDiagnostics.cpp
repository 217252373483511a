#include "DigneFixture.h"
#include "TestSupport.h"

#include "competencies/DiagnosticSession.h"
#include "competencies/DiagnosticStore.h"
#include "competencies/FrameworkLibrary.h"
#include "competencies/PlaceFinder.h"
#include "places/Place.h"
#include "places/PlaceImporter.h"
#include "structure/StructureProfile.h"
#include "places/PlaceSearch.h"
#include "reports/Passeport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <QTextDocument>

using namespace escale;
using namespace escale::competencies;

namespace {

const QString G = QStringLiteral("entierement_accompagne");
const QString P = QStringLiteral("partiellement_autonome");
const QString A = QStringLiteral("autonome");

Framework premiersPas()
{
    for (const Framework &f : FrameworkLibrary::builtIn())
        if (f.id == QLatin1String("escale-premiers-pas"))
            return f;
    qFatal("no premiers pas");
    return {};
}

Diagnostic newDiagnostic(const Framework &f, const QDate &date, const QString &person = {}, bool quick = false)
{
    Diagnostic d;
    d.frameworkId = f.id;
    d.frameworkVersion = f.version;
    d.date = date;
    d.beneficiaryId = person;
    d.quick = quick;
    d.mediator = QStringLiteral("Aurélie Médiatrice");
    return d;
}

int rowCount(storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersSurviveClosingTheDatabaseMidway()
    {
        test::TempDatabase db;
        const Framework f = premiersPas();
        QString id;
        {
            DiagnosticStore store(*db);
            auto created = store.create(newDiagnostic(f, QDate(2026, 11, 21), QStringLiteral("personne-1")));
            ESCALE_VERIFY_OK(created);
            id = *created;
            DiagnosticSession session(store, f, *store.find(id));
            ESCALE_VERIFY_OK(session.answer(QStringLiteral("allumer"), A));
            ESCALE_VERIFY_OK(session.answer(QStringLiteral("pointer"), P));
            ESCALE_VERIFY_OK(session.answer(QStringLiteral("taper"), QString::fromLatin1(NotEvaluated)));
            QCOMPARE(session.nextToAsk(), 3);
        }
        // The application is closed in the middle of the diagnostic: reopen the file.
        db.db.reset();
        auto reopened = storage::Database::open(db.path(), db.clock);
        ESCALE_VERIFY_OK(reopened);
        DiagnosticStore store(**reopened);
        auto found = store.find(id);
        ESCALE_VERIFY_OK(found);
        QCOMPARE(found->answers.size(), 3);
        QCOMPARE(found->answers.value(QStringLiteral("pointer")).answer, P);
        QVERIFY(!found->isComplete());
        DiagnosticSession resumed(store, f, *found);
        QCOMPARE(resumed.nextToAsk(), 3);
        QCOMPARE(resumed.order().at(3), QStringLiteral("wifi"));
        ESCALE_VERIFY_OK(resumed.finish());
        QVERIFY(store.find(id)->isComplete());
    }

    void quickModeStoresAndWithdrawsInferredAnswers()
    {
        test::TempDatabase db;
        const Framework f = premiersPas();
        DiagnosticStore store(*db);
        auto id = store.create(newDiagnostic(f, QDate(2026, 11, 21), {}, true));
        ESCALE_VERIFY_OK(id);
        DiagnosticSession session(store, f, *store.find(*id));
        QCOMPARE(session.order().first(), QStringLiteral("allumer"));
        QCOMPARE(session.order().at(1), QStringLiteral("installer"));
        ESCALE_VERIFY_OK(session.answer(QStringLiteral("allumer"), G));
        QCOMPARE(session.answeredCount(), 1);
        ESCALE_VERIFY_OK(session.answer(QStringLiteral("installer"), G));
        // The four other gestures of the domain are inferred, in the database too.
        QCOMPARE(session.answeredCount(), 6);
        QVERIFY(session.isInferred(QStringLiteral("wifi")));
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT COUNT(*) FROM diagnostic_answers WHERE inferred = 1")), 4);
        // The next question is the next domain's gateway, not an inferred item.
        QCOMPARE(session.order().at(session.nextToAsk()), QStringLiteral("navigateur"));
        // Changing a gateway's answer withdraws the inference.
        ESCALE_VERIFY_OK(session.answer(QStringLiteral("installer"), P));
        QCOMPARE(session.answeredCount(), 2);
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT COUNT(*) FROM diagnostic_answers WHERE inferred = 1")), 0);
        // Answering an inferred item makes it an answer given.
        ESCALE_VERIFY_OK(session.answer(QStringLiteral("installer"), G));
        ESCALE_VERIFY_OK(session.answer(QStringLiteral("wifi"), A));
        QVERIFY(!session.isInferred(QStringLiteral("wifi")));
        QCOMPARE(session.answerOf(QStringLiteral("wifi")), A);
        QCOMPARE(store.find(*id)->answers.value(QStringLiteral("wifi")).answer, A);
        QCOMPARE(rowCount(*db, QStringLiteral("SELECT COUNT(*) FROM diagnostic_answers WHERE inferred = 1")), 3);
    }

    void badAnswersAreRefused()
    {
        test::TempDatabase db;
        const Framework f = premiersPas();
        DiagnosticStore store(*db);
        auto id = store.create(newDiagnostic(f, QDate(2026, 11, 21)));
        ESCALE_VERIFY_OK(id);
        DiagnosticSession session(store, f, *store.find(*id));
        QVERIFY(!session.answer(QStringLiteral("inconnu"), A).ok());
        QVERIFY(!session.answer(QStringLiteral("allumer"), QStringLiteral("5")).ok());
        QCOMPARE(session.answeredCount(), 0);
        QVERIFY(!store.recordAnswer(QStringLiteral("no-such-diagnostic"), QStringLiteral("allumer"), A).ok());
    }

    void countBetweenCountsDiagnosticsWithAnswersInTheRange()
    {
        test::TempDatabase db;
        const Framework f = premiersPas();
        DiagnosticStore store(*db);
        auto add = [&](const QDate &date, bool withAnswer) {
            auto id = store.create(newDiagnostic(f, date));
            QVERIFY(id.ok());
            if (withAnswer)
                QVERIFY(store.recordAnswer(*id, QStringLiteral("allumer"), A).ok());
        };
        add(QDate(2026, 10, 31), true);
        add(QDate(2026, 11, 1), true);
        add(QDate(2026, 11, 15), false); // opened, nothing answered: not counted
        add(QDate(2026, 11, 30), true);
        add(QDate(2026, 12, 1), true);
        QCOMPARE(store.countBetween(QDate(2026, 11, 1), QDate(2026, 11, 30)), 2);
        QCOMPARE(store.countBetween(QDate(2026, 10, 1), QDate(2026, 12, 31)), 4);
        QCOMPARE(store.countBetween(QDate(2027, 1, 1), QDate(2027, 1, 31)), 0);
    }

    void progressBetweenTwoDiagnostics()
    {
        test::TempDatabase db;
        const Framework f = premiersPas();
        DiagnosticStore store(*db);
        const QString person = QStringLiteral("personne-élodie");
        auto first = store.create(newDiagnostic(f, QDate(2026, 6, 2), person));
        ESCALE_VERIFY_OK(first);
        {
            DiagnosticSession s(store, f, *store.find(*first));
            for (const Item &i : f.allItems())
                ESCALE_VERIFY_OK(s.answer(i.code, i.domainCode == QLatin1String("appareil") ? P : G));
            ESCALE_VERIFY_OK(s.finish());
        }
        auto second = store.create(newDiagnostic(f, QDate(2026, 11, 21), person));
        ESCALE_VERIFY_OK(second);
        DiagnosticSession s(store, f, *store.find(*second));
        for (const Item &i : f.allItems())
            ESCALE_VERIFY_OK(s.answer(i.code, i.domainCode == QLatin1String("securite") ? G : A));

        const auto previous = store.previous(s.diagnostic());
        QVERIFY(previous.has_value());
        QCOMPARE(previous->id, *first);
        QCOMPARE(previous->date, QDate(2026, 6, 2));
        const QList<DomainProgress> progress = compare(f, assess(f, previous->answers), s.assessment());
        QCOMPARE(progress.size(), 6);
        QCOMPARE(progress.at(0).domainCode, QStringLiteral("appareil"));
        QCOMPARE(progress.at(0).before, 50);
        QCOMPARE(progress.at(0).now, 100);
        QCOMPARE(progress.at(0).delta(), 50);
        QCOMPARE(progress.at(1).delta(), 100);
        QCOMPARE(progress.at(5).domainCode, QStringLiteral("securite"));
        QCOMPARE(progress.at(5).delta(), 0);
        QCOMPARE(progress.at(5).nowProfile, Profile::Exclu);

        // An anonymous diagnostic has no previous one; another person's neither.
        auto anonymous = store.create(newDiagnostic(f, QDate(2026, 11, 22)));
        QVERIFY(!store.previous(*store.find(*anonymous)).has_value());
        QCOMPARE(store.forBeneficiary(person).size(), 2);
        // RGPD erasure: the diagnostics stay, anonymous.
        auto erased = store.anonymise(person);
        ESCALE_VERIFY_OK(erased);
        QCOMPARE(*erased, 2);
        QCOMPARE(store.forBeneficiary(person).size(), 0);
    }

    void passeportTextMatchesTheGoldenFile()
    {
        const Framework f = premiersPas();
        Answers before, now;
        for (const Item &i : f.allItems()) {
            before.insert(i.code, { i.code, i.domainCode == QLatin1String("appareil") ? P : G, false });
            const QString a = i.domainCode == QLatin1String("securite") ? G
                : i.domainCode == QLatin1String("demarches")            ? P
                                                                        : A;
            now.insert(i.code, { i.code, a, false });
        }
        reports::PasseportData data;
        data.personName = QStringLiteral("Élodie Müller");
        data.date = QDate(2026, 11, 21);
        data.structureName = QStringLiteral("Espace numérique de Dígne");
        data.mediator = QStringLiteral("Aurélie Médiatrice");
        data.framework = f;
        data.now = assess(f, now);
        data.previous = assess(f, before);
        data.previousDate = QDate(2026, 6, 2);
        data.places = { { QStringLiteral("France Services de Dígne"),
            QStringLiteral("1 rue de l'Église, 04000 Digne-les-Bains"), QStringLiteral("+33492000000"), 1.25 } };
        auto document = reports::buildPasseport(data);
        const QString text = document->toPlainText();

        const QString goldenPath = test::testData(QStringLiteral("competencies/passeport-golden.txt"));
        if (qEnvironmentVariableIsSet("ESCALE_UPDATE_GOLDEN")) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text.toUtf8());
        }
        QFile golden(goldenPath);
        QVERIFY2(golden.open(QIODevice::ReadOnly), "golden file missing (run with ESCALE_UPDATE_GOLDEN=1 once)");
        QCOMPARE(text, QString::fromUtf8(golden.readAll()));

        // The PDF is written; the chart is in the document.
        QVERIFY(
            !document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("escale://passeport/progress.png")))
                 .isNull());
        QTemporaryDir dir;
        const QString pdf = qEnvironmentVariableIsSet("ESCALE_KEEP_PDF")
            ? QStringLiteral("/tmp/passeport.pdf")
            : dir.filePath(QStringLiteral("passeport.pdf"));
        ESCALE_VERIFY_OK(reports::writePdf(*document, reports::passeportInfo(data), pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    // Paper and words: whatever the person can do (0 to 30 gestures of 30, the rest to work on, five
    // places), the passeport handed to them fits one page or fills a good part of its last one (never
    // one sentence alone on page 2), and never calls the person « Exclu » (the mediator's screen does).
    void passeportUsesPaperAndKindWords_data()
    {
        QTest::addColumn<int>("done");
        for (int done = 0; done <= 30; done += 3)
            QTest::addRow("%d gestures done", done) << done;
    }
    void passeportUsesPaperAndKindWords()
    {
        QFETCH(int, done);
        const Framework f = premiersPas();
        Answers now;
        int n = 0;
        for (const Item &i : f.allItems())
            now.insert(i.code, {i.code, n++ < done ? A : (n % 2 ? G : P), false});
        reports::PasseportData data;
        data.date = QDate(2026, 11, 21);
        data.structureName = QStringLiteral("Démo — Espace numérique des Cigales");
        data.mediator = QStringLiteral("Alice Médiatrice");
        data.framework = f;
        data.now = assess(f, now);
        for (int p = 0; p < 5; ++p)
            data.places << competencies::PlaceSuggestion{QStringLiteral("Lieu %1").arg(p),
                QStringLiteral("%1 avenue de Verdun, 04000 Digne-les-Bains").arg(p + 1), QStringLiteral("+33492000000"),
                0.5 + p};
        auto document = reports::buildPasseport(data);
        const reports::PageUse use = reports::measurePages(*document);
        qInfo("%d done: %d page(s), last one %d %% full", done, use.pages, int(use.lastPageFill * 100));
        QVERIFY2(use.pages == 1 || use.lastPageFill >= 0.25,
                 qPrintable(QStringLiteral("%1 pages, the last %2 % full").arg(use.pages).arg(use.lastPageFill * 100)));
        const QString text = document->toPlainText();
        QVERIFY(!text.contains(QStringLiteral("Exclu")));
        if (data.now.overall == Profile::Exclu)
            QVERIFY(text.contains(QStringLiteral("Premiers pas")));
        QVERIFY(text.contains(QStringLiteral("Keep this passport"))); // the closing sentence is still there
        if (qEnvironmentVariableIsSet("ESCALE_KEEP_PDF") && (done == 0 || done == 15)) // pdftoppm -png -r 60
            ESCALE_VERIFY_OK(reports::writePdf(
                *document, reports::passeportInfo(data), QStringLiteral("/tmp/passeport-%1.pdf").arg(done)));
    }

    // The real PACA register: a Digne-les-Bains structure saved without coordinates gets Digne's places
    // (QA found Marseille's, in alphabetical order, as nothing placed the structure).
    void digneStructureGetsDignePlaces()
    {
        const QString file = test::pacaPlacesFile();
        if (file.isEmpty())
            QSKIP("../shared/data is not there");
        test::TempDatabase db;
        ESCALE_VERIFY_OK(places::PlaceImporter(*db).importFile(file));
        structure::StructureProfile p = test::digneStructureWithoutCoordinates();
        ESCALE_VERIFY_OK(structure::StructureStore(*db).save(p));
        const QList<PlaceSuggestion> found = makePlaceFinder(*db)->find(
            {QStringLiteral("outils_quotidien"), QStringLiteral("acces_internet"), QStringLiteral("comprehension_monde")}, 5);
        QCOMPARE(found.size(), 5);
        for (const PlaceSuggestion &s : found) {
            QVERIFY2(s.address.contains(QStringLiteral("DIGNE-LES-BAINS")), qPrintable(s.nom + QStringLiteral(", ") + s.address));
            QVERIFY(s.distanceKm && *s.distanceKm < 2.0);
        }
    }

    void placesOfferingTheNextStepAreFound()
    {
        test::TempDatabase db;
        auto addPlace = [&](const QString &nom, const QStringList &services, double lat, double lon) {
            places::Place p;
            p.nom = nom;
            p.adresse = QStringLiteral("1 place de la Mairie");
            p.codePostal = QStringLiteral("04000");
            p.commune = QStringLiteral("Digne-les-Bains");
            p.services = services;
            p.latitude = lat;
            p.longitude = lon;
            p.dateMaj = QStringLiteral("2026-10-01");
            storage::Transaction tx(*db);
            QVERIFY(places::PlaceStore(*db).save(p).ok());
            QVERIFY(tx.commit().ok());
        };
        addPlace(QStringLiteral("Médiathèque François-Mitterrand"), { QStringLiteral("usage_securise") }, 44.09, 6.23);
        addPlace(QStringLiteral("Mairie annexe"), { QStringLiteral("aide_demarches") }, 44.10, 6.24);
        ESCALE_VERIFY_OK(places::PlaceSearch::rebuildIndexes(*db));
        const auto finder = makePlaceFinder(*db);
        const QList<PlaceSuggestion> found = finder->find({ QStringLiteral("usage_securise") }, 5);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().nom, QStringLiteral("Médiathèque François-Mitterrand"));
        QVERIFY(found.first().address.contains(QStringLiteral("04000 Digne-les-Bains")));
    }

    void firstPasseportHasNoProgressSection()
    {
        const Framework f = premiersPas();
        reports::PasseportData data;
        data.date = QDate(2026, 11, 21);
        data.framework = f;
        data.now = assess(f, {});
        auto document = reports::buildPasseport(data);
        const QString text = document->toPlainText();
        QVERIFY(!text.contains(QStringLiteral("Progress since")));
        QVERIFY(text.contains(QStringLiteral("the person welcomed")));
    }

    void adaptedCopyOfAFrameworkIsSavedAndFound()
    {
        test::TempDatabase db;
        FrameworkLibrary library(*db);
        Framework copy = library.copyOf(premiersPas(), QStringLiteral("Premiers pas – Épicerie solidaire"));
        QVERIFY2(copy.id.startsWith(QStringLiteral("premiers-pas")) && copy.id.contains(QStringLiteral("epicerie")),
            qPrintable(copy.id));
        QCOMPARE(copy.basedOn, QStringLiteral("escale-premiers-pas"));
        copy.domains.removeLast();
        copy.domains[0].items[1].title = QStringLiteral("Utiliser l'écran tactile");
        ESCALE_VERIFY_OK(library.save(copy));
        const auto found = library.find(copy.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->domains.size(), 5);
        QCOMPARE(found->domains[0].items[1].title, QStringLiteral("Utiliser l'écran tactile"));
        QCOMPARE(library.all().size(), 4);
        // An invalid copy is refused with the path of the fault.
        Framework broken = copy;
        broken.domains[1].items[0].code = broken.domains[0].items[0].code;
        auto refused = library.save(broken);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("domains[1].items[0].code")),
            qPrintable(refused.errorMessage()));
        ESCALE_VERIFY_OK(library.remove(copy.id));
        QCOMPARE(library.all().size(), 3);
        QVERIFY(!library.remove(QStringLiteral("crcn")).ok());
    }
};

QTEST_MAIN(TestDiagnostics)
#include "TestDiagnostics.moc"
