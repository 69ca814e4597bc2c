// A WireGuard configuration in wg-quick's format, as plain data. Flags say
// which single-valued fields the file set (wireguard-tools' style), so "not
// given" and "given as 0" stay apart and the serializer writes back only
// what was there.
#pragma once

#include "NetTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lifeline::Tunnel {

inline constexpr int KeyBytes = 32;
inline constexpr int KeyBase64Chars = 44;

// "host:port" as written in Endpoint: an IPv4 address, a bracketed IPv6
// address or a DNS name (resolved only when connecting).
struct Endpoint {
    enum class Kind { IPv4, IPv6, Hostname };
    Kind kind = Kind::Hostname;
    QString host; // without brackets
    quint16 port = 0;

    QString text() const; // "192.0.2.1:51820", "[2001:db8::1]:51820", "vpn.example.org:51820"
    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

enum class TableMode { Auto, Off, Number };

struct Interface {
    enum Field : unsigned {
        HasPrivateKey = 1u << 0,
        HasMtu = 1u << 1,
        HasListenPort = 1u << 2,
        HasFwMark = 1u << 3,
        HasTable = 1u << 4,
    };
    unsigned fields = 0;
    QByteArray privateKey; // 32 raw bytes; a secret
    QList<Net::Prefix> addresses; // interface addresses: host bits kept
    QList<Net::Prefix> dnsServers; // full-length prefixes
    QStringList dnsSearch;
    quint32 mtu = 0;
    quint16 listenPort = 0;
    quint32 fwMark = 0; // 0 also when given as "off"
    TableMode table = TableMode::Auto;
    quint32 tableNumber = 0;

    friend bool operator==(const Interface &, const Interface &) = default;
};

struct Peer {
    enum Field : unsigned {
        HasPublicKey = 1u << 0,
        HasPresharedKey = 1u << 1,
        HasEndpoint = 1u << 2,
        HasKeepalive = 1u << 3,
    };
    unsigned fields = 0;
    QByteArray publicKey; // 32 raw bytes
    QByteArray presharedKey; // 32 raw bytes; a secret
    Endpoint endpoint;
    QList<Net::Prefix> allowedIps; // normalised: host bits cleared
    quint16 persistentKeepalive = 0; // 0 also when given as "off"

    friend bool operator==(const Peer &, const Peer &) = default;
};

struct WgQuickConfig {
    Interface interface;
    QList<Peer> peers;

    // The families the peers' AllowedIPs route: any IPv4 prefix counts for
    // ipv4, any IPv6 prefix for ipv6. Spelled "ipv4"/"ipv6", in that order.
    QStringList families() const;

    // wg-quick text without PrivateKey and PresharedKey: what may be shown
    // and what the store keeps in <name>.conf.
    QString publicText() const;
    // Only the secrets, in the same format: [Interface] PrivateKey and, per
    // peer with one, [Peer] PublicKey + PresharedKey. Callers wipe it after use.
    QByteArray secretText() const;

    friend bool operator==(const WgQuickConfig &, const WgQuickConfig &) = default;
};

// Adds the secrets parsed from secretText() to a config parsed from
// publicText(). Fails (with a reason) when they do not belong together.
std::optional<WgQuickConfig> withSecrets(
    WgQuickConfig publicPart, const WgQuickConfig &secrets, QString *error);

// Overwrites a buffer that held secrets before it is freed.
void wipe(QByteArray &secret);

} // namespace Lifeline::Tunnel
