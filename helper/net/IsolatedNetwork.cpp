#include "IsolatedNetwork.h"

#include "LinkLabel.h"
#include "NetNamespace.h"
#include "Netlink.h"

#include <QDebug>
#include <QScopeGuard>
#include <QSet>

#include <pthread.h>
#include <sched.h>
#include <future>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace Lifeline::Net {
namespace {

// A new thread starts on its creator's processor and may wait there until
// the creator blocks, however idle the others are (on the lab's VM it does,
// for up to a scheduler tick): the two halves of a set-up would not overlap.
// So the thread may run on any processor allowed to it but this one, when
// there is another. A hint: when it cannot be given, nothing is lost.
void runElsewhere(std::thread &thread)
{
    cpu_set_t allowed;
    if (pthread_getaffinity_np(thread.native_handle(), sizeof allowed, &allowed) != 0)
        return;
    const int here = sched_getcpu();
    if (here < 0 || here >= CPU_SETSIZE || !CPU_ISSET(here, &allowed) || CPU_COUNT(&allowed) < 2)
        return;
    CPU_CLR(here, &allowed);
    pthread_setaffinity_np(thread.native_handle(), sizeof allowed, &allowed);
}

} // namespace

// A subnet taken from a pool, given back when destroyed.
class SubnetLease
{
public:
    SubnetLease(AddressPool &pool, const Prefix &subnet) : m_pool(pool), m_subnet(subnet) {}
    ~SubnetLease() { m_pool.release(m_subnet); }

private:
    AddressPool &m_pool;
    Prefix m_subnet;
};

// The veth pair, deleted (both ends) when destroyed: in the background, by
// the context's LinkReaper. Keeps its own host socket so the deletion cannot
// fail for want of one, and the host end's index so it can only ever delete
// this pair.
class VethPair
{
public:
    VethPair(Netlink::Socket socket, int hostIndex, const QString &hostName, LinkReaper &reaper)
        : m_socket(std::move(socket))
        , m_hostIndex(hostIndex)
        , m_hostName(hostName)
        , m_reaper(reaper)
    {
    }
    ~VethPair()
    {
        if (!m_deleted)
            m_reaper.remove(std::move(m_socket), m_hostIndex, m_hostName);
    }
    nl_sock *socket() const { return m_socket.get(); }
    int index() const { return m_hostIndex; }

    // Stops every packet through the pair: a veth whose end is down drops
    // what either end sends. When that fails, deletes the pair right here,
    // slow as that is, so the caller may remove its rules afterwards.
    void stop()
    {
        if (Netlink::setDown(m_socket.get(), m_hostIndex).isEmpty())
            return;
        m_deleted = true;
        const QString error = Netlink::deleteLink(m_socket.get(), m_hostIndex);
        if (!error.isEmpty())
            qWarning().noquote() << QStringLiteral("%1: %2").arg(m_hostName, error);
    }

private:
    Netlink::Socket m_socket;
    int m_hostIndex;
    QString m_hostName;
    LinkReaper &m_reaper;
    bool m_deleted = false;
};

std::unique_ptr<NetContext> NetContext::create(Options options, QString *error)
{
    std::optional<AddressPool> pools[2];
    const QString texts[2] = {options.ipv4Pool, options.ipv6Pool};
    const Family families[2] = {Family::IPv4, Family::IPv6};
    for (int i = 0; i < 2; ++i) {
        QString why;
        const auto prefix = Prefix::parse(texts[i], &why);
        if (prefix && prefix->family != families[i])
            why = QStringLiteral("the %1 pool %2 is not an %1 prefix").arg(familyName(families[i]), texts[i]);
        else if (prefix)
            pools[i] = AddressPool::create(*prefix, &why);
        if (!pools[i]) {
            *error = why;
            return nullptr;
        }
    }
    // This thread's namespace: the one the helper's main thread stays in.
    const int hostNamespace = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (hostNamespace < 0) {
        *error = QStringLiteral("cannot open this network namespace: %1").arg(qt_error_string(errno));
        return nullptr;
    }
    return std::unique_ptr<NetContext>(
        new NetContext(*pools[0], *pools[1], std::move(options), hostNamespace));
}

NetContext::NetContext(AddressPool ipv4Pool, AddressPool ipv6Pool, Options options, int hostNamespace)
    : m_ipv4Pool(ipv4Pool)
    , m_ipv6Pool(ipv6Pool)
    , m_sysctls(options.sysctls)
    , m_forwarding(options.sysctls, options.forwardingJournal)
    , m_hostNamespace(hostNamespace)
    , m_firewall(options.backend ? std::move(options.backend) : std::make_unique<NftablesBackend>())
{
}

NetContext::~NetContext()
{
    ::close(m_hostNamespace);
}

std::unique_ptr<IsolatedNetwork> IsolatedNetwork::create(const QString &id, Family family,
    NetContext &context, QString *error, const Setup &setup)
{
    if (!isLaunchId(id)) {
        *error = QStringLiteral("the launch id is not 8 lowercase hex digits");
        return nullptr;
    }
    std::unique_ptr<IsolatedNetwork> network(new IsolatedNetwork(id, family));
    network->m_tunnelInterface = setup.tunnelInterface;
    // On failure the half-built object is destroyed here, and its owners
    // undo what was done in reverse order.
    bool meanwhileFailed = false;
    const QString why = network->configure(context, setup, &meanwhileFailed);
    if (!why.isEmpty()) {
        *error = meanwhileFailed
            ? why
            : QStringLiteral("cannot set up the network of launch %1: %2").arg(id, why);
        return nullptr;
    }
    return network;
}

QString IsolatedNetwork::configure(NetContext &context, const Setup &setup, bool *meanwhileFailed)
{
    // Two things at once. A thread has the namespace made and wired from
    // inside (namespacePart()): loopback, the veth pair, and once this thread
    // has picked the subnet, the inner end's address and route. This thread
    // does the rest, which needs no namespace (hostPart()): the forwarding
    // switch, the subnet, the rules and the caller's work, then the host end
    // of the pair once it exists. Nothing else touches the context
    // meanwhile: launches start and end on this thread only.
    Netlink::Socket inside;
    QString namespaceError;
    std::promise<bool> subnetPicked;
    std::promise<bool> vethMade;
    std::future<bool> vethExists = vethMade.get_future();
    std::thread building([&, picked = subnetPicked.get_future()]() mutable {
        namespaceError = namespacePart(context, setup.alsoInside, inside, picked, vethMade);
    });
    runElsewhere(building);
    Netlink::Socket host;
    QString error = hostPart(context, setup, host, subnetPicked, meanwhileFailed);
    if (vethExists.get()) {
        // Owned from here (and removed in the background on failure),
        // whatever else went wrong.
        const QString why = ownVeth(context, host);
        if (error.isEmpty())
            error = why;
        if (error.isEmpty() && !setup.label.isEmpty())
            error = LinkLabel::set(m_veth->socket(), m_veth->index(), setup.label);
        if (error.isEmpty())
            error = Netlink::addAddress(m_veth->socket(), hostInterface(), hostAddress());
        if (error.isEmpty())
            error = Netlink::setUp(m_veth->socket(), hostInterface());
    }
    building.join();
    return error.isEmpty() ? namespaceError : error;
}

QString IsolatedNetwork::ownVeth(NetContext &context, Netlink::Socket &host)
{
    QString error;
    if (!host)
        host = Netlink::open(&error);
    const int hostIndex = host ? Netlink::linkIndex(host.get(), hostInterface(), &error) : 0;
    if (hostIndex == 0)
        return error; // made but not found here: its namespace takes it along when it goes
    m_veth = std::make_unique<VethPair>(
        std::move(host), hostIndex, hostInterface(), context.linkReaper());
    return {};
}

QString IsolatedNetwork::namespacePart(NetContext &context,
                                       const std::function<QString()> &alsoInside,
                                       Netlink::Socket &inside, std::future<bool> &subnetPicked,
                                       std::promise<bool> &vethMade)
{
    // The calling thread waits to hear whether the pair exists, on every way out.
    auto noVeth = qScopeGuard([&] { vethMade.set_value(false); });
    // Inside, on the thread that makes the namespace: a socket for later,
    // loopback up, and for ipv4-only IPv6 off before the veth arrives, so it
    // never gets even a link-local address; then the caller's work. Then the
    // veth pair, made from in here with its other end in the host's
    // namespace (down, and without an address until configure() is done).
    QString error;
    m_namespace = NetNamespace::create(namespaceName(), &error, [&]() -> QString {
        QString why;
        inside = Netlink::open(&why);
        if (!inside)
            return why;
        if (m_family == Family::IPv4) {
            const Sysctls proc; // this thread's namespace: always the real /proc/sys
            for (const auto key : {"net/ipv6/conf/all/disable_ipv6", "net/ipv6/conf/default/disable_ipv6"}) {
                why = proc.write(QString::fromLatin1(key), QStringLiteral("1"));
                if (!why.isEmpty())
                    return why;
            }
        }
        why = Netlink::setUp(inside.get(), QStringLiteral("lo"));
        if (why.isEmpty() && alsoInside)
            why = alsoInside();
        if (!why.isEmpty())
            return why;
        why = Netlink::addVethToward(inside.get(), namespaceInterface(), hostInterface(),
                                     context.hostNamespaceFd());
        if (!why.isEmpty())
            return why;
        noVeth.dismiss();
        vethMade.set_value(true);
        if (!subnetPicked.get())
            return {}; // the host's part failed, and says why
        // Only the allowed family gets a route: the other has no way out.
        const Prefix nsEnd = namespaceAddress();
        const Prefix hostEnd = hostAddress();
        if (why = Netlink::addAddress(inside.get(), namespaceInterface(), nsEnd); !why.isEmpty())
            return why;
        if (why = Netlink::setUp(inside.get(), namespaceInterface()); !why.isEmpty())
            return why;
        why = Netlink::addDefaultRoute(inside.get(), namespaceInterface(), hostEnd);
        return why;
    });
    return error;
}

QString IsolatedNetwork::hostPart(NetContext &context, const Setup &setup, Netlink::Socket &host,
                                  std::promise<bool> &subnetPicked, bool *meanwhileFailed)
{
    // The namespace's thread waits for the subnet: it hears of every way out.
    auto failed = qScopeGuard([&] { subnetPicked.set_value(false); });
    QString error;
    // Forwarding first, while the other thread is in unshare(): its switch
    // and the veth pair's creation both take the kernel's RTNL lock, and
    // switching while the pair is made slowed both (traced: 0.56 and 0.64 ms
    // at the same time, 0.23 and 0.51 ms apart). It lets nothing of this
    // launch through before its veth and rules exist.
    m_forwarding = context.forwarding().acquire(m_family, &error);
    if (!m_forwarding)
        return error;
    host = Netlink::open(&error);
    if (!host)
        return error;
    // Read the host's networks now, not at start: VPNs and Wi-Fi come and go.
    const QList<Prefix> used = Netlink::usedPrefixes(host.get(), &error);
    if (!error.isEmpty())
        return error;
    AddressPool &pool = context.pool(m_family);
    const auto subnet = pool.allocate(used, &error);
    if (!subnet)
        return error;
    m_subnet = *subnet;
    m_lease = std::make_unique<SubnetLease>(pool, m_subnet);
    failed.dismiss();
    subnetPicked.set_value(true);

    // The rules name the veth but need no veth yet: they match nothing until
    // it exists.
    const Prefix nsEnd = namespaceAddress();
    m_rules = FirewallEntry::add(context.firewall(),
                                 {m_id, m_family, nsEnd.withLength(nsEnd.maxLength()), m_tunnelInterface}, &error);
    if (!m_rules)
        return error;

    // The caller's work: it may wake other processes (a launch supervisor).
    if (setup.meanwhile) {
        error = setup.meanwhile();
        *meanwhileFailed = !error.isEmpty();
    }
    return error;
}

std::unique_ptr<IsolatedNetwork> IsolatedNetwork::adopt(
    const Adoption &adoption, NetContext &context, QString *error)
{
    if (!isLaunchId(adoption.id)) {
        *error = QStringLiteral("the launch id is not 8 lowercase hex digits");
        return nullptr;
    }
    std::unique_ptr<IsolatedNetwork> network(new IsolatedNetwork(adoption.id, adoption.family));
    network->m_tunnelInterface = adoption.tunnelInterface;
    network->m_subnet = adoption.subnet;
    const QString why = network->takeOver(context);
    if (!why.isEmpty()) {
        *error = QStringLiteral("cannot take over the network of launch %1: %2")
                     .arg(adoption.id, why);
        return nullptr;
    }
    return network;
}

QString IsolatedNetwork::takeOver(NetContext &context)
{
    QString error;
    m_namespace = NetNamespace::open(namespaceName(), &error);
    if (!m_namespace)
        return error;
    Netlink::Socket host = Netlink::open(&error);
    if (!host)
        return error;
    const int hostIndex = Netlink::linkIndex(host.get(), hostInterface(), &error);
    if (hostIndex == 0)
        return error;
    m_veth = std::make_unique<VethPair>(
        std::move(host), hostIndex, hostInterface(), context.linkReaper());
    AddressPool &pool = context.pool(m_family);
    if (pool.reserve(m_subnet))
        m_lease = std::make_unique<SubnetLease>(pool, m_subnet);
    else if (pool.pool().overlaps(m_subnet))
        return QStringLiteral("its subnet %1 is taken by another launch").arg(m_subnet.text());
    // else: from a pool the helper was started with before; the host's own
    // prefixes, which new launches avoid, include it as long as it lives.
    m_forwarding = context.forwarding().acquire(m_family, &error);
    if (!m_forwarding)
        return error;
    const Prefix nsEnd = namespaceAddress();
    m_rules = FirewallEntry::adopt(context.firewall(),
        { m_id, m_family, nsEnd.withLength(nsEnd.maxLength()), m_tunnelInterface }, &error);
    if (!m_rules)
        return error;
    return {};
}

QString IsolatedNetwork::runInside(const std::function<QString()> &work) const
{
    if (!m_namespace)
        return QStringLiteral("launch %1 has no namespace").arg(m_id);
    return m_namespace->run(work);
}

IsolatedNetwork::IsolatedNetwork(const QString &id, Family family)
    : m_id(id)
    , m_family(family)
{
}

IsolatedNetwork::~IsolatedNetwork()
{
    // Fail closed: nothing crosses the veth before its rules go. The pair
    // itself is deleted in the background (see LinkReaper), after the
    // forwarding sysctls are restored: those writes wait for the same lock
    // (RTNL) that a deletion holds.
    if (m_veth)
        m_veth->stop();
    m_rules.reset();
    m_forwarding.reset();
    m_veth.reset();
    m_namespace.reset();
    m_lease.reset();
}

QString IsolatedNetwork::namespaceName() const
{
    return Net::namespaceName(m_id);
}

int IsolatedNetwork::namespaceFd() const
{
    return m_namespace ? m_namespace->fd() : -1;
}

QString IsolatedNetwork::hostInterface() const
{
    return hostInterfaceName(m_id);
}

QString IsolatedNetwork::namespaceInterface() const
{
    return namespaceInterfaceName(m_id);
}

Prefix IsolatedNetwork::hostAddress() const
{
    return AddressPool::hostAddress(m_subnet);
}

Prefix IsolatedNetwork::namespaceAddress() const
{
    return AddressPool::namespaceAddress(m_subnet);
}

QStringList IsolatedNetwork::leftovers(QString *error)
{
    QSet<QString> ids;
    const QString prefix = Net::namespaceName(QString());
    for (const QString &name : NetNamespace::list(prefix)) {
        const QString id = name.mid(prefix.size());
        if (isLaunchId(id))
            ids.insert(id);
    }
    Netlink::Socket host = Netlink::open(error);
    if (!host)
        return {};
    for (const QString &name : Netlink::linkNames(host.get(), error)) {
        const QString id = name.mid(3, 8);
        if (isLaunchId(id) && name == hostInterfaceName(id))
            ids.insert(id);
    }
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    return sorted;
}

QString IsolatedNetwork::removeLeftover(const QString &id)
{
    if (!isLaunchId(id))
        return QStringLiteral("the launch id is not 8 lowercase hex digits");
    QString error = NetNamespace::remove(Net::namespaceName(id));
    if (!error.isEmpty())
        return error;
    Netlink::Socket host = Netlink::open(&error);
    if (!host)
        return error;
    const QStringList links = Netlink::linkNames(host.get(), &error);
    if (!error.isEmpty())
        return error;
    if (!links.contains(hostInterfaceName(id)))
        return {};
    // By index, which counts "already gone" as done: with its name removed,
    // a namespace nothing holds any more goes, and takes its veth with it,
    // in the kernel's own time.
    const int index = Netlink::linkIndex(host.get(), hostInterfaceName(id), &error);
    return index == 0 ? QString() : Netlink::deleteLink(host.get(), index);
}

} // namespace Lifeline::Net
