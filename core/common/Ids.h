#pragma once

#include <QString>

namespace escale::ids {

// A new record id: a UUID as lower-case text without braces — time-ordered (version 7: milliseconds
// then 74 random bits), so that records are unique across the machines that create them offline, yet
// ids made one after the other sort together (the primary-key indexes grow at their end).
QString newId();

// True when text is an id as newId() makes them.
bool isValid(const QString &text);

} // namespace escale::ids
