#pragma once

#include "common/Result.h"
#include "places/Place.h"
#include "reports/DocumentWriter.h"

#include <QDateTime>
#include <QTextDocument>

#include <memory>

namespace escale::places {

// The place sheet (DESIGN.md §8): one place's details for the person who goes there — name, address,
// hours (with « ouvert / fermé » at the time printed), services, contact, access. Built as a
// QTextDocument for the preview and printing, written to PDF with reports::writePdf.
// (The small map extract is not drawn yet.)
class PlaceSheet
{
public:
    static reports::DocumentInfo info(const Place &place, const QString &structureName, const QDateTime &nowLocal);
    static std::unique_ptr<QTextDocument> build(
        const Place &place, const QString &structureName, const QDateTime &nowLocal);
    static Status writePdf(
        const Place &place, const QString &structureName, const QDateTime &nowLocal, const QString &path);
};

} // namespace escale::places
