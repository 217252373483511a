#include "activity/Beneficiary.h"

#include "common/Ids.h"
#include "common/TextNormalizer.h"
#include "common/Validators.h"
#include "common/Vocabulary.h"
#include "storage/Database.h"

#ifdef ESCALE_WITH_COMPETENCIES
#include "competencies/DiagnosticStore.h"
#endif
#ifdef ESCALE_WITH_CHEQUES
#include "cheques/ChequeRegister.h"
#endif
#ifdef ESCALE_WITH_ORIENTATION
#include "orientation/OrientationStore.h"
#endif

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace escale::activity {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::activity::BeneficiaryStore", text);
}

const QString kRetention = QStringLiteral("activity/retentionMonths");
constexpr int kDefaultRetentionMonths = 24;
constexpr int kOldestAge = 120;

const char *const kColumns = "id, prenom, nom, annee_naissance, genre, statut, commune, code_postal, telephone, "
                             "courriel, consent_contact, last_visit";

Beneficiary readRow(const QSqlQuery &q)
{
    Beneficiary b;
    b.id = q.value(0).toString();
    b.prenom = q.value(1).toString();
    b.nom = q.value(2).toString();
    b.anneeNaissance = q.value(3).toInt();
    b.genre = q.value(4).toString();
    b.statut = q.value(5).toString();
    b.commune = q.value(6).toString();
    b.codePostal = q.value(7).toString();
    b.telephone = q.value(8).toString();
    b.courriel = q.value(9).toString();
    b.consentContact = q.value(10).toInt() != 0;
    b.lastVisit = q.value(11).toString();
    return b;
}

QString normalisedName(const Beneficiary &b)
{
    return text::normalizeForSearch(b.prenom + QLatin1Char(' ') + b.nom);
}

QList<Beneficiary> runQuery(storage::Database &db, const QString &sql, const QVariantList &values)
{
    QList<Beneficiary> result;
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return result;
    while (q.next())
        result << readRow(q);
    return result;
}

// Other modules that keep a person's id offer anonymise(beneficiaryId) (RGPD art. 17). A store without
// it yet is detected at compile time and skipped (docs/activity.md, « Effacement »).
template<typename Store>
concept Anonymising = requires(Store &store, const QString &id)
{
    store.anonymise(id);
};

template<typename Store>
Status anonymiseIn(storage::Database &db, const QString &beneficiaryId)
{
    if constexpr (Anonymising<Store>) {
        Store store(db);
        if (auto r = store.anonymise(beneficiaryId); !r)
            return Status(r.error());
    } else {
        Q_UNUSED(db);
        Q_UNUSED(beneficiaryId);
    }
    return {};
}

bool yearsCompatible(int a, int b)
{
    return a == 0 || b == 0 || a == b;
}

// Whether a communes table was imported (by the map/places modules) with a `nom` column.
bool hasCommunesLayer(storage::Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info('communes') WHERE name = 'nom'")))
        return false;
    return q.next();
}

} // namespace

QString Beneficiary::displayName() const
{
    const QString name = QString(prenom.trimmed() + QLatin1Char(' ') + nom.trimmed()).trimmed();
    return name.isEmpty() ? QCoreApplication::translate("escale::activity::Beneficiary", "(no name)") : name;
}

QString Beneficiary::trancheAge(int referenceYear) const
{
    if (anneeNaissance <= 0)
        return QStringLiteral("non_communique");
    return vocab::trancheAgeForBirthYear(anneeNaissance, referenceYear);
}

QString BeneficiaryStore::validate(const Beneficiary &b) const
{
    const int year = m_db.clock().today().year();
    if (b.anneeNaissance != 0) {
        if (b.anneeNaissance > year)
            return tr("The year of birth %1 is in the future.").arg(b.anneeNaissance);
        if (year - b.anneeNaissance > kOldestAge)
            return tr("The year of birth %1 would make this person %2 years old: please check it.")
                .arg(b.anneeNaissance)
                .arg(year - b.anneeNaissance);
    }
    if (!b.genre.isEmpty() && !vocab::contains(vocab::Kind::Genre, b.genre))
        return tr("« %1 » is not a known genre.").arg(b.genre);
    if (!b.statut.isEmpty() && !vocab::contains(vocab::Kind::Statut, b.statut))
        return tr("« %1 » is not a known statut.").arg(b.statut);
    if (QString e = validate::codePostal(b.codePostal.trimmed()); !e.isEmpty())
        return e;
    if (!b.commune.trimmed().isEmpty() && hasCommunesLayer(m_db)) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM communes WHERE lower(nom) = lower(?) LIMIT 1"));
        q.addBindValue(b.commune.trimmed());
        if (q.exec() && !q.next())
            return tr("The commune « %1 » is not in the imported list of communes.").arg(b.commune.trimmed());
    }
    if (!b.consentContact && (!b.telephone.trimmed().isEmpty() || !b.courriel.trimmed().isEmpty()))
        return tr("A phone number or an e-mail address is kept only if the person agrees to be contacted.");
    if (QString e = validate::telephone(b.telephone.trimmed()); !e.isEmpty())
        return e;
    if (QString e = validate::email(b.courriel.trimmed()); !e.isEmpty())
        return e;
    return {};
}

Result<QString> BeneficiaryStore::create(const Beneficiary &b)
{
    if (QString e = validate(b); !e.isEmpty())
        return Error { QStringLiteral("beneficiary.invalid"), e };
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    const QString id = ids::newId();
    const QString now = m_db.clock().nowIso();
    Status s = m_db.exec(
        QStringLiteral(
            "INSERT INTO beneficiaries (id, prenom, nom, nom_normalise, annee_naissance, genre, statut, "
            "commune, code_postal, telephone, courriel, consent_contact, last_visit, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, b.prenom.trimmed(), b.nom.trimmed(), normalisedName(b), b.anneeNaissance, b.genre, b.statut,
            b.commune.trimmed(), b.codePostal.trimmed(), validate::normalizeTelephone(b.telephone.trimmed()),
            b.courriel.trimmed(), b.consentContact ? 1 : 0,
            b.lastVisit.isEmpty() ? m_db.clock().today().toString(Qt::ISODate) : b.lastVisit, now, now });
    if (!s)
        return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<Beneficiary> BeneficiaryStore::find(const QString &id) const
{
    const auto rows = runQuery(
        m_db, QStringLiteral("SELECT %1 FROM beneficiaries WHERE id = ?").arg(QLatin1String(kColumns)), { id });
    if (rows.isEmpty())
        return Error { QStringLiteral("beneficiary.not-found"), tr("This person is not (or no longer) recorded.") };
    return rows.first();
}

QList<Beneficiary> BeneficiaryStore::search(const QString &text, int limit) const
{
    const QStringList tokens = text::searchTokens(text);
    QString sql = QStringLiteral("SELECT %1 FROM beneficiaries WHERE 1").arg(QLatin1String(kColumns));
    QVariantList values;
    for (const QString &t : tokens) {
        sql += QStringLiteral(" AND (' ' || nom_normalise) LIKE ?");
        values << QString(QStringLiteral("% ") + t + QStringLiteral("%"));
    }
    sql += QStringLiteral(" ORDER BY nom_normalise LIMIT ?");
    values << limit;
    return runQuery(m_db, sql, values);
}

QList<Beneficiary> BeneficiaryStore::all() const
{
    return runQuery(
        m_db, QStringLiteral("SELECT %1 FROM beneficiaries ORDER BY nom, prenom").arg(QLatin1String(kColumns)), {});
}

int BeneficiaryStore::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM beneficiaries")) && q.next() ? q.value(0).toInt() : 0;
}

Status BeneficiaryStore::update(const Beneficiary &b)
{
    if (QString e = validate(b); !e.isEmpty())
        return Status::failure(QStringLiteral("beneficiary.invalid"), e);
    if (!find(b.id))
        return Status::failure(
            QStringLiteral("beneficiary.not-found"), tr("This person is not (or no longer) recorded."));
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Status s = m_db.exec(
        QStringLiteral(
            "UPDATE beneficiaries SET prenom = ?, nom = ?, nom_normalise = ?, annee_naissance = ?, genre = ?, "
            "statut = ?, commune = ?, code_postal = ?, telephone = ?, courriel = ?, consent_contact = ?, "
            "last_visit = CASE WHEN ? > last_visit THEN ? ELSE last_visit END, updated_at = ? WHERE id = ?"),
        { b.prenom.trimmed(), b.nom.trimmed(), normalisedName(b), b.anneeNaissance, b.genre, b.statut,
            b.commune.trimmed(), b.codePostal.trimmed(), validate::normalizeTelephone(b.telephone.trimmed()),
            b.courriel.trimmed(), b.consentContact ? 1 : 0, b.lastVisit, b.lastVisit, m_db.clock().nowIso(), b.id });
    if (!s)
        return s;
    return tx.commit();
}

Status BeneficiaryStore::touchVisit(const QString &id, const QDate &date)
{
    const QString d = date.toString(Qt::ISODate);
    return m_db.exec(
        QStringLiteral("UPDATE beneficiaries SET last_visit = ? WHERE id = ? AND last_visit < ?"), { d, id, d });
}

QList<DuplicateGroup> BeneficiaryStore::findDuplicates() const
{
    const auto people = runQuery(m_db,
        QStringLiteral("SELECT %1 FROM beneficiaries WHERE nom_normalise IN (SELECT nom_normalise FROM beneficiaries "
                       "WHERE nom_normalise <> '' GROUP BY nom_normalise HAVING count(*) > 1) "
                       "ORDER BY nom_normalise, annee_naissance, created_at")
            .arg(QLatin1String(kColumns)),
        {});
    QList<DuplicateGroup> groups;
    QHash<QString, QList<Beneficiary>> byName;
    QStringList order;
    for (const Beneficiary &b : people) {
        const QString key = normalisedName(b);
        if (!byName.contains(key))
            order << key;
        byName[key] << b;
    }
    for (const QString &key : order) {
        QList<Beneficiary> rest = byName.value(key);
        // Group by compatible birth years (0 joins the first known year).
        while (!rest.isEmpty()) {
            DuplicateGroup g;
            g.members << rest.takeFirst();
            int year = g.members.first().anneeNaissance;
            for (qsizetype i = 0; i < rest.size();) {
                if (yearsCompatible(year, rest.at(i).anneeNaissance)) {
                    if (year == 0)
                        year = rest.at(i).anneeNaissance;
                    g.members << rest.takeAt(i);
                } else {
                    ++i;
                }
            }
            if (g.members.size() > 1)
                groups << g;
        }
    }
    return groups;
}

QList<Beneficiary> BeneficiaryStore::similarTo(const Beneficiary &b) const
{
    QList<Beneficiary> result;
    const QString key = normalisedName(b);
    if (key.isEmpty())
        return result;
    for (const Beneficiary &other : runQuery(m_db,
             QStringLiteral("SELECT %1 FROM beneficiaries WHERE nom_normalise = ?").arg(QLatin1String(kColumns)),
             { key }))
        if (other.id != b.id && yearsCompatible(other.anneeNaissance, b.anneeNaissance))
            result << other;
    return result;
}

Status BeneficiaryStore::merge(const QString &keepId, const QString &otherId)
{
    if (keepId == otherId)
        return Status::failure(QStringLiteral("beneficiary.merge-self"), tr("A person cannot be merged with itself."));
    auto keep = find(keepId);
    if (!keep)
        return keep.error();
    auto other = find(otherId);
    if (!other)
        return other.error();
    Beneficiary merged = *keep;
    auto fill = [](QString &target, const QString &source) {
        if (target.trimmed().isEmpty())
            target = source;
    };
    fill(merged.prenom, other->prenom);
    fill(merged.nom, other->nom);
    if (merged.anneeNaissance == 0)
        merged.anneeNaissance = other->anneeNaissance;
    if (merged.genre.isEmpty() || merged.genre == QStringLiteral("non_communique"))
        merged.genre = other->genre;
    if (merged.statut.isEmpty() || merged.statut == QStringLiteral("non_communique"))
        merged.statut = other->statut;
    fill(merged.commune, other->commune);
    fill(merged.codePostal, other->codePostal);
    if (other->consentContact) {
        merged.consentContact = true;
        fill(merged.telephone, other->telephone);
        fill(merged.courriel, other->courriel);
    }
    merged.lastVisit = std::max(keep->lastVisit, other->lastVisit);

    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = update(merged); !s)
        return s;
    // Activities are syncable, but beneficiary_id is a local column (never synced): a direct update
    // without touching the sync stamps is right here.
    if (Status s = m_db.exec(
            QStringLiteral("UPDATE activities SET beneficiary_id = ? WHERE beneficiary_id = ?"), { keepId, otherId });
        !s)
        return s;
    if (Status s
        = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO activity_participants (activity_id, beneficiary_id) "
                                   "SELECT activity_id, ? FROM activity_participants WHERE beneficiary_id = ?"),
            { keepId, otherId });
        !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM activity_participants WHERE beneficiary_id = ?"), { otherId });
        !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM beneficiaries WHERE id = ?"), { otherId }); !s)
        return s;
    return tx.commit();
}

Result<QByteArray> BeneficiaryStore::exportPerson(const QString &id) const
{
    auto person = find(id);
    if (!person)
        return person.error();
    QJsonObject record {
        { QStringLiteral("id"), person->id },
        { QStringLiteral("prenom"), person->prenom },
        { QStringLiteral("nom"), person->nom },
        { QStringLiteral("annee_naissance"), person->anneeNaissance },
        { QStringLiteral("genre"), person->genre },
        { QStringLiteral("statut"), person->statut },
        { QStringLiteral("commune"), person->commune },
        { QStringLiteral("code_postal"), person->codePostal },
        { QStringLiteral("telephone"), person->telephone },
        { QStringLiteral("courriel"), person->courriel },
        { QStringLiteral("consentement_contact"), person->consentContact },
        { QStringLiteral("derniere_visite"), person->lastVisit },
    };
    QJsonArray activities;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT a.date, a.type, a.duree_minutes, a.canal, a.thematiques, a.demarches, a.notes, "
                       "coalesce(u.display_name, '') FROM activities a LEFT JOIN users u ON u.id = a.mediator_id "
                       "WHERE a.deleted = 0 AND (a.beneficiary_id = ? OR a.id IN "
                       "(SELECT activity_id FROM activity_participants WHERE beneficiary_id = ?)) ORDER BY a.date"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec())
        return Error { QStringLiteral("beneficiary.sql"), storage::describeSqlError(q.lastError()) };
    while (q.next())
        activities.append(QJsonObject {
            { QStringLiteral("date"), q.value(0).toString() },
            { QStringLiteral("type"), vocab::label(vocab::Kind::ActivityType, q.value(1).toString()) },
            { QStringLiteral("duree_minutes"), q.value(2).toInt() },
            { QStringLiteral("canal"), vocab::label(vocab::Kind::Canal, q.value(3).toString()) },
            { QStringLiteral("thematiques"), q.value(4).toString() },
            { QStringLiteral("demarches"), q.value(5).toString() },
            { QStringLiteral("notes"), q.value(6).toString() },
            { QStringLiteral("mediateur"), q.value(7).toString() },
        });
    QJsonObject root {
        { QStringLiteral("format"), QStringLiteral("escale-personne-1") },
        { QStringLiteral("exporte_le"), m_db.clock().nowIso() },
        { QStringLiteral("personne"), record },
        { QStringLiteral("activites"), activities },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status BeneficiaryStore::erase(const QString &id)
{
    if (!find(id))
        return Status::failure(
            QStringLiteral("beneficiary.not-found"), tr("This person is not (or no longer) recorded."));
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    // The activities stay (they are the structure's figures) but lose the link to the person and the
    // free-text notes, which may name them. The demographic codes stay: they identify nobody alone.
    if (Status s = m_db.exec(
            QStringLiteral("UPDATE activities SET beneficiary_id = '', notes = '' WHERE beneficiary_id = ?"), { id });
        !s)
        return s;
    // A named participant becomes an anonymous one (the activity's participant count is unchanged).
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM activity_participants WHERE beneficiary_id = ?"), { id }); !s)
        return s;
        // Their diagnostics and orientations keep their figures but no longer name them.
#ifdef ESCALE_WITH_COMPETENCIES
    if (Status s = anonymiseIn<competencies::DiagnosticStore>(m_db, id); !s)
        return s;
#endif
#ifdef ESCALE_WITH_ORIENTATION
    if (Status s = anonymiseIn<orientation::OrientationStore>(m_db, id); !s)
        return s;
#endif
#ifdef ESCALE_WITH_CHEQUES
    if (Status s = anonymiseIn<cheques::ChequeRegister>(m_db, id); !s)
        return s;
#endif
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM beneficiaries WHERE id = ?"), { id }); !s)
        return s;
    return tx.commit();
}

bool BeneficiaryStore::anonymisesOrientations()
{
#ifdef ESCALE_WITH_ORIENTATION
    return Anonymising<orientation::OrientationStore>;
#else
    return false;
#endif
}

int BeneficiaryStore::retentionMonths() const
{
    const int months = m_db.setting(kRetention, kDefaultRetentionMonths).toInt();
    return months > 0 ? months : kDefaultRetentionMonths;
}

Status BeneficiaryStore::setRetentionMonths(int months)
{
    if (months < 1 || months > 120)
        return Status::failure(
            QStringLiteral("beneficiary.retention"), tr("The retention period must be between 1 and 120 months."));
    return m_db.setSetting(kRetention, months);
}

QList<Beneficiary> BeneficiaryStore::dueForPurge(const QDate &today) const
{
    return dueForPurgeWithin(today, 0);
}

QList<Beneficiary> BeneficiaryStore::dueForPurgeWithin(const QDate &today, int days) const
{
    const QDate cutoff = today.addDays(days).addMonths(-retentionMonths());
    return runQuery(m_db,
        QStringLiteral("SELECT %1 FROM beneficiaries WHERE last_visit < ? ORDER BY last_visit")
            .arg(QLatin1String(kColumns)),
        { cutoff.toString(Qt::ISODate) });
}

Result<int> BeneficiaryStore::purgeOlderThan(const QDate &cutoff)
{
    const auto due = runQuery(m_db,
        QStringLiteral("SELECT %1 FROM beneficiaries WHERE last_visit < ?").arg(QLatin1String(kColumns)),
        { cutoff.toString(Qt::ISODate) });
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    for (const Beneficiary &b : due)
        if (Status s = erase(b.id); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(due.size());
}

Result<int> BeneficiaryStore::purgeExpired(const QDate &today)
{
    return purgeOlderThan(today.addMonths(-retentionMonths()));
}

} // namespace escale::activity
