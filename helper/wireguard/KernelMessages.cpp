#include "KernelMessages.h"

#include <linux/wireguard.h>
#include <netlink/attr.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <unistd.h>

namespace Lifeline::WireGuard::KernelMessages {
namespace {

int addressFamily(Net::Family family)
{
    return family == Net::Family::IPv4 ? AF_INET : AF_INET6;
}

bool putEndpoint(nl_msg *message, const Endpoint &endpoint)
{
    if (endpoint.address.family == Net::Family::IPv4) {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(endpoint.port);
        std::memcpy(&address.sin_addr, endpoint.address.bytes.data(), 4);
        return nla_put(message, WGPEER_A_ENDPOINT, sizeof address, &address) == 0;
    }
    sockaddr_in6 address {};
    address.sin6_family = AF_INET6;
    address.sin6_port = htons(endpoint.port);
    std::memcpy(&address.sin6_addr, endpoint.address.bytes.data(), 16);
    return nla_put(message, WGPEER_A_ENDPOINT, sizeof address, &address) == 0;
}

// The peer's public key, and on its first appearance everything that
// replaces its old settings.
bool putPeerHeader(nl_msg *message, const PeerConfig &peer, bool continuing)
{
    if (nla_put(message, WGPEER_A_PUBLIC_KEY, peer.publicKey.size(), peer.publicKey.data()) < 0)
        return false;
    if (continuing)
        return true;
    if (nla_put_u32(message, WGPEER_A_FLAGS, WGPEER_F_REPLACE_ALLOWEDIPS) < 0)
        return false;
    if (peer.presharedKey
        && nla_put(message, WGPEER_A_PRESHARED_KEY, peer.presharedKey->size(),
               peer.presharedKey->data())
            < 0)
        return false;
    if (peer.endpoint && !putEndpoint(message, *peer.endpoint))
        return false;
    return nla_put_u16(message, WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL, peer.persistentKeepalive)
        == 0;
}

bool putAllowedIp(nl_msg *message, const Net::Prefix &prefix)
{
    nlattr *nest = nla_nest_start(message, 0);
    if (!nest)
        return false;
    const Net::Prefix network = prefix.network();
    if (nla_put_u16(message, WGALLOWEDIP_A_FAMILY, quint16(addressFamily(prefix.family))) < 0
        || nla_put(message, WGALLOWEDIP_A_IPADDR, prefix.byteCount(), network.bytes.data()) < 0
        || nla_put_u8(message, WGALLOWEDIP_A_CIDR_MASK, quint8(prefix.length)) < 0) {
        nla_nest_cancel(message, nest);
        return false;
    }
    nla_nest_end(message, nest);
    return true;
}

Message startSet(int family, const QString &ifname, size_t limit)
{
    Message message(nlmsg_alloc_size(limit));
    if (!message
        || !genlmsg_put(message.get(), NL_AUTO_PORT, NL_AUTO_SEQ, family, 0,
            NLM_F_REQUEST | NLM_F_ACK, WG_CMD_SET_DEVICE, WG_GENL_VERSION)
        || nla_put_string(message.get(), WGDEVICE_A_IFNAME, ifname.toLatin1().constData()) < 0)
        return nullptr;
    return message;
}

bool putDevice(nl_msg *message, const DeviceConfig &config)
{
    // No port means "keep yours", as in wg: port 0 would move a running
    // device to a new random port on every configure.
    return nla_put(
               message, WGDEVICE_A_PRIVATE_KEY, config.privateKey.size(), config.privateKey.data())
        == 0
        && (config.listenPort == 0
            || nla_put_u16(message, WGDEVICE_A_LISTEN_PORT, config.listenPort) == 0)
        && nla_put_u32(message, WGDEVICE_A_FWMARK, config.fwmark) == 0
        && nla_put_u32(message, WGDEVICE_A_FLAGS, WGDEVICE_F_REPLACE_PEERS) == 0;
}

// Where the next message picks up.
struct Cursor {
    qsizetype peer = 0;
    qsizetype allowedIp = 0;
    bool peerStarted = false; // its header went out in an earlier message
};

// Fills `message` with as many peers (and allowed IPs) as fit, moving `at`.
void putPeers(nl_msg *message, const QList<PeerConfig> &peers, Cursor *at)
{
    nlattr *peersNest = nla_nest_start(message, WGDEVICE_A_PEERS);
    if (!peersNest)
        return;
    for (; at->peer < peers.size(); ++at->peer) {
        const PeerConfig &peer = peers.at(at->peer);
        nlattr *peerNest = nla_nest_start(message, 0);
        if (!peerNest || !putPeerHeader(message, peer, at->peerStarted)) {
            if (peerNest)
                nla_nest_cancel(message, peerNest);
            break;
        }
        at->peerStarted = true;
        if (at->allowedIp < peer.allowedIps.size()) {
            nlattr *ipsNest = nla_nest_start(message, WGPEER_A_ALLOWEDIPS);
            if (!ipsNest) {
                nla_nest_end(message, peerNest);
                break;
            }
            while (at->allowedIp < peer.allowedIps.size()
                && putAllowedIp(message, peer.allowedIps.at(at->allowedIp)))
                ++at->allowedIp;
            nla_nest_end(message, ipsNest);
            if (at->allowedIp < peer.allowedIps.size()) {
                nla_nest_end(message, peerNest);
                break;
            }
        }
        nla_nest_end(message, peerNest);
        at->allowedIp = 0;
        at->peerStarted = false;
    }
    nla_nest_end(message, peersNest);
}

// Each refusal names the attribute, so a kernel with a changed format is
// diagnosed from the log.
QString malformed(const char *what)
{
    return QStringLiteral("the kernel sent a malformed wireguard %1").arg(QLatin1String(what));
}

std::optional<Endpoint> parseEndpoint(const nlattr *attribute)
{
    const int length = nla_len(attribute);
    const auto *family = static_cast<const sa_family_t *>(nla_data(attribute));
    if (length == sizeof(sockaddr_in) && *family == AF_INET) {
        sockaddr_in address;
        std::memcpy(&address, nla_data(attribute), sizeof address);
        const auto prefix = Net::Prefix::fromBytes(Net::Family::IPv4, &address.sin_addr, 32);
        return prefix ? Endpoint::make(*prefix, ntohs(address.sin_port)) : std::nullopt;
    }
    if (length == sizeof(sockaddr_in6) && *family == AF_INET6) {
        sockaddr_in6 address;
        std::memcpy(&address, nla_data(attribute), sizeof address);
        const auto prefix = Net::Prefix::fromBytes(Net::Family::IPv6, &address.sin6_addr, 128);
        return prefix ? Endpoint::make(*prefix, ntohs(address.sin6_port)) : std::nullopt;
    }
    return std::nullopt;
}

QString parseAllowedIps(nlattr *list, QList<Net::Prefix> *into)
{
    nlattr *entry;
    int remaining;
    nla_for_each_nested(entry, list, remaining)
    {
        nlattr *attributes[WGALLOWEDIP_A_MAX + 1] = {};
        if (nla_parse_nested(attributes, WGALLOWEDIP_A_MAX, entry, nullptr) < 0)
            return malformed("allowed ip");
        const nlattr *family = attributes[WGALLOWEDIP_A_FAMILY];
        const nlattr *address = attributes[WGALLOWEDIP_A_IPADDR];
        const nlattr *mask = attributes[WGALLOWEDIP_A_CIDR_MASK];
        if (!family || !address || !mask || nla_len(family) != 2 || nla_len(mask) != 1)
            return malformed("allowed ip");
        const int af = nla_get_u16(family);
        const Net::Family ours = af == AF_INET ? Net::Family::IPv4 : Net::Family::IPv6;
        if ((af != AF_INET && af != AF_INET6) || nla_len(address) != (af == AF_INET ? 4 : 16))
            return malformed("allowed ip address");
        const auto prefix = Net::Prefix::fromBytes(ours, nla_data(address), nla_get_u8(mask));
        if (!prefix)
            return malformed("allowed ip prefix length");
        into->append(*prefix);
    }
    return {};
}

QString parsePeer(nlattr *peer, PeerStatus *into)
{
    nlattr *attributes[WGPEER_A_MAX + 1] = {};
    if (nla_parse_nested(attributes, WGPEER_A_MAX, peer, nullptr) < 0)
        return malformed("peer");
    const nlattr *key = attributes[WGPEER_A_PUBLIC_KEY];
    if (!key || nla_len(key) != int(sizeof(Key)))
        return malformed("peer public key");
    std::memcpy(into->publicKey.data(), nla_data(key), sizeof(Key));
    if (const nlattr *endpoint = attributes[WGPEER_A_ENDPOINT]) {
        into->endpoint = parseEndpoint(endpoint);
        if (!into->endpoint)
            return malformed("peer endpoint");
    }
    if (const nlattr *time = attributes[WGPEER_A_LAST_HANDSHAKE_TIME]) {
        // struct __kernel_timespec: two 64-bit fields.
        if (nla_len(time) != 16)
            return malformed("handshake time");
        qint64 seconds;
        std::memcpy(&seconds, nla_data(time), sizeof seconds);
        into->lastHandshakeSec = seconds;
    }
    for (const auto &[type, field] : { std::pair { WGPEER_A_RX_BYTES, &into->rxBytes },
             std::pair { WGPEER_A_TX_BYTES, &into->txBytes } }) {
        if (const nlattr *counter = attributes[type]) {
            if (nla_len(counter) != 8)
                return malformed("byte counter");
            *field = nla_get_u64(counter);
        }
    }
    if (const nlattr *keepalive = attributes[WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL]) {
        if (nla_len(keepalive) != 2)
            return malformed("keepalive interval");
        into->persistentKeepalive = nla_get_u16(keepalive);
    }
    if (nlattr *allowedIps = attributes[WGPEER_A_ALLOWEDIPS])
        return parseAllowedIps(allowedIps, &into->allowedIps);
    return {};
}

} // namespace

void MessageDeleter::operator()(nl_msg *message) const
{
    nlmsg_free(message);
}

size_t defaultLimit()
{
    const long page = sysconf(_SC_PAGESIZE);
    return page <= 0 ? 4096 : std::min<size_t>(size_t(page), 8192);
}

std::vector<Message> buildSetDevice(
    int family, const QString &ifname, const DeviceConfig &config, size_t limit, QString *error)
{
    std::vector<Message> messages;
    Cursor at;
    do {
        Message message = startSet(family, ifname, limit);
        if (!message || (messages.empty() && !putDevice(message.get(), config))) {
            *error = QStringLiteral("cannot build a wireguard message for %1").arg(ifname);
            return {};
        }
        const Cursor before = at;
        putPeers(message.get(), config.peers, &at);
        const bool progressed = at.peer != before.peer || at.allowedIp != before.allowedIp
            || at.peerStarted != before.peerStarted;
        if (!progressed && at.peer < config.peers.size() && !messages.empty()) {
            *error
                = QStringLiteral("a wireguard message of %1 bytes cannot hold one peer").arg(limit);
            return {};
        }
        messages.push_back(std::move(message));
    } while (at.peer < config.peers.size());
    return messages;
}

Message buildGetDevice(int family, const QString &ifname)
{
    Message message(nlmsg_alloc());
    if (!message
        || !genlmsg_put(message.get(), NL_AUTO_PORT, NL_AUTO_SEQ, family, 0,
            NLM_F_REQUEST | NLM_F_ACK | NLM_F_DUMP, WG_CMD_GET_DEVICE, WG_GENL_VERSION)
        || nla_put_string(message.get(), WGDEVICE_A_IFNAME, ifname.toLatin1().constData()) < 0)
        return nullptr;
    return message;
}

QString parseGetDevice(const nlmsghdr *header, QList<PeerStatus> *peers, quint32 *fwmark)
{
    nlattr *attributes[WGDEVICE_A_MAX + 1] = {};
    // libnl's parser wants a mutable header but does not change it.
    if (genlmsg_parse(const_cast<nlmsghdr *>(header), 0, attributes, WGDEVICE_A_MAX, nullptr) < 0)
        return malformed("device reply");
    if (const nlattr *mark = attributes[WGDEVICE_A_FWMARK]; mark && fwmark) {
        if (nla_len(mark) != 4)
            return malformed("device fwmark");
        *fwmark = nla_get_u32(mark);
    }
    nlattr *list = attributes[WGDEVICE_A_PEERS];
    if (!list)
        return {};
    nlattr *peer;
    int remaining;
    bool first = true;
    nla_for_each_nested(peer, list, remaining)
    {
        PeerStatus status;
        if (const QString error = parsePeer(peer, &status); !error.isEmpty())
            return error;
        if (first && !peers->isEmpty() && peers->last().publicKey == status.publicKey)
            peers->last().allowedIps += status.allowedIps;
        else
            peers->append(status);
        first = false;
    }
    return {};
}

} // namespace Lifeline::WireGuard::KernelMessages
