#pragma once

#include "orientation/OrientationTree.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

namespace escale::orientation {

// The answers given so far, by question id: a QString (single choice, yes/no: the answer id; commune:
// the text typed), a QStringList (multiple choice: answer ids) or a double (number).
using Answers = QHash<QString, QVariant>;

// True when the condition holds for these answers. A condition on a question not answered is false
// (and « not » of it true).
bool evaluate(const Condition &condition, const Answers &answers);

// The route taken from a question once answered, or nullptr when none applies.
const Route *routeFor(const Question &question, const Answers &answers);

// One walk through a tree, as the wizard drives it: the current question, answering it, going back,
// jumping back to any earlier step, and the outcomes at the end. The tree must outlive the walk.
class Walk
{
    // Messages share the context of the orientation core ("escale::orientation"), for lupdate and at run time.
    Q_DECLARE_TR_FUNCTIONS(escale::orientation)

public:
    struct Step
    {
        QString questionId;
        QVariant value;
    };

    explicit Walk(const Tree &tree);

    const Tree &tree() const { return m_tree; }

    // The question to answer now, or nullptr when the walk has reached its outcomes.
    const Question *current() const;
    bool isFinished() const { return m_finished; }
    // The outcomes reached (in the order the tree lists them in the route), once finished.
    QList<const Outcome *> outcomes() const;
    QStringList outcomeIds() const { return m_outcomeIds; }

    // Answers the current question. The value is checked against the question (an answer id it has,
    // a number within min/max, a non-empty commune).
    Status answer(const QVariant &value);

    // The steps answered, in order (the breadcrumb).
    const QList<Step> &steps() const { return m_steps; }
    // The answer given at a step, as a person reads it (« Oui », « 3 personnes », « Digne-les-Bains »).
    QString describe(const Step &step, bool easy = false) const;

    // The previous question again (its answer kept as the suggestion). False at the first question.
    bool back();
    // Back to step `index` (0 = the first question); the later answers are forgotten.
    bool jumpTo(int index);
    void restart();

    // The value previously given to the current question (after back/jumpTo), if any.
    QVariant suggestion() const;

    // Every answer given on the path, by question id (what conditions see).
    Answers answers() const;
    // The path as JSON: {"question id": value, …} in the order asked (for the orientation record).
    QJsonObject answersJson() const;

private:
    Status advance();

    const Tree &m_tree;
    QList<Step> m_steps;
    QString m_current;
    bool m_finished = false;
    QStringList m_outcomeIds;
    Answers m_forgotten; // answers of the steps undone, offered again as suggestions
};

} // namespace escale::orientation
