#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace escale::storage {
class Database;
}

namespace escale::activity {

// Where an activity took place (the national tool's canal says how; this says where).
namespace lieu {
inline const QString Structure = QStringLiteral("structure");
inline const QString Stop = QStringLiteral("stop");
inline const QString Domicile = QStringLiteral("domicile");
inline const QString ADistance = QStringLiteral("a_distance");
} // namespace lieu

// What an activity involved in another module (activity_links.kind).
namespace link {
inline const QString Orientation = QStringLiteral("orientation");
inline const QString Diagnostic = QStringLiteral("diagnostic");
inline const QString Cheque = QStringLiteral("cheque");
} // namespace link

struct ActivityLink
{
    QString kind;
    QString targetId;
    bool operator==(const ActivityLink &) const = default;
};

// One accompaniment (individuel, ponctuel) or workshop (collectif), VOCABULARIES.md §2.
struct Activity
{
    QString id;
    QString type = QStringLiteral("individuel"); // vocab::Kind::ActivityType
    QDate date; // local date
    int dureeMinutes = 30;
    QString canal = QStringLiteral("lieu_activite"); // vocab::Kind::Canal
    QString lieuKind = lieu::Structure;
    QString lieuId; // the stop's id when lieuKind == lieu::Stop
    QString lieuLabel; // the stop's name at the time
    QStringList materiel; // vocab::Kind::Materiel
    QStringList thematiques; // vocab::Kind::ThematiqueMediation
    QStringList demarches; // vocab::Kind::ThematiqueDemarche
    QString autonomie; // individual: vocab::Kind::Autonomie
    QString niveau; // workshop: vocab::Kind::Niveau
    QString redirection; // vocab::Kind::Redirection
    QString notes; // never sensitive data (health, religion…)
    QString mediatorId; // users.id

    // Individual: the person (empty: anonymous) and the demographic codes (copied from the person when
    // there is one; chosen directly for an anonymous person).
    QString beneficiaryId;
    QString genre;
    QString trancheAge;
    QString statut;
    QString commune;

    // Collective: named participants and anonymous counts (dimension "tranche_age" / "statut" / "genre"
    // → code → count). anonymousParticipants is the number of anonymous people.
    QStringList participantIds;
    int anonymousParticipants = 0;
    QMap<QString, QMap<QString, int>> anonymousCounts;

    QList<ActivityLink> links;

    // When it was entered (UTC ISO, read from the database; empty before it is saved). Written by
    // storage::RecordStore, never by the caller.
    QString createdAt;

    // People reached: 1 for an individual activity, named + anonymous participants for a workshop.
    int participants() const;
    bool isCollective() const { return type == QStringLiteral("collectif"); }
};

// Filters of the activity list (all optional).
struct ActivityFilter
{
    QDate from;
    QDate to;
    QString mediatorId;
    QString type;
    QString thematique; // a médiation or démarche code
    QString lieuKind;
    QString lieuId;
    QString beneficiaryId;
    int limit = 500;
};

// Activities of this installation. Every write in a transaction, through storage::RecordStore.
class ActivityStore
{
public:
    ActivityStore(storage::Database &db)
        : m_db(db)
    { }

    // Checks an activity: empty list when valid, otherwise translated sentences (duration 0 or 24 h,
    // a date in the future, unknown codes…). `today` is the local date of the clock.
    QStringList validate(const Activity &a, const QDate &today) const;

    Result<QString> create(const Activity &a);
    Status update(const Activity &a);
    // Soft delete (a tombstone through RecordStore::remove).
    Status remove(const QString &id);
    Result<Activity> find(const QString &id) const;
    QList<Activity> list(const ActivityFilter &filter) const;
    // The most recent activity recorded (by creation), for the quick entry's defaults.
    std::optional<Activity> lastRecorded(const QString &mediatorId = {}) const;

    int countBetween(const QDate &from, const QDate &to) const;
    // Activities and people reached on a day.
    struct DayCount
    {
        int activities = 0;
        int people = 0;
    };
    DayCount countOn(const QDate &day) const;
    // True when the database holds at least one activity (deleted or not).
    bool hasAny() const;

    // Links to other modules.
    Status addLink(const QString &activityId, const ActivityLink &link);
    QList<ActivityLink> links(const QString &activityId) const;

    // Favourite thématiques (setting "activity/favouriteThematiques", codes of both médiation and
    // démarches, in the order shown first in the quick entry). Never set: four common defaults; set to an
    // empty list: no favourite. Unknown codes are dropped when saving.
    QStringList favouriteThematiques() const;
    Status setFavouriteThematiques(const QStringList &codes);
    bool isFavouriteThematique(const QString &code) const;
    // Adds a code at the end of the favourites or removes it (« Ajouter aux favoris / Retirer des favoris »).
    Status setFavouriteThematique(const QString &code, bool favourite);

    // "|"-joined and back, for the storage format.
    static QString joinCodes(const QStringList &codes);
    static QStringList splitCodes(const QString &text);
    static QString encodeCounts(const QMap<QString, QMap<QString, int>> &counts);
    static QMap<QString, QMap<QString, int>> decodeCounts(const QString &text);

private:
    Status writeDetails(const QString &id, const Activity &a);
    storage::Database &m_db;
};

} // namespace escale::activity
