#pragma once

#include "AppServices.h"
#include "places/PlaceSearch.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace escale::ui {

class MapView;

// The « Carte » section: find a place to send someone to. A search field (name, commune, code postal),
// filters (service, typologie, public, « ouvert maintenant », « accepte le Pass numérique »), the
// result list with distances from the structure, and the map beside it; list and map stay in sync
// (selecting in one shows it in the other). Double-click or Entrée opens the place's sheet.
class PlacesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlacesPage(AppServices services, QWidget *parent = nullptr);

    // Runs the search again (after an import, or when the section is shown).
    void refresh();
    // Tests: the places listed, in order.
    QStringList listedIds() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    places::PlaceQuery query(int limit) const;
    void openPlace(const QString &id);
    void selectInList(const QStringList &ids);
    void importPlaces();
    void exportPlaces();

    AppServices m_services;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_serviceCombo = nullptr;
    QComboBox *m_typologieCombo = nullptr;
    QComboBox *m_publicCombo = nullptr;
    QCheckBox *m_openNowCheck = nullptr;
    QCheckBox *m_passCheck = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_countLabel = nullptr;
    MapView *m_map = nullptr;
    QTimer *m_debounce = nullptr;
    std::optional<double> m_homeLat, m_homeLon;
    bool m_loaded = false;
};

} // namespace escale::ui
