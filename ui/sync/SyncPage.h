#pragma once

#include "AppServices.h"
#include "sync/Replicator.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace escale::sync {
class SyncService;
}

namespace escale::ui {

// Synchronisation (Ctrl+7): the server settings, the state of sync always in view (last success,
// changes waiting to be sent, progress with counts, the last error in words), « Synchroniser
// maintenant », and the incidents and conflicts to review.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(AppServices services, QWidget *parent = nullptr);
    ~SyncPage() override;

    void refresh();
    sync::SyncService *service() const { return m_service; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The last error is shown whole (a certificate error names the server, the problem and the
    // fingerprint to compare): the label gets the height its text needs at its width.
    void fitErrorLabel();
    // Saves the server settings typed; false (and the reason shown) when they cannot be.
    bool saveSettings();
    // True when a server setting typed differs from the saved one (or a password was typed).
    bool settingsEdited() const;
    void syncNow();
    void onProgress(const sync::SyncProgress &progress);
    void onFinished(bool ok, const QString &message);
    void keepSelected();
    void setRunning(bool running);

    AppServices m_services;
    sync::SyncService *m_service = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_territory = nullptr;
    QLineEdit *m_structure = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_automatic = nullptr;
    QCheckBox *m_plainHttp = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QLabel *m_settingsStatus = nullptr;
    QLabel *m_lastSuccess = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_reviewSummary = nullptr;
    QListWidget *m_review = nullptr;
    QPushButton *m_keep = nullptr;
};

} // namespace escale::ui
