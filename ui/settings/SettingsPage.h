#pragma once

#include "AppServices.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace escale::ui {

class PositionSettingsBox;
class StructureProfileForm;

// Paramètres: the structure profile (as in the first-run assistant), the users of this installation,
// and where the database lives.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(AppServices services, QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    void structureChanged();
    // The position source chosen (« Position de l'appareil ») was saved: screens start it again.
    void positionSettingsChanged();

private:
    void save();
    void addUser();

    AppServices m_services;
    StructureProfileForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_users = nullptr;
    QLineEdit *m_newUser = nullptr;
    PositionSettingsBox *m_position = nullptr;
};

} // namespace escale::ui
