#include "activity/Activity.h"

#include "activity/Beneficiary.h"
#include "common/Vocabulary.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace escale::activity {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::activity::ActivityStore", text);
}

const QString kTable = QStringLiteral("activities");
const QString kFavourites = QStringLiteral("activity/favouriteThematiques");
const QString kNoFavourite = QStringLiteral("-");

const char *const kSelectColumns
    = "id, type, date, duree_minutes, canal, lieu_kind, lieu_id, lieu_label, materiel, thematiques, demarches, "
      "autonomie, niveau, redirection, notes, mediator_id, beneficiary_id, genre, tranche_age, statut, commune, "
      "participants, comptes_anonymes, created_at";

Activity readRow(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toString();
    a.type = q.value(1).toString();
    a.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    a.dureeMinutes = q.value(3).toInt();
    a.canal = q.value(4).toString();
    a.lieuKind = q.value(5).toString();
    a.lieuId = q.value(6).toString();
    a.lieuLabel = q.value(7).toString();
    a.materiel = ActivityStore::splitCodes(q.value(8).toString());
    a.thematiques = ActivityStore::splitCodes(q.value(9).toString());
    a.demarches = ActivityStore::splitCodes(q.value(10).toString());
    a.autonomie = q.value(11).toString();
    a.niveau = q.value(12).toString();
    a.redirection = q.value(13).toString();
    a.notes = q.value(14).toString();
    a.mediatorId = q.value(15).toString();
    a.beneficiaryId = q.value(16).toString();
    a.genre = q.value(17).toString();
    a.trancheAge = q.value(18).toString();
    a.statut = q.value(19).toString();
    a.commune = q.value(20).toString();
    a.anonymousCounts = ActivityStore::decodeCounts(q.value(22).toString());
    a.createdAt = q.value(23).toString();
    return a;
}

QVariantMap toColumns(const Activity &a)
{
    return {
        { QStringLiteral("type"), a.type },
        { QStringLiteral("date"), a.date.toString(Qt::ISODate) },
        { QStringLiteral("duree_minutes"), a.dureeMinutes },
        { QStringLiteral("canal"), a.canal },
        { QStringLiteral("lieu_kind"), a.lieuKind },
        { QStringLiteral("lieu_id"), a.lieuKind == lieu::Stop ? a.lieuId : QString() },
        { QStringLiteral("lieu_label"), a.lieuKind == lieu::Stop ? a.lieuLabel : QString() },
        { QStringLiteral("materiel"), ActivityStore::joinCodes(a.materiel) },
        { QStringLiteral("thematiques"), ActivityStore::joinCodes(a.thematiques) },
        { QStringLiteral("demarches"), ActivityStore::joinCodes(a.demarches) },
        { QStringLiteral("autonomie"), a.isCollective() ? QString() : a.autonomie },
        { QStringLiteral("niveau"), a.isCollective() ? a.niveau : QString() },
        { QStringLiteral("redirection"), a.redirection },
        { QStringLiteral("notes"), a.notes.trimmed() },
        { QStringLiteral("mediator_id"), a.mediatorId },
        { QStringLiteral("beneficiary_id"), a.isCollective() ? QString() : a.beneficiaryId },
        { QStringLiteral("genre"), a.isCollective() ? QString() : a.genre },
        { QStringLiteral("tranche_age"), a.isCollective() ? QString() : a.trancheAge },
        { QStringLiteral("statut"), a.isCollective() ? QString() : a.statut },
        { QStringLiteral("commune"), a.isCollective() ? QString() : a.commune },
        { QStringLiteral("participants"), a.participants() },
        { QStringLiteral("comptes_anonymes"),
            a.isCollective() ? ActivityStore::encodeCounts(a.anonymousCounts) : QString() },
    };
}

Status sqlFailure(const QSqlQuery &q, const QString &what)
{
    return Status::failure(
        QStringLiteral("activity.sql"), what + QStringLiteral(": ") + storage::describeSqlError(q.lastError()));
}

// Copies the person's demographic codes onto an individual activity.
void fillFromBeneficiary(storage::Database &db, Activity &a)
{
    if (a.isCollective() || a.beneficiaryId.isEmpty())
        return;
    BeneficiaryStore people(db);
    auto person = people.find(a.beneficiaryId);
    if (!person)
        return;
    if (!person->genre.isEmpty())
        a.genre = person->genre;
    if (!person->statut.isEmpty())
        a.statut = person->statut;
    if (!person->commune.isEmpty())
        a.commune = person->commune;
    if (person->anneeNaissance > 0)
        a.trancheAge = person->trancheAge(a.date.year());
}

} // namespace

int Activity::participants() const
{
    if (!isCollective())
        return 1;
    return int(participantIds.size()) + anonymousParticipants;
}

QString ActivityStore::joinCodes(const QStringList &codes)
{
    QStringList clean;
    for (const QString &c : codes)
        if (!c.isEmpty() && !clean.contains(c))
            clean << c;
    return clean.join(QLatin1Char('|'));
}

QStringList ActivityStore::splitCodes(const QString &text)
{
    return text.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString ActivityStore::encodeCounts(const QMap<QString, QMap<QString, int>> &counts)
{
    QStringList parts;
    for (auto dim = counts.cbegin(); dim != counts.cend(); ++dim)
        for (auto it = dim->cbegin(); it != dim->cend(); ++it)
            if (it.value() > 0)
                parts << QStringLiteral("%1:%2=%3").arg(dim.key(), it.key()).arg(it.value());
    return parts.join(QLatin1Char('|'));
}

QMap<QString, QMap<QString, int>> ActivityStore::decodeCounts(const QString &text)
{
    QMap<QString, QMap<QString, int>> counts;
    for (const QString &part : text.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const qsizetype equal = part.indexOf(QLatin1Char('='), colon);
        if (colon <= 0 || equal <= colon)
            continue;
        const int n = part.mid(equal + 1).toInt();
        if (n > 0)
            counts[part.left(colon)][part.mid(colon + 1, equal - colon - 1)] += n;
    }
    return counts;
}

QStringList ActivityStore::validate(const Activity &a, const QDate &today) const
{
    QStringList errors;
    if (!vocab::contains(vocab::Kind::ActivityType, a.type))
        errors << tr("The type « %1 » is not known (individuel, collectif or ponctuel).").arg(a.type);
    if (!a.date.isValid())
        errors << tr("The date is missing or not a valid date.");
    else if (today.isValid() && a.date > today)
        errors << tr("The date %1 is in the future: an activity is recorded once it has taken place.")
                      .arg(a.date.toString(QStringLiteral("dd/MM/yyyy")));
    if (a.dureeMinutes <= 0)
        errors << tr("The duration must be at least one minute.");
    else if (a.dureeMinutes >= 24 * 60)
        errors << tr("The duration must be under 24 hours (%1 minutes given).").arg(a.dureeMinutes);
    if (!vocab::contains(vocab::Kind::Canal, a.canal))
        errors << tr("The canal « %1 » is not known.").arg(a.canal);
    static const QStringList places { lieu::Structure, lieu::Stop, lieu::Domicile, lieu::ADistance };
    if (!places.contains(a.lieuKind))
        errors << tr("The place « %1 » is not known.").arg(a.lieuKind);
    if (a.lieuKind == lieu::Stop && a.lieuId.isEmpty())
        errors << tr("Choose the stop where the activity took place.");
    auto checkAll = [&errors](vocab::Kind kind, const QStringList &codes, const QString &field) {
        for (const QString &c : codes)
            if (!vocab::contains(kind, c))
                errors << tr("« %1 » is not a known value for %2.").arg(c, field);
    };
    checkAll(vocab::Kind::Materiel, a.materiel, tr("matériel"));
    checkAll(vocab::Kind::ThematiqueMediation, a.thematiques, tr("thématiques"));
    checkAll(vocab::Kind::ThematiqueDemarche, a.demarches, tr("démarches"));
    auto checkOne = [&errors](vocab::Kind kind, const QString &code, const QString &field) {
        if (!code.isEmpty() && !vocab::contains(kind, code))
            errors << tr("« %1 » is not a known value for %2.").arg(code, field);
    };
    checkOne(vocab::Kind::Autonomie, a.autonomie, tr("autonomie"));
    checkOne(vocab::Kind::Niveau, a.niveau, tr("niveau"));
    checkOne(vocab::Kind::Redirection, a.redirection, tr("redirection"));
    checkOne(vocab::Kind::Genre, a.genre, tr("genre"));
    checkOne(vocab::Kind::TrancheAge, a.trancheAge, tr("tranche d'âge"));
    checkOne(vocab::Kind::Statut, a.statut, tr("statut"));
    if (a.isCollective() && a.participants() <= 0)
        errors << tr("A workshop needs at least one participant (named or counted).");
    if (a.anonymousParticipants < 0)
        errors << tr("The number of anonymous participants cannot be negative.");
    if (a.notes.size() > 2000)
        errors << tr("The notes are too long (2000 characters at most).");
    return errors;
}

Status ActivityStore::writeDetails(const QString &id, const Activity &a)
{
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM activity_participants WHERE activity_id = ?"), { id }); !s)
        return s;
    if (a.isCollective()) {
        for (const QString &p : a.participantIds) {
            if (Status s = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO activity_participants "
                                                    "(activity_id, beneficiary_id) VALUES (?, ?)"),
                    { id, p });
                !s)
                return s;
        }
    }
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM activity_links WHERE activity_id = ?"), { id }); !s)
        return s;
    for (const ActivityLink &l : a.links)
        if (Status s = addLink(id, l); !s)
            return s;
    BeneficiaryStore people(m_db);
    QStringList persons = a.participantIds;
    if (!a.isCollective() && !a.beneficiaryId.isEmpty())
        persons << a.beneficiaryId;
    for (const QString &p : persons)
        if (Status s = people.touchVisit(p, a.date); !s)
            return s;
    return {};
}

Result<QString> ActivityStore::create(const Activity &input)
{
    const QStringList errors = validate(input, m_db.clock().today());
    if (!errors.isEmpty())
        return Error { QStringLiteral("activity.invalid"), errors.join(QLatin1Char('\n')) };
    Activity a = input;
    fillFromBeneficiary(m_db, a);
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    QVariantMap columns = toColumns(a);
    columns.insert(QStringLiteral("created_at"), m_db.clock().nowIso());
    storage::RecordStore records(m_db);
    auto id = records.insert(kTable, columns);
    if (!id)
        return id.error();
    if (Status s = writeDetails(*id, a); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status ActivityStore::update(const Activity &input)
{
    const QStringList errors = validate(input, m_db.clock().today());
    if (!errors.isEmpty())
        return Status::failure(QStringLiteral("activity.invalid"), errors.join(QLatin1Char('\n')));
    if (!find(input.id))
        return Status::failure(QStringLiteral("activity.not-found"), tr("This activity no longer exists."));
    Activity a = input;
    fillFromBeneficiary(m_db, a);
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    storage::RecordStore records(m_db);
    if (Status s = records.update(kTable, a.id, toColumns(a)); !s)
        return s;
    if (Status s = writeDetails(a.id, a); !s)
        return s;
    return tx.commit();
}

Status ActivityStore::remove(const QString &id)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    storage::RecordStore records(m_db);
    if (Status s = records.remove(kTable, id); !s)
        return s;
    return tx.commit();
}

Result<Activity> ActivityStore::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM activities WHERE id = ? AND deleted = 0").arg(QLatin1String(kSelectColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q, tr("Reading an activity")).error();
    if (!q.next())
        return Error { QStringLiteral("activity.not-found"), tr("This activity no longer exists.") };
    Activity a = readRow(q);
    QSqlQuery p(m_db.connection());
    p.prepare(QStringLiteral("SELECT beneficiary_id FROM activity_participants WHERE activity_id = ? "
                             "ORDER BY beneficiary_id"));
    p.addBindValue(id);
    if (p.exec())
        while (p.next())
            a.participantIds << p.value(0).toString();
    const int total = q.value(21).toInt();
    if (a.isCollective())
        a.anonymousParticipants = std::max(0, total - int(a.participantIds.size()));
    a.links = links(id);
    return a;
}

QList<Activity> ActivityStore::list(const ActivityFilter &f) const
{
    QString sql = QStringLiteral("SELECT %1 FROM activities WHERE deleted = 0").arg(QLatin1String(kSelectColumns));
    QVariantList values;
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND date >= ?");
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND date <= ?");
        values << f.to.toString(Qt::ISODate);
    }
    if (!f.mediatorId.isEmpty()) {
        sql += QStringLiteral(" AND mediator_id = ?");
        values << f.mediatorId;
    }
    if (!f.type.isEmpty()) {
        sql += QStringLiteral(" AND type = ?");
        values << f.type;
    }
    if (!f.thematique.isEmpty()) {
        sql += QStringLiteral(" AND ('|' || thematiques || '|' LIKE ? OR '|' || demarches || '|' LIKE ?)");
        const QString pattern = QStringLiteral("%|") + f.thematique + QStringLiteral("|%");
        values << pattern << pattern;
    }
    if (!f.lieuKind.isEmpty()) {
        sql += QStringLiteral(" AND lieu_kind = ?");
        values << f.lieuKind;
    }
    if (!f.lieuId.isEmpty()) {
        sql += QStringLiteral(" AND lieu_id = ?");
        values << f.lieuId;
    }
    if (!f.beneficiaryId.isEmpty()) {
        sql += QStringLiteral(" AND (beneficiary_id = ? OR id IN (SELECT activity_id FROM activity_participants "
                              "WHERE beneficiary_id = ?))");
        values << f.beneficiaryId << f.beneficiaryId;
    }
    sql += QStringLiteral(" ORDER BY date DESC, created_at DESC LIMIT ?");
    values << (f.limit > 0 ? f.limit : -1);
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Activity> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Activity a = readRow(q);
        if (a.isCollective())
            a.anonymousParticipants = q.value(21).toInt(); // named participants are not loaded in lists
        result << a;
    }
    return result;
}

std::optional<Activity> ActivityStore::lastRecorded(const QString &mediatorId) const
{
    QSqlQuery q(m_db.connection());
    if (mediatorId.isEmpty()) {
        q.prepare(
            QStringLiteral("SELECT id FROM activities WHERE deleted = 0 ORDER BY created_at DESC, rowid DESC LIMIT 1"));
    } else {
        q.prepare(QStringLiteral("SELECT id FROM activities WHERE deleted = 0 AND mediator_id = ? "
                                 "ORDER BY created_at DESC, rowid DESC LIMIT 1"));
        q.addBindValue(mediatorId);
    }
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto a = find(q.value(0).toString());
    if (!a)
        return std::nullopt;
    return *a;
}

int ActivityStore::countBetween(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM activities WHERE deleted = 0 AND date >= ? AND date <= ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

ActivityStore::DayCount ActivityStore::countOn(const QDate &day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(participants), 0) FROM activities "
                             "WHERE deleted = 0 AND date = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    DayCount c;
    if (q.exec() && q.next()) {
        c.activities = q.value(0).toInt();
        c.people = q.value(1).toInt();
    }
    return c;
}

bool ActivityStore::hasAny() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM activities LIMIT 1")) && q.next();
}

Status ActivityStore::addLink(const QString &activityId, const ActivityLink &l)
{
    static const QStringList kinds { link::Orientation, link::Diagnostic, link::Cheque };
    if (!kinds.contains(l.kind) || l.targetId.isEmpty())
        return Status::failure(QStringLiteral("activity.bad-link"),
            tr("An activity can only be linked to an orientation, a diagnostic or a cheque."));
    return m_db.exec(QStringLiteral("INSERT OR IGNORE INTO activity_links (activity_id, kind, target_id) "
                                    "VALUES (?, ?, ?)"),
        { activityId, l.kind, l.targetId });
}

QList<ActivityLink> ActivityStore::links(const QString &activityId) const
{
    QList<ActivityLink> result;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT kind, target_id FROM activity_links WHERE activity_id = ? ORDER BY kind, target_id"));
    q.addBindValue(activityId);
    if (q.exec())
        while (q.next())
            result.append({ q.value(0).toString(), q.value(1).toString() });
    return result;
}

QStringList ActivityStore::favouriteThematiques() const
{
    const QVariant v = m_db.setting(kFavourites);
    if (!v.isValid() || v.isNull())
        return { QStringLiteral("aide_aux_demarches_administratives"), QStringLiteral("email"),
            QStringLiteral("prendre_en_main_du_materiel"), QStringLiteral("navigation_sur_internet") };
    // kNoFavourite: the mediator removed every favourite (an empty value would read as "never set").
    if (v.toString() == kNoFavourite)
        return {};
    return splitCodes(v.toString());
}

Status ActivityStore::setFavouriteThematiques(const QStringList &codes)
{
    QStringList kept;
    for (const QString &code : codes)
        if (!kept.contains(code)
            && (vocab::contains(vocab::Kind::ThematiqueMediation, code)
                || vocab::contains(vocab::Kind::ThematiqueDemarche, code)))
            kept << code;
    return m_db.setSetting(kFavourites, kept.isEmpty() ? kNoFavourite : joinCodes(kept));
}

bool ActivityStore::isFavouriteThematique(const QString &code) const
{
    return favouriteThematiques().contains(code);
}

Status ActivityStore::setFavouriteThematique(const QString &code, bool favourite)
{
    QStringList codes = favouriteThematiques();
    if (favourite == codes.contains(code))
        return {};
    if (favourite) {
        if (!vocab::contains(vocab::Kind::ThematiqueMediation, code)
            && !vocab::contains(vocab::Kind::ThematiqueDemarche, code))
            return Status::failure(
                QStringLiteral("activity.unknown-thematique"), tr("« %1 » is not a known thématique.").arg(code));
        codes << code;
    } else {
        codes.removeAll(code);
    }
    return setFavouriteThematiques(codes);
}

} // namespace escale::activity
