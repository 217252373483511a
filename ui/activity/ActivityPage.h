#pragma once

#include "AppServices.h"
#include "activity/Activity.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QStandardItemModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

class QChartView;

namespace escale::ui {

// Activité (Ctrl+6): quick entry, the day's and filtered list, statistics, the monthly sheet.
class ActivityPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPage(AppServices services, QWidget *parent = nullptr);

    void refresh();
    // Quick entry: fills the form from the last activity recorded (the defaults).
    void loadDefaults();
    // Saves the quick entry form (Ctrl+Enter); true when saved.
    bool saveEntry();

    // Adds the thématique or démarche code to the favourites, or removes it (context menu of the lists,
    // « Add to favourites / Remove from favourites »); the lists are refilled, favourites first.
    void setFavourite(const QString &code, bool favourite);

Q_SIGNALS:
    void activitySaved();

private:
    // The « Found » choices for the name typed: the people of that name, a new person of that name, or
    // anonymous (an explicit choice); a typed name is never dropped silently.
    void updatePersonChoices(const QString &text);
    // Puts a recorded person back in the form (editing an activity).
    void showPerson(const QString &personId);
    QWidget *buildEntryTab();
    QWidget *buildListTab();
    QWidget *buildStatisticsTab();
    QWidget *buildPeopleTab();
    void reloadPeople();
    void fillForm(const activity::Activity &a);
    activity::Activity formActivity() const;
    void duplicateSelected();
    void editSelected();
    // Back to a new entry from an edit, the activity left as it was (« Cancel the changes », Esc).
    void cancelEdit();
    // Says in the form whether it is a new entry or the edit of a recorded activity (heading, save
    // button, cancel button): called whenever m_editingId changes.
    void updateEntryMode();
    void deleteSelected();
    void reloadList();
    void reloadStatistics();
    void showSheet(bool pdf);
    QAction *addFavouriteAction(QListWidget *list, const QString &objectName);
    void updateFavouriteAction(QListWidget *list, QAction *action);
    void refillFavouriteLists();
    void updateStopSuggestions(const QString &text);
    // The place id of the stop typed: the one picked in the completer, else the only place of the
    // register with exactly that name, else empty (free text).
    QString resolvedStopId(const QString &label) const;
    // A new entry is at the bus's current stop (AppServices::currentStop) when there is one; when the
    // bus leaves it, a new entry still showing that stop goes back to « at the structure ».
    void applyCurrentStop();
    void fitTrendLabels();

    AppServices m_services;
    activity::ActivityStore m_store;
    QString m_editingId;
    QStringList m_editingParticipants; // the named participants of the workshop being edited
    QString m_appliedStopId; // the current stop last put in the form by applyCurrentStop()
    QTabWidget *m_tabs = nullptr;

    // Quick entry.
    QComboBox *m_type = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_canal = nullptr;
    QComboBox *m_lieu = nullptr;
    QLineEdit *m_stop = nullptr;
    QStandardItemModel *m_stopModel = nullptr;
    QString m_stopId; // places.id picked in the completer (empty: free text)
    QString m_stopIdLabel; // the name it was picked with
    QAction *m_favouriteThematique = nullptr;
    QAction *m_favouriteDemarche = nullptr;
    QListWidget *m_thematiques = nullptr;
    QListWidget *m_demarches = nullptr;
    QListWidget *m_materiel = nullptr;
    QComboBox *m_autonomie = nullptr;
    QComboBox *m_niveau = nullptr;
    QComboBox *m_redirection = nullptr;
    QComboBox *m_genre = nullptr;
    QComboBox *m_trancheAge = nullptr;
    QComboBox *m_statut = nullptr;
    QSpinBox *m_participants = nullptr;
    QLineEdit *m_beneficiarySearch = nullptr;
    QComboBox *m_beneficiary = nullptr;
    QComboBox *m_mediator = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_entryStatus = nullptr;
    QLabel *m_entryMode = nullptr; // « New activity » / « Editing the activity of 12/11/2026 »
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelEditButton = nullptr;
    QDate m_editingDate; // the recorded date of the activity being edited

    // List.
    QDateEdit *m_filterFrom = nullptr;
    QDateEdit *m_filterTo = nullptr;
    QComboBox *m_filterMediator = nullptr;
    QComboBox *m_filterType = nullptr;
    QComboBox *m_filterThematique = nullptr;
    QComboBox *m_filterLieu = nullptr;
    QTableWidget *m_list = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_retention = nullptr;

    // Statistics.
    QDateEdit *m_statFrom = nullptr;
    QDateEdit *m_statTo = nullptr;
    QTableWidget *m_statTable = nullptr;
    QChartView *m_trendChart = nullptr;
    QChartView *m_thematiqueChart = nullptr;
    QChartView *m_canalChart = nullptr;
    QChartView *m_ageChart = nullptr;
    QLabel *m_statSummary = nullptr;
    QLabel *m_sheetSaved = nullptr; // where the monthly sheet was saved as PDF
    QDateEdit *m_sheetMonth = nullptr;

    // People.
    QLineEdit *m_peopleSearch = nullptr;
    QTableWidget *m_people = nullptr;
    QLabel *m_peopleStatus = nullptr;
};

} // namespace escale::ui
