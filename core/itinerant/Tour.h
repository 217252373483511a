#pragma once

#include "itinerant/Recurrence.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace escale::itinerant {

// A tour (tournée) of a bus: a name and its stops (table itinerant_tours).
struct Tour
{
    QString id;
    QString name;
    QString vehicle;
    QString notes;
    bool active = true;
};

// A stop of a tour (table itinerant_stops): where the bus stands, when, how often.
struct Stop
{
    QString id;
    QString tourId;
    QString name; // « Place de la mairie »
    QString commune;
    QString codeInsee;
    QString placeId; // a row of the places register, optional
    std::optional<double> latitude; // WGS 84; both or neither
    std::optional<double> longitude;
    QTime start; // local
    QTime end;
    Recurrence recurrence;
    int position = 0; // order in the day
    QString notes;
    // The bus comes on French public holidays too (the standard's opening hours say `PH` open).
    // False by default: « PH off », no visit on a public holiday.
    bool runsOnPublicHolidays = false;

    bool hasCoordinates() const { return latitude.has_value() && longitude.has_value(); }
    Recurrence::PublicHolidays publicHolidays() const
    {
        return runsOnPublicHolidays ? Recurrence::PublicHolidays::Included : Recurrence::PublicHolidays::Skipped;
    }
};

// One stop on one day of a schedule.
struct Visit
{
    QDate date;
    Stop stop;
    // Only in TourStore::weekSchedule(): the stop's day is a public holiday and the bus does not come
    // (« férié : pas de passage », TourStore::publicHolidayNote()). Not a visit: shown, not served.
    bool publicHoliday = false;
};

} // namespace escale::itinerant
