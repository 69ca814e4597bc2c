// One small function per wg-quick value. Each takes the value as written
// (already trimmed) and either stores the result and returns an empty
// string, or returns a sentence saying why the value was refused. The parser
// puts "line N: " in front. Functions for secrets never echo the value.
#pragma once

#include "WgQuickConfig.h"

#include <QStringView>

namespace Lifeline::Tunnel::Fields {

// 44 characters of canonical base64 decoding to exactly 32 bytes.
QString key(QStringView key, QStringView value, QByteArray *out);
// A comma list of addresses with optional prefix length; a bare address gets
// the full length. `normalise` clears host bits (AllowedIPs).
QString prefixList(QStringView key, QStringView value, bool normalise, QList<Net::Prefix> *out);
// A comma list of resolver addresses and search domains.
QString dns(QStringView value, QList<Net::Prefix> *servers, QStringList *search);
QString mtu(QStringView value, quint32 *out);
// 0 to 65535; 0 lets the kernel pick a port.
QString listenPort(QStringView value, quint16 *out);
// A number (decimal or 0x hex), or "off" (stored as 0).
QString fwMark(QStringView value, quint32 *out);
// off, auto, main (254) or a routing table number other than 0 and 255.
QString table(QStringView value, TableMode *mode, quint32 *number);
// host:port with an IPv4 address, a [bracketed] IPv6 address or a DNS name;
// port 1 to 65535. An IPv6 address without brackets is refused.
QString endpoint(QStringView value, Endpoint *out);
// Seconds between keepalives, or "off" (stored as 0).
QString persistentKeepalive(QStringView value, quint16 *out);

// A DNS name: at most 253 characters, labels of 1 to 63 letters, digits and
// hyphens, no hyphen at either end of a label; one trailing dot allowed.
bool isDnsName(QStringView name);

// MTU bounds. 576 is the datagram size every IPv4 host must accept (RFC 791);
// below it IPv4 itself stops working reliably, and wg-quick's own automatic
// MTU never goes that low. 9000 is the common jumbo-frame size: a tunnel
// rides on some real link, and no link a desktop uses carries more, so a
// larger value is a typo. A tunnel that carries IPv6 (an IPv6 Address or
// AllowedIPs) needs 1280, IPv6's minimum link MTU (RFC 8200): the kernel
// removes IPv6 from an interface whose MTU is smaller.
inline constexpr quint32 MinMtu = 576;
inline constexpr quint32 MaxMtu = 9000;
inline constexpr quint32 MinIPv6Mtu = 1280;
// Table = main means the kernel's main routing table.
inline constexpr quint32 MainTable = 254;

} // namespace Lifeline::Tunnel::Fields
