#include "IcmpProber.h"

#include "EchoPacket.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Lifeline::Mtu {

namespace {

// <linux/icmp.h>'s ICMP_FILTER: glibc has no copy, and the uapi header
// clashes with <netinet/in.h>.
constexpr int IcmpFilterOption = 1;
constexpr int IcmpEchoReplyType = 0;

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(
        QLatin1String(what), QString::fromLocal8Bit(strerror(errno)));
}

// Only echo replies reach the socket: a raw ICMP socket otherwise gets every
// ICMP message of the namespace.
bool filterEchoReplies(int fd, Net::Family family)
{
    if (family == Net::Family::IPv4) {
        const quint32 blocked = ~(1U << IcmpEchoReplyType);
        return setsockopt(fd, SOL_RAW, IcmpFilterOption, &blocked, sizeof blocked) == 0;
    }
    icmp6_filter filter {};
    ICMP6_FILTER_SETBLOCKALL(&filter);
    ICMP6_FILTER_SETPASS(ICMP6_ECHO_REPLY, &filter);
    return setsockopt(fd, IPPROTO_ICMPV6, ICMP6_FILTER, &filter, sizeof filter) == 0;
}

} // namespace

IcmpProber::IcmpProber(
    Net::Family family, const QString &interfaceName, const std::array<quint8, 16> &target)
    : m_family(family)
    , m_interfaceName(interfaceName)
    , m_target(target)
    , m_identifier(quint16(QRandomGenerator::system()->generate()))
    , m_sequence(quint16(QRandomGenerator::system()->generate()))
{
}

IcmpProber::~IcmpProber()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool IcmpProber::open()
{
    const bool v4 = m_family == Net::Family::IPv4;
    const int protocol = v4 ? int(IPPROTO_ICMP) : int(IPPROTO_ICMPV6);
    m_fd = ::socket(v4 ? AF_INET : AF_INET6, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
    if (m_fd < 0) {
        m_error = systemError("socket");
        return false;
    }
    const QByteArray name = m_interfaceName.toUtf8();
    const int probe = v4 ? IP_PMTUDISC_PROBE : IPV6_PMTUDISC_PROBE;
    if (setsockopt(m_fd, SOL_SOCKET, SO_BINDTODEVICE, name.constData(), socklen_t(name.size()))
        != 0) {
        m_error = systemError("SO_BINDTODEVICE");
        return false;
    }
    if (setsockopt(m_fd, v4 ? IPPROTO_IP : IPPROTO_IPV6, v4 ? IP_MTU_DISCOVER : IPV6_MTU_DISCOVER,
            &probe, sizeof probe)
        != 0) {
        m_error = systemError("MTU_DISCOVER");
        return false;
    }
    if (!filterEchoReplies(m_fd, m_family)) {
        m_error = systemError("ICMP filter");
        return false;
    }
    return true;
}

bool IcmpProber::send(int size, qint64 nowMs)
{
    const int messageSize = echoMessageSize(m_family, size);
    if (messageSize == 0)
        return false;
    const quint16 sequence = m_sequence++;
    const QByteArray message = buildEchoRequest(m_family, m_identifier, sequence, messageSize);
    sockaddr_storage address {};
    socklen_t addressLength = 0;
    if (m_family == Net::Family::IPv4) {
        auto *in = reinterpret_cast<sockaddr_in *>(&address);
        in->sin_family = AF_INET;
        std::memcpy(&in->sin_addr, m_target.data(), 4);
        addressLength = sizeof *in;
    } else {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&address);
        in6->sin6_family = AF_INET6;
        std::memcpy(&in6->sin6_addr, m_target.data(), 16);
        addressLength = sizeof *in6;
    }
    // EMSGSIZE: larger than the interface allows; simply no reply will come.
    if (::sendto(m_fd, message.constData(), size_t(message.size()), 0,
            reinterpret_cast<sockaddr *>(&address), addressLength)
        < 0)
        return false;
    m_pending.insert(sequence, { size, nowMs });
    return true;
}

void IcmpProber::receive(qint64 nowMs, QList<ProbeReply> &replies)
{
    char buffer[65536];
    for (;;) {
        sockaddr_storage from {};
        socklen_t fromLength = sizeof from;
        const ssize_t n = ::recvfrom(
            m_fd, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr *>(&from), &fromLength);
        if (n < 0)
            return; // EAGAIN, or an error the deadline will end
        const bool fromTarget = m_family == Net::Family::IPv4
            ? std::memcmp(&reinterpret_cast<sockaddr_in *>(&from)->sin_addr, m_target.data(), 4)
                == 0
            : std::memcmp(&reinterpret_cast<sockaddr_in6 *>(&from)->sin6_addr, m_target.data(), 16)
                == 0;
        const auto reply = parseEchoReply(m_family, buffer, n);
        if (!fromTarget || !reply || reply->identifier != m_identifier)
            continue; // someone else's ping
        const auto pending = m_pending.constFind(reply->sequence);
        // A reply must be as long as its request: a truncated echo proves nothing.
        if (pending == m_pending.cend()
            || reply->messageSize != echoMessageSize(m_family, pending->size))
            continue;
        replies << ProbeReply { pending->size, nowMs - pending->sentMs };
        m_pending.erase(pending);
    }
}

QList<ProbeReply> IcmpProber::probe(const QList<int> &sizes, const RoundWait &wait)
{
    QList<ProbeReply> replies;
    if (m_fd < 0)
        return replies;
    const qint64 start = m_clock.nowMs();
    QSet<quint16> mine;
    for (int size : sizes) {
        const quint16 sequence = m_sequence;
        if (send(size, start))
            mine.insert(sequence);
    }
    qint64 end = start + wait.timeoutMs;
    bool settled = false;
    for (;;) {
        const qint64 now = m_clock.nowMs();
        const qsizetype before = replies.size();
        receive(now, replies);
        for (qsizetype i = before; i < replies.size() && !settled; ++i) {
            // The first reply to this round's probes sets when to stop waiting
            // for the rest; a late one from an earlier round (its round trip
            // longer than this round so far) says nothing about this one.
            if (replies[i].rttMs <= now - start) {
                const qint64 settle
                    = std::max<qint64>(wait.settleMinimumMs, replies[i].rttMs * wait.settleFactor);
                end = std::min(end, start + settle);
                settled = true;
            }
        }
        if (now >= end || std::none_of(mine.cbegin(), mine.cend(), [this](quint16 s) {
                return m_pending.contains(s);
            }))
            break;
        pollfd fd { m_fd, POLLIN, 0 };
        ::poll(&fd, 1, int(end - now));
    }
    return replies;
}

} // namespace Lifeline::Mtu
