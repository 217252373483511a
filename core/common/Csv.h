#pragma once

#include <QString>

namespace escale::csv {

// One cell of a CSV file that people open in LibreOffice or Excel (DESIGN.md §4):
// - text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
//   is prefixed with an apostrophe, except numbers written canonically (-5, +3.2, -1.25; not « -0013 »,
//   which is a code) and phone numbers (+33492…);
// - a cell holding the separator, a quote or a line break is quoted, quotes doubled (RFC 4180).
// Every CSV writer of Escale goes through this function.
QString cell(const QString &value, QChar separator);

} // namespace escale::csv
