#pragma once

#include <QString>
#include <QStringList>

namespace escale::storage {

// Splits an SQL script into statements that QSqlQuery can run one by one: semicolons inside quotes,
// comments and CREATE TRIGGER … BEGIN … END bodies do not end a statement. Comments are dropped.
//
// The token SYNC_COLUMNS inside a CREATE TABLE expands to the columns every syncable table carries
// (DESIGN.md §3): id, rev, updated_at, deleted, dirty, origin. Migrations write it instead of the
// columns, so the shape of those columns is defined once, here.
QStringList splitSqlScript(const QString &script);

QString syncColumnsDefinition();

} // namespace escale::storage
