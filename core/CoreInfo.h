#pragma once

#include <QString>

namespace escale {

// What the application is: its name and version, shared by the command line, the about box and documents.
QString applicationVersion();
QString applicationDisplayName();

} // namespace escale
