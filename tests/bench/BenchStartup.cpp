// Start-up benchmark (issue « Foundation »): cold start to the main window shown (its first frame
// painted), on a database of 100,000 activities and 20,000 places, side by side with an empty Qt Widgets
// window built with the same flags and measured the same way. Prints the figures; asserts nothing about
// time. docs/development.md, « Start-up », says what each column holds.
#include "TestSupport.h"

#include "structure/StructureProfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace escale;

class BenchStartup : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        qint64 inProcess = -1; // main() to the end of the window's first paint, as the program prints it
        qint64 toWindow = -1;  // the same seen from here: process start (libraries loaded) to that line
        qint64 toExit = -1;    // process start to its exit (quitting included)
        double cpuToWindow = -1; // CPU time of the process (all threads) at its first frame, steadier on a busy machine
    };

    static Run startup(const QString &program, const QStringList &args)
    {
        Run run;
        QElapsedTimer wall;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        wall.start();
        p.start(program, args);
        QByteArray out;
        while (!out.contains('\n') && p.waitForReadyRead(120000))
            out += p.readAllStandardOutput();
        run.toWindow = wall.elapsed();
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning() << program << p.readAllStandardError();
            return {};
        }
        run.toExit = wall.elapsed();
        out += p.readAllStandardOutput();
        const int at = int(out.indexOf("startup_ms="));
        run.inProcess = at < 0 ? -1 : out.mid(at + 11).split(' ').value(0).trimmed().toLongLong();
        // The program's own CPU clock (CLOCK_PROCESS_CPUTIME_ID) when its first frame is painted: every
        // thread, the dynamic loader's work before main() included.
        const int cpuAt = int(out.indexOf("cpu_ms="));
        run.cpuToWindow = cpuAt < 0 ? -1 : out.mid(cpuAt + 7).split('\n').value(0).trimmed().toDouble();
        return run;
    }

    static qint64 median(QList<qint64> values)
    {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    }

    static bool fill(storage::Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql)) {
            std::printf("fill failed: %s\n", qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void coldStartWithALargeDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grande.sqlite"));
        {
            FixedClock clock(test::fixedNow());
            auto opened = storage::Database::open(path, clock);
            QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
            storage::Database &db = **opened;
            structure::StructureProfile p;
            p.nom = QStringLiteral("Espace numérique de Gap");
            p.adresse = QStringLiteral("1 rue Carnot");
            p.commune = QStringLiteral("Gap");
            p.codePostal = QStringLiteral("05000");
            QVERIFY(structure::StructureStore(db).completeFirstRun(p, QStringLiteral("Camille")).ok());
            storage::Transaction tx(db);
            QVERIFY(fill(db, QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                "INSERT INTO places (id, updated_at, origin, nom, commune, code_postal, adresse, latitude, longitude, "
                "typologie, services) SELECT 'p' || i, '2026-11-01T00:00:00.000Z', 'bench', 'Lieu ' || i, 'Commune ' "
                "|| (i % 900), '04' || printf('%03d', i % 1000), i || ' rue de la Gare', 43 + (i % 1000) / 500.0, "
                "5 + (i % 777) / 300.0, 'EPN', 'aide_demarches' FROM n")));
            QVERIFY(fill(db, QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                "INSERT INTO activities (id, updated_at, origin, type, date, duree_minutes, thematiques, created_at) "
                "SELECT 'a' || i, '2026-11-01T00:00:00.000Z', 'bench', CASE i % 5 WHEN 0 THEN 'collectif' ELSE "
                "'individuel' END, date('2026-11-21', '-' || (i % 730) || ' days'), 15 + (i % 8) * 15, "
                "'navigation_sur_internet', '2026-11-01T00:00:00.000Z' FROM n")));
            QVERIFY(tx.commit().ok());
        }
        const QString escale = qEnvironmentVariable("ESCALE_BINARY");
        const QString empty = QStringLiteral(EMPTY_WINDOW);
        // One warm-up each (the file system cache), then alternate the programs. Each program counts from
        // main() to the end of its window's first paint (the figures of Accueil, counted over the whole
        // database, come right after that first frame: HomePage).
        const QStringList escaleArgs{QStringLiteral("--database"), path, QStringLiteral("--quit-after-startup")};
        startup(escale, escaleArgs);
        startup(empty, {});
        QList<Run> escaleRuns, emptyRuns, textRuns;
        for (int i = 0; i < 7; ++i) {
            textRuns << startup(empty, {QStringLiteral("--with-text")});
            escaleRuns << startup(escale, escaleArgs);
            emptyRuns << startup(empty, {});
            QVERIFY(escaleRuns.last().inProcess >= 0 && emptyRuns.last().inProcess >= 0);
        }
        auto med = [](const QList<Run> &runs, auto field) {
            QList<qint64> values;
            for (const Run &r : runs)
                values << qint64((r.*field) * 10); // tenths of ms, for the CPU column
            return median(values) / 10.0;
        };
        const double e = med(escaleRuns, &Run::inProcess), w = med(emptyRuns, &Run::inProcess);
        const double ew = med(escaleRuns, &Run::toWindow), ww = med(emptyRuns, &Run::toWindow);
        const double ex = med(escaleRuns, &Run::toExit), wx = med(emptyRuns, &Run::toExit);
        const double ec = med(escaleRuns, &Run::cpuToWindow), wc = med(emptyRuns, &Run::cpuToWindow);
        auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
        std::printf("\nstartup to the first frame painted, 100,000 activities + 20,000 places, median of 7 (offscreen):\n"
                    "                       in-process  whole process  CPU to window  whole process to exit\n"
                    "  escale               %6.0f ms    %6.0f ms      %6.1f ms      %6.0f ms\n"
                    "  empty Qt window      %6.0f ms    %6.0f ms      %6.1f ms      %6.0f ms\n"
                    "  ratio                %9.2f    %9.2f      %9.2f      %9.2f   (target <= 1.5)\n"
                    "  Qt window + 1 label  %6.0f ms    %6.0f ms      %6.1f ms      %6.0f ms   (fonts loaded, for reference)\n\n",
                    e, ew, ec, ex, w, ww, wc, wx, ratio(e, w), ratio(ew, ww), ratio(ec, wc), ratio(ex, wx),
                    med(textRuns, &Run::inProcess), med(textRuns, &Run::toWindow), med(textRuns, &Run::cpuToWindow),
                    med(textRuns, &Run::toExit));
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "BenchStartup.moc"
