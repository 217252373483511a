#pragma once

#include "common/Result.h"

#include <QLockFile>

#include <memory>

namespace escale::storage {

// Keeps a second Escale window from opening the same database: the first one holds <database>.lock.
// Command-line commands do not take it (a backup or an import runs while the window is open).
class InstanceLock
{
public:
    // The lock, or an error when another Escale holds it. When the lock file cannot be written at all
    // (a missing or read-only folder), the result is ok but empty: Database::open reports that case.
    static Result<std::unique_ptr<InstanceLock>> acquire(const QString &databasePath);

private:
    explicit InstanceLock(const QString &lockPath);
    QLockFile m_lock;
};

} // namespace escale::storage
