#pragma once

#include "AppServices.h"
#include "geo/PositionSource.h"

#include <QGroupBox>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace escale::ui {

// Paramètres, « Position (GPS) »: where the position comes from (the system's source, a serial GPS,
// gpsd, none), saved in the settings table, and « Tester », which opens the chosen source and shows
// the first position or what went wrong within a few seconds.
class PositionSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PositionSettingsBox(AppServices services, QWidget *parent = nullptr);

    void reload();
    geo::PositionSettings settings() const;
    void setSettings(const geo::PositionSettings &settings);
    // How long « Tester » waits for a first position (8 s; shorter in tests).
    void setTestTimeout(int ms) { m_testTimeoutMs = ms; }

Q_SIGNALS:
    void saved();
    void testFinished(bool ok);

private:
    void updateEnabled();
    void save();
    void test();
    void endTest(const QString &message, bool ok);

    AppServices m_services;
    QComboBox *m_kind = nullptr;
    QComboBox *m_serialPort = nullptr;
    QComboBox *m_baudRate = nullptr;
    QLineEdit *m_gpsdHost = nullptr;
    QSpinBox *m_gpsdPort = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_testTimer = nullptr;
    std::unique_ptr<geo::PositionSource> m_testing;
    int m_testTimeoutMs = 8000;
};

} // namespace escale::ui
