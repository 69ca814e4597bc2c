// FixMtu's pieces that are not about the tunnel's bookkeeping: where the
// probes go, how much the path to the server allows, and the search itself
// on a worker thread (it blocks for up to its deadline; the helper's event
// loop must keep serving other callers meanwhile).
#pragma once

#include "MtuSearch.h"
#include "NetTypes.h"
#include "WgQuickConfig.h"
#include "WireGuardTypes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Lifeline::MtuFix {

// The address the probes go to. wg-quick files rarely name the server's
// inner address, but most name a DNS server, and a DNS server in the
// tunnel's AllowedIPs is reached through it: that comes first. Else the
// first host route (/32, /128) of a peer's AllowedIPs, the usual way to name
// the server's inner address. Only families with an address on the
// interface (`families`) qualify: a probe needs a source. nullopt with `why`
// when there is none.
std::optional<Net::Prefix> probeTarget(
    const Tunnel::WgQuickConfig &config, const QList<Net::Family> &families, QString *why);

// The MTU the kernel knows for the way to the server: WireGuard's own
// packets carry the tunnel's fwmark, so the lookup does too, else it would
// see the tunnel's own default route. Asked through a connected UDP socket
// (IP_MTU), which sends nothing. 0 with `error` on failure.
int outerPathMtu(const WireGuard::Endpoint &endpoint, quint32 fwmark, QString *error);

// The search bounds: never below the minimum of any family the interface
// carries (the kernel drops IPv6 from a link below 1280), never above what
// the outer path allows after WireGuard's overhead, nor above Ethernet's
// 1500 (links beyond the server's are that at best).
struct Bounds {
    int minimum = 0;
    int maximum = 0;
};
Bounds searchBounds(const QList<Net::Family> &interfaceFamilies, Net::Family target, int outerMtu,
    Net::Family endpoint);

struct Job {
    QString interfaceName;
    Net::Prefix target;
    Mtu::SearchOptions options;
};
struct Result {
    QString error; // the prober could not start
    Mtu::SearchResult search;
};

// Runs the search on a thread of its own; `done` runs in `context`'s
// thread afterwards, and not at all if `context` is gone by then.
void start(const Job &job, QObject *context, std::function<void(const Result &)> done);

} // namespace Lifeline::MtuFix
