#include "itinerant/TimetableSheet.h"

#include "itinerant/TourStore.h"
#include "structure/StructureProfile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace escale::itinerant {

namespace {

QString e(const QString &text)
{
    return reports::escaped(text);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

constexpr int kMaxDatesPerRow = 4;

// « +33545310000 » → « 05 45 31 00 00 », as people write it; other numbers as stored.
QString readableTelephone(const QString &stored)
{
    if (stored.size() == 12 && stored.startsWith(QLatin1String("+33"))) {
        const QString national = QLatin1Char('0') + stored.mid(3);
        QStringList pairs;
        for (int i = 0; i < national.size(); i += 2)
            pairs << national.mid(i, 2);
        return pairs.join(QLatin1Char(' '));
    }
    return stored;
}

} // namespace

QString timetableHours(const QList<std::pair<QTime, QTime>> &hours)
{
    QStringList parts;
    for (const auto &[start, end] : hours)
        parts << QStringLiteral("%1–%2").arg(
            start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return QCoreApplication::translate("escale::itinerant", "%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

Result<TimetableData> collectTimetable(
    storage::Database &db, const QString &tourId, const QDate &fromDate, int weeksAhead)
{
    TourStore store(db);
    auto tour = store.tour(tourId);
    if (!tour)
        return tour.error();
    TimetableData data;
    data.tourId = tour->id;
    data.tourName = tour->name;
    data.vehicle = tour->vehicle;
    data.weeksAhead = std::max(1, weeksAhead);
    const QDate from = fromDate.isValid() ? fromDate : db.clock().today();
    data.generatedOn = from;
    data.validFrom = from;
    if (auto profile = structure::StructureStore(db).profile()) {
        data.structureName = profile->nom;
        QStringList address;
        if (!profile->adresse.isEmpty())
            address << profile->adresse;
        const QString town = QStringLiteral("%1 %2").arg(profile->codePostal, profile->commune).trimmed();
        if (!town.isEmpty())
            address << town;
        data.structureAddress = address.join(QStringLiteral(", "));
        data.structureTelephone = readableTelephone(profile->telephone);
        data.structureEmail = profile->courriel;
        data.structureWebsite = profile->siteWeb;
    }

    const QDate to = from.addDays(7 * data.weeksAhead - 1);
    const QList<Stop> stops = store.stops(tourId);
    // Each pair once: a stop against the stops after it (as TourStore::scheduleProblems).
    for (int i = 0; i < stops.size(); ++i)
        for (const StopOverlap &o : TourStore::overlaps(stops.at(i), stops.mid(i + 1), from))
            data.overlaps << TourStore::describe(o);
    for (const Stop &s : stops) {
        // Public holidays are left out of the dates, unless the stop runs on public holidays.
        const Recurrence::PublicHolidays holidays = s.publicHolidays();
        const QDate first = s.recurrence.nextOccurrence(from, 731, holidays);
        if (!first.isValid()) {
            const QDate checkFrom
                = s.recurrence.startDate.isValid() && s.recurrence.startDate > from ? s.recurrence.startDate : from;
            data.problems << QCoreApplication::translate("escale::itinerant", "« %1 » (%2): %3")
                                 .arg(s.name, s.commune, s.recurrence.checkOccurs(checkFrom, 731, holidays).errorMessage());
            continue;
        }
        if (s.recurrence.endDate.isValid() && (!data.validUntil.isValid() || s.recurrence.endDate < data.validUntil))
            data.validUntil = s.recurrence.endDate;
        QList<QDate> dates = s.recurrence.occurrences(from, to, holidays).mid(0, kMaxDatesPerRow);
        if (dates.isEmpty())
            dates << first; // a monthly stop, or one that starts later: its first date, beyond the weeks shown
        const QString recurrence = s.recurrence.describe();
        // The morning and the afternoon of the same stop, same rhythm and dates: one line.
        auto same = std::find_if(data.rows.begin(), data.rows.end(), [&](const TimetableRow &r) {
            return r.place == s.name && r.commune == s.commune && r.weekday == s.recurrence.weekday
                && r.recurrence == recurrence && r.nextDates == dates
                && r.runsOnPublicHolidays == s.runsOnPublicHolidays;
        });
        if (same != data.rows.end()) {
            same->hours.append({ s.start, s.end });
            std::sort(same->hours.begin(), same->hours.end());
            same->stopIds << s.id;
            continue;
        }
        TimetableRow row;
        row.commune = s.commune;
        row.place = s.name;
        row.weekday = s.recurrence.weekday;
        row.hours = { { s.start, s.end } };
        row.recurrence = recurrence;
        row.nextDates = dates;
        row.stopIds = { s.id };
        row.runsOnPublicHolidays = s.runsOnPublicHolidays;
        data.rows << row;
    }
    std::stable_sort(data.rows.begin(), data.rows.end(), [](const TimetableRow &a, const TimetableRow &b) {
        if (a.weekday != b.weekday)
            return a.weekday < b.weekday;
        if (a.hours.first().first != b.hours.first().first)
            return a.hours.first().first < b.hours.first().first;
        return a.commune.localeAwareCompare(b.commune) < 0;
    });
    return data;
}

TimetablePublicHolidays timetablePublicHolidays(const TimetableData &data)
{
    qsizetype running = 0;
    for (const TimetableRow &row : data.rows)
        if (row.runsOnPublicHolidays)
            ++running;
    if (running == 0)
        return TimetablePublicHolidays::NoStop;
    return running == data.rows.size() ? TimetablePublicHolidays::EveryStop : TimetablePublicHolidays::SomeStops;
}

reports::DocumentInfo timetableInfo(const TimetableData &data)
{
    return { QCoreApplication::translate("escale::itinerant", "Timetable — %1").arg(data.tourName), data.structureName,
        data.generatedOn, QString() };
}

namespace {

// The sheet with its table's text at `pt` points (titles and notes in proportion).
std::unique_ptr<QTextDocument> buildTimetableSheetAt(const TimetableData &data, double pt)
{
    const reports::DocumentInfo info = timetableInfo(data);
    auto document = reports::newDocument(info);
    const TimetablePublicHolidays holidayPolicy = timetablePublicHolidays(data);
    const QLocale locale;
    // Large type: the sheet is read standing, on a village hall's notice board. The classes are on the
    // cells themselves: Qt's rich text does not apply « table.x td » rules to the cells.
    auto size = [pt](double factor) { return QString::number(std::round(pt * factor * 2) / 2, 'f', 1); };
    QString html = QStringLiteral(
        "<style>"
        "p.title { font-size: %1pt; font-weight: bold; color: #1d5c8f; margin-top: 0pt; margin-bottom: 2pt; }"
        "p.lead { font-size: %2pt; margin-top: 2pt; margin-bottom: 2pt; }"
        "p.valid { font-size: %3pt; font-weight: bold; margin-top: 4pt; margin-bottom: 6pt; }"
        "th.head { font-size: %3pt; background-color: #e8f0f7; text-align: left; }"
        "td.cell { font-size: %3pt; }"
        "td.dates { font-size: %4pt; }"
        "span.rhythm { font-size: %5pt; color: #333333; }"
        "p.heading { font-size: %2pt; font-weight: bold; color: #1d5c8f; margin-top: 8pt; margin-bottom: 2pt; }"
        "p.contact { font-size: %3pt; margin-top: 0pt; margin-bottom: 0pt; }"
        "p.small { font-size: %5pt; color: #444444; margin-top: 3pt; }"
        "</style>")
                       .arg(size(1.9), size(1.15), size(1.0), size(0.92), size(0.8));
    // Titles as paragraphs: the default style sheet's h1/h2 sizes would win over a class.
    html += QStringLiteral("<p class=\"title\">%1</p>").arg(e(data.tourName));
    html += QStringLiteral("<p class=\"lead\">%1</p>")
                .arg(data.vehicle.isEmpty() ? e(QCoreApplication::translate(
                         "escale::itinerant", "The bus comes to your commune: here are its stops, days and hours."))
                                            : e(QCoreApplication::translate("escale::itinerant",
                                                "%1 comes to your commune: here are its stops, days and hours.")
                                                    .arg(data.vehicle)));
    const QString fromText = locale.toString(data.validFrom, QLocale::LongFormat);
    html += QStringLiteral("<p class=\"valid\">%1</p>")
                .arg(e(data.validUntil.isValid()
                        ? QCoreApplication::translate("escale::itinerant", "Valid from %1 to %2.")
                              .arg(fromText, locale.toString(data.validUntil, QLocale::LongFormat))
                        : QCoreApplication::translate("escale::itinerant", "Valid from %1 until further notice.")
                              .arg(fromText)));

    if (data.rows.isEmpty()) {
        html
            += QStringLiteral("<p class=\"lead\">%1</p>")
                   .arg(e(QCoreApplication::translate("escale::itinerant", "No stop is planned in the coming weeks.")));
    } else {
        html += QStringLiteral(
            "<table class=\"timetable\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">");
        html += QStringLiteral("<tr><th class=\"head\" width=\"22%\">%1</th><th class=\"head\" width=\"22%\">%2</th>"
                               "<th class=\"head\" width=\"34%\">%3</th><th class=\"head\" width=\"22%\">%4</th></tr>")
                    .arg(e(QCoreApplication::translate("escale::itinerant", "Commune")),
                        e(QCoreApplication::translate("escale::itinerant", "Where")),
                        e(QCoreApplication::translate("escale::itinerant", "Day and hours")),
                        e(QCoreApplication::translate("escale::itinerant", "Next dates")));
        for (const TimetableRow &row : data.rows) {
            QStringList dates;
            for (const QDate &d : row.nextDates)
                dates << locale.toString(d, QStringLiteral("d MMM"));
            // When only some stops skip public holidays, those that run then say so on their line.
            QString rhythm = row.recurrence;
            if (holidayPolicy == TimetablePublicHolidays::SomeStops && row.runsOnPublicHolidays)
                rhythm = QCoreApplication::translate("escale::itinerant", "%1, public holidays included").arg(rhythm);
            html += QStringLiteral(
                "<tr><td class=\"cell\"><b>%1</b></td><td class=\"cell\">%2</td><td class=\"cell\"><b>%3</b> %4<br/>"
                "<span class=\"rhythm\">%5</span></td><td class=\"dates\">%6</td></tr>")
                        .arg(e(row.commune), e(row.place),
                            e(capitalized(locale.dayName(row.weekday, QLocale::LongFormat))),
                            e(timetableHours(row.hours)), e(rhythm), e(dates.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</table>");
        if (holidayPolicy == TimetablePublicHolidays::NoStop)
            html += QStringLiteral("<p class=\"small\">%1</p>")
                        .arg(e(QCoreApplication::translate("escale::itinerant", "No visit on public holidays.")));
        else if (holidayPolicy == TimetablePublicHolidays::SomeStops)
            html += QStringLiteral("<p class=\"small\">%1</p>")
                        .arg(e(QCoreApplication::translate("escale::itinerant",
                            "No visit on public holidays, except at the stops marked « public holidays included ».")));
    }

    if (!data.structureName.isEmpty() || !data.structureTelephone.isEmpty()) {
        html += QStringLiteral("<p class=\"heading\">%1</p>")
                    .arg(e(QCoreApplication::translate("escale::itinerant", "Information and appointments")));
        if (!data.structureName.isEmpty())
            html += QStringLiteral("<p class=\"contact\"><b>%1</b></p>").arg(e(data.structureName));
        if (!data.structureAddress.isEmpty())
            html += QStringLiteral("<p class=\"contact\">%1</p>").arg(e(data.structureAddress));
        if (!data.structureTelephone.isEmpty())
            html
                += QStringLiteral("<p class=\"contact\">%1</p>")
                       .arg(e(
                           QCoreApplication::translate("escale::itinerant", "Phone: %1").arg(data.structureTelephone)));
        if (!data.structureEmail.isEmpty())
            html
                += QStringLiteral("<p class=\"contact\">%1</p>")
                       .arg(e(QCoreApplication::translate("escale::itinerant", "E-mail: %1").arg(data.structureEmail)));
        if (!data.structureWebsite.isEmpty())
            html += QStringLiteral("<p class=\"contact\">%1</p>").arg(e(data.structureWebsite));
    }
    document->setHtml(html);
    return document;
}

} // namespace

std::unique_ptr<QTextDocument> buildTimetableSheet(const TimetableData &data)
{
    // One A4 page, in the largest type that fits it: from 18 pt down to 11 pt for the table. A tour with
    // so many stops that even 11 pt does not fit goes on as many pages as it needs.
    std::unique_ptr<QTextDocument> document;
    for (double pt = TimetableLargestPt; pt >= TimetableSmallestPt; pt -= 1.0) {
        document = buildTimetableSheetAt(data, pt);
        if (reports::measurePages(*document).pages <= 1)
            break;
    }
    return document;
}

Status writeTimetableSheet(storage::Database &db, const QString &tourId, const QString &pdfPath, const QDate &from)
{
    auto data = collectTimetable(db, tourId, from);
    if (!data)
        return data.error();
    auto document = buildTimetableSheet(data.value());
    return reports::writePdf(*document, timetableInfo(data.value()), pdfPath);
}

} // namespace escale::itinerant
