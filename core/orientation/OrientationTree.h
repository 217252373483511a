#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcOrientation)

namespace escale::orientation {

// An orientation tree (DESIGN.md §7, docs/orientation.md): questions that lead, under conditions on
// the answers already given, to other questions and finally to outcomes (a right or a procedure, the
// kind of office to go to, the documents to bring, the online service).
//
// The JSON format is described in docs/orientation.md. Every text is plain text: it is never
// interpreted as HTML, wherever it is shown or printed.

enum class QuestionType { SingleChoice, MultipleChoice, YesNo, Number, Commune };

QString questionTypeCode(QuestionType type);
std::optional<QuestionType> questionTypeFromCode(const QString &code);

// A condition on the answers given so far. Leaves name a question (`answer`); groups combine.
struct Condition
{
    enum class Kind { Is, Includes, In, Compare, Answered, All, Any, Not };
    Kind kind = Kind::Answered;
    QString question;          // leaves
    QStringList values;        // Is (one), Includes (one), In (several)
    QString op;                // Compare: = != < <= > >=
    double number = 0;         // Compare
    std::vector<Condition> children; // All, Any, Not (one)
};

// Where the walk goes: to a question, or to the end with outcomes. `when` empty: always.
struct Route
{
    std::shared_ptr<Condition> when;
    QString next;          // a question id, or empty when the route ends the walk
    QStringList outcomes;  // outcome ids shown at the end (with `next` empty)
};

struct Answer
{
    QString id;
    QString label;
    QString easyLabel;
    QList<Route> routes;   // empty: the question's own routes apply
};

struct Question
{
    QString id;
    QuestionType type = QuestionType::SingleChoice;
    QString text;
    QString easyText;
    QString help;
    QString unit;                 // Number: « ans », « personnes »…
    std::optional<double> min, max; // Number
    QList<Answer> answers;        // choices (YesNo: "oui" and "non")
    QList<Route> routes;          // used when the chosen answer has none, and for Number/Commune/Multiple

    int answerIndex(const QString &answerId) const;
    // The text to show: the « easy to read » wording when asked for and present.
    QString displayText(bool easy) const { return easy && !easyText.isEmpty() ? easyText : text; }
};

struct OnlineService
{
    QString label;
    QString url;
    bool franceConnect = false;
};

struct Outcome
{
    QString id;
    QString title;
    QString summary;
    QString easySummary;
    QString family;              // vocab::Kind::ThematiqueDemarche code (one of the 11 families)
    QStringList offices;         // vocab::Kind::Typologie codes, the first is the usual one
    QStringList documents;
    QList<OnlineService> online;
    QString mediatorNote;

    QString displaySummary(bool easy) const { return easy && !easySummary.isEmpty() ? easySummary : summary; }
};

class Tree
{
public:
    QString id;
    QString title;
    QString version;
    QString licence;
    QStringList authors;
    QString date;                // YYYY-MM-DD
    QString description;
    QString start;               // the first question
    QList<Question> questions;
    QList<Outcome> outcomes;

    const Question *question(const QString &questionId) const;
    const Outcome *outcome(const QString &outcomeId) const;
    int questionIndex(const QString &questionId) const { return m_questionIndex.value(questionId, -1); }
    int outcomeIndex(const QString &outcomeId) const { return m_outcomeIndex.value(outcomeId, -1); }

    // Rebuilds the id indexes (after editing the lists).
    void reindex();

    // The document as JSON (what parse() reads back).
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;

private:
    QHash<QString, int> m_questionIndex;
    QHash<QString, int> m_outcomeIndex;
};

// One problem found in a tree. `path` names where: `nodes[12] "rsa_age" → answers[1].next`.
struct Issue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString code;     // stable: schema.unknown-field, ref.dangling, graph.cycle…
    QString path;
    QString message;  // translated

    QString toString() const; // « path: message »
};

// Limits that keep a hostile document from exhausting the machine (see docs/orientation.md).
struct Limits
{
    qint64 maxBytes = 8 * 1024 * 1024;
    int maxNodes = 10000;
    int maxAnswersPerQuestion = 60;
    int maxConditionDepth = 16;
    int maxTextLength = 4000;
};

struct ParseOutcome
{
    std::optional<Tree> tree;    // set when the document could be read (even with issues)
    QList<Issue> issues;         // schema and graph issues

    bool hasErrors() const;
    QList<Issue> errors() const;
    QList<Issue> warnings() const;
};

// The kind written in the document's "kind" field.
inline constexpr char TreeKind[] = "orientation-tree";

// Reads and validates a tree: schema (unknown fields, wrong types, missing texts), references
// (dangling next / outcome / condition), graph (unreachable questions, cycles, outcomes never reached).
ParseOutcome parseTree(const QByteArray &json, const Limits &limits = {});
ParseOutcome parseTree(const QJsonObject &object, const Limits &limits = {});

// Convenience: the tree, or an error whose message lists the first errors.
Result<Tree> loadTree(const QByteArray &json, const Limits &limits = {});

// The tree Escale ships (resources/content/orientation/default-tree.json, embedded).
QByteArray defaultTreeJson();
const Tree &defaultTree();

} // namespace escale::orientation
