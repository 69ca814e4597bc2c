// Made-up kernel state for the start-up reconcile's tests: what a connect
// of a lab-like tunnel leaves in the kernel, built with the same
// RoutingPlan a real connect uses and reported the way rtnetlink reports it
// (IPv6 routes with the kernel's metric 1024, rules with "no suppress").
#pragma once

#include "TunnelAdoption.h"

namespace Lifeline::Testing {

struct ConnectedTunnel {
    Tunnel::WgQuickConfig config;
    TunnelAdoption::LinkState link;
    WireGuard::DeviceState device;
    TunnelAdoption::TaggedRouting tagged;
};

struct ConnectOptions {
    QString name = QStringLiteral("vps");
    int ifindex = 7;
    QList<Net::Family> families; // ConnectTunnel's argument; empty: what AllowedIPs route
    QList<quint32> tablesInUse; // when it connected
    QString allowedIps = QStringLiteral("0.0.0.0/0 ::/0");
    Tunnel::TableMode table = Tunnel::TableMode::Auto;
    quint32 tableNumber = 0;
    qint64 lastHandshake = 1700000000;
};

ConnectedTunnel connected(const ConnectOptions &options = {});
Net::Prefix prefix(const QString &text);
// A launch through the tunnel (TunnelLaunchRoute): rule iif llv<id>h and a
// default into the tunnel plus an unreachable one, in `table`.
TunnelAdoption::TaggedRouting launchRouting(
    const QString &id, int tunnelIfindex, Net::Family family, quint32 table);

} // namespace Lifeline::Testing
