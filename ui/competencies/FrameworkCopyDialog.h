#pragma once

#include "competencies/FrameworkLibrary.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace escale::ui {

// « Copier et adapter » a framework: a new title, the domains and items to keep (ticked), and their
// wording (double-click to edit). The copy is validated and saved as a framework of the structure.
class FrameworkCopyDialog : public QDialog
{
    Q_OBJECT
public:
    FrameworkCopyDialog(
        competencies::FrameworkLibrary &library, const competencies::Framework &source, QWidget *parent = nullptr);

    QString savedId() const { return m_savedId; }

    void accept() override;

private:
    competencies::FrameworkLibrary &m_library;
    competencies::Framework m_source;
    QString m_savedId;
    QLineEdit *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace escale::ui
