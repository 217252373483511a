#include "structure/StructureProfile.h"

#include "common/Ids.h"
#include "common/Validators.h"
#include "common/Vocabulary.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace escale::structure {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::structure", text);
}

const QString kTable = QStringLiteral("structure");

QString joinCodes(const QStringList &codes)
{
    return codes.join(QLatin1Char('|'));
}

QStringList splitCodes(const QString &text)
{
    return text.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

QList<FieldError> validate(const StructureProfile &p)
{
    QList<FieldError> errors;
    auto required = [&](const QString &field, const QString &value, const QString &what) {
        if (value.trimmed().isEmpty())
            errors.append({field, tr("%1 is required.").arg(what)});
    };
    auto check = [&](const QString &field, const QString &message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    required(QStringLiteral("nom"), p.nom, tr("The name of the structure"));
    required(QStringLiteral("adresse"), p.adresse, tr("The address"));
    required(QStringLiteral("commune"), p.commune, tr("The commune"));
    required(QStringLiteral("code_postal"), p.codePostal, tr("The postal code"));
    check(QStringLiteral("code_postal"), validate::codePostal(p.codePostal.trimmed()));
    check(QStringLiteral("code_insee"), validate::codeInsee(p.codeInsee.trimmed()));
    check(QStringLiteral("pivot"), validate::pivot(p.pivot));
    check(QStringLiteral("telephone"), validate::telephone(p.telephone));
    check(QStringLiteral("courriel"), validate::email(p.courriel));
    check(QStringLiteral("site_web"), validate::url(p.siteWeb));
    for (const QString &code : p.typologie)
        if (!vocab::contains(vocab::Kind::Typologie, code))
            errors.append({QStringLiteral("typologie"), tr("Unknown structure type: %1.").arg(code)});
    for (const QString &code : p.services)
        if (!vocab::contains(vocab::Kind::Service, code))
            errors.append({QStringLiteral("services"), tr("Unknown service: %1.").arg(code)});
    if (p.latitude.has_value() != p.longitude.has_value())
        errors.append({QStringLiteral("latitude"), tr("Give both latitude and longitude, or neither.")});
    if (p.latitude && (*p.latitude < -90 || *p.latitude > 90))
        errors.append({QStringLiteral("latitude"), tr("A latitude lies between -90 and 90 degrees.")});
    if (p.longitude && (*p.longitude < -180 || *p.longitude > 180))
        errors.append({QStringLiteral("longitude"), tr("A longitude lies between -180 and 180 degrees.")});
    return errors;
}

std::optional<StructureProfile> StructureStore::profile() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, nom, adresse, complement_adresse, commune, code_postal, code_insee, pivot, typologie, services, "
        "telephone, courriel, site_web, latitude, longitude, accepte_pass_numerique, itinerant, horaires "
        "FROM structure WHERE deleted = 0 ORDER BY updated_at DESC LIMIT 1"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    StructureProfile p;
    p.id = q.value(0).toString();
    p.nom = q.value(1).toString();
    p.adresse = q.value(2).toString();
    p.complementAdresse = q.value(3).toString();
    p.commune = q.value(4).toString();
    p.codePostal = q.value(5).toString();
    p.codeInsee = q.value(6).toString();
    p.pivot = q.value(7).toString();
    p.typologie = splitCodes(q.value(8).toString());
    p.services = splitCodes(q.value(9).toString());
    p.telephone = q.value(10).toString();
    p.courriel = q.value(11).toString();
    p.siteWeb = q.value(12).toString();
    if (!q.value(13).isNull())
        p.latitude = q.value(13).toDouble();
    if (!q.value(14).isNull())
        p.longitude = q.value(14).toDouble();
    p.acceptePassNumerique = q.value(15).toBool();
    p.itinerant = q.value(16).toBool();
    p.horaires = q.value(17).toString();
    return p;
}

Result<QString> StructureStore::save(const StructureProfile &p)
{
    const QList<FieldError> errors = validate(p);
    if (!errors.isEmpty())
        return Error{QStringLiteral("structure.invalid"), errors.first().message};
    QVariantMap row{
        {QStringLiteral("nom"), p.nom.trimmed()},
        {QStringLiteral("adresse"), p.adresse.trimmed()},
        {QStringLiteral("complement_adresse"), p.complementAdresse.trimmed()},
        {QStringLiteral("commune"), p.commune.trimmed()},
        {QStringLiteral("code_postal"), p.codePostal.trimmed()},
        {QStringLiteral("code_insee"), p.codeInsee.trimmed().toUpper()},
        {QStringLiteral("pivot"), p.pivot.trimmed().remove(QLatin1Char(' ')).toUpper()},
        {QStringLiteral("typologie"), joinCodes(p.typologie)},
        {QStringLiteral("services"), joinCodes(p.services)},
        {QStringLiteral("telephone"), p.telephone.isEmpty() ? QString() : validate::normalizeTelephone(p.telephone)},
        {QStringLiteral("courriel"), p.courriel.trimmed()},
        {QStringLiteral("site_web"), p.siteWeb.trimmed()},
        {QStringLiteral("latitude"), p.latitude ? QVariant(*p.latitude) : QVariant(QMetaType(QMetaType::Double))},
        {QStringLiteral("longitude"), p.longitude ? QVariant(*p.longitude) : QVariant(QMetaType(QMetaType::Double))},
        {QStringLiteral("accepte_pass_numerique"), p.acceptePassNumerique ? 1 : 0},
        {QStringLiteral("itinerant"), p.itinerant ? 1 : 0},
        {QStringLiteral("horaires"), p.horaires.trimmed()},
    };
    storage::RecordStore records(m_db);
    const std::optional<StructureProfile> existing = profile();
    if (existing) {
        if (Status s = records.update(kTable, existing->id, row); !s)
            return s.error();
        return existing->id;
    }
    return records.insert(kTable, row);
}

QList<User> StructureStore::users() const
{
    QList<User> list;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT id, display_name, role FROM users WHERE active = 1 ORDER BY created_at, display_name"));
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

Result<QString> StructureStore::addUser(const QString &displayName, const QString &role)
{
    const QString name = displayName.simplified();
    if (name.isEmpty())
        return Error{QStringLiteral("structure.user-name"), tr("Give the name to show on documents.")};
    const QString id = ids::newId();
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO users (id, display_name, role, created_at) VALUES (?, ?, ?, ?)"),
                             {id, name, role, m_db.clock().nowIso()});
        !s)
        return s.error();
    return id;
}

std::optional<User> StructureStore::currentUser() const
{
    const QList<User> all = users();
    if (all.isEmpty())
        return std::nullopt;
    const QString chosen = m_db.setting(QStringLiteral("current_user")).toString();
    for (const User &u : all)
        if (u.id == chosen)
            return u;
    return all.first();
}

Status StructureStore::setCurrentUser(const QString &userId)
{
    return m_db.setSetting(QStringLiteral("current_user"), userId);
}

Status StructureStore::completeFirstRun(const StructureProfile &profile, const QString &userDisplayName)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    Result<QString> saved = save(profile);
    if (!saved)
        return saved.error();
    Result<QString> user = addUser(userDisplayName, QStringLiteral("responsable"));
    if (!user)
        return user.error();
    if (Status s = setCurrentUser(*user); !s)
        return s;
    return tx.commit();
}

} // namespace escale::structure
