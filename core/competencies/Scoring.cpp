#include "competencies/Scoring.h"

#include "common/Vocabulary.h"

#include <QCoreApplication>

#include <cmath>

namespace escale::competencies {

namespace {
const QString kEntierement = QStringLiteral("entierement_accompagne");
const QString kPartiellement = QStringLiteral("partiellement_autonome");
const QString kAutonome = QStringLiteral("autonome");

bool isAssessed(const Framework &framework, const Answers &answers, const QString &code)
{
    const auto it = answers.constFind(code);
    return it != answers.constEnd() && !framework.autonomieOf(it->answer).isEmpty();
}
} // namespace

int autonomyPoints(const QString &autonomie)
{
    if (autonomie == kEntierement)
        return 0;
    if (autonomie == kPartiellement)
        return 50;
    if (autonomie == kAutonome)
        return 100;
    return -1;
}

Inference inferDomain(const Framework &framework, const Domain &domain, const Answers &answers)
{
    QString common;
    int gateways = 0;
    for (const Item &item : domain.items) {
        if (!item.gateway)
            continue;
        ++gateways;
        const auto it = answers.constFind(item.code);
        if (it == answers.constEnd() || it->inferred)
            return Inference::None;
        const QString autonomie = framework.autonomieOf(it->answer);
        if (autonomie.isEmpty())
            return Inference::None; // not assessed
        if (common.isEmpty())
            common = autonomie;
        else if (common != autonomie)
            return Inference::None;
    }
    if (gateways == 0)
        return Inference::None;
    if (common == kEntierement)
        return Inference::Failed;
    if (common == kAutonome)
        return Inference::Passed;
    return Inference::None;
}

QHash<QString, QString> inferredAnswers(const Framework &framework, const Domain &domain, const Answers &answers)
{
    QHash<QString, QString> result;
    if (inferDomain(framework, domain, answers) == Inference::None)
        return result;
    const QStringList order = framework.answerCodes();
    int lowest = -1;
    for (const Item &item : domain.items) {
        if (item.gateway) {
            const int rank = int(order.indexOf(answers.value(item.code).answer));
            if (lowest < 0 || (rank >= 0 && rank < lowest))
                lowest = rank;
        }
    }
    if (lowest < 0)
        return result;
    for (const Item &item : domain.items) {
        if (item.gateway)
            continue;
        const auto it = answers.constFind(item.code);
        if (it != answers.constEnd() && !it->inferred)
            continue; // an answer the mediator gave is never overridden
        result.insert(item.code, order.at(lowest));
    }
    return result;
}

QStringList askingOrder(const Framework &framework, bool quick)
{
    QStringList order;
    if (quick) {
        for (const Domain &d : framework.domains)
            for (const Item &i : d.items)
                if (i.gateway)
                    order << i.code;
    }
    for (const Domain &d : framework.domains)
        for (const Item &i : d.items)
            if (!quick || !i.gateway)
                order << i.code;
    return order;
}

QString profileCode(Profile profile)
{
    switch (profile) {
    case Profile::NonEvalue:
        return QStringLiteral("non_evalue");
    case Profile::Exclu:
        return QStringLiteral("exclu");
    case Profile::Debutant:
        return QStringLiteral("debutant");
    case Profile::PresqueAutonome:
        return QStringLiteral("presque_autonome");
    case Profile::Autonome:
        return QStringLiteral("autonome");
    }
    return {};
}

QString profileLabel(Profile profile)
{
    // The field's French terms, shown as such in every interface language (like vocab labels).
    switch (profile) {
    case Profile::NonEvalue:
        return QStringLiteral("Non évalué");
    case Profile::Exclu:
        return QStringLiteral("Exclu");
    case Profile::Debutant:
        return QStringLiteral("Débutant");
    case Profile::PresqueAutonome:
        return QStringLiteral("Presque autonome");
    case Profile::Autonome:
        return QStringLiteral("Autonome");
    }
    return {};
}

QString profileLabelForPerson(Profile profile)
{
    // Only the two words a person should not read about themselves differ from the mediator's.
    switch (profile) {
    case Profile::NonEvalue:
        return QStringLiteral("Pas encore évalué");
    case Profile::Exclu:
        return QStringLiteral("Premiers pas");
    default:
        return profileLabel(profile);
    }
}

Profile profileForScore(int scorePercent, int assessedCount)
{
    if (assessedCount <= 0)
        return Profile::NonEvalue;
    if (scorePercent < 25)
        return Profile::Exclu;
    if (scorePercent < 50)
        return Profile::Debutant;
    if (scorePercent < 80)
        return Profile::PresqueAutonome;
    return Profile::Autonome;
}

QString NextStep::kindCode() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("aucune");
    case Kind::IndividualHelp:
        return QStringLiteral("accompagnement_individuel");
    case Kind::Workshop:
        return QStringLiteral("atelier");
    case Kind::Autonomy:
        return QStringLiteral("autonomie");
    }
    return {};
}

QString NextStep::text() const
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("escale::competencies", "Finish the diagnostic to get a recommendation.");
    case Kind::IndividualHelp:
        return QCoreApplication::translate("escale::competencies", "Individual help with a mediator, step by step.");
    case Kind::Workshop:
        return QCoreApplication::translate("escale::competencies", "A group workshop, level « %1 ».")
            .arg(vocab::label(vocab::Kind::Niveau, niveau));
    case Kind::Autonomy:
        return QCoreApplication::translate(
            "escale::competencies", "Autonomy: practise alone with resources, and come back when needed.");
    }
    return {};
}

const DomainResult *Assessment::domain(const QString &code) const
{
    for (const DomainResult &d : domains)
        if (d.domainCode == code)
            return &d;
    return nullptr;
}

Assessment assess(const Framework &framework, const Answers &answers)
{
    Assessment a;
    int totalPoints = 0;
    QStringList partial, weak;
    for (const Domain &d : framework.domains) {
        DomainResult r;
        r.domainCode = d.code;
        r.title = d.title;
        r.itemCount = int(d.items.size());
        int points = 0;
        for (const Item &item : d.items) {
            if (!isAssessed(framework, answers, item.code))
                continue;
            const QString autonomie = framework.autonomieOf(answers.value(item.code).answer);
            const int p = autonomyPoints(autonomie);
            points += p;
            ++r.assessed;
            if (autonomie == kAutonome)
                a.canDo << item.code;
            else if (autonomie == kPartiellement)
                partial << item.code;
            else
                weak << item.code;
        }
        r.score = r.assessed ? int(std::lround(double(points) / r.assessed)) : 0;
        r.profile = profileForScore(r.score, r.assessed);
        a.itemCount += r.itemCount;
        a.assessed += r.assessed;
        totalPoints += points;
        a.domains.append(r);
    }
    a.toWorkOn = partial + weak;
    a.score = a.assessed ? int(std::lround(double(totalPoints) / a.assessed)) : 0;
    a.overall = profileForScore(a.score, a.assessed);

    NextStep &n = a.next;
    for (const DomainResult &r : a.domains) {
        if (r.profile != Profile::Autonome && r.profile != Profile::NonEvalue)
            n.focusDomains << r.domainCode;
    }
    switch (a.overall) {
    case Profile::NonEvalue:
        n.kind = NextStep::Kind::None;
        break;
    case Profile::Exclu:
        n.kind = NextStep::Kind::IndividualHelp;
        n.modalite = QStringLiteral("accompagnement_individuel");
        break;
    case Profile::Debutant:
        n.kind = NextStep::Kind::Workshop;
        n.niveau = QStringLiteral("debutant");
        break;
    case Profile::PresqueAutonome:
        n.kind = NextStep::Kind::Workshop;
        n.niveau = QStringLiteral("intermediaire");
        break;
    case Profile::Autonome:
        if (n.focusDomains.isEmpty()) {
            n.kind = NextStep::Kind::Autonomy;
            n.modalite = QStringLiteral("en_autonomie");
        } else {
            n.kind = NextStep::Kind::Workshop;
            n.niveau = QStringLiteral("avance");
        }
        break;
    }
    if (n.kind == NextStep::Kind::Workshop)
        n.modalite = QStringLiteral("atelier_collectif");
    const QStringList serviceDomains = n.focusDomains.isEmpty() ? QStringList() : n.focusDomains;
    for (const Domain &d : framework.domains) {
        if (!serviceDomains.isEmpty() && !serviceDomains.contains(d.code))
            continue;
        for (const QString &s : d.services)
            if (!n.services.contains(s))
                n.services << s;
    }
    return a;
}

QList<DomainProgress> compare(const Framework &framework, const Assessment &before, const Assessment &now)
{
    QList<DomainProgress> list;
    for (const Domain &d : framework.domains) {
        DomainProgress p;
        p.domainCode = d.code;
        p.title = d.title;
        if (const DomainResult *b = before.domain(d.code); b && b->assessed > 0) {
            p.before = b->score;
            p.beforeProfile = b->profile;
        }
        if (const DomainResult *n = now.domain(d.code); n && n->assessed > 0) {
            p.now = n->score;
            p.nowProfile = n->profile;
        }
        list.append(p);
    }
    return list;
}

} // namespace escale::competencies
