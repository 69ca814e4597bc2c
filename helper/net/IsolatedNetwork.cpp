#include "IsolatedNetwork.h"

#include "LinkLabel.h"
#include "NetNamespace.h"
#include "Netlink.h"
#include "SpareNamespace.h"

#include <QDebug>
#include <QScopeGuard>
#include <QSet>

#include <future>

#include <fcntl.h>
#include <unistd.h>

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
    m_spareNamespace.reset(); // its thread may still use the host's namespace
    ::close(m_hostNamespace);
}

void NetContext::prepareSpareNamespace()
{
    if (!m_spareNamespace)
        m_spareNamespace = SpareNamespace::make(randomLaunchId(), m_hostNamespace);
}

QString NetContext::spareId() const
{
    return m_spareNamespace ? m_spareNamespace->id() : QString();
}

std::unique_ptr<SpareNamespace> NetContext::takeSpareNamespace(const QString &id)
{
    if (m_spareNamespace && m_spareNamespace->id() == id)
        return std::move(m_spareNamespace);
    // One made for an id that could not be used (taken by a launch) goes.
    m_spareNamespace.reset();
    return SpareNamespace::make(id, m_hostNamespace);
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
    // Two things at once, split by the kernel's RTNL lock. Every change to
    // links, addresses and routes takes it, and a sysctl write that finds
    // it taken spins until it is free: done from two threads at once, they
    // slowed each other down (traced: a veth pair's creation to twice as
    // long). So one thread does all of them in a row (namespacePart()): it
    // is the context's spare, in a namespace of its own with the pair
    // already (or one started now), and registers the namespace and, once
    // this thread has picked the subnet, wires both ends; then it does the
    // caller's work. This thread meanwhile does what takes no such lock
    // (hostPart()): the subnet, the rules (the longest step: 0.5 ms) and
    // the forwarding switch's journal; then, with the other thread done,
    // the switch itself. Nothing else touches the context meanwhile:
    // launches start and end on this thread only.
    QString error;
    // The host end is set up through a socket opened here, in the host's
    // namespace, which the other thread is given.
    Netlink::Socket host = Netlink::open(&error);
    if (!host)
        return error;
    // What this thread tells the other one, each exactly once (false: this
    // thread's part failed, and says why).
    std::promise<bool> subnetPicked;
    std::future<bool> subnetKnown = subnetPicked.get_future();
    std::promise<bool> rulesApplied;
    std::future<bool> rulesExist = rulesApplied.get_future();
    QString meanwhileError;
    const std::unique_ptr<SpareNamespace> building = context.takeSpareNamespace(m_id);
    building->start([&](SpareNamespace::Inside inside) {
        return namespacePart(context, setup, inside, host, subnetKnown, rulesExist, &meanwhileError);
    });
    error = hostPart(context, setup, subnetPicked, rulesApplied);
    const QString namespaceError = building->wait();
    // The caller's own failure says most: a program that cannot start.
    if (!meanwhileError.isEmpty()) {
        *meanwhileFailed = true;
        return meanwhileError;
    }
    if (error.isEmpty())
        error = namespaceError;
    // Reserved by hostPart(), switched last, when no other change holds the
    // lock. Nothing of this launch can go through before it anyway.
    if (error.isEmpty())
        error = m_forwarding->switchOn();
    return error;
}

QString IsolatedNetwork::namespacePart(NetContext &context, const Setup &setup,
                                       SpareNamespace::Inside &spare, Netlink::Socket &host,
                                       std::future<bool> &subnetPicked,
                                       std::future<bool> &rulesApplied, QString *meanwhileError)
{
    // On the thread that is inside (loopback up, the pair made, both ends
    // down): the name, and for ipv4-only IPv6 off before the inner end
    // comes up, so it never gets even a link-local address (and loopback
    // loses ::1); then the caller's work inside, and the inner end up.
    // The host end stays down, without an address until its subnet is known.
    nl_sock *inside = spare.socket.get();
    const int index = spare.index;
    const int hostIndex = spare.hostIndex;
    // Owned from here (and removed in the background on failure), whatever
    // else goes wrong.
    m_veth = std::make_unique<VethPair>(std::move(host), hostIndex, hostInterface(),
                                        context.linkReaper());
    // The spare waited down; fail closed even if something on the host
    // brought its end up meanwhile, until the rules exist.
    QString why = Netlink::setDown(m_veth->socket(), hostIndex);
    if (!why.isEmpty())
        return why;
    m_namespace = NetNamespace::registerCurrent(namespaceName(), &why);
    if (!m_namespace)
        return why;
    if (m_family == Family::IPv4) {
        const Sysctls proc; // this thread's namespace: always the real /proc/sys
        for (const auto key : {"net/ipv6/conf/all/disable_ipv6", "net/ipv6/conf/default/disable_ipv6"}) {
            why = proc.write(QString::fromLatin1(key), QStringLiteral("1"));
            if (!why.isEmpty())
                return why;
        }
    }
    if (setup.alsoInside)
        why = setup.alsoInside();
    if (!why.isEmpty())
        return why;
    if (why = Netlink::setUp(inside, index, namespaceInterface()); !why.isEmpty())
        return why;
    if (!subnetPicked.get())
        return {}; // the host's part failed, and says why
    // Only the allowed family gets a route: the other has no way out.
    if (why = Netlink::addAddress(inside, index, namespaceInterface(), namespaceAddress());
        !why.isEmpty())
        return why;
    if (why = Netlink::addDefaultRoute(inside, index, hostAddress()); !why.isEmpty())
        return why;
    if (why = Netlink::addAddress(m_veth->socket(), hostIndex, hostInterface(), hostAddress());
        !why.isEmpty())
        return why;
    // The rest needs the host's namespace only, through sockets: this
    // thread goes back there, so that what the caller starts starts there
    // too (the namespace stays, held by its name).
    if (why = SpareNamespace::returnToHost(context.hostNamespaceFd()); !why.isEmpty())
        return why;
    if (setup.meanwhile) {
        *meanwhileError = setup.meanwhile();
        if (!meanwhileError->isEmpty())
            return *meanwhileError;
    }
    // Fail closed: the pair carries nothing while its host end is down, and
    // it goes up only once the launch's rules exist (usually they do by now).
    if (!rulesApplied.get())
        return {};
    // Labelled (the spare's label goes) and up, in one message.
    return LinkLabel::set(m_veth->socket(), hostIndex, setup.label, LinkLabel::Then::BringUp);
}

QString IsolatedNetwork::hostPart(NetContext &context, const Setup &setup,
                                  std::promise<bool> &subnetPicked,
                                  std::promise<bool> &rulesApplied)
{
    // The namespace's thread waits for the subnet and the rules: it hears of
    // every way out.
    auto failed = qScopeGuard([&] { subnetPicked.set_value(false); });
    auto noRules = qScopeGuard([&] { rulesApplied.set_value(false); });
    QString error;
    // The subnet first, the other thread needs it soon.
    // Read per launch, not at start: VPNs and Wi-Fi come and go.
    QList<Prefix> used;
    if (setup.hostPrefixes) {
        used = *setup.hostPrefixes;
    } else {
        const Netlink::Socket socket = Netlink::open(&error);
        if (socket)
            used = Netlink::usedPrefixes(socket.get(), &error);
        if (!error.isEmpty())
            return error;
    }
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
    noRules.dismiss();
    rulesApplied.set_value(true);

    // Read and journalled while the other thread holds the RTNL lock, which
    // only the switch itself needs (see configure()).
    m_forwarding = context.forwarding().reserve(m_family, &error);
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
        const QString id = launchIdOfHostInterface(name);
        if (id.isEmpty() || ids.contains(id))
            continue;
        // A spare of the run before (SpareNamespace) is no launch: it goes
        // with its namespace, which nothing holds any more.
        // Nor is a link gone meanwhile (such a spare's, as the kernel
        // clears its namespace away).
        QString why;
        const int index = Netlink::linkIndex(host.get(), name, &why);
        const QString label = index == 0 ? QString() : LinkLabel::read(host.get(), index, &why);
        if (index != 0 && why.isEmpty() && label != QLatin1String(SpareNamespace::SpareLabel))
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
