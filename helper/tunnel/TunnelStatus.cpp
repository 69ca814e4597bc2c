#include "TunnelStatus.h"

namespace Lifeline::Tunnel {

QVariantMap downStatus(const QString &name, const WgQuickConfig &config)
{
    QString endpoint;
    for (const Peer &peer : config.peers) {
        if (peer.fields & Peer::HasEndpoint) {
            endpoint = peer.endpoint.text();
            break;
        }
    }
    const bool hasMtu = config.interface.fields & Interface::HasMtu;
    // Explicit types so the wire signature is what the contract says (u, x, t).
    return {
        { QStringLiteral("state"), QStringLiteral("down") },
        { QStringLiteral("interface"), interfaceName(name) },
        { QStringLiteral("endpoint"), endpoint },
        { QStringLiteral("families"), config.families() },
        { QStringLiteral("mtu"), QVariant::fromValue<uint>(hasMtu ? config.interface.mtu : 0) },
        { QStringLiteral("backend"), QString() },
        { QStringLiteral("last-handshake"), QVariant::fromValue<qint64>(0) },
        { QStringLiteral("rx-bytes"), QVariant::fromValue<quint64>(0) },
        { QStringLiteral("tx-bytes"), QVariant::fromValue<quint64>(0) },
        { QStringLiteral("error"), QString() },
        { QStringLiteral("peers"), QVariant::fromValue<uint>(uint(config.peers.size())) },
    };
}

QVariantMap removedStatus()
{
    return { { QStringLiteral("state"), QStringLiteral("removed") } };
}

} // namespace Lifeline::Tunnel
