#include "common/Months.h"

#include <QLocale>

namespace escale {

QString monthInSentence(const QDate &month)
{
    return QStringLiteral("%1 %2").arg(QLocale().monthName(month.month(), QLocale::LongFormat)).arg(month.year());
}

QString monthInSentence(const QString &yearMonth)
{
    const QDate month = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    return month.isValid() ? monthInSentence(month) : yearMonth;
}

} // namespace escale
