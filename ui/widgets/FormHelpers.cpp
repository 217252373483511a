#include "ui/widgets/FormHelpers.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
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

namespace {

// An application-wide filter limited to the widgets under one root: it also sees the fields added after
// it was installed (rows of a table, forms rebuilt), and the wheel event it ignores goes on to the parent
// (the scroll area) as Qt propagates an ignored wheel event.
class WheelGuard : public QObject
{
public:
    explicit WheelGuard(QWidget *root)
        : QObject(root)
        , m_root(root)
    { }

    static bool guarded(const QWidget *w)
    {
        return qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w);
    }

    static void calm(QWidget *w)
    {
        if (w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel && event->type() != QEvent::Polish)
            return false;
        auto *w = qobject_cast<QWidget *>(watched);
        if (!w || !guarded(w) || !m_root->isAncestorOf(w))
            return false;
        if (event->type() == QEvent::Polish) {
            calm(w);
            return false;
        }
        if (w->hasFocus())
            return false;
        event->ignore();
        return true;
    }

private:
    QWidget *m_root;
};

} // namespace

void ignoreWheelUnlessFocused(QWidget *root)
{
    for (QWidget *w : root->findChildren<QWidget *>())
        if (WheelGuard::guarded(w))
            WheelGuard::calm(w);
    qApp->installEventFilter(new WheelGuard(root));
}

} // namespace escale::ui
