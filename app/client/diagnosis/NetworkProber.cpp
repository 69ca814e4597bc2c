#include "NetworkProber.h"

#include "BackupSettings.h"
#include "ProbeRound.h"

namespace Lifeline::Diagnosis {

NetworkProber::NetworkProber(const QDBusConnection &bus, QObject *parent)
    : Prober(parent)
    , m_bus(bus)
{
}

QString NetworkProber::backupTunnel()
{
    return BackupSettings::load().tunnel;
}

void NetworkProber::start(const ProbeTargets &targets)
{
    if (running())
        return;
    m_round = new ProbeRound(m_bus, backupTunnel(), targets, this);
    connect(m_round, &ProbeRound::finished, this, [this](const Findings &findings) {
        m_round->deleteLater();
        m_round = nullptr;
        Q_EMIT finished(findings);
    });
    // Started from the event loop, so finished() never comes from inside start().
    QMetaObject::invokeMethod(m_round, &ProbeRound::start, Qt::QueuedConnection);
}

} // namespace Lifeline::Diagnosis
