#include "KernelWire.h"

#include <linux/wireguard.h>
#include <netlink/attr.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>

namespace Lifeline::WireGuard::Testing {
namespace {

QByteArray bytesOf(const nlattr *attribute)
{
    return QByteArray(static_cast<const char *>(nla_data(attribute)), nla_len(attribute));
}

// Each helper returns why the tree is not what the kernel expects, if so.
QString readAllowedIps(nlattr *list, QList<WireAllowedIp> *into)
{
    nlattr *entry;
    int remaining;
    nla_for_each_nested(entry, list, remaining)
    {
        nlattr *attributes[WGALLOWEDIP_A_MAX + 1] = {};
        if (nla_parse_nested(attributes, WGALLOWEDIP_A_MAX, entry, nullptr) < 0)
            return QStringLiteral("allowed ip entry does not parse");
        const nlattr *family = attributes[WGALLOWEDIP_A_FAMILY];
        const nlattr *address = attributes[WGALLOWEDIP_A_IPADDR];
        const nlattr *cidr = attributes[WGALLOWEDIP_A_CIDR_MASK];
        if (!family || nla_len(family) != 2 || !address || !cidr || nla_len(cidr) != 1)
            return QStringLiteral("allowed ip entry lacks family, address or cidr");
        into->append({ nla_get_u16(family), bytesOf(address), nla_get_u8(cidr) });
    }
    return remaining == 0 ? QString() : QStringLiteral("allowed ip list has trailing bytes");
}

QString readPeer(nlattr *entry, WirePeer *peer)
{
    nlattr *child;
    int remaining;
    nla_for_each_nested(child, entry, remaining) peer->attributes.append(nla_type(child));
    nlattr *attributes[WGPEER_A_MAX + 1] = {};
    if (nla_parse_nested(attributes, WGPEER_A_MAX, entry, nullptr) < 0)
        return QStringLiteral("peer does not parse");
    if (!attributes[WGPEER_A_PUBLIC_KEY])
        return QStringLiteral("peer has no public key");
    peer->publicKey = bytesOf(attributes[WGPEER_A_PUBLIC_KEY]);
    if (const nlattr *flags = attributes[WGPEER_A_FLAGS])
        peer->flags = nla_len(flags) == 4 ? nla_get_u32(flags) : ~0u;
    if (const nlattr *psk = attributes[WGPEER_A_PRESHARED_KEY])
        peer->presharedKey = bytesOf(psk);
    if (const nlattr *endpoint = attributes[WGPEER_A_ENDPOINT])
        peer->endpoint = bytesOf(endpoint);
    if (const nlattr *keepalive = attributes[WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL])
        peer->keepalive = nla_len(keepalive) == 2 ? nla_get_u16(keepalive) : 0xffff;
    if (nlattr *list = attributes[WGPEER_A_ALLOWEDIPS])
        return readAllowedIps(list, &peer->allowedIps);
    return {};
}

} // namespace

QString readSetDevice(nl_msg *message, WireDevice *device)
{
    nlmsghdr *header = nlmsg_hdr(message);
    device->type = header->nlmsg_type;
    device->headerFlags = header->nlmsg_flags;
    device->length = header->nlmsg_len;
    const auto *generic = static_cast<const genlmsghdr *>(nlmsg_data(header));
    device->command = generic->cmd;
    device->version = generic->version;
    nlattr *attribute;
    int remaining;
    nla_for_each_attr(attribute, genlmsg_attrdata(generic, 0), genlmsg_attrlen(generic, 0),
        remaining) device->attributes.append(nla_type(attribute));
    nlattr *attributes[WGDEVICE_A_MAX + 1] = {};
    if (genlmsg_parse(header, 0, attributes, WGDEVICE_A_MAX, nullptr) < 0)
        return QStringLiteral("message does not parse");
    if (const nlattr *name = attributes[WGDEVICE_A_IFNAME])
        device->ifname = bytesOf(name);
    if (const nlattr *key = attributes[WGDEVICE_A_PRIVATE_KEY])
        device->privateKey = bytesOf(key);
    if (const nlattr *port = attributes[WGDEVICE_A_LISTEN_PORT])
        device->listenPort = nla_len(port) == 2 ? nla_get_u16(port) : 0xffff;
    if (const nlattr *mark = attributes[WGDEVICE_A_FWMARK])
        device->fwmark = nla_len(mark) == 4 ? nla_get_u32(mark) : ~0u;
    if (const nlattr *flags = attributes[WGDEVICE_A_FLAGS])
        device->flags = nla_len(flags) == 4 ? nla_get_u32(flags) : ~0u;
    if (nlattr *list = attributes[WGDEVICE_A_PEERS]) {
        nlattr *entry;
        nla_for_each_nested(entry, list, remaining)
        {
            WirePeer peer;
            if (const QString error = readPeer(entry, &peer); !error.isEmpty())
                return error;
            device->peers.append(peer);
        }
    }
    return {};
}

void replay(const WireDevice &message, Replayed *state)
{
    if (message.flags.value_or(0) & WGDEVICE_F_REPLACE_PEERS)
        *state = {};
    for (const WirePeer &peer : message.peers) {
        if (!state->allowedIps.contains(peer.publicKey))
            state->order.append(peer.publicKey);
        QList<WireAllowedIp> &list = state->allowedIps[peer.publicKey];
        if (peer.flags.value_or(0) & WGPEER_F_REPLACE_ALLOWEDIPS)
            list.clear();
        list += peer.allowedIps;
    }
}

} // namespace Lifeline::WireGuard::Testing
