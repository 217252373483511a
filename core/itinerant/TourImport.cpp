#include "itinerant/TourImport.h"

#include "common/TextNormalizer.h"
#include "geo/WebMercator.h"
#include "itinerant/TourStore.h"
#include "places/Place.h"
#include "places/PlaceImporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace escale::itinerant {

namespace {

const QStringList &dayCodes()
{
    static const QStringList days { QStringLiteral("Mo"), QStringLiteral("Tu"), QStringLiteral("We"),
        QStringLiteral("Th"), QStringLiteral("Fr"), QStringLiteral("Sa"), QStringLiteral("Su") };
    return days;
}

const QStringList &monthCodes()
{
    static const QStringList months { QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
        QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"),
        QStringLiteral("Aug"), QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"),
        QStringLiteral("Dec") };
    return months;
}

QDate mondayOf(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

int isoWeeksIn(int isoYear)
{
    return QDate(isoYear, 12, 28).weekNumber();
}

QDate mondayOfIsoWeek(int isoYear, int week)
{
    return mondayOf(QDate(isoYear, 1, 4)).addDays(7 * (week - 1));
}

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

// One rule of opening_hours, as far as stops are concerned.
struct Rule
{
    QString text;
    bool hasWeeks = false;
    int weekFrom = 1, weekTo = 53, weekStep = 1;
    QList<int> months; // empty: every month
    QList<int> weekdays; // ISO
    QList<int> nths; // « Tu[2] »
    bool ph = false;
    bool off = false;
    bool open = false; // « PH open »: no hours given

    QList<std::pair<QTime, QTime>> times;
};

// Parses one rule; false with `error` set when it is outside what a stop can say.
bool parseRule(const QString &ruleText, Rule *rule, QString *error)
{
    rule->text = ruleText;
    const QString s = ruleText;
    qsizetype pos = 0;
    auto skipSpaces = [&] {
        while (pos < s.size() && s.at(pos).isSpace())
            ++pos;
    };
    auto matchAt = [&](const QRegularExpression &re) {
        return re.match(s, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    };
    skipSpaces();
    if (s.mid(pos).startsWith(QLatin1String("24/7"))) {
        *error = QCoreApplication::translate(
            "escale::itinerant", "« %1 » means open all the time, which is not a bus stop")
                     .arg(ruleText);
        return false;
    }
    static const QRegularExpression weekRe(QStringLiteral("week\\s+(\\d{1,2})(?:-(\\d{1,2}))?(?:/(\\d{1,2}))?"));
    if (auto m = matchAt(weekRe); m.hasMatch()) {
        rule->hasWeeks = true;
        rule->weekFrom = m.captured(1).toInt();
        rule->weekTo = m.captured(2).isEmpty() ? rule->weekFrom : m.captured(2).toInt();
        rule->weekStep = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        pos = m.capturedEnd();
        if (pos < s.size() && s.at(pos) == QLatin1Char(',')) {
            *error = QCoreApplication::translate(
                "escale::itinerant", "several week ranges in « %1 » cannot be read as a stop's rhythm")
                         .arg(ruleText);
            return false;
        }
        if (rule->weekFrom < 1 || rule->weekTo > 53 || rule->weekTo < rule->weekFrom || rule->weekStep < 1) {
            *error
                = QCoreApplication::translate("escale::itinerant", "the weeks in « %1 » are not valid").arg(ruleText);
            return false;
        }
        skipSpaces();
    }
    static const QRegularExpression monthRe(QStringLiteral(
        "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))?"));
    static const QRegularExpression dateAfterMonth(QStringLiteral("\\s*\\d"));
    while (true) {
        auto m = matchAt(monthRe);
        if (!m.hasMatch())
            break;
        pos = m.capturedEnd();
        if (dateAfterMonth.match(s, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                .hasMatch()) {
            *error
                = QCoreApplication::translate("escale::itinerant", "single dates in « %1 » cannot be carried by a stop")
                      .arg(ruleText);
            return false;
        }
        const int from = int(monthCodes().indexOf(m.captured(1))) + 1;
        const int to = m.captured(2).isEmpty() ? from : int(monthCodes().indexOf(m.captured(2))) + 1;
        for (int month = from;; month = month % 12 + 1) {
            if (!rule->months.contains(month))
                rule->months << month;
            if (month == to)
                break;
        }
        if (pos < s.size() && s.at(pos) == QLatin1Char(',')) {
            ++pos;
            continue;
        }
        skipSpaces();
        break;
    }
    static const QRegularExpression dayRe(
        QStringLiteral("(Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?(?:\\[([^\\]]*)\\])?"));
    while (true) {
        auto m = matchAt(dayRe);
        if (!m.hasMatch())
            break;
        pos = m.capturedEnd();
        if (m.captured(1) == QLatin1String("PH")) {
            rule->ph = true;
        } else {
            const int from = int(dayCodes().indexOf(m.captured(1))) + 1;
            const int to = m.captured(2).isEmpty() ? from : int(dayCodes().indexOf(m.captured(2))) + 1;
            for (int day = from;; day = day % 7 + 1) {
                if (!rule->weekdays.contains(day))
                    rule->weekdays << day;
                if (day == to)
                    break;
            }
            if (m.capturedLength(3) > 0 || m.captured(0).endsWith(QLatin1Char(']'))) {
                for (const QString &part : m.captured(3).split(QLatin1Char(','))) {
                    bool ok = false;
                    const int n = part.trimmed().toInt(&ok);
                    if (!ok || n < 1 || n > 5) {
                        *error = QCoreApplication::translate("escale::itinerant",
                            "« %1 »: only the 1st to 5th weekday of the month can be a stop's rhythm")
                                     .arg(ruleText);
                        return false;
                    }
                    if (!rule->nths.contains(n))
                        rule->nths << n;
                }
            }
        }
        if (pos < s.size() && s.at(pos) == QLatin1Char(',')) {
            ++pos;
            continue;
        }
        skipSpaces();
        break;
    }
    const QString rest = s.mid(pos).trimmed();
    if (rest == QLatin1String("off") || rest == QLatin1String("closed")) {
        rule->off = true;
        return true;
    }
    if (rest == QLatin1String("open") && rule->ph && rule->weekdays.isEmpty()) {
        rule->open = true;
        return true;
    }
    if (rest.isEmpty()) {
        *error = QCoreApplication::translate("escale::itinerant", "« %1 » gives no hours").arg(ruleText);
        return false;
    }
    static const QRegularExpression timeRe(QStringLiteral("^(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})$"));
    for (const QString &range : rest.split(QLatin1Char(','))) {
        const auto m = timeRe.match(range.trimmed());
        if (!m.hasMatch()) {
            *error = QCoreApplication::translate("escale::itinerant", "« %1 » cannot be read as days and hours")
                         .arg(ruleText);
            return false;
        }
        const QTime start(m.captured(1).toInt(), m.captured(2).toInt());
        const QTime end(m.captured(3).toInt(), m.captured(4).toInt());
        if (!start.isValid() || !end.isValid() || end <= start) {
            *error = QCoreApplication::translate("escale::itinerant", "the hours « %1 » do not fit within one day")
                         .arg(range.trimmed());
            return false;
        }
        rule->times.append({ start, end });
    }
    if (rule->hasWeeks && !rule->nths.isEmpty()) {
        *error = QCoreApplication::translate("escale::itinerant", "« %1 » mixes week numbers and weeks of the month")
                     .arg(ruleText);
        return false;
    }
    return true;
}

// The recurrence of a rule's day; `note` says how week numbers were mapped.
std::optional<Recurrence> recurrenceFor(
    const Rule &rule, int weekday, int nth, const QDate &today, QString *note, QString *error)
{
    Recurrence r;
    r.weekday = weekday;
    r.months = rule.months;
    std::sort(r.months.begin(), r.months.end());
    if (nth > 0) {
        r.kind = Recurrence::Kind::MonthlyNth;
        r.nth = nth;
        r.startDate = QDate(today.year(), today.month(), 1);
        return r;
    }
    if (!rule.hasWeeks) {
        r.kind = Recurrence::Kind::Weekly;
        r.startDate = mondayOf(today);
        return r;
    }
    const int a = rule.weekFrom, b = rule.weekTo, step = rule.weekStep;
    if (step > 52) {
        *error = QCoreApplication::translate(
            "escale::itinerant", "« %1 »: a visit every %2 weeks is not a rhythm a stop can have")
                     .arg(rule.text)
                     .arg(step);
        return std::nullopt;
    }
    int isoYear = 0;
    const int thisWeek = today.weekNumber(&isoYear);
    // The first served week on or after this one.
    int week = -1;
    for (int w = std::max(a, thisWeek); w <= std::min(b, isoWeeksIn(isoYear)); ++w) {
        if ((w - a) % step == 0) {
            week = w;
            break;
        }
    }
    if (week < 0) {
        ++isoYear;
        week = a;
        if (week > isoWeeksIn(isoYear)) {
            *error = QCoreApplication::translate("escale::itinerant", "« %1 »: no such week in %2")
                         .arg(rule.text)
                         .arg(isoYear);
            return std::nullopt;
        }
    }
    const int weeksInYear = isoWeeksIn(isoYear);
    r.kind = step == 1 ? Recurrence::Kind::Weekly : Recurrence::Kind::EveryNWeeks;
    r.intervalWeeks = step;
    r.startDate = mondayOfIsoWeek(isoYear, week);
    const bool wholeYear = a <= step && b >= 52 - step + 1;
    const QDate yearEnd = mondayOfIsoWeek(isoYear, weeksInYear).addDays(6);
    if (!wholeYear) {
        r.endDate = mondayOfIsoWeek(isoYear, std::min(b, weeksInYear)).addDays(6);
        *note = QCoreApplication::translate(
            "escale::itinerant", "served in weeks %1 to %2 only: set for %3, import again for the next year")
                    .arg(a)
                    .arg(b)
                    .arg(isoYear);
        return r;
    }
    if (step > 1) {
        // Week numbers restart each year: the rhythm goes on across the new year only when the gap
        // between the last served week and the next year's first one is the step.
        const int last = a + ((std::min(b, weeksInYear) - a) / step) * step;
        const int gap = weeksInYear - last + a;
        if (gap != step) {
            r.endDate = yearEnd;
            *note = QCoreApplication::translate("escale::itinerant",
                "odd and even weeks change at the new year (%1 has %2 weeks): set until %3, import again in January")
                        .arg(isoYear)
                        .arg(weeksInYear)
                        .arg(QLocale().toString(yearEnd, QLocale::ShortFormat));
        } else {
            *note = QCoreApplication::translate("escale::itinerant", "every %1 weeks (ISO weeks %2 to %3)")
                        .arg(step)
                        .arg(a)
                        .arg(b);
        }
    }
    return r;
}

QString slotText(int weekday, const QTime &start, const QTime &end)
{
    return QCoreApplication::translate("escale::itinerant", "%1 %2–%3")
        .arg(QLocale().dayName(weekday, QLocale::LongFormat), hhmm(start), hhmm(end));
}

// Two recurrences that give the same dates (start dates aside, when they fall in step).
bool sameRhythm(const Recurrence &a, const Recurrence &b)
{
    if (a.kind != b.kind || a.weekday != b.weekday || a.months != b.months || a.endDate != b.endDate)
        return false;
    switch (a.kind) {
    case Recurrence::Kind::Weekly:
        return true;
    case Recurrence::Kind::MonthlyNth:
        return a.nth == b.nth;
    case Recurrence::Kind::EveryNWeeks:
        return a.intervalWeeks == b.intervalWeeks
            && (mondayOf(a.startDate).daysTo(mondayOf(b.startDate)) / 7) % a.intervalWeeks == 0;
    }
    return false;
}

bool sameStop(const Stop &a, const Stop &b)
{
    const Recurrence &r = a.recurrence, &q = b.recurrence;
    return a.name == b.name && a.commune == b.commune && a.codeInsee == b.codeInsee && a.placeId == b.placeId
        && a.runsOnPublicHolidays == b.runsOnPublicHolidays
        && a.latitude == b.latitude && a.longitude == b.longitude && a.start == b.start && a.end == b.end
        && r.kind == q.kind && r.weekday == q.weekday && r.months == q.months && r.startDate == q.startDate
        && r.endDate == q.endDate && (r.kind != Recurrence::Kind::EveryNWeeks || r.intervalWeeks == q.intervalWeeks)
        && (r.kind != Recurrence::Kind::MonthlyNth || r.nth == q.nth);
}

QString stopKey(const Stop &s)
{
    const int nth = s.recurrence.kind == Recurrence::Kind::MonthlyNth ? s.recurrence.nth : 0;
    return QStringLiteral("%1|%2|%3").arg(s.recurrence.weekday).arg(hhmm(s.start)).arg(nth);
}

} // namespace

QString outcomeCode(TourImportRow::Outcome outcome)
{
    switch (outcome) {
    case TourImportRow::Outcome::Added:
        return QStringLiteral("added");
    case TourImportRow::Outcome::Updated:
        return QStringLiteral("updated");
    case TourImportRow::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case TourImportRow::Outcome::Removed:
        return QStringLiteral("removed");
    case TourImportRow::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

Result<Tour> findTour(storage::Database &db, const QString &idOrName)
{
    TourStore store(db);
    if (auto byId = store.tour(idOrName.trimmed()))
        return byId;
    QList<Tour> named;
    for (const Tour &t : store.tours())
        if (t.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            named << t;
    if (named.size() == 1)
        return named.first();
    if (named.isEmpty())
        return Result<Tour>::failure(QStringLiteral("itinerant.not-found"),
            QCoreApplication::translate("escale::itinerant", "No tour has the id or the name « %1 ».").arg(idOrName));
    QStringList ids;
    for (const Tour &t : named)
        ids << t.id;
    return Result<Tour>::failure(QStringLiteral("itinerant.ambiguous"),
        QCoreApplication::translate("escale::itinerant", "Several tours are named « %1 »: give one of their ids (%2).")
            .arg(idOrName, ids.join(QStringLiteral(", "))));
}

QString stopNameFromPlace(const QString &nom)
{
    static const QRegularExpression bracket(QStringLiteral("\\[([^\\]]+)\\]"));
    const auto m = bracket.match(nom);
    if (m.hasMatch() && !m.captured(1).trimmed().isEmpty())
        return m.captured(1).trimmed();
    return nom.trimmed();
}

HoursReading readStopHours(const QString &horaires, const QDate &today)
{
    HoursReading reading;
    QList<int> monthsOff;
    QList<HoursSlot> timeSlots;
    for (const QString &part : horaires.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString ruleText = part.trimmed();
        if (ruleText.isEmpty())
            continue;
        Rule rule;
        QString error;
        if (!parseRule(ruleText, &rule, &error)) {
            reading.messages << error;
            continue;
        }
        if (rule.open) { // « PH open »
            reading.publicHolidaysOpen = true;
            reading.publicHolidaysOff = false;
            continue;
        }
        if (rule.ph && !rule.off) {
            // « Mo,PH 09:00-12:00 », « PH 09:00-12:00 »: the bus comes on public holidays too.
            reading.publicHolidaysOpen = true;
            reading.publicHolidaysOff = false;
        }
        if (rule.off) {
            if (rule.ph && rule.weekdays.isEmpty() && rule.months.isEmpty() && !rule.hasWeeks) {
                reading.publicHolidaysOff = true;
                reading.publicHolidaysOpen = false;
            } else if (!rule.months.isEmpty() && rule.weekdays.isEmpty() && !rule.ph && !rule.hasWeeks) {
                monthsOff << rule.months;
            } else if (!rule.weekdays.isEmpty() && rule.months.isEmpty() && !rule.hasWeeks && rule.nths.isEmpty()) {
                timeSlots.erase(std::remove_if(timeSlots.begin(), timeSlots.end(),
                                    [&](const HoursSlot &s) { return rule.weekdays.contains(s.recurrence.weekday); }),
                    timeSlots.end());
            } else {
                reading.messages << QCoreApplication::translate(
                    "escale::itinerant", "« %1 » is not taken into account: check those days by hand")
                                        .arg(ruleText);
            }
            continue;
        }
        if (rule.weekdays.isEmpty()) {
            // « PH 09:00-12:00 » alone: the stops of the other rules run on public holidays (above).
            if (!rule.ph)
                reading.messages
                    << QCoreApplication::translate("escale::itinerant", "« %1 » gives no day of the week").arg(ruleText);
            continue;
        }
        // A later rule for the same days replaces the earlier ones (opening_hours' order).
        if (!rule.hasWeeks && rule.months.isEmpty() && rule.nths.isEmpty())
            timeSlots.erase(std::remove_if(timeSlots.begin(), timeSlots.end(),
                                [&](const HoursSlot &s) { return rule.weekdays.contains(s.recurrence.weekday); }),
                timeSlots.end());
        const QList<int> nths = rule.nths.isEmpty() ? QList<int> { 0 } : rule.nths;
        for (int weekday : rule.weekdays) {
            for (int nth : nths) {
                QString note, recurrenceError;
                const auto recurrence = recurrenceFor(rule, weekday, nth, today, &note, &recurrenceError);
                if (!recurrence) {
                    reading.messages << recurrenceError;
                    continue;
                }
                for (const auto &[start, end] : rule.times)
                    timeSlots << HoursSlot { start, end, *recurrence, note };
            }
        }
    }
    if (!monthsOff.isEmpty()) {
        for (auto it = timeSlots.begin(); it != timeSlots.end();) {
            QList<int> months = it->recurrence.months;
            if (months.isEmpty())
                for (int m = 1; m <= 12; ++m)
                    months << m;
            months.erase(std::remove_if(months.begin(), months.end(), [&](int m) { return monthsOff.contains(m); }),
                months.end());
            if (months.isEmpty()) {
                reading.messages << QCoreApplication::translate(
                    "escale::itinerant", "%1: no month left once the months off are removed")
                                        .arg(slotText(it->recurrence.weekday, it->start, it->end));
                it = timeSlots.erase(it);
                continue;
            }
            it->recurrence.months = months.size() == 12 ? QList<int> {} : months;
            ++it;
        }
    }
    reading.timeSlots = timeSlots;
    return reading;
}

Result<TourImportSummary> TourImport::fromRegister(const TourImportOptions &options)
{
    TourImportSummary summary;
    summary.source = QStringLiteral("register");
    TourStore tours(m_db);
    places::PlaceStore placeStore(m_db);
    const QDate today = m_db.clock().today();

    // The places to look at.
    QStringList ids = options.placeIds;
    const bool explicitPlaces = !ids.isEmpty();
    if (!explicitPlaces) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id FROM places WHERE deleted = 0 AND itinerance = 'itinerant' ORDER BY id")))
            return Result<TourImportSummary>::failure(QStringLiteral("itinerant.import-read"), q.lastError().text());
        while (q.next())
            ids << q.value(0).toString();
    }
    QList<places::Place> candidates;
    for (const QString &id : ids) {
        auto place = placeStore.find(id);
        if (!place)
            continue;
        ++summary.places;
        const places::Place &p = place.value();
        if (p.isItinerant() || (options.includeUnmarked && p.itinerance.isEmpty())) {
            candidates << p;
            continue;
        }
        TourImportRow row;
        row.placeId = p.id;
        row.placeName = p.nom;
        row.commune = p.commune;
        row.message = p.itinerance == QLatin1String("fixe")
            ? QCoreApplication::translate(
                "escale::itinerant", "marked « Fixe » (not itinerant) in the register: not a stop")
            : QCoreApplication::translate("escale::itinerant", "not marked « Itinérant » in the register: not a stop");
        summary.rows << row;
        ++summary.skipped;
    }

    // A point far from the file's other points is a wrong point (a copy-paste from another region…):
    // dropped, by the rule the tours' problems use (farFromPoints: the place against the others).
    QHash<QString, FarPoint> farPlaces;
    for (const places::Place &p : candidates) {
        if (!p.hasCoordinates())
            continue;
        QList<std::pair<double, double>> others;
        for (const places::Place &o : candidates)
            if (o.id != p.id && o.hasCoordinates())
                others.append({ *o.latitude, *o.longitude });
        if (const auto far = farFromPoints(*p.latitude, *p.longitude, others))
            farPlaces.insert(p.id, *far);
    }

    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();

    QHash<QString, QString> tourByName; // lower-case name → id
    for (const Tour &t : tours.tours())
        tourByName.insert(t.name.toLower(), t.id);
    auto tourFor = [&](const places::Place &p) -> Result<QString> {
        if (!options.tourId.isEmpty()) {
            auto t = tours.tour(options.tourId);
            if (!t)
                return t.error();
            return t->id;
        }
        QString name = options.tourName.trimmed();
        if (name.isEmpty())
            name = p.source.trimmed();
        if (name.isEmpty())
            name = QCoreApplication::translate("escale::itinerant", "Itinerant tour");
        if (const QString id = tourByName.value(name.toLower()); !id.isEmpty())
            return id;
        Tour tour;
        tour.name = name;
        auto saved = tours.saveTour(tour);
        if (!saved)
            return saved;
        tourByName.insert(name.toLower(), saved.value());
        ++summary.toursCreated;
        return saved;
    };

    for (const places::Place &p : candidates) {
        TourImportRow base;
        base.placeId = p.id;
        base.placeName = p.nom;
        base.commune = p.commune;
        auto skip = [&](const QString &message, const QString &slot = QString()) {
            TourImportRow row = base;
            row.slot = slot;
            row.message = message;
            summary.rows << row;
            ++summary.skipped;
        };
        if (p.horaires.trimmed().isEmpty()) {
            skip(QCoreApplication::translate(
                "escale::itinerant", "no hours (horaires): no day to put the stop on; add it by hand"));
            continue;
        }
        const HoursReading reading = readStopHours(p.horaires, today);
        for (const QString &m : reading.messages)
            skip(m);
        if (reading.timeSlots.isEmpty()) {
            if (reading.messages.isEmpty())
                skip(QCoreApplication::translate("escale::itinerant", "no day and time could be read in « %1 »")
                         .arg(p.horaires));
            continue;
        }
        auto tourId = tourFor(p);
        if (!tourId)
            return tourId.error();
        if (!summary.tourIds.contains(tourId.value()))
            summary.tourIds << tourId.value();

        std::optional<double> lat = p.latitude, lon = p.longitude;
        QString pointNote;
        if (const auto far = farPlaces.constFind(p.id); far != farPlaces.constEnd()) {
            const int distance = qRound(far->distanceKm);
            const int limit = qRound(far->limitKm);
            // The numbers in the interface's way (« latitude 43,4513 » in French), as the place sheet writes them.
            const QLocale locale;
            pointNote = QCoreApplication::translate("escale::itinerant",
                "its point (latitude %1, longitude %2) is %3 km from the other stops (more than %4 km): left out, "
                "check it on the map")
                            .arg(locale.toString(*p.latitude, 'g', 6), locale.toString(*p.longitude, 'g', 6),
                                 locale.toString(distance), locale.toString(limit));
            lat.reset();
            lon.reset();
        } else if (!p.hasCoordinates()) {
            pointNote = QCoreApplication::translate(
                "escale::itinerant", "no coordinates: the GPS cannot detect this stop, choose it by hand");
        }

        QHash<QString, Stop> existing;
        for (const Stop &s : tours.stops(tourId.value()))
            if (s.placeId == p.id)
                existing.insert(stopKey(s), s);
        QSet<QString> done;
        for (const HoursSlot &slot : reading.timeSlots) {
            Stop stop;
            stop.tourId = tourId.value();
            stop.name = stopNameFromPlace(p.nom);
            stop.commune = p.commune;
            stop.codeInsee = p.codeInsee;
            stop.placeId = p.id;
            stop.latitude = lat;
            stop.longitude = lon;
            stop.start = slot.start;
            stop.end = slot.end;
            stop.recurrence = slot.recurrence;
            stop.runsOnPublicHolidays = reading.publicHolidaysOpen;
            const QString key = stopKey(stop);
            const QString text = slotText(slot.recurrence.weekday, slot.start, slot.end);
            if (done.contains(key)) {
                skip(QCoreApplication::translate("escale::itinerant", "given twice in the hours"), text);
                continue;
            }
            done.insert(key);
            const auto old = existing.constFind(key);
            if (old != existing.constEnd()) {
                stop.id = old->id;
                stop.notes = old->notes;
                stop.position = old->position;
                if (sameRhythm(old->recurrence, stop.recurrence))
                    stop.recurrence.startDate = old->recurrence.startDate;
            }
            QStringList notes;
            if (!slot.note.isEmpty())
                notes << slot.note;
            if (!pointNote.isEmpty())
                notes << pointNote;
            if (Status check = TourStore::checkStop(stop, today);
                !check && check.error().code == QLatin1String("itinerant.stop-coordinates")) {
                notes << QCoreApplication::translate("escale::itinerant", "%1: the point is left out")
                             .arg(check.errorMessage());
                stop.latitude.reset();
                stop.longitude.reset();
            }
            TourImportRow row = base;
            row.slot = text;
            if (old != existing.constEnd() && sameStop(*old, stop)) {
                row.outcome = TourImportRow::Outcome::Unchanged;
                row.stopId = stop.id;
                row.message = notes.join(QStringLiteral("; "));
                summary.rows << row;
                ++summary.unchanged;
                continue;
            }
            auto saved = tours.saveStop(stop);
            if (!saved) {
                skip(saved.errorMessage(), text);
                continue;
            }
            row.stopId = saved.value();
            row.outcome = old != existing.constEnd() ? TourImportRow::Outcome::Updated : TourImportRow::Outcome::Added;
            row.message = notes.join(QStringLiteral("; "));
            summary.rows << row;
            if (row.outcome == TourImportRow::Outcome::Added)
                ++summary.added;
            else
                ++summary.updated;
        }
        // The place's stops its hours no longer give.
        for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
            if (done.contains(it.key()))
                continue;
            if (Status s = tours.removeStop(it->id); !s)
                return s.error();
            TourImportRow row = base;
            row.outcome = TourImportRow::Outcome::Removed;
            row.stopId = it->id;
            row.slot = slotText(it->recurrence.weekday, it->start, it->end);
            row.message = QCoreApplication::translate("escale::itinerant", "no longer in the place's hours « %1 »")
                              .arg(p.horaires);
            summary.rows << row;
            ++summary.removed;
        }
    }
    // A stop far from the rest of its tour — its tour's earlier stops included, which the check above
    // does not see (a file of one place added to a tour) — is said in the summary, never silent; its
    // point is kept for a person to check, as the tour's problems list says too.
    for (const QString &tourId : std::as_const(summary.tourIds)) {
        const QList<Stop> all = tours.stops(tourId);
        for (const Stop &stop : all)
            if (const auto far = TourStore::farFromTour(stop, all))
                summary.messages << TourStore::describe(*far);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

Result<TourImportSummary> TourImport::fromFile(const QString &path, const TourImportOptions &options)
{
    places::ImportOptions placeOptions;
    placeOptions.defaultSource = QFileInfo(path).completeBaseName();
    QString format;
    auto records = places::PlaceImporter::readFile(path, placeOptions, &format);
    if (!records)
        return records.error();
    int marked = 0;
    for (places::ImportRecord &r : records.value()) {
        if (r.fields.value(QStringLiteral("itinerance")).trimmed().isEmpty()) {
            r.fields.insert(QStringLiteral("itinerance"), QStringLiteral("Itinérant"));
            ++marked;
        }
    }
    auto report
        = places::PlaceImporter(m_db).importRecords(records.value(), QFileInfo(path).fileName(), format, placeOptions);
    if (!report)
        return report.error();
    TourImportOptions o = options;
    o.includeUnmarked = true;
    o.placeIds.clear();
    for (const places::ImportRowResult &row : report->rows)
        if (row.outcome != places::ImportRowResult::Outcome::Skipped && !row.placeId.isEmpty()
            && !o.placeIds.contains(row.placeId))
            o.placeIds << row.placeId;
    TourImportSummary summary;
    if (!o.placeIds.isEmpty()) {
        auto built = fromRegister(o);
        if (!built)
            return built;
        summary = built.value();
    }
    summary.source = QFileInfo(path).fileName();
    summary.placesAdded = report->added;
    summary.placesUpdated = report->updated;
    summary.placesUnchanged = report->unchanged;
    summary.placesSkipped = report->skipped;
    for (const places::ImportRowResult &row : report->rows) {
        if (row.outcome != places::ImportRowResult::Outcome::Skipped)
            continue;
        TourImportRow skipped;
        skipped.placeName = row.nom;
        skipped.message
            = QCoreApplication::translate("escale::itinerant", "row %1 of the file: %2").arg(row.row).arg(row.reason);
        summary.rows << skipped;
        ++summary.skipped;
    }
    if (marked > 0)
        summary.messages << QCoreApplication::translate("escale::itinerant",
            "%Ln record(s) of the file did not say « itinerance »: marked « Itinérant », as the file "
            "was imported as a bus's stops.", nullptr, marked);
    return summary;
}

} // namespace escale::itinerant
