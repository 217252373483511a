#include "common/Clock.h"

namespace escale {

QString Clock::nowIso() const
{
    return toIso(nowUtc());
}

QString Clock::toIso(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Clock::fromIso(const QString &iso)
{
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(iso, Qt::ISODate);
    return dt.toUTC();
}

} // namespace escale
