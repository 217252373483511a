#pragma once

#include "reports/DocumentWriter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace escale::reports {

// The orientation sheet the visitor takes away (DESIGN.md §8, docs/orientation.md): where to go,
// what to bring, what to do online. It carries no personal data unless the mediator typed a first
// name. Every text from data is escaped: a tree's texts are plain text, never HTML.
struct OrientationSheetData
{
    struct Office
    {
        QString nom;
        QString address;        // one line
        QString hours;          // OSM opening_hours as stored (shown in a readable French form)
        QString telephone;
        double distanceKm = -1; // < 0: unknown
    };
    struct Online
    {
        QString label;
        QString url;
        bool franceConnect = false;
    };
    struct Step
    {
        QString title;          // the right or procedure
        QString summary;
        QString officeKind;     // « Caisse d'allocations familiales »
        QList<Office> offices;  // the nearest places, possibly none
        QStringList documents;
        QList<Online> online;
    };

    QString structureName;
    QString structureAddress;
    QString structureTelephone;
    QString mediatorName;
    QString visitorFirstName;   // optional, typed by the mediator
    QDate date;
    QList<Step> steps;
    QString note;               // free note of the mediator
};

DocumentInfo orientationSheetInfo(const OrientationSheetData &data);
std::unique_ptr<QTextDocument> buildOrientationSheet(const OrientationSheetData &data);

// « Mo-Fr 09:00-12:00; Sa off » → « lun.–ven. 09:00–12:00 ; sam. fermé »
QString readableOpeningHours(const QString &osm);

} // namespace escale::reports
