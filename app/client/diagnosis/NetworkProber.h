// The real prober: QtNetwork for the normal probes (unprivileged), the helper
// (read-only calls, and ProbeNative) for the tunnel. Idle between rounds: no
// sockets, timers or threads of its own until start().
#pragma once

#include "Prober.h"

#include <QDBusConnection>
#include <QPointer>

namespace Lifeline::Diagnosis {

class ProbeRound;

class NetworkProber : public Prober {
    Q_OBJECT
public:
    explicit NetworkProber(
        const QDBusConnection &bus = QDBusConnection::systemBus(), QObject *parent = nullptr);

    void start(const ProbeTargets &targets) override;
    bool running() const override { return !m_round.isNull(); }

    // The configured backup connection: settings "backup/tunnel" (shared lifeline.conf).
    static QString backupTunnel();

private:
    QDBusConnection m_bus;
    QPointer<ProbeRound> m_round;
};

} // namespace Lifeline::Diagnosis
