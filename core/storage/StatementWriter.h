#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <memory>

namespace escale::storage {

// One prepared statement run many times with new values (the bulk writes of RecordStore: an import
// of 100,000 places). Where Qt's SQLite driver uses the very SQLite library Escale links (Linux
// distributions: the plug-in and Escale both load the system libsqlite3, checked when configuring and
// again at run time — same version and source id), the statement goes through SQLite's C API on the
// driver's own connection handle (QSqlDriver::handle()): values are bound without a QVariant and
// without Qt building a placeholder name per value. Elsewhere (Qt's Windows and macOS builds carry
// their own SQLite inside the plug-in) it goes through QSqlQuery, with the same results.
//
// Indexes are 0-based. Values stay bound from one exec() to the next (bind only what changes).
// As Database::exec(), a null text is written as an empty text, not as SQL NULL (bindNull() for NULL).
class StatementWriter
{
public:
    StatementWriter(Database &db, const QString &sql);
    ~StatementWriter();
    StatementWriter(const StatementWriter &) = delete;
    StatementWriter &operator=(const StatementWriter &) = delete;

    // Whether the statement was prepared (else status() says why).
    bool isValid() const { return m_status.ok(); }
    const Status &status() const { return m_status; }
    // Whether this statement runs through SQLite's C API.
    bool isNative() const { return m_native != nullptr; }

    void bindText(int index, QStringView text);
    void bindReal(int index, double value);
    void bindInteger(int index, qint64 value);
    void bindNull(int index);
    // A value of any type (an invalid or null QVariant: NULL; a null QString: empty text).
    void bindValue(int index, const QVariant &value);
    // Runs the statement with the values bound; they stay bound for the next run.
    Status exec();

    // Whether the C API can be used on this connection (same SQLite library as Qt's driver).
    static bool nativeAvailable(Database &db);
    // Tests: false makes every StatementWriter use QSqlQuery (the path of the platforms where Qt
    // carries its own SQLite). Process-wide; true by default.
    static void setNativeAllowed(bool allowed);
    static bool nativeAllowed();

private:
    struct Native;
    Status m_status;
    std::unique_ptr<Native> m_native;
    QSqlQuery m_query;
};

} // namespace escale::storage
