#include "StartupState.h"

#include "TunnelName.h"

#include <algorithm>

namespace Lifeline {

namespace {

namespace Netlink = Route::Netlink;

template<typename T, typename Same>
bool containsSame(const QList<T> &list, const T &item, Same same)
{
    return std::any_of(list.begin(), list.end(), [&](const T &other) { return same(other, item); });
}

} // namespace

StartupDecision decide(
    const StartupState &state, const QHash<QString, Tunnel::WgQuickConfig> &stored)
{
    StartupDecision decision;
    TunnelAdoption::TaggedRouting claimed;
    for (qsizetype i = 0; i < state.tunnelLinks.size(); ++i) {
        const StartupState::TunnelLink &entry = state.tunnelLinks[i];
        const QString tunnel = entry.link.name.mid(3);
        if (!Tunnel::checkName(tunnel).isEmpty() || !stored.contains(tunnel)) {
            decision.remove << StartupDecision::Remove { i, {},
                QStringLiteral("no tunnel named \"%1\" is stored").arg(tunnel.left(20)) };
            continue;
        }
        if (!entry.device) {
            decision.remove << StartupDecision::Remove { i, tunnel,
                entry.deviceProblem.isEmpty()
                    ? QStringLiteral("its WireGuard device does not answer")
                    : entry.deviceProblem };
            continue;
        }
        QString why;
        auto adoption = TunnelAdoption::judge(
            stored.value(tunnel), entry.link, *entry.device, state.tagged, &why);
        if (!adoption) {
            decision.remove << StartupDecision::Remove { i, tunnel, why };
            continue;
        }
        claimed.routes += adoption->routes;
        claimed.rules += adoption->rules;
        decision.adopt << StartupDecision::Adopt { tunnel, i, std::move(*adoption) };
    }

    // Launches: by their namespace or veth, and by the rules they left
    // even when both of those are gone.
    QStringList ids = state.launchIds;
    for (const Netlink::KernelRule &rule : state.tagged.rules) {
        const QString id = Net::launchIdOfHostInterface(rule.inputInterface);
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        StartupDecision::Launch launch;
        launch.id = id;
        QList<quint32> tables;
        for (const Netlink::KernelRule &rule : state.tagged.rules) {
            if (Net::launchIdOfHostInterface(rule.inputInterface) == id) {
                launch.routing.rules << rule;
                tables << rule.table;
            }
        }
        for (const Netlink::KernelRoute &route : state.tagged.routes) {
            if (tables.contains(route.table))
                launch.routing.routes << route;
        }
        claimed.routes += launch.routing.routes;
        claimed.rules += launch.routing.rules;
        launch.plan = LaunchAdoption::judge(state.launchTraces.value(id), &launch.why);
        if (launch.plan && !launch.plan->tunnel.isEmpty()) {
            launch.cutOff = std::none_of(decision.adopt.cbegin(), decision.adopt.cend(),
                [&](const StartupDecision::Adopt &adopt) { return adopt.tunnel == launch.plan->tunnel; });
        }
        decision.launches << launch;
    }

    for (const Netlink::KernelRule &rule : state.tagged.rules) {
        if (!containsSame(claimed.rules, rule, Netlink::sameRule))
            decision.orphans.rules << rule;
    }
    for (const Netlink::KernelRoute &route : state.tagged.routes) {
        if (!containsSame(claimed.routes, route, Netlink::sameRoute))
            decision.orphans.routes << route;
    }
    return decision;
}

} // namespace Lifeline
