#include "IsolatedNetwork.h"

#include "NetNamespace.h"
#include "Netlink.h"

#include <QDebug>
#include <QSet>

namespace Lifeline::Net {

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
    return std::unique_ptr<NetContext>(new NetContext(*pools[0], *pools[1], std::move(options)));
}

NetContext::NetContext(AddressPool ipv4Pool, AddressPool ipv6Pool, Options options)
    : m_ipv4Pool(ipv4Pool)
    , m_ipv6Pool(ipv6Pool)
    , m_sysctls(options.sysctls)
    , m_forwarding(options.sysctls)
    , m_firewall(options.backend ? std::move(options.backend) : std::make_unique<NftablesBackend>())
{
}

std::unique_ptr<IsolatedNetwork> IsolatedNetwork::create(const QString &id, Family family,
    NetContext &context, QString *error, const std::function<QString()> &alsoInside,
    const QString &tunnelInterface)
{
    if (!isLaunchId(id)) {
        *error = QStringLiteral("the launch id is not 8 lowercase hex digits");
        return nullptr;
    }
    std::unique_ptr<IsolatedNetwork> network(new IsolatedNetwork(id, family));
    network->m_tunnelInterface = tunnelInterface;
    // On failure the half-built object is destroyed here, and its owners
    // undo what was done in reverse order.
    const QString why = network->configure(context, alsoInside);
    if (!why.isEmpty()) {
        *error = QStringLiteral("cannot set up the network of launch %1: %2").arg(id, why);
        return nullptr;
    }
    return network;
}

QString IsolatedNetwork::configure(NetContext &context, const std::function<QString()> &alsoInside)
{
    QString error;
    Netlink::Socket host = Netlink::open(&error);
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

    // Inside, on the thread that makes the namespace: a socket for later,
    // loopback up, and for ipv4-only IPv6 off before the veth arrives, so it
    // never gets even a link-local address; then the caller's work.
    Netlink::Socket inside;
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
        return why;
    });
    if (!m_namespace)
        return error;

    error = Netlink::addVeth(host.get(), hostInterface(), namespaceInterface(), m_namespace->fd());
    if (!error.isEmpty())
        return error;
    const int hostIndex = Netlink::linkIndex(host.get(), hostInterface(), &error);
    if (hostIndex == 0) {
        // Made but not found: delete by name, the only handle there is.
        const QString why = Netlink::deleteLink(host.get(), hostInterface());
        if (!why.isEmpty())
            qWarning().noquote() << why;
        return error;
    }
    m_veth = std::make_unique<VethPair>(
        std::move(host), hostIndex, hostInterface(), context.linkReaper());

    const Prefix hostEnd = hostAddress();
    const Prefix nsEnd = namespaceAddress();
    const std::function<QString()> steps[] = {
        [&] { return Netlink::addAddress(m_veth->socket(), hostInterface(), hostEnd); },
        [&] { return Netlink::addAddress(inside.get(), namespaceInterface(), nsEnd); },
        [&] { return Netlink::setUp(inside.get(), namespaceInterface()); },
        // Only the allowed family gets a route: the other has no way out.
        [&] { return Netlink::addDefaultRoute(inside.get(), namespaceInterface(), hostEnd); },
    };
    for (const auto &step : steps) {
        if (error = step(); !error.isEmpty())
            return error;
    }

    m_forwarding = context.forwarding().acquire(m_family, &error);
    if (!m_forwarding)
        return error;

    m_rules = FirewallEntry::add(context.firewall(),
                                 {m_id, m_family, nsEnd.withLength(nsEnd.maxLength()), m_tunnelInterface}, &error);
    if (!m_rules)
        return error;
    return {};
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
    if (links.contains(hostInterfaceName(id)))
        return Netlink::deleteLink(host.get(), hostInterfaceName(id));
    return {};
}

} // namespace Lifeline::Net
