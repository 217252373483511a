#pragma once

#include "common/Result.h"
#include "competencies/Framework.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace escale::competencies {

// The frameworks this installation knows: the three built in (resources/content/competencies, embedded)
// and those stored in `competency_frameworks` (copies adapted by the structure, or received through
// sync). A stored framework with the id of a built-in one replaces it.
class FrameworkLibrary
{
public:
    explicit FrameworkLibrary(storage::Database &db)
        : m_db(db)
    { }

    // The built-in frameworks, validated (a built-in that fails validation is logged and left out;
    // the tests make sure none does).
    static QList<Framework> builtIn();
    // The raw JSON of a built-in framework by id (empty when unknown).
    static QByteArray builtInJson(const QString &id);

    QList<Framework> all() const;
    std::optional<Framework> find(const QString &id) const;
    bool isBuiltIn(const QString &id) const;

    // A copy of `source` to adapt: new id (from the title), version 1, based_on = source id.
    Framework copyOf(const Framework &source, const QString &title) const;
    // Validates and saves a framework (creates it, or replaces the stored one with the same id).
    Result<QString> save(const Framework &framework);
    // Removes a stored framework (a tombstone that sync pushes). Built-in ones cannot be removed.
    Status remove(const QString &id);

private:
    storage::Database &m_db;
};

} // namespace escale::competencies
