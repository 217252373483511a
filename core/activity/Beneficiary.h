#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace escale::storage {
class Database;
}

namespace escale::activity {

// A person accompanied (DESIGN.md §4). Every field but the id is optional: a beneficiary may be known
// only by a first name, or not be recorded at all (anonymous activities). Personal data never leaves
// this installation: the `beneficiaries` table is local (no sync columns) and other modules refer to a
// person by id only (TEXT, no foreign key).
struct Beneficiary
{
    QString id;
    QString prenom;
    QString nom;
    int anneeNaissance = 0; // 0: unknown
    QString genre; // vocab::Kind::Genre code
    QString statut; // vocab::Kind::Statut code
    QString commune; // name of the commune of residence
    QString codePostal; // 5 digits
    QString telephone; // only with consentContact
    QString courriel; // only with consentContact
    bool consentContact = false; // the person agreed to be contacted
    QString lastVisit; // local date YYYY-MM-DD of the last activity (or of the record)

    // "Prénom Nom", or a placeholder when neither is known.
    QString displayName() const;
    // The age band (vocab::Kind::TrancheAge code) at the given year.
    QString trancheAge(int referenceYear) const;
};

// Two records that may be the same person: same normalised first and last names and the same year of
// birth (or one of them unknown).
struct DuplicateGroup
{
    QList<Beneficiary> members;
};

// Beneficiaries of this installation. Every write is in a transaction; ids are UUIDs.
class BeneficiaryStore
{
public:
    explicit BeneficiaryStore(storage::Database &db)
        : m_db(db)
    { }

    // Checks a record without saving it: empty when valid, otherwise a translated sentence.
    QString validate(const Beneficiary &b) const;

    // Saves a new person (b.id is ignored) and returns the new id.
    Result<QString> create(const Beneficiary &b);
    Result<Beneficiary> find(const QString &id) const;
    // People whose names contain every word of text (accents and case ignored), by name; at most limit.
    QList<Beneficiary> search(const QString &text, int limit = 50) const;
    QList<Beneficiary> all() const;
    int count() const;
    Status update(const Beneficiary &b);
    // Records the date of a visit (keeps the most recent one).
    Status touchVisit(const QString &id, const QDate &date);

    // Groups of probable duplicates (normalised names and year of birth).
    QList<DuplicateGroup> findDuplicates() const;
    // Existing people that look like b (same normalised names, compatible year of birth), b.id excluded.
    QList<Beneficiary> similarTo(const Beneficiary &b) const;
    // Merges `other` into `keep`: fills keep's empty fields from other, moves other's activities and
    // participations to keep, then erases other. Both must exist and differ.
    Status merge(const QString &keepId, const QString &otherId);

    // Everything this installation holds about one person (the record and the activities where the
    // person appears), as indented JSON (right of access, RGPD art. 15).
    Result<QByteArray> exportPerson(const QString &id) const;
    // Erases a person (RGPD art. 17), in one transaction: the record is deleted, the activities become
    // anonymous, and so do the person's diagnostics (competencies::DiagnosticStore::anonymise) and
    // orientations (when OrientationStore offers anonymise(), see anonymisesOrientations()).
    Status erase(const QString &id);
    // Whether erase() reaches the orientations too (false while core/orientation has no anonymise()).
    static bool anonymisesOrientations();

    // Retention (default 24 months after the last visit, setting "activity/retentionMonths").
    int retentionMonths() const;
    Status setRetentionMonths(int months);
    // People whose last visit is older than the retention period at `today`.
    QList<Beneficiary> dueForPurge(const QDate &today) const;
    // People that will be due within `days` days (to warn beforehand).
    QList<Beneficiary> dueForPurgeWithin(const QDate &today, int days) const;
    // Erases everyone whose last visit is before `cutoff` (exclusive); returns how many.
    Result<int> purgeOlderThan(const QDate &cutoff);
    // Erases everyone due at today according to the retention setting; returns how many.
    Result<int> purgeExpired(const QDate &today);

private:
    storage::Database &m_db;
};

} // namespace escale::activity
