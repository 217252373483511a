#include "ui/orientation/OrientationTreesDialog.h"

#include "orientation/OrientationStore.h"
#include "ui/orientation/OrientationTreeEditor.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace escale::ui {

namespace {
constexpr qint64 kMaxImportBytes = 16 * 1024 * 1024;
}

OrientationTreesDialog::OrientationTreesDialog(AppServices services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setWindowTitle(tr("Orientation trees"));
    setObjectName(QStringLiteral("orientationTreesDialog"));
    // As large as the screen allows (1366×768 leaves about 1300×700 under the title bar and the panel).
    QSize size(1240, 740);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size);
    auto *layout = new QVBoxLayout(this);

    m_activeLabel = new QLabel(this);
    m_activeLabel->setObjectName(QStringLiteral("activeTreeLabel"));
    m_activeLabel->setTextFormat(Qt::PlainText);
    m_activeLabel->setWordWrap(true);
    layout->addWidget(m_activeLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 5, top);
    m_table->setObjectName(QStringLiteral("versionsTableWidget"));
    m_table->setAccessibleName(tr("Stored versions"));
    m_table->setHorizontalHeaderLabels({tr("Tree"), tr("Version"), tr("Title"), tr("Source"), tr("Saved")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Room for three versions: the editor below needs the height more (a splitter gives more on demand).
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 3 * m_table->verticalHeader()->defaultSectionSize() + 4);
    topLayout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    auto *useButton = new QPushButton(tr("&Use this version's tree"), top);
    useButton->setObjectName(QStringLiteral("useTreeButton"));
    auto *defaultButton = new QPushButton(tr("Use Escale's &default tree"), top);
    defaultButton->setObjectName(QStringLiteral("useDefaultButton"));
    auto *importButton = new QPushButton(tr("&Import a tree file…"), top);
    importButton->setObjectName(QStringLiteral("importTreeButton"));
    auto *copyButton = new QPushButton(tr("&Copy the current tree for our structure"), top);
    copyButton->setObjectName(QStringLiteral("copyTreeButton"));
    auto *editButton = new QPushButton(tr("&Edit the selected version"), top);
    editButton->setObjectName(QStringLiteral("editTreeButton"));
    // These two act on the version chosen in the list: disabled (and saying why) until there is one.
    m_useButton = useButton;
    m_editButton = editButton;
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OrientationTreesDialog::updateButtons);
    for (QPushButton *b : {useButton, defaultButton, importButton, copyButton, editButton}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    topLayout->addLayout(buttons);
    splitter->addWidget(top);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_form = new OrientationTreeEditor(m_tabs);
    m_tabs->addTab(m_form, tr("&Form editor"));
    auto *bottom = new QWidget(m_tabs);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *editorLabel = new QLabel(
        tr("Editor: the tree's JSON (format in docs/orientation.md). It is checked as you type; a new version is "
           "saved only when it has no error."),
        bottom);
    editorLabel->setWordWrap(true);
    bottomLayout->addWidget(editorLabel);
    auto *editorSplit = new QSplitter(Qt::Horizontal, bottom);
    m_editor = new QPlainTextEdit(editorSplit);
    m_editor->setObjectName(QStringLiteral("treeJsonEdit"));
    m_editor->setAccessibleName(tr("Tree JSON"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_editor->setFont(mono);
    m_issues = new QListWidget(editorSplit);
    m_issues->setObjectName(QStringLiteral("issuesListWidget"));
    m_issues->setAccessibleName(tr("Problems found"));
    m_issues->setWordWrap(true);
    editorSplit->addWidget(m_editor);
    editorSplit->addWidget(m_issues);
    editorSplit->setStretchFactor(0, 3);
    editorSplit->setStretchFactor(1, 2);
    bottomLayout->addWidget(editorSplit, 1);
    m_saveButton = new QPushButton(tr("&Save as a new version"), bottom);
    m_saveButton->setObjectName(QStringLiteral("saveVersionButton"));
    m_saveButton->setAutoDefault(false);
    m_saveButton->setEnabled(false);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveButton);
    bottomLayout->addLayout(saveRow);
    m_tabs->addTab(bottom, tr("Ad&vanced: JSON"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({top->minimumSizeHint().height(), 10000}); // the list as small as it may be
    layout->addWidget(splitter, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in a field of the editors must not close the dialog: no default button.
    for (QAbstractButton *b : close->buttons()) {
        if (auto *pb = qobject_cast<QPushButton *>(b)) {
            pb->setAutoDefault(false);
            pb->setDefault(false);
        }
    }
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(300);
    connect(m_validateTimer, &QTimer::timeout, this, &OrientationTreesDialog::validateEditor);
    connect(m_editor, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_syncing)
            m_jsonEdited = true;
    });
    connect(m_form, &OrientationTreeEditor::edited, this, [this] { m_formEdited = true; });
    connect(m_form, &OrientationTreeEditor::saveRequested, this, &OrientationTreesDialog::saveFormVersion);
    connect(m_tabs, &QTabWidget::currentChanged, this, &OrientationTreesDialog::syncTabs);
    connect(useButton, &QPushButton::clicked, this, &OrientationTreesDialog::useSelected);
    connect(defaultButton, &QPushButton::clicked, this, &OrientationTreesDialog::useDefault);
    connect(importButton, &QPushButton::clicked, this, &OrientationTreesDialog::importFile);
    connect(copyButton, &QPushButton::clicked, this, &OrientationTreesDialog::copyCurrent);
    connect(editButton, &QPushButton::clicked, this, &OrientationTreesDialog::editSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &OrientationTreesDialog::saveEditedVersion);
    refresh();
}

void OrientationTreesDialog::refresh()
{
    orientation::OrientationStore store(m_services.database);
    const orientation::Tree active = store.activeTree();
    m_activeLabel->setText(tr("The wizard uses: %1 (%2), version %3.").arg(active.title, active.id, active.version));
    const QList<orientation::TreeVersion> versions = store.treeVersions();
    m_table->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const orientation::TreeVersion &v = versions.at(row);
        const QStringList cells{v.treeId, v.version, v.title,
                                v.source == QLatin1String("network") ? tr("network") : tr("this structure"),
                                v.updatedAt.left(10)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void OrientationTreesDialog::updateButtons()
{
    const bool chosen = !m_table->selectedItems().isEmpty() && !selectedTreeId().isEmpty();
    const QString why = m_table->rowCount() == 0
        ? tr("No version is stored yet: import a tree file or copy the current tree for the structure first.")
        : tr("Choose a version in the list first.");
    m_useButton->setEnabled(chosen);
    m_editButton->setEnabled(chosen);
    m_useButton->setToolTip(chosen ? tr("The wizard will use the tree of the version chosen.") : why);
    m_editButton->setToolTip(chosen ? tr("Open the version chosen in the editors below.") : why);
}

QString OrientationTreesDialog::selectedTreeId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

QString OrientationTreesDialog::selectedVersion() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
}

void OrientationTreesDialog::useSelected()
{
    const QString id = selectedTreeId();
    if (id.isEmpty())
        return;
    if (Status s = orientation::OrientationStore(m_services.database).setActiveTree(id); !s) {
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
        return;
    }
    m_changed = true;
    refresh();
}

void OrientationTreesDialog::useDefault()
{
    (void)orientation::OrientationStore(m_services.database).setActiveTree(QString());
    m_changed = true;
    refresh();
}

void OrientationTreesDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import an orientation tree"), QString(),
                                                      tr("Orientation trees (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxImportBytes) {
        QMessageBox::warning(this, windowTitle(), tr("%1 cannot be read or is too large.").arg(path));
        return;
    }
    const Result<QString> saved =
        orientation::OrientationStore(m_services.database).saveTree(file.readAll(), QStringLiteral("local"));
    if (!saved) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), tr("The tree was refused; nothing was changed."),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(saved.errorMessage());
        box.exec();
        return;
    }
    refresh();
}

void OrientationTreesDialog::copyCurrent()
{
    orientation::OrientationStore store(m_services.database);
    const Result<QString> id = store.copyTree(store.activeTree());
    if (!id) {
        QMessageBox::warning(this, windowTitle(), id.errorMessage());
        return;
    }
    refresh();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == *id)
            m_table->selectRow(row);
    }
    editSelected();
}

void OrientationTreesDialog::editSelected()
{
    const QString id = selectedTreeId();
    if (id.isEmpty())
        return;
    const Result<QByteArray> content =
        orientation::OrientationStore(m_services.database).treeContent(id, selectedVersion());
    if (!content) {
        QMessageBox::warning(this, windowTitle(), content.errorMessage());
        return;
    }
    loadEditors(*content);
}

void OrientationTreesDialog::loadEditors(const QByteArray &json)
{
    m_syncing = true;
    m_editor->setPlainText(QString::fromUtf8(json));
    m_syncing = false;
    validateEditor();
    const orientation::ParseOutcome parsed = orientation::parseTree(json);
    if (parsed.tree)
        m_form->setTree(*parsed.tree);
    m_jsonEdited = false;
    m_formEdited = false;
}

void OrientationTreesDialog::syncTabs(int index)
{
    if (index == 1 && m_formEdited && m_form->hasTree()) {
        // Form → JSON: the tree as the form has it.
        m_syncing = true;
        m_editor->setPlainText(QString::fromUtf8(m_form->tree().toJsonBytes()));
        m_syncing = false;
        validateEditor();
        m_formEdited = false;
    } else if (index == 0 && m_jsonEdited) {
        // JSON → form, when the text can be read as a tree at all (the form lists what is still wrong).
        const orientation::ParseOutcome parsed = orientation::parseTree(m_editor->toPlainText().toUtf8());
        if (parsed.tree) {
            m_form->setTree(*parsed.tree);
            m_jsonEdited = false;
            m_formEdited = false;
        } else {
            m_form->setStatus(tr("The JSON cannot be read: the form shows the tree before those changes."));
        }
    }
}

void OrientationTreesDialog::saveFormVersion()
{
    m_form->validateNow();
    if (!m_form->canSave())
        return;
    const orientation::Tree tree = m_form->tree();
    const Result<QString> version =
        orientation::OrientationStore(m_services.database).saveNewVersion(tree.toJsonBytes());
    if (!version) {
        QMessageBox::warning(this, windowTitle(), version.errorMessage());
        return;
    }
    m_changed = true;
    refresh();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == tree.id && m_table->item(row, 1)->text() == *version)
            m_table->selectRow(row);
    }
    const Result<QByteArray> content =
        orientation::OrientationStore(m_services.database).treeContent(tree.id, *version);
    if (content)
        loadEditors(*content);
    m_form->setStatus(tr("Saved as version %1.").arg(*version));
}

void OrientationTreesDialog::validateEditor()
{
    m_validateTimer->stop();
    m_issues->clear();
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_saveButton->setEnabled(false);
        return;
    }
    const orientation::ParseOutcome parsed = orientation::parseTree(text.toUtf8());
    for (const orientation::Issue &issue : parsed.issues) {
        auto *item = new QListWidgetItem(
            (issue.severity == orientation::Issue::Severity::Error ? tr("Error: %1") : tr("Warning: %1"))
                .arg(issue.toString()),
            m_issues);
        item->setForeground(issue.severity == orientation::Issue::Severity::Error ? QColor(0xb0, 0x00, 0x20)
                                                                                   : QColor(0x8a, 0x5a, 0x00));
    }
    if (!parsed.hasErrors() && parsed.tree && parsed.tree->id == orientation::defaultTree().id)
        new QListWidgetItem(tr("Escale's own tree cannot be changed: copy it for the structure first."), m_issues);
    if (m_issues->count() == 0)
        new QListWidgetItem(tr("No problem found."), m_issues);
    m_saveButton->setEnabled(!parsed.hasErrors() && parsed.tree && parsed.tree->id != orientation::defaultTree().id);
}

void OrientationTreesDialog::saveEditedVersion()
{
    validateEditor();
    if (!m_saveButton->isEnabled())
        return;
    const Result<QString> version =
        orientation::OrientationStore(m_services.database).saveNewVersion(m_editor->toPlainText().toUtf8());
    if (!version) {
        QMessageBox::warning(this, windowTitle(), version.errorMessage());
        return;
    }
    m_changed = true;
    refresh();
    new QListWidgetItem(tr("Saved as version %1.").arg(*version), m_issues);
}

} // namespace escale::ui
