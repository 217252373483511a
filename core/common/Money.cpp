#include "common/Money.h"

#include <QRegularExpression>

namespace escale {

namespace {
QString groupThousands(qint64 value)
{
    QString digits = QString::number(value);
    QString out;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QChar(0x202F);
        out += digits.at(i);
    }
    return out;
}
} // namespace

QString Money::toString() const
{
    const qint64 abs = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2,%3\u00A0€")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(groupThousands(abs / 100))
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toPlainString() const
{
    const qint64 abs = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::parse(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(QLatin1Char(' ')).remove(QStringLiteral("€"));
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d+)(?:[.,](\\d{1,2}))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 units = m.captured(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    QString fraction = m.captured(3);
    if (fraction.size() == 1)
        fraction += QLatin1Char('0');
    const qint64 cents = units * 100 + (fraction.isEmpty() ? 0 : fraction.toLongLong());
    return Money(m.captured(1).isEmpty() ? cents : -cents);
}

} // namespace escale
