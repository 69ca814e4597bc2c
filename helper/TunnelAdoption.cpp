#include "TunnelAdoption.h"

#include "TunnelLaunchRoute.h"

#include <algorithm>
#include <cstring>

namespace Lifeline::TunnelAdoption {

namespace {

using Net::Family;
using Route::PlanItem;
namespace Netlink = Route::Netlink;

bool sameKey(const QByteArray &raw, const WireGuard::Key &key)
{
    return raw.size() == qsizetype(key.size())
        && std::memcmp(raw.constData(), key.data(), key.size()) == 0;
}

// ConnectTunnel's possible family arguments, widest first: the first whose
// routing is all there is what the tunnel was connected with.
const QList<QList<Family>> &candidateFamilies()
{
    static const QList<QList<Family>> candidates { {}, { Family::IPv4, Family::IPv6 },
        { Family::IPv4 }, { Family::IPv6 } };
    return candidates;
}

// What of `plan` the kernel lacks, in words; empty when all of it is there.
// The kernel forms of what is there go to `adoption`.
QString missing(const Route::RoutingPlan &plan, const LinkState &link, const TaggedRouting &tagged,
    Adoption *adoption)
{
    for (const PlanItem &item : plan.items) {
        switch (item.kind) {
        case PlanItem::Kind::Sysctl:
            continue;
        case PlanItem::Kind::Address:
            if (!link.addresses.contains(item.prefix))
                return QStringLiteral("its address %1 is missing").arg(item.prefix.text());
            break;
        case PlanItem::Kind::Route: {
            const auto wanted = Netlink::toKernelRoute(item, link.ifindex);
            const auto found = std::find_if(tagged.routes.begin(), tagged.routes.end(),
                [&](const auto &route) { return Netlink::sameRoute(route, wanted); });
            if (found == tagged.routes.end())
                return QStringLiteral("its %1 is missing").arg(item.text(link.name));
            adoption->routes << *found;
            break;
        }
        case PlanItem::Kind::Rule: {
            const auto wanted = Netlink::toKernelRule(item);
            const auto found = std::find_if(tagged.rules.begin(), tagged.rules.end(),
                [&](const auto &rule) { return Netlink::sameRule(rule, wanted); });
            if (found == tagged.rules.end())
                return QStringLiteral("its %1 is missing").arg(item.text(link.name));
            adoption->rules << *found;
            break;
        }
        }
        adoption->items << item;
    }
    return {};
}

// A tagged route into the interface that is neither the tunnel's nor a
// launch's: what a connect that died half-way leaves (a family begun).
QString stray(const LinkState &link, const TaggedRouting &tagged, const Adoption &adoption)
{
    const QList<quint32> launches = launchTables(tagged);
    for (const Netlink::KernelRoute &route : tagged.routes) {
        if (route.ifindex != link.ifindex || launches.contains(route.table))
            continue;
        const bool claimed = std::any_of(adoption.routes.begin(), adoption.routes.end(),
            [&](const auto &own) { return Netlink::sameRoute(own, route); });
        if (!claimed)
            return QStringLiteral("a %1 leads into it that its configuration does not make")
                .arg(route.text());
    }
    return {};
}

std::optional<Adoption> fromPlan(const Tunnel::WgQuickConfig &config, const LinkState &link,
    const WireGuard::DeviceState &device, const TaggedRouting &tagged,
    const QList<Family> &families, QString *why)
{
    Route::PlanInput input = planInput(config, link.name, families);
    input.adoptedTable = device.fwmark;
    QString error;
    const auto plan = Route::RoutingPlan::make(input, &error);
    if (!plan) {
        *why = error;
        return std::nullopt;
    }
    if (plan->fwmark != device.fwmark) {
        *why = QStringLiteral("its device's fwmark 0x%1 is not the 0x%2 its routing needs")
                   .arg(device.fwmark, 0, 16)
                   .arg(plan->fwmark, 0, 16);
        return std::nullopt;
    }
    Adoption adoption;
    adoption.families = families;
    adoption.fwmark = device.fwmark;
    if (*why = missing(*plan, link, tagged, &adoption); !why->isEmpty())
        return std::nullopt;
    return adoption;
}

} // namespace

QList<quint32> launchTables(const TaggedRouting &tagged)
{
    QList<quint32> tables;
    for (const Netlink::KernelRule &rule : tagged.rules) {
        if (!rule.inputInterface.isEmpty() && !tables.contains(rule.table))
            tables << rule.table;
    }
    // A launch's rule may be gone already (they go first) while its routes
    // are left: its tables are above every tunnel's automatic one.
    for (const Netlink::KernelRoute &route : tagged.routes) {
        if (route.table >= TunnelLaunchRoute::FirstTable && !tables.contains(route.table))
            tables << route.table;
    }
    return tables;
}

std::optional<Adoption> judge(const Tunnel::WgQuickConfig &config, const LinkState &link,
    const WireGuard::DeviceState &device, const TaggedRouting &tagged, QString *why)
{
    const bool answered = std::any_of(device.peers.begin(), device.peers.end(),
        [](const auto &peer) { return peer.lastHandshakeSec > 0; });
    if (!answered) {
        *why = QStringLiteral("it was still connecting (its server had not answered yet)");
        return std::nullopt;
    }
    const bool samePeers = device.peers.size() == config.peers.size()
        && std::all_of(config.peers.begin(), config.peers.end(), [&](const Tunnel::Peer &peer) {
               return std::any_of(device.peers.begin(), device.peers.end(),
                   [&](const auto &live) { return sameKey(peer.publicKey, live.publicKey); });
           });
    if (!samePeers) {
        *why = QStringLiteral("its device's peers are not the stored configuration's");
        return std::nullopt;
    }

    // When nothing fits, the reason worth giving is the one for the
    // families the routes into the interface suggest.
    const QList<quint32> launches = launchTables(tagged);
    QList<Family> hinted;
    for (const auto &route : tagged.routes) {
        if (route.ifindex == link.ifindex && !launches.contains(route.table)
            && !hinted.contains(route.destination.family))
            hinted << route.destination.family;
    }
    for (const Net::Prefix &address : config.interface.addresses) {
        if (link.addresses.contains(address) && !hinted.contains(address.family)
            && std::none_of(tagged.routes.begin(), tagged.routes.end(),
                [&](const auto &route) { return route.ifindex == link.ifindex; }))
            hinted << address.family;
    }
    std::optional<Adoption> adoption;
    QString reason;
    for (const QList<Family> &families : candidateFamilies()) {
        QString failed;
        adoption = fromPlan(config, link, device, tagged, families, &failed);
        if (adoption)
            break;
        if (reason.isEmpty() || (hinted.size() == 1 && families == hinted))
            reason = failed;
    }
    if (!adoption) {
        *why = reason;
        return std::nullopt;
    }
    if (const QString extra = stray(link, tagged, *adoption); !extra.isEmpty()) {
        *why = extra;
        return std::nullopt;
    }

    QList<Family> routed;
    for (const PlanItem &item : std::as_const(adoption->items)) {
        if (item.kind == PlanItem::Kind::Address && !routed.contains(item.family))
            routed << item.family;
    }
    for (const Net::Prefix &address : config.interface.addresses) {
        if (!routed.contains(address.family) && link.addresses.contains(address)
            && !adoption->extraFamilies.contains(address.family))
            adoption->extraFamilies << address.family;
    }
    adoption->mtu = link.mtu;
    for (const Tunnel::Peer &peer : config.peers) {
        QList<WireGuard::Endpoint> endpoint;
        for (const WireGuard::PeerStatus &live : device.peers) {
            if (sameKey(peer.publicKey, live.publicKey) && live.endpoint)
                endpoint << *live.endpoint;
        }
        adoption->endpoints << endpoint;
    }
    return adoption;
}

Route::PlanInput planInput(const Tunnel::WgQuickConfig &config, const QString &interfaceName,
                           const QList<Family> &families)
{
    Route::PlanInput input;
    input.interfaceName = interfaceName;
    input.addresses = config.interface.addresses;
    for (const Tunnel::Peer &peer : config.peers)
        input.allowedIps += peer.allowedIps;
    input.families = families;
    switch (config.interface.table) {
    case Tunnel::TableMode::Off:
        input.table = { Route::TableSetting::Mode::Off, 0 };
        break;
    case Tunnel::TableMode::Number:
        input.table = { Route::TableSetting::Mode::Number, config.interface.tableNumber };
        break;
    case Tunnel::TableMode::Auto:
        break;
    }
    input.fwMark = config.interface.fwMark;
    return input;
}

} // namespace Lifeline::TunnelAdoption
