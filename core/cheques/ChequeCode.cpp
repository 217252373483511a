#include "cheques/ChequeCode.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>

namespace escale::cheques::code {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::cheques::code", text);
}

// Compiled patterns, cached: a scan must answer at once even with many schemes.
QRegularExpression wholeMatch(const QString &pattern)
{
    static QMutex mutex;
    static QHash<QString, QRegularExpression> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        re.optimize();
        it = cache.insert(pattern, re);
    }
    return *it;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/')
        || c == QLatin1Char('_') || c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2013) || c == QChar(0x2014)
        || c == QChar(0x00A0) || c == QChar(0x202F);
}

} // namespace

QString clean(const QString &raw)
{
    QString text;
    text.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        text += c;
    }
    text = text.trimmed();
    // AIM symbology identifier sent by many scanners in front of the data: ']' + a letter + a digit.
    static const QRegularExpression aim(QStringLiteral("^\\][A-Za-z][0-9A-Za-z]"));
    text.remove(aim);
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (isSeparator(c))
            continue;
        out += c.toUpper();
    }
    return out;
}

bool matches(const QString &code, const Scheme &scheme)
{
    if (code.isEmpty())
        return false;
    if (scheme.codePattern.isEmpty())
        return true;
    const QRegularExpression re = wholeMatch(scheme.codePattern);
    return re.isValid() && re.match(code).hasMatch();
}

std::optional<QString> normalize(const QString &raw, const Scheme &scheme)
{
    QString text = clean(raw);
    for (const QString &prefix : scheme.stripPrefixes) {
        const QString p = clean(prefix);
        if (!p.isEmpty() && text.startsWith(p) && matches(text.mid(p.size()), scheme)) {
            text = text.mid(p.size());
            break;
        }
    }
    if (matches(text, scheme))
        return text;
    // Stray characters in front (a key typed before the scan, a scanner's own prefix such as « : » or
    // « * »): drop what is neither a letter nor a digit at the start, at most three characters.
    int drop = 0;
    while (drop < text.size() && drop < 3 && !text.at(drop).isLetterOrNumber())
        ++drop;
    if (drop > 0 && matches(text.mid(drop), scheme))
        return text.mid(drop);
    return std::nullopt;
}

Result<std::pair<QString, QString>> splitRange(const QString &text)
{
    const qsizetype at = text.indexOf(QStringLiteral(".."));
    if (at <= 0 || at + 2 >= text.size())
        return Error { QStringLiteral("cheques.bad-range"),
            tr("« %1 » is not a range: write FIRST..LAST (two dots between the first and the last code).").arg(text) };
    return std::pair<QString, QString>(text.left(at), text.mid(at + 2));
}

Result<QStringList> expandRange(const QString &firstRaw, const QString &lastRaw, int maxCount)
{
    const QString first = clean(firstRaw);
    const QString last = clean(lastRaw);
    if (first.isEmpty() || last.isEmpty())
        return Error { QStringLiteral("cheques.bad-range"), tr("A range needs a first and a last code.") };
    if (first.size() != last.size())
        return Error { QStringLiteral("cheques.range-length"),
            tr("The first code %1 has %2 characters and the last code %3 has %4: both ends of a range must "
               "have the same length (keep the leading zeros).")
                .arg(first)
                .arg(first.size())
                .arg(last)
                .arg(last.size()) };
    auto digitsFrom = [](const QString &s) {
        qsizetype i = s.size();
        while (i > 0 && s.at(i - 1).isDigit() && s.at(i - 1).unicode() < 128)
            --i;
        return i;
    };
    const qsizetype start = std::max(digitsFrom(first), digitsFrom(last));
    if (start >= first.size())
        return Error { QStringLiteral("cheques.range-pattern"),
            tr("The codes %1 and %2 do not end with digits: a range can only count up digits.").arg(first, last) };
    if (first.left(start) != last.left(start))
        return Error { QStringLiteral("cheques.range-pattern"),
            tr("The codes %1 and %2 do not follow the same pattern: they must differ only in their last "
               "digits.")
                .arg(first, last) };
    const qsizetype width = first.size() - start;
    if (width > 18)
        return Error { QStringLiteral("cheques.range-pattern"),
            tr("The codes %1 and %2 differ in more than 18 digits: that cannot be a booklet.").arg(first, last) };
    const qint64 from = first.mid(start).toLongLong();
    const qint64 to = last.mid(start).toLongLong();
    if (to < from)
        return Error { QStringLiteral("cheques.range-order"),
            tr("The last code %1 comes before the first code %2.").arg(last, first) };
    if (to - from + 1 > maxCount)
        return Error { QStringLiteral("cheques.range-too-large"),
            tr("The range %1..%2 holds %3 codes; at most %4 can be received at once.")
                .arg(first, last, QLocale().toString(to - from + 1), QLocale().toString(maxCount)) };
    QStringList codes;
    codes.reserve(int(to - from + 1));
    const QString prefix = first.left(start);
    for (qint64 n = from; n <= to; ++n)
        codes << prefix + QStringLiteral("%1").arg(n, int(width), 10, QLatin1Char('0'));
    return codes;
}

} // namespace escale::cheques::code
