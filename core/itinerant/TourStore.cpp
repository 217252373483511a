#include "itinerant/TourStore.h"

#include "geo/CoordinateCheck.h"
#include "geo/WebMercator.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariantMap>

#include <algorithm>
#include <cmath>

namespace escale::itinerant {

namespace {

const QString kTours = QStringLiteral("itinerant_tours");
const QString kStops = QStringLiteral("itinerant_stops");

constexpr const char *kStopColumns =
    "SELECT id, tour_id, name, commune, code_insee, place_id, latitude, longitude, weekday, start_time, end_time, "
    "recurrence, interval_weeks, nth, months, start_date, end_date, position, notes, runs_on_public_holidays "
    "FROM itinerant_stops ";

Stop stopFromQuery(const QSqlQuery &q)
{
    Stop s;
    s.id = q.value(0).toString();
    s.tourId = q.value(1).toString();
    s.name = q.value(2).toString();
    s.commune = q.value(3).toString();
    s.codeInsee = q.value(4).toString();
    s.placeId = q.value(5).toString();
    if (!q.value(6).isNull() && !q.value(7).isNull()) {
        s.latitude = q.value(6).toDouble();
        s.longitude = q.value(7).toDouble();
    }
    s.recurrence.weekday = q.value(8).toInt();
    s.start = QTime::fromString(q.value(9).toString(), QStringLiteral("HH:mm"));
    s.end = QTime::fromString(q.value(10).toString(), QStringLiteral("HH:mm"));
    s.recurrence.kind = Recurrence::kindFromCode(q.value(11).toString()).valueOr(Recurrence::Kind::Weekly);
    s.recurrence.intervalWeeks = q.value(12).toInt();
    s.recurrence.nth = q.value(13).toInt();
    s.recurrence.months = Recurrence::monthsFromCode(q.value(14).toString());
    s.recurrence.startDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    s.recurrence.endDate = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    s.position = q.value(17).toInt();
    s.notes = q.value(18).toString();
    s.runsOnPublicHolidays = q.value(19).toInt() != 0;
    return s;
}

QVariantMap stopValues(const Stop &s)
{
    const Recurrence &r = s.recurrence;
    return {
        {QStringLiteral("tour_id"), s.tourId},
        {QStringLiteral("name"), s.name.trimmed()},
        {QStringLiteral("commune"), s.commune.trimmed()},
        {QStringLiteral("code_insee"), s.codeInsee.trimmed()},
        {QStringLiteral("place_id"), s.placeId},
        {QStringLiteral("latitude"), s.hasCoordinates() ? QVariant(*s.latitude) : QVariant()},
        {QStringLiteral("longitude"), s.hasCoordinates() ? QVariant(*s.longitude) : QVariant()},
        {QStringLiteral("weekday"), r.weekday},
        {QStringLiteral("start_time"), s.start.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("end_time"), s.end.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("recurrence"), Recurrence::kindCode(r.kind)},
        {QStringLiteral("interval_weeks"), r.kind == Recurrence::Kind::EveryNWeeks ? r.intervalWeeks : 1},
        {QStringLiteral("nth"), r.kind == Recurrence::Kind::MonthlyNth ? r.nth : 1},
        {QStringLiteral("months"), r.monthsCode()},
        {QStringLiteral("start_date"), r.startDate.toString(Qt::ISODate)},
        {QStringLiteral("end_date"), r.endDate.isValid() ? r.endDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("position"), s.position},
        {QStringLiteral("notes"), s.notes},
        {QStringLiteral("runs_on_public_holidays"), s.runsOnPublicHolidays ? 1 : 0},
    };
}

Status notFound(const QString &what)
{
    return Status::failure(QStringLiteral("itinerant.not-found"), what);
}

} // namespace

Result<QString> TourStore::saveTour(const Tour &tour)
{
    if (tour.name.trimmed().isEmpty())
        return Result<QString>::failure(QStringLiteral("itinerant.tour-name"), QCoreApplication::translate("escale::itinerant", "A tour needs a name."));
    const QVariantMap values{{QStringLiteral("name"), tour.name.trimmed()},
                             {QStringLiteral("vehicle"), tour.vehicle.trimmed()},
                             {QStringLiteral("notes"), tour.notes},
                             {QStringLiteral("active"), tour.active ? 1 : 0}};
    storage::RecordStore records(m_db);
    if (tour.id.isEmpty())
        return records.insert(kTours, values);
    if (Status s = records.update(kTours, tour.id, values); !s)
        return s.error();
    return tour.id;
}

Status TourStore::removeTour(const QString &tourId)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    storage::RecordStore records(m_db);
    for (const Stop &s : stops(tourId))
        if (Status st = records.remove(kStops, s.id); !st)
            return st;
    if (Status st = records.remove(kTours, tourId); !st)
        return st;
    return tx.commit();
}

Result<Tour> TourStore::tour(const QString &tourId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, vehicle, notes, active FROM itinerant_tours WHERE id = ? AND deleted = 0"));
    q.addBindValue(tourId);
    if (!q.exec() || !q.next())
        return notFound(QCoreApplication::translate("escale::itinerant", "This tour does not exist.")).error();
    return Tour{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toInt() != 0};
}

QList<Tour> TourStore::tours() const
{
    QList<Tour> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, name, vehicle, notes, active FROM itinerant_tours WHERE deleted = 0 ORDER BY name, id")))
        return result;
    while (q.next())
        result << Tour{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toInt() != 0};
    return result;
}

Status TourStore::checkStop(const Stop &stop, const QDate &today)
{
    if (stop.tourId.isEmpty())
        return Status::failure(QStringLiteral("itinerant.stop-tour"), QCoreApplication::translate("escale::itinerant", "A stop belongs to a tour."));
    if (stop.name.trimmed().isEmpty())
        return Status::failure(QStringLiteral("itinerant.stop-name"), QCoreApplication::translate("escale::itinerant", "A stop needs a name."));
    if (!stop.start.isValid() || !stop.end.isValid())
        return Status::failure(QStringLiteral("itinerant.stop-hours"), QCoreApplication::translate("escale::itinerant", "The stop's start and end times are missing."));
    if (stop.end <= stop.start)
        return Status::failure(QStringLiteral("itinerant.stop-hours"),
            QCoreApplication::translate("escale::itinerant", "The stop ends (%1) before it starts (%2).")
                .arg(stop.end.toString(QStringLiteral("HH:mm")), stop.start.toString(QStringLiteral("HH:mm"))));
    if (stop.latitude.has_value() != stop.longitude.has_value())
        return Status::failure(QStringLiteral("itinerant.stop-coordinates"),
            QCoreApplication::translate("escale::itinerant", "Give both the latitude and the longitude of the stop, or neither."));
    if (stop.hasCoordinates()) {
        switch (geo::checkCoordinate(*stop.latitude, *stop.longitude)) {
        case geo::CoordinateProblem::None:
            break;
        case geo::CoordinateProblem::SwappedForFrance:
            return Status::failure(QStringLiteral("itinerant.stop-coordinates"),
                QCoreApplication::translate("escale::itinerant", "The latitude and the longitude of the stop seem swapped."));
        case geo::CoordinateProblem::NullIsland:
        case geo::CoordinateProblem::NotANumber:
        case geo::CoordinateProblem::OutOfRange:
            return Status::failure(QStringLiteral("itinerant.stop-coordinates"),
                QCoreApplication::translate("escale::itinerant", "The coordinates of the stop are not a place (%1, %2).")
                    .arg(QString::number(*stop.latitude, 'f', 6), QString::number(*stop.longitude, 'f', 6)));
        }
    }
    const QDate from = stop.recurrence.startDate.isValid() && stop.recurrence.startDate > today
        ? stop.recurrence.startDate
        : today;
    return stop.recurrence.checkOccurs(from, 731, stop.publicHolidays());
}

Result<QString> TourStore::saveStop(const Stop &stop)
{
    if (Status s = checkStop(stop, m_db.clock().today()); !s)
        return s.error();
    storage::RecordStore records(m_db);
    if (stop.id.isEmpty())
        return records.insert(kStops, stopValues(stop));
    if (Status s = records.update(kStops, stop.id, stopValues(stop)); !s)
        return s.error();
    return stop.id;
}

Status TourStore::removeStop(const QString &stopId)
{
    return storage::RecordStore(m_db).remove(kStops, stopId);
}

Result<Stop> TourStore::stop(const QString &stopId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kStopColumns) + QStringLiteral("WHERE id = ? AND deleted = 0"));
    q.addBindValue(stopId);
    if (!q.exec() || !q.next())
        return notFound(QCoreApplication::translate("escale::itinerant", "This stop does not exist.")).error();
    return stopFromQuery(q);
}

QList<Stop> TourStore::stops(const QString &tourId) const
{
    QList<Stop> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kStopColumns)
              + QStringLiteral("WHERE tour_id = ? AND deleted = 0 ORDER BY weekday, start_time, position, name"));
    q.addBindValue(tourId);
    if (!q.exec())
        return result;
    while (q.next())
        result << stopFromQuery(q);
    return result;
}

namespace {

void sortVisits(QList<Visit> &visits)
{
    std::stable_sort(visits.begin(), visits.end(), [](const Visit &a, const Visit &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.stop.start != b.stop.start)
            return a.stop.start < b.stop.start;
        return a.stop.position < b.stop.position;
    });
}

} // namespace

QList<Visit> TourStore::schedule(const QString &tourId, const QDate &from, const QDate &to) const
{
    QList<Visit> result;
    for (const Stop &s : stops(tourId))
        for (const QDate &d : s.recurrence.occurrences(from, to, s.publicHolidays()))
            result << Visit{d, s};
    sortVisits(result);
    return result;
}

QList<Visit> TourStore::daySchedule(const QString &tourId, const QDate &day) const
{
    const QDate d = day.isValid() ? day : m_db.clock().today();
    return schedule(tourId, d, d);
}

QList<Visit> TourStore::weekSchedule(const QString &tourId, const QDate &day) const
{
    const QDate d = day.isValid() ? day : m_db.clock().today();
    const QDate monday = d.addDays(1 - d.dayOfWeek());
    const QDate sunday = monday.addDays(6);
    QList<Visit> result;
    for (const Stop &s : stops(tourId)) {
        for (const QDate &date : s.recurrence.occurrences(monday, sunday, s.publicHolidays()))
            result << Visit{date, s};
        if (!s.runsOnPublicHolidays)
            for (const QDate &date : s.recurrence.publicHolidays(monday, sunday))
                result << Visit{date, s, true};
    }
    sortVisits(result);
    return result;
}

QString TourStore::publicHolidayNote()
{
    return QCoreApplication::translate("escale::itinerant", "public holiday: no visit");
}

QStringList TourStore::scheduleProblems(const QString &tourId) const
{
    QStringList problems;
    const QDate today = m_db.clock().today();
    const QList<Stop> all = stops(tourId);
    for (const Stop &s : all) {
        const QDate from = s.recurrence.startDate.isValid() && s.recurrence.startDate > today ? s.recurrence.startDate : today;
        if (Status st = s.recurrence.checkOccurs(from, 731, s.publicHolidays()); !st)
            problems << QCoreApplication::translate("escale::itinerant", "« %1 »: %2").arg(s.name, st.errorMessage());
    }
    // Each pair once: a stop against the stops after it.
    for (int i = 0; i < all.size(); ++i)
        for (const StopOverlap &o : overlaps(all.at(i), all.mid(i + 1), today))
            problems << describe(o);
    for (const Stop &s : all)
        if (const auto far = farFromTour(s, all))
            problems << describe(*far);
    return problems;
}

std::optional<FarPoint> farFromPoints(double latitude, double longitude, const QList<std::pair<double, double>> &others)
{
    if (others.size() < 3)
        return std::nullopt;
    auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    };
    QList<double> lats, lons;
    for (const auto &[lat, lon] : others) {
        lats << lat;
        lons << lon;
    }
    const double midLat = median(lats), midLon = median(lons);
    QList<double> distances;
    for (const auto &[lat, lon] : others)
        distances << geo::mercator::distanceMeters(lat, lon, midLat, midLon) / 1000;
    const double limitKm = std::max(100.0, 5 * median(distances));
    const double distanceKm = geo::mercator::distanceMeters(latitude, longitude, midLat, midLon) / 1000;
    if (distanceKm <= limitKm)
        return std::nullopt;
    return FarPoint { distanceKm, limitKm };
}

std::optional<StopFarAway> TourStore::farFromTour(const Stop &stop, const QList<Stop> &tourStops)
{
    if (!stop.hasCoordinates())
        return std::nullopt;
    QList<std::pair<double, double>> others;
    for (const Stop &other : tourStops) {
        if ((other.id == stop.id && !stop.id.isEmpty()) || other.tourId != stop.tourId || !other.hasCoordinates())
            continue;
        others.append({ *other.latitude, *other.longitude });
    }
    const auto far = farFromPoints(*stop.latitude, *stop.longitude, others);
    if (!far)
        return std::nullopt;
    return StopFarAway { stop, far->distanceKm, far->limitKm };
}

QString TourStore::describe(const StopFarAway &far)
{
    const Stop &s = far.stop;
    const QString named = s.commune.isEmpty() ? QStringLiteral("« %1 »").arg(s.name)
                                              : QStringLiteral("« %1 » (%2)").arg(s.name, s.commune);
    return QCoreApplication::translate(
        "escale::itinerant", "%1 is %2 km from the other stops of its tour (more than %3 km): check its point (%4, %5)")
        .arg(named, QLocale().toString(qRound(far.distanceKm)), QLocale().toString(qRound(far.limitKm)),
            QLocale().toString(*s.latitude, 'f', 5), QLocale().toString(*s.longitude, 'f', 5));
}

QList<StopOverlap> TourStore::overlaps(const Stop &stop, const QList<Stop> &others, const QDate &from)
{
    QList<StopOverlap> result;
    if (!stop.start.isValid() || !stop.end.isValid() || !from.isValid())
        return result;
    const QDate to = from.addDays(365);
    const QList<QDate> mine = stop.recurrence.occurrences(from, to, stop.publicHolidays());
    for (const Stop &other : others) {
        if (other.id == stop.id && !stop.id.isEmpty())
            continue;
        if (other.tourId != stop.tourId || !other.start.isValid() || !other.end.isValid())
            continue;
        // Hours cross when each starts before the other ends.
        if (!(stop.start < other.end && other.start < stop.end))
            continue;
        const QList<QDate> theirs = other.recurrence.occurrences(from, to, other.publicHolidays());
        for (const QDate &d : mine) {
            if (theirs.contains(d)) {
                result.append({stop, other, d});
                break;
            }
        }
    }
    return result;
}

QString TourStore::describe(const StopOverlap &o)
{
    auto named = [](const Stop &s) {
        return s.commune.isEmpty() ? QStringLiteral("« %1 »").arg(s.name)
                                   : QStringLiteral("« %1 » (%2)").arg(s.name, s.commune);
    };
    auto hours = [](const Stop &s) {
        return QStringLiteral("%1–%2").arg(s.start.toString(QStringLiteral("HH:mm")), s.end.toString(QStringLiteral("HH:mm")));
    };
    return QCoreApplication::translate("escale::itinerant", "%1 and %2 overlap: %3 and %4, first on %5")
        .arg(named(o.stop), named(o.other), hours(o.stop), hours(o.other),
             QLocale().toString(o.firstDate, QStringLiteral("dddd d MMMM yyyy")));
}

QList<MapStop> TourStore::mapStops(const QDate &day) const
{
    const QDate d = day.isValid() ? day : m_db.clock().today();
    QList<MapStop> result;
    for (const Tour &t : tours()) {
        if (!t.active)
            continue;
        const QList<Visit> ofDay = daySchedule(t.id, d);
        for (const Stop &s : stops(t.id)) {
            if (!s.hasCoordinates())
                continue;
            MapStop m{s, t.name, s.recurrence.nextOccurrence(d, 731, s.publicHolidays()), 0};
            for (int i = 0; i < ofDay.size(); ++i)
                if (ofDay.at(i).stop.id == s.id)
                    m.dayOrder = i + 1;
            result << m;
        }
    }
    return result;
}

} // namespace escale::itinerant
