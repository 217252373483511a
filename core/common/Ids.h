#pragma once

#include <QString>

namespace escale::ids {

// A new record id: a random UUID as lower-case text without braces. Records are created on many
// machines offline, so ids are never sequential.
QString newId();

// True when text is an id as newId() makes them.
bool isValid(const QString &text);

} // namespace escale::ids
