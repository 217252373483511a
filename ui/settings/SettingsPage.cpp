#include "ui/settings/SettingsPage.h"

#include "structure/StructureLocation.h"
#include "structure/StructureProfile.h"
#include "ui/settings/PositionSettingsBox.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/StructureProfileForm.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace escale::ui {

SettingsPage::SettingsPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *title = new QLabel(tr("Settings"), content);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *structureBox = new QGroupBox(tr("The structure"), content);
    auto *structureLayout = new QVBoxLayout(structureBox);
    m_form = new StructureProfileForm(StructureProfileForm::All, structureBox);
    m_form->setLocator([db = &m_services.database](const structure::StructureProfile &p) {
        return structure::suggestPosition(*db, p);
    });
    structureLayout->addWidget(m_form);
    auto *saveRow = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("&Save the structure"), structureBox);
    saveButton->setObjectName(QStringLiteral("saveStructureButton"));
    m_status = new QLabel(structureBox);
    m_status->setObjectName(QStringLiteral("structureStatusLabel"));
    m_status->setWordWrap(true);
    saveRow->addWidget(saveButton);
    saveRow->addWidget(m_status, 1);
    structureLayout->addLayout(saveRow);
    layout->addWidget(structureBox);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::save);

    auto *usersBox = new QGroupBox(tr("Users of this installation"), content);
    auto *usersLayout = new QVBoxLayout(usersBox);
    m_users = new QListWidget(usersBox);
    m_users->setObjectName(QStringLiteral("usersListWidget"));
    m_users->setAccessibleName(tr("Users"));
    m_users->setMaximumHeight(120);
    usersLayout->addWidget(m_users);
    auto *addRow = new QHBoxLayout;
    m_newUser = new QLineEdit(usersBox);
    m_newUser->setObjectName(QStringLiteral("newUserLineEdit"));
    m_newUser->setPlaceholderText(tr("Name of a colleague"));
    m_newUser->setAccessibleName(tr("Name of a colleague"));
    auto *addButton = new QPushButton(tr("&Add"), usersBox);
    addButton->setObjectName(QStringLiteral("addUserButton"));
    addRow->addWidget(m_newUser, 1);
    addRow->addWidget(addButton);
    usersLayout->addLayout(addRow);
    layout->addWidget(usersBox);
    connect(addButton, &QPushButton::clicked, this, &SettingsPage::addUser);
    connect(m_newUser, &QLineEdit::returnPressed, this, &SettingsPage::addUser);

    m_position = new PositionSettingsBox(m_services, content);
    layout->addWidget(m_position);
    connect(m_position, &PositionSettingsBox::saved, this, &SettingsPage::positionSettingsChanged);

    auto *dataBox = new QGroupBox(tr("Data"), content);
    auto *dataLayout = new QFormLayout(dataBox);
    auto *path = new QLabel(QDir::toNativeSeparators(m_services.database.path()), dataBox);
    path->setObjectName(QStringLiteral("databasePathLabel"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    dataLayout->addRow(tr("Database file:"), path);
    layout->addWidget(dataBox);
    layout->addStretch();
    // Scrolling the page over a spin box or a list must not change it.
    ignoreWheelUnlessFocused(content);

    reload();
}

void SettingsPage::reload()
{
    structure::StructureStore store(m_services.database);
    if (const auto profile = store.profile())
        m_form->setProfile(*profile);
    m_users->clear();
    for (const structure::User &u : store.users())
        m_users->addItem(u.displayName);
    m_position->reload();
}

void SettingsPage::save()
{
    structure::StructureStore store(m_services.database);
    structure::StructureProfile profile = store.profile().value_or(structure::StructureProfile{});
    m_form->apply(profile);
    if (!m_form->showErrors(structure::validate(profile))) {
        m_status->setText(tr("Some fields need correcting."));
        return;
    }
    const Result<QString> saved = store.save(profile);
    if (!saved) {
        m_status->setText(saved.errorMessage());
        return;
    }
    m_status->setText(tr("Saved."));
    Q_EMIT structureChanged();
}

void SettingsPage::addUser()
{
    structure::StructureStore store(m_services.database);
    const Result<QString> added = store.addUser(m_newUser->text());
    if (!added) {
        m_status->setText(added.errorMessage());
        return;
    }
    m_newUser->clear();
    reload();
}

} // namespace escale::ui
