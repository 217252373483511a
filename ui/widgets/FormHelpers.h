#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace escale::ui {

// Adds a labelled row whose label is the field's buddy (Alt+letter reaches it) and whose text is
// also the field's accessible name, so screen readers and tests find it by what the user reads.
void addFormRow(QFormLayout *form, const QString &label, QWidget *field);

// A label that shows a field's error in red under the field; hidden while empty.
QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);
void setError(QLabel *label, const QString &message);

// On a page that scrolls: the spin boxes and combo boxes under root (also those added later) ignore the
// mouse wheel unless they have the keyboard focus, so that scrolling the page over one never changes
// its value; the wheel then scrolls the page. They take the focus on a click or Tab only.
void ignoreWheelUnlessFocused(QWidget *root);

} // namespace escale::ui
