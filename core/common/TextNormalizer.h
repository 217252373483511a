#pragma once

#include <QString>
#include <QStringList>

namespace escale::text {

// The form of a text used to compare and search: accents removed (« Étienne » → « etienne »),
// case folded, ligatures opened (« œ » → « oe »), punctuation turned to spaces, spaces collapsed.
QString normalizeForSearch(const QString &text);

// The words of a text after normalisation, for prefix search (« Dígne-les » → {"digne", "les"}).
QStringList searchTokens(const QString &text);

// Removes the diacritics of a text and keeps its case and punctuation.
QString removeDiacritics(const QString &text);

} // namespace escale::text
