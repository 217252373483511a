#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace escale::content {

// What `escale content validate FILE` reports for any content document (DESIGN.md §7), whatever its
// kind: orientation trees here, competency frameworks in core/competencies. Each kind provides one
// function `ContentReport validateX(const QByteArray &json)`; the command dispatches on the
// document's "kind" field through the table of app/commands/ContentValidateCommand.cpp (one line per
// kind: { "kind-name", &validateX }).
struct ContentIssue
{
    bool error = true;   // false: a warning, which does not refuse the document
    QString code;        // stable, e.g. ref.dangling
    QString path;        // where in the document: nodes[12] "rsa_age" → answers[1].next
    QString message;     // translated
};

struct ContentReport
{
    QString kind;
    QString id;
    QString title;
    QString version;
    int itemCount = 0;   // questions + outcomes, items of a framework…
    QList<ContentIssue> issues;

    bool ok() const;
    int errorCount() const;
};

using ContentValidator = ContentReport (*)(const QByteArray &json);

// The "kind" of a document (its "kind" field; "" when the text is not a JSON object or has none).
QString documentKind(const QByteArray &json);

// The orientation-tree validator (kind "orientation-tree").
ContentReport validateOrientationTree(const QByteArray &json);

} // namespace escale::content
