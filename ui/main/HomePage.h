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

    // Re-reads the structure and today's figures (after an edit, a sync, a new day).
    void refresh();

private:
    AppServices m_services;
    QLabel *m_title = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_date = nullptr;
    QGridLayout *m_figures = nullptr;
    QWidget *m_figuresBox = nullptr;
};

} // namespace escale::ui
