#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace escale::storage {
class Database;
}

namespace escale::activity {

// CSV export of activities with the columns of the national mediators' tool, in French: UTF-8 with a
// byte-order mark (Excel), ';' separator, CRLF line ends, RFC 4180 quoting. No cell is ever run as a
// formula by a spreadsheet: a cell starting with =, +, -, @, tab or carriage return is prefixed with '.
// Names of beneficiaries are never exported (only whether the person was anonymous).
QStringList csvHeaders();
QString csvCell(const QString &value);
// `rows`, when given, receives the number of activities written (the lines after the header).
Result<QByteArray> exportActivitiesCsv(storage::Database &db, const QDate &from, const QDate &to, int *rows = nullptr);
Status writeActivitiesCsv(storage::Database &db, const QDate &from, const QDate &to, const QString &path,
                          int *rows = nullptr);

// Reads back a file written by exportActivitiesCsv (for tests and re-import checks): rows of cells.
QList<QStringList> parseCsv(const QByteArray &data);

} // namespace escale::activity
