#pragma once

#include "common/Result.h"
#include "orientation/OrientationTree.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace escale::orientation {

// The thématique of every orientation in the activity statistics (VOCABULARIES.md §2).
inline constexpr char OrientationThematique[] = "aide_aux_demarches_administratives";

// An orientation carried out at the desk, as recorded.
struct OrientationRecord
{
    QString id;
    QString treeId;
    QString treeVersion;
    QDate date;
    QStringList outcomes;       // outcome ids
    QStringList families;       // ThematiqueDemarche codes of the outcomes (each once)
    QStringList offices;        // Typologie codes of the outcomes (each once)
    QString suggestedPlaceId;   // places.id, optional
    QString beneficiaryId;      // owned by the activity module, optional
    QString activityId;         // optional
    QString userId;             // the mediator, optional
    QString stopId;             // itinerant_stops.id of the bus stop it was made at, empty elsewhere
    QJsonObject answers;        // local only (orientation_answers), never synced
};

// One stored version of a tree.
struct TreeVersion
{
    QString rowId;
    QString treeId;
    QString version;
    QString title;
    QString source;    // local, network
    QString basedOn;
    QString updatedAt;
};

// Writes and reads orientations (table orientations + orientation_answers) and the tree versions
// (orientation_trees). Syncable rows go through storage::RecordStore; every write is one transaction.
class OrientationStore
{
    // Messages share the context of the orientation core ("escale::orientation"), for lupdate and at run time.
    Q_DECLARE_TR_FUNCTIONS(escale::orientation)

public:
    explicit OrientationStore(storage::Database &db) : m_db(db) {}

    // Records an orientation (date: the clock's local today when invalid); returns its id.
    Result<QString> record(OrientationRecord record);
    Result<OrientationRecord> find(const QString &id) const;
    // Withdraws an orientation (a tombstone for sync; its local answers are deleted).
    Status remove(const QString &id);
    // Links an orientation to a beneficiary and/or an activity of the activity module.
    Status link(const QString &orientationId, const QString &beneficiaryId, const QString &activityId);
    // Erasure of a person (RGPD): their orientations stay counted but no longer name them. The column
    // is local (never synced), so this does not create a revision.
    Status anonymise(const QString &beneficiaryId);

    // PUBLIC API for the activity statistics: orientations dated from..to inclusive (not deleted).
    int countBetween(const QDate &from, const QDate &to) const;
    // The démarches families (ThematiqueDemarche codes) of the orientations in that period, each
    // orientation counted once per family it touches.
    QHash<QString, int> familiesBetween(const QDate &from, const QDate &to) const;
    QList<OrientationRecord> between(const QDate &from, const QDate &to) const;

    // Tree versions. saveTree validates first and refuses a tree with errors (nothing is written):
    // the last good version stays the current one.
    Result<QString> saveTree(const QByteArray &json, const QString &source = QStringLiteral("local"),
                             const QString &basedOn = QString());
    // Saves an edited tree as a new version: when its version is already stored, the next one is given
    // (« 3 » → « 4 », « 2026.11.1 » → « 2026.11.2 »). Refuses Escale's own tree id (edit a copy).
    // Returns the version saved.
    Result<QString> saveNewVersion(const QByteArray &json);
    QList<TreeVersion> treeVersions(const QString &treeId = QString()) const;
    // The JSON of a stored version.
    Result<QByteArray> treeContent(const QString &treeId, const QString &version) const;

    // The tree the wizard uses: the chosen one (setting orientation.activeTree, its latest stored
    // version), else the default tree shipped with Escale.
    Tree activeTree() const;
    Status setActiveTree(const QString &treeId);
    QString activeTreeId() const;

    // A copy of a tree for this structure to edit: new id "<id>-local" (or given), version 1,
    // based_on the source. Returns the new tree id.
    Result<QString> copyTree(const Tree &source, const QString &newId = QString(), const QString &newTitle = QString());

private:
    storage::Database &m_db;
};

} // namespace escale::orientation
