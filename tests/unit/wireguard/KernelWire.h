// Reads WG_CMD_SET_DEVICE messages back into plain values with libnl, and
// replays a sequence of them with the kernel's rules, so tests check what
// the kernel would see rather than the builder's own idea of it.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

struct nl_msg;

namespace Lifeline::WireGuard::Testing {

struct WireAllowedIp {
    int family = 0;
    QByteArray address;
    int cidr = -1;
    friend bool operator==(const WireAllowedIp &, const WireAllowedIp &) = default;
};

struct WirePeer {
    QList<int> attributes; // types present, in order
    QByteArray publicKey;
    std::optional<quint32> flags;
    QByteArray presharedKey;
    QByteArray endpoint; // the raw sockaddr
    std::optional<quint16> keepalive;
    QList<WireAllowedIp> allowedIps;
};

struct WireDevice {
    quint16 type = 0;
    quint16 headerFlags = 0;
    quint32 length = 0;
    int command = -1;
    int version = -1;
    QList<int> attributes;
    QByteArray ifname;
    QByteArray privateKey;
    std::optional<quint16> listenPort;
    std::optional<quint32> fwmark;
    std::optional<quint32> flags;
    QList<WirePeer> peers;
};

// Why the message is not a well-formed attribute tree, or empty.
QString readSetDevice(nl_msg *message, WireDevice *device);

// The kernel's rules for a sequence of SET_DEVICE messages (set_device() in
// drivers/net/wireguard/netlink.c): REPLACE_PEERS empties the peer list,
// a peer is found by its key or added, REPLACE_ALLOWEDIPS empties its list,
// allowed IPs are appended.
struct Replayed {
    QList<QByteArray> order;
    QHash<QByteArray, QList<WireAllowedIp>> allowedIps;
};

void replay(const WireDevice &message, Replayed *state);

} // namespace Lifeline::WireGuard::Testing
