// The routing of a connected WireGuard tunnel, worked out before anything
// touches the kernel: the addresses, routes, policy rules and the one sysctl
// wg-quick would create for the config, restricted to the IP families the
// caller asked to route. Pure logic, so every case is unit-tested without
// root; RouteSet applies a plan.
#pragma once

#include "NetTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lifeline::Route {

// The tag (DESIGN.md, security rule 10): rtm_protocol of every route and
// FRA_PROTOCOL of every rule Lifeline adds. 76 is 'L'; it is in neither
// iproute2's rt_protos nor the kernel's RTPROT_* list, nor used by the
// routing daemons (FRR, BIRD, NetworkManager, systemd-networkd) we know of.
// `ip route` shows it as "proto 76"; plan text says "proto lifeline".
inline constexpr quint8 Protocol = 76;

// wg-quick's first automatic table (and fwmark); it counts up while taken.
inline constexpr quint32 FirstAutoTable = 51820;
inline constexpr quint32 AutoTableSearch = 1000;
// Before main (32766), after anything a user put early. Fixed rather than
// per tunnel: with NLM_F_EXCL a second full tunnel of the same family then
// fails to apply instead of silently never getting traffic.
inline constexpr quint32 SuppressRulePriority = 32000;
inline constexpr quint32 FwmarkRulePriority = 32001;

inline constexpr quint32 MainTable = 254; // RT_TABLE_MAIN

// The config's Table: auto (wg-quick's default), off, or a table number.
struct TableSetting {
    enum class Mode { Auto, Off, Number };
    Mode mode = Mode::Auto;
    quint32 number = 0;
};

struct PlanInput {
    QString interfaceName; // validated by the caller (ll-<name>)
    QList<Net::Prefix> addresses; // Address =, host bits kept
    QList<Net::Prefix> allowedIps; // every peer's, any order, duplicates allowed
    // The families to route. Empty: whatever the AllowedIPs route (the
    // D-Bus "" case), with wg-quick's behaviour even for a family the tunnel
    // has no address of (providers add ::/0 on purpose, to black-hole IPv6).
    QList<Net::Family> families;
    TableSetting table;
    quint32 fwMark = 0; // the config's FwMark; 0 when not given or "off"
    QList<quint32> tablesInUse; // RouteSet's tablesInUse(), for the auto table
    // Re-reading a tunnel an earlier run of the helper connected: the table
    // its device's fwmark says it took, used as the auto table whatever
    // tablesInUse holds (the tunnel's own routes are in it). 0: connecting.
    quint32 adoptedTable = 0;
};

// One kernel object of a plan.
struct PlanItem {
    enum class Kind { Address, Route, Rule, Sysctl };
    Kind kind = Kind::Route;
    Net::Family family = Net::Family::IPv4;
    // Address: the address with its prefix length. Route: the destination.
    Net::Prefix prefix;
    // Route: the table it goes in. Rule: the table it looks up.
    quint32 table = 0;
    // Rule only.
    quint32 priority = 0;
    quint32 notFwmark = 0; // non-zero: matches packets *without* this mark
    int suppressPrefixLength = -1; // -1: none
    // Sysctl only: a path under /proc/sys and the value to write.
    QString sysctlKey;
    QString sysctlValue;

    // "route 10.0.0.0/8 dev ll-x table main proto lifeline", etc.
    QString text(const QString &device) const;
    friend bool operator==(const PlanItem &, const PlanItem &) = default;
};

struct RoutingPlan {
    QString interfaceName;
    // The fwmark the WireGuard device must carry *before* the plan is
    // applied, so its own encrypted packets skip the tunnel's table; 0: none.
    // RouteSet does not set it (it is a WireGuard setting, not rtnetlink).
    quint32 fwmark = 0;
    QList<PlanItem> items; // in the order they are to be added

    // The plan as text, one line per item, "wireguard fwmark 0x…" first.
    QStringList text() const;

    // The plan for `input`, or nullopt and a sentence in *error.
    static std::optional<RoutingPlan> make(const PlanInput &input, QString *error);
};

// The D-Bus families argument: "ipv4", "ipv6", "all", or "" (empty list:
// what the AllowedIPs say).
std::optional<QList<Net::Family>> parseFamilies(const QString &text, QString *error);

// "main", "local", "default" or the number.
QString tableName(quint32 table);

} // namespace Lifeline::Route
