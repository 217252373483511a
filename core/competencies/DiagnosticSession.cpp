#include "competencies/DiagnosticSession.h"

#include <QCoreApplication>

namespace escale::competencies {

DiagnosticSession::DiagnosticSession(DiagnosticStore &store, Framework framework, Diagnostic diagnostic)
    : m_store(store)
    , m_framework(std::move(framework))
    , m_diagnostic(std::move(diagnostic))
    , m_order(askingOrder(m_framework, m_diagnostic.quick))
{ }

int DiagnosticSession::nextToAsk(int from) const
{
    for (int i = std::max(0, from); i < m_order.size(); ++i)
        if (!m_diagnostic.answers.contains(m_order.at(i)))
            return i;
    return -1;
}

bool DiagnosticSession::isInferred(const QString &itemCode) const
{
    const auto it = m_diagnostic.answers.constFind(itemCode);
    return it != m_diagnostic.answers.constEnd() && it->inferred;
}

Status DiagnosticSession::answer(const QString &itemCode, const QString &code)
{
    const Item *item = m_framework.item(itemCode);
    if (!item)
        return Status::failure(QStringLiteral("competencies.unknown-item"),
            QCoreApplication::translate("escale::competencies", "Unknown item « %1 ».").arg(itemCode));
    if (code != QLatin1String(NotEvaluated) && !m_framework.answerCodes().contains(code))
        return Status::failure(QStringLiteral("competencies.bad-answer"),
            QCoreApplication::translate("escale::competencies", "« %1 » is not an answer of this framework.")
                .arg(code));
    Answers after = m_diagnostic.answers;
    after.insert(itemCode, { itemCode, code, false });
    QStringList domainItems;
    QHash<QString, QString> inferred;
    const Domain *domain = m_framework.domain(item->domainCode);
    if (m_diagnostic.quick && domain) {
        for (const Item &i : domain->items)
            domainItems << i.code;
        inferred = inferredAnswers(m_framework, *domain, after);
    }
    if (Status s = m_store.recordAnswer(m_diagnostic.id, itemCode, code, domainItems, inferred); !s)
        return s;
    // Mirror what the store did.
    for (const QString &c : domainItems)
        if (c != itemCode && after.value(c).inferred)
            after.remove(c);
    for (auto it = inferred.begin(); it != inferred.end(); ++it)
        if (!after.contains(it.key()))
            after.insert(it.key(), { it.key(), it.value(), true });
    m_diagnostic.answers = after;
    return {};
}

Status DiagnosticSession::finish()
{
    if (Status s = m_store.markComplete(m_diagnostic.id); !s)
        return s;
    if (auto reread = m_store.find(m_diagnostic.id))
        m_diagnostic.completedAt = reread->completedAt;
    return {};
}

} // namespace escale::competencies
