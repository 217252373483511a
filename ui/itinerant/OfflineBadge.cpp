#include "ui/itinerant/OfflineBadge.h"

#include <QNetworkInformation>

namespace escale::ui {

OfflineBadge::OfflineBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("offlineBadge"));
    setText(tr("offline"));
    setToolTip(tr("No Internet access: everything keeps working here; synchronisation waits for the network."));
    setStyleSheet(QStringLiteral("QLabel { background: #e8e8e8; color: #444; border-radius: 7px; padding: 1px 8px; "
                                 "font-size: 9pt; }"));
    setVisible(false);
}

void OfflineBadge::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // the platform cannot tell: no badge rather than a wrong one
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    auto apply = [this](QNetworkInformation::Reachability reachability) {
        if (reachability == QNetworkInformation::Reachability::Unknown)
            return;
        setOnline(reachability == QNetworkInformation::Reachability::Online);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
}

void OfflineBadge::setOnline(bool online)
{
    m_offline = !online;
    setVisible(m_offline);
}

} // namespace escale::ui
