#pragma once

#include "cheques/ChequeTypes.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace escale::cheques::code {

// The code as a scanner or a person gave it, cleaned (docs/cheques.md, « Codes »):
//   - control characters (a doubled Enter, a tab) and an AIM symbology identifier (« ]C1 ») dropped;
//   - spaces, dashes, dots, slashes and underscores dropped;
//   - letters upper-cased; leading zeros kept (they are part of the code).
QString clean(const QString &raw);

// The code normalised for a scheme: clean(raw), then the scheme's configured scanner prefixes dropped,
// then, when the whole text does not match the scheme's pattern but its end does after a few stray
// characters that are not letters or digits, those are dropped too. Returns the code when it matches the
// pattern, nothing otherwise.
std::optional<QString> normalize(const QString &raw, const Scheme &scheme);

// True when the (already normalised) code matches the scheme's pattern as a whole.
bool matches(const QString &code, const Scheme &scheme);

// The codes of a range FIRST..LAST: both ends share the same length and the same text before their
// trailing digits, which are counted up with their leading zeros kept (« A0098..A0102 »).
// A precise error otherwise (ends of different lengths or patterns, last before first, too many).
Result<QStringList> expandRange(const QString &first, const QString &last, int maxCount = 100000);

// Splits "FIRST..LAST" (also "FIRST-LAST" is NOT accepted: dashes may belong to codes).
Result<std::pair<QString, QString>> splitRange(const QString &text);

} // namespace escale::cheques::code
