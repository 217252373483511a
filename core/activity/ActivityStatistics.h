#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace escale::storage {
class Database;
}

namespace escale::activity {

// Percentages are whole numbers computed with integers only: round(100 × count / base), halves
// rounded up — (200 × count + base) / (2 × base). A base of 0 gives 0 %. Rows of a multi-valued
// section (thématiques, matériel) may add up to more than 100 %: one activity can have several.
int percentOf(qint64 count, qint64 base);

struct StatRow
{
    QString code;
    QString label;
    int count = 0;
    int percent = 0;
};

struct StatSection
{
    QString key; // stable: "type", "participantsParType", "thematiques", "demarches", "materiel", "canal",
                 // "duree", "lieu", "genre", "trancheAge", "statut", "commune"
    QString title; // translated
    int base = 0; // what 100 % is
    QString baseLabel; // "activities" or "people"
    QList<StatRow> rows;
    const StatRow *row(const QString &code) const;
};

struct MonthPoint
{
    QDate month; // first day
    int activities = 0;
    int participants = 0;
};

struct RedeemedRow
{
    QString scheme;
    QString schemeLabel;
    QString funder;
    int count = 0;
    Money amount;
};

// A bus stop where something was recorded in a period (itinerant mode, « communes desservies »):
// the activities whose lieu_kind is 'stop' (grouped by their lieu_id), the orientations made there
// (orientations.stop_id) and the cheques handed out or redeemed there (cheques.distributed_stop_id,
// redeemed_stop_id; migration 0010).
struct StopServed
{
    QString stopId; // activities.lieu_id: an itinerant_stops id (or a place id, or « stop:Name » typed freely)
    QString commune; // the stop's commune (itinerant_stops, else places); empty when unknown
    QString name; // the stop's name, else the label recorded with the activity
    int days = 0; // distinct days with at least one activity, orientation or cheque there
    int activities = 0;
    int participants = 0; // people reached
    int orientations = 0;
    int chequesHandedOut = 0; // distributed_on in the period, at this stop
    int chequesRedeemed = 0; // redeemed_on in the period (encaissé, réclamé or remboursé), at this stop
};

struct Totals
{
    int activities = 0;
    int participants = 0;
};

struct ActivityStatistics
{
    QDate from;
    QDate to;
    int activities = 0;
    int participants = 0; // people reached (a person seen twice counts twice)
    int beneficiaries = 0; // distinct named people
    int newBeneficiaries = 0; // named people whose first activity ever is in the period
    int followedBeneficiaries = 0; // named people already seen before the period
    int anonymousParticipants = 0;
    int totalMinutes = 0;
    QStringList mediators; // display names of those who recorded activities in the period
    QList<StatSection> sections;
    QList<MonthPoint> trend; // the 12 months ending with the month of `to`
    QList<StopServed> stopsServed; // by commune then name; empty when nothing was recorded at a stop

    // From the other modules, when they are built in (std::nullopt: module absent).
    std::optional<int> orientations;
    std::optional<int> diagnostics;
    std::optional<QList<RedeemedRow>> cheques;

    const StatSection *section(const QString &key) const;
    bool isEmpty() const { return activities == 0; }
};

// Statistics of the activities dated from..to (local dates, both included), VOCABULARIES.md §2.
Result<ActivityStatistics> computeStatistics(storage::Database &db, const QDate &from, const QDate &to);
// The stops served from..to (both included), sorted by commune (accents ignored, unknown last) then name.
Result<QList<StopServed>> computeStopsServed(storage::Database &db, const QDate &from, const QDate &to);
// Only the counts (for comparisons with other months).
Totals computeTotals(storage::Database &db, const QDate &from, const QDate &to);

// The duration buckets of the national reports.
QString dureeBucket(int minutes);

} // namespace escale::activity
