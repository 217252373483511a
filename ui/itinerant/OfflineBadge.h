#pragma once

#include <QLabel>

namespace escale::ui {

// A small « hors ligne » badge for the status bar, shown while the computer has no Internet access
// (QNetworkInformation reachability). Hidden while online or when the platform cannot tell. Never a
// pop-up: everything in Escale works offline, the badge only says so.
//
// The network backend is loaded by start(), called after the window's first paint (loading it takes
// time that start-up must not pay).
class OfflineBadge : public QLabel
{
    Q_OBJECT
public:
    explicit OfflineBadge(QWidget *parent = nullptr);

    // Loads the reachability backend once and follows it; does nothing when there is none.
    void start();
    bool isStarted() const { return m_started; }
    // What the backend reports (tests call it directly).
    void setOnline(bool online);
    bool isOffline() const { return m_offline; }

private:
    bool m_started = false;
    bool m_offline = false;
};

} // namespace escale::ui
