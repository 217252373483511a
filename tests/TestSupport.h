#pragma once

// Small helpers shared by the tests: a temporary database with a fixed clock, and the paths of the
// project's fixtures and of the real data in ../shared/data.

#include "common/Clock.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace escale::test {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
}

// A fresh, fully migrated database in its own temporary folder, with a FixedClock.
class TempDatabase
{
public:
    explicit TempDatabase(QDateTime now = fixedNow())
        : clock(now)
    {
        auto opened = storage::Database::open(dir.filePath(QStringLiteral("escale.sqlite")), clock);
        if (!opened)
            qFatal("cannot open a temporary database: %s", qPrintable(opened.errorMessage()));
        db = std::move(opened.value());
    }

    storage::Database &operator*() { return *db; }
    storage::Database *operator->() { return db.get(); }
    QString path() const { return dir.filePath(QStringLiteral("escale.sqlite")); }

    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<storage::Database> db;
};

inline QString testData(const QString &relative)
{
    return QDir(QStringLiteral(ESCALE_TEST_DATA_DIR)).filePath(relative);
}

// A file of ../shared/data, or an empty string when that folder is not there (acceptance tests skip
// with a printed reason then).
inline QString sharedData(const QString &relative)
{
    const QString path = QDir(QStringLiteral(ESCALE_SHARED_DATA_DIR)).filePath(relative);
    return QFile::exists(path) ? path : QString();
}

} // namespace escale::test

// Fails the test with the error's message when a Result or Status is not ok.
#define ESCALE_VERIFY_OK(expr)                                                                                         \
    do {                                                                                                               \
        const auto &escale_r_ = (expr);                                                                                \
        if (!escale_r_.ok())                                                                                           \
            QFAIL(qPrintable(QStringLiteral(#expr " failed: ") + escale_r_.error().message));                          \
    } while (false)
