#include "common/Csv.h"

#include <QRegularExpression>

namespace escale::csv {

QString cell(const QString &value, QChar separator)
{
    QString v = value;
    if (!v.isEmpty()) {
        // A number written canonically (no leading zero) stays a number; « -0013 » is a code and is escaped.
        static const QRegularExpression number(QStringLiteral("^[-+]?(0|[1-9]\\d*)([.,]\\d+)?$"));
        static const QRegularExpression phone(QStringLiteral("^\\+\\d{6,15}$"));
        const QChar c = v.at(0);
        const bool risky = c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
        if (risky && !number.match(v).hasMatch() && !phone.match(v).hasMatch())
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(separator) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

} // namespace escale::csv
