// Sizes of a packet on its way through a WireGuard tunnel. The search works
// with inner sizes (the IP packet the tunnel interface carries, the number
// `ip link set mtu` takes); what the path limits is the outer UDP packet.
#pragma once

#include "NetTypes.h"

namespace Lifeline::Mtu {

// Data message header (type, receiver, counter: 16 bytes) + Poly1305 tag (16).
inline constexpr int WireGuardOverhead = 32;
inline constexpr int UdpHeaderSize = 8;
// WireGuard pads the plaintext to a multiple of this, but never beyond the
// sending interface's MTU (kernel: calculate_skb_padding; wireguard-go:
// calculatePaddingSize).
inline constexpr int PaddingMultiple = 16;

int ipHeaderSize(Net::Family family);

// The smallest MTU an interface may have for the family it carries: IPv6
// needs 1280 (RFC 8200; the kernel drops IPv6 from a link below it), IPv4
// hosts must accept 576 (RFC 791).
int familyMinimum(Net::Family inner);

// The plaintext length WireGuard encrypts for an inner packet of innerSize
// bytes sent by a peer whose tunnel MTU is senderMtu.
int paddedSize(int innerSize, int senderMtu);

// The outer IP packet for that inner packet over an endpoint of the family.
int outerSize(int innerSize, int senderMtu, Net::Family endpoint);

// The largest inner size whose outer packet is at most outerMtu whatever the
// padding: an upper bound for the search when the outer path MTU is known.
int largestInnerSize(int outerMtu, Net::Family endpoint);

} // namespace Lifeline::Mtu
