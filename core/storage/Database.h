#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QLoggingCategory>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace escale::storage {

// One Escale SQLite file (DESIGN.md §3): WAL, foreign keys, busy time-out, numbered migrations in
// PRAGMA user_version, a .v<N>.bak copy before any upgrade, and refusal — file untouched — of anything
// that is not an Escale database of this version or older.
//
// A Database is one connection, usable from the thread that opened it. Work on another thread opens
// its own with openAnother().
class Database
{
public:
    struct Options
    {
        bool readOnly = false;        // never writes; refuses a file that needs migrating
        bool createFolder = false;    // create the parent folder (the default location only)
        int migrateTo = -1;           // tests: stop at this schema version (-1: latest)
    };

    // The application_id written in every Escale file header ("ESCA").
    static constexpr int ApplicationId = 0x45534341;

    static Result<std::unique_ptr<Database>> open(const QString &path, const Clock &clock, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path, const Clock &clock)
    {
        return open(path, clock, Options{});
    }
    // The default file: QStandardPaths::AppDataLocation/escale.sqlite, unless ESCALE_DATABASE says otherwise.
    static QString defaultPath();
    // The newest schema version this build knows.
    static int latestSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Another connection to the same file, for another thread (created in the calling thread).
    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    const Clock &clock() const { return m_clock; }
    int schemaVersion() const;
    // Whether this SQLite has FTS5 (with the unicode61 tokenizer) and R*Tree. Probed on the first question,
    // not at open: start-up does not pay for it.
    bool hasFts5() const;
    bool hasRtree() const;
    bool isReadOnly() const { return m_readOnly; }
    // The id of this installation, written into every record it creates (the `origin` column).
    QString installationId() const { return m_installationId; }

    // A consistent copy of the whole file (VACUUM INTO), safe while other connections write.
    Status backupTo(const QString &targetPath) const;

    // Small local settings (never synced).
    QVariant setting(const QString &key, const QVariant &fallback = {}) const;
    Status setSetting(const QString &key, const QVariant &value);

    // Runs one statement with bound values. Statements are prepared once per connection and kept (a
    // bounded cache), so a write repeated for every row of an import or a sync page is not re-parsed.
    Status exec(const QString &sql, const QVariantList &values = {});

    // Prefer Transaction. They nest: an inner one is a savepoint, and rolling it back undoes its own
    // changes only; the outer one stays open.
    Status beginTransaction();
    Status commit();
    void rollback();

private:
    Database(QString path, QString connectionName, const Clock &clock);
    Status configure(const Options &options);
    Status migrate(int target);
    void detectCapabilities() const;

    QString m_path;
    QString m_connectionName;
    const Clock &m_clock;
    QString m_installationId;
    mutable bool m_capabilitiesKnown = false;
    mutable bool m_hasFts5 = false;
    mutable bool m_hasRtree = false;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // exec()'s prepared statements
};

// A transaction that rolls back unless committed. Nested scopes join the outer transaction.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_status.ok() && !m_done; }
    const Status &beginStatus() const { return m_status; }
    Status commit();

private:
    Database &m_db;
    Status m_status;
    bool m_done = false;
};

// The message of a failed query, for logs and for the Error given to the user.
QString describeSqlError(const QSqlError &error);

} // namespace escale::storage
