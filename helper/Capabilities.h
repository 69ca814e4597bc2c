// What this machine offers the helper, probed for real at start.
#pragma once

#include <QDBusConnection>
#include <QString>
#include <QVariantMap>

namespace Lifeline::Capabilities {

// The kernel's WireGuard: its generic-netlink family resolves.
bool kernelWireGuard();
// The path of a wireguard-go binary on the helper's PATH, or empty.
QString wireGuardGo();
// libnftables can talk to the kernel (a read-only listing succeeds).
bool nftables();
// systemd-resolved owns its name on `bus`.
bool resolved(const QDBusConnection &bus);

// All of the above as the Capabilities property reports them.
QVariantMap probe(const QDBusConnection &bus);

} // namespace Lifeline::Capabilities
