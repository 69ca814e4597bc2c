// ICMP / ICMPv6 echo messages as IcmpProber sends and reads them on raw
// sockets. Pure byte work, unit-tested without sockets.
#pragma once

#include "NetTypes.h"

#include <QByteArray>

#include <optional>

namespace Lifeline::Mtu {

inline constexpr int IcmpHeaderSize = 8;

// The ICMP message that makes an IP packet of innerSize bytes in all; 0 if
// innerSize is too small to hold the headers.
int echoMessageSize(Net::Family family, int innerSize);

// An echo request of messageSize bytes. IPv4 carries its checksum; for
// ICMPv6 the kernel fills it in (it needs the addresses: RFC 3542 section 3.1).
QByteArray buildEchoRequest(
    Net::Family family, quint16 identifier, quint16 sequence, int messageSize);

struct EchoReply {
    quint16 identifier = 0;
    quint16 sequence = 0;
    int messageSize = 0; // ICMP message, header included
};

// An echo reply read from a raw socket: IPv4 raw sockets deliver the IP
// header first, ICMPv6 ones the message only. Anything else: nullopt.
std::optional<EchoReply> parseEchoReply(Net::Family family, const char *data, qsizetype length);

quint16 internetChecksum(const char *data, qsizetype length);

} // namespace Lifeline::Mtu
