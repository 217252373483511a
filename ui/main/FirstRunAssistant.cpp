#include "ui/main/FirstRunAssistant.h"

#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/StructureProfileForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizardPage>

namespace escale::ui {

namespace {

QWizardPage *makePage(const QString &title, const QString &subtitle, QWidget *content)
{
    auto *page = new QWizardPage;
    page->setTitle(title);
    page->setSubTitle(subtitle);
    auto *layout = new QVBoxLayout(page);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll);
    return page;
}

} // namespace

FirstRunAssistant::FirstRunAssistant(structure::StructureStore &store, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("firstRunAssistant"));
    setWindowTitle(tr("Welcome to Escale"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    m_identity = new StructureProfileForm(StructureProfileForm::Identity);
    m_identityPage = addPage(makePage(tr("Your structure"),
                                      tr("Escale keeps the activity of one place. Which place is it? Everything can "
                                         "be changed later in Settings."),
                                      m_identity));

    m_offer = new StructureProfileForm(StructureProfileForm::Offer);
    m_offerPage = addPage(makePage(tr("What it offers"),
                                   tr("The services of the national places standard, the Pass numérique, and how "
                                      "to reach you."),
                                   m_offer));

    auto *userBox = new QWidget;
    auto *form = new QFormLayout(userBox);
    m_userName = new QLineEdit(userBox);
    m_userName->setObjectName(QStringLiteral("userNameLineEdit"));
    m_userName->setPlaceholderText(tr("e.g. Camille D."));
    addFormRow(form, tr("Your &name, as printed on documents:"), m_userName);
    m_userError = makeErrorLabel(QStringLiteral("userNameErrorLabel"), userBox);
    form->addRow(QString(), m_userError);
    m_saveError = makeErrorLabel(QStringLiteral("saveErrorLabel"), userBox);
    form->addRow(QString(), m_saveError);
    addPage(makePage(tr("You"), tr("The first person who uses Escale here. Colleagues can be added later."), userBox));

    resize(720, 620);
}

bool FirstRunAssistant::validateCurrentPage()
{
    structure::StructureProfile profile;
    m_identity->apply(profile);
    m_offer->apply(profile);
    const QList<structure::FieldError> errors = structure::validate(profile);
    if (currentId() == m_identityPage)
        return m_identity->showErrors(errors);
    if (currentId() == m_offerPage)
        return m_offer->showErrors(errors);
    if (m_userName->text().simplified().isEmpty()) {
        setError(m_userError, tr("Give the name to show on documents."));
        m_userName->setFocus();
        return false;
    }
    setError(m_userError, QString());
    return true;
}

void FirstRunAssistant::accept()
{
    if (!validateCurrentPage()) // « Terminer » checks the last page like « Suivant » does the others
        return;
    structure::StructureProfile profile;
    m_identity->apply(profile);
    m_offer->apply(profile);
    const Status saved = m_store.completeFirstRun(profile, m_userName->text());
    if (!saved) {
        setError(m_saveError, saved.errorMessage());
        return;
    }
    QWizard::accept();
}

} // namespace escale::ui
