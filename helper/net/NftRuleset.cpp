#include "NftRuleset.h"

#include <QSet>

#include <algorithm>

namespace Lifeline::Net::NftRuleset {
namespace {

// ll- and 1 to 12 of [a-z0-9-]: the only interface names that reach rule text.
bool isTunnelInterface(const QString &name)
{
    if (!name.startsWith(u"ll-") || name.size() < 4 || name.size() > 15)
        return false;
    return std::all_of(name.begin() + 3, name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

QString check(const QList<LaunchRules> &launches)
{
    QSet<QString> seen;
    for (const LaunchRules &launch : launches) {
        // The id is shown only when it is one: it may hold anything otherwise.
        if (!isLaunchId(launch.id))
            return QStringLiteral("a launch id is not 8 lowercase hex digits");
        if (seen.contains(launch.id))
            return QStringLiteral("launch %1 is listed twice").arg(launch.id);
        seen.insert(launch.id);
        if (!launch.tunnelInterface.isEmpty() && !isTunnelInterface(launch.tunnelInterface))
            return QStringLiteral("launch %1 names no valid tunnel interface").arg(launch.id);
        if (launch.nsAddress.family != launch.family
            || launch.nsAddress.length != launch.nsAddress.maxLength())
            return QStringLiteral("launch %1 has no single %2 address")
                .arg(launch.id, familyName(launch.family));
    }
    return {};
}

QString launchForwardRules(const LaunchRules &launch)
{
    const QString comment = QStringLiteral(" comment \"lifeline %1\"\n").arg(launch.id);
    const QString veth = u'"' + hostInterfaceName(launch.id) + u'"';
    const QString ip = launch.family == Family::IPv4 ? QStringLiteral("ip") : QStringLiteral("ip6");
    const QString address = launch.nsAddress.address();
    QString text;
    // Out of the namespace: only its own address (no spoofing); back in: only
    // answers, so nothing on the host's networks can open connections to it.
    // Through a tunnel: out of that interface or not at all.
    const QString out = launch.tunnelInterface.isEmpty()
        ? QString()
        : QStringLiteral(" oifname \"%1\"").arg(launch.tunnelInterface);
    text += QStringLiteral("\t\tiifname %1 %2 saddr %3%4 accept").arg(veth, ip, address, out)
        + comment;
    text += QStringLiteral("\t\toifname %1 %2 daddr %3 ct state established,related accept")
                .arg(veth, ip, address)
            + comment;
    // Everything else on this veth, the other family included, is dropped.
    text += QStringLiteral("\t\tiifname %1 drop").arg(veth) + comment;
    text += QStringLiteral("\t\toifname %1 drop").arg(veth) + comment;
    return text;
}

QString launchNatRule(const LaunchRules &launch)
{
    const QString ip = launch.family == Family::IPv4 ? QStringLiteral("ip") : QStringLiteral("ip6");
    // IPv6 is masqueraded too: the namespace's ULA is not routable outside.
    return QStringLiteral("\t\toifname != \"llv*\" %1 saddr %2 masquerade comment \"lifeline %3\"\n")
        .arg(ip, launch.nsAddress.address(), launch.id);
}

} // namespace

QString render(const QList<LaunchRules> &launches, QString *error,
               const QList<TunnelGuard> &guards)
{
    QString why = check(launches);
    for (const TunnelGuard &guard : guards) {
        if (!why.isEmpty())
            break;
        if (!isTunnelInterface(guard.interface))
            why = QStringLiteral("a tunnel guard names no valid tunnel interface");
        for (const Prefix &address : guard.addresses) {
            if (address.length != address.maxLength())
                why = QStringLiteral("a tunnel guard of %1 has a subnet, not an address")
                          .arg(guard.interface);
        }
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    // "add" first makes the "delete" succeed when no table exists yet.
    QString text = QStringLiteral("add table inet lifeline\ndelete table inet lifeline\n");
    if (launches.isEmpty() && guards.isEmpty())
        return text;

    text += QStringLiteral("table inet lifeline {\n");
    if (!launches.isEmpty()) {
        text += QStringLiteral(
            "\tchain forward {\n"
            "\t\ttype filter hook forward priority filter; policy accept;\n"
            // Path-MTU black holes (tunnels, PPPoE) stall TCP silently; clamping
            // the SYN's MSS to the route's MTU sidesteps them for our launches.
            "\t\tiifname \"llv*\" tcp flags & (syn | rst) == syn tcp option maxseg size set rt mtu"
            " comment \"lifeline mss clamp\"\n"
            "\t\toifname \"llv*\" tcp flags & (syn | rst) == syn tcp option maxseg size set rt mtu"
            " comment \"lifeline mss clamp\"\n"
            // Launches are isolated from each other, not only from the family.
            "\t\tiifname \"llv*\" oifname \"llv*\" drop comment \"lifeline launches apart\"\n");
        for (const LaunchRules &launch : launches)
            text += launchForwardRules(launch);
        text += QStringLiteral("\t}\n"
                               "\tchain postrouting {\n"
                               "\t\ttype nat hook postrouting priority srcnat; policy accept;\n");
        for (const LaunchRules &launch : launches)
            text += launchNatRule(launch);
        text += QStringLiteral("\t}\n");
    }
    if (!guards.isEmpty()) {
        // wg-quick's "preraw" rule: a packet for a tunnel's own address that
        // comes in on any other interface is someone on the LAN poking at
        // the tunnel's inside; it is dropped before conntrack sees it.
        text += QStringLiteral("\tchain preraw {\n"
                               "\t\ttype filter hook prerouting priority raw; policy accept;\n");
        for (const TunnelGuard &guard : guards) {
            for (const Prefix &address : guard.addresses) {
                const QString ip = address.family == Family::IPv4 ? QStringLiteral("ip")
                                                                  : QStringLiteral("ip6");
                text += QStringLiteral("\t\tiifname != \"%1\" %2 daddr %3 fib saddr type != local "
                                       "drop comment \"lifeline %1\"\n")
                            .arg(guard.interface, ip, address.address());
            }
        }
        text += QStringLiteral("\t}\n");
    }
    return text + QStringLiteral("}\n");
}

} // namespace Lifeline::Net::NftRuleset
