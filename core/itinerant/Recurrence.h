#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace escale::itinerant {

// When a stop of a tour is served: every week, every N weeks from a start date, or the Nth weekday of
// the month (« every 2nd Tuesday »), optionally only in some months and within a period.
struct Recurrence
{
    enum class Kind { Weekly, EveryNWeeks, MonthlyNth };
    // Whether French public holidays (common/PublicHolidays.h) are dates served. The rule alone
    // includes them; a tour's schedule skips them unless its stop runs on public holidays
    // (Stop::runsOnPublicHolidays, the standard's « PH off » being the common case).
    enum class PublicHolidays { Included, Skipped };

    Kind kind = Kind::Weekly;
    int weekday = 1; // 1 = Monday … 7 = Sunday (ISO, as QDate::dayOfWeek)
    int intervalWeeks = 1; // EveryNWeeks: 2 = every other week, counted from startDate's week
    int nth = 1; // MonthlyNth: 1 … 5
    QList<int> months; // 1 … 12; empty = every month
    QDate startDate; // first day served (required)
    QDate endDate; // last day served; null = open-ended

    // Structural errors (weekday out of range, interval < 1, nth out of 1-5, end before start…).
    Status validate() const;
    bool occursOn(const QDate &date, PublicHolidays holidays = PublicHolidays::Included) const;
    // The dates served from `from` to `to` inclusive, in order. Empty for an invalid recurrence.
    QList<QDate> occurrences(
        const QDate &from, const QDate &to, PublicHolidays holidays = PublicHolidays::Included) const;
    // The dates the rule gives from `from` to `to` that are public holidays (skipped when Skipped).
    QList<QDate> publicHolidays(const QDate &from, const QDate &to) const;
    // The first date served on or after `from`, looking at most `horizonDays` ahead; null when none.
    QDate nextOccurrence(
        const QDate &from, int horizonDays = 731, PublicHolidays holidays = PublicHolidays::Included) const;
    // Fails with a clear message when the recurrence is invalid or has no date in the
    // `horizonDays` days from `from` (e.g. « 5th Monday, February only »): never a silent empty schedule.
    Status checkOccurs(
        const QDate &from, int horizonDays = 731, PublicHolidays holidays = PublicHolidays::Included) const;
    // « Every 2nd Tuesday of the month », « Every 2 weeks on Friday »… (translated).
    QString describe() const;

    // Storage codes: weekly, every_n_weeks, monthly_nth.
    static QString kindCode(Kind kind);
    static Result<Kind> kindFromCode(const QString &code);
    QString monthsCode() const; // "1|2|12", "" for every month
    static QList<int> monthsFromCode(const QString &code);
};

} // namespace escale::itinerant
