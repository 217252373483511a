#include "orientation/OrientationWalk.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace escale::orientation {

namespace {

bool compare(double a, const QString &op, double b)
{
    if (op == QLatin1String("="))
        return a == b;
    if (op == QLatin1String("!="))
        return a != b;
    if (op == QLatin1String("<"))
        return a < b;
    if (op == QLatin1String("<="))
        return a <= b;
    if (op == QLatin1String(">"))
        return a > b;
    if (op == QLatin1String(">="))
        return a >= b;
    return false;
}

QStringList asList(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList();
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList list;
        for (const QVariant &item : v.toList())
            list.append(item.toString());
        return list;
    }
    return {v.toString()};
}

} // namespace

bool evaluate(const Condition &c, const Answers &answers)
{
    switch (c.kind) {
    case Condition::Kind::All:
        return std::all_of(c.children.begin(), c.children.end(),
                           [&answers](const Condition &child) { return evaluate(child, answers); });
    case Condition::Kind::Any:
        return std::any_of(c.children.begin(), c.children.end(),
                           [&answers](const Condition &child) { return evaluate(child, answers); });
    case Condition::Kind::Not:
        return !c.children.empty() && !evaluate(c.children.front(), answers);
    case Condition::Kind::Answered:
        return answers.contains(c.question);
    default:
        break;
    }
    const auto it = answers.constFind(c.question);
    if (it == answers.constEnd())
        return false;
    const QVariant &value = it.value();
    switch (c.kind) {
    case Condition::Kind::Is:
        return asList(value).size() == 1 && asList(value).first() == c.values.value(0);
    case Condition::Kind::Includes:
        return asList(value).contains(c.values.value(0));
    case Condition::Kind::In: {
        const QStringList given = asList(value);
        return std::any_of(given.begin(), given.end(), [&c](const QString &v) { return c.values.contains(v); });
    }
    case Condition::Kind::Compare: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok && compare(number, c.op, c.number);
    }
    default:
        return false;
    }
}

const Route *routeFor(const Question &question, const Answers &answers)
{
    const QList<Route> *routes = &question.routes;
    if (question.type == QuestionType::SingleChoice || question.type == QuestionType::YesNo) {
        const int index = question.answerIndex(answers.value(question.id).toString());
        if (index >= 0 && !question.answers.at(index).routes.isEmpty())
            routes = &question.answers.at(index).routes;
    }
    for (const Route &route : *routes) {
        if (!route.when || evaluate(*route.when, answers))
            return &route;
    }
    return nullptr;
}

Walk::Walk(const Tree &tree)
    : m_tree(tree)
{
    restart();
}

const Question *Walk::current() const
{
    return m_finished ? nullptr : m_tree.question(m_current);
}

QList<const Outcome *> Walk::outcomes() const
{
    QList<const Outcome *> list;
    for (const QString &id : m_outcomeIds) {
        if (const Outcome *o = m_tree.outcome(id))
            list.append(o);
    }
    return list;
}

Status Walk::answer(const QVariant &value)
{
    const Question *q = current();
    if (!q)
        return Status::failure(QStringLiteral("orientation.finished"), tr("The orientation is already finished."));
    QVariant stored;
    switch (q->type) {
    case QuestionType::SingleChoice:
    case QuestionType::YesNo: {
        const QString id = value.toString();
        if (q->answerIndex(id) < 0)
            return Status::failure(QStringLiteral("orientation.bad-answer"),
                                   tr("« %1 » is not an answer of this question.").arg(id));
        stored = id;
        break;
    }
    case QuestionType::MultipleChoice: {
        QStringList ids = asList(value);
        ids.removeAll(QString());
        if (ids.isEmpty())
            return Status::failure(QStringLiteral("orientation.bad-answer"), tr("Choose at least one answer."));
        for (const QString &id : ids) {
            if (q->answerIndex(id) < 0)
                return Status::failure(QStringLiteral("orientation.bad-answer"),
                                       tr("« %1 » is not an answer of this question.").arg(id));
        }
        ids.removeDuplicates();
        stored = ids;
        break;
    }
    case QuestionType::Number: {
        bool ok = false;
        double number = value.toDouble(&ok);
        if (!ok && value.typeId() == QMetaType::QString)
            number = QLocale(QLocale::French).toDouble(value.toString().trimmed(), &ok);
        if (!ok || !std::isfinite(number))
            return Status::failure(QStringLiteral("orientation.bad-answer"), tr("Type a number."));
        if ((q->min && number < *q->min) || (q->max && number > *q->max))
            return Status::failure(QStringLiteral("orientation.bad-answer"),
                                   tr("The number must be between %1 and %2.")
                                       .arg(q->min.value_or(0))
                                       .arg(q->max ? QString::number(*q->max) : QStringLiteral("∞")));
        stored = number;
        break;
    }
    case QuestionType::Commune: {
        const QString text = value.toString().simplified();
        if (text.isEmpty())
            return Status::failure(QStringLiteral("orientation.bad-answer"), tr("Type a commune or a postcode."));
        stored = text.left(120);
        break;
    }
    }
    m_steps.append({q->id, stored});
    m_forgotten.remove(q->id);
    return advance();
}

Status Walk::advance()
{
    const Question *q = m_tree.question(m_current);
    const Route *route = q ? routeFor(*q, answers()) : nullptr;
    if (!route) {
        m_steps.removeLast();
        return Status::failure(QStringLiteral("orientation.dead-end"),
                               tr("The tree gives no next step for this answer (check the tree)."));
    }
    if (!route->next.isEmpty()) {
        // A valid tree has no cycle; a walk never asks the same question twice.
        for (const Step &s : m_steps) {
            if (s.questionId == route->next) {
                m_steps.removeLast();
                return Status::failure(QStringLiteral("orientation.cycle"),
                                       tr("The tree leads back to a question already asked (check the tree)."));
            }
        }
        m_current = route->next;
        return {};
    }
    m_finished = true;
    m_outcomeIds = route->outcomes;
    return {};
}

bool Walk::back()
{
    if (m_steps.isEmpty())
        return false;
    return jumpTo(int(m_steps.size()) - 1);
}

bool Walk::jumpTo(int index)
{
    if (index < 0 || index >= m_steps.size())
        return false;
    for (int i = index; i < m_steps.size(); ++i)
        m_forgotten.insert(m_steps.at(i).questionId, m_steps.at(i).value);
    m_current = m_steps.at(index).questionId;
    m_steps = m_steps.mid(0, index);
    m_finished = false;
    m_outcomeIds.clear();
    return true;
}

void Walk::restart()
{
    m_steps.clear();
    m_forgotten.clear();
    m_current = m_tree.start;
    m_finished = false;
    m_outcomeIds.clear();
}

QVariant Walk::suggestion() const
{
    return m_forgotten.value(m_current);
}

Answers Walk::answers() const
{
    Answers a;
    for (const Step &s : m_steps)
        a.insert(s.questionId, s.value);
    return a;
}

QJsonObject Walk::answersJson() const
{
    QJsonObject o;
    for (const Step &s : m_steps)
        o.insert(s.questionId, QJsonValue::fromVariant(s.value));
    return o;
}

QString Walk::describe(const Step &step, bool easy) const
{
    const Question *q = m_tree.question(step.questionId);
    if (!q)
        return step.value.toString();
    auto labelOf = [q, easy](const QString &id) {
        const int i = q->answerIndex(id);
        if (i < 0)
            return id;
        const Answer &a = q->answers.at(i);
        return easy && !a.easyLabel.isEmpty() ? a.easyLabel : a.label;
    };
    switch (q->type) {
    case QuestionType::SingleChoice:
    case QuestionType::YesNo:
        return labelOf(step.value.toString());
    case QuestionType::MultipleChoice: {
        QStringList labels;
        for (const QString &id : asList(step.value))
            labels.append(labelOf(id));
        return labels.join(QStringLiteral(", "));
    }
    case QuestionType::Number: {
        const QString n = QLocale(QLocale::French).toString(step.value.toDouble(), 'g', 10);
        return q->unit.isEmpty() ? n : n + QLatin1Char(' ') + q->unit;
    }
    case QuestionType::Commune:
        return step.value.toString();
    }
    return step.value.toString();
}

} // namespace escale::orientation
