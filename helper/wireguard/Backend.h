// One interface over the kernel's WireGuard and wireguard-go, so the tunnel
// manager has a single code path: create → configure → status → destroy.
//
// Every call may come from the helper's main thread. A device can live in
// another network namespace (`netnsFd`): the back ends do their namespace
// work on throw-away threads or in the child process, never by moving the
// calling thread.
#pragma once

#include "WireGuardTypes.h"

#include <functional>
#include <memory>

namespace Lifeline::WireGuard {

// Owns one WireGuard interface: destroying it deletes the interface (and
// stops wireguard-go). Never throws.
class Device {
public:
    virtual ~Device() = default;
    Device(const Device &) = delete;
    Device &operator=(const Device &) = delete;

    // Makes the device exactly `config` (peers replaced). Empty on success,
    // else a sentence; a failure may leave part of `config` applied (the
    // owner destroys the device or configures it again).
    virtual QString configure(const DeviceConfig &config) = 0;
    // The device's fwmark and every peer's state, or nothing and a
    // sentence in `error`.
    virtual std::optional<DeviceState> state(QString *error) = 0;
    // Every peer's state, or nothing and a sentence in `error`.
    std::optional<QList<PeerStatus>> status(QString *error)
    {
        auto read = state(error);
        return read ? std::optional(std::move(read->peers)) : std::nullopt;
    }

    QString name() const { return m_name; }
    // In the device's own namespace.
    int ifindex() const { return m_ifindex; }

protected:
    Device(const QString &name, int ifindex)
        : m_name(name)
        , m_ifindex(ifindex)
    {
    }
    QString m_name;
    int m_ifindex;
};

class Backend {
public:
    virtual ~Backend() = default;
    // "kernel" or "wireguard-go", as GetTunnel's `backend` reports it.
    virtual QString name() const = 0;
    // A new, unconfigured, down interface `ifname` (a validated name,
    // ≤ 15 bytes) in the namespace `netnsFd` (-1: the helper's own), used
    // only during the call: the device's netlink sockets (kernel) or its
    // daemon (wireguard-go) stay in that namespace. Nothing is left behind
    // on failure, and an existing interface of that name is left alone.
    virtual std::unique_ptr<Device> create(const QString &ifname, int netnsFd, QString *error) = 0;
};

std::unique_ptr<Backend> kernelBackend();
// `program`: the wireguard-go executable's absolute path.
std::unique_ptr<Backend> userspaceBackend(const QString &program);

// After a restart of the helper: owners of devices an earlier run made, in
// the helper's namespace — a kernel WireGuard link `ifname`, or the
// wireguard-go daemon serving its UAPI socket. Adopting changes nothing;
// whether the device is alive is what state() answers. Destroying the owner
// deletes the device as create()'s would (the link; the daemon, by a pidfd
// taken while it still serves the socket). Null and a sentence in `error`
// when there is nothing to own.
std::unique_ptr<Device> adoptKernelDevice(const QString &ifname, QString *error);
std::unique_ptr<Device> adoptUserspaceDevice(const QString &ifname, QString *error);

// What the machine offers; replaced by fakes in tests.
struct Probes {
    // The generic-netlink family "wireguard" resolves.
    std::function<bool()> kernelFamily;
    // A wireguard link can be created (tried in a throw-away namespace; it
    // also loads the module).
    std::function<bool()> kernelLink;
    // wireguard-go's absolute path from PATH, or empty.
    std::function<QString()> wireGuardGo;
};
Probes systemProbes();

enum class Preference { Auto, Kernel, Userspace };
enum class Choice { None, Kernel, Userspace };

// Kernel if it can create a wireguard link and then answers on its family,
// else wireguard-go if installed; a preference allows only its own back
// end. `why` is one sentence: what was chosen and why, or what is missing.
// Preference::Userspace never probes the kernel.
Choice decide(const Probes &probes, Preference preference, QString *why);
std::unique_ptr<Backend> chooseBackend(
    QString *why, Preference preference = Preference::Auto, const Probes &probes = systemProbes());

// Runs `work` on a short-lived thread that joined `netnsFd` (or directly
// when it is -1), so the caller's thread never changes namespace.
QString inNamespace(int netnsFd, const std::function<QString()> &work);

} // namespace Lifeline::WireGuard
