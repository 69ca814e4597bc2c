// The generic-netlink messages of the kernel's WireGuard, built and parsed
// by pure functions over nl_msg, so they are tested without the module.
#pragma once

#include "WireGuardTypes.h"

#include <memory>
#include <vector>

struct nl_msg;
struct nlmsghdr;

namespace Lifeline::WireGuard::KernelMessages {

struct MessageDeleter {
    void operator()(nl_msg *message) const;
};
using Message = std::unique_ptr<nl_msg, MessageDeleter>;

// What wg uses: one page, at most 8 KiB.
size_t defaultLimit();

// WG_CMD_SET_DEVICE for `config`, as several messages when one would exceed
// `limit` bytes: the first carries the device's keys and flags, later ones
// continue the peer list (a peer split across messages is repeated by its
// public key alone, without REPLACE flags, so its allowed IPs add up).
// `family` is the resolved generic-netlink family id. Empty on error.
std::vector<Message> buildSetDevice(
    int family, const QString &ifname, const DeviceConfig &config, size_t limit, QString *error);

// WG_CMD_GET_DEVICE as a dump request.
Message buildGetDevice(int family, const QString &ifname);

// Adds the peers of one GET_DEVICE reply to `peers`. A dump may split a peer
// across replies; its continuation (same public key, first in the next
// reply) is merged. `fwmark`, when given, gets the device's fwmark if the
// reply carries it. Empty on success, else why the reply was refused.
QString parseGetDevice(const nlmsghdr *header, QList<PeerStatus> *peers, quint32 *fwmark = nullptr);

} // namespace Lifeline::WireGuard::KernelMessages
