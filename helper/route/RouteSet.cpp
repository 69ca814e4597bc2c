#include "RouteSet.h"

#include <QScopeGuard>
#include <QtDebug>

#include <algorithm>

namespace Lifeline::Route {

std::unique_ptr<RouteSet> RouteSet::apply(const RoutingPlan &plan, nl_sock *socket, int ifindex,
    QString *error, const Net::Sysctls &sysctls)
{
    if (!socket || ifindex <= 0) {
        *error = QStringLiteral("no netlink socket or interface to route through");
        return nullptr;
    }
    std::unique_ptr<RouteSet> set(new RouteSet(socket, ifindex, plan.interfaceName, sysctls));
    // A half-applied plan could send some traffic into the tunnel and some
    // not: on any failure everything added so far goes again.
    auto rollback = qScopeGuard([&] {
        if (const QString undone = set->remove(); !undone.isEmpty())
            *error += QStringLiteral("; and while undoing: ") + undone;
        set.reset();
    });
    for (const PlanItem &item : plan.items) {
        if (const QString failed = set->add(item); !failed.isEmpty()) {
            *error = failed;
            return nullptr; // the guard undoes what went in
        }
    }
    rollback.dismiss();
    return set;
}

std::unique_ptr<RouteSet> RouteSet::adopt(
    const QList<PlanItem> &items, nl_sock *socket, int ifindex, const QString &device)
{
    std::unique_ptr<RouteSet> set(new RouteSet(socket, ifindex, device, Net::Sysctls()));
    for (const PlanItem &item : items) {
        if (item.kind != PlanItem::Kind::Sysctl) // never undone, so never owned
            set->m_added.append(item);
    }
    return set;
}

RouteSet::~RouteSet()
{
    if (const QString failed = remove(); !failed.isEmpty())
        qWarning().noquote() << "routes of" << m_device << "not fully removed:" << failed;
}

QString RouteSet::add(const PlanItem &item)
{
    QString failed;
    switch (item.kind) {
    case PlanItem::Kind::Address:
        failed = Netlink::addAddress(m_socket, m_ifindex, item.prefix);
        break;
    case PlanItem::Kind::Route:
        failed = Netlink::addRoute(m_socket, Netlink::toKernelRoute(item, m_ifindex));
        break;
    case PlanItem::Kind::Rule:
        failed = Netlink::addRule(m_socket, Netlink::toKernelRule(item));
        break;
    case PlanItem::Kind::Sysctl:
        // Not recorded, so never undone: wg-quick leaves it on too, and
        // another tunnel (ours or a wg-quick one, which only sets it when
        // it is off) may rely on it. Without a fwmark rule it changes
        // nothing: it only lets the reverse-path filter see packet marks.
        return m_sysctls.write(item.sysctlKey, item.sysctlValue);
    }
    if (failed.isEmpty())
        m_added.append(item);
    return failed;
}

QString RouteSet::undo(const PlanItem &item)
{
    switch (item.kind) {
    case PlanItem::Kind::Address:
        return Netlink::deleteAddress(m_socket, m_ifindex, item.prefix);
    case PlanItem::Kind::Route:
        return Netlink::deleteRoute(m_socket, Netlink::toKernelRoute(item, m_ifindex));
    case PlanItem::Kind::Rule:
        return Netlink::deleteRule(m_socket, Netlink::toKernelRule(item));
    case PlanItem::Kind::Sysctl:
        break;
    }
    return {};
}

QString RouteSet::remove()
{
    QStringList failures;
    // Newest first: the default route goes before the rules that lead to
    // its table, and the rules before the addresses.
    while (!m_added.isEmpty()) {
        const PlanItem item = m_added.takeLast();
        if (const QString failed = undo(item); !failed.isEmpty())
            failures << failed;
    }
    return failures.join(QStringLiteral("; "));
}

QStringList Leftovers::text() const
{
    QStringList lines;
    for (const Netlink::KernelRule &rule : rules)
        lines << rule.text();
    for (const Netlink::KernelRoute &route : routes)
        lines << route.text();
    return lines;
}

Leftovers leftovers(nl_sock *socket, QString *error)
{
    Leftovers found;
    QString failed;
    for (const Netlink::KernelRule &rule : Netlink::rules(socket, &failed)) {
        if (rule.protocol == Protocol)
            found.rules.append(rule);
    }
    for (const Netlink::KernelRoute &route : Netlink::routes(socket, &failed)) {
        if (route.protocol == Protocol)
            found.routes.append(route);
    }
    if (!failed.isEmpty())
        *error = failed;
    return found;
}

QStringList removeLeftovers(nl_sock *socket, const Leftovers &found, QStringList *removed)
{
    QStringList failures;
    for (const Netlink::KernelRule &rule : found.rules) {
        if (rule.protocol != Protocol)
            continue; // not ours, whatever the caller passed
        if (const QString failed = Netlink::deleteRule(socket, rule); !failed.isEmpty())
            failures << failed;
        else if (removed)
            *removed << rule.text();
    }
    for (const Netlink::KernelRoute &route : found.routes) {
        if (route.protocol != Protocol)
            continue;
        if (const QString failed = Netlink::deleteRoute(socket, route); !failed.isEmpty())
            failures << failed;
        else if (removed)
            *removed << route.text();
    }
    return failures;
}

QList<quint32> tablesInUse(nl_sock *socket, QString *error)
{
    QList<quint32> tables;
    QString failed;
    for (const Netlink::KernelRoute &route : Netlink::routes(socket, &failed))
        tables << route.table;
    for (const Netlink::KernelRule &rule : Netlink::rules(socket, &failed)) {
        if (rule.table != 0)
            tables << rule.table;
    }
    if (!failed.isEmpty())
        *error = failed;
    std::sort(tables.begin(), tables.end());
    tables.erase(std::unique(tables.begin(), tables.end()), tables.end());
    return tables;
}

} // namespace Lifeline::Route
