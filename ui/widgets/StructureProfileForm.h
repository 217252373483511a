#pragma once

#include "structure/StructureLocation.h"
#include "structure/StructureProfile.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace escale::ui {

// The fields of the structure profile, shared by the first-run assistant and Paramètres.
// Parts can be shown separately (the assistant spreads them over its pages).
class StructureProfileForm : public QWidget
{
    Q_OBJECT
public:
    enum Part { Identity = 1, Offer = 2, All = Identity | Offer };

    explicit StructureProfileForm(Part parts, QWidget *parent = nullptr);

    void setProfile(const structure::StructureProfile &profile);
    // Writes the fields of the shown parts into profile, leaving the others as they were.
    void apply(structure::StructureProfile &profile) const;

    // Shows each error under its field; returns true when there were none for the shown parts.
    // A latitude or longitude that is not a number is an error of the form itself.
    bool showErrors(const QList<structure::FieldError> &errors);

    // Offline help for the coordinates (e.g. structure::suggestPosition over this installation's
    // database): shows « Find from the places register » next to them. Without it the button is hidden.
    using Locator = std::function<std::optional<structure::LocatedPoint>(const structure::StructureProfile &)>;
    void setLocator(Locator locator);
    // Fills the coordinates with the locator's answer for the fields as typed; false when none.
    bool locate();

private:
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &objectName, const QString &field);
    QListWidget *addCodeList(QFormLayout *form, const QString &label, const QString &objectName, int kind,
                             const QString &field);

    Part m_parts;
    QLineEdit *m_nom = nullptr;
    QLineEdit *m_adresse = nullptr;
    QLineEdit *m_complement = nullptr;
    QLineEdit *m_codePostal = nullptr;
    QLineEdit *m_commune = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QPushButton *m_locateButton = nullptr;
    QLabel *m_locateStatus = nullptr;
    Locator m_locator;
    QLineEdit *m_pivot = nullptr;
    QLineEdit *m_telephone = nullptr;
    QLineEdit *m_courriel = nullptr;
    QLineEdit *m_siteWeb = nullptr;
    QListWidget *m_typologie = nullptr;
    QListWidget *m_services = nullptr;
    QCheckBox *m_pass = nullptr;
    QRadioButton *m_fixe = nullptr;
    QRadioButton *m_itinerant = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
};

} // namespace escale::ui
