#include "DigneFixture.h"
#include "TestSupport.h"

#include "orientation/OfficeFinder.h"
#include "orientation/OrientationWalk.h"
#include "places/PlaceImporter.h"
#include "structure/StructureLocation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <ctime>

using namespace escale;
using namespace escale::orientation;

// Loading and validating a 2,000-node tree, and computing the next question (issue « Performance »:
// under 50 ms and 1 ms). Prints the figures; asserts only that the work was done.
class BenchOrientation : public QObject
{
    Q_OBJECT

    // CPU time of this thread: the machine may be shared, wall time then says little.
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

    // A binary tree of `questions` questions (each yes/no with a condition on an earlier answer) whose
    // leaves end on outcomes.
    static QByteArray generatedTree(int questions, int outcomes)
    {
        QJsonArray nodes;
        for (int i = 0; i < questions; ++i) {
            auto target = [&](int child) -> QJsonObject {
                if (child < questions)
                    return {{QStringLiteral("next"), QStringLiteral("q%1").arg(child)}};
                return {{QStringLiteral("outcomes"), QJsonArray{QStringLiteral("o%1").arg(child % outcomes)}}};
            };
            QJsonObject yes{{QStringLiteral("id"), QStringLiteral("oui")}, {QStringLiteral("label"), QStringLiteral("Oui")}};
            QJsonObject no{{QStringLiteral("id"), QStringLiteral("non")}, {QStringLiteral("label"), QStringLiteral("Non")}};
            const QJsonObject left = target(2 * i + 1);
            const QJsonObject right = target(2 * i + 2);
            const int parent = (i - 1) / 2;
            // « not (this is non) », and from the second level also « the parent was answered yes or no ».
            const QJsonObject notNo{{QStringLiteral("not"),
                                     QJsonObject{{QStringLiteral("answer"), QStringLiteral("q%1").arg(i)},
                                                 {QStringLiteral("is"), QStringLiteral("non")}}}};
            QJsonObject when = notNo;
            if (i > 0)
                when = QJsonObject{{QStringLiteral("all"),
                                    QJsonArray{QJsonObject{{QStringLiteral("answer"), QStringLiteral("q%1").arg(parent)},
                                                           {QStringLiteral("in"), QJsonArray{QStringLiteral("oui"), QStringLiteral("non")}}},
                                               notNo}}};
            QJsonObject first{{QStringLiteral("when"), when}};
            first.insert(left.keys().first(), left.value(left.keys().first()));
            QJsonArray routes{first};
            QJsonObject fallback = right;
            routes.append(fallback);
            nodes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("q%1").arg(i)},
                                     {QStringLiteral("type"), QStringLiteral("yesno")},
                                     {QStringLiteral("text"), QStringLiteral("Question numéro %1 ?").arg(i)},
                                     {QStringLiteral("easyText"), QStringLiteral("Question %1 ?").arg(i)},
                                     {QStringLiteral("answers"), QJsonArray{yes, no}},
                                     {QStringLiteral("routes"), routes}});
        }
        QJsonArray outs;
        for (int k = 0; k < outcomes; ++k)
            outs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("o%1").arg(k)},
                                    {QStringLiteral("title"), QStringLiteral("Démarche %1").arg(k)},
                                    {QStringLiteral("summary"), QStringLiteral("Résumé de la démarche %1.").arg(k)},
                                    {QStringLiteral("family"), QStringLiteral("social_sante")},
                                    {QStringLiteral("offices"), QJsonArray{QStringLiteral("CAF")}},
                                    {QStringLiteral("documents"), QJsonArray{QStringLiteral("Pièce d'identité")}},
                                    {QStringLiteral("online"),
                                     QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("caf.fr")},
                                                            {QStringLiteral("url"), QStringLiteral("https://www.caf.fr")}}}}});
        QJsonObject root{{QStringLiteral("kind"), QStringLiteral("orientation-tree")},
                         {QStringLiteral("id"), QStringLiteral("bench")},
                         {QStringLiteral("title"), QStringLiteral("Banc d'essai")},
                         {QStringLiteral("version"), QStringLiteral("1")},
                         {QStringLiteral("licence"), QStringLiteral("Licence Ouverte 2.0")},
                         {QStringLiteral("authors"), QJsonArray{QStringLiteral("Escale")}},
                         {QStringLiteral("date"), QStringLiteral("2026-11-21")},
                         {QStringLiteral("start"), QStringLiteral("q0")},
                         {QStringLiteral("nodes"), nodes},
                         {QStringLiteral("outcomes"), outs}};
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

private slots:
    void loadValidateAndNextQuestion()
    {
        const int questions = 2000;
        const int outcomes = 1000; // every one reached: the 2,001 leaves cycle over them
        const QByteArray json = generatedTree(questions, outcomes);
        const int runs = 20;
        qint64 best = std::numeric_limits<qint64>::max(), total = 0, cpuBest = best;
        std::optional<Tree> tree;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const qint64 cpu0 = threadCpuNs();
            ParseOutcome parsed = parseTree(json);
            const qint64 ns = t.nsecsElapsed();
            cpuBest = std::min(cpuBest, threadCpuNs() - cpu0);
            QVERIFY2(!parsed.hasErrors(), qPrintable(parsed.errors().value(0).toString()));
            best = std::min(best, ns);
            total += ns;
            tree = std::move(parsed.tree);
        }
        qint64 jsonBest = std::numeric_limits<qint64>::max();
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const QJsonDocument doc = QJsonDocument::fromJson(json);
            jsonBest = std::min(jsonBest, t.nsecsElapsed());
            QVERIFY(doc.isObject());
        }
        qInfo().noquote() << QStringLiteral("of which JSON syntax (QJsonDocument::fromJson): best %1 ms").arg(jsonBest / 1e6, 0, 'f', 2);
        qInfo().noquote() << QStringLiteral("load + validate, %1 questions + %2 outcomes (%3 KiB): best %4 ms, mean %5 ms, best CPU %6 ms (target < 50 ms)")
                                 .arg(questions)
                                 .arg(outcomes)
                                 .arg(json.size() / 1024)
                                 .arg(best / 1e6, 0, 'f', 2)
                                 .arg(total / runs / 1e6, 0, 'f', 2)
                                 .arg(cpuBest / 1e6, 0, 'f', 2);

        // Next question: answer down the deepest path, 200 times; per step, the median CPU time.
        QList<qint64> times;
        int steps = 0;
        for (int r = 0; r < 200; ++r) {
            Walk walk(*tree);
            steps = 0;
            while (walk.current()) {
                const qint64 cpu0 = threadCpuNs();
                ESCALE_VERIFY_OK(walk.answer(QStringLiteral("oui")));
                times.append(threadCpuNs() - cpu0);
                ++steps;
            }
            QVERIFY(walk.isFinished());
        }
        QVERIFY(steps >= 10);
        std::sort(times.begin(), times.end());
        qInfo().noquote() << QStringLiteral("next question (CPU time): %1 steps × 200 walks, median %2 µs, 99th percentile %3 µs (target < 1 ms)")
                                 .arg(steps)
                                 .arg(times.at(times.size() / 2) / 1e3, 0, 'f', 1)
                                 .arg(times.at(times.size() * 99 / 100) / 1e3, 0, 'f', 1);
    }

    // The places offered on the result page (docs/orientation.md, « Lieux les plus proches »): the real
    // PACA register copied 31 times with jittered coordinates (about 20,000 places, none with a
    // typologie), a Digne-les-Bains structure without coordinates. Per outcome: typologie, names and
    // services, nearest first. Prints the median wall time of the RSA outcome's query and of placing
    // the structure.
    void nearestOffices()
    {
        const QString file = test::pacaPlacesFile();
        if (file.isEmpty())
            QSKIP("../shared/data is not there");
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonArray real = QJsonDocument::fromJson(in.readAll()).array();
        QJsonArray copies;
        for (int k = 0; k < 31; ++k)
            for (const QJsonValue &v : real) {
                QJsonObject o = v.toObject();
                if (k > 0) {
                    o.insert(QStringLiteral("id"), QString(o.value(QStringLiteral("id")).toString() + QStringLiteral("-%1").arg(k)));
                    o.insert(QStringLiteral("nom"), QString(o.value(QStringLiteral("nom")).toString() + QStringLiteral(" %1").arg(k)));
                    if (o.value(QStringLiteral("latitude")).isDouble()) {
                        o.insert(QStringLiteral("latitude"), o.value(QStringLiteral("latitude")).toDouble() + 0.02 * (k % 7 - 3));
                        o.insert(QStringLiteral("longitude"), o.value(QStringLiteral("longitude")).toDouble() + 0.03 * (k % 5 - 2));
                    }
                }
                copies.append(o);
            }
        test::TempDatabase db;
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("paca-x31.json"));
        {
            QFile out(big);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(copies).toJson(QJsonDocument::Compact));
        }
        ESCALE_VERIFY_OK(places::PlaceImporter(*db).importFile(big));
        structure::StructureProfile p = test::digneStructureWithoutCoordinates();
        ESCALE_VERIFY_OK(structure::StructureStore(*db).save(p));

        auto median = [](QList<qint64> v) {
            std::sort(v.begin(), v.end());
            return v.at(v.size() / 2) / 1e6;
        };
        QList<qint64> originTimes, officeTimes;
        std::optional<structure::LocatedPoint> origin;
        QList<SuggestedOffice> offices;
        PlaceOfficeFinder finder(*db);
        for (int r = 0; r < 21; ++r) {
            QElapsedTimer t;
            t.start();
            origin = structure::structureOrigin(*db);
            originTimes << t.nsecsElapsed();
            QVERIFY(origin);
            OfficeQuery q;
            q.typologies = {QStringLiteral("CAF"), QStringLiteral("MSA"), QStringLiteral("MDS"), QStringLiteral("CCAS"),
                            QStringLiteral("RFS")}; // the RSA outcome
            q.services = {QStringLiteral("aide_demarches")};
            q.latitude = origin->latitude;
            q.longitude = origin->longitude;
            t.restart();
            offices = finder.nearest(q);
            officeTimes << t.nsecsElapsed();
        }
        QCOMPARE(offices.size(), 3);
        qInfo().noquote() << QStringLiteral("%1 places: placing the structure (no coordinates) median %2 ms; the places of "
                                            "one outcome (5 kinds by typologie and name + a service) median %3 ms; "
                                            "first: %4 (%5 km)")
                                 .arg(copies.size())
                                 .arg(median(originTimes), 0, 'f', 2)
                                 .arg(median(officeTimes), 0, 'f', 2)
                                 .arg(offices.first().nom)
                                 .arg(offices.first().distanceKm.value_or(-1), 0, 'f', 1);
    }
};

QTEST_GUILESS_MAIN(BenchOrientation)
#include "BenchOrientation.moc"
