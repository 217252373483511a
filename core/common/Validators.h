#pragma once

#include <QString>

namespace escale::validate {

// Checks of the national places standard (« Standard des lieux de médiation numérique » v2).
// Each returns an empty string when the value is acceptable, otherwise a translated sentence that
// says what was expected. Empty values are acceptable: whether a field is required is the caller's rule.

QString codePostal(const QString &value);   // ^\d{5}$
QString codeInsee(const QString &value);    // ^([013-9]\d|2[AB1-9])\d{3}$
QString pivot(const QString &value);        // SIRET (14 digits) or RNA (W + 9 digits)
QString telephone(const QString &value);    // +33… (and overseas prefixes), or a French 0X XX XX XX XX
QString email(const QString &value);
QString url(const QString &value);

// A French phone number in the standard's form (+33XXXXXXXXX) or the input unchanged if it cannot be read.
QString normalizeTelephone(const QString &value);
// A phone number as people read it in France: « +33630392518 » and « 0630392518 » → « 06 30 39 25 18 »;
// an overseas or foreign number keeps its prefix, its digits grouped (« +262 262 12 34 56 »); what cannot
// be read is returned as given.
QString displayTelephone(const QString &value);

} // namespace escale::validate
