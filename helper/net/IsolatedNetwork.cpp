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

// The veth pair, deleted (both ends) when destroyed. Keeps its own host
// socket so the deletion cannot fail for want of one.
class VethPair
{
public:
    VethPair(Netlink::Socket socket, const QString &hostName)
        : m_socket(std::move(socket)), m_hostName(hostName)
    {
    }
    ~VethPair()
    {
        const QString error = Netlink::deleteLink(m_socket.get(), m_hostName);
        if (!error.isEmpty())
            qWarning().noquote() << error;
    }
    nl_sock *socket() const { return m_socket.get(); }

private:
    Netlink::Socket m_socket;
    QString m_hostName;
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
                                                         NetContext &context, QString *error)
{
    if (!isLaunchId(id)) {
        *error = QStringLiteral("the launch id is not 8 lowercase hex digits");
        return nullptr;
    }
    std::unique_ptr<IsolatedNetwork> network(new IsolatedNetwork(id, family));
    // On failure the half-built object is destroyed here, and its owners
    // undo what was done in reverse order.
    const QString why = network->configure(context);
    if (!why.isEmpty()) {
        *error = QStringLiteral("cannot set up the network of launch %1: %2").arg(id, why);
        return nullptr;
    }
    return network;
}

QString IsolatedNetwork::configure(NetContext &context)
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

    m_namespace = NetNamespace::create(namespaceName(), &error);
    if (!m_namespace)
        return error;

    // Inside: a socket for later, loopback up, and for ipv4-only IPv6 off
    // before the veth arrives, so it never gets even a link-local address.
    Netlink::Socket inside;
    error = m_namespace->run([&]() -> QString {
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
        return Netlink::setUp(inside.get(), QStringLiteral("lo"));
    });
    if (!error.isEmpty())
        return error;

    error = Netlink::addVeth(host.get(), hostInterface(), namespaceInterface(), m_namespace->fd());
    if (!error.isEmpty())
        return error;
    m_veth = std::make_unique<VethPair>(std::move(host), hostInterface());

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
                                 {m_id, m_family, nsEnd.withLength(nsEnd.maxLength())}, &error);
    if (!m_rules)
        return error;
    return {};
}

IsolatedNetwork::IsolatedNetwork(const QString &id, Family family)
    : m_id(id)
    , m_family(family)
{
}

IsolatedNetwork::~IsolatedNetwork() = default;

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
