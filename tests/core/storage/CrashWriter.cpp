// A child process for TestCrashSafety: opens the database and writes numbered rows, one transaction
// each, printing each number on stdout once its COMMIT returned. The test kills it with SIGKILL at a
// random moment and then checks that every printed number is in the file.
#include "common/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int start = QString::fromLatin1(argv[2]).toInt();
    escale::SystemClock clock;
    auto db = escale::storage::Database::open(path, clock);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    escale::storage::Database &database = **db;
    {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS crash_rows (n INTEGER PRIMARY KEY, payload TEXT NOT NULL)"));
    }
    const QString payload(400, QLatin1Char('x'));
    for (int n = start;; ++n) {
        escale::storage::Transaction tx(database);
        if (!tx.isActive())
            return 1;
        if (!database.exec(QStringLiteral("INSERT INTO crash_rows (n, payload) VALUES (?, ?)"), {n, payload}))
            return 1;
        if (!database.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('last', ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {n}))
            return 1;
        if (!tx.commit())
            return 1;
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}
