#pragma once

#include "orientation/ContentValidation.h"

namespace escale::content {

// The competency-framework validator of `escale content validate FILE` (kind "competency-framework"):
// the same checks as competencies::parseFramework, reported with the JSON path of each fault.
ContentReport validateCompetencyFramework(const QByteArray &json);

} // namespace escale::content
