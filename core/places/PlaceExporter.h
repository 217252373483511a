#pragma once

#include "common/Result.h"
#include "places/Place.h"

#include <QDate>
#include <QList>
#include <QString>

namespace escale::places {

// Writes places in the national standard v2: CSV (UTF-8, comma-separated, '|' between values,
// labels of the standard) or JSON (an array of flat objects with the same fields). Cells that a
// spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an apostrophe — except
// numbers (coordinates) and the standard's phone numbers (+33…), which are data, not formulas.
class PlaceExporter
{
public:
    enum class Format { Csv, Json };

    static QStringList columns(); // the v2 columns, in the standard's order
    static QByteArray toCsv(const QList<Place> &places);
    static QByteArray toJson(const QList<Place> &places);
    static Status write(const QList<Place> &places, const QString &path, Format format);

    // AAAAMMJJ_idProducteur_lieux-de-mediation-numerique_territoire.csv
    static QString suggestedFileName(
        const QDate &date, const QString &producer, const QString &territory, Format format = Format::Csv);
    // The fields of a place as the standard writes them (labels, '|' joined).
    static QMap<QString, QString> standardFields(const Place &place);
    // A CSV cell, quoted when needed and neutralised against formula injection.
    static QString csvCell(const QString &value);
};

} // namespace escale::places
