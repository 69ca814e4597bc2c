#include "ConnectedTunnel.h"

#include "RouteNetlink.h"

#include <linux/fib_rules.h>
#include <linux/rtnetlink.h>

namespace Lifeline::Testing {

Net::Prefix prefix(const QString &text)
{
    QString error;
    const auto parsed = Net::Prefix::parse(text, &error);
    if (!parsed)
        qFatal("bad test data %s: %s", qPrintable(text), qPrintable(error));
    return *parsed;
}

namespace {

QList<Net::Prefix> prefixes(const QString &text)
{
    QList<Net::Prefix> list;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts))
        list << prefix(part);
    return list;
}

Route::TableSetting tableSetting(const ConnectOptions &options)
{
    switch (options.table) {
    case Tunnel::TableMode::Off:
        return { Route::TableSetting::Mode::Off, 0 };
    case Tunnel::TableMode::Number:
        return { Route::TableSetting::Mode::Number, options.tableNumber };
    case Tunnel::TableMode::Auto:
        break;
    }
    return {};
}

} // namespace

ConnectedTunnel connected(const ConnectOptions &options)
{
    ConnectedTunnel tunnel;
    Tunnel::Interface &interface = tunnel.config.interface;
    interface.addresses = prefixes(QStringLiteral("192.0.2.66/32 fd00:6c6c::2/128"));
    interface.table = options.table;
    interface.tableNumber = options.tableNumber;
    Tunnel::Peer peer;
    peer.publicKey = QByteArray(32, '\x2a');
    peer.allowedIps = prefixes(options.allowedIps);
    tunnel.config.peers << peer;

    Route::PlanInput input;
    input.interfaceName = QStringLiteral("ll-") + options.name;
    input.addresses = interface.addresses;
    input.allowedIps = peer.allowedIps;
    input.families = options.families;
    input.table = tableSetting(options);
    input.tablesInUse = options.tablesInUse;
    QString error;
    const auto plan = Route::RoutingPlan::make(input, &error);
    if (!plan)
        qFatal("test plan refused: %s", qPrintable(error));

    tunnel.link = { input.interfaceName, options.ifindex, 1420, QStringLiteral("tun"), {} };
    for (const Route::PlanItem &item : plan->items) {
        switch (item.kind) {
        case Route::PlanItem::Kind::Address:
            tunnel.link.addresses << item.prefix;
            break;
        case Route::PlanItem::Kind::Route: {
            auto route = Route::Netlink::toKernelRoute(item, options.ifindex);
            if (item.family == Net::Family::IPv6)
                route.metric = 1024; // the kernel's default
            tunnel.tagged.routes << route;
            break;
        }
        case Route::PlanItem::Kind::Rule:
            tunnel.tagged.rules << Route::Netlink::toKernelRule(item);
            break;
        case Route::PlanItem::Kind::Sysctl:
            break;
        }
    }
    WireGuard::PeerStatus live;
    std::fill(live.publicKey.begin(), live.publicKey.end(), quint8(0x2a));
    live.endpoint = WireGuard::Endpoint::make(prefix(QStringLiteral("2001:db8:2::2")), 51820);
    live.lastHandshakeSec = options.lastHandshake;
    tunnel.device = { plan->fwmark, { live } };
    return tunnel;
}

TunnelAdoption::TaggedRouting launchRouting(
    const QString &id, int tunnelIfindex, Net::Family family, quint32 table)
{
    Route::Netlink::KernelRoute into;
    into.destination = prefix(
        family == Net::Family::IPv4 ? QStringLiteral("0.0.0.0/0") : QStringLiteral("::/0"));
    into.table = table;
    into.protocol = Route::Protocol;
    into.type = RTN_UNICAST;
    into.ifindex = tunnelIfindex;
    Route::Netlink::KernelRoute refuse = into;
    refuse.type = RTN_UNREACHABLE;
    refuse.ifindex = 0;
    refuse.metric = 0xffffffff;
    Route::Netlink::KernelRule rule;
    rule.family = family;
    rule.priority = 31000;
    rule.table = table;
    rule.protocol = Route::Protocol;
    rule.action = FR_ACT_TO_TBL;
    rule.inputInterface = QStringLiteral("llv%1h").arg(id);
    return { { into, refuse }, { rule } };
}

} // namespace Lifeline::Testing
