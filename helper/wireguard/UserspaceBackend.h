// wireguard-go: one daemon per device, started inside the device's network
// namespace, configured over its UAPI socket /var/run/wireguard/<ifname>.sock.
// That path is per mount namespace, not per network namespace, so interface
// names must be unique across namespaces (ll-<name> is); create() refuses a
// name whose socket a live daemon already serves.
#pragma once

#include "Backend.h"

#include <chrono>

namespace Lifeline::WireGuard {

class UserspaceBackend : public Backend {
public:
    explicit UserspaceBackend(const QString &program)
        : m_program(program)
    {
    }
    QString name() const override { return QStringLiteral("wireguard-go"); }
    std::unique_ptr<Device> create(const QString &ifname, int netnsFd, QString *error) override;

    QString program() const { return m_program; }
    // Where wireguard-go (not us) puts the control socket: fixed by the daemon.
    static QString socketPath(const QString &ifname);
    // How long a new daemon may take to open its socket.
    static constexpr std::chrono::milliseconds StartTimeout { 3000 };

private:
    QString m_program;
};

} // namespace Lifeline::WireGuard
