// Addresses, routes and policy rules over rtnetlink, with messages built
// directly on libnl's core: libnl-route 3.7's rtnl_rule has no "not" flag
// and no suppress_prefixlength, and its route cache merges routes that
// differ only in metric or device, which would hide whose route is whose.
// Every route and rule added here carries Lifeline's tag (Protocol).
#pragma once

#include "RoutingPlan.h"

#include <QList>
#include <QString>

struct nl_sock;

namespace Lifeline::Route::Netlink {

// A route as a dump shows it (IPv4 and IPv6 unicast tables only).
struct KernelRoute {
    Net::Prefix destination;
    quint32 table = 0;
    quint8 protocol = 0;
    quint8 type = 0; // RTN_*
    int ifindex = 0; // 0 for multipath or device-less routes
    quint32 metric = 0; // 0 on delete: any

    QString text() const;
};

// A policy rule as a dump shows it.
struct KernelRule {
    Net::Family family = Net::Family::IPv4;
    quint32 priority = 0;
    quint32 table = 0;
    quint8 protocol = 0;
    quint8 action = 0; // FR_ACT_*
    bool invert = false; // "not"
    quint32 fwmark = 0;
    quint32 fwmask = 0;
    int suppressPrefixLength = -1;
    QString inputInterface; // "iif": only packets that came in there (validated names only)

    QString text() const;
};

// A network interface as a dump shows it.
struct KernelLink {
    QString name;
    int ifindex = 0;
    quint32 mtu = 0;
    QString kind; // IFLA_INFO_KIND: "wireguard", "tun", "veth"…; empty for none
};

// An address on an interface, with its prefix length.
struct KernelAddress {
    int ifindex = 0;
    Net::Prefix address;
};

// The same kernel object as far as a lookup or a deletion goes: what the
// kernel adds on its own (an IPv6 route's metric 1024) does not count.
bool sameRoute(const KernelRoute &a, const KernelRoute &b);
bool sameRule(const KernelRule &a, const KernelRule &b);

// Each returns an empty string on success, else a sentence. Additions use
// NLM_F_EXCL, so an object somebody else already has is never adopted;
// deletions count "already gone" as success.
QString addAddress(nl_sock *socket, int ifindex, const Net::Prefix &address);
QString deleteAddress(nl_sock *socket, int ifindex, const Net::Prefix &address);
// Sets the link up, with `mtu` unless it is 0.
QString setLinkUp(nl_sock *socket, int ifindex, quint32 mtu);
QString addRoute(nl_sock *socket, const KernelRoute &route);
// Deletes only a route that carries route.protocol (never 0: RouteSet and
// leftover removal always pass the tag).
QString deleteRoute(nl_sock *socket, const KernelRoute &route);
QString addRule(nl_sock *socket, const KernelRule &rule);
QString deleteRule(nl_sock *socket, const KernelRule &rule);

// Whole dumps: every table, both families.
QList<KernelRoute> routes(nl_sock *socket, QString *error);
QList<KernelRule> rules(nl_sock *socket, QString *error);
// Every link, and every IPv4 and IPv6 address, of the socket's namespace:
// what the start-up reconcile reads back.
QList<KernelLink> links(nl_sock *socket, QString *error);
QList<KernelAddress> addresses(nl_sock *socket, QString *error);

// Plan items in kernel form, tagged (kind Route / Rule respectively).
KernelRoute toKernelRoute(const PlanItem &item, int ifindex);
KernelRule toKernelRule(const PlanItem &item);

} // namespace Lifeline::Route::Netlink
