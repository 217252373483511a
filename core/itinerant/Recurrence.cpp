#include "itinerant/Recurrence.h"

#include "common/PublicHolidays.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace escale::itinerant {

namespace {

QString dayName(int weekday)
{
    return QLocale().dayName(weekday, QLocale::LongFormat);
}

// Monday of the ISO week holding `d`.
QDate weekStart(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

} // namespace

Status Recurrence::validate() const
{
    if (weekday < 1 || weekday > 7)
        return Status::failure(QStringLiteral("itinerant.weekday"), QCoreApplication::translate("escale::itinerant", "The day of the week is missing or invalid."));
    if (!startDate.isValid())
        return Status::failure(QStringLiteral("itinerant.start-date"), QCoreApplication::translate("escale::itinerant", "The date the stop is first served is missing."));
    if (endDate.isValid() && endDate < startDate)
        return Status::failure(QStringLiteral("itinerant.end-before-start"),
            QCoreApplication::translate("escale::itinerant", "The stop's last day (%1) is before its first day (%2).")
                .arg(QLocale().toString(endDate, QLocale::ShortFormat), QLocale().toString(startDate, QLocale::ShortFormat)));
    if (kind == Kind::EveryNWeeks && (intervalWeeks < 1 || intervalWeeks > 52))
        return Status::failure(QStringLiteral("itinerant.interval"), QCoreApplication::translate("escale::itinerant", "The number of weeks between two visits must be from 1 to 52."));
    if (kind == Kind::MonthlyNth && (nth < 1 || nth > 5))
        return Status::failure(QStringLiteral("itinerant.nth"), QCoreApplication::translate("escale::itinerant", "The week of the month must be from 1st to 5th."));
    for (int m : months)
        if (m < 1 || m > 12)
            return Status::failure(QStringLiteral("itinerant.months"), QCoreApplication::translate("escale::itinerant", "A month of service is invalid."));
    return Status::success();
}

bool Recurrence::occursOn(const QDate &date, PublicHolidays holidays) const
{
    if (!date.isValid() || !validate())
        return false;
    if (holidays == PublicHolidays::Skipped && escale::holidays::isFrenchPublicHoliday(date))
        return false;
    if (date < startDate || (endDate.isValid() && date > endDate))
        return false;
    if (date.dayOfWeek() != weekday)
        return false;
    if (!months.isEmpty() && !months.contains(date.month()))
        return false;
    switch (kind) {
    case Kind::Weekly:
        return true;
    case Kind::EveryNWeeks: {
        const qint64 weeks = weekStart(startDate).daysTo(weekStart(date)) / 7;
        return weeks % intervalWeeks == 0;
    }
    case Kind::MonthlyNth:
        return (date.day() - 1) / 7 + 1 == nth;
    }
    return false;
}

QList<QDate> Recurrence::occurrences(const QDate &from, const QDate &to, PublicHolidays holidays) const
{
    QList<QDate> result;
    if (!from.isValid() || !to.isValid() || to < from || !validate())
        return result;
    QDate d = from < startDate ? startDate : from;
    d = d.addDays((weekday - d.dayOfWeek() + 7) % 7); // first matching weekday
    const QDate last = endDate.isValid() && endDate < to ? endDate : to;
    for (; d <= last; d = d.addDays(7))
        if (occursOn(d, holidays))
            result << d;
    return result;
}

QList<QDate> Recurrence::publicHolidays(const QDate &from, const QDate &to) const
{
    QList<QDate> result;
    for (const QDate &d : occurrences(from, to))
        if (escale::holidays::isFrenchPublicHoliday(d))
            result << d;
    return result;
}

QDate Recurrence::nextOccurrence(const QDate &from, int horizonDays, PublicHolidays holidays) const
{
    const QList<QDate> dates = occurrences(from, from.addDays(horizonDays), holidays);
    return dates.isEmpty() ? QDate() : dates.first();
}

Status Recurrence::checkOccurs(const QDate &from, int horizonDays, PublicHolidays holidays) const
{
    if (Status s = validate(); !s)
        return s;
    const QDate to = from.addDays(horizonDays);
    if (nextOccurrence(from, horizonDays, holidays).isValid())
        return Status::success();
    if (holidays == PublicHolidays::Skipped && nextOccurrence(from, horizonDays).isValid())
        return Status::failure(QStringLiteral("itinerant.never-occurs"),
            QCoreApplication::translate("escale::itinerant",
                "Every date of this stop from %1 to %2 is a public holiday, when the bus does not run. "
                "Choose another day, or say that the stop runs on public holidays.")
                .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat)));
    const QLocale locale;
    if (endDate.isValid() && endDate < from)
        return Status::failure(QStringLiteral("itinerant.never-occurs"),
            QCoreApplication::translate("escale::itinerant", "This stop is no longer served: its last day was %1.").arg(locale.toString(endDate, QLocale::ShortFormat)));
    if (kind == Kind::MonthlyNth && nth == 5)
        return Status::failure(QStringLiteral("itinerant.never-occurs"),
            QCoreApplication::translate("escale::itinerant", "This stop never occurs from %1 to %2: no month served in that period has a 5th %3. "
               "Choose another week of the month or other months.")
                .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat),
                    dayName(weekday)));
    return Status::failure(QStringLiteral("itinerant.never-occurs"),
        QCoreApplication::translate("escale::itinerant", "This stop never occurs from %1 to %2. Check its day, its months and its period.")
            .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat)));
}

QString Recurrence::describe() const
{
    const QString day = dayName(weekday);
    QString text;
    switch (kind) {
    case Kind::Weekly:
        text = QCoreApplication::translate("escale::itinerant", "Every %1").arg(day);
        break;
    case Kind::EveryNWeeks: {
        const int n = intervalWeeks;
        text = n == 1 ? QCoreApplication::translate("escale::itinerant", "Every %1").arg(day) : QCoreApplication::translate("escale::itinerant", "Every %1 weeks on %2").arg(n).arg(day);
        break;
    }
    case Kind::MonthlyNth: {
        static const char *const ordinals[] = {
            QT_TRANSLATE_NOOP("escale::itinerant", "1st"), QT_TRANSLATE_NOOP("escale::itinerant", "2nd"),
            QT_TRANSLATE_NOOP("escale::itinerant", "3rd"), QT_TRANSLATE_NOOP("escale::itinerant", "4th"),
            QT_TRANSLATE_NOOP("escale::itinerant", "5th")};
        const QString ordinal = nth >= 1 && nth <= 5 ? QCoreApplication::translate("escale::itinerant", ordinals[nth - 1]) : QString::number(nth);
        text = QCoreApplication::translate("escale::itinerant", "Every %1 %2 of the month").arg(ordinal, day);
        break;
    }
    }
    if (!months.isEmpty()) {
        QStringList names;
        for (int m : months)
            names << QLocale().monthName(m, QLocale::LongFormat);
        text += QCoreApplication::translate("escale::itinerant", " (only in %1)").arg(names.join(QStringLiteral(", ")));
    }
    return text;
}

QString Recurrence::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Weekly:
        return QStringLiteral("weekly");
    case Kind::EveryNWeeks:
        return QStringLiteral("every_n_weeks");
    case Kind::MonthlyNth:
        return QStringLiteral("monthly_nth");
    }
    return QStringLiteral("weekly");
}

Result<Recurrence::Kind> Recurrence::kindFromCode(const QString &code)
{
    if (code == QLatin1String("weekly"))
        return Kind::Weekly;
    if (code == QLatin1String("every_n_weeks"))
        return Kind::EveryNWeeks;
    if (code == QLatin1String("monthly_nth"))
        return Kind::MonthlyNth;
    return Result<Kind>::failure(QStringLiteral("itinerant.recurrence"), QCoreApplication::translate("escale::itinerant", "Unknown recurrence « %1 ».").arg(code));
}

QString Recurrence::monthsCode() const
{
    QStringList parts;
    for (int m : months)
        parts << QString::number(m);
    return parts.join(QLatin1Char('|'));
}

QList<int> Recurrence::monthsFromCode(const QString &code)
{
    QList<int> result;
    for (const QString &part : code.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int m = part.toInt(&ok);
        if (ok)
            result << m;
    }
    return result;
}

} // namespace escale::itinerant
