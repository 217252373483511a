#include "orientation/ContentValidation.h"

#include "orientation/OrientationTree.h"

#include <QJsonDocument>

namespace escale::content {

bool ContentReport::ok() const
{
    return errorCount() == 0;
}

int ContentReport::errorCount() const
{
    return int(std::count_if(issues.begin(), issues.end(), [](const ContentIssue &i) { return i.error; }));
}

QString documentKind(const QByteArray &json)
{
    // Only the top level is needed, but QJsonDocument has no partial parse; the size is bounded by the
    // caller (the validators apply their own limits before parsing).
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() ? doc.object().value(QStringLiteral("kind")).toString() : QString();
}

ContentReport validateOrientationTree(const QByteArray &json)
{
    const orientation::ParseOutcome parsed = orientation::parseTree(json);
    ContentReport report;
    report.kind = QLatin1String(orientation::TreeKind);
    if (parsed.tree) {
        report.id = parsed.tree->id;
        report.title = parsed.tree->title;
        report.version = parsed.tree->version;
        report.itemCount = int(parsed.tree->questions.size() + parsed.tree->outcomes.size());
    }
    for (const orientation::Issue &i : parsed.issues)
        report.issues.append({i.severity == orientation::Issue::Severity::Error, i.code, i.path, i.message});
    return report;
}

} // namespace escale::content
