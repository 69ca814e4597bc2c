// The helper's first act, before it takes its bus name: reads back what an
// earlier run left in the kernel (ll-* links and their WireGuard devices,
// routes and rules with our tag, lifeline-* namespaces), decides with
// decide() (StartupState.h), and carries it out. Tunnels that still work
// are adopted by the TunnelManager untouched; launches go to the launch
// side; everything else of ours is removed, rules before routes before
// links; the nftables table is rebuilt from what was adopted. Untagged
// objects are never looked at twice, let alone touched.
#pragma once

#include "StartupState.h"

#include <QStringList>

#include <functional>

namespace Lifeline {

class TunnelManager;
namespace Net {
class Firewall;
}

class StartupReconcile {
public:
    struct Options {
        QString tunnelDirectory; // <config dir>/tunnels
        TunnelManager *tunnels = nullptr;
        Net::Firewall *firewall = nullptr; // null: no table to rebuild
        // Takes over a launch of an earlier run that has a plan (its
        // namespace, veth, rules and routing, and watches its processes);
        // empty when done, else why not. Null, or not done: it is removed,
        // and programs still in it go on without network (fail closed).
        // Called before any tunnel is adopted, so that the launches' rules
        // are in every transaction from the first one on.
        std::function<QString(const StartupDecision::Launch &launch)> adoptLaunch;
    };
    // One line per thing adopted or removed, and per problem.
    struct Report {
        QStringList adopted;
        QStringList removed;
        QStringList problems;
    };

    static Report run(const Options &options);
};

} // namespace Lifeline
