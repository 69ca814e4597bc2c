// The kernel's WireGuard: the link made with rtnetlink, configured and read
// with the "wireguard" generic-netlink family. Both sockets are opened in the
// device's namespace and stay bound to it, so later calls from any thread
// reach the right device.
#pragma once

#include "Backend.h"

namespace Lifeline::WireGuard {

class KernelBackend : public Backend {
public:
    QString name() const override { return QStringLiteral("kernel"); }
    std::unique_ptr<Device> create(const QString &ifname, int netnsFd, QString *error) override;
};

} // namespace Lifeline::WireGuard
