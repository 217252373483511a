#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace escale {

// The time as the application sees it. Created once in app/ and handed down; tests inject a
// FixedClock so that dates around midnight, month ends and 31 December are reproducible.
class Clock
{
public:
    virtual ~Clock() = default;

    // Now, in UTC.
    virtual QDateTime nowUtc() const = 0;
    // The time zone in which a person reads dates (the system's, or a fixed one in tests).
    virtual QTimeZone timeZone() const = 0;

    QDateTime nowLocal() const { return nowUtc().toTimeZone(timeZone()); }
    QDate today() const { return nowLocal().date(); }
    // UTC ISO-8601 with milliseconds, the storage format of every timestamp.
    QString nowIso() const;

    static QString toIso(const QDateTime &utc);
    static QDateTime fromIso(const QString &iso);
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    QTimeZone timeZone() const override { return QTimeZone::systemTimeZone(); }
};

// A clock that only moves when told to.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc, QTimeZone zone = QTimeZone("Europe/Paris"))
        : m_now(nowUtc.toUTC())
        , m_zone(zone)
    {
    }

    QDateTime nowUtc() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }

    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace escale
