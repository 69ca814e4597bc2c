#include "RouteNetlink.h"

#include <linux/fib_rules.h>
#include <linux/if.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>
#include <netlink/msg.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>

#include <memory>
#include <sys/socket.h>

namespace Lifeline::Route::Netlink {
namespace {

using Net::Family;
using Net::Prefix;

template<typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *object) const { Free(object); }
};
using Message = std::unique_ptr<nl_msg, Deleter<nl_msg, nlmsg_free>>;
using Callbacks = std::unique_ptr<nl_cb, Deleter<nl_cb, nl_cb_put>>;

QString failure(const QString &what, int error)
{
    return QStringLiteral("cannot %1: %2").arg(what, QString::fromUtf8(nl_geterror(error)));
}

int addressFamily(Family family)
{
    return family == Family::IPv4 ? AF_INET : AF_INET6;
}

// Tables above 255 only fit the attribute; the header says "see attribute".
quint8 headerTable(quint32 table)
{
    return table < 256 ? quint8(table) : quint8(RT_TABLE_UNSPEC);
}

// Sends one request and waits for the kernel's answer. The message is
// freed by its owner either way.
int request(nl_sock *socket, nl_msg *message)
{
    if (const int result = nl_send_auto(socket, message); result < 0)
        return result;
    return nl_wait_for_ack(socket);
}

template<typename Header> Message newMessage(int type, int flags, const Header &header)
{
    Message message(nlmsg_alloc_simple(type, flags));
    if (message
        && nlmsg_append(message.get(), const_cast<Header *>(&header), sizeof header, NLMSG_ALIGNTO)
            < 0)
        message.reset();
    return message;
}

bool gone(int result)
{
    return result == -NLE_OBJ_NOTFOUND || result == -NLE_NOADDR || result == -NLE_NODEV;
}

QString addressRequest(nl_sock *socket, int type, int flags, int ifindex, const Prefix &address)
{
    ifaddrmsg header {};
    header.ifa_family = quint8(addressFamily(address.family));
    header.ifa_prefixlen = quint8(address.length);
    header.ifa_index = quint32(ifindex);
    // A point-to-point tunnel has nobody to collide with: usable at once.
    const quint32 flagsAttribute = address.family == Family::IPv6 ? IFA_F_NODAD : 0;
    header.ifa_flags = quint8(flagsAttribute);
    Message message = newMessage(type, flags, header);
    if (!message || nla_put(message.get(), IFA_LOCAL, address.byteCount(), address.bytes.data()) < 0
        || nla_put(message.get(), IFA_ADDRESS, address.byteCount(), address.bytes.data()) < 0
        || (type == RTM_NEWADDR && nla_put_u32(message.get(), IFA_FLAGS, flagsAttribute) < 0))
        return QStringLiteral("cannot build an address message");
    const int result = request(socket, message.get());
    if (type == RTM_DELADDR && gone(result))
        return {};
    if (result < 0)
        return failure(
            QStringLiteral("%1 address %2 on interface %3")
                .arg(type == RTM_NEWADDR ? QStringLiteral("add") : QStringLiteral("delete"),
                    address.text())
                .arg(ifindex),
            result);
    return {};
}

QString routeRequest(nl_sock *socket, int type, int flags, const KernelRoute &route)
{
    rtmsg header {};
    header.rtm_family = quint8(addressFamily(route.destination.family));
    header.rtm_dst_len = quint8(route.destination.length);
    header.rtm_table = headerTable(route.table);
    header.rtm_protocol = route.protocol;
    header.rtm_type = route.type;
    // iproute2's choices: link scope for a device route, universe for
    // unreachable and the like; on delete, "any scope".
    header.rtm_scope = type != RTM_NEWROUTE ? RT_SCOPE_NOWHERE
        : route.type == RTN_UNICAST || route.type == RTN_UNSPEC ? RT_SCOPE_LINK
                                            : RT_SCOPE_UNIVERSE;
    Message message = newMessage(type, flags, header);
    bool built = message && nla_put_u32(message.get(), RTA_TABLE, route.table) >= 0
        && nla_put(message.get(), RTA_DST, route.destination.byteCount(),
               route.destination.network().bytes.data())
            >= 0;
    if (built && route.ifindex != 0)
        built = nla_put_u32(message.get(), RTA_OIF, quint32(route.ifindex)) >= 0;
    if (built && route.metric != 0)
        built = nla_put_u32(message.get(), RTA_PRIORITY, route.metric) >= 0;
    if (!built)
        return QStringLiteral("cannot build a route message");
    const int result = request(socket, message.get());
    if (type == RTM_DELROUTE && gone(result))
        return {};
    if (result < 0)
        return failure(QStringLiteral("%1 %2").arg(
                           type == RTM_NEWROUTE ? QStringLiteral("add") : QStringLiteral("delete"),
                           route.text()),
            result);
    return {};
}

QString ruleRequest(nl_sock *socket, int type, int flags, const KernelRule &rule)
{
    fib_rule_hdr header {};
    header.family = quint8(addressFamily(rule.family));
    header.table = headerTable(rule.table);
    header.action = rule.action;
    header.flags = rule.invert ? FIB_RULE_INVERT : 0;
    Message message = newMessage(type, flags, header);
    bool built = message && nla_put_u32(message.get(), FRA_TABLE, rule.table) >= 0
        && nla_put_u32(message.get(), FRA_PRIORITY, rule.priority) >= 0
        && nla_put_u8(message.get(), FRA_PROTOCOL, rule.protocol) >= 0;
    if (built && (rule.fwmark != 0 || rule.fwmask != 0))
        built = nla_put_u32(message.get(), FRA_FWMARK, rule.fwmark) >= 0
            && nla_put_u32(message.get(), FRA_FWMASK, rule.fwmask) >= 0;
    if (built && !rule.inputInterface.isEmpty()) {
        const QByteArray name = rule.inputInterface.toLatin1();
        built = nla_put_string(message.get(), FRA_IIFNAME, name.constData()) >= 0;
    }
    if (built && rule.suppressPrefixLength >= 0)
        built
            = nla_put_u32(message.get(), FRA_SUPPRESS_PREFIXLEN, quint32(rule.suppressPrefixLength))
            >= 0;
    if (!built)
        return QStringLiteral("cannot build a rule message");
    const int result = request(socket, message.get());
    if (type == RTM_DELRULE && gone(result))
        return {};
    if (result < 0)
        return failure(QStringLiteral("%1 %2").arg(
                           type == RTM_NEWRULE ? QStringLiteral("add") : QStringLiteral("delete"),
                           rule.text()),
            result);
    return {};
}

// One dump request, each answer handed to `parse`. A dump the kernel
// marks interrupted (the set changed meanwhile) is asked for again.
template<typename Header, typename Item>
QList<Item> dump(nl_sock *socket, int type, const Header &header, int (*parse)(nl_msg *, void *),
    const QString &what, QString *error)
{
    int result = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QList<Item> items;
        Message message = newMessage(type, NLM_F_DUMP, header);
        Callbacks base(nl_socket_get_cb(socket));
        Callbacks callbacks(base ? nl_cb_clone(base.get()) : nullptr);
        if (!message || !callbacks) {
            *error = QStringLiteral("cannot list %1: out of memory").arg(what);
            return {};
        }
        nl_cb_set(callbacks.get(), NL_CB_VALID, NL_CB_CUSTOM, parse, &items);
        result = nl_send_auto(socket, message.get());
        if (result >= 0)
            result = nl_recvmsgs(socket, callbacks.get());
        if (result >= 0)
            return items;
        if (result != -NLE_DUMP_INTR)
            break;
    }
    *error = failure(QStringLiteral("list %1").arg(what), result);
    return {};
}

std::optional<Family> familyOf(int family)
{
    if (family == AF_INET)
        return Family::IPv4;
    if (family == AF_INET6)
        return Family::IPv6;
    return std::nullopt;
}

int parseRoute(nl_msg *message, void *argument)
{
    nlmsghdr *header = nlmsg_hdr(message);
    if (header->nlmsg_type != RTM_NEWROUTE)
        return NL_OK;
    const auto *rtm = static_cast<const rtmsg *>(nlmsg_data(header));
    const auto family = familyOf(rtm->rtm_family);
    nlattr *attributes[RTA_MAX + 1];
    if (!family || nlmsg_parse(header, sizeof(rtmsg), attributes, RTA_MAX, nullptr) < 0)
        return NL_OK;
    KernelRoute route;
    Prefix zero;
    zero.family = *family;
    const nlattr *dst = attributes[RTA_DST];
    const bool hasDst = dst && nla_len(dst) == zero.byteCount();
    const auto destination
        = Prefix::fromBytes(*family, hasDst ? nla_data(dst) : zero.bytes.data(), rtm->rtm_dst_len);
    if (!destination)
        return NL_OK;
    route.destination = *destination;
    route.table = attributes[RTA_TABLE] ? nla_get_u32(attributes[RTA_TABLE]) : rtm->rtm_table;
    route.protocol = rtm->rtm_protocol;
    route.type = rtm->rtm_type;
    if (attributes[RTA_OIF])
        route.ifindex = int(nla_get_u32(attributes[RTA_OIF]));
    if (attributes[RTA_PRIORITY])
        route.metric = nla_get_u32(attributes[RTA_PRIORITY]);
    static_cast<QList<KernelRoute> *>(argument)->append(route);
    return NL_OK;
}

int parseRule(nl_msg *message, void *argument)
{
    nlmsghdr *header = nlmsg_hdr(message);
    if (header->nlmsg_type != RTM_NEWRULE)
        return NL_OK;
    const auto *frh = static_cast<const fib_rule_hdr *>(nlmsg_data(header));
    const auto family = familyOf(frh->family);
    nlattr *attributes[FRA_MAX + 1];
    if (!family || nlmsg_parse(header, sizeof(fib_rule_hdr), attributes, FRA_MAX, nullptr) < 0)
        return NL_OK;
    KernelRule rule;
    rule.family = *family;
    rule.table = attributes[FRA_TABLE] ? nla_get_u32(attributes[FRA_TABLE]) : frh->table;
    rule.action = frh->action;
    rule.invert = frh->flags & FIB_RULE_INVERT;
    if (attributes[FRA_PRIORITY])
        rule.priority = nla_get_u32(attributes[FRA_PRIORITY]);
    if (attributes[FRA_PROTOCOL])
        rule.protocol = nla_get_u8(attributes[FRA_PROTOCOL]);
    if (attributes[FRA_FWMARK])
        rule.fwmark = nla_get_u32(attributes[FRA_FWMARK]);
    if (attributes[FRA_FWMASK])
        rule.fwmask = nla_get_u32(attributes[FRA_FWMASK]);
    if (attributes[FRA_IIFNAME])
        rule.inputInterface = QString::fromLatin1(nla_get_string(attributes[FRA_IIFNAME]));
    // The kernel reports "none" as 0xffffffff.
    if (attributes[FRA_SUPPRESS_PREFIXLEN])
        rule.suppressPrefixLength = int(nla_get_u32(attributes[FRA_SUPPRESS_PREFIXLEN]));
    static_cast<QList<KernelRule> *>(argument)->append(rule);
    return NL_OK;
}

int parseLink(nl_msg *message, void *argument)
{
    nlmsghdr *header = nlmsg_hdr(message);
    if (header->nlmsg_type != RTM_NEWLINK)
        return NL_OK;
    const auto *ifi = static_cast<const ifinfomsg *>(nlmsg_data(header));
    nlattr *attributes[IFLA_MAX + 1];
    if (nlmsg_parse(header, sizeof(ifinfomsg), attributes, IFLA_MAX, nullptr) < 0
        || !attributes[IFLA_IFNAME])
        return NL_OK;
    KernelLink link;
    link.name = QString::fromLatin1(nla_get_string(attributes[IFLA_IFNAME]));
    link.ifindex = ifi->ifi_index;
    if (attributes[IFLA_MTU])
        link.mtu = nla_get_u32(attributes[IFLA_MTU]);
    if (attributes[IFLA_LINKINFO]) {
        nlattr *info[IFLA_INFO_MAX + 1];
        if (nla_parse_nested(info, IFLA_INFO_MAX, attributes[IFLA_LINKINFO], nullptr) >= 0
            && info[IFLA_INFO_KIND])
            link.kind = QString::fromLatin1(nla_get_string(info[IFLA_INFO_KIND]));
    }
    static_cast<QList<KernelLink> *>(argument)->append(link);
    return NL_OK;
}

int parseAddress(nl_msg *message, void *argument)
{
    nlmsghdr *header = nlmsg_hdr(message);
    if (header->nlmsg_type != RTM_NEWADDR)
        return NL_OK;
    const auto *ifa = static_cast<const ifaddrmsg *>(nlmsg_data(header));
    const auto family = familyOf(ifa->ifa_family);
    nlattr *attributes[IFA_MAX + 1];
    if (!family || nlmsg_parse(header, sizeof(ifaddrmsg), attributes, IFA_MAX, nullptr) < 0)
        return NL_OK;
    // IFA_LOCAL is the interface's own address (IFA_ADDRESS is the peer's on
    // a point-to-point link); IPv6 sends only IFA_ADDRESS.
    const nlattr *own = attributes[IFA_LOCAL] ? attributes[IFA_LOCAL] : attributes[IFA_ADDRESS];
    Prefix zero;
    zero.family = *family;
    if (!own || nla_len(own) != zero.byteCount())
        return NL_OK;
    const auto address = Prefix::fromBytes(*family, nla_data(own), ifa->ifa_prefixlen);
    if (address)
        static_cast<QList<KernelAddress> *>(argument)->append({ int(ifa->ifa_index), *address });
    return NL_OK;
}

QString protocolName(quint8 protocol)
{
    return protocol == Protocol ? QStringLiteral("lifeline") : QString::number(protocol);
}

} // namespace

QString KernelRoute::text() const
{
    QString text = QStringLiteral("route %1").arg(destination.text());
    if (ifindex != 0)
        text += QStringLiteral(" dev #%1").arg(ifindex);
    text += QStringLiteral(" table %1 proto %2").arg(tableName(table), protocolName(protocol));
    if (metric != 0)
        text += QStringLiteral(" metric %1").arg(metric);
    return text;
}

QString KernelRule::text() const
{
    QString text = QStringLiteral("rule ") + Net::familyName(family);
    if (invert)
        text += QStringLiteral(" not");
    if (!inputInterface.isEmpty())
        text += QStringLiteral(" iif ") + inputInterface;
    if (fwmark != 0 || fwmask != 0)
        text += QStringLiteral(" fwmark 0x%1/0x%2").arg(fwmark, 0, 16).arg(fwmask, 0, 16);
    text += QStringLiteral(" table ") + tableName(table);
    if (suppressPrefixLength >= 0)
        text += QStringLiteral(" suppress_prefixlength %1").arg(suppressPrefixLength);
    return text + QStringLiteral(" prio %1 proto %2").arg(priority).arg(protocolName(protocol));
}

bool sameRoute(const KernelRoute &a, const KernelRoute &b)
{
    return a.destination.network() == b.destination.network() && a.table == b.table
        && a.protocol == b.protocol && a.ifindex == b.ifindex
        && (a.type == b.type || a.type == RTN_UNSPEC || b.type == RTN_UNSPEC);
}

bool sameRule(const KernelRule &a, const KernelRule &b)
{
    return a.family == b.family && a.priority == b.priority && a.table == b.table
        && a.protocol == b.protocol && a.action == b.action && a.invert == b.invert
        && a.fwmark == b.fwmark && a.fwmask == b.fwmask
        && a.suppressPrefixLength == b.suppressPrefixLength
        && a.inputInterface == b.inputInterface;
}

QString addAddress(nl_sock *socket, int ifindex, const Prefix &address)
{
    return addressRequest(socket, RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL, ifindex, address);
}

QString deleteAddress(nl_sock *socket, int ifindex, const Prefix &address)
{
    return addressRequest(socket, RTM_DELADDR, 0, ifindex, address);
}

QString setLinkUp(nl_sock *socket, int ifindex, quint32 mtu)
{
    ifinfomsg header {};
    header.ifi_family = AF_UNSPEC;
    header.ifi_index = ifindex;
    header.ifi_flags = IFF_UP;
    header.ifi_change = IFF_UP;
    Message message = newMessage(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK, header);
    if (!message || (mtu != 0 && nla_put_u32(message.get(), IFLA_MTU, mtu) < 0))
        return QStringLiteral("cannot build a link message");
    if (const int result = request(socket, message.get()); result < 0)
        return failure(QStringLiteral("set interface %1 up with MTU %2").arg(ifindex).arg(mtu), result);
    return {};
}

QString addRoute(nl_sock *socket, const KernelRoute &route)
{
    return routeRequest(socket, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL, route);
}

QString deleteRoute(nl_sock *socket, const KernelRoute &route)
{
    if (route.protocol == 0)
        return QStringLiteral("refusing to delete an untagged route");
    return routeRequest(socket, RTM_DELROUTE, 0, route);
}

QString addRule(nl_sock *socket, const KernelRule &rule)
{
    return ruleRequest(socket, RTM_NEWRULE, NLM_F_CREATE | NLM_F_EXCL, rule);
}

QString deleteRule(nl_sock *socket, const KernelRule &rule)
{
    if (rule.protocol == 0)
        return QStringLiteral("refusing to delete an untagged rule");
    return ruleRequest(socket, RTM_DELRULE, 0, rule);
}

QList<KernelRoute> routes(nl_sock *socket, QString *error)
{
    // AF_UNSPEC: every family's tables; non-IP families are skipped.
    const rtmsg header {};
    return dump<rtmsg, KernelRoute>(
        socket, RTM_GETROUTE, header, parseRoute, QStringLiteral("routes"), error);
}

QList<KernelRule> rules(nl_sock *socket, QString *error)
{
    const fib_rule_hdr header {};
    return dump<fib_rule_hdr, KernelRule>(
        socket, RTM_GETRULE, header, parseRule, QStringLiteral("rules"), error);
}

QList<KernelLink> links(nl_sock *socket, QString *error)
{
    const ifinfomsg header {};
    return dump<ifinfomsg, KernelLink>(
        socket, RTM_GETLINK, header, parseLink, QStringLiteral("links"), error);
}

QList<KernelAddress> addresses(nl_sock *socket, QString *error)
{
    const ifaddrmsg header {};
    return dump<ifaddrmsg, KernelAddress>(
        socket, RTM_GETADDR, header, parseAddress, QStringLiteral("addresses"), error);
}

KernelRoute toKernelRoute(const PlanItem &item, int ifindex)
{
    KernelRoute route;
    route.destination = item.prefix.network();
    route.table = item.table;
    route.protocol = Protocol;
    route.type = RTN_UNICAST;
    route.ifindex = ifindex;
    return route;
}

KernelRule toKernelRule(const PlanItem &item)
{
    KernelRule rule;
    rule.family = item.family;
    rule.priority = item.priority;
    rule.table = item.table;
    rule.protocol = Protocol;
    rule.action = FR_ACT_TO_TBL;
    if (item.notFwmark != 0) {
        rule.invert = true;
        rule.fwmark = item.notFwmark;
        rule.fwmask = 0xffffffffu;
    }
    rule.suppressPrefixLength = item.suppressPrefixLength;
    return rule;
}

} // namespace Lifeline::Route::Netlink
