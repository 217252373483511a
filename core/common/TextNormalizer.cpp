#include "common/TextNormalizer.h"

namespace escale::text {

QString removeDiacritics(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        switch (c.unicode()) {
        case 0x0153: out += QStringLiteral("oe"); break; // œ
        case 0x0152: out += QStringLiteral("OE"); break; // Œ
        case 0x00E6: out += QStringLiteral("ae"); break; // æ
        case 0x00C6: out += QStringLiteral("AE"); break; // Æ
        case 0x00DF: out += QStringLiteral("ss"); break; // ß
        default: out += c;
        }
    }
    return out;
}

QString normalizeForSearch(const QString &text)
{
    const QString plain = removeDiacritics(text).toCaseFolded();
    QString out;
    out.reserve(plain.size());
    bool lastWasSpace = true;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber()) {
            out += c;
            lastWasSpace = false;
        } else if (!lastWasSpace) {
            out += QLatin1Char(' ');
            lastWasSpace = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QStringList searchTokens(const QString &text)
{
    return normalizeForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace escale::text
