#pragma once

#include "AppServices.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace escale::ui {

class OrientationTreeEditor;

// The orientation trees of this installation: the versions kept, which one the wizard uses, importing
// a tree file, copying a tree for the structure and editing a copy (in forms, or its JSON in the advanced
// tab; validated as one types; a new version is saved only when valid, so the last good version stays).
class OrientationTreesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OrientationTreesDialog(AppServices services, QWidget *parent = nullptr);

    // True when the tree used by the wizard may have changed.
    bool treeChanged() const { return m_changed; }

    // Tests: the editor's text and the issues it shows.
    QPlainTextEdit *editor() const { return m_editor; }
    QListWidget *issues() const { return m_issues; }
    OrientationTreeEditor *formEditor() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void saveEditedVersion();
    void saveFormVersion();

private:
    void refresh();
    // « Use this version's tree » and « Edit the selected version » need a version chosen in the list.
    void updateButtons();
    void useSelected();
    void useDefault();
    void importFile();
    void copyCurrent();
    void editSelected();
    void validateEditor();
    void loadEditors(const QByteArray &json);
    void syncTabs(int index);
    QString selectedTreeId() const;
    QString selectedVersion() const;

    AppServices m_services;
    bool m_changed = false;
    QLabel *m_activeLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_useButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QListWidget *m_issues = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTimer *m_validateTimer = nullptr;
    QTabWidget *m_tabs = nullptr;
    OrientationTreeEditor *m_form = nullptr;
    bool m_syncing = false;
    bool m_jsonEdited = false;
    bool m_formEdited = false;
};

} // namespace escale::ui
