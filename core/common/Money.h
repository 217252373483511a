#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace escale {

// An amount of money in euro cents. Never a floating-point number.
class Money
{
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    static constexpr Money fromEuros(qint64 euros) { return Money(euros * 100); }

    constexpr qint64 cents() const { return m_cents; }

    // « 1 234,50 € » (French grouping and decimal comma; a narrow no-break space before €).
    QString toString() const;
    // « 1234.50 » for CSV files and JSON documents.
    QString toPlainString() const;
    // Reads « 10 », « 10,5 », « 10.50 », « 1 234,50 € »; nothing for anything else.
    static std::optional<Money> parse(const QString &text);

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator*(qint64 n) const { return Money(m_cents * n); }
    constexpr Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    qint64 m_cents = 0;
};

} // namespace escale
