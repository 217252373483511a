#pragma once

#include "competencies/Framework.h"
#include "competencies/PlaceFinder.h"
#include "competencies/Scoring.h"
#include "reports/DocumentWriter.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace escale::reports {

// The « passeport numérique » handed to the person after a diagnostic (issue 5): what the person can
// do now, what comes next (the items to work on, the recommended step, the places offering it), the
// date and the structure; after a later diagnostic on the same framework, the progress per domain with
// a small chart. Compiled into escale_competencies (it depends on that domain).
struct PasseportData
{
    QString personName; // empty: anonymous
    QDate date;
    QString structureName;
    QString mediator;
    competencies::Framework framework;
    competencies::Assessment now;
    std::optional<competencies::Assessment> previous;
    QDate previousDate;
    QList<competencies::PlaceSuggestion> places;
};

DocumentInfo passeportInfo(const PasseportData &data);
std::unique_ptr<QTextDocument> buildPasseport(const PasseportData &data);

// The progress chart: one pair of bars per domain (before, now), 0–100 %, drawn with QPainter.
QImage progressChart(const QList<competencies::DomainProgress> &progress, const QSize &size = QSize(900, 360));

} // namespace escale::reports
