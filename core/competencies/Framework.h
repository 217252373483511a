#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace escale::competencies {

// A competency framework (DESIGN.md §7): a JSON document with an id, a version, a licence and an
// attribution, made of domains. A framework is either
//   - a checklist (scale "autonomie"): each domain lists concrete items, each with an observable
//     description, answered on the 3-level autonomy scale (vocab::Kind::Autonomie); or
//   - a levels framework (scale "niveaux"): each domain lists competences, answered with one of the
//     framework's proficiency levels, each level standing for one autonomy code.
// Whatever the kind, what a diagnostic answers is an Item (a gesture or a competence). The format is
// described in docs/competencies.md.

// The kind written in the document's "kind" field.
inline constexpr char FrameworkKind[] = "competency-framework";

enum class Scale { Autonomie, Niveaux };

struct Level
{
    QString code; // "1" … "8"
    QString title; // French
    QString titleEn;
    QString autonomie; // the vocab::Kind::Autonomie code this level stands for
};

struct Item
{
    QString code; // unique in the framework
    QString title; // French: what the person does (« Allumer un ordinateur »)
    QString titleEn;
    QString observable; // French: what the mediator sees when it is done (checklists)
    bool gateway = false; // asked first in quick mode (see Scoring.h)
    QString domainCode;
};

struct Domain
{
    QString code;
    QString title;
    QString titleEn;
    QStringList services; // vocab::Kind::Service codes of the places that help with this domain
    QList<Item> items;
};

struct Framework
{
    QString id;
    QString version;
    QString title;
    QString titleEn;
    QString description;
    QString licence;
    QString attribution; // shown wherever the framework is displayed (empty for Escale's own)
    QString basedOn; // id of the framework this one was copied from, if any
    Scale scale = Scale::Autonomie;
    QList<Level> levels; // Scale::Niveaux only
    QList<Domain> domains;

    QList<Item> allItems() const;
    const Item *item(const QString &code) const;
    const Domain *domain(const QString &code) const;
    const Level *level(const QString &code) const;
    int itemCount() const;

    // The answer codes valid for this framework (without « non évalué »).
    QStringList answerCodes() const;
    // The autonomy code an answer stands for (itself on the autonomy scale; the level's on a levels
    // framework); empty for « non évalué » or an unknown answer.
    QString autonomieOf(const QString &answer) const;
    // The label of an answer as shown to people.
    QString answerLabel(const QString &answer) const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
};

// One fault of a framework document: where (a JSON path such as `domains[2].items[0].code`) and what.
struct Issue
{
    QString code; // stable: schema.unknown-field, schema.missing-field, schema.wrong-type,
                  // schema.missing-french, schema.bad-value, codes.duplicate, levels.missing, …
    QString path;
    QString message; // translated

    QString toString() const; // « path: message »
};

struct ParseOutcome
{
    std::optional<Framework> framework; // set only when there is no issue
    QList<Issue> issues;
};

// Reads and validates a framework: unknown fields, wrong types, missing French text, duplicate codes,
// missing or inconsistent levels, unknown vocabulary codes. Any issue refuses the document.
ParseOutcome parseFramework(const QByteArray &json);
ParseOutcome parseFramework(const QJsonObject &object);

// Convenience: the framework, or an error whose message lists the first issues with their paths.
Result<Framework> loadFramework(const QByteArray &json);

// True when a JSON object declares itself a competency framework ("kind": "competency-framework").
bool isFrameworkDocument(const QJsonObject &object);

// Message for the « non évalué » answer, and its stored code (an empty answer is never stored).
inline constexpr char NotEvaluated[] = "non_evalue";

} // namespace escale::competencies
