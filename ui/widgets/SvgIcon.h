#pragma once

#include <QIcon>
#include <QString>

namespace escale::ui {

// An icon drawn from an SVG file (usually a :/icons resource) by Qt Svg directly, at the size it is
// painted. Unlike QIcon(path) it loads no icon-engine plugin, and the file is only parsed when the icon is
// first painted: the navigation of the main window uses it to open faster (docs/development.md).
QIcon svgIcon(const QString &path);

} // namespace escale::ui
