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

private:
    QString structureName() const;

    AppServices m_services;
    places::Place m_place;
    QTextBrowser *m_browser = nullptr;
};

} // namespace escale::ui
