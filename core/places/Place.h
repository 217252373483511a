#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcPlaces)

namespace escale::places {

// One digital-mediation place: every field of the national standard v2, v1's extra fields as read,
// and Escale's own (Pass numérique, structure, completeness). Multi-valued fields hold vocabulary
// codes (core/common/Vocabulary.h); values a vocabulary does not know are kept as read.
struct Place
{
    QString id; // Escale's UUID (empty before the first save)
    QString sourceId; // the standard's `id`, as the source file gave it
    QString pivot;
    QString nom;
    QString commune;
    QString codePostal;
    QString codeInsee;
    QString adresse;
    QString complementAdresse;
    std::optional<double> latitude, longitude;
    QStringList typologie;
    QString telephone;
    QStringList courriels;
    QStringList siteWeb;
    QString horaires;
    QString presentationResume;
    QString presentationDetail;
    QString source;
    QString itinerance; // "", "fixe", "itinerant"
    QString structureParente;
    QString dateMaj; // YYYY-MM-DD, or empty (placeholders 1970-01-01 / 1969-12-31 are dropped)
    QStringList services;
    QStringList publics; // publics_specifiquement_adresses
    QStringList priseEnCharge; // prise_en_charge_specifique
    QStringList frais; // frais_a_charge
    QStringList dispositifs; // dispositif_programmes_nationaux
    QStringList formationsLabels;
    QStringList autresFormationsLabels;
    QStringList modalitesAcces;
    QStringList modalitesAccompagnement;
    QString ficheAccesLibre;
    QString priseRdv;
    // v1 fields, as read.
    QStringList labelsNationaux;
    QStringList conditionsAcces;
    QStringList publicsAccueillis;
    // Escale's own.
    bool acceptsPass = false;
    QString structureId;

    bool isItinerant() const { return itinerance == QLatin1String("itinerant"); }
    bool hasCoordinates() const { return latitude.has_value() && longitude.has_value(); }
    // 0..100: share of the standard's useful fields that are filled (required ones weigh double).
    int completeness() const;
    // The address on one line: « adresse, complément, code postal commune ».
    QString fullAddress() const;
    // Field-by-field equality of the data (ignores id).
    bool sameDataAs(const Place &other) const;
    // Validation like the standard: field name → message (empty map when valid).
    QMap<QString, QString> validate() const;
};

// The table `places`: reads and writes through storage::RecordStore.
class PlaceStore
{
public:
    explicit PlaceStore(storage::Database &db)
        : m_db(db)
    { }

    // Inserts (empty id) or updates the place; returns its id. The caller holds the transaction.
    Result<QString> save(const Place &place);
    Status remove(const QString &id);
    Result<Place> find(const QString &id) const;
    QList<Place> all() const;
    int count() const;
    // The id of the live place with this source and source id, or empty (a scan: no index on the
    // source since migration 0012; an import reads them all at once).
    QString findBySourceId(const QString &source, const QString &sourceId) const;

    // The column values of a place (what save() writes), for tests and the exporter.
    static QVariantMap toRow(const Place &place);
    static Place fromRow(const QVariantMap &row);
    // The same as lists, for bulk writes and reads (an import): the columns toRow() writes, in a fixed
    // order ("id" first), and a place's values in that order (toRow() is built from them).
    static const QStringList &rowColumns();
    static QVariantList toValues(const Place &place);
    // Reads a place from a query that selected rowColumns() in that order (no QVariantMap per row).
    static Place fromValues(const QSqlQuery &query);
    // Binds the values of toValues() straight into a bulk insert (RecordStore::insertRows with a
    // callback): no QVariant, no list. `matchKey` is matchKey(place.nom) and `searchText`
    // searchText(place) when the caller has them (an import computes them ahead, on another thread).
    static void bindRow(const Place &place, storage::RowBinder &values, const QString &matchKey = {},
        const QString &searchText = {});
    // The normalised words text search looks in (the `search_text` column).
    static QString searchText(const Place &place);
    // The normalised name used by the duplicate detector.
    static QString matchKey(const QString &nom);

private:
    storage::Database &m_db;
};

// The values the standard v2 lists for `formations_labels`. The standard has no codes for them: they are
// stored as these labels, as the files write them (other values go to `autres_formations_labels`).
const QStringList &standardFormationsLabels();

// Multi-valued columns are codes joined by '|'.
QString joinCodes(const QStringList &codes);
QStringList splitCodes(const QString &stored);

} // namespace escale::places
