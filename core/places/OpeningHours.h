#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace escale::places {

// The subset of OpenStreetMap's `opening_hours` used by the places standard:
//   rules separated by ';', each « [selectors] [times | off | closed] », later rules overriding
//   earlier ones for the days they select;
//   selectors: `24/7`, weekdays and ranges (`Mo-Fr`, `Tu,Th`, `Su`), `PH` (French public holidays),
//   months and dates (`Jan-Mar`, `Jul,Aug`, `Dec 24`, `Dec 24-26`, `Jan 01-Mar 31`), ISO weeks
//   (`week 1-53/2`); times `09:00-12:00,14:00-18:30` (up to 24:00, or past midnight `22:00-02:00`).
// Text outside this subset is kept verbatim: isValid() is false, warning() says why, and the
// description is the text itself.
class OpeningHours
{
public:
    OpeningHours() = default;
    static OpeningHours parse(const QString &text);

    QString text() const { return m_text; }
    bool isEmpty() const { return m_text.trimmed().isEmpty(); }
    bool isValid() const { return m_valid; }
    QString warning() const { return m_warning; }

    bool isOpenAt(const QDateTime &local) const;
    // The next moment after `local` when the place opens or closes (within a year), if any.
    std::optional<QDateTime> nextChange(const QDateTime &local) const;
    // « Ouvert jusqu'à 18:30 », « Fermé, ouvre mardi à 09:00 », « Ouvert 24 h/24 », or the verbatim text.
    QString describeAt(const QDateTime &local) const;

    // Minutes since midnight of the intervals the rules give this day (end may pass 1440).
    struct Interval
    {
        int start = 0;
        int end = 0;
    };
    QList<Interval> intervalsOn(const QDate &day) const;

    // French public holidays: common/PublicHolidays.h (kept here for existing callers).
    static bool isFrenchPublicHoliday(const QDate &day);

private:
    struct Rule
    {
        bool anyDay = true; // no weekday/PH selector
        quint8 weekdays = 0; // bit (1 << (dayOfWeek-1))
        bool ph = false;
        bool anyDate = true; // no month/date selector
        QList<QPair<int, int>> dateRanges; // month*100+day, inclusive, may wrap
        bool anyWeek = true;
        QList<std::tuple<int, int, int>> weekRanges; // from, to, step
        bool off = false;
        QList<Interval> intervals; // empty and !off: open all day
        bool matches(const QDate &day) const;
    };
    bool parseRule(const QString &rule, Rule *out, QString *error);

    QString m_text;
    bool m_valid = false;
    QString m_warning;
    QList<Rule> m_rules;
};

// A day's opening hours in the France Services list form, « 09:00 - 12:00 / 14:00 - 17:00 », as an
// OSM time list « 09:00-12:00,14:00-17:00 »; empty when closed; std::nullopt when unreadable.
std::optional<QString> osmTimesFromFranceServices(const QString &dayText);

} // namespace escale::places
