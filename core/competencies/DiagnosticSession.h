#pragma once

#include "competencies/DiagnosticStore.h"
#include "competencies/Framework.h"
#include "competencies/Scoring.h"

#include <QStringList>

namespace escale::competencies {

// A diagnostic being filled in: the framework, the asking order (full or quick mode), and each answer
// saved at once through the store together with what the quick mode infers from it. The screen and
// the tests drive it the same way.
class DiagnosticSession
{
public:
    DiagnosticSession(DiagnosticStore &store, Framework framework, Diagnostic diagnostic);

    const Framework &framework() const { return m_framework; }
    const Diagnostic &diagnostic() const { return m_diagnostic; }

    // Every item in asking order.
    const QStringList &order() const { return m_order; }
    // Index in order() of the first item without any answer at or after `from`, or -1 when all are.
    int nextToAsk(int from = 0) const;
    bool isAnswered(const QString &itemCode) const { return m_diagnostic.answers.contains(itemCode); }
    bool isInferred(const QString &itemCode) const;
    QString answerOf(const QString &itemCode) const { return m_diagnostic.answers.value(itemCode).answer; }
    int answeredCount() const { return int(m_diagnostic.answers.size()); }
    int total() const { return int(m_order.size()); }

    // Saves an answer (an answer code of the framework, or NotEvaluated) and what it lets infer.
    Status answer(const QString &itemCode, const QString &code);
    Status finish();

    Assessment assessment() const { return assess(m_framework, m_diagnostic.answers); }

private:
    DiagnosticStore &m_store;
    Framework m_framework;
    Diagnostic m_diagnostic;
    QStringList m_order;
};

} // namespace escale::competencies
