#pragma once

#include "AppServices.h"
#include "geo/MapRenderer.h"
#include "places/Place.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QTextBrowser;
class QTextDocument;

namespace escale::ui {

// One place's sheet on screen (the same document as the printed place sheet), with « Imprimer / PDF ».
// The sheet's map extract is drawn on a worker thread (imported layers are decoded there): the sheet
// shows at once, and again with its map when it is ready.
class PlaceDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    PlaceDetailsDialog(AppServices services, const places::Place &place, QWidget *parent = nullptr);
    ~PlaceDetailsDialog() override;

    const places::Place &place() const { return m_place; }
    // True while the map extract is being drawn (tests wait for false).
    bool isDrawingMap() const { return m_drawing > 0; }
    // The map extract shown (empty before it is drawn, and for a place without coordinates).
    const std::optional<geo::MapExtract> &mapExtract() const { return m_map; }

public slots:
    // « Modifier »: the edit form; after a save, the sheet shows the new data.
    void edit();

signals:
    void placeChanged(const QString &id);

private:
    QString structureName() const;
    void showSheet();
    void drawMap();
    std::unique_ptr<QTextDocument> buildSheet();

    AppServices m_services;
    places::Place m_place;
    QTextBrowser *m_browser = nullptr;
    QLabel *m_savedLabel = nullptr; // where the sheet was saved as PDF
    std::optional<geo::MapExtract> m_map;
    std::optional<geo::MapExtractRequest> m_mapRequest;
    quint64 m_mapGeneration = 0;
    int m_drawing = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace escale::ui
