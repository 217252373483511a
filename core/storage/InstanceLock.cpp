#include "storage/InstanceLock.h"

#include <QCoreApplication>
#include <QDir>

namespace escale::storage {

InstanceLock::InstanceLock(const QString &lockPath)
    : m_lock(lockPath)
{
}

Result<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const QString &databasePath)
{
    std::unique_ptr<InstanceLock> lock(new InstanceLock(databasePath + QStringLiteral(".lock")));
    lock->m_lock.setStaleLockTime(0);
    if (lock->m_lock.tryLock(100))
        return lock;
    if (lock->m_lock.error() != QLockFile::LockFailedError) {
        // The lock file cannot be written (missing or read-only folder): opening the database will
        // say precisely what is wrong, so no lock is held and none is refused here.
        return std::unique_ptr<InstanceLock>();
    }
    qint64 pid = 0;
    QString host, app;
    lock->m_lock.getLockInfo(&pid, &host, &app);
    return Error{QStringLiteral("storage.in-use"),
                 QCoreApplication::translate("escale::storage::InstanceLock",
                                             "The database %1 is already open in another Escale window (process %2 "
                                             "on %3). Close it first, or open another file with --database.")
                     .arg(QDir::toNativeSeparators(databasePath))
                     .arg(pid)
                     .arg(host)};
}

} // namespace escale::storage
