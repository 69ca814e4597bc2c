#include "ServerSetup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <utility>

namespace Lifeline::ServerSetup {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Lifeline::ServerSetup", text); }

struct Plan {
    quint16 listenPort = 0;
    QStringList peerAllowedIps; // the client's addresses as host routes
    QStringList ipv4Sources; // client addresses NATed per family
    QStringList ipv6Sources;
};

// The port after the last colon; "[v6]:port" keeps its colons inside brackets.
quint16 endpointPort(const QString &endpoint)
{
    const qsizetype colon = endpoint.lastIndexOf(u':');
    if (colon <= 0 || endpoint.indexOf(u']') > colon)
        return 0;
    bool ok = false;
    const uint port = endpoint.mid(colon + 1).toUInt(&ok);
    return ok && port >= 1 && port <= 65535 ? quint16(port) : 0;
}

bool isPublicKey(const QString &key)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return key.size() == 44 && decoded && decoded.decoded.size() == 32;
}

// A family is worth forwarding only when the client both has an address of
// it and sends some of it through the tunnel.
bool routes(const QStringList &allowedIps, QAbstractSocket::NetworkLayerProtocol family)
{
    for (const QString &prefix : allowedIps)
        if (QHostAddress::parseSubnet(prefix).first.protocol() == family)
            return true;
    return false;
}

std::pair<Plan, QString> plan(const Tunnel &tunnel)
{
    Plan plan;
    plan.listenPort = endpointPort(tunnel.endpoint);
    if (!plan.listenPort)
        return {{}, tr("the endpoint \"%1\" has no port (host:port or [IPv6]:port)").arg(tunnel.endpoint)};
    if (!isPublicKey(tunnel.clientPublicKey))
        return {{}, tr("\"%1\" is not a WireGuard public key").arg(tunnel.clientPublicKey)};
    static const QRegularExpression interfaceName(QStringLiteral("^[a-zA-Z0-9_-]{1,15}$"));
    if (!interfaceName.match(tunnel.serverInterface).hasMatch())
        return {{}, tr("\"%1\" is not a usable interface name").arg(tunnel.serverInterface)};
    for (const QString &prefix : tunnel.allowedIps)
        if (QHostAddress::parseSubnet(prefix).second < 0)
            return {{}, tr("the allowed IP \"%1\" is not an address/prefix").arg(prefix)};
    if (tunnel.addresses.isEmpty())
        return {{}, tr("the tunnel has no address")};
    for (const QString &cidr : tunnel.addresses) {
        const auto [address, length] = QHostAddress::parseSubnet(cidr);
        const QString host = cidr.section(u'/', 0, 0);
        if (length < 0 || QHostAddress(host).isNull())
            return {{}, tr("the address \"%1\" is not an address/prefix").arg(cidr)};
        // The server routes exactly this client's address to it, not the
        // client's whole subnet, so more clients can share the interface.
        const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
        const QString hostRoute = QHostAddress(host).toString() + QLatin1String(v4 ? "/32" : "/128");
        plan.peerAllowedIps.append(hostRoute);
        if (routes(tunnel.allowedIps, address.protocol()))
            (v4 ? plan.ipv4Sources : plan.ipv6Sources).append(hostRoute);
    }
    if (plan.ipv4Sources.isEmpty() && plan.ipv6Sources.isEmpty())
        return {{}, tr("none of the tunnel's addresses is of a family its allowed IPs send through it")};
    return {plan, {}};
}

QString natTable(const Tunnel &tunnel)
{
    return QStringLiteral("lifeline_") + QString(tunnel.serverInterface).replace(u'-', u'_');
}

QString natFile(const Tunnel &tunnel)
{
    return QStringLiteral("/etc/wireguard/%1-nat.nft").arg(tunnel.serverInterface);
}

QString config(const Tunnel &tunnel, const Plan &plan)
{
    QStringList lines{
        QStringLiteral("# The server side of Lifeline's tunnel \"%1\": /etc/wireguard/%2.conf, mode 0600.")
            .arg(tunnel.name, tunnel.serverInterface),
        QStringLiteral("[Interface]"),
        QStringLiteral("# The server's own private key: the one whose public key Lifeline was given."),
        QStringLiteral("PrivateKey = %1").arg(QLatin1String(PrivateKeyPlaceholder)),
        QStringLiteral("ListenPort = %1").arg(plan.listenPort),
        QStringLiteral("# NAT for the client's addresses lives and goes with the interface."),
        QStringLiteral("PostUp = nft -f %1").arg(natFile(tunnel)),
        QStringLiteral("PostDown = nft delete table inet %1").arg(natTable(tunnel)),
        QString(),
        QStringLiteral("[Peer]"),
        QStringLiteral("# The Lifeline computer; its private key never left it."),
        QStringLiteral("PublicKey = %1").arg(tunnel.clientPublicKey),
        QStringLiteral("AllowedIPs = %1").arg(plan.peerAllowedIps.join(u", ")),
    };
    return lines.join(u'\n') + u'\n';
}

QStringList natRules(const Tunnel &tunnel, const Plan &plan)
{
    QStringList rules;
    const QString notTunnel = QStringLiteral("oifname != \"%1\"").arg(tunnel.serverInterface);
    if (!plan.ipv4Sources.isEmpty())
        rules.append(QStringLiteral("        ip saddr { %1 } %2 masquerade")
                         .arg(plan.ipv4Sources.join(u", "), notTunnel));
    if (!plan.ipv6Sources.isEmpty())
        rules.append(QStringLiteral("        ip6 saddr { %1 } %2 masquerade")
                         .arg(plan.ipv6Sources.join(u", "), notTunnel));
    return rules;
}

QStringList forwardingCommands(const Tunnel &tunnel, const Plan &plan)
{
    const bool ipv6 = !plan.ipv6Sources.isEmpty();
    const QString sysctlFile = QStringLiteral("/etc/sysctl.d/90-lifeline-%1.conf").arg(tunnel.serverInterface);
    QStringList lines;
    if (ipv6) {
        lines << QStringLiteral("# Pitfall: a server that learns its IPv6 default route from router advertisements")
              << QStringLiteral("# drops that route the moment IPv6 forwarding is switched on (a router ignores")
              << QStringLiteral("# advertisements unless accept_ra is 2), and every IPv6 connection with it, SSH")
              << QStringLiteral("# included. So the uplink gets accept_ra=2 first; harmless with a static route.")
              << QStringLiteral("uplink6=$(ip -6 route show default | sed -n 's/.* dev \\([^ ]*\\).*/\\1/p' | head -n 1)")
              << QStringLiteral("echo 2 > \"/proc/sys/net/ipv6/conf/${uplink6:?this server has no IPv6 default route}/accept_ra\"");
    }
    lines << QStringLiteral("# Forward between the tunnel and the internet, now and after every reboot")
          << QStringLiteral("# (slashes in the keys, so an uplink like eth0.100 works too).");
    lines << QStringLiteral("cat > %1 <<EOF").arg(sysctlFile);
    if (ipv6)
        lines << QStringLiteral("net/ipv6/conf/$uplink6/accept_ra = 2");
    if (!plan.ipv4Sources.isEmpty())
        lines << QStringLiteral("net/ipv4/ip_forward = 1");
    if (ipv6)
        lines << QStringLiteral("net/ipv6/conf/all/forwarding = 1");
    lines << QStringLiteral("EOF") << QStringLiteral("sysctl -p %1").arg(sysctlFile);
    return lines;
}

QString commands(const Tunnel &tunnel, const Plan &plan)
{
    const QString table = natTable(tunnel);
    QStringList lines{
        QStringLiteral("# Run as root on the server (Debian 12 or later)."),
        QStringLiteral("apt-get install --no-install-recommends wireguard-tools nftables"),
        QString(),
    };
    lines << forwardingCommands(tunnel, plan) << QString();
    lines << QStringLiteral("# NAT: the tunnel's addresses leave the server as the server's own. The table is")
          << QStringLiteral("# declared, deleted and made again in one transaction, so loading it twice is safe.")
          << QStringLiteral("# A firewall that drops forwarded packets (ufw, a forward chain with policy drop)")
          << QStringLiteral("# must also accept those from and to %1.").arg(tunnel.serverInterface)
          << QStringLiteral("mkdir -p -m 0700 /etc/wireguard")
          << QStringLiteral("cat > %1 <<'EOF'").arg(natFile(tunnel))
          << QStringLiteral("table inet %1").arg(table)
          << QStringLiteral("delete table inet %1").arg(table)
          << QStringLiteral("table inet %1 {").arg(table)
          << QStringLiteral("    chain postrouting {")
          << QStringLiteral("        type nat hook postrouting priority srcnat; policy accept;")
          << natRules(tunnel, plan)
          << QStringLiteral("    }")
          << QStringLiteral("}")
          << QStringLiteral("EOF")
          << QString();
    lines << QStringLiteral("# Save the configuration as /etc/wireguard/%1.conf with the server's private key")
                 .arg(tunnel.serverInterface)
          << QStringLiteral("# in place of %1, then start it now and at every boot:")
                 .arg(QLatin1String(PrivateKeyPlaceholder))
          << QStringLiteral("chmod 600 /etc/wireguard/%1.conf").arg(tunnel.serverInterface)
          << QStringLiteral("systemctl enable --now wg-quick@%1").arg(tunnel.serverInterface);
    return lines.join(u'\n') + u'\n';
}

} // namespace

Setup make(const Tunnel &tunnel)
{
    const auto [checked, error] = plan(tunnel);
    if (!error.isEmpty())
        return {{}, {}, error};
    return {config(tunnel, checked), commands(tunnel, checked), {}};
}

} // namespace Lifeline::ServerSetup
