#pragma once

#include "structure/StructureProfile.h"

#include <QWizard>

class QLineEdit;
class QLabel;

namespace escale::ui {

class StructureProfileForm;

// The short assistant of the very first start: the structure this installation serves, what it
// offers, and the name of the first user. Nothing is written until « Terminer »; then all of it is
// written in one transaction.
class FirstRunAssistant : public QWizard
{
    Q_OBJECT
public:
    explicit FirstRunAssistant(structure::StructureStore &store, QWidget *parent = nullptr);

    bool validateCurrentPage() override;
    void accept() override;

private:
    structure::StructureStore &m_store;
    StructureProfileForm *m_identity = nullptr;
    StructureProfileForm *m_offer = nullptr;
    QLineEdit *m_userName = nullptr;
    QLabel *m_userError = nullptr;
    QLabel *m_saveError = nullptr;
    int m_identityPage = -1;
    int m_offerPage = -1;
};

} // namespace escale::ui
