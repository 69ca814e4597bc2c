#include "Backend.h"

#include "NlHandles.h"

#include <QStandardPaths>

#include <linux/wireguard.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <thread>

namespace Lifeline::WireGuard {
namespace {

bool genlFamilyResolves()
{
    Nl::Socket socket(nl_socket_alloc());
    if (!socket || genl_connect(socket.get()) < 0)
        return false;
    return genl_ctrl_resolve(socket.get(), WG_GENL_NAME) >= 0;
}

// In a namespace of its own that dies with the thread, so nothing on the
// host is touched, not even for a moment; the kernel loads the module on
// the way (request_module("rtnl-link-wireguard")).
bool linkCanBeCreated()
{
    bool created = false;
    std::thread([&] {
        if (unshare(CLONE_NEWNET) != 0)
            return;
        Nl::Socket socket(nl_socket_alloc());
        if (!socket || nl_connect(socket.get(), NETLINK_ROUTE) < 0)
            return;
        Nl::Link link(rtnl_link_alloc());
        if (!link || rtnl_link_set_type(link.get(), "wireguard") < 0)
            return;
        rtnl_link_set_name(link.get(), "llwgprobe");
        created = rtnl_link_add(socket.get(), link.get(), NLM_F_CREATE | NLM_F_EXCL) >= 0;
    }).join();
    return created;
}

// Why the kernel cannot be used, from what the probes saw.
QString kernelMissing(const Probes &probes, bool linkWorks)
{
    if (linkWorks)
        return QStringLiteral("the kernel creates WireGuard interfaces but its \"wireguard\" "
                              "netlink family does not answer");
    if (probes.kernelFamily())
        return QStringLiteral(
            "the kernel's WireGuard module is loaded but refuses to create interfaces");
    return QStringLiteral("the kernel has no WireGuard module");
}

} // namespace

Probes systemProbes()
{
    return {
        genlFamilyResolves,
        linkCanBeCreated,
        [] { return QStandardPaths::findExecutable(QStringLiteral("wireguard-go")); },
    };
}

Choice decide(const Probes &probes, Preference preference, QString *why)
{
    const QString noGo = QStringLiteral("wireguard-go is not installed (not found on PATH)");
    if (preference == Preference::Userspace) {
        if (!probes.wireGuardGo().isEmpty()) {
            *why = QStringLiteral("wireguard-go was asked for");
            return Choice::Userspace;
        }
        *why = QStringLiteral("wireguard-go was asked for, but %1").arg(noGo);
        return Choice::None;
    }
    // Creating a link is the test that counts: a resolving family proves
    // only that the module is loaded, not that it may be used (a blocked
    // module, a restricted container). The link also loads the module,
    // so the family is asked after it.
    const bool linkWorks = probes.kernelLink();
    if (linkWorks && probes.kernelFamily()) {
        *why = QStringLiteral("the kernel has WireGuard");
        return Choice::Kernel;
    }
    const QString missing = kernelMissing(probes, linkWorks);
    if (preference == Preference::Kernel) {
        *why = QStringLiteral("the kernel's WireGuard was asked for, but %1").arg(missing);
        return Choice::None;
    }
    if (!probes.wireGuardGo().isEmpty()) {
        *why = QStringLiteral("%1, so wireguard-go is used").arg(missing);
        return Choice::Userspace;
    }
    *why = QStringLiteral("%1 and %2").arg(missing, noGo);
    return Choice::None;
}

std::unique_ptr<Backend> chooseBackend(QString *why, Preference preference, const Probes &probes)
{
    switch (decide(probes, preference, why)) {
    case Choice::Kernel:
        return kernelBackend();
    case Choice::Userspace:
        return userspaceBackend(probes.wireGuardGo());
    case Choice::None:
        break;
    }
    return nullptr;
}

QString inNamespace(int netnsFd, const std::function<QString()> &work)
{
    if (netnsFd < 0)
        return work();
    QString result;
    std::thread([&] {
        if (setns(netnsFd, CLONE_NEWNET) != 0)
            result = QStringLiteral("cannot enter the network namespace: %1")
                         .arg(QString::fromLocal8Bit(strerror(errno)));
        else
            result = work();
    }).join();
    return result;
}

} // namespace Lifeline::WireGuard
