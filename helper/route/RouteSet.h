// The kernel side of a RoutingPlan: one owner per connected tunnel that
// adds the plan's addresses, routes and rules and takes exactly those away
// again, plus the start-up reconcile that finds routes and rules carrying
// Lifeline's tag (DESIGN.md, security rule 10) left by a helper that died.
#pragma once

#include "Forwarding.h"
#include "RouteNetlink.h"
#include "RoutingPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct nl_sock;

namespace Lifeline::Route {

class RouteSet {
public:
    // Adds every item of `plan` in order, on interface `ifindex`, through
    // `socket` (whose network namespace is the one changed). The WireGuard
    // device must carry plan.fwmark already. On any failure removes what it
    // had added and returns nullptr with the reason in *error.
    // `socket` is borrowed and must outlive the returned set.
    static std::unique_ptr<RouteSet> apply(const RoutingPlan &plan, nl_sock *socket, int ifindex,
        QString *error, const Net::Sysctls &sysctls = Net::Sysctls());
    // The owner of `items` (addresses, routes and rules, in the order they
    // were added) that an earlier run of the helper applied for `device`
    // and that are in the kernel now: after a restart, so that a tunnel it
    // adopts is taken down as completely as one it connected. Adds nothing.
    static std::unique_ptr<RouteSet> adopt(
        const QList<PlanItem> &items, nl_sock *socket, int ifindex, const QString &device);
    // remove(); problems are logged, never thrown.
    ~RouteSet();
    RouteSet(const RouteSet &) = delete;
    RouteSet &operator=(const RouteSet &) = delete;

    // Deletes what apply() added, newest first. Things already gone (the
    // interface was deleted, taking its addresses and routes along) count as
    // removed. Empty when all went, else what could not; a second call does
    // nothing. The src_valid_mark sysctl stays 1 (see RouteSet.cpp).
    QString remove();

    // What is in the kernel on this set's behalf, in the order added.
    const QList<PlanItem> &items() const { return m_added; }
    int ifindex() const { return m_ifindex; }

private:
    RouteSet(nl_sock *socket, int ifindex, const QString &device, const Net::Sysctls &sysctls)
        : m_socket(socket)
        , m_ifindex(ifindex)
        , m_device(device)
        , m_sysctls(sysctls)
    {
    }
    QString add(const PlanItem &item);
    QString undo(const PlanItem &item);

    nl_sock *m_socket;
    int m_ifindex;
    QString m_device;
    Net::Sysctls m_sysctls;
    QList<PlanItem> m_added;
};

// Routes and rules carrying Lifeline's tag; untagged ones never appear.
// Addresses are not tagged: they live on ll-* interfaces, whose removal
// (the tunnel's own reconcile) takes them and their routes along.
struct Leftovers {
    QList<Netlink::KernelRoute> routes;
    QList<Netlink::KernelRule> rules;

    bool isEmpty() const { return routes.isEmpty() && rules.isEmpty(); }
    QStringList text() const;
};

Leftovers leftovers(nl_sock *socket, QString *error);
// Deletes them (rules first, so traffic falls back to main before a table
// empties), each one deleted named in *removed when given. Returns every
// failure, one sentence each.
QStringList removeLeftovers(nl_sock *socket, const Leftovers &found, QStringList *removed = nullptr);

// Every table a route lives in or a rule looks up, both families, sorted:
// the input RoutingPlan needs to pick a free table.
QList<quint32> tablesInUse(nl_sock *socket, QString *error);

} // namespace Lifeline::Route
