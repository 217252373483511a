#include "places/Place.h"

#include "places/PlacesTr.h"

#include "common/TextNormalizer.h"
#include "common/Validators.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcPlaces, "escale.places")

namespace escale::places {

namespace {

const QString Table = QStringLiteral("places");

QString tr(const char *text)
{
    return detail::translate(text);
}

} // namespace

const QStringList &standardFormationsLabels()
{
    static const QStringList labels {
        QStringLiteral("Formé à « Mon Espace Santé »"),
        QStringLiteral("Formé à « DUPLEX » (illettrisme)"),
        QStringLiteral("Arnia/MedNum BFC (Bourgogne-Franche-Comté)"),
        QStringLiteral("Collectif ressources et acteurs réemploi (Normandie)"),
        QStringLiteral("Fabriques de Territoire"),
        QStringLiteral("Les Éclaireurs du numérique (Drôme)"),
        QStringLiteral("Mes Papiers (Métropole de Lyon)"),
        QStringLiteral("ORDI 3.0"),
        QStringLiteral("SUD LABS (PACA)"),
    };
    return labels;
}

QString joinCodes(const QStringList &codes)
{
    QStringList clean;
    for (const QString &c : codes) {
        const QString t = c.trimmed();
        if (!t.isEmpty() && !clean.contains(t))
            clean << t;
    }
    return clean.join(QLatin1Char('|'));
}

QStringList splitCodes(const QString &stored)
{
    QStringList out;
    const QStringList parts = stored.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

int Place::completeness() const
{
    // Required fields of the standard weigh 2, useful optional ones 1.
    int score = 0;
    int total = 0;
    auto count = [&](bool filled, int weight) {
        total += weight;
        if (filled)
            score += weight;
    };
    count(!nom.isEmpty(), 2);
    count(!adresse.isEmpty(), 2);
    count(!commune.isEmpty(), 2);
    // Five ASCII digits are valid without asking the validator (a regular expression).
    const bool fiveDigits = codePostal.size() == 5
        && std::all_of(codePostal.cbegin(), codePostal.cend(),
            [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    count(fiveDigits || (validate::codePostal(codePostal).isEmpty() && !codePostal.isEmpty()), 2);
    count(!pivot.isEmpty() && pivot != QLatin1String("00000000000000"), 2);
    count(!services.isEmpty(), 2);
    count(!dateMaj.isEmpty(), 2);
    count(hasCoordinates(), 2);
    count(!codeInsee.isEmpty(), 1);
    count(!typologie.isEmpty(), 1);
    count(!telephone.isEmpty(), 1);
    count(!courriels.isEmpty(), 1);
    count(!siteWeb.isEmpty(), 1);
    count(!horaires.isEmpty(), 1);
    count(!presentationResume.isEmpty(), 1);
    count(!publics.isEmpty(), 1);
    count(!frais.isEmpty(), 1);
    count(!modalitesAcces.isEmpty(), 1);
    count(!modalitesAccompagnement.isEmpty(), 1);
    return total == 0 ? 0 : (score * 100 + total / 2) / total;
}

QString Place::fullAddress() const
{
    QStringList parts;
    if (!adresse.isEmpty())
        parts << adresse;
    if (!complementAdresse.isEmpty())
        parts << complementAdresse;
    const QString town = QStringList { codePostal, commune }.join(QLatin1Char(' ')).trimmed();
    if (!town.isEmpty())
        parts << town;
    return parts.join(QStringLiteral(", "));
}

bool Place::sameDataAs(const Place &other) const
{
    // Field by field, as toRow() would write them (lists as their stored codes), without building
    // the rows: a re-import compares every matched place.
    auto sameCoordinate = [](const std::optional<double> &a, const std::optional<double> &b) {
        return a.has_value() == b.has_value() && (!a || std::abs(*a - *b) <= 1e-9);
    };
    auto sameCodes = [](const QStringList &a, const QStringList &b) { return a == b || joinCodes(a) == joinCodes(b); };
    return sourceId == other.sourceId && pivot == other.pivot && nom == other.nom && commune == other.commune
        && codePostal == other.codePostal && codeInsee == other.codeInsee && adresse == other.adresse
        && complementAdresse == other.complementAdresse && sameCoordinate(latitude, other.latitude)
        && sameCoordinate(longitude, other.longitude) && sameCodes(typologie, other.typologie)
        && telephone == other.telephone && sameCodes(courriels, other.courriels) && sameCodes(siteWeb, other.siteWeb)
        && horaires == other.horaires && presentationResume == other.presentationResume
        && presentationDetail == other.presentationDetail && source == other.source && itinerance == other.itinerance
        && structureParente == other.structureParente && dateMaj == other.dateMaj
        && sameCodes(services, other.services) && sameCodes(publics, other.publics)
        && sameCodes(priseEnCharge, other.priseEnCharge) && sameCodes(frais, other.frais)
        && sameCodes(dispositifs, other.dispositifs) && sameCodes(formationsLabels, other.formationsLabels)
        && sameCodes(autresFormationsLabels, other.autresFormationsLabels)
        && sameCodes(modalitesAcces, other.modalitesAcces)
        && sameCodes(modalitesAccompagnement, other.modalitesAccompagnement)
        && ficheAccesLibre == other.ficheAccesLibre && priseRdv == other.priseRdv
        && sameCodes(labelsNationaux, other.labelsNationaux) && sameCodes(conditionsAcces, other.conditionsAcces)
        && sameCodes(publicsAccueillis, other.publicsAccueillis) && acceptsPass == other.acceptsPass
        && structureId == other.structureId;
}

QMap<QString, QString> Place::validate() const
{
    QMap<QString, QString> errors;
    auto check = [&](const char *field, const QString &message) {
        if (!message.isEmpty())
            errors.insert(QString::fromLatin1(field), message);
    };
    if (nom.trimmed().isEmpty())
        check("nom", tr("The name is required."));
    if (adresse.trimmed().isEmpty())
        check("adresse", tr("The address is required."));
    if (commune.trimmed().isEmpty())
        check("commune", tr("The commune is required."));
    check("code_postal", codePostal.isEmpty() ? tr("The postcode is required.") : validate::codePostal(codePostal));
    check("code_insee", validate::codeInsee(codeInsee));
    if (pivot != QLatin1String("00000000000000"))
        check("pivot", validate::pivot(pivot));
    check("telephone", validate::telephone(telephone));
    for (const QString &c : courriels)
        check("courriels", validate::email(c));
    for (const QString &u : siteWeb)
        check("site_web", validate::url(u));
    check("fiche_acces_libre", validate::url(ficheAccesLibre));
    check("prise_rdv", validate::url(priseRdv));
    if (latitude && (*latitude < -90 || *latitude > 90))
        check("latitude", tr("A latitude lies between -90 and 90."));
    if (longitude && (*longitude < -180 || *longitude > 180))
        check("longitude", tr("A longitude lies between -180 and 180."));
    if (presentationResume.size() > 280)
        check("presentation_resume", tr("The summary holds 280 characters at most."));
    return errors;
}

QString PlaceStore::matchKey(const QString &nom)
{
    return text::normalizeForSearch(nom);
}

const QStringList &PlaceStore::rowColumns()
{
    static const QStringList columns { QStringLiteral("id"), QStringLiteral("source_id"), QStringLiteral("pivot"),
        QStringLiteral("nom"), QStringLiteral("commune"), QStringLiteral("code_postal"), QStringLiteral("code_insee"),
        QStringLiteral("adresse"), QStringLiteral("complement_adresse"), QStringLiteral("latitude"),
        QStringLiteral("longitude"), QStringLiteral("typologie"), QStringLiteral("telephone"),
        QStringLiteral("courriels"), QStringLiteral("site_web"), QStringLiteral("horaires"),
        QStringLiteral("presentation_resume"), QStringLiteral("presentation_detail"), QStringLiteral("source"),
        QStringLiteral("itinerance"), QStringLiteral("structure_parente"), QStringLiteral("date_maj"),
        QStringLiteral("services"), QStringLiteral("publics_specifiquement_adresses"),
        QStringLiteral("prise_en_charge_specifique"), QStringLiteral("frais_a_charge"),
        QStringLiteral("dispositif_programmes_nationaux"), QStringLiteral("formations_labels"),
        QStringLiteral("autres_formations_labels"), QStringLiteral("modalites_acces"),
        QStringLiteral("modalites_accompagnement"), QStringLiteral("fiche_acces_libre"), QStringLiteral("prise_rdv"),
        QStringLiteral("labels_nationaux"), QStringLiteral("conditions_acces"), QStringLiteral("publics_accueillis"),
        QStringLiteral("accepte_pass_numerique"), QStringLiteral("structure_id"), QStringLiteral("completeness"),
        QStringLiteral("search_text"), QStringLiteral("match_key") };
    return columns;
}

QVariantList PlaceStore::toValues(const Place &p)
{
    QVariantList v;
    v.reserve(41);
    v << p.id << p.sourceId << p.pivot << p.nom << p.commune << p.codePostal << p.codeInsee << p.adresse
      << p.complementAdresse << (p.latitude ? QVariant(*p.latitude) : QVariant(QMetaType(QMetaType::Double)))
      << (p.longitude ? QVariant(*p.longitude) : QVariant(QMetaType(QMetaType::Double))) << joinCodes(p.typologie)
      << p.telephone << joinCodes(p.courriels) << joinCodes(p.siteWeb) << p.horaires << p.presentationResume
      << p.presentationDetail << p.source << p.itinerance << p.structureParente << p.dateMaj << joinCodes(p.services)
      << joinCodes(p.publics) << joinCodes(p.priseEnCharge) << joinCodes(p.frais) << joinCodes(p.dispositifs)
      << joinCodes(p.formationsLabels) << joinCodes(p.autresFormationsLabels) << joinCodes(p.modalitesAcces)
      << joinCodes(p.modalitesAccompagnement) << p.ficheAccesLibre << p.priseRdv << joinCodes(p.labelsNationaux)
      << joinCodes(p.conditionsAcces) << joinCodes(p.publicsAccueillis) << (p.acceptsPass ? 1 : 0) << p.structureId
      << p.completeness() << searchText(p) << matchKey(p.nom);
    return v;
}

namespace {

// joinCodes() without building anything when the codes are already clean (the usual case): none,
// or one, is bound as is; several are joined once.
struct Codes
{
    QString joined;
    QStringView view;
    explicit Codes(const QStringList &codes)
    {
        bool clean = true;
        for (qsizetype i = 0; clean && i < codes.size(); ++i) {
            const QString &c = codes.at(i);
            clean = !c.isEmpty() && !c.front().isSpace() && !c.back().isSpace();
            for (qsizetype j = 0; clean && j < i; ++j)
                clean = codes.at(j) != c;
        }
        if (!clean)
            joined = joinCodes(codes);
        else if (codes.size() == 1)
            view = codes.first();
        else if (codes.size() > 1)
            joined = codes.join(QLatin1Char('|'));
        if (!joined.isNull())
            view = joined;
    }
};

} // namespace

QString PlaceStore::searchText(const Place &p)
{
    QStringList parts { p.nom, p.adresse, p.commune, p.codePostal, p.structureParente };
    return text::normalizeForSearch(parts.join(QLatin1Char(' ')));
}

void PlaceStore::bindRow(const Place &p, storage::RowBinder &b, const QString &key, const QString &words)
{
    // In rowColumns() order, as toValues().
    int i = 0;
    auto text = [&](QStringView v) { b.text(i++, v); };
    auto codes = [&](const QStringList &l) { b.text(i++, Codes(l).view); };
    auto coordinate = [&](const std::optional<double> &v) {
        if (v)
            b.real(i++, *v);
        else
            b.null(i++);
    };
    text(p.id);
    text(p.sourceId);
    text(p.pivot);
    text(p.nom);
    text(p.commune);
    text(p.codePostal);
    text(p.codeInsee);
    text(p.adresse);
    text(p.complementAdresse);
    coordinate(p.latitude);
    coordinate(p.longitude);
    codes(p.typologie);
    text(p.telephone);
    codes(p.courriels);
    codes(p.siteWeb);
    text(p.horaires);
    text(p.presentationResume);
    text(p.presentationDetail);
    text(p.source);
    text(p.itinerance);
    text(p.structureParente);
    text(p.dateMaj);
    codes(p.services);
    codes(p.publics);
    codes(p.priseEnCharge);
    codes(p.frais);
    codes(p.dispositifs);
    codes(p.formationsLabels);
    codes(p.autresFormationsLabels);
    codes(p.modalitesAcces);
    codes(p.modalitesAccompagnement);
    text(p.ficheAccesLibre);
    text(p.priseRdv);
    codes(p.labelsNationaux);
    codes(p.conditionsAcces);
    codes(p.publicsAccueillis);
    b.integer(i++, p.acceptsPass ? 1 : 0);
    text(p.structureId);
    b.integer(i++, p.completeness());
    text(words.isNull() ? searchText(p) : words);
    text(key.isNull() ? matchKey(p.nom) : key);
}

QVariantMap PlaceStore::toRow(const Place &p)
{
    const QStringList &columns = rowColumns();
    const QVariantList values = toValues(p);
    QVariantMap r;
    for (qsizetype i = p.id.isEmpty() ? 1 : 0; i < columns.size(); ++i)
        r.insert(columns.at(i), values.at(i));
    return r;
}

Place PlaceStore::fromValues(const QSqlQuery &q)
{
    int i = 0;
    auto s = [&]() { return q.value(i++).toString(); };
    auto l = [&]() { return splitCodes(q.value(i++).toString()); };
    Place p;
    p.id = s();
    p.sourceId = s();
    p.pivot = s();
    p.nom = s();
    p.commune = s();
    p.codePostal = s();
    p.codeInsee = s();
    p.adresse = s();
    p.complementAdresse = s();
    for (std::optional<double> *coordinate : { &p.latitude, &p.longitude }) {
        const QVariant v = q.value(i++);
        if (!v.isNull() && v.isValid())
            *coordinate = v.toDouble();
    }
    p.typologie = l();
    p.telephone = s();
    p.courriels = l();
    p.siteWeb = l();
    p.horaires = s();
    p.presentationResume = s();
    p.presentationDetail = s();
    p.source = s();
    p.itinerance = s();
    p.structureParente = s();
    p.dateMaj = s();
    p.services = l();
    p.publics = l();
    p.priseEnCharge = l();
    p.frais = l();
    p.dispositifs = l();
    p.formationsLabels = l();
    p.autresFormationsLabels = l();
    p.modalitesAcces = l();
    p.modalitesAccompagnement = l();
    p.ficheAccesLibre = s();
    p.priseRdv = s();
    p.labelsNationaux = l();
    p.conditionsAcces = l();
    p.publicsAccueillis = l();
    p.acceptsPass = q.value(i++).toInt() != 0;
    p.structureId = s();
    return p;
}

Place PlaceStore::fromRow(const QVariantMap &r)
{
    auto s = [&](const char *c) { return r.value(QString::fromLatin1(c)).toString(); };
    auto l = [&](const char *c) { return splitCodes(s(c)); };
    Place p;
    p.id = s("id");
    p.sourceId = s("source_id");
    p.pivot = s("pivot");
    p.nom = s("nom");
    p.commune = s("commune");
    p.codePostal = s("code_postal");
    p.codeInsee = s("code_insee");
    p.adresse = s("adresse");
    p.complementAdresse = s("complement_adresse");
    const QVariant lat = r.value(QStringLiteral("latitude"));
    const QVariant lon = r.value(QStringLiteral("longitude"));
    if (!lat.isNull() && lat.isValid())
        p.latitude = lat.toDouble();
    if (!lon.isNull() && lon.isValid())
        p.longitude = lon.toDouble();
    p.typologie = l("typologie");
    p.telephone = s("telephone");
    p.courriels = l("courriels");
    p.siteWeb = l("site_web");
    p.horaires = s("horaires");
    p.presentationResume = s("presentation_resume");
    p.presentationDetail = s("presentation_detail");
    p.source = s("source");
    p.itinerance = s("itinerance");
    p.structureParente = s("structure_parente");
    p.dateMaj = s("date_maj");
    p.services = l("services");
    p.publics = l("publics_specifiquement_adresses");
    p.priseEnCharge = l("prise_en_charge_specifique");
    p.frais = l("frais_a_charge");
    p.dispositifs = l("dispositif_programmes_nationaux");
    p.formationsLabels = l("formations_labels");
    p.autresFormationsLabels = l("autres_formations_labels");
    p.modalitesAcces = l("modalites_acces");
    p.modalitesAccompagnement = l("modalites_accompagnement");
    p.ficheAccesLibre = s("fiche_acces_libre");
    p.priseRdv = s("prise_rdv");
    p.labelsNationaux = l("labels_nationaux");
    p.conditionsAcces = l("conditions_acces");
    p.publicsAccueillis = l("publics_accueillis");
    p.acceptsPass = r.value(QStringLiteral("accepte_pass_numerique")).toInt() != 0;
    p.structureId = s("structure_id");
    return p;
}

Result<QString> PlaceStore::save(const Place &place)
{
    storage::RecordStore store(m_db);
    QVariantMap row = toRow(place);
    if (place.id.isEmpty())
        return store.insert(Table, row);
    row.remove(QStringLiteral("id"));
    if (Status s = store.update(Table, place.id, row); !s)
        return s.error();
    return place.id;
}

Status PlaceStore::remove(const QString &id)
{
    return storage::RecordStore(m_db).remove(Table, id);
}

namespace {

QVariantMap recordToMap(const QSqlQuery &q)
{
    QVariantMap m;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        m.insert(rec.fieldName(i), q.value(i));
    return m;
}

} // namespace

Result<Place> PlaceStore::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM places WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Place>::failure(QStringLiteral("places.query"), storage::describeSqlError(q.lastError()));
    if (!q.next())
        return Result<Place>::failure(QStringLiteral("places.not-found"), tr("No place has the id %1.").arg(id));
    return fromRow(recordToMap(q));
}

QList<Place> PlaceStore::all() const
{
    QList<Place> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM places WHERE deleted = 0 ORDER BY nom COLLATE NOCASE, id")))
        return out;
    while (q.next())
        out << fromRow(recordToMap(q));
    return out;
}

int PlaceStore::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM places WHERE deleted = 0")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QString PlaceStore::findBySourceId(const QString &source, const QString &sourceId) const
{
    if (sourceId.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM places WHERE source = ? AND source_id = ? AND deleted = 0 LIMIT 1"));
    q.addBindValue(source);
    q.addBindValue(sourceId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace escale::places
