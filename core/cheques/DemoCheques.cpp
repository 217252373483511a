#include "cheques/DemoCheques.h"

#include "activity/Activity.h"
#include "activity/Beneficiary.h"
#include "cheques/ChequeRegister.h"
#include "cheques/ClaimBook.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "structure/StructureProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>
#include <vector>

namespace escale::cheques {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::cheques", text);
}

// An accompaniment of a named person: where a demonstration cheque is redeemed.
struct Visit
{
    QString activityId;
    QDate date;
    QString beneficiaryId;
    QString mediatorId;
    QString mediatorName;
    QString sortKey; // what the activity says, not its random id: the same choice at every run
    bool used = false;
};

// One step of the demonstration year, run with the register's clock set to its moment.
struct Event
{
    QDateTime at; // local time
    int order = 0;
    QString userId; // the current user while it runs (empty: the structure's own)
    std::function<Status()> run;
};

struct BookletPlan
{
    QString schemeId;
    QString label;
    QString funder;
    QString prescriber;
    QString firstCode;
    QString lastCode;
    QDate receivedOn;
    int issueYear = 0;
    QDate validUntil;
    QDate acceptedUntil;
};

QDate workingDayOnOrAfter(QDate day)
{
    while (day.dayOfWeek() >= 6)
        day = day.addDays(1);
    return day;
}

// The n-th working day (1 = the first) of the month of `day`.
QDate nthWorkingDay(const QDate &day, int n)
{
    QDate d = workingDayOnOrAfter(QDate(day.year(), day.month(), 1));
    for (int i = 1; i < n; ++i)
        d = workingDayOnOrAfter(d.addDays(1));
    return d;
}

// Receipt of each booklet, in days after the first day of the demo's year; schemes alternate.
constexpr int kBookletDays[] = { 5, 20, 95, 130, 190, 230, 285, 330 };
constexpr int kBookletSize = 10;

} // namespace

Status fillDemo(storage::Database &db, const Clock &clock)
{
    ChequeRegister probe(db);
    ChequeFilter any;
    any.limit = 1;
    if (!probe.cheques(any).isEmpty())
        return Status::failure(QStringLiteral("cheques.demo-not-empty"),
            tr("This database already holds Pass numérique cheques: demonstration cheques are only added to "
               "a fresh register."));
    const auto aptic = probe.scheme(QStringLiteral("aptic"));
    const auto pass = probe.scheme(QStringLiteral("pass_numerique"));
    if (!aptic || !pass)
        return Status::failure(QStringLiteral("cheques.unknown-scheme"),
            tr("The schemes « aptic » and « pass_numerique » are needed for the demonstration cheques."));

    storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginStatus();

    const QDate today = clock.today();
    const QDate start = today.addYears(-1).addDays(1);
    QRandomGenerator rng(20261122);

    // The demo's people, mediators and accompaniments.
    structure::StructureStore structures(db);
    const QString originalUser = structures.currentUser() ? structures.currentUser()->id : QString();
    QHash<QString, QString> mediatorNames;
    QList<structure::User> mediators;
    for (const structure::User &u : structures.users()) {
        mediatorNames.insert(u.id, u.displayName);
        mediators << u;
    }
    std::sort(mediators.begin(), mediators.end(),
        [](const structure::User &a, const structure::User &b) { return a.displayName < b.displayName; });
    QHash<QString, QString> personNames;
    QList<activity::Beneficiary> people = activity::BeneficiaryStore(db).all();
    std::sort(people.begin(), people.end(), [](const activity::Beneficiary &a, const activity::Beneficiary &b) {
        return a.displayName() < b.displayName();
    });
    for (const activity::Beneficiary &b : std::as_const(people))
        personNames.insert(b.id, b.displayName());

    activity::ActivityStore activities(db);
    activity::ActivityFilter filter;
    filter.from = start;
    filter.to = today;
    filter.limit = 0;
    std::vector<Visit> visits;
    for (const activity::Activity &a : activities.list(filter)) {
        if (a.isCollective() || a.beneficiaryId.isEmpty() || !personNames.contains(a.beneficiaryId))
            continue;
        Visit v;
        v.activityId = a.id;
        v.date = a.date;
        v.beneficiaryId = a.beneficiaryId;
        v.mediatorId = a.mediatorId;
        v.mediatorName = mediatorNames.value(a.mediatorId);
        v.sortKey = QStringList { a.date.toString(Qt::ISODate), personNames.value(a.beneficiaryId), v.mediatorName,
            QString::number(a.dureeMinutes), a.type, a.thematiques.join(QLatin1Char(',')) }
                        .join(QLatin1Char('|'));
        visits.push_back(v);
    }
    std::sort(visits.begin(), visits.end(), [](const Visit &a, const Visit &b) { return a.sortKey < b.sortKey; });

    // A register whose clock walks through the year: every date it writes is the step's.
    FixedClock moment(clock.nowUtc(), clock.timeZone());
    ChequeRegister reg(db, moment);
    ClaimBook book(reg, db);
    std::vector<Event> events;
    auto at = [&clock](const QDate &day, int hour, int minute) {
        return QDateTime(day, QTime(hour, minute), clock.timeZone());
    };
    auto add = [&events](QDateTime when, QString userId, std::function<Status()> run) {
        events.push_back({ std::move(when), int(events.size()), std::move(userId), std::move(run) });
    };

    const QString prescriber = QStringLiteral("Démo — CCAS de Digne-les-Bains");
    const QString otherPlace = QStringLiteral("Démo — Cyberbus de la vallée");
    QHash<QString, int> serials; // per scheme and issue year
    QList<QDate> acceptanceEnds;
    bool incidentPlanned = false;
    const int bookletCount = int(std::size(kBookletDays));
    for (int b = 0; b < bookletCount; ++b) {
        const Scheme &scheme = b % 2 == 0 ? *aptic : *pass;
        BookletPlan plan;
        plan.schemeId = scheme.id;
        plan.receivedOn = workingDayOnOrAfter(start.addDays(kBookletDays[b]));
        if (plan.receivedOn > today)
            break;
        plan.issueYear = plan.receivedOn.year();
        plan.validUntil = scheme.validUntil(plan.issueYear);
        plan.acceptedUntil = scheme.acceptedUntil(plan.issueYear);
        const QString letter = b % 2 == 0 ? QStringLiteral("A") : QStringLiteral("P");
        const QString prefix = QStringLiteral("DEMO") + letter
            + QString::number(plan.issueYear % 100).rightJustified(2, QLatin1Char('0'));
        int &serial = serials[prefix];
        plan.firstCode = prefix + QString::number(serial + 1).rightJustified(4, QLatin1Char('0'));
        plan.lastCode = prefix + QString::number(serial + kBookletSize).rightJustified(4, QLatin1Char('0'));
        serial += kBookletSize;
        plan.label = QStringLiteral("DÉMO-%1-%2")
                         .arg(letter == QStringLiteral("A") ? QStringLiteral("APTIC") : QStringLiteral("PN04"))
                         .arg(serial / kBookletSize, 2, 10, QLatin1Char('0'));
        plan.funder = b % 2 == 0 ? QStringLiteral("Démo — Agglomération Provence-Alpes")
                                 : QStringLiteral("Démo — Département des Alpes-de-Haute-Provence");
        plan.prescriber = prescriber;
        if (!acceptanceEnds.contains(plan.acceptedUntil))
            acceptanceEnds << plan.acceptedUntil;

        add(at(plan.receivedOn, 9, 0), {}, [&reg, plan] {
            ReceiveRequest request;
            request.schemeId = plan.schemeId;
            request.rangeFirst = plan.firstCode;
            request.rangeLast = plan.lastCode;
            request.bookletLabel = plan.label;
            request.funder = plan.funder;
            request.prescriber = plan.prescriber;
            request.issueYear = plan.issueYear;
            request.receivedOn = plan.receivedOn;
            auto r = reg.receive(request);
            return r ? Status() : r.error();
        });

        const QDate lastUsable = std::min(plan.acceptedUntil, today);
        const bool lastBooklet = b == bookletCount - 1;
        for (int i = 0; i < kBookletSize; ++i) {
            const QString code
                = prefix + QString::number(serial - kBookletSize + 1 + i).rightJustified(4, QLatin1Char('0'));
            const QString id = chequeId(scheme.id, code);
            // Damaged on arrival: cancelled in stock.
            if (b == 2 && i == kBookletSize - 1) {
                const QDate day = workingDayOnOrAfter(plan.receivedOn.addDays(3));
                if (day <= today)
                    add(at(day, 16, 0), {}, [&reg, id] {
                        return reg.cancel({ id }, QStringLiteral("Démo — chèque déchiré à la réception du carnet"));
                    });
                continue;
            }
            // Handed out, then lost by its person: cancelled.
            const bool lost = b == 3 && i == kBookletSize - 2;
            if (!lost && int(rng.bounded(100)) >= (lastBooklet ? 40 : 85))
                continue; // stays in stock
            const QDate handedOn = workingDayOnOrAfter(plan.receivedOn.addDays(1 + int(rng.bounded(21))));
            if (handedOn > std::min(today, plan.validUntil))
                continue;
            const bool redeems = !lost && int(rng.bounded(100)) < 80;
            Visit *visit = nullptr;
            if (redeems) {
                auto pickIn = [&](const QDate &from, const QDate &to) -> Visit * {
                    std::vector<Visit *> candidates;
                    for (Visit &v : visits)
                        if (!v.used && v.date >= from && v.date <= to)
                            candidates.push_back(&v);
                    return candidates.empty() ? nullptr : candidates.at(rng.bounded(quint32(candidates.size())));
                };
                // The first cheque of a booklet whose validity ends within the demo's year is redeemed
                // in January's grace period when its person comes then.
                if (i == 0 && plan.validUntil < lastUsable)
                    visit = pickIn(std::max(handedOn.addDays(1), plan.validUntil.addDays(1)), lastUsable);
                if (!visit)
                    visit
                        = pickIn(handedOn.addDays(1), std::min({ handedOn.addDays(75), plan.validUntil, lastUsable }));
            }
            QString beneficiaryId;
            QString giverId;
            if (visit) {
                visit->used = true;
                beneficiaryId = visit->beneficiaryId;
                giverId = visit->mediatorId;
            } else {
                if (!people.isEmpty())
                    beneficiaryId = people.at(int(rng.bounded(quint32(people.size())))).id;
                if (!mediators.isEmpty())
                    giverId = mediators.at(int(rng.bounded(quint32(mediators.size())))).id;
            }
            // The département's cheques are handed out by its social workers, APTIC's by the place.
            const QString by = scheme.id == pass->id ? prescriber : mediatorNames.value(giverId);
            add(at(handedOn, 10, int(rng.bounded(50))), scheme.id == pass->id ? QString() : giverId,
                [&reg, id, beneficiaryId, by] { return reg.handOut({ id }, beneficiaryId, by); });
            if (lost) {
                const QDate day = workingDayOnOrAfter(handedOn.addDays(14));
                if (day <= today)
                    add(at(day, 16, 0), {}, [&reg, id] {
                        return reg.cancel({ id }, QStringLiteral("Démo — chèque perdu par le bénéficiaire"));
                    });
                continue;
            }
            if (!visit)
                continue;
            const Visit v = *visit;
            const QString schemeId = scheme.id;
            add(at(v.date, 13 + int(rng.bounded(4)), int(rng.bounded(60))), v.mediatorId,
                [&reg, &db, code, id, schemeId, v] {
                    RedeemOptions options;
                    options.schemeId = schemeId;
                    options.activityId = v.activityId;
                    options.mediator = v.mediatorName;
                    const ScanResult r = reg.redeem(code, options);
                    if (!r.recorded())
                        return Status::failure(QStringLiteral("cheques.demo-failed"), r.message);
                    return activity::ActivityStore(db).addLink(v.activityId, { activity::link::Cheque, id });
                });
            // One cheque also redeemed offline at another place: its journal entry arrives as a sync
            // would bring it, and the register shows the incident.
            if (!incidentPlanned && b == 2) {
                incidentPlanned = true;
                add(at(v.date, 17, 40), {}, [&db, &moment, id, otherPlace] {
                    const QVariantMap entry { { QStringLiteral("cheque_id"), id },
                        { QStringLiteral("at"), moment.nowIso() },
                        { QStringLiteral("who"), QStringLiteral("Démo — Rémi Itinérant") },
                        { QStringLiteral("from_status"), statusCode(ChequeStatus::Distribue) },
                        { QStringLiteral("to_status"), statusCode(ChequeStatus::Encaisse) },
                        { QStringLiteral("why"), ChequeRegister::tr("redeemed at %1").arg(otherPlace) },
                        { QStringLiteral("place_id"), QStringLiteral("demo-autre-lieu") } };
                    return storage::RecordStore(db).applyRemote(
                        QStringLiteral("cheque_journal"), ids::newId(), entry, QStringLiteral("1-demo"), false);
                });
            }
        }
    }

    // Past acceptance dates: the unused cheques are marked expired the next morning.
    for (const QDate &end : std::as_const(acceptanceEnds)) {
        const QDate day = end.addDays(1);
        if (day <= today)
            add(at(day, 8, 30), {}, [&reg] {
                auto r = reg.expireOverdue();
                return r ? Status() : r.error();
            });
    }

    // Claims: every past month, on the third working day of the next one; reimbursed about five to
    // seven weeks later, in full.
    for (QDate month(start.year(), start.month(), 1); month < QDate(today.year(), today.month(), 1);
         month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        const QDate prepared = nthWorkingDay(month.addMonths(1), 3);
        if (prepared > today)
            continue;
        add(at(prepared, 9, 30), {}, [&book, key] {
            // Nothing to claim is not asked: a refused prepare() would roll the whole demo back (its
            // transaction, nested in ours, ends without a commit).
            if (book.preview(key).isEmpty())
                return Status();
            auto r = book.prepare(key);
            return r ? Status() : Status(r.error());
        });
        const QDate paid = workingDayOnOrAfter(prepared.addDays(30 + int(rng.bounded(16))));
        if (paid > today)
            continue;
        add(at(paid, 11, 0), {}, [&book, key, paid] {
            int n = 0;
            for (const Claim &c : book.claims(key)) {
                if (c.closed)
                    continue;
                const QString reference
                    = QStringLiteral("DÉMO VIR %1-%2").arg(paid.toString(QStringLiteral("yyyyMMdd"))).arg(++n);
                if (auto r = book.recordReimbursement(c.id, c.amount, paid, reference); !r)
                    return Status(r.error());
            }
            return Status();
        });
    }

    std::stable_sort(events.begin(), events.end(),
        [](const Event &a, const Event &b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });
    QString current = originalUser;
    const QDateTime now = clock.nowUtc();
    for (const Event &e : events) {
        if (e.at > now)
            break; // later today: not yet
        const QString user = e.userId.isEmpty() ? originalUser : e.userId;
        if (user != current && !user.isEmpty()) {
            if (Status s = structures.setCurrentUser(user); !s)
                return s;
            current = user;
        }
        moment.set(e.at.toUTC());
        if (Status s = e.run(); !s)
            return s;
    }
    if (current != originalUser)
        if (Status s = structures.setCurrentUser(originalUser); !s)
            return s;
    return tx.commit();
}

DemoChequeSummary demoChequeSummary(storage::Database &db)
{
    ChequeRegister reg(db);
    ClaimBook book(reg, db);
    DemoChequeSummary s;
    s.booklets = int(reg.booklets().size());
    s.byStatus = reg.countByStatus();
    for (int n : std::as_const(s.byStatus))
        s.cheques += n;
    const QList<Claim> claims = book.claims();
    s.claims = int(claims.size());
    s.reimbursedClaims = int(std::count_if(claims.begin(), claims.end(), [](const Claim &c) { return c.closed; }));
    s.incidents = int(reg.incidents().size());
    return s;
}

} // namespace escale::cheques
