#pragma once

#include "common/Result.h"
#include "geo/MapRenderer.h"
#include "places/Place.h"
#include "reports/DocumentWriter.h"

#include <QDateTime>
#include <QTextDocument>
#include <QUrl>

#include <memory>

namespace escale::places {

// The place sheet (DESIGN.md §8): one place's details for the person who goes there — name, address,
// a small map extract around the place, hours (with « ouvert / fermé » at the time printed), services,
// contact, access. Built as a QTextDocument for the preview and printing, written to PDF with
// reports::writePdf.
class PlaceSheet
{
public:
    // The extract's image in the document (a resource of the document).
    static QUrl mapImageUrl();

    static reports::DocumentInfo info(const Place &place, const QString &structureName, const QDateTime &nowLocal);
    // With the map extract drawn from the database's map settings and layers (geo::MapExtractRequest::
    // fromDatabase): what the screen and the PDF show. A place without coordinates gets a line instead.
    static std::unique_ptr<QTextDocument> build(
        storage::Database &db, const Place &place, const QString &structureName, const QDateTime &nowLocal);
    // With a map already drawn (nullptr: none, e.g. not drawn yet).
    static std::unique_ptr<QTextDocument> build(
        const Place &place, const QString &structureName, const QDateTime &nowLocal, const geo::MapExtract *map);
    // With an extract of the embedded basemap only (no database at hand).
    static std::unique_ptr<QTextDocument> build(
        const Place &place, const QString &structureName, const QDateTime &nowLocal);

    // The extract for this place as the sheet draws it (zoom, size), from the database; the place must
    // have coordinates. Render it with geo::renderMapExtract (any thread).
    static geo::MapExtractRequest mapRequest(storage::Database &db, const Place &place);
    static geo::MapExtractRequest mapRequest(const Place &place);

    static Status writePdf(storage::Database &db, const Place &place, const QString &structureName,
        const QDateTime &nowLocal, const QString &path);
    static Status writePdf(
        const Place &place, const QString &structureName, const QDateTime &nowLocal, const QString &path);
};

} // namespace escale::places
