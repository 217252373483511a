#pragma once

#include "AppServices.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace escale::ui {

// Accueil: which structure this is, today's date, and today's figures.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(AppServices services, QWidget *parent = nullptr);

    // Re-reads the structure and today's figures (after an edit, a sync, a new day). Before the page's
    // first paint only the structure and the date are read: the figures (counts over the whole
    // database) follow right after that first frame, so that the window opens at once whatever the size
    // of the database (docs/development.md, « Start-up »).
    void refresh();

    // Reads today's figures now.
    void refreshFigures();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_painted = false;
    AppServices m_services;
    QLabel *m_title = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_date = nullptr;
    QGridLayout *m_figures = nullptr;
    QWidget *m_figuresBox = nullptr;
};

} // namespace escale::ui
