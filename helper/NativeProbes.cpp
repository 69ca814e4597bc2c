#include "NativeProbes.h"

#include "UniqueFd.h"

#include <QSocketNotifier>
#include <QTimer>

#include <arpa/inet.h>
#include <errno.h>
#include <sys/socket.h>

#include <memory>

namespace Lifeline {

namespace {


bool unusableIPv4(const in_addr &address)
{
    const quint32 host = ntohl(address.s_addr);
    return host == 0 || host == 0xffffffffu // unspecified, limited broadcast
        || (host >> 24) == 127 // loopback
        || (host >> 28) == 0xe; // multicast 224.0.0.0/4
}

bool unusableIPv6(const in6_addr &address)
{
    return IN6_IS_ADDR_UNSPECIFIED(&address) || IN6_IS_ADDR_LOOPBACK(&address)
        || IN6_IS_ADDR_MULTICAST(&address) || IN6_IS_ADDR_V4MAPPED(&address)
        || IN6_IS_ADDR_V4COMPAT(&address);
}

// One attempt; deletes itself once it has reported.
class Probe : public QObject {
public:
    Probe(UniqueFd socket, std::function<void(bool)> done, QObject *parent)
        : QObject(parent)
        , m_socket(std::move(socket))
        , m_notifier(m_socket.get(), QSocketNotifier::Write)
        , m_done(std::move(done))
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, [this] {
            int error = 0;
            socklen_t length = sizeof error;
            if (::getsockopt(m_socket.get(), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                error = errno;
            finish(error == 0);
        });
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] { finish(false); });
        m_deadline.start(NativeProbes::TimeoutMs);
    }

private:
    void finish(bool reachable)
    {
        if (!m_done)
            return;
        m_notifier.setEnabled(false);
        m_deadline.stop();
        m_socket.reset(); // closed before the reply: nothing is kept open
        const auto done = std::exchange(m_done, {});
        deleteLater();
        done(reachable);
    }

    UniqueFd m_socket;
    QSocketNotifier m_notifier;
    QTimer m_deadline;
    std::function<void(bool)> m_done;
};

} // namespace

NativeProbes::NativeProbes(QObject *parent)
    : QObject(parent)
{
}

QString NativeProbes::check(const QString &family, const QString &address, uint port, Target *target)
{
    Target result;
    if (family == u"ipv4")
        result.family = Net::Family::IPv4;
    else if (family == u"ipv6")
        result.family = Net::Family::IPv6;
    else
        return QStringLiteral("the family must be \"ipv4\" or \"ipv6\"");
    if (port < 1 || port > 65535)
        return QStringLiteral("the port must be from 1 to 65535");
    // inet_pton takes only the plain forms (no "127.1", no "%scope"), so
    // what is checked is exactly what is connected to.
    const QByteArray text = address.toLatin1();
    const bool ascii = address.size() <= INET6_ADDRSTRLEN && QString::fromLatin1(text) == address;
    if (result.family == Net::Family::IPv4) {
        auto *ipv4 = reinterpret_cast<sockaddr_in *>(&result.address);
        if (!ascii || ::inet_pton(AF_INET, text.constData(), &ipv4->sin_addr) != 1)
            return QStringLiteral("the address must be an IPv4 address like 192.0.2.1");
        if (unusableIPv4(ipv4->sin_addr))
            return QStringLiteral("the address must not be loopback, multicast, broadcast or "
                                  "unspecified");
        ipv4->sin_family = AF_INET;
        ipv4->sin_port = htons(quint16(port));
        result.length = sizeof(sockaddr_in);
    } else {
        auto *ipv6 = reinterpret_cast<sockaddr_in6 *>(&result.address);
        if (!ascii || ::inet_pton(AF_INET6, text.constData(), &ipv6->sin6_addr) != 1)
            return QStringLiteral("the address must be an IPv6 address like 2001:db8::1, "
                                  "without a scope");
        if (unusableIPv6(ipv6->sin6_addr))
            return QStringLiteral("the address must not be loopback, multicast, unspecified or "
                                  "an IPv4 address in IPv6 form");
        ipv6->sin6_family = AF_INET6;
        ipv6->sin6_port = htons(quint16(port));
        result.length = sizeof(sockaddr_in6);
    }
    *target = result;
    return {};
}

bool NativeProbes::start(const QString &caller, const Target &target, quint32 fwmark,
    std::function<void(bool reachable)> done)
{
    if (m_pending.value(caller) >= MaxPendingPerCaller || m_total >= MaxPending)
        return false;
    ++m_pending[caller];
    ++m_total;
    auto report = [this, caller, done = std::move(done)](bool reachable) {
        finished(caller);
        done(reachable);
    };
    const int domain = target.family == Net::Family::IPv4 ? AF_INET : AF_INET6;
    UniqueFd socket(::socket(domain, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    // A socket that cannot be made or marked proves nothing about the
    // network: unmarked it would test the tunnel instead, so it says "no".
    if (!socket.isValid()
        || (fwmark != 0 && ::setsockopt(socket.get(), SOL_SOCKET, SO_MARK, &fwmark, sizeof fwmark) != 0)) {
        QMetaObject::invokeMethod(this, [report] { report(false); }, Qt::QueuedConnection);
        return true;
    }
    if (::connect(socket.get(), reinterpret_cast<const sockaddr *>(&target.address), target.length) == 0) {
        QMetaObject::invokeMethod(this, [report] { report(true); }, Qt::QueuedConnection);
        return true;
    }
    if (errno != EINPROGRESS) { // no route, unreachable: known at once
        QMetaObject::invokeMethod(this, [report] { report(false); }, Qt::QueuedConnection);
        return true;
    }
    new Probe(std::move(socket), std::move(report), this);
    return true;
}

void NativeProbes::finished(const QString &caller)
{
    --m_total;
    if (--m_pending[caller] <= 0)
        m_pending.remove(caller);
}

} // namespace Lifeline
