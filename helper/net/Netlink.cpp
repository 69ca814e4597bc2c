#include "Netlink.h"

#include <netlink/netlink.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/link/veth.h>
#include <netlink/route/route.h>

#include <fcntl.h>
#include <linux/if_addr.h>
#include <net/if.h>

namespace Lifeline::Net::Netlink {
namespace {

template<typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *object) const { Free(object); }
};
using Link = std::unique_ptr<rtnl_link, Deleter<rtnl_link, rtnl_link_put>>;
using Addr = std::unique_ptr<rtnl_addr, Deleter<rtnl_addr, rtnl_addr_put>>;
using Route = std::unique_ptr<rtnl_route, Deleter<rtnl_route, rtnl_route_put>>;
using NlAddr = std::unique_ptr<nl_addr, Deleter<nl_addr, nl_addr_put>>;
using Cache = std::unique_ptr<nl_cache, Deleter<nl_cache, nl_cache_free>>;

QString failure(const QString &what, int error)
{
    return QStringLiteral("%1: %2").arg(what, QString::fromUtf8(nl_geterror(error)));
}

int addressFamily(Family family)
{
    return family == Family::IPv4 ? AF_INET : AF_INET6;
}

NlAddr toNlAddr(const Prefix &prefix)
{
    NlAddr address(nl_addr_build(addressFamily(prefix.family), prefix.bytes.data(),
                                 size_t(prefix.byteCount())));
    if (address)
        nl_addr_set_prefixlen(address.get(), prefix.length);
    return address;
}

std::optional<Prefix> fromNlAddr(nl_addr *address)
{
    if (!address)
        return std::nullopt;
    const int family = nl_addr_get_family(address);
    if (family != AF_INET && family != AF_INET6)
        return std::nullopt;
    const Family ours = family == AF_INET ? Family::IPv4 : Family::IPv6;
    if (nl_addr_get_len(address) != (ours == Family::IPv4 ? 4u : 16u))
        return std::nullopt;
    return Prefix::fromBytes(ours, nl_addr_get_binary_addr(address), int(nl_addr_get_prefixlen(address)));
}

} // namespace

int linkIndex(nl_sock *socket, const QString &name, QString *error, int *linkedIndex)
{
    rtnl_link *raw = nullptr;
    const int result = rtnl_link_get_kernel(socket, 0, name.toLatin1().constData(), &raw);
    Link link(raw);
    if (result < 0) {
        *error = failure(QStringLiteral("cannot find interface %1").arg(name), result);
        return 0;
    }
    if (linkedIndex)
        *linkedIndex = rtnl_link_get_link(link.get());
    return rtnl_link_get_ifindex(link.get());
}

void SocketDeleter::operator()(nl_sock *socket) const
{
    nl_socket_free(socket);
}

Socket open(QString *error)
{
    Socket socket(nl_socket_alloc());
    if (!socket) {
        *error = QStringLiteral("cannot allocate a netlink socket");
        return nullptr;
    }
    if (const int result = nl_connect(socket.get(), NETLINK_ROUTE); result < 0) {
        *error = failure(QStringLiteral("cannot open a netlink socket"), result);
        return nullptr;
    }
    // Programs launched later must not inherit it.
    fcntl(nl_socket_get_fd(socket.get()), F_SETFD, FD_CLOEXEC);
    return socket;
}

namespace {

// `here` in the socket's namespace with `flags`, `there` (down) in the
// namespace `thereNamespaceFd` refers to; `pair` names both in messages.
QString makeVeth(nl_sock *socket, const QString &here, const QString &there,
                 int thereNamespaceFd, unsigned flags, const QString &pair)
{
    Link link(rtnl_link_veth_alloc());
    if (!link)
        return QStringLiteral("cannot allocate a veth link");
    rtnl_link_set_name(link.get(), here.toLatin1().constData());
    if (flags)
        rtnl_link_set_flags(link.get(), flags);
    Link peer(rtnl_link_veth_get_peer(link.get()));
    rtnl_link_set_name(peer.get(), there.toLatin1().constData());
    rtnl_link_set_ns_fd(peer.get(), thereNamespaceFd);
    const int result = rtnl_link_add(socket, link.get(), NLM_F_CREATE | NLM_F_EXCL);
    if (result < 0)
        return failure(QStringLiteral("cannot create the veth pair %1").arg(pair), result);
    return {};
}

} // namespace

QString addVeth(nl_sock *socket, const QString &hostName, const QString &peerName, int namespaceFd)
{
    return makeVeth(socket, hostName, peerName, namespaceFd, IFF_UP,
                    hostName + u'/' + peerName);
}

QString addVethToward(nl_sock *socket, const QString &name, const QString &peerName,
                      int peerNamespaceFd)
{
    return makeVeth(socket, name, peerName, peerNamespaceFd, 0, peerName + u'/' + name);
}

QString deleteLink(nl_sock *socket, int index)
{
    Link link(rtnl_link_alloc());
    if (!link)
        return QStringLiteral("cannot allocate a link");
    rtnl_link_set_ifindex(link.get(), index);
    const int result = rtnl_link_delete(socket, link.get());
    if (result < 0 && result != -NLE_OBJ_NOTFOUND && result != -NLE_NODEV)
        return failure(QStringLiteral("cannot delete interface %1").arg(index), result);
    return {};
}

QString setDown(nl_sock *socket, int index)
{
    Link current(rtnl_link_alloc());
    Link change(rtnl_link_alloc());
    if (!current || !change)
        return QStringLiteral("cannot allocate a link");
    rtnl_link_set_ifindex(current.get(), index);
    rtnl_link_unset_flags(change.get(), IFF_UP);
    if (const int result = rtnl_link_change(socket, current.get(), change.get(), 0); result < 0)
        return failure(QStringLiteral("cannot take interface %1 down").arg(index), result);
    return {};
}

QString setUp(nl_sock *socket, int index, const QString &name)
{
    Link current(rtnl_link_alloc());
    Link change(rtnl_link_alloc());
    if (!current || !change)
        return QStringLiteral("cannot allocate a link");
    rtnl_link_set_ifindex(current.get(), index);
    rtnl_link_set_flags(change.get(), IFF_UP);
    if (const int result = rtnl_link_change(socket, current.get(), change.get(), 0); result < 0)
        return failure(QStringLiteral("cannot bring %1 up").arg(name), result);
    return {};
}

QString addAddress(nl_sock *socket, int index, const QString &name, const Prefix &address)
{
    Addr addr(rtnl_addr_alloc());
    NlAddr local = toNlAddr(address);
    if (!addr || !local)
        return QStringLiteral("cannot allocate an address");
    rtnl_addr_set_ifindex(addr.get(), index);
    rtnl_addr_set_family(addr.get(), addressFamily(address.family));
    rtnl_addr_set_local(addr.get(), local.get());
    rtnl_addr_set_prefixlen(addr.get(), address.length);
    if (address.family == Family::IPv6)
        rtnl_addr_set_flags(addr.get(), IFA_F_NODAD);
    if (const int result = rtnl_addr_add(socket, addr.get(), NLM_F_EXCL); result < 0)
        return failure(QStringLiteral("cannot add %1 to %2").arg(address.text(), name), result);
    return {};
}

QString addDefaultRoute(nl_sock *socket, int index, const Prefix &gateway)
{
    Route route(rtnl_route_alloc());
    Prefix any;
    any.family = gateway.family;
    NlAddr destination = toNlAddr(any);
    NlAddr via = toNlAddr(gateway.withLength(gateway.maxLength()));
    if (!route || !destination || !via)
        return QStringLiteral("cannot allocate a route");
    rtnl_route_set_family(route.get(), addressFamily(gateway.family));
    rtnl_route_set_dst(route.get(), destination.get());
    rtnl_route_set_table(route.get(), RT_TABLE_MAIN);
    rtnl_route_set_protocol(route.get(), RTPROT_STATIC);
    rtnl_route_set_scope(route.get(), RT_SCOPE_UNIVERSE);
    rtnl_route_set_type(route.get(), RTN_UNICAST);
    rtnl_nexthop *nexthop = rtnl_route_nh_alloc();
    if (!nexthop)
        return QStringLiteral("cannot allocate a route");
    rtnl_route_nh_set_ifindex(nexthop, index);
    rtnl_route_nh_set_gateway(nexthop, via.get());
    rtnl_route_add_nexthop(route.get(), nexthop); // the route owns it now
    if (const int result = rtnl_route_add(socket, route.get(), NLM_F_EXCL); result < 0)
        return failure(QStringLiteral("cannot add the default route via %1").arg(gateway.address()),
                       result);
    return {};
}

QList<Prefix> usedPrefixes(nl_sock *socket, QString *error)
{
    QList<Prefix> prefixes;
    nl_cache *raw = nullptr;
    if (const int result = rtnl_addr_alloc_cache(socket, &raw); result < 0) {
        *error = failure(QStringLiteral("cannot list addresses"), result);
        return {};
    }
    Cache addresses(raw);
    for (nl_object *object = nl_cache_get_first(addresses.get()); object;
         object = nl_cache_get_next(object)) {
        auto *address = reinterpret_cast<rtnl_addr *>(object);
        for (nl_addr *value : {rtnl_addr_get_local(address), rtnl_addr_get_peer(address)}) {
            if (const auto prefix = fromNlAddr(value))
                prefixes.append(prefix->withLength(rtnl_addr_get_prefixlen(address)));
        }
    }
    raw = nullptr;
    // AF_UNSPEC and no ROUTE_CACHE_CONTENT flag: every table, both families.
    if (const int result = rtnl_route_alloc_cache(socket, AF_UNSPEC, 0, &raw); result < 0) {
        *error = failure(QStringLiteral("cannot list routes"), result);
        return {};
    }
    Cache routes(raw);
    for (nl_object *object = nl_cache_get_first(routes.get()); object;
         object = nl_cache_get_next(object)) {
        if (const auto prefix = fromNlAddr(rtnl_route_get_dst(reinterpret_cast<rtnl_route *>(object))))
            prefixes.append(*prefix);
    }
    return prefixes;
}

QStringList linkNames(nl_sock *socket, QString *error)
{
    nl_cache *raw = nullptr;
    if (const int result = rtnl_link_alloc_cache(socket, AF_UNSPEC, &raw); result < 0) {
        *error = failure(QStringLiteral("cannot list interfaces"), result);
        return {};
    }
    Cache links(raw);
    QStringList names;
    for (nl_object *object = nl_cache_get_first(links.get()); object;
         object = nl_cache_get_next(object)) {
        if (const char *name = rtnl_link_get_name(reinterpret_cast<rtnl_link *>(object)))
            names.append(QString::fromLatin1(name));
    }
    return names;
}

} // namespace Lifeline::Net::Netlink
