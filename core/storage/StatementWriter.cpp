#include "storage/StatementWriter.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>
#include <vector>

#ifdef ESCALE_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace escale::storage {

namespace {

std::atomic_bool g_nativeAllowed { true };

#ifdef ESCALE_NATIVE_SQLITE
// -1 not checked yet, 0 Qt's driver runs another SQLite, 1 the same one.
std::atomic_int g_sameLibrary { -1 };

sqlite3 *handleOf(Database &db)
{
    const QSqlDatabase c = db.connection();
    if (!c.isOpen() || !c.driver())
        return nullptr;
    const QVariant v = c.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// SQLite's C API may be used on Qt's handle only when both are the same library: a handle of another
// copy of SQLite would be read with the wrong structures. The build checked that the plug-in links
// the system libsqlite3 (core/storage/CMakeLists.txt); here the library Qt's driver runs reports the
// same version number and source id as the one Escale calls.
bool sameLibrary(Database &db)
{
    const int known = g_sameLibrary.load();
    if (known >= 0)
        return known == 1;
    QSqlQuery q(db.connection());
    bool same = false;
    if (q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) && q.next()) {
        const QStringList parts = q.value(0).toString().split(QLatin1Char('.'));
        const int number
            = parts.size() >= 3 ? parts.at(0).toInt() * 1000000 + parts.at(1).toInt() * 1000 + parts.at(2).toInt() : -1;
        same
            = number == sqlite3_libversion_number() && q.value(1).toString() == QString::fromLatin1(sqlite3_sourceid());
    }
    g_sameLibrary.store(same ? 1 : 0);
    return same;
}

// UTF-16 → UTF-8 into `out` (at least 3 bytes per UTF-16 unit); lone surrogates become U+FFFD (as
// QString::toUtf8; no valid text has them, and SQLite's own conversion would pair them with their
// neighbour).
qsizetype toUtf8(QStringView text, char *out)
{
    char *p = out;
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        // Runs of ASCII, four units at a time.
        while (i + 4 <= n && ((s[i] | s[i + 1] | s[i + 2] | s[i + 3]) & 0xFF80) == 0) {
            p[0] = char(s[i]);
            p[1] = char(s[i + 1]);
            p[2] = char(s[i + 2]);
            p[3] = char(s[i + 3]);
            p += 4;
            i += 4;
        }
        if (i >= n)
            break;
        const char32_t c = s[i];
        if (c < 0x80) {
            *p++ = char(c);
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            const char32_t u = 0x10000 + ((c - 0xD800) << 10) + (char32_t(s[i + 1]) - 0xDC00);
            ++i;
            *p++ = char(0xF0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3F));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        } else {
            const char32_t u = c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c;
            *p++ = char(0xE0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        }
    }
    return p - out;
}
#endif

} // namespace

#ifdef ESCALE_NATIVE_SQLITE
struct StatementWriter::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    // One UTF-8 buffer per parameter, reused from row to row (bound SQLITE_STATIC: it must live until
    // the value is bound again or the statement is finalised).
    std::vector<QByteArray> buffers;
    ~Native()
    {
        if (stmt)
            sqlite3_finalize(stmt);
    }
};
#else
struct StatementWriter::Native
{
};
#endif

void StatementWriter::setNativeAllowed(bool allowed)
{
    g_nativeAllowed.store(allowed);
}

bool StatementWriter::nativeAllowed()
{
    return g_nativeAllowed.load();
}

bool StatementWriter::nativeAvailable(Database &db)
{
#ifdef ESCALE_NATIVE_SQLITE
    return handleOf(db) != nullptr && sameLibrary(db);
#else
    Q_UNUSED(db);
    return false;
#endif
}

StatementWriter::StatementWriter(Database &db, const QString &sql)
{
#ifdef ESCALE_NATIVE_SQLITE
    if (nativeAllowed() && nativeAvailable(db)) {
        auto native = std::make_unique<Native>();
        native->db = handleOf(db);
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(native->db, utf8.constData(), int(utf8.size()), &native->stmt, nullptr) != SQLITE_OK) {
            m_status = Status::failure(
                QStringLiteral("storage.query-failed"), QString::fromUtf8(sqlite3_errmsg(native->db)));
            return;
        }
        native->buffers.resize(size_t(sqlite3_bind_parameter_count(native->stmt)));
        m_native = std::move(native);
        return;
    }
#endif
    m_query = QSqlQuery(db.connection());
    if (!m_query.prepare(sql))
        m_status = Status::failure(QStringLiteral("storage.query-failed"), describeSqlError(m_query.lastError()));
}

StatementWriter::~StatementWriter() = default;

void StatementWriter::bindText(int index, QStringView text)
{
#ifdef ESCALE_NATIVE_SQLITE
    if (m_native) {
        if (size_t(index) >= m_native->buffers.size())
            return;
        QByteArray &buffer = m_native->buffers[size_t(index)];
        if (buffer.size() < text.size() * 3 + 1)
            buffer.resize(text.size() * 3 + 1);
        const qsizetype n = toUtf8(text, buffer.data());
        sqlite3_bind_text(m_native->stmt, index + 1, buffer.constData(), int(n), SQLITE_STATIC);
        return;
    }
#endif
    m_query.bindValue(index, text.isNull() ? QStringLiteral("") : text.toString());
}

void StatementWriter::bindReal(int index, double value)
{
#ifdef ESCALE_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_double(m_native->stmt, index + 1, value);
        return;
    }
#endif
    m_query.bindValue(index, value);
}

void StatementWriter::bindInteger(int index, qint64 value)
{
#ifdef ESCALE_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_int64(m_native->stmt, index + 1, value);
        return;
    }
#endif
    m_query.bindValue(index, value);
}

void StatementWriter::bindNull(int index)
{
#ifdef ESCALE_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_null(m_native->stmt, index + 1);
        return;
    }
#endif
    m_query.bindValue(index, QVariant());
}

void StatementWriter::bindValue(int index, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        // A null QString is an empty text (as Database::exec()); any other null is NULL.
        if (v.typeId() == QMetaType::QString)
            bindText(index, u"");
        else
            bindNull(index);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::QString:
        bindText(index, *static_cast<const QString *>(v.constData()));
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        bindReal(index, v.toDouble());
        return;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        bindInteger(index, v.toLongLong());
        return;
    default:
        break;
    }
#ifdef ESCALE_NATIVE_SQLITE
    if (m_native) {
        if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = v.toByteArray();
            QByteArray &buffer = m_native->buffers[size_t(index)];
            buffer = bytes;
            sqlite3_bind_blob(m_native->stmt, index + 1, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
        } else {
            bindText(index, v.toString());
        }
        return;
    }
#endif
    m_query.bindValue(index, v);
}

Status StatementWriter::exec()
{
    if (!m_status)
        return m_status;
#ifdef ESCALE_NATIVE_SQLITE
    if (m_native) {
        const int rc = sqlite3_step(m_native->stmt);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
            sqlite3_reset(m_native->stmt);
            return {};
        }
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_native->db));
        const int code = sqlite3_extended_errcode(m_native->db);
        sqlite3_reset(m_native->stmt);
        if ((code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED)
            return Status::failure(QStringLiteral("storage.locked"),
                QCoreApplication::translate("escale::storage::Database",
                    "The database is busy (another program is writing to it). Try again."));
        return Status::failure(QStringLiteral("storage.query-failed"),
            QCoreApplication::translate("escale::storage::RecordStore", "The database refused a change: %1")
                .arg(message));
    }
#endif
    if (!m_query.exec())
        return Status::failure(QStringLiteral("storage.query-failed"),
            QCoreApplication::translate("escale::storage::RecordStore", "The database refused a change: %1")
                .arg(describeSqlError(m_query.lastError())));
    return {};
}

} // namespace escale::storage
