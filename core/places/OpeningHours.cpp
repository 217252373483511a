#include "places/OpeningHours.h"

#include "places/PlacesTr.h"

#include "common/PublicHolidays.h"
#include "common/TextNormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace escale::places {

namespace {

QString tr(const char *text)
{
    return detail::translate(text);
}

const QStringList &weekdayNames()
{
    static const QStringList n { QStringLiteral("mo"), QStringLiteral("tu"), QStringLiteral("we"), QStringLiteral("th"),
        QStringLiteral("fr"), QStringLiteral("sa"), QStringLiteral("su") };
    return n;
}

const QStringList &monthNames()
{
    static const QStringList n { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"),
        QStringLiteral("dec") };
    return n;
}

int weekdayIndex(const QString &s)
{
    return weekdayNames().indexOf(s.toLower()); // 0 = Monday
}

int monthIndex(const QString &s)
{
    return monthNames().indexOf(s.left(3).toLower()) + 1; // 1..12, 0 when unknown
}

// "09:00" → 540; "24:00" → 1440; -1 when not a time.
int parseTime(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[:h](\\d{2})$"));
    const auto m = re.match(s.trimmed());
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h > 24 || min > 59 || (h == 24 && min != 0))
        return -1;
    return h * 60 + min;
}

QString hhmm(int minutes)
{
    minutes %= 1440;
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool OpeningHours::isFrenchPublicHoliday(const QDate &day)
{
    return holidays::isFrenchPublicHoliday(day);
}

bool OpeningHours::Rule::matches(const QDate &day) const
{
    if (!anyDay) {
        const bool wd = weekdays & (1 << (day.dayOfWeek() - 1));
        const bool holiday = ph && isFrenchPublicHoliday(day);
        if (!wd && !holiday)
            return false;
    }
    if (!anyDate) {
        const int md = day.month() * 100 + day.day();
        bool inside = false;
        for (const auto &[from, to] : dateRanges) {
            if (from <= to ? (md >= from && md <= to) : (md >= from || md <= to)) {
                inside = true;
                break;
            }
        }
        if (!inside)
            return false;
    }
    if (!anyWeek) {
        const int w = day.weekNumber();
        bool inside = false;
        for (const auto &[from, to, step] : weekRanges) {
            if (w >= from && w <= to && (w - from) % step == 0) {
                inside = true;
                break;
            }
        }
        if (!inside)
            return false;
    }
    return true;
}

bool OpeningHours::parseRule(const QString &ruleText, Rule *rule, QString *error)
{
    QString rest = ruleText.simplified();
    if (rest == QLatin1String("24/7")) {
        rule->intervals = { { 0, 1440 } };
        return true;
    }
    static const QString M = QStringLiteral("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");
    static const QString Item = QStringLiteral("%1(?: ?\\d{1,2})?(?: ?- ?(?:%1(?: ?\\d{1,2})?|\\d{1,2}))?").arg(M);
    static const QRegularExpression dateSel(
        QStringLiteral("^(%1(?: ?, ?%1)*)(?: |$)").arg(Item), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression itemRe(
        QStringLiteral("^(%1)(?: ?(\\d{1,2}))?(?: ?- ?(?:(%1)(?: ?(\\d{1,2}))?|(\\d{1,2})))?$").arg(M),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekSel(
        QStringLiteral("^week ([0-9,/-]+)(?: |$)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekItem(QStringLiteral("^(\\d{1,2})(?:-(\\d{1,2}))?(?:/(\\d{1,2}))?$"));
    static const QRegularExpression daySel(
        QStringLiteral("^((?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?: ?, "
                       "?(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)(?: |$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayItem(QStringLiteral("^(Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$"),
        QRegularExpression::CaseInsensitiveOption);
    for (bool progressed = true; progressed && !rest.isEmpty();) {
        progressed = false;
        if (const auto m = weekSel.match(rest); m.hasMatch()) {
            rule->anyWeek = false;
            const QStringList parts = m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &p : parts) {
                const auto w = weekItem.match(p);
                if (!w.hasMatch()) {
                    *error = tr("unreadable week selector « %1 »").arg(p);
                    return false;
                }
                const int from = w.captured(1).toInt();
                const int to = w.captured(2).isEmpty() ? from : w.captured(2).toInt();
                const int step = w.captured(3).isEmpty() ? 1 : std::max(1, w.captured(3).toInt());
                rule->weekRanges.append({ from, to, step });
            }
            rest = rest.mid(m.capturedLength(0)).trimmed();
            progressed = true;
            continue;
        }
        if (const auto m = dateSel.match(rest); m.hasMatch()) {
            rule->anyDate = false;
            const QStringList items = m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &it : items) {
                const auto d = itemRe.match(it.trimmed());
                if (!d.hasMatch()) {
                    *error = tr("unreadable date selector « %1 »").arg(it);
                    return false;
                }
                const int m1 = monthIndex(d.captured(1));
                const bool hasD1 = !d.captured(2).isEmpty();
                const int d1 = hasD1 ? d.captured(2).toInt() : 1;
                int to = 0;
                if (!d.captured(3).isEmpty()) // to another month
                    to = monthIndex(d.captured(3)) * 100 + (d.captured(4).isEmpty() ? 31 : d.captured(4).toInt());
                else if (!d.captured(5).isEmpty()) // to a day of the same month
                    to = m1 * 100 + d.captured(5).toInt();
                else
                    to = hasD1 ? m1 * 100 + d1 : m1 * 100 + 31;
                rule->dateRanges.append({ m1 * 100 + d1, to });
            }
            rest = rest.mid(m.capturedLength(0)).trimmed();
            progressed = true;
            continue;
        }
        if (const auto m = daySel.match(rest); m.hasMatch()) {
            rule->anyDay = false;
            const QStringList items = m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &it : items) {
                const auto d = dayItem.match(it.trimmed());
                if (d.captured(1).compare(QLatin1String("PH"), Qt::CaseInsensitive) == 0) {
                    rule->ph = true;
                    continue;
                }
                const int a = weekdayIndex(d.captured(1));
                const int b = d.captured(2).isEmpty() ? a : weekdayIndex(d.captured(2));
                for (int day = a;; day = (day + 1) % 7) {
                    rule->weekdays |= quint8(1 << day);
                    if (day == b)
                        break;
                }
            }
            rest = rest.mid(m.capturedLength(0)).trimmed();
            progressed = true;
        }
    }
    const QString times = QString(rest).remove(QLatin1Char(' '));
    // What remains: times, "off"/"closed", "open", or nothing.
    if (times.isEmpty() || times.compare(QLatin1String("open"), Qt::CaseInsensitive) == 0) {
        rule->intervals = { { 0, 1440 } };
        return true;
    }
    if (times.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0
        || times.compare(QLatin1String("closed"), Qt::CaseInsensitive) == 0) {
        rule->off = true;
        return true;
    }
    const QStringList spans = times.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &span : spans) {
        const QStringList ends = span.split(QLatin1Char('-'));
        if (ends.size() != 2) {
            *error = tr("unreadable time range « %1 »").arg(span);
            return false;
        }
        const int a = parseTime(ends.at(0));
        int b = parseTime(ends.at(1));
        if (a < 0 || b < 0 || a >= 1440) {
            *error = tr("unreadable time range « %1 »").arg(span);
            return false;
        }
        if (b <= a)
            b += 1440; // past midnight
        rule->intervals.append({ a, b });
    }
    return true;
}

OpeningHours OpeningHours::parse(const QString &text)
{
    OpeningHours h;
    h.m_text = text.trimmed();
    if (h.m_text.isEmpty())
        return h;
    // "||" (fallback rules) and comments are outside the subset.
    if (h.m_text.contains(QLatin1String("||")) || h.m_text.contains(QLatin1Char('"'))) {
        h.m_warning = tr("Opening hours « %1 » use a syntax Escale does not read; kept as written.").arg(h.m_text);
        return h;
    }
    const QStringList rules = h.m_text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &r : rules) {
        if (r.trimmed().isEmpty())
            continue;
        Rule rule;
        QString error;
        if (!h.parseRule(r, &rule, &error)) {
            h.m_rules.clear();
            h.m_warning = tr("Opening hours « %1 » could not be read (%2); kept as written.").arg(h.m_text, error);
            return h;
        }
        h.m_rules.append(rule);
    }
    h.m_valid = !h.m_rules.isEmpty();
    return h;
}

QList<OpeningHours::Interval> OpeningHours::intervalsOn(const QDate &day) const
{
    QList<Interval> result;
    for (const Rule &r : m_rules) {
        if (!r.matches(day))
            continue;
        result = r.off ? QList<Interval> {} : r.intervals;
    }
    std::sort(result.begin(), result.end(), [](const Interval &a, const Interval &b) { return a.start < b.start; });
    return result;
}

bool OpeningHours::isOpenAt(const QDateTime &local) const
{
    if (!m_valid)
        return false;
    const QDate day = local.date();
    const int minute = local.time().hour() * 60 + local.time().minute();
    for (const Interval &iv : intervalsOn(day))
        if (minute >= iv.start && minute < iv.end)
            return true;
    for (const Interval &iv : intervalsOn(day.addDays(-1)))
        if (iv.end > 1440 && minute + 1440 >= iv.start && minute + 1440 < iv.end)
            return true;
    return false;
}

std::optional<QDateTime> OpeningHours::nextChange(const QDateTime &local) const
{
    if (!m_valid)
        return std::nullopt;
    const bool openNow = isOpenAt(local);
    const QDate start = local.date();
    const int nowMinute = local.time().hour() * 60 + local.time().minute();
    // Walk the boundaries (starts and ends of intervals) in time order for up to a year.
    for (int d = -1; d <= 366; ++d) {
        const QDate day = start.addDays(d);
        QList<int> boundaries;
        for (const Interval &iv : intervalsOn(day)) {
            boundaries << iv.start << iv.end;
        }
        std::sort(boundaries.begin(), boundaries.end());
        for (int b : boundaries) {
            const qint64 offset = qint64(d) * 1440 + b; // minutes from start-of-today
            if (offset <= nowMinute)
                continue;
            const QDate bd = start.addDays(offset / 1440);
            const int bm = int(offset % 1440);
            QDateTime when = local;
            when.setDate(bd);
            when.setTime(QTime(bm / 60, bm % 60));
            if (isOpenAt(when) != openNow)
                return when;
        }
    }
    return std::nullopt;
}

QString OpeningHours::describeAt(const QDateTime &local) const
{
    if (!m_valid)
        return m_text;
    const QLocale fr(QLocale::French, QLocale::France);
    const bool open = isOpenAt(local);
    const auto next = nextChange(local);
    if (open) {
        if (!next)
            return tr("Open 24/7");
        if (next->date() == local.date() || (next->date() == local.date().addDays(1) && next->time() == QTime(0, 0)))
            return tr("Open until %1")
                .arg(next->time() == QTime(0, 0) ? QStringLiteral("24:00")
                                                 : hhmm(next->time().hour() * 60 + next->time().minute()));
        return tr("Open until %1 at %2")
            .arg(fr.dayName(next->date().dayOfWeek(), QLocale::LongFormat),
                next->time().toString(QStringLiteral("HH:mm")));
    }
    if (!next)
        return tr("Closed");
    const QString at = next->time().toString(QStringLiteral("HH:mm"));
    const qint64 days = local.date().daysTo(next->date());
    if (days == 0)
        return tr("Closed, opens at %1").arg(at);
    if (days < 7)
        return tr("Closed, opens %1 at %2").arg(fr.dayName(next->date().dayOfWeek(), QLocale::LongFormat), at);
    return tr("Closed, opens on %1 at %2").arg(fr.toString(next->date(), QStringLiteral("d MMMM")), at);
}

std::optional<QString> osmTimesFromFranceServices(const QString &dayText)
{
    const QString t = dayText.simplified();
    if (t.isEmpty() || text::normalizeForSearch(t) == QLatin1String("ferme"))
        return QString();
    QStringList out;
    const QStringList spans
        = t.split(QRegularExpression(QStringLiteral("\\s*[/;,]\\s*|\\s+et\\s+")), Qt::SkipEmptyParts);
    static const QRegularExpression span(
        QStringLiteral("^(\\d{1,2})[:hH](\\d{2})?\\s*(?:-|à|a)\\s*(\\d{1,2})[:hH](\\d{2})?$"));
    for (const QString &s : spans) {
        const auto m = span.match(s.trimmed());
        if (!m.hasMatch())
            return std::nullopt;
        const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt();
        const int h2 = m.captured(3).toInt(), m2 = m.captured(4).toInt();
        if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59)
            return std::nullopt;
        out << QStringLiteral("%1:%2-%3:%4")
                   .arg(h1, 2, 10, QLatin1Char('0'))
                   .arg(m1, 2, 10, QLatin1Char('0'))
                   .arg(h2, 2, 10, QLatin1Char('0'))
                   .arg(m2, 2, 10, QLatin1Char('0'));
    }
    return out.join(QLatin1Char(','));
}

} // namespace escale::places
