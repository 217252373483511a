#include "ui/sync/SyncPage.h"

#include "sync/CredentialStore.h"
#include "sync/Incidents.h"
#include "sync/SyncService.h"
#include "sync/SyncState.h"
#include "ui/widgets/FormHelpers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace escale::ui {

namespace {

enum ReviewRole { KindRole = Qt::UserRole, DatabaseRole, DocRole, RevRole, IncidentRole };

QString describeBody(const QJsonObject &body)
{
    for (const char *key : {"nom", "label", "titre", "code"}) {
        const QString value = body.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

} // namespace

SyncPage::SyncPage(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    m_service = new sync::SyncService(m_services.database, sync::SyncSchema::standard(), this);

    // In a scroll area: the whole page stays reachable at 1366×768 with large fonts.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Synchronisation")), this);
    layout->addWidget(title);
    // Two columns: the state and what to review on the left, the server settings and « Save » on the
    // right, all in view at 1366×768 (TestSyncPageForm::everythingInViewAt1366x768).
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    // State, always in view.
    auto *stateBox = new QGroupBox(tr("State"), this);
    auto *stateForm = new QFormLayout(stateBox);
    m_lastSuccess = new QLabel(stateBox);
    m_lastSuccess->setObjectName(QStringLiteral("lastSuccessLabel"));
    addFormRow(stateForm, tr("Last success"), m_lastSuccess);
    m_pending = new QLabel(stateBox);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    addFormRow(stateForm, tr("Changes to send"), m_pending);
    m_progress = new QProgressBar(stateBox);
    m_progress->setObjectName(QStringLiteral("syncProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progressLabel = new QLabel(stateBox);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    auto *progressRow = new QWidget(stateBox);
    auto *progressLayout = new QHBoxLayout(progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progress, 1);
    addFormRow(stateForm, tr("Progress"), progressRow);
    m_error = new QLabel(stateBox);
    m_error->setObjectName(QStringLiteral("lastErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse); // the fingerprint can be copied
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    addFormRow(stateForm, tr("Last error"), m_error);
    auto *buttons = new QHBoxLayout;
    m_syncNow = new QPushButton(tr("Synchronise now"), stateBox);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setToolTip(tr("Saves the server settings typed, then synchronises."));
    m_cancel = new QPushButton(tr("Cancel"), stateBox);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    stateForm->addRow(buttons);
    left->addWidget(stateBox);

    // Incidents and conflicts to review.
    auto *reviewBox = new QGroupBox(tr("To review"), this);
    auto *reviewLayout = new QVBoxLayout(reviewBox);
    m_reviewSummary = new QLabel(reviewBox);
    m_reviewSummary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_reviewSummary->setWordWrap(true);
    m_review = new QListWidget(reviewBox);
    m_review->setObjectName(QStringLiteral("reviewListWidget"));
    m_review->setAccessibleName(tr("Incidents and conflicts to review"));
    m_review->setMinimumHeight(120);
    m_keep = new QPushButton(tr("Keep this version"), reviewBox);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setEnabled(false);
    reviewLayout->addWidget(m_reviewSummary);
    reviewLayout->addWidget(m_review, 1);
    reviewLayout->addWidget(m_keep, 0, Qt::AlignLeft);
    left->addWidget(reviewBox, 1);

    // Server settings.
    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *form = new QFormLayout(serverBox);
    m_server = new QLineEdit(serverBox);
    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://couchdb.territoire.fr:6984"));
    addFormRow(form, tr("Server address"), m_server);
    m_territory = new QLineEdit(serverBox);
    m_territory->setObjectName(QStringLiteral("territoryLineEdit"));
    addFormRow(form, tr("Territory database"), m_territory);
    m_structure = new QLineEdit(serverBox);
    m_structure->setObjectName(QStringLiteral("structureLineEdit"));
    addFormRow(form, tr("Structure database"), m_structure);
    m_user = new QLineEdit(serverBox);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    addFormRow(form, tr("User name"), m_user);
    m_password = new QLineEdit(serverBox);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(sync::CredentialStore::compiledIn() ? tr("kept in the system keychain")
                                                                       : tr("asked again at each session"));
    addFormRow(form, tr("Password"), m_password);
    m_interval = new QSpinBox(serverBox);
    m_interval->setObjectName(QStringLiteral("intervalSpinBox"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("only on demand"));
    addFormRow(form, tr("Automatic every"), m_interval);
    m_automatic = new QCheckBox(tr("Synchronise automatically when the connection comes back"), serverBox);
    m_automatic->setObjectName(QStringLiteral("automaticCheckBox"));
    form->addRow(m_automatic);
    m_plainHttp = new QCheckBox(tr("Accept an unencrypted connection (http://) to this server"), serverBox);
    m_plainHttp->setObjectName(QStringLiteral("plainHttpCheckBox"));
    form->addRow(m_plainHttp);
    m_fingerprint = new QLineEdit(serverBox);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLineEdit"));
    m_fingerprint->setPlaceholderText(tr("AB:CD:… of a self-signed certificate")); // whole at 1366 px
    m_fingerprint->setToolTip(tr("The SHA-256 fingerprint (AB:CD:…) of the server's certificate, as its "
                                 "administrator gives it: that certificate is then trusted although it is "
                                 "self-signed. Compare it with the one shown in the error."));
    addFormRow(form, tr("Trusted certificate (SHA-256)"), m_fingerprint);
    auto *save = new QPushButton(tr("Save"), serverBox);
    save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_settingsStatus = new QLabel(serverBox);
    m_settingsStatus->setObjectName(QStringLiteral("settingsStatusLabel"));
    m_settingsStatus->setWordWrap(true);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addWidget(m_settingsStatus, 1);
    form->addRow(saveRow);
    right->addWidget(serverBox);
    right->addStretch(1);
    // Scrolling the page over « Automatic every » must not change it.
    ignoreWheelUnlessFocused(content);

    connect(save, &QPushButton::clicked, this, &SyncPage::saveSettings);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_cancel, &QPushButton::clicked, m_service, &sync::SyncService::cancel);
    connect(m_service, &sync::SyncService::started, this, [this] { setRunning(true); });
    connect(m_service, &sync::SyncService::progress, this, &SyncPage::onProgress);
    connect(m_service, &sync::SyncService::finished, this, &SyncPage::onFinished);
    connect(m_review, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_keep->setEnabled(item && !item->data(RevRole).toString().isEmpty());
    });
    connect(m_keep, &QPushButton::clicked, this, &SyncPage::keepSelected);

    const sync::SyncSettings settings = sync::SyncState(m_services.database).settings();
    m_server->setText(settings.server.toString());
    m_user->setText(settings.user);
    m_territory->setText(settings.territoryDatabase);
    m_structure->setText(settings.structureDatabase);
    m_interval->setValue(settings.intervalMinutes);
    m_automatic->setChecked(settings.automatic);
    m_plainHttp->setChecked(settings.allowPlainHttp);
    m_fingerprint->setText(settings.trustedFingerprint);
    refresh();
    if (!m_services.database.isReadOnly())
        m_service->setAutomatic(true);
}

SyncPage::~SyncPage() = default;

void SyncPage::refresh()
{
    sync::SyncState state(m_services.database);
    const QString last = state.lastSuccess();
    m_lastSuccess->setText(last.isEmpty() ? tr("never")
                                          : QLocale().toString(Clock::fromIso(last).toTimeZone(m_services.clock.timeZone()),
                                                               QStringLiteral("dddd d MMMM yyyy, HH:mm")));
    const int pending = state.pendingChanges(m_service->schema());
    m_pending->setText(pending == 0 ? tr("none") : tr("%Ln change(s) waiting", nullptr, pending));
    const QString error = state.lastError();
    m_error->setText(error.isEmpty() ? tr("none") : error);
    m_error->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    fitErrorLabel();

    m_review->clear();
    const sync::SyncSchema schema = m_service->schema();
    const QList<sync::Incident> incidents = sync::IncidentStore(m_services.database, schema).open();
    for (const sync::Incident &i : incidents) {
        for (const sync::Redemption *r : {&i.first, &i.second}) {
            auto *item = new QListWidgetItem(tr("Double redemption of %1: at %2 on %3 by %4")
                                                 .arg(i.docId, r->place, r->date, r->mediator),
                                             m_review);
            item->setData(KindRole, QStringLiteral("incident"));
            item->setData(IncidentRole, i.id);
            item->setData(DatabaseRole, i.database);
            item->setData(DocRole, i.docId);
            item->setData(RevRole, r->rev);
        }
    }
    const QList<sync::Conflict> conflicts = sync::ConflictReview(m_services.database, schema).list();
    for (const sync::Conflict &c : conflicts) {
        auto add = [&](const sync::Revision &r, bool winner) {
            const QString what = describeBody(r.body);
            auto *item = new QListWidgetItem(
                (winner ? tr("%1 — shown version: %2") : tr("%1 — other version kept: %2")).arg(c.docId, what),
                m_review);
            item->setData(KindRole, QStringLiteral("conflict"));
            item->setData(DatabaseRole, c.database);
            item->setData(DocRole, c.docId);
            item->setData(RevRole, r.rev);
        };
        add(c.winner, true);
        for (const sync::Revision &r : c.losers)
            add(r, false);
    }
    const int incidentCount = int(incidents.size());
    const int conflictCount = int(conflicts.size());
    m_reviewSummary->setText(incidents.isEmpty() && conflicts.isEmpty()
                                 ? tr("Nothing to review.")
                                 : tr("%1 and %2 to review: choose the version to keep.")
                                       .arg(tr("%Ln incident(s)", nullptr, incidentCount),
                                            tr("%Ln conflict(s)", nullptr, conflictCount)));
    m_keep->setEnabled(false);
}

void SyncPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitErrorLabel();
}

void SyncPage::fitErrorLabel()
{
    const int width = std::max(m_error->width(), 300);
    m_error->setMinimumHeight(m_error->heightForWidth(width));
}

bool SyncPage::settingsEdited() const
{
    const sync::SyncSettings saved = sync::SyncState(m_services.database).settings();
    const QString fingerprint = m_fingerprint->text().trimmed();
    return m_server->text().trimmed() != saved.server.toString() || m_user->text().trimmed() != saved.user
        || m_territory->text().trimmed() != saved.territoryDatabase
        || m_structure->text().trimmed() != saved.structureDatabase || m_interval->value() != saved.intervalMinutes
        || m_automatic->isChecked() != saved.automatic || m_plainHttp->isChecked() != saved.allowPlainHttp
        || (fingerprint.isEmpty() ? !saved.trustedFingerprint.isEmpty()
                                  : sync::CouchClient::normalizeFingerprint(fingerprint) != saved.trustedFingerprint)
        || !m_password->text().isEmpty();
}

bool SyncPage::saveSettings()
{
    sync::SyncSettings settings;
    settings.server = QUrl::fromUserInput(m_server->text().trimmed());
    settings.user = m_user->text().trimmed();
    settings.territoryDatabase = m_territory->text().trimmed();
    settings.structureDatabase = m_structure->text().trimmed();
    settings.intervalMinutes = m_interval->value();
    settings.automatic = m_automatic->isChecked();
    settings.allowPlainHttp = m_plainHttp->isChecked();
    const QString fingerprint = m_fingerprint->text().trimmed();
    settings.trustedFingerprint = sync::CouchClient::normalizeFingerprint(fingerprint);
    if (!fingerprint.isEmpty() && settings.trustedFingerprint.isEmpty()) {
        m_settingsStatus->setText(tr("« %1 » is not a SHA-256 fingerprint (64 hexadecimal digits, e.g. AB:CD:…); "
                                     "nothing was saved.")
                                      .arg(fingerprint));
        return false;
    }
    m_fingerprint->setText(settings.trustedFingerprint);
    if (Status s = sync::SyncState(m_services.database).saveSettings(settings); !s) {
        m_settingsStatus->setText(s.errorMessage());
        return false;
    }
    QString message = tr("Saved.");
    if (!m_password->text().isEmpty()) {
        m_service->setSessionPassword(m_password->text());
        if (Status s = sync::CredentialStore().write(settings.server.toString(QUrl::RemoveUserInfo), settings.user,
                                                     m_password->text());
            !s)
            message = tr("Saved; the password is kept only until Escale closes: %1").arg(s.errorMessage());
        m_password->clear();
    }
    m_settingsStatus->setText(message);
    m_service->setAutomatic(settings.automatic);
    return true;
}

void SyncPage::syncNow()
{
    // What is typed in « Server » is what the mediator means: saved first (or the reason it cannot be).
    if (settingsEdited() && !saveSettings()) {
        m_error->setText(tr("The server settings typed cannot be saved: %1").arg(m_settingsStatus->text()));
        fitErrorLabel();
        return;
    }
    QString error;
    if (!m_service->start(&error)) {
        m_error->setText(error);
        fitErrorLabel();
    }
}

void SyncPage::setRunning(bool running)
{
    m_syncNow->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running)
        m_progressLabel->setText(tr("Connecting…"));
}

void SyncPage::onProgress(const sync::SyncProgress &progress)
{
    m_progressLabel->setText(tr("%1: %2 sent, %3 received")
                                 .arg(progress.database, QLocale().toString(progress.pushed),
                                      QLocale().toString(progress.pulled)));
}

void SyncPage::onFinished(bool ok, const QString &message)
{
    setRunning(false);
    m_progressLabel->setText(ok ? tr("Done.") : tr("Stopped."));
    Q_UNUSED(message)
    refresh();
}

void SyncPage::keepSelected()
{
    QListWidgetItem *item = m_review->currentItem();
    if (!item)
        return;
    const sync::SyncSchema schema = m_service->schema();
    Status status;
    if (item->data(KindRole).toString() == QLatin1String("incident"))
        status = sync::IncidentStore(m_services.database, schema)
                     .resolve(item->data(IncidentRole).toString(), item->data(RevRole).toString(),
                              tr("Resolved in the Synchronisation section"));
    else
        status = sync::ConflictReview(m_services.database, schema)
                     .keep(item->data(DatabaseRole).toString(), item->data(DocRole).toString(),
                           item->data(RevRole).toString());
    refresh();
    if (!status) {
        m_error->setText(status.errorMessage());
        fitErrorLabel();
    }
}

} // namespace escale::ui
