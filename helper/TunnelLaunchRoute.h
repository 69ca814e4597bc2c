// Sends what comes out of one tunnel launch's veth into the tunnel and
// nowhere else: per family, a rule "iif llv<id>h lookup T" and, in T, a
// default route into the tunnel with an unreachable default behind it. When
// the tunnel's interface goes away its route goes with it and the
// unreachable one answers, so the app's packets are refused rather than
// routed out of the host's own default route (the firewall drops them too).
#pragma once

#include "NetTypes.h"
#include "RouteNetlink.h"

#include <memory>

struct nl_sock;

namespace Lifeline {

class TunnelLaunchRoute
{
public:
    // The first table looked at for launches (above wg-quick's range).
    static constexpr quint32 FirstTable = 53000;
    static constexpr quint32 RulePriority = 31000;

    // `socket` (the host's) is borrowed and must outlive the result. On
    // failure returns null with *error, and nothing is left.
    static std::unique_ptr<TunnelLaunchRoute> create(nl_sock *socket, const QString &veth,
                                                     int tunnelIfindex,
                                                     const QList<Net::Family> &families,
                                                     QString *error);
    // Takes over what an earlier run of the helper added for a launch, as
    // the kernel shows it; removed when destroyed, as a created one is.
    static std::unique_ptr<TunnelLaunchRoute> adopt(nl_sock *socket,
                                                    QList<Route::Netlink::KernelRoute> routes,
                                                    QList<Route::Netlink::KernelRule> rules);
    ~TunnelLaunchRoute();
    TunnelLaunchRoute(const TunnelLaunchRoute &) = delete;
    TunnelLaunchRoute &operator=(const TunnelLaunchRoute &) = delete;

    quint32 table() const { return m_table; }

private:
    explicit TunnelLaunchRoute(nl_sock *socket) : m_socket(socket) {}
    nl_sock *m_socket;
    quint32 m_table = 0;
    // What was added, in order; removed in reverse.
    QList<Route::Netlink::KernelRoute> m_routes;
    QList<Route::Netlink::KernelRule> m_rules;
};

} // namespace Lifeline
