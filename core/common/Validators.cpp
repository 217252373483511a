#include "common/Validators.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace escale::validate {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("escale::validate", text);
}

QString compact(const QString &value)
{
    QString v = value;
    v.remove(QLatin1Char(' ')).remove(QLatin1Char('.')).remove(QLatin1Char('-')).remove(QChar(0x00A0));
    return v;
}
} // namespace

QString codePostal(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^\\d{5}$"));
    if (value.isEmpty() || re.match(value).hasMatch())
        return {};
    return tr("A postal code has exactly 5 digits (for example 04000).");
}

QString codeInsee(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^([013-9]\\d|2[AB1-9])\\d{3}$"));
    if (value.isEmpty() || re.match(value).hasMatch())
        return {};
    return tr("An INSEE code has 5 characters: the département (01 to 95, 2A, 2B, 97x) then 3 digits.");
}

QString pivot(const QString &value)
{
    static const QRegularExpression siret(QStringLiteral("^\\d{14}$"));
    static const QRegularExpression rna(QStringLiteral("^W\\d{9}$"));
    const QString v = compact(value).toUpper();
    if (v.isEmpty() || siret.match(v).hasMatch() || rna.match(v).hasMatch())
        return {};
    return tr("Expected a SIRET number (14 digits) or an RNA number (W followed by 9 digits).");
}

QString normalizeTelephone(const QString &value)
{
    QString v = compact(value);
    v.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    static const QRegularExpression national(QStringLiteral("^0(\\d{9})$"));
    const auto m = national.match(v);
    if (m.hasMatch())
        return QStringLiteral("+33") + m.captured(1);
    if (v.startsWith(QStringLiteral("0033")))
        return QStringLiteral("+") + v.mid(2);
    return v;
}

QString displayTelephone(const QString &value)
{
    const QString v = normalizeTelephone(value.trimmed());
    auto pairs = [](const QString &digits) {
        QStringList groups;
        for (qsizetype i = 0; i < digits.size(); i += 2)
            groups << digits.mid(i, 2);
        return groups.join(QLatin1Char(' '));
    };
    static const QRegularExpression metropolitan(QStringLiteral("^\\+33(\\d{9})$"));
    if (const auto m = metropolitan.match(v); m.hasMatch())
        return pairs(QLatin1Char('0') + m.captured(1));
    static const QRegularExpression overseas(QStringLiteral("^\\+(590|594|262|596|269|687|689|508|681)(\\d{6,9})$"));
    if (const auto m = overseas.match(v); m.hasMatch()) {
        const QString rest = m.captured(2);
        // An odd count of digits starts with a group of three (« 262 12 34 56 »).
        const qsizetype head = rest.size() % 2 ? 3 : 0;
        const QString grouped = head ? rest.left(head) + QLatin1Char(' ') + pairs(rest.mid(head)) : pairs(rest);
        return QStringLiteral("+%1 %2").arg(m.captured(1), grouped);
    }
    return value.trimmed();
}

QString telephone(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\+33|\\+590|\\+594|\\+262|\\+596|\\+269|\\+687|\\+689|\\+508|\\+681)\\d{6,9}$"));
    if (value.isEmpty() || re.match(normalizeTelephone(value)).hasMatch())
        return {};
    return tr("Expected a French phone number such as 04 92 00 00 00 or +33492000000.");
}

QString email(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (value.isEmpty() || re.match(value.trimmed()).hasMatch())
        return {};
    return tr("Expected an e-mail address such as accueil@example.fr.");
}

QString url(const QString &value)
{
    if (value.isEmpty())
        return {};
    const QUrl u(value.trimmed(), QUrl::StrictMode);
    if (u.isValid() && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"))
        && !u.host().isEmpty())
        return {};
    return tr("Expected a web address starting with https:// or http://.");
}

} // namespace escale::validate
