#include "WgQuickConfig.h"

#include <algorithm>
#include <cstring>

namespace Lifeline::Tunnel {
namespace {

QString joined(const QList<Net::Prefix> &prefixes, bool withLength)
{
    QStringList parts;
    for (const Net::Prefix &prefix : prefixes)
        parts << (withLength ? prefix.text() : prefix.address());
    return parts.join(QStringLiteral(", "));
}

QString line(const QString &key, const QString &value)
{
    return key + QStringLiteral(" = ") + value + u'\n';
}

QString tableText(const Interface &interface)
{
    switch (interface.table) {
    case TableMode::Auto:
        return QStringLiteral("auto");
    case TableMode::Off:
        return QStringLiteral("off");
    case TableMode::Number:
        break;
    }
    return QString::number(interface.tableNumber);
}

QString key(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toBase64());
}

} // namespace

QString Endpoint::text() const
{
    const QString shownHost = kind == Kind::IPv6 ? u'[' + host + u']' : host;
    return shownHost + u':' + QString::number(port);
}

QStringList WgQuickConfig::families() const
{
    bool ipv4 = false;
    bool ipv6 = false;
    for (const Peer &peer : peers) {
        for (const Net::Prefix &prefix : peer.allowedIps)
            (prefix.family == Net::Family::IPv4 ? ipv4 : ipv6) = true;
    }
    QStringList result;
    if (ipv4)
        result << Net::familyName(Net::Family::IPv4);
    if (ipv6)
        result << Net::familyName(Net::Family::IPv6);
    return result;
}

QString WgQuickConfig::publicText() const
{
    QString text = QStringLiteral("[Interface]\n");
    if (!interface.addresses.isEmpty())
        text += line(QStringLiteral("Address"), joined(interface.addresses, true));
    if (!interface.dnsServers.isEmpty() || !interface.dnsSearch.isEmpty()) {
        QStringList dns;
        for (const Net::Prefix &server : interface.dnsServers)
            dns << server.address();
        text += line(QStringLiteral("DNS"), (dns + interface.dnsSearch).join(QStringLiteral(", ")));
    }
    if (interface.fields & Interface::HasMtu)
        text += line(QStringLiteral("MTU"), QString::number(interface.mtu));
    if (interface.fields & Interface::HasListenPort)
        text += line(QStringLiteral("ListenPort"), QString::number(interface.listenPort));
    if (interface.fields & Interface::HasFwMark)
        text += line(QStringLiteral("FwMark"),
            interface.fwMark == 0 ? QStringLiteral("off")
                                  : QStringLiteral("0x") + QString::number(interface.fwMark, 16));
    if (interface.fields & Interface::HasTable)
        text += line(QStringLiteral("Table"), tableText(interface));
    for (const Peer &peer : peers) {
        text += QStringLiteral("\n[Peer]\n");
        if (peer.fields & Peer::HasPublicKey)
            text += line(QStringLiteral("PublicKey"), key(peer.publicKey));
        if (peer.fields & Peer::HasEndpoint)
            text += line(QStringLiteral("Endpoint"), peer.endpoint.text());
        if (!peer.allowedIps.isEmpty())
            text += line(QStringLiteral("AllowedIPs"), joined(peer.allowedIps, true));
        if (peer.fields & Peer::HasKeepalive)
            text += line(QStringLiteral("PersistentKeepalive"),
                peer.persistentKeepalive == 0 ? QStringLiteral("off")
                                              : QString::number(peer.persistentKeepalive));
    }
    return text;
}

QByteArray WgQuickConfig::secretText() const
{
    // Built in one pre-sized buffer, each key's base64 wiped once appended,
    // so neither a reallocation nor a temporary leaves a copy of a secret in
    // freed memory.
    QByteArray text;
    text.reserve(64 + peers.size() * 160);
    const auto appendKey = [&text](const char *name, const QByteArray &raw) {
        QByteArray encoded = raw.toBase64();
        text.append(name).append(" = ").append(encoded).append('\n');
        wipe(encoded);
    };
    text.append("[Interface]\n");
    if (interface.fields & Interface::HasPrivateKey)
        appendKey("PrivateKey", interface.privateKey);
    for (const Peer &peer : peers) {
        if (!(peer.fields & Peer::HasPresharedKey))
            continue;
        text.append("\n[Peer]\n");
        appendKey("PublicKey", peer.publicKey);
        appendKey("PresharedKey", peer.presharedKey);
    }
    return text;
}

std::optional<WgQuickConfig> withSecrets(
    WgQuickConfig publicPart, const WgQuickConfig &secrets, QString *error)
{
    publicPart.interface.privateKey = secrets.interface.privateKey;
    publicPart.interface.fields |= secrets.interface.fields & Interface::HasPrivateKey;
    for (const Peer &secret : secrets.peers) {
        const auto peer = std::find_if(publicPart.peers.begin(), publicPart.peers.end(),
            [&](const Peer &p) { return p.publicKey == secret.publicKey; });
        if (peer == publicPart.peers.end()) {
            if (error)
                *error
                    = QStringLiteral("the key file has a PresharedKey for a peer the configuration "
                                     "does not have");
            return std::nullopt;
        }
        peer->presharedKey = secret.presharedKey;
        peer->fields |= secret.fields & Peer::HasPresharedKey;
    }
    return publicPart;
}

void wipe(QByteArray &secret)
{
    // Only the sole owner's bytes are scrubbed: detaching a shared buffer
    // would scrub a fresh copy and leave the original behind.
    if (!secret.isEmpty() && secret.isDetached())
        explicit_bzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace Lifeline::Tunnel
