#include "orientation/OrientationTree.h"

#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

Q_LOGGING_CATEGORY(lcOrientation, "escale.orientation")

namespace escale::orientation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("escale::orientation", text);
}

const QStringList kOps{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("<"),
                       QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};

QString describeJsonType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return tr("a true/false value");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a text");
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

// Reads the JSON into a Tree while collecting every schema issue; then checks references and the graph.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(escale::orientation)

public:
    Reader(const Limits &limits, QList<Issue> &issues) : m_limits(limits), m_issues(issues) {}

    void error(const QString &code, const QString &path, const QString &message)
    {
        m_issues.append({Issue::Severity::Error, code, path, message});
    }
    void warning(const QString &code, const QString &path, const QString &message)
    {
        m_issues.append({Issue::Severity::Warning, code, path, message});
    }

    void checkFields(const QJsonObject &o, const QStringList &allowed, const QString &path)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                error(QStringLiteral("schema.unknown-field"), join(path, it.key()),
                      tr("Unknown field « %1 » (expected one of: %2).").arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }

    // A key inside an object: « nodes[3] "age" → min », « … → answers[1].label ».
    static QString join(const QString &path, const QString &key)
    {
        if (path.isEmpty())
            return key;
        if (path.endsWith(QLatin1Char('"')))
            return path + QStringLiteral(" → ") + key;
        return path + QLatin1Char('.') + key;
    }

    void wrongType(const QString &path, const QString &expected, const QJsonValue &found)
    {
        error(QStringLiteral("schema.wrong-type"), path,
              tr("Expected %1, found %2.").arg(expected, describeJsonType(found)));
    }

    // A text: a string, or an object of languages whose "fr" is the French text.
    QString text(const QJsonObject &o, const QString &key, const QString &path, bool requiredFrench)
    {
        auto p = [&] { return join(path, key); }; // built only for a message
        const QJsonValue v = o.value(key);
        QString result;
        if (v.isUndefined() || v.isNull()) {
            // missing, handled below
        } else if (v.isString()) {
            result = v.toString();
        } else if (v.isObject()) {
            const QJsonObject langs = v.toObject();
            for (auto it = langs.begin(); it != langs.end(); ++it) {
                if (!it.value().isString())
                    wrongType(join(p(), it.key()), tr("a text"), it.value());
            }
            result = langs.value(QStringLiteral("fr")).toString();
        } else {
            wrongType(p(), tr("a text"), v);
            return {};
        }
        if (result.size() > m_limits.maxTextLength) {
            error(QStringLiteral("limits.text-too-long"), p(),
                  tr("Text of %1 characters; at most %2 are accepted.").arg(result.size()).arg(m_limits.maxTextLength));
            result.truncate(m_limits.maxTextLength);
        }
        if (requiredFrench && result.trimmed().isEmpty())
            error(QStringLiteral("text.missing-french"), p(), tr("The French text is missing."));
        return result;
    }

    QStringList stringList(const QJsonObject &o, const QString &key, const QString &path)
    {
        auto p = [&] { return join(path, key); }; // built only for a message
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (v.isString())
            return {v.toString()};
        if (!v.isArray()) {
            wrongType(p(), tr("a list of texts"), v);
            return {};
        }
        QStringList list;
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                wrongType(QStringLiteral("%1[%2]").arg(p()).arg(i), tr("a text"), a.at(i));
                continue;
            }
            QString s = a.at(i).toString();
            if (s.size() > m_limits.maxTextLength) {
                error(QStringLiteral("limits.text-too-long"), QStringLiteral("%1[%2]").arg(p()).arg(i),
                      tr("Text of %1 characters; at most %2 are accepted.").arg(s.size()).arg(m_limits.maxTextLength));
                s.truncate(m_limits.maxTextLength);
            }
            list.append(s);
        }
        return list;
    }

    std::optional<double> number(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble()) {
            wrongType(join(path, key), tr("a number"), v);
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<Condition> condition(const QJsonValue &v, const QString &path, int depth)
    {
        if (depth > m_limits.maxConditionDepth) {
            error(QStringLiteral("limits.too-deep"), path,
                  tr("Conditions nested more than %1 levels deep.").arg(m_limits.maxConditionDepth));
            return std::nullopt;
        }
        if (!v.isObject()) {
            wrongType(path, tr("a condition (an object)"), v);
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        Condition c;
        auto group = [&](const QString &key, Condition::Kind kind) -> std::optional<Condition> {
            checkFields(o, {key}, path);
            const QJsonValue list = o.value(key);
            if (!list.isArray() || list.toArray().isEmpty()) {
                wrongType(join(path, key), tr("a non-empty list of conditions"), list);
                return std::nullopt;
            }
            c.kind = kind;
            const QJsonArray a = list.toArray();
            for (int i = 0; i < a.size(); ++i) {
                auto child = condition(a.at(i), QStringLiteral("%1.%2[%3]").arg(path, key).arg(i), depth + 1);
                if (!child)
                    return std::nullopt;
                c.children.push_back(std::move(*child));
            }
            return c;
        };
        if (o.contains(QStringLiteral("all")))
            return group(QStringLiteral("all"), Condition::Kind::All);
        if (o.contains(QStringLiteral("any")))
            return group(QStringLiteral("any"), Condition::Kind::Any);
        if (o.contains(QStringLiteral("not"))) {
            checkFields(o, {QStringLiteral("not")}, path);
            auto child = condition(o.value(QStringLiteral("not")), join(path, QStringLiteral("not")), depth + 1);
            if (!child)
                return std::nullopt;
            c.kind = Condition::Kind::Not;
            c.children.push_back(std::move(*child));
            return c;
        }
        if (o.contains(QStringLiteral("answered"))) {
            checkFields(o, {QStringLiteral("answered")}, path);
            if (!o.value(QStringLiteral("answered")).isString()) {
                wrongType(join(path, QStringLiteral("answered")), tr("a question id"), o.value(QStringLiteral("answered")));
                return std::nullopt;
            }
            c.kind = Condition::Kind::Answered;
            c.question = o.value(QStringLiteral("answered")).toString();
            return c;
        }
        if (!o.contains(QStringLiteral("answer"))) {
            error(QStringLiteral("schema.bad-condition"), path,
                  tr("A condition needs « answer » (with « is », « includes », « in » or « op »/« value »), "
                     "« answered », « all », « any » or « not »."));
            return std::nullopt;
        }
        static const QStringList leafFields{QStringLiteral("answer"), QStringLiteral("is"), QStringLiteral("includes"),
                                            QStringLiteral("in"), QStringLiteral("op"), QStringLiteral("value")};
        checkFields(o, leafFields, path);
        if (!o.value(QStringLiteral("answer")).isString()) {
            wrongType(join(path, QStringLiteral("answer")), tr("a question id"), o.value(QStringLiteral("answer")));
            return std::nullopt;
        }
        c.question = o.value(QStringLiteral("answer")).toString();
        if (o.contains(QStringLiteral("is")) && o.value(QStringLiteral("is")).isString()) {
            c.kind = Condition::Kind::Is;
            c.values = {o.value(QStringLiteral("is")).toString()};
        } else if (o.contains(QStringLiteral("includes")) && o.value(QStringLiteral("includes")).isString()) {
            c.kind = Condition::Kind::Includes;
            c.values = {o.value(QStringLiteral("includes")).toString()};
        } else if (o.contains(QStringLiteral("in"))) {
            c.kind = Condition::Kind::In;
            c.values = stringList(o, QStringLiteral("in"), path);
        } else if (o.contains(QStringLiteral("op"))) {
            c.kind = Condition::Kind::Compare;
            c.op = o.value(QStringLiteral("op")).toString();
            if (!kOps.contains(c.op)) {
                error(QStringLiteral("schema.bad-condition"), join(path, QStringLiteral("op")),
                      tr("Unknown comparison « %1 » (expected one of: %2).")
                          .arg(c.op, kOps.join(QStringLiteral(" "))));
                return std::nullopt;
            }
            if (!o.value(QStringLiteral("value")).isDouble()) {
                wrongType(join(path, QStringLiteral("value")), tr("a number"), o.value(QStringLiteral("value")));
                return std::nullopt;
            }
            c.number = o.value(QStringLiteral("value")).toDouble();
        } else {
            error(QStringLiteral("schema.bad-condition"), path,
                  tr("A condition on « %1 » needs « is », « includes », « in » or « op » and « value ».").arg(c.question));
            return std::nullopt;
        }
        return c;
    }

    Route route(const QJsonObject &o, const QString &path, bool allowWhen)
    {
        Route r;
        static const QStringList allowed{QStringLiteral("when"), QStringLiteral("next"), QStringLiteral("outcomes")};
        if (allowWhen)
            checkFields(o, allowed, path);
        if (allowWhen && o.contains(QStringLiteral("when"))) {
            if (auto c = condition(o.value(QStringLiteral("when")), join(path, QStringLiteral("when")), 1))
                r.when = std::make_shared<Condition>(std::move(*c));
        }
        const QJsonValue next = o.value(QStringLiteral("next"));
        if (!next.isUndefined() && !next.isString())
            wrongType(join(path, QStringLiteral("next")), tr("a question id"), next);
        r.next = next.toString();
        r.outcomes = stringList(o, QStringLiteral("outcomes"), path);
        if (r.next.isEmpty() == r.outcomes.isEmpty())
            error(QStringLiteral("schema.bad-route"), path,
                  tr("A route gives either « next » (a question) or « outcomes » (a list of outcomes), not both nor none."));
        return r;
    }

    // "next" / "outcomes" shorthand, or "routes": [...]
    QList<Route> routes(const QJsonObject &o, const QString &path)
    {
        QList<Route> list;
        const bool shorthand = o.contains(QStringLiteral("next")) || o.contains(QStringLiteral("outcomes"));
        if (o.contains(QStringLiteral("routes"))) {
            if (shorthand)
                error(QStringLiteral("schema.bad-route"), path,
                      tr("Give either « routes » or « next »/« outcomes », not both."));
            const QJsonValue v = o.value(QStringLiteral("routes"));
            if (!v.isArray()) {
                wrongType(join(path, QStringLiteral("routes")), tr("a list of routes"), v);
                return list;
            }
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QString p = QStringLiteral("%1[%2]").arg(join(path, QStringLiteral("routes"))).arg(i);
                if (!a.at(i).isObject()) {
                    wrongType(p, tr("a route (an object)"), a.at(i));
                    continue;
                }
                list.append(route(a.at(i).toObject(), p, true));
            }
        } else if (shorthand) {
            // The object's own "next"/"outcomes" (its fields were checked by the caller).
            list.append(route(o, path, false));
        }
        return list;
    }

    const Limits &m_limits;
    QList<Issue> &m_issues;
};

QString nodePath(int index, const QString &id)
{
    return QStringLiteral("nodes[%1] \"%2\"").arg(index).arg(id);
}

QString outcomePath(int index, const QString &id)
{
    return QStringLiteral("outcomes[%1] \"%2\"").arg(index).arg(id);
}

QString arrow(const QString &node, const QString &rest)
{
    return rest.isEmpty() ? node : node + QStringLiteral(" → ") + rest;
}

// Every route of a question; the path that names it is only built for a message.
struct NamedRoute
{
    const Route *route;
    int answer;      // -1: the question's own routes
    int index;       // in its list
    bool shorthand;  // written as "next"/"outcomes" rather than "routes": [...]

    QString where() const // relative to the node: answers[1].next, routes[0].outcomes…
    {
        const QString prefix = answer >= 0 ? QStringLiteral("answers[%1].").arg(answer) : QString();
        const QString key = route->next.isEmpty() ? QStringLiteral("outcomes") : QStringLiteral("next");
        return shorthand ? prefix + key : QStringLiteral("%1routes[%2].%3").arg(prefix).arg(index).arg(key);
    }
};

void appendNamedRoutes(const Question &q, std::vector<NamedRoute> &list)
{
    auto add = [&list](const QList<Route> &routes, int answer) {
        const bool shorthand = routes.size() == 1 && !routes.first().when;
        for (int i = 0; i < routes.size(); ++i)
            list.push_back({&routes.at(i), answer, i, shorthand});
    };
    for (int a = 0; a < q.answers.size(); ++a)
        add(q.answers.at(a).routes, a);
    add(q.routes, -1);
}

void checkConditionRefs(const Tree &tree, const Condition &c, const QString &path, Reader &reader)
{
    switch (c.kind) {
    case Condition::Kind::All:
    case Condition::Kind::Any:
    case Condition::Kind::Not:
        for (const Condition &child : c.children)
            checkConditionRefs(tree, child, path, reader);
        return;
    default:
        break;
    }
    const Question *q = tree.question(c.question);
    if (!q) {
        reader.error(QStringLiteral("ref.dangling"), path,
                     tr("The condition names the question « %1 », which does not exist.").arg(c.question));
        return;
    }
    switch (c.kind) {
    case Condition::Kind::Is:
    case Condition::Kind::Includes:
    case Condition::Kind::In:
        if (q->type == QuestionType::Number || q->type == QuestionType::Commune) {
            if (c.kind == Condition::Kind::Is || c.kind == Condition::Kind::In)
                return; // a commune or a number compared to given texts
        }
        if (c.kind == Condition::Kind::Includes && q->type != QuestionType::MultipleChoice)
            reader.error(QStringLiteral("ref.wrong-question-type"), path,
                         tr("« includes » applies to a multiple-choice question; « %1 » is not one.").arg(c.question));
        for (const QString &value : c.values) {
            if (q->answerIndex(value) < 0)
                reader.error(QStringLiteral("ref.dangling"), path,
                             tr("The question « %1 » has no answer « %2 ».").arg(c.question, value));
        }
        return;
    case Condition::Kind::Compare:
        if (q->type != QuestionType::Number)
            reader.error(QStringLiteral("ref.wrong-question-type"), path,
                         tr("A comparison applies to a number question; « %1 » is not one.").arg(c.question));
        return;
    default:
        return;
    }
}

} // namespace

QString questionTypeCode(QuestionType type)
{
    switch (type) {
    case QuestionType::SingleChoice: return QStringLiteral("single");
    case QuestionType::MultipleChoice: return QStringLiteral("multiple");
    case QuestionType::YesNo: return QStringLiteral("yesno");
    case QuestionType::Number: return QStringLiteral("number");
    case QuestionType::Commune: return QStringLiteral("commune");
    }
    return QStringLiteral("single");
}

std::optional<QuestionType> questionTypeFromCode(const QString &code)
{
    for (QuestionType t : {QuestionType::SingleChoice, QuestionType::MultipleChoice, QuestionType::YesNo,
                           QuestionType::Number, QuestionType::Commune}) {
        if (questionTypeCode(t) == code)
            return t;
    }
    return std::nullopt;
}

int Question::answerIndex(const QString &answerId) const
{
    for (int i = 0; i < answers.size(); ++i) {
        if (answers.at(i).id == answerId)
            return i;
    }
    return -1;
}

const Question *Tree::question(const QString &questionId) const
{
    const int i = m_questionIndex.value(questionId, -1);
    return i >= 0 ? &questions.at(i) : nullptr;
}

const Outcome *Tree::outcome(const QString &outcomeId) const
{
    const int i = m_outcomeIndex.value(outcomeId, -1);
    return i >= 0 ? &outcomes.at(i) : nullptr;
}

void Tree::reindex()
{
    m_questionIndex.clear();
    m_outcomeIndex.clear();
    for (int i = 0; i < questions.size(); ++i)
        m_questionIndex.insert(questions.at(i).id, i); // duplicates: the last wins, the validator reports
    for (int i = 0; i < outcomes.size(); ++i)
        m_outcomeIndex.insert(outcomes.at(i).id, i);
}

namespace {

QJsonValue conditionToJson(const Condition &c)
{
    QJsonObject o;
    auto list = [&c] {
        QJsonArray a;
        for (const Condition &child : c.children)
            a.append(conditionToJson(child));
        return a;
    };
    switch (c.kind) {
    case Condition::Kind::Is:
        o = {{QStringLiteral("answer"), c.question}, {QStringLiteral("is"), c.values.value(0)}};
        break;
    case Condition::Kind::Includes:
        o = {{QStringLiteral("answer"), c.question}, {QStringLiteral("includes"), c.values.value(0)}};
        break;
    case Condition::Kind::In:
        o = {{QStringLiteral("answer"), c.question}, {QStringLiteral("in"), QJsonArray::fromStringList(c.values)}};
        break;
    case Condition::Kind::Compare:
        o = {{QStringLiteral("answer"), c.question}, {QStringLiteral("op"), c.op}, {QStringLiteral("value"), c.number}};
        break;
    case Condition::Kind::Answered: o = {{QStringLiteral("answered"), c.question}}; break;
    case Condition::Kind::All: o = {{QStringLiteral("all"), list()}}; break;
    case Condition::Kind::Any: o = {{QStringLiteral("any"), list()}}; break;
    case Condition::Kind::Not:
        o = {{QStringLiteral("not"), c.children.empty() ? QJsonValue() : conditionToJson(c.children.front())}};
        break;
    }
    return o;
}

void routesToJson(const QList<Route> &routes, QJsonObject &o)
{
    if (routes.isEmpty())
        return;
    auto one = [](const Route &r, bool withWhen) {
        QJsonObject j;
        if (withWhen && r.when)
            j.insert(QStringLiteral("when"), conditionToJson(*r.when));
        if (!r.next.isEmpty())
            j.insert(QStringLiteral("next"), r.next);
        else
            j.insert(QStringLiteral("outcomes"), QJsonArray::fromStringList(r.outcomes));
        return j;
    };
    if (routes.size() == 1 && !routes.first().when) {
        const QJsonObject j = one(routes.first(), false);
        for (auto it = j.begin(); it != j.end(); ++it)
            o.insert(it.key(), it.value());
        return;
    }
    QJsonArray a;
    for (const Route &r : routes)
        a.append(one(r, true));
    o.insert(QStringLiteral("routes"), a);
}

void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

QJsonObject Tree::toJson() const
{
    QJsonObject root{{QStringLiteral("kind"), QLatin1String(TreeKind)},
                     {QStringLiteral("formatVersion"), 1},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("licence"), licence},
                     {QStringLiteral("authors"), QJsonArray::fromStringList(authors)},
                     {QStringLiteral("date"), date},
                     {QStringLiteral("start"), start}};
    putText(root, "description", description);
    QJsonArray nodes;
    for (const Question &q : questions) {
        QJsonObject n{{QStringLiteral("id"), q.id}, {QStringLiteral("type"), questionTypeCode(q.type)},
                      {QStringLiteral("text"), q.text}};
        putText(n, "easyText", q.easyText);
        putText(n, "help", q.help);
        putText(n, "unit", q.unit);
        if (q.min)
            n.insert(QStringLiteral("min"), *q.min);
        if (q.max)
            n.insert(QStringLiteral("max"), *q.max);
        if (!q.answers.isEmpty()) {
            QJsonArray answers;
            for (const Answer &a : q.answers) {
                QJsonObject j{{QStringLiteral("id"), a.id}, {QStringLiteral("label"), a.label}};
                putText(j, "easyLabel", a.easyLabel);
                routesToJson(a.routes, j);
                answers.append(j);
            }
            n.insert(QStringLiteral("answers"), answers);
        }
        routesToJson(q.routes, n);
        nodes.append(n);
    }
    root.insert(QStringLiteral("nodes"), nodes);
    QJsonArray outs;
    for (const Outcome &o : outcomes) {
        QJsonObject j{{QStringLiteral("id"), o.id}, {QStringLiteral("title"), o.title}};
        putText(j, "summary", o.summary);
        putText(j, "easySummary", o.easySummary);
        putText(j, "family", o.family);
        j.insert(QStringLiteral("offices"), QJsonArray::fromStringList(o.offices));
        j.insert(QStringLiteral("documents"), QJsonArray::fromStringList(o.documents));
        QJsonArray online;
        for (const OnlineService &s : o.online)
            online.append(QJsonObject{{QStringLiteral("label"), s.label},
                                      {QStringLiteral("url"), s.url},
                                      {QStringLiteral("franceConnect"), s.franceConnect}});
        j.insert(QStringLiteral("online"), online);
        putText(j, "mediatorNote", o.mediatorNote);
        outs.append(j);
    }
    root.insert(QStringLiteral("outcomes"), outs);
    return root;
}

QByteArray Tree::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QString Issue::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

bool ParseOutcome::hasErrors() const
{
    return !tree || std::any_of(issues.begin(), issues.end(),
                                [](const Issue &i) { return i.severity == Issue::Severity::Error; });
}

QList<Issue> ParseOutcome::errors() const
{
    QList<Issue> list;
    for (const Issue &i : issues) {
        if (i.severity == Issue::Severity::Error)
            list.append(i);
    }
    return list;
}

QList<Issue> ParseOutcome::warnings() const
{
    QList<Issue> list;
    for (const Issue &i : issues) {
        if (i.severity == Issue::Severity::Warning)
            list.append(i);
    }
    return list;
}

ParseOutcome parseTree(const QByteArray &json, const Limits &limits)
{
    ParseOutcome result;
    if (json.size() > limits.maxBytes) {
        result.issues.append({Issue::Severity::Error, QStringLiteral("limits.too-large"), QString(),
                              tr("The document has %1 bytes; at most %2 are accepted.")
                                  .arg(json.size())
                                  .arg(limits.maxBytes)});
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column of the offset, for a person reading the file.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        result.issues.append({Issue::Severity::Error, QStringLiteral("json.syntax"),
                              tr("line %1, column %2").arg(line).arg(column),
                              tr("Not valid JSON: %1.").arg(parseError.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.issues.append({Issue::Severity::Error, QStringLiteral("schema.wrong-type"), QString(),
                              tr("The document must be a JSON object.")});
        return result;
    }
    return parseTree(doc.object(), limits);
}

ParseOutcome parseTree(const QJsonObject &root, const Limits &limits)
{
    ParseOutcome result;
    Reader reader(limits, result.issues);
    Tree tree;

    reader.checkFields(root,
                       {QStringLiteral("kind"), QStringLiteral("formatVersion"), QStringLiteral("id"),
                        QStringLiteral("title"), QStringLiteral("version"), QStringLiteral("licence"),
                        QStringLiteral("authors"), QStringLiteral("date"), QStringLiteral("description"),
                        QStringLiteral("start"), QStringLiteral("nodes"), QStringLiteral("outcomes")},
                       QString());
    const QString kind = root.value(QStringLiteral("kind")).toString();
    if (kind != QLatin1String(TreeKind))
        reader.error(QStringLiteral("schema.wrong-kind"), QStringLiteral("kind"),
                     tr("Expected « %1 », found « %2 ».").arg(QLatin1String(TreeKind), kind));
    if (root.contains(QStringLiteral("formatVersion"))) {
        const QJsonValue fv = root.value(QStringLiteral("formatVersion"));
        if (!fv.isDouble())
            reader.wrongType(QStringLiteral("formatVersion"), tr("a number"), fv);
        else if (fv.toInt() != 1)
            reader.error(QStringLiteral("schema.format-version"), QStringLiteral("formatVersion"),
                         tr("Format version %1 is not known to this version of Escale (1 is).").arg(fv.toInt()));
    }
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,80}$"));
    auto requireId = [&](const QJsonObject &o, const QString &path) {
        const QJsonValue v = o.value(QStringLiteral("id"));
        if (!v.isString()) {
            reader.wrongType(Reader::join(path, QStringLiteral("id")), tr("an identifier"), v);
            return QString();
        }
        const QString id = v.toString();
        if (!idPattern.match(id).hasMatch())
            reader.error(QStringLiteral("schema.bad-id"), Reader::join(path, QStringLiteral("id")),
                         tr("« %1 » is not a valid identifier (letters, digits, _ . -, at most 80).").arg(id.left(80)));
        return id;
    };
    tree.id = requireId(root, QString());
    tree.title = reader.text(root, QStringLiteral("title"), QString(), true);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isDouble())
        tree.version = QString::number(version.toDouble());
    else if (version.isString() && !version.toString().trimmed().isEmpty())
        tree.version = version.toString();
    else
        reader.wrongType(QStringLiteral("version"), tr("a version (text or number)"), version);
    tree.licence = reader.text(root, QStringLiteral("licence"), QString(), false);
    if (tree.licence.isEmpty())
        reader.error(QStringLiteral("schema.missing-field"), QStringLiteral("licence"), tr("The licence is missing."));
    tree.authors = reader.stringList(root, QStringLiteral("authors"), QString());
    if (tree.authors.isEmpty())
        reader.error(QStringLiteral("schema.missing-field"), QStringLiteral("authors"), tr("The authors are missing."));
    tree.date = root.value(QStringLiteral("date")).toString();
    if (!QDate::fromString(tree.date, Qt::ISODate).isValid())
        reader.error(QStringLiteral("schema.bad-date"), QStringLiteral("date"),
                     tr("Expected a date as YYYY-MM-DD, found « %1 ».").arg(tree.date.left(40)));
    tree.description = reader.text(root, QStringLiteral("description"), QString(), false);

    const QJsonValue nodesValue = root.value(QStringLiteral("nodes"));
    const QJsonValue outcomesValue = root.value(QStringLiteral("outcomes"));
    if (!nodesValue.isArray()) {
        reader.wrongType(QStringLiteral("nodes"), tr("a list of questions"), nodesValue);
        return result;
    }
    if (!outcomesValue.isArray()) {
        reader.wrongType(QStringLiteral("outcomes"), tr("a list of outcomes"), outcomesValue);
        return result;
    }
    const QJsonArray nodes = nodesValue.toArray();
    const QJsonArray outs = outcomesValue.toArray();
    if (nodes.size() + outs.size() > limits.maxNodes) {
        reader.error(QStringLiteral("limits.too-many-nodes"), QStringLiteral("nodes"),
                     tr("%1 questions and outcomes; at most %2 are accepted.")
                         .arg(nodes.size() + outs.size())
                         .arg(limits.maxNodes));
        return result;
    }
    if (nodes.isEmpty())
        reader.error(QStringLiteral("schema.missing-field"), QStringLiteral("nodes"), tr("The tree has no question."));

    // Questions.
    const QStringList questionFields{QStringLiteral("id"),     QStringLiteral("type"),    QStringLiteral("text"),
                                     QStringLiteral("easyText"), QStringLiteral("help"),  QStringLiteral("unit"),
                                     QStringLiteral("min"),    QStringLiteral("max"),     QStringLiteral("answers"),
                                     QStringLiteral("routes"), QStringLiteral("next"),    QStringLiteral("outcomes")};
    const QStringList answerFields{QStringLiteral("id"),   QStringLiteral("label"),    QStringLiteral("easyLabel"),
                                   QStringLiteral("next"), QStringLiteral("outcomes"), QStringLiteral("routes")};
    QSet<QString> questionIds;
    for (int i = 0; i < nodes.size(); ++i) {
        if (!nodes.at(i).isObject()) {
            reader.wrongType(QStringLiteral("nodes[%1]").arg(i), tr("a question (an object)"), nodes.at(i));
            continue;
        }
        const QJsonObject n = nodes.at(i).toObject();
        Question q;
        q.id = requireId(n, QStringLiteral("nodes[%1]").arg(i));
        const QString path = nodePath(i, q.id);
        reader.checkFields(n, questionFields, path);
        const QString typeCode = n.value(QStringLiteral("type")).toString();
        if (auto t = questionTypeFromCode(typeCode))
            q.type = *t;
        else
            reader.error(QStringLiteral("schema.bad-type"), arrow(path, QStringLiteral("type")),
                         tr("Unknown question type « %1 » (single, multiple, yesno, number, commune).")
                             .arg(typeCode.left(40)));
        q.text = reader.text(n, QStringLiteral("text"), path, true);
        q.easyText = reader.text(n, QStringLiteral("easyText"), path, false);
        q.help = reader.text(n, QStringLiteral("help"), path, false);
        q.unit = reader.text(n, QStringLiteral("unit"), path, false);
        q.min = reader.number(n, QStringLiteral("min"), path);
        q.max = reader.number(n, QStringLiteral("max"), path);
        const QJsonValue answers = n.value(QStringLiteral("answers"));
        if (!answers.isUndefined() && !answers.isArray()) {
            reader.wrongType(arrow(path, QStringLiteral("answers")), tr("a list of answers"), answers);
        } else {
            const QJsonArray a = answers.toArray();
            if (a.size() > limits.maxAnswersPerQuestion)
                reader.error(QStringLiteral("limits.too-many-answers"), arrow(path, QStringLiteral("answers")),
                             tr("%1 answers; at most %2 are accepted.").arg(a.size()).arg(limits.maxAnswersPerQuestion));
            for (int j = 0; j < std::min<int>(a.size(), limits.maxAnswersPerQuestion); ++j) {
                const QString ap = arrow(path, QStringLiteral("answers[%1]").arg(j));
                if (!a.at(j).isObject()) {
                    reader.wrongType(ap, tr("an answer (an object)"), a.at(j));
                    continue;
                }
                const QJsonObject ao = a.at(j).toObject();
                reader.checkFields(ao, answerFields, ap);
                Answer answer;
                answer.id = requireId(ao, ap);
                answer.label = reader.text(ao, QStringLiteral("label"), ap, true);
                answer.easyLabel = reader.text(ao, QStringLiteral("easyLabel"), ap, false);
                answer.routes = reader.routes(ao, ap);
                if (q.answerIndex(answer.id) >= 0)
                    reader.error(QStringLiteral("ref.duplicate-id"), ap,
                                 tr("The answer id « %1 » is used twice in this question.").arg(answer.id));
                q.answers.append(answer);
            }
        }
        q.routes = reader.routes(n, path);

        switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            if (q.answers.size() < 2)
                reader.error(QStringLiteral("schema.too-few-answers"), arrow(path, QStringLiteral("answers")),
                             tr("A choice question needs at least two answers."));
            break;
        case QuestionType::YesNo: {
            QStringList ids;
            for (const Answer &a : q.answers)
                ids.append(a.id);
            ids.sort();
            if (ids != QStringList{QStringLiteral("non"), QStringLiteral("oui")})
                reader.error(QStringLiteral("schema.yesno-answers"), arrow(path, QStringLiteral("answers")),
                             tr("A yes/no question has exactly the answers « oui » and « non »."));
            break;
        }
        case QuestionType::Number:
        case QuestionType::Commune:
            if (!q.answers.isEmpty())
                reader.error(QStringLiteral("schema.unexpected-answers"), arrow(path, QStringLiteral("answers")),
                             tr("A number or commune question has no answers to choose from; use « routes »."));
            break;
        }
        if (q.type == QuestionType::MultipleChoice) {
            for (int j = 0; j < q.answers.size(); ++j) {
                if (!q.answers.at(j).routes.isEmpty())
                    reader.error(QStringLiteral("schema.bad-route"),
                                 arrow(path, QStringLiteral("answers[%1]").arg(j)),
                                 tr("In a multiple-choice question, routes belong to the question "
                                    "(conditions with « includes »), not to an answer."));
            }
        }
        if (questionIds.contains(q.id))
            reader.error(QStringLiteral("ref.duplicate-id"), path, tr("The id « %1 » is used twice.").arg(q.id));
        questionIds.insert(q.id);
        tree.questions.append(q);
    }

    // Outcomes.
    const QStringList outcomeFields{QStringLiteral("id"),        QStringLiteral("title"),   QStringLiteral("summary"),
                                    QStringLiteral("easySummary"), QStringLiteral("family"), QStringLiteral("offices"),
                                    QStringLiteral("documents"), QStringLiteral("online"),  QStringLiteral("mediatorNote")};
    QSet<QString> outcomeIds;
    for (int i = 0; i < outs.size(); ++i) {
        if (!outs.at(i).isObject()) {
            reader.wrongType(QStringLiteral("outcomes[%1]").arg(i), tr("an outcome (an object)"), outs.at(i));
            continue;
        }
        const QJsonObject o = outs.at(i).toObject();
        Outcome out;
        out.id = requireId(o, QStringLiteral("outcomes[%1]").arg(i));
        const QString path = outcomePath(i, out.id);
        reader.checkFields(o, outcomeFields, path);
        if (outcomeIds.contains(out.id) || questionIds.contains(out.id))
            reader.error(QStringLiteral("ref.duplicate-id"), path, tr("The id « %1 » is used twice.").arg(out.id));
        outcomeIds.insert(out.id);
        const QString p = path;
        out.title = reader.text(o, QStringLiteral("title"), p, true);
        out.summary = reader.text(o, QStringLiteral("summary"), p, true);
        out.easySummary = reader.text(o, QStringLiteral("easySummary"), p, false);
        out.family = o.value(QStringLiteral("family")).toString();
        if (!vocab::contains(vocab::Kind::ThematiqueDemarche, out.family))
            reader.error(QStringLiteral("schema.bad-code"), arrow(path, QStringLiteral("family")),
                         tr("« %1 » is not one of the 11 démarches families (papiers_elections_citoyennete, "
                            "social_sante…).")
                             .arg(out.family.left(60)));
        out.offices = reader.stringList(o, QStringLiteral("offices"), p);
        for (int j = 0; j < out.offices.size(); ++j) {
            if (!vocab::contains(vocab::Kind::Typologie, out.offices.at(j)))
                reader.error(QStringLiteral("schema.bad-code"), arrow(path, QStringLiteral("offices[%1]").arg(j)),
                             tr("« %1 » is not a typologie code (RFS, CAF, CPAM, CCAS…).").arg(out.offices.at(j).left(60)));
        }
        out.documents = reader.stringList(o, QStringLiteral("documents"), p);
        const QJsonValue online = o.value(QStringLiteral("online"));
        if (!online.isUndefined() && !online.isArray()) {
            reader.wrongType(arrow(path, QStringLiteral("online")), tr("a list of online services"), online);
        } else {
            const QJsonArray a = online.toArray();
            for (int j = 0; j < a.size(); ++j) {
                const QString sp = arrow(path, QStringLiteral("online[%1]").arg(j));
                if (!a.at(j).isObject()) {
                    reader.wrongType(sp, tr("an online service (an object)"), a.at(j));
                    continue;
                }
                const QJsonObject so = a.at(j).toObject();
                reader.checkFields(so, {QStringLiteral("label"), QStringLiteral("url"), QStringLiteral("franceConnect")},
                                   sp);
                OnlineService s;
                s.label = reader.text(so, QStringLiteral("label"), sp, true);
                s.url = so.value(QStringLiteral("url")).toString();
                const QUrl url(s.url, QUrl::StrictMode);
                if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
                    reader.error(QStringLiteral("schema.bad-url"), sp + QStringLiteral(".url"),
                                 tr("« %1 » is not an https:// address.").arg(s.url.left(120)));
                const QJsonValue fc = so.value(QStringLiteral("franceConnect"));
                if (!fc.isUndefined() && !fc.isBool())
                    reader.wrongType(sp + QStringLiteral(".franceConnect"), tr("true or false"), fc);
                s.franceConnect = fc.toBool();
                out.online.append(s);
            }
        }
        out.mediatorNote = reader.text(o, QStringLiteral("mediatorNote"), p, false);
        if (out.offices.isEmpty())
            reader.warning(QStringLiteral("content.no-office"), arrow(path, QStringLiteral("offices")),
                           tr("No kind of office is given."));
        if (out.documents.isEmpty())
            reader.warning(QStringLiteral("content.no-documents"), arrow(path, QStringLiteral("documents")),
                           tr("No document to bring is listed."));
        if (out.online.isEmpty())
            reader.warning(QStringLiteral("content.no-online"), arrow(path, QStringLiteral("online")),
                           tr("No online service is given."));
        tree.outcomes.append(out);
    }
    tree.reindex();

    // References.
    tree.start = root.value(QStringLiteral("start")).toString();
    if (!tree.question(tree.start))
        reader.error(QStringLiteral("ref.dangling"), QStringLiteral("start"),
                     tr("The first question « %1 » does not exist.").arg(tree.start.left(80)));
    std::vector<std::vector<NamedRoute>> allRoutes(tree.questions.size());
    for (int i = 0; i < tree.questions.size(); ++i) {
        const Question &q = tree.questions.at(i);
        const QString path = nodePath(i, q.id);
        std::vector<NamedRoute> &named = allRoutes[i];
        appendNamedRoutes(q, named);
        for (const NamedRoute &nr : named) {
            const bool broken = (!nr.route->next.isEmpty() && !tree.question(nr.route->next))
                                || std::any_of(nr.route->outcomes.begin(), nr.route->outcomes.end(),
                                               [&tree](const QString &o) { return !tree.outcome(o); });
            if (!broken && !nr.route->when)
                continue;
            const QString where = arrow(path, nr.where());
            if (!nr.route->next.isEmpty() && !tree.question(nr.route->next)) {
                reader.error(QStringLiteral("ref.dangling"), where,
                             tr("The question « %1 » does not exist.").arg(nr.route->next.left(80)));
            }
            for (const QString &o : nr.route->outcomes) {
                if (!tree.outcome(o))
                    reader.error(QStringLiteral("ref.dangling"), where,
                                 tr("The outcome « %1 » does not exist.").arg(o.left(80)));
            }
            if (nr.route->when)
                checkConditionRefs(tree, *nr.route->when, where.section(QLatin1Char('.'), 0, -2) + QStringLiteral(".when"),
                                   reader);
        }
        // Every answer must lead somewhere whatever the earlier answers: its routes (or the question's) end
        // with a route without condition.
        auto endsWithDefault = [](const QList<Route> &routes) { return !routes.isEmpty() && !routes.last().when; };
        if (q.type == QuestionType::SingleChoice || q.type == QuestionType::YesNo) {
            for (int j = 0; j < q.answers.size(); ++j) {
                const QList<Route> &routes = q.answers.at(j).routes.isEmpty() ? q.routes : q.answers.at(j).routes;
                if (!endsWithDefault(routes))
                    reader.error(QStringLiteral("route.dead-end"), arrow(path, QStringLiteral("answers[%1]").arg(j)),
                                 tr("This answer may lead nowhere: give « next » or « outcomes », or end its routes "
                                    "with one without « when »."));
            }
        } else if (!endsWithDefault(q.routes)) {
            reader.error(QStringLiteral("route.dead-end"), arrow(path, QStringLiteral("routes")),
                         tr("This question may lead nowhere: end its routes with one without « when »."));
        }
    }

    // Graph: reachability, cycles, outcomes never reached. Iterative, so that a long chain cannot
    // exhaust the stack.
    if (tree.question(tree.start)) {
        const int n = tree.questions.size();
        QList<QList<int>> edges(n);
        QList<QList<const NamedRoute *>> edgeRoutes(n);
        for (int i = 0; i < n; ++i) {
            for (const NamedRoute &nr : allRoutes.at(i)) {
                const int j = tree.questionIndex(nr.route->next);
                if (j >= 0) {
                    edges[i].append(j);
                    edgeRoutes[i].append(&nr);
                }
            }
        }
        // 0 unseen, 1 on the stack, 2 done
        QList<char> state(n, 0);
        QList<int> reachedOutcome(tree.outcomes.size(), 0);
        struct Frame { int node; int edge; };
        std::vector<Frame> stack;
        const int startIndex = tree.questionIndex(tree.start);
        stack.push_back({startIndex, 0});
        state[startIndex] = 1;
        QSet<QString> reportedCycles;
        while (!stack.empty()) {
            Frame &f = stack.back();
            if (f.edge == 0) {
                for (const NamedRoute &nr : allRoutes.at(f.node)) {
                    for (const QString &o : nr.route->outcomes) {
                        const int k = tree.outcomeIndex(o);
                        if (k >= 0)
                            reachedOutcome[k] = 1;
                    }
                }
            }
            if (f.edge >= edges.at(f.node).size()) {
                state[f.node] = 2;
                stack.pop_back();
                continue;
            }
            const int e = f.edge++;
            const int target = edges.at(f.node).at(e);
            if (state.at(target) == 1) {
                const QString where = arrow(nodePath(f.node, tree.questions.at(f.node).id), edgeRoutes.at(f.node).at(e)->where());
                if (!reportedCycles.contains(where)) {
                    reportedCycles.insert(where);
                    reader.error(QStringLiteral("graph.cycle"), where,
                                 tr("This leads back to « %1 », which was asked before: the walk would never end.")
                                     .arg(tree.questions.at(target).id));
                }
            } else if (state.at(target) == 0) {
                state[target] = 1;
                stack.push_back({target, 0});
            }
        }
        for (int i = 0; i < n; ++i) {
            if (state.at(i) == 0)
                reader.error(QStringLiteral("graph.unreachable"), nodePath(i, tree.questions.at(i).id),
                             tr("No path from the first question leads to this question."));
        }
        for (int k = 0; k < tree.outcomes.size(); ++k) {
            if (!reachedOutcome.at(k))
                reader.error(QStringLiteral("graph.outcome-unreached"), outcomePath(k, tree.outcomes.at(k).id),
                             tr("No path from the first question leads to this outcome."));
        }
    }

    result.tree = std::move(tree);
    return result;
}

Result<Tree> loadTree(const QByteArray &json, const Limits &limits)
{
    ParseOutcome parsed = parseTree(json, limits);
    if (!parsed.hasErrors())
        return std::move(*parsed.tree);
    const QList<Issue> errors = parsed.errors();
    QStringList lines;
    for (int i = 0; i < std::min<int>(errors.size(), 5); ++i)
        lines.append(errors.at(i).toString());
    if (const int more = int(errors.size()) - 5; more > 0)
        lines.append(QCoreApplication::translate("escale::orientation", "… and %Ln more error(s).", nullptr, more));
    return Result<Tree>::failure(errors.isEmpty() ? QStringLiteral("orientation.invalid") : errors.first().code,
                                 tr("The orientation tree is not valid:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

QByteArray defaultTreeJson()
{
    QFile file(QStringLiteral(":/content/orientation/default-tree.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const Tree &defaultTree()
{
    static const Tree tree = [] {
        Result<Tree> loaded = loadTree(defaultTreeJson());
        if (!loaded) {
            qCCritical(lcOrientation) << "the default orientation tree is not valid:" << loaded.errorMessage();
            return Tree();
        }
        return std::move(loaded).value();
    }();
    return tree;
}

} // namespace escale::orientation
