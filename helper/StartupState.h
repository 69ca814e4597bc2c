// What an earlier run of the helper may have left in the kernel, as read at
// start, and what becomes of each part: a tunnel that still works is
// adopted; what is half-made or unknown is removed; a launch's leftovers
// are handed to the launch side to adopt or remove. decide() is pure, so
// each case is unit-tested with made-up state; StartupReconcile reads the
// kernel and carries the decision out.
#pragma once

#include "LaunchAdoption.h"
#include "TunnelAdoption.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Lifeline {

struct StartupState {
    struct TunnelLink {
        TunnelAdoption::LinkState link;
        // What its WireGuard device said; nullopt: it did not answer, and
        // deviceProblem says why.
        std::optional<WireGuard::DeviceState> device;
        QString deviceProblem;
    };
    QList<TunnelLink> tunnelLinks; // every ll-* interface
    TunnelAdoption::TaggedRouting tagged; // every route and rule with our tag
    QStringList launchIds; // lifeline-<id> namespaces and llv<id>h veths
    // What each of those shows of itself; an id without one shows nothing.
    QHash<QString, LaunchAdoption::Trace> launchTraces;
};

struct StartupDecision {
    struct Adopt {
        QString tunnel;
        qsizetype link = 0; // into StartupState::tunnelLinks
        TunnelAdoption::Adoption adoption;
    };
    struct Remove {
        qsizetype link = 0;
        QString tunnel; // the stored tunnel it belonged to; empty: none
        QString why;
    };
    // A launch of an earlier run: its namespace or veth, and the routing
    // a launch through a tunnel adds for it (TunnelLaunchRoute). With a
    // plan it is taken over, routing and all; without, it is removed (why
    // says why).
    struct Launch {
        QString id;
        TunnelAdoption::TaggedRouting routing;
        std::optional<LaunchAdoption::Plan> plan;
        QString why;
        // Through a tunnel that is not adopted: it stays cut off (its
        // packets may leave through that tunnel only, which is gone).
        bool cutOff = false;
    };
    QList<Adopt> adopt;
    QList<Remove> remove;
    QList<Launch> launches;
    // Tagged routes and rules that nothing adopted or launched owns: what a
    // removed tunnel, or one whose interface is gone already, left.
    TunnelAdoption::TaggedRouting orphans;
};

// `stored`: the configurations of the stored tunnels among the ll-* links'
// names (a link whose tunnel is not among them is unknown).
StartupDecision decide(
    const StartupState &state, const QHash<QString, Tunnel::WgQuickConfig> &stored);

} // namespace Lifeline
