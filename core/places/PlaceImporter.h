#pragma once

#include "common/Result.h"
#include "places/Place.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace escale::places {

// What kind of file an import reads (`escale import places --format`).
enum class ImportFormat {
    Auto, // JSON → standard; CSV with day columns (Lundi…) → France Services; else standard CSV
    Standard, // « Standard des lieux de médiation numérique » v1 or v2, JSON or CSV
    FranceServices, // the national France Services list (CSV, one column of hours per day)
    Mapped, // any CSV, with a column → field mapping
};

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    // Mapped: column name of the file → field of the standard (« nom », « code_postal »…).
    QMap<QString, QString> mapping;
    // The source written on places whose file has no `source` column (default: the file's base name).
    QString defaultSource;
    // Reads, matches and counts but writes nothing (the GUI preview).
    bool dryRun = false;
};

// One row of the file, with its fields by the standard's names (v1 or v2).
struct ImportRecord
{
    int row = 0; // line of the CSV where the row starts, or 1-based index in a JSON array
    QHash<QString, QString> fields; // a hash: one allocation per record, not one per field
};

struct ImportRowResult
{
    enum class Outcome { Added, Updated, Unchanged, Skipped };
    int row = 0;
    Outcome outcome = Outcome::Skipped;
    QString nom;
    QString placeId;
    QString reason; // why it was skipped, or how it was matched
    QStringList warnings; // what was corrected or kept as is
};

struct ImportReport
{
    QString file;
    QString format; // "standard-json", "standard-csv", "france-services", "mapped"
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    QList<ImportRowResult> rows;
    QStringList warnings; // about the whole file
    int total() const { return added + updated + unchanged + skipped; }
};

// Reads the places of a file into the table `places`, all in one transaction: either every row is
// added/updated/skipped as reported, or nothing is written (error, cancel). A row matches an existing
// place by (source, source id), then by Escale's own id, then by the duplicate detector
// (DuplicateDetector below).
class PlaceImporter
{
public:
    explicit PlaceImporter(storage::Database &db)
        : m_db(db)
    { }

    // Called every few rows with (rows done, rows in all); from the importing thread.
    void setProgressCallback(std::function<void(int, int)> callback) { m_progress = std::move(callback); }
    // When set to true (from any thread), the import stops and writes nothing.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    Result<ImportReport> importFile(const QString &path, const ImportOptions &options = {});
    Result<ImportReport> importRecords(const QList<ImportRecord> &records, const QString &fileLabel,
        const QString &format, const ImportOptions &options);

    // Parsing only (the preview, and tests): the records of a file by the standard's field names.
    static Result<QList<ImportRecord>> readFile(
        const QString &path, const ImportOptions &options, QString *detectedFormat = nullptr);
    // The column names of a CSV file (the GUI's mapping step).
    static Result<QStringList> readCsvHeader(const QString &path);
    // A mapping file: a JSON object {"column": "field", …} or {"columns": {…}}.
    static Result<QMap<QString, QString>> readMapping(const QString &path);
    // The fields a mapping may target.
    static QStringList standardFields();

    // One record as a place (codes mapped, coordinates checked). Empty optional: skipped (reason set).
    static std::optional<Place> placeFromRecord(
        const ImportRecord &record, const QString &defaultSource, QStringList *warnings, QString *skipReason);

private:
    struct CsvTable;
    class CsvSource;
    // readFile(); with `table`, a standard CSV file is not turned into records: *table says where its
    // rows are, and importFile() reads them one at a time (no record, no map per row).
    static Result<QList<ImportRecord>> readFile(
        const QString &path, const ImportOptions &options, QString *detectedFormat, CsvTable *table);
    // The import itself, over the rows of a source (records, or a CSV table).
    template<typename Source>
    Result<ImportReport> importFrom(
        Source &source, const QString &fileLabel, const QString &format, const ImportOptions &options);

    storage::Database &m_db;
    std::function<void(int, int)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

// Two records are the same place when their normalised names are equal and they are at the same
// normalised address or less than 50 m apart; vetoes: different communes (when both are known), or
// the same source giving two different source ids.
struct DuplicateDetector
{
    static constexpr double MaxDistanceMeters = 50.0;
    static bool isDuplicate(const Place &a, const Place &b, QString *why = nullptr);
    static double distanceMeters(double lat1, double lon1, double lat2, double lon2);
};

// Multi-valued cells of a file: values separated by '|' or ';'.
QStringList splitMultiValue(const QString &cell);

} // namespace escale::places
