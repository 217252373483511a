#pragma once

#include "AppServices.h"
#include "places/Place.h"

#include <QDialog>

class QTextBrowser;

namespace escale::ui {

// One place's sheet on screen (the same document as the printed place sheet), with « Imprimer / PDF ».
class PlaceDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    PlaceDetailsDialog(AppServices services, const places::Place &place, QWidget *parent = nullptr);

    const places::Place &place() const { return m_place; }

public slots:
    // « Modifier »: the edit form; after a save, the sheet shows the new data.
    void edit();

signals:
    void placeChanged(const QString &id);

private:
    QString structureName() const;
    void showSheet();

    AppServices m_services;
    places::Place m_place;
    QTextBrowser *m_browser = nullptr;
};

} // namespace escale::ui
