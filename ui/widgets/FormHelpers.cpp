#include "ui/widgets/FormHelpers.h"

#include <QFormLayout>
#include <QLabel>

namespace escale::ui {

void addFormRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *l = new QLabel(label, form->parentWidget());
    l->setBuddy(field);
    QString plain = label;
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QLatin1Char(':')))
        plain.chop(1);
    field->setAccessibleName(plain.trimmed());
    form->addRow(l, field);
}

QLabel *makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setVisible(false);
    return label;
}

void setError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace escale::ui
