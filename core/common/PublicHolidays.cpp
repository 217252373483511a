#include "common/PublicHolidays.h"

namespace escale::holidays {

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm.
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

bool isFrenchPublicHoliday(const QDate &day)
{
    if (!day.isValid())
        return false;
    const int md = day.month() * 100 + day.day();
    static const int fixed[] = { 101, 501, 508, 714, 815, 1101, 1111, 1225 };
    for (int f : fixed)
        if (md == f)
            return true;
    const QDate e = easterSunday(day.year());
    return day == e.addDays(1) || day == e.addDays(39) || day == e.addDays(50);
}

} // namespace escale::holidays
