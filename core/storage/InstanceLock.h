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
    static Result<std::unique_ptr<InstanceLock>> acquire(const QString &databasePath);

private:
    explicit InstanceLock(const QString &lockPath);
    QLockFile m_lock;
};

} // namespace escale::storage
