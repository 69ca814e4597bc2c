#include "IsolatedLaunches.h"

#include "DnsForwarder.h"
#include "IsolatedNetwork.h"
#include "Launch.h"
#include "LaunchScopes.h"
#include "PreparedLaunch.h"
#include "PrivateEtc.h"
#include "TunnelLaunchRoute.h"
#include "TunnelName.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>
#include <QTimer>

namespace Lifeline {

struct IsolatedLaunches::Running {
    uint uid = 0;
    QString mode;
    // Destroyed in reverse: the program's watcher, then DNS, then the network.
    std::unique_ptr<Net::IsolatedNetwork> network;
    // Through a tunnel: the host's policy routing for this launch's veth.
    Net::Netlink::Socket routeSocket;
    std::unique_ptr<TunnelLaunchRoute> route;
    std::unique_ptr<DnsForwarder> dns;
    std::unique_ptr<Launch> launch;
};

namespace {

// Already in its scope: placed there by the run of the helper that started it.
bool inScope(pid_t supervisor, const QString &id)
{
    QFile cgroup(QStringLiteral("/proc/%1/cgroup").arg(supervisor));
    return cgroup.open(QIODevice::ReadOnly)
        && cgroup.read(4096).contains(QStringLiteral("/lifeline-%1.scope").arg(id).toLatin1());
}

QList<QHostAddress> hostResolvers(const QString &resolvConfPath)
{
    QFile hostResolvConf(resolvConfPath);
    return DnsForwarder::resolversOf(
        hostResolvConf.open(QIODevice::ReadOnly) ? hostResolvConf.readAll() : QByteArray());
}

const char *errorNameFor(LaunchError kind)
{
    switch (kind) {
    case LaunchError::NoSuchProgram:
        return Error::NotFound;
    case LaunchError::NotExecutable:
    case LaunchError::BadWorkingDirectory:
        return Error::InvalidArgument;
    default:
        return Error::Failed;
    }
}

QByteArray resolvConfInside(const QHostAddress &forwarder)
{
    return "# Written by lifeline-helper: a forwarder to the host's resolvers.\nnameserver "
        + forwarder.toString().toLatin1() + "\noptions edns0 trust-ad\n";
}

// Through a tunnel the program asks the tunnel's resolvers directly, through
// the tunnel: no forwarder on the host, whose resolvers are outside it.
QByteArray resolvConfThrough(const TunnelManager::LaunchPath &tunnel)
{
    QByteArray text = "# Written by lifeline-helper: the resolvers of tunnel " + tunnel.interface.toLatin1()
        + ".\n";
    for (const Net::Prefix &server : tunnel.dnsServers)
        text += "nameserver " + server.address().toLatin1() + '\n';
    if (!tunnel.dnsSearch.isEmpty())
        text += "search " + tunnel.dnsSearch.join(u' ').toLatin1() + '\n';
    return text + "options edns0 trust-ad\n";
}

// A network that could not be made, or a launch that could not be made
// ready meanwhile (then `kind` says which kind of failure it was).
IsolatedLaunches::Outcome failure(const QString &error, LaunchError kind)
{
    return { {}, 0, kind == LaunchError::None ? Error::Failed : errorNameFor(kind), error };
}

} // namespace

IsolatedLaunches::IsolatedLaunches(Net::NetContext *net, QString resolvConfPath, QObject *parent)
    : QObject(parent)
    , m_net(net)
    , m_resolvConfPath(std::move(resolvConfPath))
    , m_spares(Launch::defaultSupervisorPath())
{
    // The first launch finds a supervisor and a namespace ready, too.
    QTimer::singleShot(0, this, [this] { prepareSpares(); });
}

IsolatedLaunches::~IsolatedLaunches() = default;

void IsolatedLaunches::prepareSpares()
{
    m_spares.refill();
    m_net->prepareSpareNamespace();
}

QString IsolatedLaunches::newId() const
{
    // The spare network's, which has the veth pair named for it already.
    QString id = m_net->spareId();
    while (id.isEmpty() || m_launches.contains(id))
        id = Net::randomLaunchId();
    return id;
}

IsolatedLaunches::LookUps IsolatedLaunches::lookUp(const Caller &caller) const
{
    LookUps found;
    found.takenMs = QDeadlineTimer::current().deadline();
    found.accountError = lookUpAccount(caller.uid, &found.account);
    found.resolvers = hostResolvers(m_resolvConfPath);
    QString error;
    if (const Net::Netlink::Socket socket = Net::Netlink::open(&error)) {
        QList<Net::Prefix> prefixes = Net::Netlink::usedPrefixes(socket.get(), &error);
        if (error.isEmpty())
            found.hostPrefixes = std::move(prefixes);
    }
    return found;
}

IsolatedLaunches::Outcome IsolatedLaunches::start(const Caller &caller, const Command &command,
                                                  const LookUps *lookUps)
{
    int mine = 0;
    for (const auto &running : m_launches)
        mine += running->uid == caller.uid ? 1 : 0;
    if (mine >= MaxLaunchesPerUser)
        return {{}, 0, Error::Busy,
                QStringLiteral("you already run %1 programs isolated; close some first").arg(mine)};
    const bool fresh = lookUps && lookUps->freshAt(QDeadlineTimer::current().deadline());
    const LookUps found = fresh ? *lookUps : lookUp(caller);
    if (!found.accountError.isEmpty())
        return {{}, 0, Error::Failed, found.accountError};

    auto running = std::make_shared<Running>();
    running->uid = caller.uid;
    running->mode = command.mode;
    const QString id = newId();

    LaunchSpec spec;
    spec.id = id;
    spec.uid = caller.uid;
    spec.account = found.account;
    spec.argv = command.argv;
    spec.env = command.env;
    spec.cwd = command.cwd;
    spec.stdinFd = command.stdinFd;
    spec.stdoutFd = command.stdoutFd;
    spec.stderrFd = command.stderrFd;
    spec.hiddenSockets = Launcher::defaultHiddenSockets();
    spec.spares = &m_spares;
    // The launch is made ready while the rules go in (on the network's
    // other thread); the program then only has to join the namespace and
    // start.
    std::unique_ptr<PreparedLaunch> prepared;
    LaunchError kind = LaunchError::None;
    QString launchError;
    Net::IsolatedNetwork::Setup setup;
    // What a restarted helper needs to take the launch over.
    setup.label = LaunchAdoption::label(command.mode, caller.uid);
    setup.hostPrefixes = found.hostPrefixes;
    setup.meanwhile = [&] {
        prepared = PreparedLaunch::prepare(spec, &launchError, &kind);
        return launchError;
    };
    // The spares went to this launch: others once the reply is out.
    QTimer::singleShot(0, this, [this] { prepareSpares(); });

    QString error;
    if (command.tunnel) {
        const TunnelManager::LaunchPath &tunnel = *command.tunnel;
        // Through a tunnel the program asks the tunnel's resolvers directly.
        spec.resolvConf = resolvConfThrough(tunnel);
        setup.tunnelInterface = tunnel.interface;
        running->network = Net::IsolatedNetwork::create(id, tunnel.family, *m_net, &error, setup);
        if (!running->network)
            return failure(error, kind);
        running->routeSocket = Net::Netlink::open(&error);
        if (running->routeSocket) {
            running->route = TunnelLaunchRoute::create(running->routeSocket.get(),
                                                       running->network->hostInterface(),
                                                       tunnel.ifindex, { tunnel.family }, &error);
        }
        if (!running->route)
            return { {}, 0, Error::Failed,
                     QStringLiteral("cannot route launch %1 into %2: %3")
                         .arg(id, tunnel.interface, error) };
    } else {
        const bool v4 = command.mode == u"ipv4-only";
        const QList<QHostAddress> &upstreams = found.resolvers;
        if (upstreams.isEmpty())
            return { {}, 0, Error::Failed,
                     QStringLiteral("the host has no DNS resolver configured") };
        const QHostAddress forwarder = v4 ? QHostAddress::LocalHost : QHostAddress::LocalHostIPv6;
        spec.resolvConf = resolvConfInside(forwarder);
        // The forwarder's sockets are bound while the namespace is set up, on
        // the thread that is inside it anyway.
        DnsForwarder::Listeners listeners;
        setup.alsoInside = [&] { return DnsForwarder::listenInside(forwarder, &listeners); };
        running->network = Net::IsolatedNetwork::create(
            id, v4 ? Net::Family::IPv4 : Net::Family::IPv6, *m_net, &error, setup);
        if (!running->network)
            return failure(error, kind);
        running->dns = DnsForwarder::create(listeners, upstreams, &error);
        if (!running->dns)
            return { {}, 0, Error::Failed, error };
    }

    if (m_testDelayMs > 0)
        QThread::msleep(ulong(m_testDelayMs));
    running->launch = prepared->start(running->network->namespaceFd(), &error, &kind);
    if (!running->launch)
        return {{}, 0, errorNameFor(kind), error};

    watch(id, running);
    const uint pid = uint(running->launch->pid());
    if (m_scopes)
        m_scopes->place(id, caller.uid, { uint(running->launch->supervisorPid()), pid });
    return {id, pid, nullptr, {}};
}

QString IsolatedLaunches::adopt(const QString &id, const LaunchAdoption::Plan &plan,
    const TunnelAdoption::TaggedRouting &routing)
{
    if (m_launches.contains(id))
        return QStringLiteral("a launch with that id runs already");
    auto running = std::make_shared<Running>();
    running->uid = plan.uid;
    running->mode = plan.mode;
    QString error;
    const Net::IsolatedNetwork::Adoption network { id, plan.family, plan.subnet,
        plan.tunnel.isEmpty() ? QString() : Tunnel::interfaceName(plan.tunnel) };
    running->network = Net::IsolatedNetwork::adopt(network, *m_net, &error);
    if (!running->network)
        return error;
    if (!plan.tunnel.isEmpty()) {
        // Into the tunnel if it was adopted too; into an unreachable route
        // (and the firewall's drop) if not.
        running->routeSocket = Net::Netlink::open(&error);
        if (!running->routeSocket)
            return error;
        running->route = TunnelLaunchRoute::adopt(running->routeSocket.get(), routing.routes,
                                                  routing.rules);
    } else {
        // The forwarder died with the helper that ran it: a new one, on the
        // same address inside.
        const QHostAddress forwarder = plan.family == Net::Family::IPv4
            ? QHostAddress::LocalHost
            : QHostAddress::LocalHostIPv6;
        DnsForwarder::Listeners listeners;
        error = running->network->runInside(
            [&] { return DnsForwarder::listenInside(forwarder, &listeners); });
        if (error.isEmpty())
            running->dns = DnsForwarder::create(listeners, hostResolvers(m_resolvConfPath), &error);
        if (!running->dns) // names do not resolve inside; all else works
            qWarning("launch %s: %s", qPrintable(id), qPrintable(error));
    }
    const LaunchProcesses::Found &found = plan.processes;
    const QString command = LaunchProcesses::commandLine(
        QStringLiteral("/proc"), found.program ? found.program : found.inside.value(0));
    running->launch = Launch::adopt(id, plan.uid, command, found, &error);
    if (!running->launch)
        return error;
    watch(id, running);
    if (m_scopes && !inScope(found.supervisor, id)) {
        QList<uint> pids { uint(found.supervisor) };
        for (const pid_t pid : found.inside)
            pids << uint(pid);
        m_scopes->place(id, plan.uid, pids);
    }
    return {};
}

void IsolatedLaunches::watch(const QString &id, const std::shared_ptr<Running> &running)
{
    connect(running->launch.get(), &Launch::programExited, this,
            [this, id](int exitStatus, int signal) { Q_EMIT exited(id, exitStatus, signal); });
    // Tear down from the event loop, not from inside the Launch's own signal.
    connect(running->launch.get(), &Launch::finished, this,
            [this, id] { QTimer::singleShot(0, this, [this, id] { finish(id); }); });
    m_launches.insert(id, running);
}

void IsolatedLaunches::finish(const QString &id)
{
    m_launches.remove(id);
}

IsolatedList IsolatedLaunches::list() const
{
    IsolatedList launches;
    for (auto it = m_launches.cbegin(); it != m_launches.cend(); ++it) {
        const Launch &launch = *it.value()->launch;
        launches << IsolatedInfo{it.key(), it.value()->mode, launch.command(),
                                 launch.isRunning() ? uint(launch.pid()) : 0u};
    }
    return launches;
}

} // namespace Lifeline
