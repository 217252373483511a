#pragma once

#include "common/Result.h"
#include "itinerant/Tour.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace escale::itinerant {

// Tours and stops built from the places of the national standard marked `itinerance: Itinérant`
// (docs/itinerant.md, « Import depuis les lieux itinérants »). One place record gives one stop per day
// and time range of its OSM `horaires`:
//   « Tu 09:00-12:00 »                 → every Tuesday, 09:00–12:00;
//   « Mo 09:30-12:30,13:30-15:30 »     → two stops on Monday (morning and afternoon);
//   « Tu,Th 09:00-12:00 », « Mo-Fr … » → one stop per day;
//   « week 1-53/2 Tu … »               → every 2 weeks, odd ISO weeks (« week 2-52/2 »: even weeks);
//   « Tu[2] 09:00-12:00 »              → every 2nd Tuesday of the month;
//   « Jul-Aug Tu … », « Aug off »       → only in (or not in) those months;
//   « PH off »                          → no visit on public holidays (the default for every stop);
//   « Mo,PH 09:00-12:00 », « PH open »  → the stop runs on public holidays too
//                                          (Stop::runsOnPublicHolidays; a later « PH off » wins).
// Whatever cannot be mapped gives a message for that record, never a wrong stop.

// One slot read from opening hours: a weekday, a time range and how often.
struct HoursSlot
{
    QTime start;
    QTime end;
    Recurrence recurrence; // weekday inside
    QString note; // how week numbers were mapped, if they were (translated)
};

struct HoursReading
{
    QList<HoursSlot> timeSlots;
    QStringList messages; // what was not mapped, or how (translated)
    bool publicHolidaysOff = false; // « PH off » said
    bool publicHolidaysOpen = false; // `PH` open (with hours, or « PH open »): the stops run on public holidays
};

// Reads `horaires` (OSM opening_hours) as stop timeSlots; `today` anchors start dates (ISO weeks, months).
HoursReading readStopHours(const QString &horaires, const QDate &today);

// « Bus France Services - [Face à la boulangerie] » → « Face à la boulangerie »; otherwise the name.
QString stopNameFromPlace(const QString &nom);

struct TourImportOptions
{
    // Put every stop in this existing tour. Empty: one tour per source of the places (its name is the
    // source, or `tourName` when given), found by name or created.
    QString tourId;
    QString tourName;
    // Only these places (empty: every place of the register marked itinerant).
    QStringList placeIds;
    // Also take the given places when they are not marked itinerant (a bus's own file: the user said
    // so). Places explicitly marked « Fixe » are still left out, with a message.
    bool includeUnmarked = false;
};

struct TourImportRow
{
    enum class Outcome { Added, Updated, Unchanged, Removed, Skipped };
    Outcome outcome = Outcome::Skipped;
    QString placeId;
    QString placeName; // the place's nom
    QString commune;
    QString stopId; // empty when skipped
    QString slot; // « Tuesday 09:00–12:30 », empty when the whole record was skipped
    QString message; // why skipped or removed; how it was read
};

struct TourImportSummary
{
    QString source; // the file, or « register »
    int places = 0; // place records looked at
    int toursCreated = 0;
    QStringList tourIds;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0; // stops of an imported place that are no longer in its hours
    int skipped = 0; // timeSlots or whole records that gave no stop
    QList<TourImportRow> rows;
    QStringList messages; // about the whole import
    // From a file: the places import that came first.
    int placesAdded = 0;
    int placesUpdated = 0;
    int placesUnchanged = 0;
    int placesSkipped = 0;
};

QString outcomeCode(TourImportRow::Outcome outcome);

// The tour with this id, or else with this name (case-insensitive); an error that says so when there
// is none, or when two tours share the name (their ids listed).
Result<Tour> findTour(storage::Database &db, const QString &idOrName); // added, updated, unchanged, removed, skipped

// Builds or refreshes tours from itinerant places. Everything in one transaction. A re-import finds
// the stops it made before by (place, weekday, start time, week of the month) and updates them: never
// a duplicate; a stop of an imported place that its hours no longer give is removed (and reported).
class TourImport
{
public:
    explicit TourImport(storage::Database &db)
        : m_db(db)
    { }

    // From the places already in the register.
    Result<TourImportSummary> fromRegister(const TourImportOptions &options = {});
    // From a file of the standard: the places are imported (or updated) by places::PlaceImporter first
    // — records without `itinerance` are marked « Itinérant », since the file is the bus's — then
    // their stops are built as fromRegister() does.
    Result<TourImportSummary> fromFile(const QString &path, const TourImportOptions &options = {});

private:
    storage::Database &m_db;
};

} // namespace escale::itinerant
