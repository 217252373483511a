#pragma once

#include "AppServices.h"
#include "geo/Position.h"
#include "places/PlaceSearch.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QMenu;
class QTimer;

namespace escale::geo {
class PositionSource;
}

namespace escale::ui {

class MapView;
class StopEditDialog;

// The « Carte » section: find a place to send someone to. A search field (name, commune, code postal),
// filters (service, typologie, public, « ouvert maintenant », « accepte le Pass numérique »), the
// result list with distances from the structure, and the map beside it; list and map stay in sync
// (selecting in one shows it in the other). Double-click or Entrée opens the place's sheet.
// « Les plus proches d'ici » (checkable) measures the distances from the device's position instead
// of the structure: the list then shows the nearest places to where the device is; it is disabled,
// with a tooltip saying why, as long as no position is known.
// The map also shows the stops of the active tours (layer « Arrêts des tournées », docs/map.md): a click
// on one opens it in the stop editor; a right-click « Ajouter un arrêt de tournée ici… » opens the
// editor with that point.
class PlacesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlacesPage(AppServices services, QWidget *parent = nullptr);

    // Runs the search again (after an import, or when the section is shown).
    void refresh();
    // Tests: the places listed, in order.
    QStringList listedIds() const;
    // The device's position (from the page's position source, or given by tests): drawn on the map,
    // enables « Les plus proches d'ici »; an invalid position disables it again.
    void setDevicePosition(const geo::Position &position);
    // Reads the tours' stops again and draws them (when shown, after an edit, when the current stop changes).
    void refreshStops();
    // Starts the position source chosen in Paramètres again (called when that choice is saved): no
    // restart of Escale needed. A source that cannot start, or stops answering, is said under the list.
    void restartPositioning();
    // Tests: what the page says of the position source (empty when all is well).
    QString positionProblem() const { return m_positionProblem; }
    // The stop editor for a new stop of `tourId` at this point / for an existing stop (nullptr when the
    // tour or the stop is unknown). Opened window-modal; the layer is refreshed when it is saved.
    StopEditDialog *addStopAt(double latitude, double longitude, const QString &tourId);
    StopEditDialog *openStop(const QString &stopId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    places::PlaceQuery query(int limit) const;
    void openPlace(const QString &id);
    void selectInList(const QStringList &ids);
    void importPlaces();
    void exportPlaces();
    void updateNearHereButton();
    void setPositionProblem(const QString &text);
    void fillMapMenu(double latitude, double longitude, QMenu *menu);

    AppServices m_services;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_serviceCombo = nullptr;
    QComboBox *m_typologieCombo = nullptr;
    QComboBox *m_publicCombo = nullptr;
    QCheckBox *m_openNowCheck = nullptr;
    QCheckBox *m_passCheck = nullptr;
    QPushButton *m_nearHereButton = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_countLabel = nullptr;
    MapView *m_map = nullptr;
    QTimer *m_debounce = nullptr;
    std::optional<double> m_homeLat, m_homeLon;
    geo::Position m_device;
    bool m_hasPositionSource = false;
    QPointer<geo::PositionSource> m_position;
    QString m_positionProblem;
    QLabel *m_positionLabel = nullptr;
    geo::Position m_deviceListed; // where the device was when the list was last measured from it
    bool m_loaded = false;
};

} // namespace escale::ui
