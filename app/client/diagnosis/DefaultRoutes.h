// Whether the provider gave this machine a default route, per family, read from
// /proc (no netlink socket, no privileges). Lifeline's own tunnels (ll-*) route
// through their own table, which /proc/net/ipv6_route lists too: their routes are
// not the provider's and are skipped, as are reject routes (the kernel's "lo"
// unreachable default).
#pragma once

#include "Findings.h"

#include <QByteArray>

namespace Lifeline::Diagnosis::DefaultRoutes {

// The text of /proc/net/route (header line first).
bool inIPv4Table(const QByteArray &procNetRoute);
// The text of /proc/net/ipv6_route (no header).
bool inIPv6Table(const QByteArray &procNetIpv6Route);
// Reads the file for `family`; an unreadable file counts as no route.
bool present(Family family);

} // namespace Lifeline::Diagnosis::DefaultRoutes
