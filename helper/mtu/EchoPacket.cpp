#include "EchoPacket.h"

#include "MtuPath.h"

namespace Lifeline::Mtu {

namespace {

constexpr quint8 EchoRequest4 = 8, EchoReply4 = 0;
constexpr quint8 EchoRequest6 = 128, EchoReply6 = 129;

quint16 read16(const char *p)
{
    return quint16((quint8(p[0]) << 8) | quint8(p[1]));
}

void write16(char *p, quint16 value)
{
    p[0] = char(value >> 8);
    p[1] = char(value & 0xff);
}

} // namespace

int echoMessageSize(Net::Family family, int innerSize)
{
    const int size = innerSize - ipHeaderSize(family);
    return size >= IcmpHeaderSize ? size : 0;
}

quint16 internetChecksum(const char *data, qsizetype length)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i + 1 < length; i += 2)
        sum += read16(data + i);
    if (length % 2)
        sum += quint32(quint8(data[length - 1])) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

QByteArray buildEchoRequest(
    Net::Family family, quint16 identifier, quint16 sequence, int messageSize)
{
    QByteArray message(std::max(messageSize, IcmpHeaderSize), '\0');
    char *p = message.data();
    p[0] = char(family == Net::Family::IPv4 ? EchoRequest4 : EchoRequest6);
    write16(p + 4, identifier);
    write16(p + 6, sequence);
    // A payload that is not all zeros, so no link compresses it away.
    for (qsizetype i = IcmpHeaderSize; i < message.size(); ++i)
        p[i] = char(i & 0xff);
    if (family == Net::Family::IPv4)
        write16(p + 2, internetChecksum(p, message.size()));
    return message;
}

std::optional<EchoReply> parseEchoReply(Net::Family family, const char *data, qsizetype length)
{
    if (family == Net::Family::IPv4) {
        if (length < 20 || (quint8(data[0]) >> 4) != 4)
            return std::nullopt;
        const int headerLength = (quint8(data[0]) & 0x0f) * 4;
        if (headerLength < 20 || length < headerLength + IcmpHeaderSize)
            return std::nullopt;
        data += headerLength;
        length -= headerLength;
        if (quint8(data[0]) != EchoReply4 || internetChecksum(data, length) != 0)
            return std::nullopt;
    } else if (length < IcmpHeaderSize || quint8(data[0]) != EchoReply6) {
        return std::nullopt; // the kernel checked the ICMPv6 checksum already
    }
    if (quint8(data[1]) != 0)
        return std::nullopt;
    return EchoReply { read16(data + 4), read16(data + 6), int(length) };
}

} // namespace Lifeline::Mtu
