// Whether a tunnel that an earlier run of the helper connected can be
// adopted as it stands, judged from what the kernel shows: the ll-<name>
// link, its WireGuard device and the tagged routes and rules. Pure, so every
// way a connect can be left half-made is unit-tested with made-up state.
//
// A tunnel is adopted only when the routing a connect would have made for
// it is there in full (for the families it routes), nothing else of ours
// points into its interface, and its server has answered at least once: a
// tunnel that never had a handshake carried no traffic, and the connect that
// made it died with the helper.
#pragma once

#include "RouteNetlink.h"
#include "RouteSet.h"
#include "RoutingPlan.h"
#include "WgQuickConfig.h"
#include "WireGuardTypes.h"

#include <optional>

namespace Lifeline::TunnelAdoption {

// One ll-* interface as the kernel shows it.
struct LinkState {
    QString name; // ll-<tunnel>
    int ifindex = 0;
    quint32 mtu = 0;
    QString kind; // "wireguard" (kernel), "tun" (wireguard-go)
    QList<Net::Prefix> addresses;
};

// What the kernel holds that carries Lifeline's tag (Route::Protocol).
using TaggedRouting = Route::Leftovers;

// What the connection consists of, to rebuild it without touching anything.
struct Adoption {
    QList<Net::Family> families; // as ConnectTunnel's argument would say them; empty: all
    // The addresses, routes and rules a connect added, in its order (no
    // sysctl: those are never undone); their kernel forms, claimed from the
    // tagged ones so the reconcile leaves them alone.
    QList<Route::PlanItem> items;
    QList<Route::Netlink::KernelRoute> routes;
    QList<Route::Netlink::KernelRule> rules;
    // Families whose addresses a launch through the tunnel added.
    QList<Net::Family> extraFamilies;
    quint32 fwmark = 0;
    quint32 mtu = 0;
    // Per configured peer: the endpoint the device uses now (empty: none).
    QList<QList<WireGuard::Endpoint>> endpoints;
};

// The routing plan's input for a tunnel's configuration on `interfaceName`,
// routing `families`: what a connect plans (it adds the tables in use) and
// what adoption judges the kernel against (it adds the table it found).
Route::PlanInput planInput(const Tunnel::WgQuickConfig &config, const QString &interfaceName,
                           const QList<Net::Family> &families);

// Routes a launch through a tunnel adds (TunnelLaunchRoute) live in tables
// its rules look up; they point into the tunnel but are not the tunnel's.
QList<quint32> launchTables(const TaggedRouting &tagged);

// The adoption, or nullopt and in *why one sentence saying what is missing
// or wrong ("it was still connecting", "the route … is missing").
std::optional<Adoption> judge(const Tunnel::WgQuickConfig &config, const LinkState &link,
    const WireGuard::DeviceState &device, const TaggedRouting &tagged, QString *why);

} // namespace Lifeline::TunnelAdoption
