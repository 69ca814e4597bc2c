#include "IsolatedLaunches.h"

#include "DnsForwarder.h"
#include "IsolatedNetwork.h"
#include "Launch.h"
#include "PrivateEtc.h"
#include "TunnelLaunchRoute.h"

#include <QFile>
#include <QRandomGenerator>
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

} // namespace

IsolatedLaunches::IsolatedLaunches(Net::NetContext *net, QString resolvConfPath, QObject *parent)
    : QObject(parent)
    , m_net(net)
    , m_resolvConfPath(std::move(resolvConfPath))
{
}

IsolatedLaunches::~IsolatedLaunches() = default;

QString IsolatedLaunches::newId() const
{
    // Random, not a counter: ids must not be guessable (security rule 8).
    QString id;
    do {
        id = QStringLiteral("%1").arg(quint64(QRandomGenerator::system()->generate()), 8, 16, QLatin1Char('0'));
    } while (m_launches.contains(id));
    return id;
}

IsolatedLaunches::Outcome IsolatedLaunches::start(const Caller &caller, const Command &command)
{
    int mine = 0;
    for (const auto &running : m_launches)
        mine += running->uid == caller.uid ? 1 : 0;
    if (mine >= MaxLaunchesPerUser)
        return {{}, 0, Error::Busy,
                QStringLiteral("you already run %1 programs isolated; close some first").arg(mine)};

    auto running = std::make_shared<Running>();
    running->uid = caller.uid;
    running->mode = command.mode;
    const QString id = newId();
    QString error;
    QByteArray resolvConf; // what the program sees as /etc/resolv.conf
    if (command.tunnel) {
        const TunnelManager::LaunchPath &tunnel = *command.tunnel;
        running->network = Net::IsolatedNetwork::create(id, tunnel.family, *m_net, &error, {},
                                                        tunnel.interface);
        if (!running->network)
            return { {}, 0, Error::Failed, error };
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
        resolvConf = resolvConfThrough(tunnel);
    } else {
        const bool v4 = command.mode == u"ipv4-only";
        QFile hostResolvConf(m_resolvConfPath);
        const QList<QHostAddress> upstreams = DnsForwarder::resolversOf(
            hostResolvConf.open(QIODevice::ReadOnly) ? hostResolvConf.readAll() : QByteArray());
        if (upstreams.isEmpty())
            return { {}, 0, Error::Failed,
                     QStringLiteral("the host has no DNS resolver configured") };
        const QHostAddress forwarder = v4 ? QHostAddress::LocalHost : QHostAddress::LocalHostIPv6;
        // The forwarder's sockets are bound while the namespace is set up, on
        // the thread that is inside it anyway.
        DnsForwarder::Listeners listeners;
        running->network = Net::IsolatedNetwork::create(
            id, v4 ? Net::Family::IPv4 : Net::Family::IPv6, *m_net, &error,
            [&] { return DnsForwarder::listenInside(forwarder, &listeners); });
        if (!running->network)
            return { {}, 0, Error::Failed, error };
        running->dns = DnsForwarder::create(listeners, upstreams, &error);
        if (!running->dns)
            return { {}, 0, Error::Failed, error };
        resolvConf = resolvConfInside(forwarder);
    }

    LaunchSpec spec;
    spec.id = id;
    spec.netnsFd = running->network->namespaceFd();
    spec.uid = caller.uid;
    spec.argv = command.argv;
    spec.env = command.env;
    spec.cwd = command.cwd;
    spec.stdinFd = command.stdinFd;
    spec.stdoutFd = command.stdoutFd;
    spec.stderrFd = command.stderrFd;
    spec.resolvConf = resolvConf;
    spec.hiddenSockets = Launcher::defaultHiddenSockets();
    LaunchError kind = LaunchError::None;
    running->launch = Launch::start(spec, &error, &kind);
    if (!running->launch)
        return {{}, 0, errorNameFor(kind), error};

    connect(running->launch.get(), &Launch::programExited, this,
            [this, id](int exitStatus, int signal) { Q_EMIT exited(id, exitStatus, signal); });
    // Tear down from the event loop, not from inside the Launch's own signal.
    connect(running->launch.get(), &Launch::finished, this,
            [this, id] { QTimer::singleShot(0, this, [this, id] { finish(id); }); });
    const uint pid = uint(running->launch->pid());
    m_launches.insert(id, running);
    return {id, pid, nullptr, {}};
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
