#include "storage/SqlScript.h"

#include <QRegularExpression>

namespace escale::storage {

QString syncColumnsDefinition()
{
    return QStringLiteral(
        "id TEXT PRIMARY KEY NOT NULL, "
        "rev TEXT, "
        "updated_at TEXT NOT NULL, "
        "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "
        "dirty INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)), "
        "origin TEXT NOT NULL");
}

namespace {

bool isTriggerStatement(const QString &statement)
{
    static const QRegularExpression re(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

bool endsWithEndKeyword(const QString &statement)
{
    static const QRegularExpression re(QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i += 2;
            while (i + 1 < n && !(script.at(i) == QLatin1Char('*') && script.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            current += c;
            ++i;
            while (i < n) {
                current += script.at(i);
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        current += script.at(++i);
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char(';')) {
            if (isTriggerStatement(current) && !endsWithEndKeyword(current)) {
                current += c;
                continue;
            }
            const QString s = current.trimmed();
            if (!s.isEmpty())
                statements << s;
            current.clear();
            continue;
        }
        current += c;
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements << rest;

    for (QString &s : statements)
        s.replace(QStringLiteral("SYNC_COLUMNS"), syncColumnsDefinition());
    return statements;
}

} // namespace escale::storage
