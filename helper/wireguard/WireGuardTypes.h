// Plain values that describe a WireGuard device, whichever back end runs it.
// Keys are raw bytes with their length in the type, so a key of the wrong
// length cannot reach a back end at all.
#pragma once

#include "NetTypes.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Lifeline::WireGuard {

using Key = std::array<quint8, 32>;

// Decodes standard base64 of exactly 32 bytes (as wg and wg-quick write keys).
std::optional<Key> keyFromBase64(const QString &text);
QString keyToBase64(const Key &key);
// Lowercase hex, as the UAPI protocol spells keys.
QByteArray keyToHex(const Key &key);
std::optional<Key> keyFromHex(const QByteArray &hex);

// A resolved address and a port: what the kernel and wireguard-go take.
// Hostnames are resolved before they get here (over the family that works).
struct Endpoint {
    Net::Prefix address; // a single address: length is the family's maximum
    quint16 port = 0;

    static std::optional<Endpoint> make(const Net::Prefix &address, quint16 port);
    // "192.0.2.1:51820", "[2001:db8::1]:51820"; an IPv6 scope ("%eth0") is dropped.
    static std::optional<Endpoint> parse(const QString &text, QString *error = nullptr);
    QString text() const;

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

struct PeerConfig {
    Key publicKey {};
    std::optional<Key> presharedKey;
    std::optional<Endpoint> endpoint;
    QList<Net::Prefix> allowedIps;
    quint16 persistentKeepalive = 0; // seconds, 0 = off
};

// configure() makes the device exactly this: the peer list is replaced, and
// each peer's allowed IPs too.
struct DeviceConfig {
    Key privateKey {};
    quint16 listenPort = 0; // 0 = not set: random on a new device, kept on a running one
    quint32 fwmark = 0; // 0 = none
    QList<PeerConfig> peers;
};

struct PeerStatus {
    Key publicKey {};
    std::optional<Endpoint> endpoint;
    QList<Net::Prefix> allowedIps;
    qint64 lastHandshakeSec = 0; // Unix time; 0 = never
    quint64 rxBytes = 0;
    quint64 txBytes = 0;
    quint16 persistentKeepalive = 0;
};

// What a device says about itself: read back after a restart of the helper,
// to adopt a tunnel it left running.
struct DeviceState {
    quint32 fwmark = 0; // 0 = none
    QList<PeerStatus> peers;
};

} // namespace Lifeline::WireGuard
