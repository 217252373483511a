// Start-up benchmark (issue « Foundation »): cold start to the main window shown, on a database of
// 100,000 activities and 20,000 places, side by side with an empty Qt Widgets window built with the
// same flags. Prints the figures; asserts nothing about time.
#include "TestSupport.h"

#include "structure/StructureProfile.h"

#include <QElapsedTimer>
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
    // In-process time (QApplication to the window shown) as the program prints it; wallMs receives the
    // whole process time seen from here (loading the libraries included) up to its exit.
    static qint64 startupMs(const QString &program, const QStringList &args, qint64 *wallMs = nullptr)
    {
        QElapsedTimer wall;
        wall.start();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning() << program << p.readAllStandardError();
            return -1;
        }
        if (wallMs)
            *wallMs = wall.elapsed();
        const QByteArray out = p.readAllStandardOutput();
        const int at = int(out.indexOf("startup_ms="));
        return at < 0 ? -1 : out.mid(at + 11).trimmed().toLongLong();
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
        // One warm-up each (the file system cache), then alternate the two programs.
        startupMs(escale, {QStringLiteral("--database"), path, QStringLiteral("--quit-after-startup")});
        startupMs(empty, {});
        QList<qint64> escaleTimes, emptyTimes, escaleWall, emptyWall, textTimes, textWall;
        for (int i = 0; i < 7; ++i) {
            qint64 ew = 0, ww = 0, tw = 0;
            textTimes << startupMs(empty, {QStringLiteral("--with-text")}, &tw);
            textWall << tw;
            const qint64 e = startupMs(escale, {QStringLiteral("--database"), path, QStringLiteral("--quit-after-startup")},
                                       &ew);
            const qint64 w = startupMs(empty, {}, &ww);
            QVERIFY(e >= 0 && w >= 0);
            escaleTimes << e;
            emptyTimes << w;
            escaleWall << ew;
            emptyWall << ww;
        }
        const qint64 e = median(escaleTimes);
        const qint64 w = median(emptyTimes);
        const qint64 ew = median(escaleWall);
        const qint64 ww = median(emptyWall);
        std::printf("\nstartup, 100,000 activities + 20,000 places, median of 7 (offscreen):\n"
                    "                       in-process   whole process\n"
                    "  escale               %6lld ms   %6lld ms\n"
                    "  empty Qt window      %6lld ms   %6lld ms\n"
                    "  ratio                %9.2f   %9.2f   (target <= 1.5)\n"
                    "  Qt window + 1 label  %6lld ms   %6lld ms   (fonts loaded, for reference)\n\n",
                    static_cast<long long>(e), static_cast<long long>(ew), static_cast<long long>(w),
                    static_cast<long long>(ww), w > 0 ? double(e) / double(w) : 0.0,
                    ww > 0 ? double(ew) / double(ww) : 0.0, static_cast<long long>(median(textTimes)),
                    static_cast<long long>(median(textWall)));
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "BenchStartup.moc"
