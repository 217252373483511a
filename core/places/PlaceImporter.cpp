#include "places/PlaceImporter.h"

#include "places/PlacesTr.h"

#include "common/TextNormalizer.h"
#include "common/Validators.h"
#include "common/Vocabulary.h"
#include "places/OpeningHours.h"
#include "places/PlaceSearch.h"
#include "common/Ids.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>

#include <cmath>

namespace escale::places {

namespace {

// From this many rows (and at least a quarter of the places already there), an import suspends the search-index triggers and refills the indexes once.
constexpr int BulkImportRows = 500;

QString tr(const char *text)
{
    return detail::translate(text);
}

Error fileError(const QString &code, const QString &message)
{
    return Error { code, message };
}

QString shownName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// ---------------------------------------------------------------------------------------------------
// Text decoding

Result<QString> decodeText(const QString &path, const QByteArray &bytes)
{
    const QString name = shownName(path);
    if (bytes.trimmed().isEmpty())
        return fileError(QStringLiteral("places.empty-file"), tr("%1 is empty.").arg(name));
    if (bytes.startsWith("SQLite format 3"))
        return fileError(QStringLiteral("places.not-text"),
            tr("%1 is an SQLite database, not a places file (CSV or JSON).").arg(name));
    if (bytes.startsWith("PK\x03\x04"))
        return fileError(QStringLiteral("places.not-text"),
            tr("%1 is a compressed file (a spreadsheet such as .xlsx or .ods?), not a CSV or JSON file. "
               "Save it as « CSV UTF-8 » and import that.")
                .arg(name));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(QStringDecoder::Utf16);
        QString text = d.decode(bytes);
        if (!d.hasError()) {
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            return text;
        }
    }
    if (bytes.left(4096).contains('\0'))
        return fileError(QStringLiteral("places.not-text"), tr("%1 is not a text file (binary content).").arg(name));
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder d(QStringDecoder::Utf8);
    QString text = d.decode(body);
    if (d.hasError()) {
        // Find the first line that is not UTF-8, to name it.
        const QList<QByteArray> lines = body.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            QStringDecoder probe(QStringDecoder::Utf8);
            const QString decodedLine = probe.decode(lines.at(i));
            if (probe.hasError())
                return fileError(QStringLiteral("places.encoding"),
                    tr("%1, line %2: the text is not UTF-8 (Latin-1 or Windows-1252?). Save the file as "
                       "UTF-8 and import it again.")
                        .arg(name)
                        .arg(i + 1));
        }
        return fileError(QStringLiteral("places.encoding"), tr("%1: the text is not UTF-8.").arg(name));
    }
    return text;
}

// ---------------------------------------------------------------------------------------------------
// CSV

struct CsvRow
{
    int line = 0;
    QStringList cells;
};

QChar detectSeparator(const QString &text)
{
    int commas = 0, semis = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n'))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semis;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs > semis)
        return QLatin1Char('\t');
    return semis > commas ? QLatin1Char(';') : QLatin1Char(',');
}

Result<QList<CsvRow>> parseCsv(const QString &name, const QString &text, QChar sep)
{
    QList<CsvRow> rows;
    CsvRow row;
    QString cell;
    int line = 1;
    row.line = 1;
    bool quoted = false;
    bool cellStarted = false;
    int quoteLine = 0;
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
            quoteLine = line;
        } else if (c == sep) {
            row.cells << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\r')) {
            // ignored (CRLF)
        } else if (c == QLatin1Char('\n')) {
            row.cells << cell;
            cell.clear();
            cellStarted = false;
            if (!(row.cells.size() == 1 && row.cells.first().trimmed().isEmpty()))
                rows << row;
            row = CsvRow {};
            ++line;
            row.line = line;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted)
        return fileError(QStringLiteral("places.truncated"),
            tr("%1, line %2: a quoted field is never closed (truncated file?).").arg(name).arg(quoteLine));
    if (cellStarted || !row.cells.isEmpty()) {
        row.cells << cell;
        if (!(row.cells.size() == 1 && row.cells.first().trimmed().isEmpty()))
            rows << row;
    }
    return rows;
}

QString headerKey(const QString &header)
{
    QString h = header.trimmed();
    if (h.startsWith(QChar(0xFEFF)))
        h.remove(0, 1);
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text::normalizeForSearch(h);
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary mapping

const QHash<QString, QString> &v1Services()
{
    static const QHash<QString, QString> map = [] {
        const QList<QPair<const char *, const char *>> pairs {
            { "Prendre en main un smartphone ou une tablette", "outils_quotidien" },
            { "Prendre en main un ordinateur", "outils_quotidien" },
            { "Utiliser le numérique au quotidien", "outils_quotidien" },
            { "Approfondir ma culture numérique", "comprehension_monde" },
            { "Promouvoir la citoyenneté numérique", "comprehension_monde" },
            { "Favoriser mon insertion professionnelle", "insertion_pro" },
            { "Créer et développer mon entreprise", "insertion_pro" },
            { "Accéder à une connexion internet", "acces_internet" },
            { "Accéder à du matériel", "acces_internet" },
            { "Équiper en matériel informatique", "materiel_solidaire" },
            { "Créer avec le numérique", "loisirs_creations" },
            { "Accompagner les démarches de santé", "aide_demarches" },
            { "Réaliser des démarches administratives avec un accompagnement", "aide_demarches" },
            { "Devenir autonome dans les démarches administratives", "aide_demarches" },
            { "Soutenir la parentalité et l'éducation avec le numérique", "parentalite" },
        };
        QHash<QString, QString> m;
        for (const auto &[label, code] : pairs)
            m.insert(text::normalizeForSearch(QString::fromUtf8(label)), QString::fromLatin1(code));
        return m;
    }();
    return map;
}

// vocab::codeFor normalises every term of the vocabulary at each call; an import asks it hundreds of
// thousands of times, so the normalised terms are kept here (built once, read-only afterwards).
std::optional<QString> cachedCodeFor(vocab::Kind kind, const QString &text)
{
    struct Table
    {
        QHash<QString, QString> byNormalised;
        explicit Table(vocab::Kind k)
        {
            for (const vocab::Term &t : vocab::terms(k)) {
                byNormalised.insert(text::normalizeForSearch(t.code), t.code);
                byNormalised.insert(text::normalizeForSearch(t.label), t.code);
            }
        }
    };
    static const Table typologie(vocab::Kind::Typologie), service(vocab::Kind::Service), publics(vocab::Kind::Public),
        prise(vocab::Kind::PriseEnCharge), frais(vocab::Kind::Frais), dispositif(vocab::Kind::Dispositif),
        acces(vocab::Kind::ModaliteAcces), accompagnement(vocab::Kind::ModaliteAccompagnement);
    const Table *table = nullptr;
    switch (kind) {
    case vocab::Kind::Typologie:
        table = &typologie;
        break;
    case vocab::Kind::Service:
        table = &service;
        break;
    case vocab::Kind::Public:
        table = &publics;
        break;
    case vocab::Kind::PriseEnCharge:
        table = &prise;
        break;
    case vocab::Kind::Frais:
        table = &frais;
        break;
    case vocab::Kind::Dispositif:
        table = &dispositif;
        break;
    case vocab::Kind::ModaliteAcces:
        table = &acces;
        break;
    case vocab::Kind::ModaliteAccompagnement:
        table = &accompagnement;
        break;
    default:
        return vocab::codeFor(kind, text);
    }
    const auto it = table->byNormalised.constFind(text::normalizeForSearch(text));
    if (it == table->byNormalised.cend())
        return std::nullopt;
    return *it;
}

QStringList mapCodes(vocab::Kind kind, const QStringList &values, const QString &field, QStringList *warnings,
    const QHash<QString, QString> *extra = nullptr)
{
    QStringList out;
    for (const QString &v : values) {
        if (auto code = cachedCodeFor(kind, v)) {
            out << *code;
        } else if (extra && extra->contains(text::normalizeForSearch(v))) {
            out << extra->value(text::normalizeForSearch(v));
        } else {
            out << v;
            if (warnings)
                *warnings << tr("%1: « %2 » is not a value of the standard; kept as written.").arg(field, v);
        }
    }
    out.removeDuplicates();
    return out;
}

std::optional<double> parseCoordinate(const QString &text, bool *bad)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    bool ok = false;
    const double v = QString(t).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *bad = true;
        return std::nullopt;
    }
    return v;
}

bool inMetropolitanFrance(double lat, double lon)
{
    return lat >= 41.0 && lat <= 51.6 && lon >= -5.8 && lon <= 10.0;
}

QString parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t.left(10), QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid() || d.year() < 1990)
        return {}; // placeholders 1970-01-01, 1969-12-31
    return d.toString(Qt::ISODate);
}

} // namespace

QStringList splitMultiValue(const QString &cell)
{
    QStringList out;
    qsizetype start = 0;
    const qsizetype n = cell.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && cell.at(i) != QLatin1Char('|') && cell.at(i) != QLatin1Char(';'))
            continue;
        if (i > start) {
            const QString t = QStringView(cell).mid(start, i - start).toString().simplified();
            if (!t.isEmpty() && !out.contains(t))
                out << t;
        }
        start = i + 1;
    }
    return out;
}

QStringList PlaceImporter::standardFields()
{
    return { QStringLiteral("id"), QStringLiteral("pivot"), QStringLiteral("nom"), QStringLiteral("commune"),
        QStringLiteral("code_postal"), QStringLiteral("code_insee"), QStringLiteral("adresse"),
        QStringLiteral("complement_adresse"), QStringLiteral("latitude"), QStringLiteral("longitude"),
        QStringLiteral("typologie"), QStringLiteral("telephone"), QStringLiteral("courriels"),
        QStringLiteral("site_web"), QStringLiteral("horaires"), QStringLiteral("presentation_resume"),
        QStringLiteral("presentation_detail"), QStringLiteral("source"), QStringLiteral("itinerance"),
        QStringLiteral("structure_parente"), QStringLiteral("date_maj"), QStringLiteral("services"),
        QStringLiteral("publics_specifiquement_adresses"), QStringLiteral("prise_en_charge_specifique"),
        QStringLiteral("frais_a_charge"), QStringLiteral("dispositif_programmes_nationaux"),
        QStringLiteral("formations_labels"), QStringLiteral("autres_formations_labels"),
        QStringLiteral("modalites_acces"), QStringLiteral("modalites_accompagnement"),
        QStringLiteral("fiche_acces_libre"), QStringLiteral("prise_rdv"), QStringLiteral("labels_nationaux"),
        QStringLiteral("conditions_acces"), QStringLiteral("publics_accueillis"),
        QStringLiteral("accepte_pass_numerique") };
}

std::optional<Place> PlaceImporter::placeFromRecord(
    const ImportRecord &record, const QString &defaultSource, QStringList *warnings, QString *skipReason)
{
    const auto &f = record.fields;
    // Keys as QStringLiteral (static data, no allocation per lookup).
    auto v = [&](const QString &key) { return f.value(key).trimmed(); };
    auto list = [&](const QString &key) { return splitMultiValue(f.value(key)); };
    auto fourDigits = [](const QString &t) {
        return t.size() == 4
            && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    };

    if (f.contains(QStringLiteral("__skip"))) {
        *skipReason = f.value(QStringLiteral("__skip"));
        return std::nullopt;
    }
    Place p;
    p.nom = v(QStringLiteral("nom")).simplified();
    if (p.nom.isEmpty()) {
        *skipReason = tr("no name (field nom is empty)");
        return std::nullopt;
    }
    p.sourceId = v(QStringLiteral("id"));
    p.source = v(QStringLiteral("source"));
    if (p.source.isEmpty())
        p.source = defaultSource;
    p.pivot = v(QStringLiteral("pivot"));
    p.commune = v(QStringLiteral("commune")).simplified();
    p.codePostal = v(QStringLiteral("code_postal"));
    if (fourDigits(p.codePostal))
        p.codePostal.prepend(QLatin1Char('0')); // spreadsheets drop the leading zero of 0X XXX
    if (const QString e = validate::codePostal(p.codePostal); !e.isEmpty())
        *warnings << tr("code_postal: %1").arg(e);
    p.codeInsee = v(QStringLiteral("code_insee"));
    if (fourDigits(p.codeInsee))
        p.codeInsee.prepend(QLatin1Char('0'));
    p.adresse = v(QStringLiteral("adresse")).simplified();
    p.complementAdresse = v(QStringLiteral("complement_adresse")).simplified();

    bool badLat = false, badLon = false;
    auto lat = parseCoordinate(v(QStringLiteral("latitude")), &badLat);
    auto lon = parseCoordinate(v(QStringLiteral("longitude")), &badLon);
    if (badLat || badLon) {
        *skipReason = tr("coordinates « %1, %2 » are not numbers").arg(v(QStringLiteral("latitude")), v(QStringLiteral("longitude")));
        return std::nullopt;
    }
    if (lat.has_value() != lon.has_value()) {
        *warnings << tr("latitude and longitude: only one of them is given; both ignored.");
        lat.reset();
        lon.reset();
    }
    if (lat && lon) {
        if (*lat == 0.0 && *lon == 0.0) {
            *warnings << tr("latitude and longitude: 0, 0 is a placeholder; ignored.");
            lat.reset();
            lon.reset();
        } else if (inMetropolitanFrance(*lon, *lat) && !inMetropolitanFrance(*lat, *lon)) {
            *warnings << tr("latitude and longitude were swapped (%1, %2); corrected.").arg(*lat).arg(*lon);
            std::swap(*lat, *lon);
        } else if (std::abs(*lat) > 90.0 && std::abs(*lon) <= 90.0) {
            *warnings << tr("latitude and longitude were swapped (%1, %2); corrected.").arg(*lat).arg(*lon);
            std::swap(*lat, *lon);
        }
        if (std::abs(*lat) > 90.0 || std::abs(*lon) > 180.0) {
            *skipReason = tr("coordinates out of range (latitude %1, longitude %2)").arg(*lat).arg(*lon);
            return std::nullopt;
        }
        p.latitude = lat;
        p.longitude = lon;
    }

    // Typologie: data·inclusion codes (some files give labels).
    for (const QString &t : list(QStringLiteral("typologie"))) {
        if (auto code = cachedCodeFor(vocab::Kind::Typologie, t))
            p.typologie << *code;
        else
            p.typologie << t.toUpper();
    }
    p.telephone = v(QStringLiteral("telephone"));
    if (!p.telephone.isEmpty()) {
        p.telephone = validate::normalizeTelephone(p.telephone);
        if (const QString e = validate::telephone(p.telephone); !e.isEmpty())
            *warnings << tr("telephone: %1").arg(e);
    }
    p.courriels = list(QStringLiteral("courriels"));
    if (p.courriels.isEmpty())
        p.courriels = list(QStringLiteral("courriel"));
    p.siteWeb = list(QStringLiteral("site_web"));
    p.horaires = v(QStringLiteral("horaires"));
    if (!p.horaires.isEmpty()) {
        // Files repeat the same hours on many rows: each distinct text is parsed once (per thread).
        thread_local QHash<QString, std::optional<QString>> hoursWarnings;
        auto it = hoursWarnings.constFind(p.horaires);
        if (it == hoursWarnings.cend()) {
            if (hoursWarnings.size() > 20000)
                hoursWarnings.clear();
            const OpeningHours hours = OpeningHours::parse(p.horaires);
            it = hoursWarnings.insert(
                p.horaires, hours.isValid() ? std::nullopt : std::optional<QString>(hours.warning()));
        }
        if (it->has_value())
            *warnings << tr("horaires: %1").arg(**it);
    }
    p.presentationResume = v(QStringLiteral("presentation_resume"));
    p.presentationDetail = v(QStringLiteral("presentation_detail"));
    {
        const QString it = text::normalizeForSearch(v(QStringLiteral("itinerance")));
        if (it.contains(QLatin1String("itinerant")))
            p.itinerance = QStringLiteral("itinerant");
        else if (it.contains(QLatin1String("fixe")))
            p.itinerance = QStringLiteral("fixe");
    }
    p.structureParente = v(QStringLiteral("structure_parente"));
    p.dateMaj = parseDate(v(QStringLiteral("date_maj")));

    p.services = mapCodes(vocab::Kind::Service, list(QStringLiteral("services")), QStringLiteral("services"), warnings, &v1Services());
    p.publics = mapCodes(vocab::Kind::Public, list(QStringLiteral("publics_specifiquement_adresses")),
        QStringLiteral("publics_specifiquement_adresses"), warnings);
    p.priseEnCharge = mapCodes(vocab::Kind::PriseEnCharge, list(QStringLiteral("prise_en_charge_specifique")),
        QStringLiteral("prise_en_charge_specifique"), warnings);
    p.frais = mapCodes(vocab::Kind::Frais, list(QStringLiteral("frais_a_charge")), QStringLiteral("frais_a_charge"), warnings);
    p.dispositifs = mapCodes(vocab::Kind::Dispositif, list(QStringLiteral("dispositif_programmes_nationaux")),
        QStringLiteral("dispositif_programmes_nationaux"), warnings);
    p.formationsLabels = list(QStringLiteral("formations_labels"));
    p.autresFormationsLabels = list(QStringLiteral("autres_formations_labels")) + list(QStringLiteral("labels_autres"));
    p.modalitesAcces
        = mapCodes(vocab::Kind::ModaliteAcces, list(QStringLiteral("modalites_acces")), QStringLiteral("modalites_acces"), warnings);
    p.modalitesAccompagnement = mapCodes(vocab::Kind::ModaliteAccompagnement, list(QStringLiteral("modalites_accompagnement")),
        QStringLiteral("modalites_accompagnement"), warnings);
    p.ficheAccesLibre = v(QStringLiteral("fiche_acces_libre"));
    if (p.ficheAccesLibre.isEmpty())
        p.ficheAccesLibre = v(QStringLiteral("accessibilite"));
    p.priseRdv = v(QStringLiteral("prise_rdv"));

    // v1 fields: kept as read, and mapped onto v2 where the standard says how.
    p.labelsNationaux = list(QStringLiteral("labels_nationaux"));
    p.conditionsAcces = list(QStringLiteral("conditions_acces"));
    p.publicsAccueillis = list(QStringLiteral("publics_accueillis"));
    for (const QString &label : std::as_const(p.labelsNationaux)) {
        const QString n = text::normalizeForSearch(label);
        if (n == QLatin1String("cnfs") || n == QLatin1String("conseillers numeriques"))
            p.dispositifs << QStringLiteral("conseillers_numeriques");
        else if (n == QLatin1String("point numerique caf"))
            p.dispositifs << QStringLiteral("point_d_acces_numerique_caf");
        else if (n == QLatin1String("aptic"))
            p.acceptsPass = true; // APTIC labels the places that accept the Pass numérique
        else if (auto code = cachedCodeFor(vocab::Kind::Dispositif, label))
            p.dispositifs << *code;
    }
    for (const QString &c : std::as_const(p.conditionsAcces)) {
        const QString n = text::normalizeForSearch(c);
        if (n.contains(QLatin1String("pass numerique")))
            p.acceptsPass = true;
        else if (n.startsWith(QLatin1String("gratuit sous condition")))
            p.frais << QStringLiteral("gratuit_sous_condition");
        else if (n == QLatin1String("gratuit"))
            p.frais << QStringLiteral("gratuit");
        else if (n == QLatin1String("payant"))
            p.frais << QStringLiteral("payant");
    }
    for (const QString &pub : std::as_const(p.publicsAccueillis)) {
        QString n = text::normalizeForSearch(pub.section(QLatin1Char('('), 0, 0));
        if (n.startsWith(QLatin1String("familles")))
            p.publics << QStringLiteral("familles_enfants");
        else if (auto code = cachedCodeFor(vocab::Kind::Public, n))
            p.publics << *code;
    }
    if (p.frais.contains(QStringLiteral("gratuit_sous_condition")))
        p.acceptsPass = true;
    const QString explicitPass = text::normalizeForSearch(v(QStringLiteral("accepte_pass_numerique")));
    if (!explicitPass.isEmpty())
        p.acceptsPass = explicitPass == QLatin1String("true") || explicitPass == QLatin1String("1")
            || explicitPass == QLatin1String("oui") || explicitPass == QLatin1String("vrai");
    if (p.acceptsPass && !p.frais.contains(QStringLiteral("gratuit_sous_condition")))
        p.frais << QStringLiteral("gratuit_sous_condition");
    p.dispositifs.removeDuplicates();
    p.frais.removeDuplicates();
    p.publics.removeDuplicates();
    return p;
}

// ---------------------------------------------------------------------------------------------------
// Duplicate detector

double DuplicateDetector::distanceMeters(double lat1, double lon1, double lat2, double lon2)
{
    const double toRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * toRad;
    const double dLon = (lon2 - lon1) * toRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * toRad) * std::cos(lat2 * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * 6371008.8 * std::asin(std::min(1.0, std::sqrt(a)));
}

bool DuplicateDetector::isDuplicate(const Place &a, const Place &b, QString *why)
{
    if (PlaceStore::matchKey(a.nom) != PlaceStore::matchKey(b.nom) || PlaceStore::matchKey(a.nom).isEmpty())
        return false;
    const QString ca = text::normalizeForSearch(a.commune);
    const QString cb = text::normalizeForSearch(b.commune);
    if (!ca.isEmpty() && !cb.isEmpty() && ca != cb)
        return false; // veto: another commune
    if (!a.source.isEmpty() && a.source == b.source && !a.sourceId.isEmpty() && !b.sourceId.isEmpty()
        && a.sourceId != b.sourceId)
        return false; // veto: the same source says these are two records
    if (a.hasCoordinates() && b.hasCoordinates()) {
        const double d = distanceMeters(*a.latitude, *a.longitude, *b.latitude, *b.longitude);
        if (d < MaxDistanceMeters) {
            if (why)
                *why = tr("same name, %1 m apart").arg(qRound(d));
            return true;
        }
    }
    const QString aa = text::normalizeForSearch(a.adresse);
    if (!aa.isEmpty() && aa == text::normalizeForSearch(b.adresse)) {
        if (why)
            *why = tr("same name and address");
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------------
// Reading files

Result<QStringList> PlaceImporter::readCsvHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("places.open"), tr("Cannot read %1: %2.").arg(path, file.errorString()));
    auto decoded = decodeText(path, file.read(1 << 20));
    if (!decoded)
        return decoded.error();
    QString text = decoded.value();
    // The header only: up to the first line end outside quotes.
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && text.at(i) == QLatin1Char('\n')) {
            text.truncate(i);
            break;
        }
    }
    auto rows = parseCsv(shownName(path), text, detectSeparator(text));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fileError(QStringLiteral("places.empty-file"), tr("%1 is empty.").arg(shownName(path)));
    QStringList header;
    for (const QString &h : rows->first().cells)
        header << h.trimmed();
    return header;
}

Result<QMap<QString, QString>> PlaceImporter::readMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(
            QStringLiteral("places.mapping"), tr("Cannot read the mapping file %1: %2.").arg(path, file.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fileError(QStringLiteral("places.mapping"),
            tr("The mapping file %1 is not a JSON object {\"column\": \"field\"} (%2 at offset %3).")
                .arg(shownName(path), pe.errorString())
                .arg(pe.offset));
    QJsonObject obj = doc.object();
    if (obj.value(QStringLiteral("columns")).isObject())
        obj = obj.value(QStringLiteral("columns")).toObject();
    QMap<QString, QString> mapping;
    const QStringList fields = standardFields();
    static const QStringList days { QStringLiteral("lundi"), QStringLiteral("mardi"), QStringLiteral("mercredi"),
        QStringLiteral("jeudi"), QStringLiteral("vendredi"), QStringLiteral("samedi"), QStringLiteral("dimanche") };
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString field = it.value().toString().trimmed();
        if (field.isEmpty() || field == QLatin1String("ignore"))
            continue;
        if (!fields.contains(field) && !days.contains(field))
            return fileError(QStringLiteral("places.mapping"),
                tr("The mapping file %1: column « %2 » goes to « %3 », which is not a field of the "
                   "standard (expected one of: %4).")
                    .arg(shownName(path), it.key(), field, fields.join(QStringLiteral(", "))));
        mapping.insert(it.key(), field);
    }
    if (!mapping.values().contains(QStringLiteral("nom")))
        return fileError(QStringLiteral("places.mapping"),
            tr("The mapping file %1 maps no column to « nom »: every place needs a name.").arg(shownName(path)));
    return mapping;
}

namespace {

const QStringList &dayKeys()
{
    static const QStringList d { QStringLiteral("lundi"), QStringLiteral("mardi"), QStringLiteral("mercredi"),
        QStringLiteral("jeudi"), QStringLiteral("vendredi"), QStringLiteral("samedi"), QStringLiteral("dimanche") };
    return d;
}

// France Services columns (normalised header) → standard field.
QString franceServicesField(const QString &key)
{
    static const QList<QPair<QString, QStringList>> aliases {
        { QStringLiteral("id"),
            { QStringLiteral("id"), QStringLiteral("identifiant"), QStringLiteral("matricule"),
                QStringLiteral("id france services"), QStringLiteral("code") } },
        { QStringLiteral("nom"),
            { QStringLiteral("nom"), QStringLiteral("nom france services"), QStringLiteral("nom de la france services"),
                QStringLiteral("libelle"), QStringLiteral("nom du lieu"), QStringLiteral("france services") } },
        { QStringLiteral("adresse"),
            { QStringLiteral("adresse"), QStringLiteral("adresse postale"), QStringLiteral("adresse 1"),
                QStringLiteral("voie") } },
        { QStringLiteral("complement_adresse"),
            { QStringLiteral("complement d adresse"), QStringLiteral("complement adresse"), QStringLiteral("adresse 2"),
                QStringLiteral("complement") } },
        { QStringLiteral("code_postal"), { QStringLiteral("code postal"), QStringLiteral("cp") } },
        { QStringLiteral("commune"),
            { QStringLiteral("commune"), QStringLiteral("ville"), QStringLiteral("localite") } },
        { QStringLiteral("code_insee"),
            { QStringLiteral("code insee"), QStringLiteral("code commune"), QStringLiteral("insee") } },
        { QStringLiteral("telephone"),
            { QStringLiteral("telephone"), QStringLiteral("tel"), QStringLiteral("numero de telephone") } },
        { QStringLiteral("courriels"),
            { QStringLiteral("courriel"), QStringLiteral("email"), QStringLiteral("e mail"), QStringLiteral("mail"),
                QStringLiteral("adresse mail"), QStringLiteral("adresse electronique") } },
        { QStringLiteral("site_web"),
            { QStringLiteral("site web"), QStringLiteral("site internet"), QStringLiteral("url") } },
        { QStringLiteral("latitude"), { QStringLiteral("latitude"), QStringLiteral("lat") } },
        { QStringLiteral("longitude"), { QStringLiteral("longitude"), QStringLiteral("lon"), QStringLiteral("lng") } },
        { QStringLiteral("itinerance"),
            { QStringLiteral("format"), QStringLiteral("type"), QStringLiteral("itinerance") } },
        { QStringLiteral("structure_parente"),
            { QStringLiteral("porteur"), QStringLiteral("structure porteuse"), QStringLiteral("gestionnaire") } },
        { QStringLiteral("date_maj"),
            { QStringLiteral("date maj"), QStringLiteral("date de mise a jour"), QStringLiteral("mise a jour") } },
    };
    for (const auto &[field, names] : aliases)
        if (names.contains(key))
            return field;
    for (const QString &day : dayKeys())
        if (key == day || key.endsWith(QLatin1Char(' ') + day))
            return day;
    return {};
}

// Per-day France Services hours → one OSM opening_hours value (consecutive days with the same hours
// grouped: « Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00 »).
QString osmFromDays(const QStringList &perDay)
{
    static const QStringList osm { QStringLiteral("Mo"), QStringLiteral("Tu"), QStringLiteral("We"),
        QStringLiteral("Th"), QStringLiteral("Fr"), QStringLiteral("Sa"), QStringLiteral("Su") };
    QStringList rules;
    int i = 0;
    while (i < 7) {
        if (perDay.at(i).isEmpty()) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < 7 && perDay.at(j + 1) == perDay.at(i))
            ++j;
        const QString days = j == i
            ? osm.at(i)
            : (j == i + 1 ? osm.at(i) + QLatin1Char(',') + osm.at(j) : osm.at(i) + QLatin1Char('-') + osm.at(j));
        rules << days + QLatin1Char(' ') + perDay.at(i);
        i = j + 1;
    }
    return rules.join(QStringLiteral("; "));
}

// Turns the day columns (lundi…dimanche) of a record into `horaires`.
void daysToHoraires(ImportRecord &record, QStringList *rowWarnings)
{
    QStringList perDay;
    bool any = false;
    bool unreadable = false;
    QStringList verbatim;
    for (const QString &day : dayKeys()) {
        const QString text = record.fields.take(day).trimmed();
        if (!text.isEmpty()) {
            any = true;
            verbatim << day + QStringLiteral(" : ") + text;
        }
        const auto times = osmTimesFromFranceServices(text);
        if (!times) {
            unreadable = true;
            perDay << QString();
            if (rowWarnings)
                *rowWarnings << tr("%1: hours « %2 » could not be read").arg(day, text);
        } else {
            perDay << *times;
        }
    }
    if (!any || !record.fields.value(QStringLiteral("horaires")).isEmpty())
        return;
    record.fields.insert(
        QStringLiteral("horaires"), unreadable ? verbatim.join(QStringLiteral(" ; ")) : osmFromDays(perDay));
}

} // namespace

Result<QList<ImportRecord>> PlaceImporter::readFile(
    const QString &path, const ImportOptions &options, QString *detectedFormat)
{
    const QString name = shownName(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("places.open"), tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    auto decoded = decodeText(path, bytes);
    if (!decoded)
        return decoded.error();
    const QString text = std::move(decoded.value());
    const QString start = text.trimmed().left(1);
    const bool looksJson = start == QLatin1String("[") || start == QLatin1String("{");

    QList<ImportRecord> records;
    if (looksJson && options.format != ImportFormat::FranceServices && options.format != ImportFormat::Mapped) {
        if (detectedFormat)
            *detectedFormat = QStringLiteral("standard-json");
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError) {
            const QByteArray utf8 = text.toUtf8();
            const int line = int(utf8.left(pe.offset).count('\n')) + 1;
            const bool truncated = pe.error == QJsonParseError::UnterminatedArray
                || pe.error == QJsonParseError::UnterminatedObject || pe.error == QJsonParseError::UnterminatedString
                || pe.offset >= utf8.size() - 1;
            return fileError(truncated ? QStringLiteral("places.truncated") : QStringLiteral("places.json"),
                truncated ? tr("%1, line %2: the JSON stops before its end (truncated file?): %3.")
                                .arg(name)
                                .arg(line)
                                .arg(pe.errorString())
                          : tr("%1, line %2: not valid JSON: %3.").arg(name).arg(line).arg(pe.errorString()));
        }
        QJsonArray array;
        if (doc.isArray()) {
            array = doc.array();
        } else {
            const QJsonObject o = doc.object();
            if (o.value(QStringLiteral("type")).toString().startsWith(QLatin1String("Feature")))
                return fileError(QStringLiteral("places.not-places"),
                    tr("%1 is a GeoJSON file (outlines for the map), not a places file. Import it as a map "
                       "layer.")
                        .arg(name));
            for (auto it = o.begin(); it != o.end(); ++it)
                if (it.value().isArray()) {
                    array = it.value().toArray();
                    break;
                }
            if (array.isEmpty() && o.contains(QStringLiteral("nom")))
                array.append(o);
        }
        int index = 0;
        bool anyName = false;
        for (const QJsonValue &value : std::as_const(array)) {
            ++index;
            ImportRecord r;
            r.row = index;
            if (!value.isObject()) {
                r.fields.insert(QStringLiteral("__skip"), tr("not an object"));
                records << r;
                continue;
            }
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                QString s;
                const QJsonValue fv = it.value();
                if (fv.isArray()) {
                    QStringList parts;
                    const QJsonArray a = fv.toArray();
                    for (const QJsonValue &e : a)
                        parts << e.toVariant().toString();
                    s = parts.join(QLatin1Char('|'));
                } else if (fv.isObject()) {
                    s = QString::fromUtf8(QJsonDocument(fv.toObject()).toJson(QJsonDocument::Compact));
                } else if (!fv.isNull() && !fv.isUndefined()) {
                    s = fv.toVariant().toString();
                }
                r.fields.insert(it.key().trimmed().toLower(), s);
            }
            anyName = anyName || r.fields.contains(QStringLiteral("nom"));
            records << r;
        }
        if (!array.isEmpty() && !anyName)
            return fileError(QStringLiteral("places.not-places"),
                tr("%1 does not look like a places file of the national standard: no record has a field "
                   "« nom ».")
                    .arg(name));
        if (array.isEmpty() && !doc.isArray())
            return fileError(QStringLiteral("places.not-places"),
                tr("%1 is JSON but holds no list of places (expected an array of objects).").arg(name));
        return records;
    }

    if (looksJson)
        return fileError(
            QStringLiteral("places.not-csv"), tr("%1 is a JSON file; this format reads CSV only.").arg(name));

    // CSV
    const QChar sep = detectSeparator(text);
    auto parsed = parseCsv(name, text, sep);
    if (!parsed)
        return parsed.error();
    const QList<CsvRow> &rows = parsed.value();
    if (rows.isEmpty())
        return fileError(QStringLiteral("places.empty-file"), tr("%1 is empty.").arg(name));
    const QStringList header = rows.first().cells;
    QStringList keys;
    for (const QString &h : header)
        keys << headerKey(h);

    ImportFormat format = options.format;
    int dayColumns = 0;
    for (const QString &k : std::as_const(keys))
        for (const QString &d : dayKeys())
            if (k == d || k.endsWith(QLatin1Char(' ') + d))
                ++dayColumns;
    if (format == ImportFormat::Auto)
        format = dayColumns >= 5 ? ImportFormat::FranceServices : ImportFormat::Standard;

    // Column index → field name.
    QStringList fieldOf;
    if (format == ImportFormat::Mapped) {
        if (detectedFormat)
            *detectedFormat = QStringLiteral("mapped");
        if (options.mapping.isEmpty())
            return fileError(
                QStringLiteral("places.mapping"), tr("The mapped format needs a mapping (--mapping FILE)."));
        QStringList missing;
        QMap<QString, QString> byKey;
        for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it)
            byKey.insert(headerKey(it.key()), it.value());
        for (const QString &k : std::as_const(keys))
            fieldOf << byKey.value(k);
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            if (!keys.contains(it.key()))
                missing << it.key();
        if (!missing.isEmpty())
            return fileError(QStringLiteral("places.mapping"),
                tr("%1: the mapping names columns the file does not have: %2 (columns found: %3).")
                    .arg(name, missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", "))));
    } else if (format == ImportFormat::FranceServices) {
        if (detectedFormat)
            *detectedFormat = QStringLiteral("france-services");
        for (const QString &k : std::as_const(keys))
            fieldOf << franceServicesField(k);
        if (!fieldOf.contains(QStringLiteral("nom")) || dayColumns < 5)
            return fileError(QStringLiteral("places.not-places"),
                tr("%1 does not look like the France Services list: expected a name column and one "
                   "column of hours per day (Lundi…Dimanche); columns found: %2.")
                    .arg(name, header.join(QStringLiteral(", "))));
    } else {
        if (detectedFormat)
            *detectedFormat = QStringLiteral("standard-csv");
        for (const QString &k : std::as_const(keys))
            fieldOf << QString(k).replace(QLatin1Char(' '), QLatin1Char('_'));
        if (!fieldOf.contains(QStringLiteral("nom")))
            return fileError(QStringLiteral("places.not-places"),
                tr("%1 does not look like a places file of the national standard: no column « nom » "
                   "(columns found: %2).")
                    .arg(name, header.join(QStringLiteral(", "))));
    }

    for (int i = 1; i < rows.size(); ++i) {
        const CsvRow &row = rows.at(i);
        ImportRecord r;
        r.row = row.line;
        r.fields.reserve(header.size());
        if (row.cells.size() > header.size()
            && !std::all_of(row.cells.begin() + header.size(), row.cells.end(),
                [](const QString &c) { return c.trimmed().isEmpty(); })) {
            r.fields.insert(QStringLiteral("__skip"),
                tr("%1 cells where the header has %2 (a separator inside an unquoted value?)")
                    .arg(row.cells.size())
                    .arg(header.size()));
            records << r;
            continue;
        }
        for (int c = 0; c < header.size() && c < row.cells.size(); ++c) {
            const QString &field = fieldOf.at(c);
            if (field.isEmpty())
                continue;
            QString value = row.cells.at(c);
            // Undo the formula-injection guard of exports (PlaceExporter::csvCell).
            if (value.size() > 1 && value.at(0) == QLatin1Char('\'')
                && QStringLiteral("=+-@\t\r").contains(value.at(1)))
                value.remove(0, 1);
            if (r.fields.contains(field) && !value.trimmed().isEmpty())
                value = r.fields.value(field) + QLatin1Char('|') + value;
            else if (r.fields.contains(field))
                continue;
            r.fields.insert(field, value);
        }
        if (format == ImportFormat::FranceServices || r.fields.contains(QStringLiteral("lundi")))
            daysToHoraires(r, nullptr);
        if (format == ImportFormat::FranceServices) {
            r.fields.insert(QStringLiteral("typologie"), QStringLiteral("RFS"));
            r.fields.insert(QStringLiteral("dispositif_programmes_nationaux"), QStringLiteral("France Services"));
            if (r.fields.value(QStringLiteral("services")).isEmpty())
                r.fields.insert(QStringLiteral("services"), QStringLiteral("Aide aux démarches administratives"));
            if (r.fields.value(QStringLiteral("source")).isEmpty())
                r.fields.insert(QStringLiteral("source"), QStringLiteral("france-services"));
            const QString it = text::normalizeForSearch(r.fields.value(QStringLiteral("itinerance")));
            r.fields.insert(QStringLiteral("itinerance"),
                it.contains(QLatin1String("itin")) || it.contains(QLatin1String("bus"))
                        || it.contains(QLatin1String("mobile"))
                    ? QStringLiteral("Itinérant")
                    : QStringLiteral("Fixe"));
        }
        records << r;
    }
    return records;
}

// ---------------------------------------------------------------------------------------------------
// Import

Result<ImportReport> PlaceImporter::importFile(const QString &path, const ImportOptions &options)
{
    QString format;
    auto records = readFile(path, options, &format);
    if (!records)
        return records.error();
    ImportOptions o = options;
    if (o.defaultSource.isEmpty())
        o.defaultSource = QFileInfo(path).completeBaseName();
    // Day columns of a France Services file could not be warned about while reading: re-check here.
    return importRecords(records.value(), shownName(path), format, o);
}

Result<ImportReport> PlaceImporter::importRecords(
    const QList<ImportRecord> &records, const QString &fileLabel, const QString &format, const ImportOptions &options)
{
    ImportReport report;
    report.file = fileLabel;
    report.format = format;

    if (!m_db.isReadOnly())
        if (Status s = PlaceSearch::rebuildIndexes(m_db); !s)
            qCWarning(lcPlaces) << "search indexes not created:" << s.errorMessage();

    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();

    // What is already there, in memory: (source, source id) → id, ids, and name key → places.
    QHash<QString, QString> bySource;
    QSet<QString> ids;
    QHash<QString, QList<Place>> byKey;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, source, source_id, nom, adresse, commune, latitude, longitude, match_key "
                              "FROM places WHERE deleted = 0"));
        while (q.next()) {
            Place p;
            p.id = q.value(0).toString();
            p.source = q.value(1).toString();
            p.sourceId = q.value(2).toString();
            p.nom = q.value(3).toString();
            p.adresse = q.value(4).toString();
            p.commune = q.value(5).toString();
            if (!q.value(6).isNull() && !q.value(7).isNull()) {
                p.latitude = q.value(6).toDouble();
                p.longitude = q.value(7).toDouble();
            }
            ids.insert(p.id);
            if (!p.sourceId.isEmpty())
                bySource.insert(p.source + QChar(0x1f) + p.sourceId, p.id);
            byKey[q.value(8).toString()].append(p);
        }
    }
    // The structure this installation serves: its own place is linked to it.
    QString structureId, structurePivot, structureKey, structureCp;
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT id, pivot, nom, code_postal FROM structure WHERE deleted = 0 LIMIT 1"))
            && q.next()) {
            structureId = q.value(0).toString();
            structurePivot = q.value(1).toString();
            structureKey = PlaceStore::matchKey(q.value(2).toString());
            structureCp = q.value(3).toString();
        }
    }

    // Writes are batched: one prepared INSERT and one prepared UPDATE for the whole import. A large
    // import (see BulkImportRows) suspends the FTS / R*Tree triggers and the secondary indexes of
    // `places` at its first write, and rebuilds them once at the end (same transaction): building an
    // index from all its rows costs less than keeping it current row by row. A dry run writes nothing.
    const int total = int(records.size());
    const bool write = !options.dryRun;
    const bool bulk = write && total >= BulkImportRows && qsizetype(total) * 4 >= ids.size();
    // A larger page cache while a large import runs (the default 2 MB spills every page written to the
    // WAL file before the commit); the connection's own value comes back at the end.
    std::optional<qint64> cacheSize;
    if (bulk) {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
            cacheSize = q.value(0).toLongLong();
            q.finish();
            q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        }
    }
    const auto restoreCacheSize = qScopeGuard([&] {
        if (cacheSize)
            QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*cacheSize));
    });
    bool suspended = false;
    QStringList droppedIndexes; // their CREATE statements
    auto suspend = [&]() -> Status {
        if (!bulk || suspended)
            return {};
        suspended = true;
        if (Status s = PlaceSearch::suspendIndexTriggers(m_db); !s)
            return s;
        QSqlQuery q(m_db.connection());
        QStringList names;
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'places' "
                                   "AND sql IS NOT NULL")))
            return Status::failure(QStringLiteral("places.query"), storage::describeSqlError(q.lastError()));
        while (q.next()) {
            names << q.value(0).toString();
            droppedIndexes << q.value(1).toString();
        }
        q.finish();
        for (const QString &name : std::as_const(names))
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")))))
                return Status::failure(QStringLiteral("places.query"), storage::describeSqlError(q.lastError()));
        return {};
    };
    auto resume = [&]() -> Status {
        if (!suspended)
            return {};
        QSqlQuery q(m_db.connection());
        for (const QString &sql : std::as_const(droppedIndexes))
            if (!q.exec(sql))
                return Status::failure(QStringLiteral("places.query"), storage::describeSqlError(q.lastError()));
        return PlaceSearch::resumeIndexes(m_db);
    };
    storage::RecordStore records_(m_db);
    QList<QVariantList> pendingInserts;
    QList<QVariantMap> pendingUpdates;
    auto flush = [&]() -> Status {
        if (pendingInserts.isEmpty() && pendingUpdates.isEmpty())
            return {};
        if (Status s = suspend(); !s)
            return s;
        if (!pendingInserts.isEmpty()) {
            auto done = records_.insertRows(QStringLiteral("places"), PlaceStore::rowColumns(), pendingInserts);
            if (!done)
                return Status(done.error());
            pendingInserts.clear();
        }
        if (Status s = records_.updateMany(QStringLiteral("places"), pendingUpdates); !s)
            return s;
        pendingUpdates.clear();
        return {};
    };
    auto flushError = [&](const Status &s) {
        return Error { s.error().code, tr("%1: %2").arg(fileLabel, s.errorMessage()) };
    };
    // The stored place a row matched: one prepared statement for every match, read by position.
    QSqlQuery findQuery(m_db.connection());
    findQuery.setForwardOnly(true);
    findQuery.prepare(QStringLiteral("SELECT %1 FROM places WHERE id = ? AND deleted = 0")
                          .arg(PlaceStore::rowColumns().join(QStringLiteral(", "))));
    auto findExisting = [&](const QString &id) -> std::optional<Place> {
        findQuery.bindValue(0, id);
        if (!findQuery.exec() || !findQuery.next())
            return std::nullopt;
        Place p = PlaceStore::fromValues(findQuery);
        findQuery.finish();
        return p;
    };

    QSet<QString> touched;
    QHash<QString, int> firstRowOfSourceId;
    for (int i = 0; i < total; ++i) {
        if (m_cancel && m_cancel->load())
            return Result<ImportReport>::failure(
                QStringLiteral("places.cancelled"), tr("Import of %1 cancelled; nothing was imported.").arg(fileLabel));
        if (m_progress && (i % 250 == 0))
            m_progress(i, total);
        const ImportRecord &record = records.at(i);
        ImportRowResult row;
        row.row = record.row;
        row.nom = record.fields.value(QStringLiteral("nom")).simplified();
        QString skip;
        auto parsed = placeFromRecord(record, options.defaultSource, &row.warnings, &skip);
        if (!parsed) {
            row.outcome = ImportRowResult::Outcome::Skipped;
            row.reason = skip;
            ++report.skipped;
            report.rows << row;
            continue;
        }
        Place place = std::move(*parsed);

        QString existingId;
        bool matchedByEscaleId = false;
        if (!place.sourceId.isEmpty()) {
            const QString key = place.source + QChar(0x1f) + place.sourceId;
            if (firstRowOfSourceId.contains(key)) {
                row.outcome = ImportRowResult::Outcome::Skipped;
                row.reason = tr("the id « %1 » appears again (first at row %2)")
                                 .arg(place.sourceId)
                                 .arg(firstRowOfSourceId.value(key));
                ++report.skipped;
                report.rows << row;
                continue;
            }
            firstRowOfSourceId.insert(key, record.row);
            existingId = bySource.value(key);
            if (existingId.isEmpty() && ids.contains(place.sourceId)) {
                existingId = place.sourceId;
                matchedByEscaleId = true;
            }
        }
        if (!existingId.isEmpty() && touched.contains(existingId))
            existingId.clear();
        const QString nameKey = PlaceStore::matchKey(place.nom);
        if (existingId.isEmpty()) {
            const QList<Place> candidates = byKey.value(nameKey);
            for (const Place &c : candidates) {
                QString why;
                if (!touched.contains(c.id) && DuplicateDetector::isDuplicate(place, c, &why)) {
                    existingId = c.id;
                    row.reason = tr("matched an existing place: %1").arg(why);
                    break;
                }
            }
        }
        if (!structureId.isEmpty()) {
            const bool samePivot = !structurePivot.isEmpty() && structurePivot != QLatin1String("00000000000000")
                && place.pivot == structurePivot;
            const bool sameName = nameKey == structureKey && place.codePostal == structureCp;
            if (samePivot || sameName)
                place.structureId = structureId;
        }

        if (!existingId.isEmpty()) {
            auto existing = findExisting(existingId);
            if (!existing)
                return Error { QStringLiteral("places.query"),
                    tr("%1, row %2: the place %3 could not be read: %4")
                        .arg(fileLabel)
                        .arg(record.row)
                        .arg(existingId, storage::describeSqlError(findQuery.lastError())) };
            place.id = existingId;
            if (matchedByEscaleId)
                place.sourceId = existing->sourceId;
            if (place.structureId.isEmpty())
                place.structureId = existing->structureId;
            touched.insert(existingId);
            row.placeId = existingId;
            if (place.sameDataAs(*existing)) {
                row.outcome = ImportRowResult::Outcome::Unchanged;
                ++report.unchanged;
            } else {
                if (write) {
                    pendingUpdates << PlaceStore::toRow(place);
                    if (pendingUpdates.size() >= 2000)
                        if (Status s = flush(); !s)
                            return flushError(s);
                }
                row.outcome = ImportRowResult::Outcome::Updated;
                ++report.updated;
            }
        } else {
            place.id = escale::ids::newId();
            if (write) {
                pendingInserts << PlaceStore::toValues(place);
                if (pendingInserts.size() >= 2000)
                    if (Status s = flush(); !s)
                        return flushError(s);
            }
            row.placeId = place.id;
            row.outcome = ImportRowResult::Outcome::Added;
            ++report.added;
            touched.insert(place.id);
            ids.insert(place.id);
            if (!place.sourceId.isEmpty())
                bySource.insert(place.source + QChar(0x1f) + place.sourceId, place.id);
            byKey[nameKey].append(place);
        }
        report.rows << row;
    }
    if (options.dryRun) {
        if (m_progress)
            m_progress(total, total);
        return report; // nothing was written
    }
    if (Status s = flush(); !s)
        return flushError(s);
    if (Status s = resume(); !s)
        return s.error();
    if (m_progress)
        m_progress(total, total);
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcPlaces) << "imported" << fileLabel << report.added << "added" << report.updated << "updated"
                     << report.unchanged << "unchanged" << report.skipped << "skipped";
    return report;
}

} // namespace escale::places
