// Renders the whole `inet lifeline` table from the set of live launches, as
// one nft script that replaces the table atomically. Pure: no kernel.
#pragma once

#include "NetTypes.h"

namespace Lifeline::Net {

// What the firewall needs to know about one launch.
struct LaunchRules {
    QString id;        // 8 lowercase hex (isLaunchId)
    Family family;     // the one family the launch may use
    Prefix nsAddress;  // the namespace end's address, full length
    // Empty: out of any host interface (NAT). Else "ll-<name>": out of that
    // tunnel only, every other packet dropped (fail closed).
    QString tunnelInterface;

    friend bool operator==(const LaunchRules &, const LaunchRules &) = default;
};

// A connected tunnel's own addresses, to be reached only through it.
struct TunnelGuard {
    QString interface; // ll-<name>
    QList<Prefix> addresses; // full length

    friend bool operator==(const TunnelGuard &, const TunnelGuard &) = default;
};

namespace NftRuleset {

inline constexpr auto TableFamily = "inet";
inline constexpr auto TableName = "lifeline";

// The script for `launches`: "add table; delete table; table { … }" so that
// applying it replaces whatever table is there (or none) in one transaction,
// and applying it twice is the same as once. With no launches the script only
// deletes the table. Every launch is re-checked here (id, address family and
// length, no duplicates) and nothing else reaches the text: on any doubt the
// result is empty and *error says why.
// `guards`: the connected tunnels' addresses (security rule 9).
QString render(const QList<LaunchRules> &launches, QString *error,
               const QList<TunnelGuard> &guards = {});

} // namespace NftRuleset
} // namespace Lifeline::Net
