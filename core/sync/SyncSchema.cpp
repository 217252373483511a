#include "sync/SyncSchema.h"

#include <QSet>
#include <QSqlQuery>

namespace escale::sync {

QString databaseKey(RemoteDatabase database)
{
    return database == RemoteDatabase::Territory ? QStringLiteral("territory") : QStringLiteral("structure");
}

QString TableSpec::docId(const QString &rowId) const
{
    return naturalIds ? rowId : docType + QLatin1Char(':') + rowId;
}

QString TableSpec::fieldName(const QString &column) const
{
    if (column == QLatin1String("type") || column == QLatin1String("updated_at") || column == QLatin1String("origin"))
        return docType + QLatin1Char('_') + column;
    return column;
}

QString TableSpec::rowId(const QString &docId) const
{
    return naturalIds ? docId : docId.mid(docType.size() + 1);
}

namespace {

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

SyncSchema SyncSchema::standard()
{
    // Every syncable table of Escale and what its document carries. Left out on purpose (personal or
    // local): beneficiaries, diagnostics, orientation_answers, activity_participants, users (no sync
    // columns); activities.beneficiary_id, notes, mediator_id; orientations.beneficiary_id, user_id;
    // cheques.beneficiary_id. The bus stop of a record (stop_id, distributed_stop_id, redeemed_stop_id,
    // an activity's lieu_id) is public timetable data and syncs with it. A table or column that does
    // not exist in a file is dropped by availableIn().
    const auto territory = RemoteDatabase::Territory;
    const auto structure = RemoteDatabase::Structure;
    const auto latest = ConflictPolicy::LatestWinsKeepLoser;
    SyncSchema schema;
    // The structure this installation serves: its public card (name, address, contacts, hours).
    schema.add({QStringLiteral("structure"), QStringLiteral("structure"), territory,
                words("nom adresse complement_adresse commune code_postal code_insee pivot typologie services "
                      "telephone courriel site_web latitude longitude accepte_pass_numerique itinerant horaires"),
                latest, false, {}});
    // The territory's map (places of the national standard, issue 2).
    schema.add({QStringLiteral("places"), QStringLiteral("place"), territory,
                words("source_id pivot nom commune code_postal code_insee adresse complement_adresse latitude longitude "
                      "typologie telephone courriels site_web horaires presentation_resume presentation_detail source "
                      "itinerance structure_parente date_maj services publics_specifiquement_adresses "
                      "prise_en_charge_specifique frais_a_charge dispositif_programmes_nationaux formations_labels "
                      "autres_formations_labels modalites_acces modalites_accompagnement fiche_acces_libre prise_rdv "
                      "labels_nationaux conditions_acces publics_accueillis accepte_pass_numerique structure_id "
                      "completeness search_text match_key"),
                latest, false, {}});
    // Content: orientation trees and competency frameworks (issues 4 and 5).
    schema.add({QStringLiteral("orientation_trees"), QStringLiteral("orientation_tree"), territory,
                words("tree_id version title source based_on content"), latest, false, {}});
    schema.add({QStringLiteral("competency_frameworks"), QStringLiteral("competency_framework"), territory,
                words("framework_id version title based_on document"), latest, false, {}});
    // The cheque register (issue 6): a cheque is cheque:<scheme>:<code>, never resolved automatically.
    schema.add({QStringLiteral("cheque_schemes"), QStringLiteral("cheque_scheme"), territory,
                words("label face_value_cents funder code_pattern strip_prefixes booklet_size validity_end grace_days "
                      "alert_days active"),
                latest, false, {}});
    schema.add({QStringLiteral("cheque_booklets"), QStringLiteral("cheque_booklet"), territory,
                words("scheme_id label first_code last_code code_count funder prescriber received_on issue_year "
                      "valid_until accepted_until"),
                latest, false, {}});
    schema.add({QStringLiteral("cheques"), QStringLiteral("cheque"), territory,
                words("scheme_id code booklet_id foreign_cheque status face_value_cents funder issue_year valid_until "
                      "accepted_until distributed_on distributed_by redemption_id redeemed_on redeemed_at "
                      "redeemed_place_id redeemed_place redeemed_by activity_id service claim_id reason distributed_stop_id "
                      "redeemed_stop_id"),
                ConflictPolicy::NeverAuto, true,
                {QStringLiteral("redemption_id"), QStringLiteral("redeemed_place"), QStringLiteral("redeemed_on"),
                 QStringLiteral("redeemed_by")}});
    schema.add({QStringLiteral("cheque_claims"), QStringLiteral("cheque_claim"), territory,
                words("month scheme_id funder cheque_count amount_cents created_on created_by status received_cents "
                      "received_on bank_reference closed_by"),
                latest, false, {}});
    schema.add({QStringLiteral("cheque_journal"), QStringLiteral("cheque_journal"), territory,
                words("cheque_id at who from_status to_status why place_id stop_id"), latest, false, {}});
    // Itinerant tours and their stops (issue 9): the bus timetable is public information; the free-text
    // notes stay local.
    schema.add({QStringLiteral("itinerant_tours"), QStringLiteral("itinerant_tour"), territory,
                words("name vehicle active"), latest, false, {}});
    schema.add({QStringLiteral("itinerant_stops"), QStringLiteral("itinerant_stop"), territory,
                words("tour_id name commune code_insee place_id latitude longitude weekday start_time end_time "
                      "recurrence interval_weeks nth months start_date end_date position runs_on_public_holidays"),
                latest, false, {}});
    // The structure's database: activity figures and orientations without names (issues 4 and 7).
    schema.add({QStringLiteral("activities"), QStringLiteral("activity"), structure,
                words("type date duree_minutes canal lieu_kind lieu_id lieu_label materiel thematiques demarches "
                      "autonomie niveau redirection genre tranche_age statut commune participants comptes_anonymes "
                      "created_at"),
                latest, false, {}});
    schema.add({QStringLiteral("orientations"), QStringLiteral("orientation"), structure,
                words("tree_id tree_version occurred_on outcomes families offices suggested_place_id activity_id stop_id"),
                latest, false, {}});
    return schema;
}

void SyncSchema::add(const TableSpec &spec)
{
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        if (m_tables.at(i).table == spec.table) {
            m_tables[i] = spec;
            return;
        }
    }
    m_tables.append(spec);
}

QList<TableSpec> SyncSchema::tables(RemoteDatabase database) const
{
    QList<TableSpec> result;
    for (const TableSpec &spec : m_tables)
        if (spec.database == database)
            result << spec;
    return result;
}

const TableSpec *SyncSchema::forTable(const QString &table) const
{
    for (const TableSpec &spec : m_tables)
        if (spec.table == table)
            return &spec;
    return nullptr;
}

const TableSpec *SyncSchema::forDocId(const QString &docId) const
{
    const TableSpec *best = nullptr;
    for (const TableSpec &spec : m_tables) {
        const QString prefix = spec.docType + QLatin1Char(':');
        if (docId.startsWith(prefix) && (!best || spec.docType.size() > best->docType.size()))
            best = &spec;
    }
    return best;
}

SyncSchema SyncSchema::availableIn(const storage::Database &db) const
{
    SyncSchema result;
    for (const TableSpec &spec : m_tables) {
        QSqlQuery info(db.connection());
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(spec.table)))
            continue;
        QSet<QString> existing;
        while (info.next())
            existing.insert(info.value(1).toString());
        if (!existing.contains(QStringLiteral("dirty")) || !existing.contains(QStringLiteral("rev")))
            continue;
        TableSpec kept = spec;
        kept.columns.clear();
        for (const QString &c : spec.columns)
            if (existing.contains(c))
                kept.columns << c;
        result.add(kept);
    }
    return result;
}

} // namespace escale::sync
