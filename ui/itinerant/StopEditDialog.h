#pragma once

#include "AppServices.h"
#include "itinerant/Tour.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace escale::ui {

class MapView;

// « Arrêt » of a tour: name, commune, code INSEE, an optional place of the register, hours, the
// recurrence (every week, every N weeks from a date, the Nth weekday of the month; some months only;
// a period) and the precise point, clicked on a small map or typed. « Enregistrer » saves through
// itinerant::TourStore::saveStop; a refusal (no name, hours reversed, a recurrence that never occurs,
// impossible coordinates…) is shown next to the form in French and nothing is saved.
class StopEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `stop.tourId` must be set; an empty `stop.id` adds a new stop. `others`: the tour's other stops,
    // drawn in grey on the map.
    StopEditDialog(AppServices services, const itinerant::Stop &stop, const QList<itinerant::Stop> &others = {},
                   QWidget *parent = nullptr);

    // The stop as the form describes it; `error` receives a message when a typed field cannot be read
    // (e.g. a latitude that is not a number).
    itinerant::Stop editedStop(QString *error = nullptr) const;
    // The saved stop (after accept()).
    const itinerant::Stop &stop() const { return m_stop; }
    // Sets the point as a click on the map does (nullopt clears it).
    void setPoint(std::optional<double> latitude, std::optional<double> longitude);

public Q_SLOTS:
    // Checks, saves and closes; or shows the refusal and stays open.
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateRecurrenceFields();
    void updateMapMarker();
    void showError(const QString &message);
    void fillPlaces();

    AppServices m_services;
    itinerant::Stop m_stop;
    QList<itinerant::Stop> m_others;
    QString m_acknowledgedOverlap; // the overlap warning shown; saving again with it keeps the hours
    QLineEdit *m_name = nullptr;
    QLineEdit *m_commune = nullptr;
    QLineEdit *m_codeInsee = nullptr;
    QComboBox *m_place = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_weekday = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_nth = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_until = nullptr;
    QList<QCheckBox *> m_months;
    QCheckBox *m_holidays = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    MapView *m_map = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_description = nullptr;
    QPoint m_pressPos;
};

} // namespace escale::ui
