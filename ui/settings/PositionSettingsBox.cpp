#include "ui/settings/PositionSettingsBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace escale::ui {

using Kind = geo::PositionSettings::Kind;

PositionSettingsBox::PositionSettingsBox(AppServices services, QWidget *parent)
    : QGroupBox(tr("Position (GPS)"), parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("positionSettingsBox"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("positionKindCombo"));
    m_kind->addItem(tr("Automatic (the system's source)"), geo::PositionSettings::kindCode(Kind::Automatic));
    m_kind->addItem(tr("Serial GPS (NMEA)"), geo::PositionSettings::kindCode(Kind::Serial));
    m_kind->addItem(tr("gpsd"), geo::PositionSettings::kindCode(Kind::Gpsd));
    m_kind->addItem(tr("None"), geo::PositionSettings::kindCode(Kind::None));
    form->addRow(tr("Position so&urce:"), m_kind);

    m_serialPort = new QComboBox(this);
    m_serialPort->setObjectName(QStringLiteral("serialPortCombo"));
    m_serialPort->setEditable(true);
    m_serialPort->addItems(geo::PositionSource::availableSerialPorts());
    m_serialPort->setAccessibleName(tr("Serial port"));
    m_serialPort->setToolTip(tr("For example /dev/ttyACM0 or /dev/ttyUSB0 (COM3 on Windows)."));
    form->addRow(tr("Serial &port:"), m_serialPort);

    m_baudRate = new QComboBox(this);
    m_baudRate->setObjectName(QStringLiteral("baudRateCombo"));
    m_baudRate->addItem(tr("4800 bauds"), 4800);
    m_baudRate->addItem(tr("9600 bauds"), 9600);
    form->addRow(tr("Spee&d:"), m_baudRate);

    m_gpsdHost = new QLineEdit(this);
    m_gpsdHost->setObjectName(QStringLiteral("gpsdHostLineEdit"));
    form->addRow(tr("gpsd &host:"), m_gpsdHost);

    m_gpsdPort = new QSpinBox(this);
    m_gpsdPort->setObjectName(QStringLiteral("gpsdPortSpinBox"));
    m_gpsdPort->setRange(1, 65535);
    form->addRow(tr("gpsd p&ort:"), m_gpsdPort);

    if (!m_services.nmeaLog.isEmpty()) {
        auto *note = new QLabel(
            tr("Escale was started with --nmea %1: that log gives the position, whatever is chosen here.")
                .arg(m_services.nmeaLog),
            this);
        note->setObjectName(QStringLiteral("nmeaOverrideLabel"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    if (!geo::PositionSource::serialPortSupported()) {
        auto *note = new QLabel(tr("This build cannot read a serial GPS: Qt Serial Port is missing."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Sa&ve the position settings"), this);
    saveButton->setObjectName(QStringLiteral("savePositionButton"));
    m_testButton = new QPushButton(tr("&Test"), this);
    m_testButton->setObjectName(QStringLiteral("testPositionButton"));
    m_testButton->setToolTip(tr("Opens the chosen source and waits a few seconds for a first position."));
    buttons->addWidget(saveButton);
    buttons->addWidget(m_testButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("positionStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_testTimer = new QTimer(this);
    m_testTimer->setSingleShot(true);
    connect(m_testTimer, &QTimer::timeout, this, [this] {
        const QString what = m_testing ? m_testing->description() : QString();
        endTest(tr("No position within %1 s from %2. Is the GPS connected and can it see the sky?")
                    .arg(m_testTimeoutMs / 1000.0, 0, 'g', 2)
                    .arg(what),
            false);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PositionSettingsBox::updateEnabled);
    connect(saveButton, &QPushButton::clicked, this, &PositionSettingsBox::save);
    connect(m_testButton, &QPushButton::clicked, this, &PositionSettingsBox::test);

    reload();
}

void PositionSettingsBox::reload()
{
    setSettings(geo::PositionSettings::load(m_services.database));
}

geo::PositionSettings PositionSettingsBox::settings() const
{
    geo::PositionSettings s;
    s.kind = geo::PositionSettings::kindFromCode(m_kind->currentData().toString());
    s.serialPort = m_serialPort->currentText().trimmed();
    s.baudRate = m_baudRate->currentData().toInt();
    s.gpsdHost = m_gpsdHost->text().trimmed();
    s.gpsdPort = m_gpsdPort->value();
    return s;
}

void PositionSettingsBox::setSettings(const geo::PositionSettings &s)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(geo::PositionSettings::kindCode(s.kind))));
    if (!s.serialPort.isEmpty() && m_serialPort->findText(s.serialPort) < 0)
        m_serialPort->addItem(s.serialPort);
    m_serialPort->setCurrentText(s.serialPort);
    m_baudRate->setCurrentIndex(std::max(0, m_baudRate->findData(s.baudRate)));
    m_gpsdHost->setText(s.gpsdHost);
    m_gpsdPort->setValue(s.gpsdPort);
    updateEnabled();
}

void PositionSettingsBox::updateEnabled()
{
    const Kind kind = geo::PositionSettings::kindFromCode(m_kind->currentData().toString());
    m_serialPort->setEnabled(kind == Kind::Serial);
    m_baudRate->setEnabled(kind == Kind::Serial);
    m_gpsdHost->setEnabled(kind == Kind::Gpsd);
    m_gpsdPort->setEnabled(kind == Kind::Gpsd);
    m_testButton->setEnabled(kind != Kind::None && !m_testing);
}

void PositionSettingsBox::save()
{
    const geo::PositionSettings s = settings();
    if (s.kind == Kind::Gpsd && s.gpsdHost.isEmpty()) {
        m_status->setText(tr("Give the host where gpsd runs (127.0.0.1 for this computer)."));
        return;
    }
    if (const Status saved = s.save(m_services.database); !saved) {
        m_status->setText(saved.errorMessage());
        return;
    }
    m_status->setText(tr("Saved. The map and the current stop use it now."));
    Q_EMIT saved();
}

void PositionSettingsBox::test()
{
    if (m_testing)
        return;
    auto opened = geo::PositionSource::fromSettings(settings());
    if (!opened) {
        endTest(opened.errorMessage(), false);
        return;
    }
    m_testing = std::move(*opened);
    geo::PositionSource *source = m_testing.get();
    connect(source, &geo::PositionSource::positionUpdated, this, [this](const geo::Position &p) {
        QString text = tr("Position received: %1, %2").arg(p.latitude, 0, 'f', 5).arg(p.longitude, 0, 'f', 5);
        if (!std::isnan(p.horizontalAccuracy) && p.horizontalAccuracy > 0)
            text += tr(" (± %1 m)").arg(qRound(p.horizontalAccuracy));
        endTest(text + QLatin1Char('.'), true);
    });
    connect(source, &geo::PositionSource::errorOccurred, this, [this](const QString &message) {
        endTest(message, false);
    });
    m_status->setText(tr("Waiting for a position from %1…").arg(source->description()));
    updateEnabled();
    m_testTimer->start(m_testTimeoutMs);
    source->start();
}

void PositionSettingsBox::endTest(const QString &message, bool ok)
{
    m_testTimer->stop();
    if (m_testing) {
        m_testing->stop();
        m_testing.release()->deleteLater(); // may be the sender of the signal being handled
    }
    m_status->setText(message);
    updateEnabled();
    Q_EMIT testFinished(ok);
}

} // namespace escale::ui
