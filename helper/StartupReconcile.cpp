#include "StartupReconcile.h"

#include "Backend.h"
#include "Firewall.h"
#include "IsolatedNetwork.h"
#include "LaunchProcesses.h"
#include "LinkLabel.h"
#include "NetNamespace.h"
#include "Netlink.h"
#include "RouteSet.h"
#include "TunnelManager.h"
#include "TunnelName.h"
#include "TunnelStore.h"
#include "UapiClient.h"
#include "UserspaceBackend.h"

#include <QDir>
#include <QFileInfo>

#include <map>
#include <memory>
#include <net/if.h>

namespace Lifeline {

namespace {

namespace Netlink = Route::Netlink;
using Report = StartupReconcile::Report;

// What is there, with an owner for every WireGuard device found (by
// interface name) and the stored configurations of the links' tunnels.
struct Reading {
    StartupState state;
    std::map<QString, std::unique_ptr<WireGuard::Device>> owners;
    QHash<QString, QString> backends; // by interface name
    QHash<QString, Tunnel::WgQuickConfig> stored;
};

// One ll-* link: what its device says, through an owner adopted for it.
StartupState::TunnelLink readTunnelLink(const Netlink::KernelLink &kernel,
    const QList<Netlink::KernelAddress> &addresses, Reading *reading)
{
    StartupState::TunnelLink entry;
    entry.link = { kernel.name, kernel.ifindex, kernel.mtu, kernel.kind, {} };
    for (const Netlink::KernelAddress &address : addresses) {
        if (address.ifindex == kernel.ifindex)
            entry.link.addresses << address.address;
    }
    std::unique_ptr<WireGuard::Device> owner;
    QString why;
    if (kernel.kind == u"wireguard") {
        owner = WireGuard::adoptKernelDevice(kernel.name, &why);
        reading->backends.insert(kernel.name, QStringLiteral("kernel"));
    } else if (kernel.kind == u"tun") {
        owner = WireGuard::adoptUserspaceDevice(kernel.name, &why);
        reading->backends.insert(kernel.name, QStringLiteral("wireguard-go"));
    } else {
        why = QStringLiteral("it is %1 interface, not a WireGuard one")
                  .arg(kernel.kind.isEmpty() ? QStringLiteral("a plain")
                                             : QStringLiteral("a ") + kernel.kind);
    }
    if (owner)
        entry.device = owner->state(&why);
    entry.deviceProblem = why;
    reading->owners[kernel.name] = std::move(owner);
    return entry;
}

// What each leftover launch shows of itself: its namespace's processes
// (one scan of /proc for all), its host veth's index, addresses and label.
QString readLaunchTraces(nl_sock *socket, const QList<Netlink::KernelLink> &links,
    const QList<Netlink::KernelAddress> &addresses, StartupState *state)
{
    QList<LaunchProcesses::Process> processes;
    for (const QString &id : std::as_const(state->launchIds)) {
        LaunchAdoption::Trace trace;
        const quint64 inode = LaunchProcesses::namespaceInode(
            Net::NetNamespace::directory() + u'/' + Net::namespaceName(id));
        trace.namespaceBound = inode != 0;
        if (trace.namespaceBound) {
            if (processes.isEmpty())
                processes = LaunchProcesses::read(QStringLiteral("/proc"));
            trace.processes = LaunchProcesses::find(processes, inode);
        }
        for (const Netlink::KernelLink &link : links) {
            if (link.name == Net::hostInterfaceName(id))
                trace.vethIndex = link.ifindex;
        }
        for (const Netlink::KernelAddress &address : addresses) {
            if (trace.vethIndex != 0 && address.ifindex == trace.vethIndex)
                trace.vethAddresses << address.address;
        }
        if (trace.vethIndex != 0) {
            QString error;
            trace.label = Net::LinkLabel::read(socket, trace.vethIndex, &error);
            if (!error.isEmpty())
                return error;
        }
        state->launchTraces.insert(id, trace);
    }
    return {};
}

// Empty when everything could be read; a device that does not answer is
// no failure to read (it is what deviceProblem says).
QString read(nl_sock *socket, const QString &tunnelDirectory, Reading *reading)
{
    QString error;
    const QList<Netlink::KernelLink> links = Netlink::links(socket, &error);
    const QList<Netlink::KernelAddress> addresses
        = error.isEmpty() ? Netlink::addresses(socket, &error) : QList<Netlink::KernelAddress>();
    const Route::Leftovers tagged
        = error.isEmpty() ? Route::leftovers(socket, &error) : Route::Leftovers();
    if (error.isEmpty())
        reading->state.launchIds = Net::IsolatedNetwork::leftovers(&error);
    if (error.isEmpty())
        error = readLaunchTraces(socket, links, addresses, &reading->state);
    if (!error.isEmpty())
        return error;
    reading->state.tagged = tagged;
    const Tunnel::TunnelStore store(tunnelDirectory);
    for (const Netlink::KernelLink &kernel : links) {
        if (!kernel.name.startsWith(u"ll-"))
            continue;
        reading->state.tunnelLinks << readTunnelLink(kernel, addresses, reading);
        const QString name = kernel.name.mid(3);
        if (Tunnel::checkName(name).isEmpty() && store.exists(name)) {
            if (const auto config = store.loadPublic(name))
                reading->stored.insert(name, *config);
        }
    }
    return {};
}

// Adopted tunnels go to the TunnelManager; one that fails to rebuild is
// removed, and what it claimed joins `remove`.
void adoptTunnels(const StartupReconcile::Options &options, const StartupDecision &decision,
    Reading *reading, TunnelAdoption::TaggedRouting *remove, Report *report)
{
    for (const StartupDecision::Adopt &adopt : decision.adopt) {
        const TunnelAdoption::LinkState &link = reading->state.tunnelLinks[adopt.link].link;
        const QString backend = reading->backends.value(link.name);
        const QString why = options.tunnels->adopt(
            adopt.tunnel, std::move(reading->owners[link.name]), backend, adopt.adoption);
        if (why.isEmpty()) {
            report->adopted << QStringLiteral("tunnel %1 (%2, index %3, %4)")
                                   .arg(adopt.tunnel, link.name)
                                   .arg(link.ifindex)
                                   .arg(backend);
            continue;
        }
        report->problems << QStringLiteral("tunnel %1 could not be adopted and was removed: %2")
                                .arg(adopt.tunnel, why);
        options.tunnels->markFailed(adopt.tunnel,
            QStringLiteral("the helper restarted and could not take the tunnel over: %1").arg(why));
        remove->routes += adopt.adoption.routes;
        remove->rules += adopt.adoption.rules;
    }
}

QString adoptedLine(const StartupDecision::Launch &launch)
{
    const LaunchAdoption::Plan &plan = *launch.plan;
    QString line = QStringLiteral("launch %1 (%2, uid %3, supervisor pid %4, %5)")
                       .arg(launch.id, plan.mode)
                       .arg(plan.uid)
                       .arg(plan.processes.supervisor)
                       .arg(plan.processes.program
                               ? QStringLiteral("program pid %1").arg(plan.processes.program)
                               : QStringLiteral("its program has exited"));
    if (launch.cutOff)
        line += QStringLiteral(": cut off, tunnel %1 was not taken over").arg(plan.tunnel);
    return line;
}

// The launch side adopts what it can; the rest are returned (id → why),
// their routing joins `remove`.
QList<std::pair<QString, QString>> settleLaunches(const StartupReconcile::Options &options,
    const StartupDecision &decision, TunnelAdoption::TaggedRouting *remove, Report *report)
{
    QList<std::pair<QString, QString>> gone;
    for (const StartupDecision::Launch &launch : decision.launches) {
        QString why = launch.why;
        if (launch.plan) {
            why = options.adoptLaunch ? options.adoptLaunch(launch)
                                      : QStringLiteral("launches are not taken over here");
            if (why.isEmpty()) {
                report->adopted << adoptedLine(launch);
                continue;
            }
            why += QStringLiteral("; its programs go on without network");
        }
        remove->routes += launch.routing.routes;
        remove->rules += launch.routing.rules;
        gone << std::pair { launch.id, why };
    }
    return gone;
}

// Deletes one ll-* link: through its device's owner, which also stops
// wireguard-go, or (no live WireGuard device behind it) by its index.
QString removeLink(nl_sock *socket, const TunnelAdoption::LinkState &link,
    std::unique_ptr<WireGuard::Device> owner)
{
    if (!owner)
        return Net::Netlink::deleteLink(socket, link.ifindex);
    owner.reset(); // its destructor only logs what goes wrong: look
    char name[IF_NAMESIZE];
    if (if_indextoname(unsigned(link.ifindex), name))
        return QStringLiteral("the interface is still there after its device was deleted");
    return {};
}

// Rules first, so traffic falls back to main before the tables they lead
// to empty; then routes; then the links.
void removeRouting(nl_sock *socket, const TunnelAdoption::TaggedRouting &remove, Report *report)
{
    report->problems << Route::removeLeftovers(socket, remove, &report->removed);
}

void removeLinks(nl_sock *socket, const StartupReconcile::Options &options,
    const StartupDecision &decision, Reading *reading, Report *report)
{
    for (const StartupDecision::Remove &gone : decision.remove) {
        const TunnelAdoption::LinkState &link = reading->state.tunnelLinks[gone.link].link;
        if (!gone.tunnel.isEmpty())
            options.tunnels->markFailed(gone.tunnel,
                QStringLiteral("the helper restarted and removed the tunnel: %1").arg(gone.why));
        const QString failed = removeLink(socket, link, std::move(reading->owners[link.name]));
        if (failed.isEmpty())
            report->removed << QStringLiteral("%1: %2").arg(link.name, gone.why);
        else
            report->problems << QStringLiteral("%1 (%2) could not be removed: %3")
                                    .arg(link.name, gone.why, failed);
    }
}

// What a SIGKILLed wireguard-go leaves: its control socket, nobody behind it.
void removeStaleSockets(Report *report)
{
    const QString directory
        = QFileInfo(WireGuard::UserspaceBackend::socketPath(QStringLiteral("ll-x"))).path();
    const QStringList sockets = QDir(directory).entryList(
        { QStringLiteral("ll-*.sock") }, QDir::System | QDir::Files | QDir::Hidden);
    for (const QString &socket : sockets) {
        if (const QString failed = WireGuard::Uapi::removeIfStale(directory + u'/' + socket);
            !failed.isEmpty())
            report->problems << failed;
    }
}

void removeLaunches(const QList<std::pair<QString, QString>> &launches, Report *report)
{
    for (const auto &[id, why] : launches) {
        if (const QString failed = Net::IsolatedNetwork::removeLeftover(id); failed.isEmpty())
            report->removed << QStringLiteral("launch %1: %2").arg(id, why);
        else
            report->problems << QStringLiteral("launch %1 (%2): %3").arg(id, why, failed);
    }
}

} // namespace

StartupReconcile::Report StartupReconcile::run(const Options &options)
{
    Report report;
    QString error;
    const Net::Netlink::Socket socket = Net::Netlink::open(&error);
    Reading reading;
    if (socket)
        error = read(socket.get(), options.tunnelDirectory, &reading);
    if (!error.isEmpty()) {
        // Judged on half a picture, a working tunnel could look half-made.
        report.problems << QStringLiteral("cannot read back what an earlier run left, so none "
                                          "of it is touched: %1")
                               .arg(error);
        return report;
    }
    const StartupDecision decision = decide(reading.state, reading.stored);
    TunnelAdoption::TaggedRouting remove = decision.orphans;
    // Adopt first: until then nothing of theirs changes. Launches before
    // tunnels: a tunnel's adoption applies the firewall's table, which must
    // hold the adopted launches' rules by then.
    const auto launchesGone = settleLaunches(options, decision, &remove, &report);
    adoptTunnels(options, decision, &reading, &remove, &report);
    removeRouting(socket.get(), remove, &report);
    removeLinks(socket.get(), options, decision, &reading, &report);
    removeStaleSockets(&report);
    removeLaunches(launchesGone, &report);
    // One transaction: the guards of the adopted tunnels and the rules of
    // the adopted launches, nothing else.
    if (options.firewall) {
        if (const QString failed = options.firewall->reconcile(); !failed.isEmpty())
            report.problems << failed;
    }
    return report;
}

} // namespace Lifeline
