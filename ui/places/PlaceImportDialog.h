#pragma once

#include "AppServices.h"
#include "places/PlaceImporter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace escale::ui {

// Import of a places file: choose the file and its format (with a column mapping step for « any
// CSV »), see a preview of what would be added / updated / skipped, then import with a progress bar
// and a cancel. The reading and the import run on a worker thread with its own database connection.
class PlaceImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PlaceImportDialog(AppServices services, QWidget *parent = nullptr);
    ~PlaceImportDialog() override;

    // Tests: the file to import (as if chosen).
    void setFile(const QString &path);

Q_SIGNALS:
    void imported();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The name column at most a third of the table, the details wrapped on rows as high as they need.
    void fitPreviewColumns();
    void chooseFile();
    void formatChanged();
    void buildMappingTable(const QStringList &columns);
    places::ImportOptions options() const;
    void runPreview();
    void runImport();
    void startWorker(bool dryRun);
    void workerProgress(int done, int total);
    void workerFinished(const Result<places::ImportReport> &result, bool dryRun);
    void showReport(const places::ImportReport &report, bool dryRun);

    AppServices m_services;
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_mappingLabel = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_importDone = false;
};

} // namespace escale::ui
