#include "storage/Database.h"

#include "common/Ids.h"
#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

Q_LOGGING_CATEGORY(lcStorage, "escale.storage")

namespace escale::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::storage::Database", text);
}

struct Migration
{
    int version = 0;
    QString name;
    QString resource;
};

QList<Migration> availableMigrations()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(file);
        if (!m.hasMatch()) {
            qCWarning(lcStorage) << "ignoring a resource that is not a migration:" << file;
            continue;
        }
        list.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    return list;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("escale-%1").arg(counter.fetch_add(1));
}

// The database files this process has open (or is opening), by absolute path. POSIX advisory locks
// belong to the process and are all released when any descriptor of the file is closed — even one
// opened only to read the header — so the header is read only when no connection of this process
// has the file open (SQLite's « How To Corrupt An SQLite Database File », §2.2: the first connection
// checked it already). Without this, an import or a sync opening their own connection released the
// window's locks, and a command writing meanwhile could corrupt the file.
QMutex openFilesMutex;
QHash<QString, int> openFiles;

void releaseOpenFile(const QString &key)
{
    QMutexLocker lock(&openFilesMutex);
    if (--openFiles[key] <= 0)
        openFiles.remove(key);
}

bool looksLikeSqlite(const QString &path, bool *empty)
{
    QFile f(path);
    *empty = f.size() == 0;
    if (*empty)
        return true;
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool isBusy(const QSqlError &error)
{
    const QString text = error.text().toLower();
    return text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"));
}

bool isCorrupt(const QSqlError &error)
{
    const QString text = error.text().toLower();
    return text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database"))
        || text.contains(QLatin1String("corrupt"));
}

} // namespace

QString describeSqlError(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("ESCALE_DATABASE");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("escale.sqlite"));
}

int Database::latestSchemaVersion()
{
    const auto migrations = availableMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Database::Database(QString path, QString connectionName, const Clock &clock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock)
{
}

Database::~Database()
{
    m_statements.clear(); // prepared statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    releaseOpenFile(m_path);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Clock &clock, const Options &options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!options.createFolder || !folder.mkpath(QStringLiteral("."))) {
            return Error{QStringLiteral("storage.missing-folder"),
                         tr("The folder of the database %1 does not exist. Create it first or choose another "
                            "file with --database.")
                             .arg(shown)};
        }
    }
    if (info.exists()) {
        if (info.isDir())
            return Error{QStringLiteral("storage.not-a-file"),
                         tr("%1 is a folder, not a database file.").arg(shown)};
        if (!info.isReadable())
            return Error{QStringLiteral("storage.unreadable"),
                         tr("The database %1 cannot be read: check its permissions.").arg(shown)};
        if (!options.readOnly && (!info.isWritable() || !QFileInfo(folder.absolutePath()).isWritable()))
            return Error{QStringLiteral("storage.read-only"),
                         tr("The database %1 is read-only: Escale needs to write to the file and to its folder. "
                            "Check the permissions or copy the file elsewhere.")
                             .arg(shown)};
        bool empty = false;
        QMutexLocker lock(&openFilesMutex);
        if (openFiles.value(info.absoluteFilePath()) == 0 && !looksLikeSqlite(path, &empty))
            return Error{QStringLiteral("storage.not-escale"),
                         tr("%1 is not an Escale database (it is not an SQLite file). It was left untouched.")
                             .arg(shown)};
    } else if (options.readOnly) {
        return Error{QStringLiteral("storage.missing-file"), tr("The database %1 does not exist.").arg(shown)};
    } else if (!QFileInfo(folder.absolutePath()).isWritable()) {
        return Error{QStringLiteral("storage.read-only"),
                     tr("Escale cannot create a database in %1: the folder is read-only.")
                         .arg(QDir::toNativeSeparators(folder.absolutePath()))};
    }

    {
        QMutexLocker lock(&openFilesMutex);
        ++openFiles[info.absoluteFilePath()]; // released by ~Database (also when the opening fails below)
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, clock));
    database->m_readOnly = options.readOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return Error{QStringLiteral("storage.open-failed"),
                         tr("The database %1 could not be opened: %2").arg(shown, describeSqlError(db.lastError()))};
    }
    Status configured = database->configure(options);
    if (!configured)
        return configured.error();
    return database;
}

Status Database::configure(const Options &options)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlDatabase db = connection();
    QSqlQuery q(db);

    // Identify the file before writing anything to it.
    auto pragmaInt = [&](const QString &pragma, int *out) -> Status {
        if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next()) {
            const QSqlError e = q.lastError();
            if (isBusy(e))
                return Status::failure(QStringLiteral("storage.locked"),
                                       tr("The database %1 is locked by another program (another Escale may be "
                                          "writing to it). Try again in a moment.")
                                           .arg(shown));
            if (isCorrupt(e))
                return Status::failure(QStringLiteral("storage.corrupt"),
                                       tr("The database %1 is damaged or is not an Escale database: %2. It was left "
                                          "untouched; restore a backup.")
                                           .arg(shown, describeSqlError(e)));
            return Status::failure(QStringLiteral("storage.open-failed"),
                                   tr("The database %1 could not be read: %2").arg(shown, describeSqlError(e)));
        }
        *out = q.value(0).toInt();
        return {};
    };
    int applicationId = 0;
    int version = 0;
    int objects = 0;
    if (Status s = pragmaInt(QStringLiteral("application_id"), &applicationId); !s)
        return s;
    if (Status s = pragmaInt(QStringLiteral("user_version"), &version); !s)
        return s;
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        const QSqlError e = q.lastError();
        return Status::failure(isBusy(e) ? QStringLiteral("storage.locked") : QStringLiteral("storage.corrupt"),
                               isBusy(e) ? tr("The database %1 is locked by another program. Try again in a moment.")
                                               .arg(shown)
                                         : tr("The database %1 is damaged: %2. It was left untouched; restore a "
                                              "backup.")
                                               .arg(shown, describeSqlError(e)));
    }
    objects = q.value(0).toInt();
    q.finish();

    if ((applicationId != 0 && applicationId != ApplicationId) || (applicationId == 0 && objects > 0))
        return Status::failure(QStringLiteral("storage.not-escale"),
                               tr("%1 is an SQLite file but not an Escale database. It was left untouched.")
                                   .arg(shown));
    const int latest = latestSchemaVersion();
    if (version > latest)
        return Status::failure(QStringLiteral("storage.newer-version"),
                               tr("The database %1 was written by a newer version of Escale (schema %2; this version "
                                  "knows up to %3). Install the newer Escale; the file was left untouched.")
                                   .arg(shown)
                                   .arg(version)
                                   .arg(latest));
    const int target = options.migrateTo >= 0 ? std::min(options.migrateTo, latest) : latest;
    if (options.readOnly && version < target)
        return Status::failure(QStringLiteral("storage.needs-upgrade"),
                               tr("The database %1 is from an older version of Escale and must be upgraded; open it "
                                  "once without read-only access.")
                                   .arg(shown));

    if (!options.readOnly) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return Status::failure(QStringLiteral("storage.open-failed"),
                                       tr("The database %1 could not be configured: %2")
                                           .arg(shown, describeSqlError(q.lastError())));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return Status::failure(QStringLiteral("storage.open-failed"), describeSqlError(q.lastError()));

    if (version < target) {
        if (version > 0) {
            const QString bak = m_path + QStringLiteral(".v%1.bak").arg(version);
            QFile::remove(bak);
            if (Status s = backupTo(bak); !s)
                return Status::failure(QStringLiteral("storage.backup-failed"),
                                       tr("Before upgrading, Escale copies the database to %1, and this failed: %2. "
                                          "Nothing was changed.")
                                           .arg(QDir::toNativeSeparators(bak), s.errorMessage()));
            qCInfo(lcStorage) << "saved a copy of schema version" << version << "before upgrading";
        }
        if (Status s = migrate(target); !s)
            return s;
    }

    m_installationId = setting(QStringLiteral("installation_id")).toString();
    if (m_installationId.isEmpty() && !m_readOnly) {
        m_installationId = ids::newId();
        if (Status s = setSetting(QStringLiteral("installation_id"), m_installationId); !s)
            return s;
    }
    return {};
}

Status Database::migrate(int target)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    q.next();
    const int from = q.value(0).toInt();
    q.finish();

    for (const Migration &m : availableMigrations()) {
        if (m.version <= from || m.version > target)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("storage.migration-missing"),
                                   tr("Schema migration %1 cannot be read.").arg(m.resource));
        const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Status::failure(QStringLiteral("storage.locked"),
                                   tr("The database is in use by another program; it could not be upgraded: %1")
                                       .arg(describeSqlError(q.lastError())));
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                const QString error = describeSqlError(q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return Status::failure(QStringLiteral("storage.migration-failed"),
                                       tr("Schema migration %1 (%2) failed: %3\n%4")
                                           .arg(m.version)
                                           .arg(m.name, error, statement.left(200)));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId))
            || !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version))
            || !q.exec(QStringLiteral("COMMIT"))) {
            const QString error = describeSqlError(q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return Status::failure(QStringLiteral("storage.migration-failed"),
                                   tr("Schema migration %1 could not be recorded: %2").arg(m.version).arg(error));
        }
        qCInfo(lcStorage) << "applied schema migration" << m.version << m.name;
    }
    return {};
}

bool Database::hasFts5() const
{
    detectCapabilities();
    return m_hasFts5;
}

bool Database::hasRtree() const
{
    detectCapabilities();
    return m_hasRtree;
}

void Database::detectCapabilities() const
{
    if (m_capabilitiesKnown)
        return;
    m_capabilitiesKnown = true;
    QSqlQuery q(connection());
    m_hasFts5 = q.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE temp.escale_fts5_probe USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')"));
    if (m_hasFts5)
        q.exec(QStringLiteral("DROP TABLE temp.escale_fts5_probe"));
    else
        qCWarning(lcStorage) << "this SQLite has no FTS5: search falls back to indexed LIKE queries";
    m_hasRtree = q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.escale_rtree_probe USING rtree(id, a, b)"));
    if (m_hasRtree)
        q.exec(QStringLiteral("DROP TABLE temp.escale_rtree_probe"));
    else
        qCWarning(lcStorage) << "this SQLite has no R*Tree: spatial queries fall back to indexed ranges";
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    Options options;
    options.readOnly = m_readOnly;
    return open(m_path, m_clock, options);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::backupTo(const QString &targetPath) const
{
    const QFileInfo target(targetPath);
    if (!target.absoluteDir().exists())
        return Status::failure(QStringLiteral("storage.missing-folder"),
                               tr("The folder of %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    if (target.exists())
        return Status::failure(QStringLiteral("storage.target-exists"),
                               tr("%1 already exists; choose another name or remove it first.")
                                   .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target.absoluteFilePath());
    if (!q.exec())
        return Status::failure(QStringLiteral("storage.backup-failed"),
                               tr("The copy to %1 failed: %2")
                                   .arg(QDir::toNativeSeparators(target.absoluteFilePath()),
                                        describeSqlError(q.lastError())));
    return {};
}

QVariant Database::setting(const QString &key, const QVariant &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0);
    return fallback;
}

Status Database::setSetting(const QString &key, const QVariant &value)
{
    return exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

Status Database::exec(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= 256) // statements built from many table names: keep the cache bounded
            m_statements.clear();
        auto prepared = std::make_shared<QSqlQuery>(connection());
        if (!prepared->prepare(sql))
            return Status::failure(QStringLiteral("storage.query-failed"), describeSqlError(prepared->lastError()));
        it = m_statements.insert(sql, prepared);
    }
    QSqlQuery &q = **it;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString is an empty text, not SQL NULL (NULL is written with an invalid QVariant).
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
    const bool ok = q.exec();
    const QSqlError e = q.lastError();
    q.finish(); // reset the statement: it holds no lock between two runs
    if (!ok) {
        if (isBusy(e))
            return Status::failure(QStringLiteral("storage.locked"),
                                   tr("The database is busy (another program is writing to it). Try again."));
        return Status::failure(QStringLiteral("storage.query-failed"),
                               tr("The database refused a change: %1").arg(describeSqlError(e)));
    }
    return {};
}

// Transactions nest: the outermost is a BEGIN IMMEDIATE … COMMIT, each one inside it a savepoint
// (escale_1, escale_2…). An inner transaction that ends without its commit undoes its own changes only
// (ROLLBACK TO its savepoint) and leaves the outer one open: the outer code decides, and its writes
// after that point stay inside the transaction (a whole ROLLBACK there let them commit one by one).
Status Database::beginTransaction()
{
    if (m_transactionDepth > 0) {
        Status s = exec(QStringLiteral("SAVEPOINT escale_%1").arg(m_transactionDepth));
        if (s)
            ++m_transactionDepth;
        return s;
    }
    Status s = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (s)
        m_transactionDepth = 1;
    return s;
}

Status Database::commit()
{
    if (m_transactionDepth == 0)
        return Status::failure(QStringLiteral("storage.no-transaction"),
                               tr("The change was cancelled before it could be saved."));
    if (m_transactionDepth > 1) {
        --m_transactionDepth;
        return exec(QStringLiteral("RELEASE escale_%1").arg(m_transactionDepth));
    }
    m_transactionDepth = 0;
    Status s = exec(QStringLiteral("COMMIT"));
    if (!s)
    {
        QSqlQuery q(connection());
        q.exec(QStringLiteral("ROLLBACK"));
    }
    return s;
}

void Database::rollback()
{
    if (m_transactionDepth == 0)
        return;
    QSqlQuery q(connection());
    if (m_transactionDepth > 1) {
        --m_transactionDepth;
        const QString name = QStringLiteral("escale_%1").arg(m_transactionDepth);
        q.exec(QStringLiteral("ROLLBACK TO ") + name);
        q.exec(QStringLiteral("RELEASE ") + name);
        return;
    }
    m_transactionDepth = 0;
    q.exec(QStringLiteral("ROLLBACK"));
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_status(db.beginTransaction())
{
}

Transaction::~Transaction()
{
    if (m_status.ok() && !m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_status)
        return m_status;
    m_done = true;
    return m_db.commit();
}

} // namespace escale::storage
