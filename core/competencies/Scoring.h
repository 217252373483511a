#pragma once

#include "competencies/Framework.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace escale::competencies {

// One recorded answer: a vocab::Kind::Autonomie code (checklists), a level code (levels frameworks) or
// NotEvaluated. `inferred` answers were deduced by the quick mode, not asked.
struct Answer
{
    QString itemCode;
    QString answer;
    bool inferred = false;
};
using Answers = QHash<QString, Answer>; // by item code

// Points of an autonomy code: entierement_accompagne 0, partiellement_autonome 50, autonome 100;
// -1 for anything else (« non évalué »).
int autonomyPoints(const QString &autonomie);

// ---- Quick mode (docs/competencies.md, « Mode rapide ») -------------------------------------------
// The gateway items of every domain are asked first. When every gateway of a domain has been
// answered (none « non évalué ») and they all stand for the same autonomy code, and that code is
// entierement_accompagne (clearly failed) or autonome (clearly passed), the domain's other items are
// inferred: each gets the lowest of the gateway answers (in the framework's answer order). Otherwise
// (mixed answers, any partiellement_autonome, a gateway not assessed or not yet asked) nothing is
// inferred and the rest of the domain is asked. A domain without gateway is always asked in full.
enum class Inference { None, Failed, Passed };

Inference inferDomain(const Framework &framework, const Domain &domain, const Answers &answers);
// The answers inferred for a domain (item code → answer), given its asked (non-inferred) answers.
QHash<QString, QString> inferredAnswers(const Framework &framework, const Domain &domain, const Answers &answers);

// The order in which a diagnostic asks its items: every item in framework order (full mode), or
// every gateway first, domain by domain, then the other items (quick mode).
QStringList askingOrder(const Framework &framework, bool quick);

// ---- Profile (docs/competencies.md, « Profil ») ----------------------------------------------------
// Score of a set of items = mean of the points of the assessed ones (asked or inferred), rounded.
// Profile: no assessed item → non évalué; score < 25 → exclu; < 50 → débutant; < 80 → presque
// autonome; ≥ 80 → autonome. The overall profile uses every assessed item of the framework.
enum class Profile { NonEvalue, Exclu, Debutant, PresqueAutonome, Autonome };

QString profileCode(Profile profile); // non_evalue, exclu, debutant, presque_autonome, autonome
QString profileLabel(Profile profile); // French label, the field's term: the mediator's screens
// The same level in words for the person, on what is handed to them (the passeport): « Premiers pas »
// rather than « Exclu », « Pas encore évalué » rather than « Non évalué »; French like profileLabel.
QString profileLabelForPerson(Profile profile);
Profile profileForScore(int scorePercent, int assessedCount);

struct DomainResult
{
    QString domainCode;
    QString title;
    int itemCount = 0;
    int assessed = 0;
    int score = 0; // 0..100
    Profile profile = Profile::NonEvalue;
};

// Next step (docs/competencies.md, « Prochaine étape »):
//   overall exclu → individual help; débutant → workshop « débutant »; presque autonome → workshop
//   « intermédiaire »; autonome → workshop « avancé » when some domain is below autonome, otherwise
//   autonomy with resources. Services: those of the domains below autonome (all domains when none).
struct NextStep
{
    enum class Kind { None, IndividualHelp, Workshop, Autonomy };
    Kind kind = Kind::None;
    QString niveau; // vocab::Kind::Niveau code, for a workshop
    QString modalite; // vocab::Kind::ModaliteAccompagnement code
    QStringList services; // vocab::Kind::Service codes of the places to suggest
    QStringList focusDomains; // domain codes to work on first

    QString kindCode() const; // aucune, accompagnement_individuel, atelier, autonomie
    QString text() const; // translated sentence
};

struct Assessment
{
    QList<DomainResult> domains;
    int itemCount = 0;
    int assessed = 0;
    int score = 0;
    Profile overall = Profile::NonEvalue;
    QStringList canDo; // item codes answered autonome (framework order)
    QStringList toWorkOn; // assessed item codes below autonome: partiellement_autonome first, then the others
    NextStep next;

    const DomainResult *domain(const QString &code) const;
};

Assessment assess(const Framework &framework, const Answers &answers);

// Progress of one domain between two diagnostics on the same framework.
struct DomainProgress
{
    QString domainCode;
    QString title;
    int before = -1; // score, -1 when not assessed
    int now = -1;
    Profile beforeProfile = Profile::NonEvalue;
    Profile nowProfile = Profile::NonEvalue;
    int delta() const { return before < 0 || now < 0 ? 0 : now - before; }
};

QList<DomainProgress> compare(const Framework &framework, const Assessment &before, const Assessment &now);

} // namespace escale::competencies
