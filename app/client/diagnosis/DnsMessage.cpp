#include "DnsMessage.h"

#include <QUrl>

namespace Lifeline::Diagnosis::Dns {

namespace {

constexpr int HeaderSize = 12;
constexpr quint16 ClassIn = 1;
constexpr quint16 FlagResponse = 0x8000;
constexpr quint16 FlagRecursionDesired = 0x0100;
constexpr quint16 OpcodeMask = 0x7800;
constexpr quint16 RcodeMask = 0x000f;
// The resolver library reads at most three (MAXNS).
constexpr int MaxNameservers = 3;

void put16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

// Reads at `pos`, moving it on; false past the end.
bool get16(const QByteArray &data, int &pos, quint16 *value)
{
    if (pos + 2 > data.size())
        return false;
    *value = quint16((quint8(data[pos]) << 8) | quint8(data[pos + 1]));
    pos += 2;
    return true;
}

// Past a name that may end in a compression pointer (not followed: only
// skipped); false when it runs off the end or uses a reserved label type.
bool skipName(const QByteArray &data, int &pos)
{
    for (int labels = 0; labels < 128; ++labels) {
        if (pos >= data.size())
            return false;
        const quint8 length = quint8(data[pos]);
        if (length == 0) {
            ++pos;
            return true;
        }
        if ((length & 0xc0) == 0xc0) {
            if (pos + 2 > data.size())
                return false;
            pos += 2;
            return true;
        }
        if (length & 0xc0)
            return false;
        pos += 1 + length;
    }
    return false;
}

bool sameName(const QByteArray &data, int pos, const QByteArray &wireName)
{
    // The question comes first in the message: nothing before it to point
    // at, so it is never compressed.
    if (pos + wireName.size() > data.size())
        return false;
    return data.mid(pos, wireName.size()).toLower() == wireName.toLower();
}

} // namespace

QByteArray wireName(const QString &name)
{
    QString plain = name.trimmed();
    if (plain.endsWith(u'.'))
        plain.chop(1);
    const QByteArray ace = QUrl::toAce(plain);
    if (ace.isEmpty())
        return {};
    QByteArray wire;
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty() || label.size() > 63)
            return {};
        wire.append(char(label.size()));
        wire.append(label);
    }
    wire.append('\0');
    return wire.size() <= 255 ? wire : QByteArray();
}

QByteArray query(quint16 id, const QByteArray &wireName, quint16 type)
{
    QByteArray out;
    put16(out, id);
    put16(out, FlagRecursionDesired);
    put16(out, 1); // one question
    put16(out, 0);
    put16(out, 0);
    put16(out, 0);
    out.append(wireName);
    put16(out, type);
    put16(out, ClassIn);
    return out;
}

Reply readReply(const QByteArray &datagram, quint16 id, const QByteArray &wireName, quint16 type)
{
    int pos = 0;
    quint16 gotId = 0, flags = 0, questions = 0, answers = 0, authority = 0, additional = 0;
    if (!get16(datagram, pos, &gotId) || !get16(datagram, pos, &flags)
        || !get16(datagram, pos, &questions) || !get16(datagram, pos, &answers)
        || !get16(datagram, pos, &authority) || !get16(datagram, pos, &additional))
        return Reply::NotOurs;
    if (gotId != id || !(flags & FlagResponse) || (flags & OpcodeMask) || questions != 1)
        return Reply::NotOurs;
    if (!sameName(datagram, HeaderSize, wireName))
        return Reply::NotOurs;
    pos = HeaderSize + int(wireName.size());
    quint16 gotType = 0, gotClass = 0;
    if (!get16(datagram, pos, &gotType) || !get16(datagram, pos, &gotClass) || gotType != type
        || gotClass != ClassIn)
        return Reply::NotOurs;
    if ((flags & RcodeMask) != 0)
        return Reply::NoAnswer;
    for (int i = 0; i < answers; ++i) {
        quint16 recordType = 0, recordClass = 0, ttlHigh = 0, ttlLow = 0, length = 0;
        if (!skipName(datagram, pos) || !get16(datagram, pos, &recordType)
            || !get16(datagram, pos, &recordClass) || !get16(datagram, pos, &ttlHigh)
            || !get16(datagram, pos, &ttlLow) || !get16(datagram, pos, &length)
            || pos + length > datagram.size())
            return Reply::NotOurs;
        const int expected = type == TypeA ? 4 : 16;
        if (recordType == type && recordClass == ClassIn && length == expected)
            return Reply::Answered;
        pos += length; // a CNAME on the way, say
    }
    return Reply::NoAnswer;
}

bool sameServer(const QHostAddress &sender, const QHostAddress &server)
{
    QHostAddress a = sender;
    QHostAddress b = server;
    a.setScopeId({});
    b.setScopeId({});
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

QList<QHostAddress> nameservers(const QByteArray &resolvConf)
{
    QList<QHostAddress> servers;
    for (const QByteArray &line : resolvConf.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() < 2 || words[0] != "nameserver")
            continue;
        const QHostAddress address(QString::fromLatin1(words[1]));
        if (address.isNull())
            continue;
        servers.append(address);
        if (servers.size() == MaxNameservers)
            break;
    }
    if (servers.isEmpty())
        servers.append(QHostAddress(QHostAddress::LocalHost));
    return servers;
}

} // namespace Lifeline::Diagnosis::Dns
