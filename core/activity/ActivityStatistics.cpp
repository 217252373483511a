#include "activity/ActivityStatistics.h"

#include "activity/Activity.h"
#include "activity/ExternalFigures.h"
#include "common/TextNormalizer.h"
#include "common/Vocabulary.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace escale::activity {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives to these tr() calls (namespace escale::activity).
    return QCoreApplication::translate("escale::activity", text);
}

const QString kNonCommunique = QStringLiteral("non_communique");

// Counts per code, kept in first-seen order for stable output.
class Tally
{
public:
    void add(const QString &code, int n = 1)
    {
        if (n <= 0)
            return;
        auto it = m_counts.find(code);
        if (it == m_counts.end()) {
            m_counts.insert(code, n);
            m_order << code;
        } else {
            *it += n;
        }
    }
    int value(const QString &code) const { return m_counts.value(code); }
    const QStringList &codes() const { return m_order; }

private:
    QHash<QString, int> m_counts;
    QStringList m_order;
};

// Every term of the vocabulary, in its order (zero rows included): short, fixed lists.
StatSection fixedSection(
    const QString &key, const QString &title, vocab::Kind kind, const Tally &t, int base, const QString &baseLabel)
{
    StatSection s { key, title, base, baseLabel, {} };
    for (const vocab::Term &term : vocab::terms(kind))
        s.rows.append({ term.code, term.label, t.value(term.code), percentOf(t.value(term.code), base) });
    return s;
}

// Only the codes that occur, most frequent first (ties: vocabulary or alphabetical order).
StatSection rankedSection(const QString &key, const QString &title, const Tally &t, int base, const QString &baseLabel,
    const std::function<QString(const QString &)> &labelOf, const QStringList &order = {})
{
    StatSection s { key, title, base, baseLabel, {} };
    for (const QString &code : t.codes())
        s.rows.append({ code, labelOf(code), t.value(code), percentOf(t.value(code), base) });
    std::stable_sort(s.rows.begin(), s.rows.end(), [&order](const StatRow &a, const StatRow &b) {
        if (a.count != b.count)
            return a.count > b.count;
        const qsizetype ia = order.indexOf(a.code), ib = order.indexOf(b.code);
        if (ia != ib)
            return ia < ib;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    return s;
}

QStringList codesOf(vocab::Kind kind)
{
    QStringList codes;
    for (const vocab::Term &t : vocab::terms(kind))
        codes << t.code;
    return codes;
}

QString orUnknown(const QString &code)
{
    return code.isEmpty() ? kNonCommunique : code;
}

} // namespace

int percentOf(qint64 count, qint64 base)
{
    if (base <= 0)
        return 0;
    return int((200 * count + base) / (2 * base));
}

const StatRow *StatSection::row(const QString &code) const
{
    for (const StatRow &r : rows)
        if (r.code == code)
            return &r;
    return nullptr;
}

const StatSection *ActivityStatistics::section(const QString &key) const
{
    for (const StatSection &s : sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

QString dureeBucket(int minutes)
{
    if (minutes < 30)
        return QStringLiteral("moins_30");
    if (minutes < 60)
        return QStringLiteral("30_60");
    if (minutes < 120)
        return QStringLiteral("60_120");
    return QStringLiteral("120_plus");
}

Result<QList<StopServed>> computeStopsServed(storage::Database &db, const QDate &from, const QDate &to)
{
    // Every stop with something recorded there in the period: activities (lieu_kind 'stop', lieu_id),
    // orientations (stop_id), cheques handed out (distributed_stop_id) or redeemed (redeemed_stop_id).
    // One row per stop and kind with its days; the days are then merged per stop. The stop's commune
    // and name come from the tour (itinerant_stops, even if the stop was removed since), else from the
    // places register (stops picked there before tours existed); a stop typed freely keeps the label
    // recorded with the activity and no commune.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH records(stop_id, kind, day, n, people, label) AS ("
        " SELECT lieu_id, 'a', date, count(*), coalesce(sum(participants), 0), max(lieu_label) FROM activities"
        " WHERE deleted = 0 AND lieu_kind = 'stop' AND date >= ? AND date <= ? GROUP BY lieu_id, date"
        " UNION ALL SELECT stop_id, 'o', occurred_on, count(*), 0, NULL FROM orientations"
        " WHERE deleted = 0 AND coalesce(stop_id, '') <> '' AND occurred_on >= ? AND occurred_on <= ?"
        " GROUP BY stop_id, occurred_on"
        " UNION ALL SELECT distributed_stop_id, 'd', distributed_on, count(*), 0, NULL FROM cheques"
        " WHERE deleted = 0 AND coalesce(distributed_stop_id, '') <> '' AND status <> 'en_stock'"
        " AND distributed_on >= ? AND distributed_on <= ? GROUP BY distributed_stop_id, distributed_on"
        " UNION ALL SELECT redeemed_stop_id, 'r', redeemed_on, count(*), 0, NULL FROM cheques"
        " WHERE deleted = 0 AND coalesce(redeemed_stop_id, '') <> '' AND status IN ('encaisse', 'reclame', 'rembourse')"
        " AND redeemed_on >= ? AND redeemed_on <= ? GROUP BY redeemed_stop_id, redeemed_on)"
        " SELECT r.stop_id, coalesce(s.commune, p.commune, ''), coalesce(s.name, max(r.label), r.stop_id),"
        " count(DISTINCT r.day),"
        " coalesce(sum(CASE r.kind WHEN 'a' THEN r.n END), 0), coalesce(sum(r.people), 0),"
        " coalesce(sum(CASE r.kind WHEN 'o' THEN r.n END), 0), coalesce(sum(CASE r.kind WHEN 'd' THEN r.n END), 0),"
        " coalesce(sum(CASE r.kind WHEN 'r' THEN r.n END), 0)"
        " FROM records r LEFT JOIN itinerant_stops s ON s.id = r.stop_id LEFT JOIN places p ON p.id = r.stop_id"
        " GROUP BY r.stop_id"));
    for (int i = 0; i < 4; ++i) { // the period, once per kind of record
        q.addBindValue(from.toString(Qt::ISODate));
        q.addBindValue(to.toString(Qt::ISODate));
    }
    if (!q.exec())
        return Error { QStringLiteral("activity.sql"), storage::describeSqlError(q.lastError()) };
    QList<StopServed> stops;
    while (q.next()) {
        StopServed s;
        s.stopId = q.value(0).toString();
        s.commune = q.value(1).toString();
        s.name = q.value(2).toString();
        s.days = q.value(3).toInt();
        s.activities = q.value(4).toInt();
        s.participants = q.value(5).toInt();
        s.orientations = q.value(6).toInt();
        s.chequesHandedOut = q.value(7).toInt();
        s.chequesRedeemed = q.value(8).toInt();
        stops << s;
    }
    std::sort(stops.begin(), stops.end(), [](const StopServed &a, const StopServed &b) {
        if (a.commune.isEmpty() != b.commune.isEmpty())
            return b.commune.isEmpty();
        const QString ca = text::normalizeForSearch(a.commune), cb = text::normalizeForSearch(b.commune);
        if (ca != cb)
            return ca < cb;
        const QString na = text::normalizeForSearch(a.name), nb = text::normalizeForSearch(b.name);
        return na != nb ? na < nb : a.stopId < b.stopId;
    });
    return stops;
}

Totals computeTotals(storage::Database &db, const QDate &from, const QDate &to)
{
    Totals t;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(participants), 0) FROM activities "
                             "WHERE deleted = 0 AND date >= ? AND date <= ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (q.exec() && q.next()) {
        t.activities = q.value(0).toInt();
        t.participants = q.value(1).toInt();
    }
    return t;
}

Result<ActivityStatistics> computeStatistics(storage::Database &db, const QDate &from, const QDate &to)
{
    ActivityStatistics st;
    st.from = from;
    st.to = to;
    if (!from.isValid() || !to.isValid() || from > to)
        return Error { QStringLiteral("activity.bad-period"),
            tr("The period is not valid: the start must come before the end.") };
    const QString f = from.toString(Qt::ISODate), t = to.toString(Qt::ISODate);

    Tally types, participantsByType, thematiques, demarches, materiel, canaux, durees, lieux, genres, ages, statuts,
        communes;
    QHash<QString, QString> lieuLabels;
    QSet<QString> named;
    QSet<QString> mediatorIds;
    int namedParticipations = 0;

    // SQLite aggregates (GROUP BY over the date index): one row per distinct combination, with its
    // number of activities (n), of people (p) and of minutes, then tallied here with those weights.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT type, CASE WHEN duree_minutes < 30 THEN 'moins_30' WHEN duree_minutes < 60 THEN '30_60' "
        "WHEN duree_minutes < 120 THEN '60_120' ELSE '120_plus' END, canal, lieu_kind, lieu_id, "
        "max(lieu_label), materiel, thematiques, demarches, beneficiary_id <> '', genre, tranche_age, statut, "
        "commune, comptes_anonymes, mediator_id, count(*), sum(participants), sum(duree_minutes) "
        "FROM activities WHERE deleted = 0 AND date >= ? AND date <= ? "
        "GROUP BY 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16"));
    q.addBindValue(f);
    q.addBindValue(t);
    if (!q.exec())
        return Error { QStringLiteral("activity.sql"), storage::describeSqlError(q.lastError()) };
    while (q.next()) {
        const QString type = q.value(0).toString();
        const int n = q.value(16).toInt();
        const int people = q.value(17).toInt();
        st.activities += n;
        st.participants += people;
        st.totalMinutes += q.value(18).toInt();
        types.add(type, n);
        participantsByType.add(type, people);
        for (const QString &c : ActivityStore::splitCodes(q.value(7).toString()))
            thematiques.add(c, n);
        for (const QString &c : ActivityStore::splitCodes(q.value(8).toString()))
            demarches.add(c, n);
        const QStringList mat = ActivityStore::splitCodes(q.value(6).toString());
        if (mat.isEmpty())
            materiel.add(QStringLiteral("aucun"), n);
        for (const QString &c : mat)
            materiel.add(c, n);
        canaux.add(q.value(2).toString(), n);
        durees.add(q.value(1).toString(), n);
        const QString lieuKind = q.value(3).toString();
        const QString lieuKey
            = lieuKind == lieu::Stop ? QString(QStringLiteral("stop:") + q.value(4).toString()) : lieuKind;
        lieux.add(lieuKey, n);
        if (lieuKind == lieu::Stop && !lieuLabels.contains(lieuKey))
            lieuLabels.insert(lieuKey, q.value(5).toString().isEmpty() ? q.value(4).toString() : q.value(5).toString());
        mediatorIds.insert(q.value(15).toString());

        if (type != QStringLiteral("collectif")) {
            if (q.value(9).toInt() != 0)
                namedParticipations += n;
            genres.add(orUnknown(q.value(10).toString()), n);
            ages.add(orUnknown(q.value(11).toString()), n);
            statuts.add(orUnknown(q.value(12).toString()), n);
            communes.add(q.value(13).toString(), n);
        } else {
            // Anonymous counts first; named participants are added below; what is not counted stays
            // « non communiqué » (computed at the end as base minus known).
            const auto counts = ActivityStore::decodeCounts(q.value(14).toString());
            auto spread = [&counts, n](const QString &dim, Tally &tally) {
                const auto m = counts.value(dim);
                for (auto it = m.cbegin(); it != m.cend(); ++it)
                    tally.add(it.key(), it.value() * n);
            };
            spread(QStringLiteral("genre"), genres);
            spread(QStringLiteral("tranche_age"), ages);
            spread(QStringLiteral("statut"), statuts);
        }
    }
    q.finish();
    if (namedParticipations > 0) {
        QSqlQuery d(db.connection());
        d.prepare(QStringLiteral("SELECT DISTINCT beneficiary_id FROM activities WHERE deleted = 0 AND date >= ? "
                                 "AND date <= ? AND beneficiary_id <> ''"));
        d.addBindValue(f);
        d.addBindValue(t);
        if (d.exec())
            while (d.next())
                named.insert(d.value(0).toString());
    }

    // Named participants of workshops: their own codes replace a « non communiqué » of the workshop.
    QSqlQuery p(db.connection());
    p.setForwardOnly(true);
    p.prepare(QStringLiteral(
        "SELECT ap.beneficiary_id, a.date, coalesce(b.genre, ''), coalesce(b.annee_naissance, 0), "
        "coalesce(b.statut, ''), coalesce(b.commune, '') FROM activity_participants ap "
        "CROSS JOIN activities a ON a.id = ap.activity_id LEFT JOIN beneficiaries b ON b.id = ap.beneficiary_id "
        "WHERE a.deleted = 0 AND a.type = 'collectif' AND a.date >= ? AND a.date <= ?"));
    p.addBindValue(f);
    p.addBindValue(t);
    if (p.exec()) {
        while (p.next()) {
            ++namedParticipations;
            named.insert(p.value(0).toString());
            const QString genre = orUnknown(p.value(2).toString());
            const int year = QDate::fromString(p.value(1).toString(), Qt::ISODate).year();
            const QString age = vocab::trancheAgeForBirthYear(p.value(3).toInt(), year);
            const QString statut = orUnknown(p.value(4).toString());
            genres.add(genre);
            ages.add(age);
            statuts.add(statut);
            communes.add(p.value(5).toString());
        }
    }
    st.anonymousParticipants = std::max(0, st.participants - namedParticipations);
    {
        // Activities, orientations or cheques at a stop (indexed range reads; nothing when the
        // structure is not itinerant).
        auto stops = computeStopsServed(db, from, to);
        if (!stops)
            return stops.error();
        st.stopsServed = *stops;
    }
    st.beneficiaries = int(named.size());

    // New vs followed: a named person is « followed » when seen before the period. One indexed probe
    // per person (activities (beneficiary_id, deleted, date), participants by beneficiary): cheap even
    // when years of named activities precede the period.
    if (!named.isEmpty()) {
        QSqlQuery n(db.connection());
        n.prepare(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM activities WHERE beneficiary_id = ? AND deleted = 0 AND date < ?) "
            "OR EXISTS (SELECT 1 FROM activity_participants ap CROSS JOIN activities a ON a.id = ap.activity_id "
            "WHERE ap.beneficiary_id = ? AND a.deleted = 0 AND a.date < ?)"));
        for (const QString &who : std::as_const(named)) {
            n.bindValue(0, who);
            n.bindValue(1, f);
            n.bindValue(2, who);
            n.bindValue(3, f);
            if (n.exec() && n.next() && n.value(0).toInt() != 0)
                ++st.followedBeneficiaries;
            n.finish();
        }
        st.newBeneficiaries = st.beneficiaries - st.followedBeneficiaries;
    }

    // Mediators' names.
    if (!mediatorIds.isEmpty()) {
        QSqlQuery u(db.connection());
        if (u.exec(QStringLiteral("SELECT id, display_name FROM users ORDER BY display_name")))
            while (u.next())
                if (mediatorIds.contains(u.value(0).toString()))
                    st.mediators << u.value(1).toString();
    }

    const QString perActivities = tr("activities");
    const QString perPeople = tr("people");
    st.sections << fixedSection(
        QStringLiteral("type"), tr("Type of activity"), vocab::Kind::ActivityType, types, st.activities, perActivities);
    st.sections << fixedSection(QStringLiteral("participantsParType"), tr("People reached by type"),
        vocab::Kind::ActivityType, participantsByType, st.participants, perPeople);
    auto vocabLabel = [](vocab::Kind kind) { return [kind](const QString &c) { return vocab::label(kind, c); }; };
    st.sections << rankedSection(QStringLiteral("thematiques"), tr("Thématiques (médiation numérique)"), thematiques,
        st.activities, perActivities, vocabLabel(vocab::Kind::ThematiqueMediation),
        codesOf(vocab::Kind::ThematiqueMediation));
    st.sections << rankedSection(QStringLiteral("demarches"), tr("Démarches administratives"), demarches, st.activities,
        perActivities, vocabLabel(vocab::Kind::ThematiqueDemarche), codesOf(vocab::Kind::ThematiqueDemarche));
    st.sections << fixedSection(
        QStringLiteral("materiel"), tr("Matériel used"), vocab::Kind::Materiel, materiel, st.activities, perActivities);
    st.sections << fixedSection(
        QStringLiteral("canal"), tr("Canal"), vocab::Kind::Canal, canaux, st.activities, perActivities);
    {
        StatSection d { QStringLiteral("duree"), tr("Duration"), st.activities, perActivities, {} };
        const QList<QPair<QString, QString>> buckets { { QStringLiteral("moins_30"), tr("< 30 min") },
            { QStringLiteral("30_60"), tr("30 min – 1 h") }, { QStringLiteral("60_120"), tr("1 h – 2 h") },
            { QStringLiteral("120_plus"), tr("2 h and more") } };
        for (const auto &b : buckets)
            d.rows.append(
                { b.first, b.second, durees.value(b.first), percentOf(durees.value(b.first), st.activities) });
        st.sections << d;
    }
    st.sections << rankedSection(
        QStringLiteral("lieu"), tr("Places"), lieux, st.activities, perActivities, [&lieuLabels](const QString &c) {
            if (c == lieu::Structure)
                return tr("At the structure");
            if (c == lieu::Domicile)
                return tr("At home");
            if (c == lieu::ADistance)
                return tr("Remote");
            return tr("Stop: %1").arg(lieuLabels.value(c));
        });

    // Demographic sections over people reached: « non communiqué » is what is left once every known
    // code is counted (named workshop participants replace one unknown each).
    auto demographic = [&](const QString &key, const QString &title, vocab::Kind kind, const Tally &tally) {
        Tally fixed;
        int known = 0;
        for (const QString &c : tally.codes())
            if (c != kNonCommunique) {
                fixed.add(c, tally.value(c));
                known += tally.value(c);
            }
        fixed.add(kNonCommunique, st.participants - known);
        return fixedSection(key, title, kind, fixed, st.participants, perPeople);
    };
    st.sections << demographic(QStringLiteral("genre"), tr("Genre"), vocab::Kind::Genre, genres);
    st.sections << demographic(QStringLiteral("trancheAge"), tr("Age band"), vocab::Kind::TrancheAge, ages);
    st.sections << demographic(QStringLiteral("statut"), tr("Statut"), vocab::Kind::Statut, statuts);
    {
        Tally known;
        int n = 0;
        for (const QString &c : communes.codes())
            if (!c.isEmpty()) {
                known.add(c, communes.value(c));
                n += communes.value(c);
            }
        known.add(QString(), st.participants - n);
        st.sections << rankedSection(QStringLiteral("commune"), tr("Commune of residence"), known, st.participants,
            perPeople, [](const QString &c) { return c.isEmpty() ? tr("Not given") : c; });
    }

    // 12-month trend ending with the month of `to`.
    const QDate lastMonth(to.year(), to.month(), 1);
    const QDate firstMonth = lastMonth.addMonths(-11);
    // One range count per month on the covering index (deleted, date, participants): about three times
    // faster than a GROUP BY substr(date) over the whole year, which needs a temporary B-tree.
    QSqlQuery tq(db.connection());
    tq.prepare(QStringLiteral("SELECT count(*), coalesce(sum(participants), 0) FROM activities "
                              "WHERE deleted = 0 AND date >= ? AND date <= ?"));
    for (int i = 0; i < 12; ++i) {
        const QDate m = firstMonth.addMonths(i);
        MonthPoint point;
        point.month = m;
        tq.bindValue(0, m.toString(Qt::ISODate));
        tq.bindValue(1, m.addMonths(1).addDays(-1).toString(Qt::ISODate));
        if (tq.exec() && tq.next()) {
            point.activities = tq.value(0).toInt();
            point.participants = tq.value(1).toInt();
        }
        tq.finish();
        st.trend << point;
    }

    addExternalFigures(db, st);
    return st;
}

} // namespace escale::activity
