// The little of DNS the diagnosis speaks itself (RFC 1035): one question for
// an A or AAAA record, and whether an answer to it carries such a record.
// Pure functions, so every odd reply can be tested without a network.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Lifeline::Diagnosis::Dns {

inline constexpr quint16 TypeA = 1;
inline constexpr quint16 TypeAAAA = 28;

// `name` in wire form (length-prefixed labels, IDNs as ACE), or empty when it
// is not a host name (an empty label, a label over 63 bytes, over 255 in all).
QByteArray wireName(const QString &name);

// A recursive query (RD set) with `id` for `wireName` of `type`, class IN.
QByteArray query(quint16 id, const QByteArray &wireName, quint16 type);

enum class Reply {
    NotOurs, // another id, not a response, another question, or malformed
    Answered, // NOERROR with at least one record of the type asked for
    NoAnswer, // a response, but none: NXDOMAIN, SERVFAIL, NODATA, refused...
};
Reply readReply(const QByteArray &datagram, quint16 id, const QByteArray &wireName, quint16 type);

// Whether a reply from `sender` comes from `server`: the same address, an
// IPv4 one also when it arrives mapped into IPv6, whatever the spelling of a
// link-local scope ("%2" in resolv.conf, "%eth0" on the reply).
bool sameServer(const QHostAddress &sender, const QHostAddress &server);

// The servers resolv.conf names (`nameserver` lines, scope ids kept), in
// order; with none, the resolver library's default, the local host.
QList<QHostAddress> nameservers(const QByteArray &resolvConf);

} // namespace Lifeline::Diagnosis::Dns
