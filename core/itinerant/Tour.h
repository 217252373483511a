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

    bool hasCoordinates() const { return latitude.has_value() && longitude.has_value(); }
};

// One stop on one day of a schedule.
struct Visit
{
    QDate date;
    Stop stop;
};

} // namespace escale::itinerant
