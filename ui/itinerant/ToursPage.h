#pragma once

#include "AppServices.h"
#include "itinerant/Tour.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace escale::ui {

class StopEditDialog;

// The « Tournées » section (issue 9): the bus's tours (add, rename, deactivate, remove), the selected
// tour's stops (name, commune, day, hours, recurrence in words, the point or « sans coordonnées — à
// choisir à la main ») with the stop editor, and the tour's schedule: the week (Monday to Sunday, with
// previous / next week) and the chosen day. Stops that never occur are listed in a calm warning line.
// « Importer depuis les lieux itinérants… » builds tours from the places marked « Itinérant »
// (itinerant::TourImport); « Imprimer la fiche horaire… » previews the tour's public timetable
// (itinerant::TimetableSheet) through DocumentPreview.
class ToursPage : public QWidget
{
    Q_OBJECT
public:
    explicit ToursPage(AppServices services, QWidget *parent = nullptr);

    QString selectedTourId() const;
    void selectTour(const QString &tourId);
    // The day whose week and day schedule are shown (today by the clock at first).
    QDate shownDay() const { return m_day; }
    void showDay(const QDate &day);
    // Opens the stop editor (window-modal, not blocking) for a new stop of the selected tour or for
    // `stop`; the lists are refreshed when it is saved. Returns the dialog (deleted when closed).
    StopEditDialog *openStopEditor(const itinerant::Stop &stop = {});
    // Asks before removing; tests answer through this hook instead of a message box.
    void setConfirmHook(std::function<bool(const QString &question)> hook) { m_confirm = std::move(hook); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // A tour or a stop was added, changed or removed (the status bar reloads today's stops).
    void toursChanged();

private:
    void addTour();
    void renameTour();
    void toggleTourActive();
    void removeTour();
    void removeStop();
    void importFromPlaces();
    void printTimetable();
    void editSelectedStop();
    void refreshStops();
    void refreshSchedule();
    void updateButtons();
    void onTourItemChanged(QListWidgetItem *item);
    bool confirm(const QString &question);
    // Shows a refusal of the store under the tours (empty: hides it); true when ok.
    bool report(const QString &error);
    QList<itinerant::Stop> currentStops() const { return m_stops; }

    AppServices m_services;
    QDate m_day;
    QList<itinerant::Tour> m_tours;
    QList<itinerant::Stop> m_stops;
    std::function<bool(const QString &)> m_confirm;
    bool m_filling = false;

    QListWidget *m_tourList = nullptr;
    QLineEdit *m_newTour = nullptr;
    QPushButton *m_addTour = nullptr;
    QPushButton *m_renameTour = nullptr;
    QPushButton *m_activeTour = nullptr;
    QPushButton *m_removeTour = nullptr;
    QLabel *m_tourError = nullptr;
    QPushButton *m_importTours = nullptr;
    QLabel *m_importSummary = nullptr;
    QPushButton *m_printTimetable = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_tourTitle = nullptr;
    QTableWidget *m_stopsTable = nullptr;
    QPushButton *m_addStop = nullptr;
    QPushButton *m_editStop = nullptr;
    QPushButton *m_removeStop = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_weekLabel = nullptr;
    QTableWidget *m_weekTable = nullptr;
    QLabel *m_dayLabel = nullptr;
    QTableWidget *m_dayTable = nullptr;
};

} // namespace escale::ui
