#include "common/TextNormalizer.h"

#include <algorithm>
#include <array>

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

namespace {

// The characters below U+0250 (Latin-1, Latin Extended-A and B) one by one, as the general path
// below turns them (decomposed, marks dropped, ligatures opened, case folded). The general path is
// character by character for them, so a text made only of such characters is normalised with this
// table, without QString::normalized() (an import normalises hundreds of thousands of values).
constexpr char16_t TableEnd = 0x250;

// Each entry holds the letters and digits of its character turned, anything else as a space (a
// separator); `widest` is the longest entry (« ß » gives « ss »), so an output buffer of the text's
// length times `widest` always suffices.
struct LatinTable
{
    std::array<QString, TableEnd> entries;
    qsizetype widest = 1;
};

const LatinTable &latinTable()
{
    static const LatinTable table = [] {
        LatinTable t;
        for (char16_t c = 0; c < TableEnd; ++c) {
            QString entry = removeDiacritics(QString(QChar(c))).toCaseFolded();
            for (QChar &d : entry)
                if (!d.isLetterOrNumber())
                    d = QLatin1Char(' ');
            t.widest = std::max(t.widest, entry.size());
            t.entries[c] = entry;
        }
        return t;
    }();
    return table;
}

} // namespace

QString normalizeForSearch(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral(""); // not null, as the general path gives
    bool latin = true;
    for (const QChar c : text)
        if (c.unicode() >= TableEnd) {
            latin = false;
            break;
        }
    if (latin) {
        // Written straight into a buffer wide enough for the widest entry of every character.
        const LatinTable &table = latinTable();
        QString out(text.size() * table.widest, Qt::Uninitialized);
        char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
        char16_t *w = begin;
        bool lastWasSpace = true;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                *w++ = u;
                lastWasSpace = false;
                continue;
            }
            for (const QChar d : table.entries[u]) {
                if (d != QLatin1Char(' ')) {
                    *w++ = d.unicode();
                    lastWasSpace = false;
                } else if (!lastWasSpace) {
                    *w++ = u' ';
                    lastWasSpace = true;
                }
            }
        }
        if (w != begin && w[-1] == u' ')
            --w;
        out.truncate(w - begin);
        return out;
    }
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
