#pragma once

#include "AppServices.h"
#include "common/Vocabulary.h"
#include "places/Place.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace escale::ui {

// « Modifier » a place: every field of the national standard v2 that a coordinator edits, on five tabs
// (each scrolls, so the form fits 1366×768 and is used with the keyboard: Ctrl+Tab between tabs, space
// to check a value). Multi-valued vocabulary fields are checkable lists of the standard's French labels;
// free text where the standard has free text. Validated like the standard (Place::validate()), each
// message under its field, the first wrong field shown and focused; « Enregistrer » writes through
// places::PlaceStore in one transaction and closes; nothing is written while a field is wrong.
class PlaceEditDialog : public QDialog
{
    Q_OBJECT
public:
    PlaceEditDialog(AppServices services, const places::Place &place, QWidget *parent = nullptr);

    // The place as the form describes it (fields the form does not show are kept as they were).
    places::Place editedPlace(QMap<QString, QString> *errors = nullptr) const;
    // The saved place (after accept()).
    const places::Place &place() const { return m_place; }

public slots:
    // Validates, saves and closes; or shows the messages and stays open.
    void save();

private:
    QFormLayout *addTab(const QString &title, const QString &name);
    QLabel *addMessage(const QString &field);
    void addRow(const QString &field, const QString &label, QWidget *field_);
    QLineEdit *addLine(const QString &field, const QString &label, const QString &value);
    QPlainTextEdit *addText(const QString &field, const QString &label, const QString &value);
    QListWidget *addCodes(const QString &field, const QString &label, vocab::Kind kind, const QStringList &selected);
    QListWidget *addChoices(
        const QString &field, const QString &label, const QList<vocab::Term> &terms, const QStringList &selected);
    void showErrors(const QMap<QString, QString> &errors);

    AppServices m_services;
    places::Place m_place;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_form = nullptr; // the tab being filled
    QStringList m_order; // fields in the order of the form
    QMap<QString, QWidget *> m_inputs;
    QMap<QString, int> m_tabOf;
    QMap<QString, QLineEdit *> m_lines;
    QMap<QString, QPlainTextEdit *> m_texts;
    QMap<QString, QListWidget *> m_lists;
    QMap<QString, QLabel *> m_errorLabels;
    QComboBox *m_itinerance = nullptr;
    QCheckBox *m_pass = nullptr;
    QLabel *m_otherErrors = nullptr;
};

} // namespace escale::ui
