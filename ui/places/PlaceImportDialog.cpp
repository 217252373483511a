#include "ui/places/PlaceImportDialog.h"

#include <QComboBox>
#include <QLocale>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace escale::ui {

using places::ImportFormat;
using places::ImportRowResult;

PlaceImportDialog::PlaceImportDialog(AppServices services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setWindowTitle(tr("Import places"));
    resize(820, 600);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_fileEdit->setAccessibleName(tr("File to import"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseFileButton"));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatComboBox"));
    m_formatCombo->setAccessibleName(tr("Format"));
    m_formatCombo->addItem(tr("Automatic"), int(ImportFormat::Auto));
    m_formatCombo->addItem(tr("National standard (v1 or v2, CSV or JSON)"), int(ImportFormat::Standard));
    m_formatCombo->addItem(tr("France Services national list (CSV)"), int(ImportFormat::FranceServices));
    m_formatCombo->addItem(tr("Other CSV, with a column mapping"), int(ImportFormat::Mapped));
    form->addRow(tr("Format:"), m_formatCombo);
    layout->addLayout(form);

    m_mappingLabel = new QLabel(tr("For each column of the file, the field of the standard it holds:"), this);
    layout->addWidget(m_mappingLabel);
    m_mappingTable = new QTableWidget(0, 2, this);
    m_mappingTable->setObjectName(QStringLiteral("mappingTableWidget"));
    m_mappingTable->setHorizontalHeaderLabels({ tr("Column of the file"), tr("Field of the standard") });
    m_mappingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mappingTable->verticalHeader()->hide();
    layout->addWidget(m_mappingTable, 1);
    m_mappingLabel->hide();
    m_mappingTable->hide();

    m_previewTable = new QTableWidget(0, 4, this);
    m_previewTable->setObjectName(QStringLiteral("previewTableWidget"));
    m_previewTable->setHorizontalHeaderLabels({ tr("Row"), tr("Name"), tr("Result"), tr("Details") });
    // The details (reasons, warnings) take the rest of the width and wrap; a long name is cut at a third
    // of the table (its whole text in the tooltip): nothing needs a sideways scroll.
    m_previewTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_previewTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_previewTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_previewTable->setWordWrap(true);
    m_previewTable->setTextElideMode(Qt::ElideRight);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_previewTable, 2);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &PlaceImportDialog::chooseFile);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &PlaceImportDialog::formatChanged);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &PlaceImportDialog::formatChanged);
    connect(m_previewButton, &QPushButton::clicked, this, &PlaceImportDialog::runPreview);
    connect(m_importButton, &QPushButton::clicked, this, &PlaceImportDialog::runImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_thread && m_cancel)
            *m_cancel = true;
        else
            m_importDone ? accept() : reject();
    });
}

PlaceImportDialog::~PlaceImportDialog()
{
    if (m_thread) {
        if (m_cancel)
            *m_cancel = true;
        m_thread->wait();
    }
}

void PlaceImportDialog::setFile(const QString &path)
{
    m_fileEdit->setText(path);
    formatChanged();
}

void PlaceImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Places file"), QString(), tr("Places files (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void PlaceImportDialog::formatChanged()
{
    const bool mapped = ImportFormat(m_formatCombo->currentData().toInt()) == ImportFormat::Mapped;
    m_mappingLabel->setVisible(mapped);
    m_mappingTable->setVisible(mapped);
    if (!mapped || m_fileEdit->text().isEmpty())
        return;
    auto header = places::PlaceImporter::readCsvHeader(m_fileEdit->text());
    if (!header) {
        m_summaryLabel->setText(header.errorMessage());
        return;
    }
    buildMappingTable(header.value());
}

void PlaceImportDialog::buildMappingTable(const QStringList &columns)
{
    m_mappingTable->setRowCount(int(columns.size()));
    const QStringList fields = places::PlaceImporter::standardFields();
    for (int i = 0; i < columns.size(); ++i) {
        m_mappingTable->setItem(i, 0, new QTableWidgetItem(columns.at(i)));
        auto *combo = new QComboBox(m_mappingTable);
        combo->addItem(tr("(ignore)"), QString());
        for (const QString &f : fields)
            combo->addItem(f, f);
        // Guess: a column named like a field.
        const QString guess = columns.at(i).trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        const int index = combo->findData(guess);
        if (index >= 0)
            combo->setCurrentIndex(index);
        m_mappingTable->setCellWidget(i, 1, combo);
    }
}

places::ImportOptions PlaceImportDialog::options() const
{
    places::ImportOptions o;
    o.format = ImportFormat(m_formatCombo->currentData().toInt());
    if (o.format == ImportFormat::Mapped) {
        for (int i = 0; i < m_mappingTable->rowCount(); ++i) {
            auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(i, 1));
            if (combo && !combo->currentData().toString().isEmpty())
                o.mapping.insert(m_mappingTable->item(i, 0)->text(), combo->currentData().toString());
        }
    }
    return o;
}

void PlaceImportDialog::runPreview()
{
    startWorker(true);
}

void PlaceImportDialog::runImport()
{
    startWorker(false);
}

void PlaceImportDialog::startWorker(bool dryRun)
{
    if (m_thread)
        return;
    const QString path = m_fileEdit->text().trimmed();
    if (path.isEmpty()) {
        m_summaryLabel->setText(tr("Choose a file first."));
        return;
    }
    places::ImportOptions o = options();
    if (o.format == ImportFormat::Mapped && !o.mapping.values().contains(QStringLiteral("nom"))) {
        m_summaryLabel->setText(tr("Map one column to « nom »: every place needs a name."));
        return;
    }
    o.dryRun = dryRun;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const storage::Database &database = m_services.database;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_previewButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_cancelButton->setText(tr("Cancel"));
    m_summaryLabel->setText(dryRun ? tr("Reading the file…") : tr("Importing…"));

    m_thread = QThread::create([this, &database, path, o, cancel, dryRun] {
        auto db = database.openAnother();
        if (!db) {
            const Result<places::ImportReport> failed(db.error());
            QMetaObject::invokeMethod(
                this, [this, failed, dryRun] { workerFinished(failed, dryRun); }, Qt::QueuedConnection);
            return;
        }
        places::PlaceImporter importer(**db);
        importer.setCancelFlag(cancel.get());
        importer.setProgressCallback([this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { workerProgress(done, total); }, Qt::QueuedConnection);
        });
        const Result<places::ImportReport> result = importer.importFile(path, o);
        QMetaObject::invokeMethod(
            this, [this, result, dryRun] { workerFinished(result, dryRun); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void PlaceImportDialog::workerProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void PlaceImportDialog::workerFinished(const Result<places::ImportReport> &result, bool dryRun)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_progress->hide();
    m_previewButton->setEnabled(true);
    m_importButton->setEnabled(true);
    m_cancelButton->setText(tr("Close"));
    if (!result) {
        m_summaryLabel->setText(result.errorMessage());
        return;
    }
    showReport(result.value(), dryRun);
    if (!dryRun) {
        m_importDone = true;
        m_importButton->setEnabled(false);
        Q_EMIT imported();
    }
}

void PlaceImportDialog::showReport(const places::ImportReport &report, bool dryRun)
{
    const QLocale locale; // « 1 234 », « 1,234 »
    const QString counts = tr("%1 added, %2 updated, %3 unchanged, %4 skipped.")
                               .arg(locale.toString(report.added), locale.toString(report.updated),
                                    locale.toString(report.unchanged), locale.toString(report.skipped));
    m_summaryLabel->setText(dryRun ? tr("Preview of %1: %2 Nothing is written yet.").arg(report.file, counts)
                                   : tr("%1 imported: %2").arg(report.file, counts));
    m_previewTable->setRowCount(0);
    for (const auto &row : report.rows) {
        QString result;
        switch (row.outcome) {
        case ImportRowResult::Outcome::Added:
            result = tr("added");
            break;
        case ImportRowResult::Outcome::Updated:
            result = tr("updated");
            break;
        case ImportRowResult::Outcome::Unchanged:
            result = tr("unchanged");
            break;
        case ImportRowResult::Outcome::Skipped:
            result = tr("skipped");
            break;
        }
        const QString details
            = QStringList { row.reason, row.warnings.join(QStringLiteral(" ; ")) }.join(QLatin1Char(' ')).trimmed();
        const int r = m_previewTable->rowCount();
        m_previewTable->insertRow(r);
        m_previewTable->setItem(r, 0, new QTableWidgetItem(QString::number(row.row)));
        auto *name = new QTableWidgetItem(row.nom);
        name->setToolTip(row.nom);
        m_previewTable->setItem(r, 1, name);
        m_previewTable->setItem(r, 2, new QTableWidgetItem(result));
        auto *detail = new QTableWidgetItem(details);
        detail->setToolTip(details);
        m_previewTable->setItem(r, 3, detail);
    }
    fitPreviewColumns();
}

void PlaceImportDialog::fitPreviewColumns()
{
    QHeaderView *header = m_previewTable->horizontalHeader();
    const int available = m_previewTable->viewport()->width();
    // The name column: as wide as the longest name, at most a third of the table.
    const QFontMetrics metrics(m_previewTable->font());
    int longest = header->sectionSizeHint(1);
    for (int r = 0; r < std::min(m_previewTable->rowCount(), 2000); ++r)
        if (const QTableWidgetItem *item = m_previewTable->item(r, 1))
            longest = std::max(longest, metrics.horizontalAdvance(item->text()) + 12);
    const int nameWidth = std::min(longest, std::max(120, available / 3));
    header->resizeSection(1, nameWidth);
    // Rows with details grow to show them whole (the first thousand: beyond, the tooltip).
    constexpr int kWrappedRows = 1000;
    for (int r = 0, wrapped = 0; r < m_previewTable->rowCount() && wrapped < kWrappedRows; ++r) {
        if (!m_previewTable->item(r, 3) || m_previewTable->item(r, 3)->text().isEmpty())
            continue;
        m_previewTable->resizeRowToContents(r);
        ++wrapped;
    }
}

void PlaceImportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_previewTable->rowCount() > 0)
        fitPreviewColumns();
}

} // namespace escale::ui
