#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace escale::structure {

// The structure (lieu) this installation serves, as the first-run assistant and Paramètres edit it.
struct StructureProfile
{
    QString id;
    QString nom;
    QString adresse;
    QString complementAdresse;
    QString commune;
    QString codePostal;
    QString codeInsee;
    QString pivot;               // SIRET or RNA, optional
    QStringList typologie;       // vocab::Kind::Typologie codes
    QStringList services;        // vocab::Kind::Service codes
    QString telephone;
    QString courriel;
    QString siteWeb;
    std::optional<double> latitude;
    std::optional<double> longitude;
    bool acceptePassNumerique = false;
    bool itinerant = false;
    QString horaires;            // OSM opening_hours
};

struct FieldError
{
    QString field;   // the StructureProfile member in snake_case (code_postal, pivot, …)
    QString message; // translated
};

// Checks a profile as the national standard does (required fields, code postal, INSEE code,
// SIRET/RNA, phone, e-mail, web address). Empty list: valid.
QList<FieldError> validate(const StructureProfile &profile);

struct User
{
    QString id;
    QString displayName;
    QString role; // mediateur, responsable, coordinateur
};

// Reads and writes the structure profile and the users of this installation.
class StructureStore
{
public:
    explicit StructureStore(storage::Database &db) : m_db(db) {}

    // The profile, or nothing before the first-run assistant has run.
    std::optional<StructureProfile> profile() const;
    // Creates or replaces the profile; refuses an invalid one with the first field error.
    Result<QString> save(const StructureProfile &profile);

    QList<User> users() const;
    Result<QString> addUser(const QString &displayName, const QString &role = QStringLiteral("mediateur"));
    // The user whose name goes on documents by default (the last one chosen, else the first).
    std::optional<User> currentUser() const;
    Status setCurrentUser(const QString &userId);

    // True when the first-run assistant must run: no profile or no user yet.
    bool needsFirstRun() const { return !profile().has_value() || users().isEmpty(); }

    // Profile and first user in one transaction (the first-run assistant's « Terminer »).
    Status completeFirstRun(const StructureProfile &profile, const QString &userDisplayName);

private:
    storage::Database &m_db;
};

} // namespace escale::structure
