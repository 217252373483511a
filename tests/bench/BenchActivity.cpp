#include "TestSupport.h"

#include "activity/Activity.h"
#include "activity/ActivityStatistics.h"
#include "common/Ids.h"
#include "reports/MonthlyActivitySheet.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace escale;

// Statistics and the monthly sheet over 1,000,000 activities (5 years), and the quick entry's save.
// Prints figures; asserts nothing about time (issue 7 targets: statistics < 300 ms, PDF < 2 s,
// save < 10 ms).
class BenchActivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void millionActivities()
    {
        const int total = qEnvironmentVariableIntValue("ESCALE_BENCH_ACTIVITIES") > 0
            ? qEnvironmentVariableIntValue("ESCALE_BENCH_ACTIVITIES")
            : 1000000;
        test::TempDatabase db;
        QElapsedTimer timer;
        timer.start();
        {
            storage::Transaction tx(*db);
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral(
                "INSERT INTO activities (id, updated_at, deleted, dirty, origin, type, date, duree_minutes, canal, "
                "lieu_kind, materiel, thematiques, demarches, genre, tranche_age, statut, commune, participants, "
                "beneficiary_id, "
                "created_at) VALUES (?, '2026-01-01T00:00:00.000Z', 0, 1, 'bench', ?, ?, ?, ?, 'structure', "
                "'ordinateur', ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')"));
            const QStringList types { QStringLiteral("individuel"), QStringLiteral("individuel"),
                QStringLiteral("ponctuel"), QStringLiteral("collectif") };
            const QStringList themes { QStringLiteral("email"), QStringLiteral("sante"),
                QStringLiteral("aide_aux_demarches_administratives"),
                QStringLiteral("navigation_sur_internet|securite_numerique") };
            const QStringList genres { QStringLiteral("feminin"), QStringLiteral("masculin"),
                QStringLiteral("non_communique") };
            const QStringList communes { QStringLiteral("Digne-les-Bains"), QStringLiteral("Manosque"),
                QStringLiteral("Sisteron") };
            QRandomGenerator rng(42);
            const QDate start(2021, 11, 22);
            for (int i = 0; i < total; ++i) {
                const int t = int(rng.bounded(4));
                q.addBindValue(ids::newId());
                q.addBindValue(types.at(t));
                q.addBindValue(start.addDays(qint64(i) * 1826 / total).toString(Qt::ISODate));
                q.addBindValue(15 + int(rng.bounded(8)) * 15);
                q.addBindValue(QStringLiteral("lieu_activite"));
                q.addBindValue(themes.at(int(rng.bounded(4))));
                q.addBindValue(t == 2 ? QStringLiteral("argent_impots") : QStringLiteral(""));
                q.addBindValue(t == 3 ? QStringLiteral("") : genres.at(int(rng.bounded(3))));
                q.addBindValue(t == 3 ? QStringLiteral("") : QStringLiteral("soixante_dix_plus"));
                q.addBindValue(t == 3 ? QStringLiteral("") : QStringLiteral("retraite"));
                q.addBindValue(t == 3 ? QStringLiteral("") : communes.at(int(rng.bounded(3))));
                q.addBindValue(t == 3 ? 6 : 1);
                // 60 % of individual activities name one of 20,000 people (new vs followed is computed).
                q.addBindValue(
                    t != 3 && rng.bounded(10) < 6 ? QStringLiteral("p%1").arg(rng.bounded(20000)) : QStringLiteral(""));
                if (!q.exec())
                    QFAIL(qPrintable(q.lastError().text()));
            }
            ESCALE_VERIFY_OK(tx.commit());
        }
        QSqlQuery(db->connection()).exec(QStringLiteral("ANALYZE"));
        qInfo("BENCH fill: %d activities in %lld ms", total, timer.elapsed());

        for (int run = 0; run < 3; ++run) {
            timer.restart();
            auto st = activity::computeStatistics(*db, QDate(2026, 10, 1), QDate(2026, 10, 31));
            ESCALE_VERIFY_OK(st);
            qInfo("BENCH statistics, one month (%d activities): %lld ms", st->activities, timer.elapsed());
        }
        timer.restart();
        auto year = activity::computeStatistics(*db, QDate(2025, 11, 1), QDate(2026, 10, 31));
        ESCALE_VERIFY_OK(year);
        qInfo("BENCH statistics, twelve months (%d activities): %lld ms", year->activities, timer.elapsed());

        const QString pdf = db.dir.filePath(QStringLiteral("sheet.pdf"));
        for (int run = 0; run < 2; ++run) {
            timer.restart();
            ESCALE_VERIFY_OK(reports::writeMonthlySheet(*db, QDate(2026, 10, 1), db.clock, pdf));
            qInfo("BENCH monthly sheet PDF (statistics + layout + writing): %lld ms", timer.elapsed());
        }

        activity::ActivityStore store(*db);
        activity::Activity a;
        a.date = db.clock.today();
        a.thematiques = { QStringLiteral("email") };
        const int saves = 200;
        timer.restart();
        for (int i = 0; i < saves; ++i)
            ESCALE_VERIFY_OK(store.create(a));
        qInfo("BENCH quick entry save: %.2f ms per activity (average of %d)", double(timer.elapsed()) / saves, saves);
    }
};

QTEST_MAIN(BenchActivity)
#include "BenchActivity.moc"
