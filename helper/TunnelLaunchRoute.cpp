#include "TunnelLaunchRoute.h"

#include "RoutingPlan.h"
#include "RouteSet.h"

#include <linux/fib_rules.h>
#include <linux/rtnetlink.h>

namespace Lifeline {

namespace {

Net::Prefix anyAddress(Net::Family family)
{
    Net::Prefix prefix;
    prefix.family = family;
    prefix.length = 0;
    return prefix;
}

} // namespace

std::unique_ptr<TunnelLaunchRoute> TunnelLaunchRoute::create(nl_sock *socket, const QString &veth,
                                                             int tunnelIfindex,
                                                             const QList<Net::Family> &families,
                                                             QString *error)
{
    std::unique_ptr<TunnelLaunchRoute> route(new TunnelLaunchRoute(socket));
    const QList<quint32> inUse = Route::tablesInUse(socket, error);
    if (!error->isEmpty())
        return nullptr;
    route->m_table = FirstTable;
    while (inUse.contains(route->m_table))
        ++route->m_table;

    for (const Net::Family family : families) {
        Route::Netlink::KernelRoute tunnel;
        tunnel.destination = anyAddress(family);
        tunnel.table = route->m_table;
        tunnel.protocol = Route::Protocol;
        tunnel.type = RTN_UNICAST;
        tunnel.ifindex = tunnelIfindex;
        Route::Netlink::KernelRoute refuse = tunnel;
        refuse.type = RTN_UNREACHABLE;
        refuse.ifindex = 0;
        refuse.metric = 0xffffffff;
        for (const auto &item : { tunnel, refuse }) {
            if (*error = Route::Netlink::addRoute(socket, item); !error->isEmpty())
                return nullptr; // the destructor removes what was added
            route->m_routes.append(item);
        }
        Route::Netlink::KernelRule rule;
        rule.family = family;
        rule.priority = RulePriority;
        rule.table = route->m_table;
        rule.protocol = Route::Protocol;
        rule.action = FR_ACT_TO_TBL;
        rule.inputInterface = veth;
        if (*error = Route::Netlink::addRule(socket, rule); !error->isEmpty())
            return nullptr;
        route->m_rules.append(rule);
    }
    return route;
}

std::unique_ptr<TunnelLaunchRoute> TunnelLaunchRoute::adopt(nl_sock *socket,
    QList<Route::Netlink::KernelRoute> routes, QList<Route::Netlink::KernelRule> rules)
{
    std::unique_ptr<TunnelLaunchRoute> route(new TunnelLaunchRoute(socket));
    route->m_routes = std::move(routes);
    route->m_rules = std::move(rules);
    return route;
}

TunnelLaunchRoute::~TunnelLaunchRoute()
{
    // Rules first: without them nothing reaches the table.
    for (auto it = m_rules.crbegin(); it != m_rules.crend(); ++it) {
        if (const QString error = Route::Netlink::deleteRule(m_socket, *it); !error.isEmpty())
            qWarning("%s", qPrintable(error));
    }
    for (auto it = m_routes.crbegin(); it != m_routes.crend(); ++it) {
        if (const QString error = Route::Netlink::deleteRoute(m_socket, *it); !error.isEmpty())
            qWarning("%s", qPrintable(error));
    }
}

} // namespace Lifeline
