#pragma once

#include "common/Result.h"
#include "competencies/Scoring.h"
#include "storage/Database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace escale::competencies {

// A diagnostic of one person's digital skills on one framework, on one date.
struct Diagnostic
{
    QString id;
    QString beneficiaryId; // activity::Beneficiary id, empty when anonymous
    QString frameworkId;
    QString frameworkVersion;
    QDate date; // the day of the diagnostic (local date)
    bool quick = false; // quick mode (gateways first, inference)
    QString mediator; // display name of the mediator, printed on the passeport
    QString createdAt; // UTC ISO
    QString completedAt; // UTC ISO, empty while unfinished
    QString stopId; // itinerant_stops.id of the bus stop it was made at, empty elsewhere
    Answers answers;

    bool isAnonymous() const { return beneficiaryId.isEmpty(); }
    bool isComplete() const { return !completedAt.isEmpty(); }
};

// The tables `diagnostics` and `diagnostic_answers` (migration 0007). Local only: a diagnostic is
// personal data and never syncs. Every write is its own transaction, so that closing the application
// in the middle of a diagnostic loses nothing but the answer being given.
class DiagnosticStore
{
public:
    explicit DiagnosticStore(storage::Database &db)
        : m_db(db)
    { }

    // Creates a diagnostic (d.id and the times are set here) and returns its id.
    Result<QString> create(const Diagnostic &d);
    Result<Diagnostic> find(const QString &id) const;

    // Records one answer (replacing any previous one for the item) and, in the same transaction, the
    // answers inferred from it: `inferred` replaces every inferred answer of the items in `domainItems`.
    Status recordAnswer(const QString &diagnosticId, const QString &itemCode, const QString &answer,
        const QStringList &domainItems = {}, const QHash<QString, QString> &inferred = {});
    // Removes one answer (the item is asked again).
    Status clearAnswer(const QString &diagnosticId, const QString &itemCode);
    Status markComplete(const QString &diagnosticId);
    Status remove(const QString &diagnosticId);

    // Diagnostics of a person, newest first (by date, then creation).
    QList<Diagnostic> forBeneficiary(const QString &beneficiaryId) const;
    // The last complete diagnostic of the same person on the same framework before `d` (never for
    // an anonymous diagnostic).
    std::optional<Diagnostic> previous(const Diagnostic &d) const;
    // The latest diagnostics (newest first), unfinished ones included, without their answers.
    QList<Diagnostic> recent(int limit = 20) const;

    // PUBLIC API for the activity statistics (thématique diagnostic_numerique): the number of
    // diagnostics dated from `from` to `to` inclusive that have at least one answer.
    int countBetween(const QDate &from, const QDate &to) const;

    // RGPD: a person erased becomes anonymous in their diagnostics (the figures stay). Returns how many.
    Result<int> anonymise(const QString &beneficiaryId);

private:
    Status touch(const QString &diagnosticId);
    Answers loadAnswers(const QString &diagnosticId) const;

    storage::Database &m_db;
};

} // namespace escale::competencies
