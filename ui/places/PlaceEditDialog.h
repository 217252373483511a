#pragma once

#include "AppServices.h"
#include "places/Place.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace escale::ui {

// « Modifier » a place: the standard's main fields, validated like the standard (Place::validate())
// with each message under its field; « Enregistrer » writes through places::PlaceStore in one
// transaction and closes; nothing is written while a field is wrong.
class PlaceEditDialog : public QDialog
{
    Q_OBJECT
public:
    PlaceEditDialog(AppServices services, const places::Place &place, QWidget *parent = nullptr);

    // The place as the form describes it (fields the form does not show are kept as they were).
    places::Place editedPlace(QMap<QString, QString> *errors = nullptr) const;
    // The saved place (after accept()).
    const places::Place &place() const { return m_place; }

public slots:
    // Validates, saves and closes; or shows the messages and stays open.
    void save();

private:
    QLineEdit *addLine(const QString &field, const QString &label, const QString &value);
    QListWidget *addCodes(const QString &field, const QString &label, int kind, const QStringList &selected);
    void showErrors(const QMap<QString, QString> &errors);

    AppServices m_services;
    places::Place m_place;
    QMap<QString, QLineEdit *> m_lines;
    QMap<QString, QLabel *> m_errorLabels;
    QListWidget *m_typologie = nullptr;
    QListWidget *m_services_ = nullptr;
    QCheckBox *m_pass = nullptr;
    QLabel *m_otherErrors = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace escale::ui
