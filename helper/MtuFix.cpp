#include "MtuFix.h"

#include "IcmpProber.h"
#include "MtuPath.h"

#include <QScopeGuard>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Lifeline::MtuFix {

namespace {

// Beyond Ethernet's 1500 the far side's links would drop what we allow.
constexpr int LargestUsefulMtu = 1500;

bool carriedBy(const Tunnel::WgQuickConfig &config, const Net::Prefix &address)
{
    return std::any_of(config.peers.begin(), config.peers.end(), [&](const Tunnel::Peer &peer) {
        return std::any_of(peer.allowedIps.begin(), peer.allowedIps.end(),
            [&](const Net::Prefix &allowed) { return allowed.overlaps(address); });
    });
}

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(
        QLatin1String(what), QString::fromLocal8Bit(strerror(errno)));
}

} // namespace

std::optional<Net::Prefix> probeTarget(
    const Tunnel::WgQuickConfig &config, const QList<Net::Family> &families, QString *why)
{
    for (const Net::Prefix &server : config.interface.dnsServers) {
        if (families.contains(server.family) && carriedBy(config, server))
            return server.withLength(server.maxLength());
    }
    for (const Tunnel::Peer &peer : config.peers) {
        for (const Net::Prefix &allowed : peer.allowedIps) {
            if (allowed.length == allowed.maxLength() && families.contains(allowed.family))
                return allowed;
        }
    }
    *why = QStringLiteral(
        "there is no host to probe through the tunnel: its configuration needs a DNS "
        "server reached through it, or a single address of the server's inside the "
        "tunnel among AllowedIPs (such as 10.0.0.1/32)");
    return std::nullopt;
}

int outerPathMtu(const WireGuard::Endpoint &endpoint, quint32 fwmark, QString *error)
{
    const bool v4 = endpoint.address.family == Net::Family::IPv4;
    const int fd = ::socket(v4 ? AF_INET : AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = systemError("socket");
        return 0;
    }
    const auto closing = qScopeGuard([fd] { ::close(fd); });
    if (fwmark != 0 && setsockopt(fd, SOL_SOCKET, SO_MARK, &fwmark, sizeof fwmark) != 0) {
        *error = systemError("SO_MARK");
        return 0;
    }
    sockaddr_storage address {};
    socklen_t length = 0;
    if (v4) {
        auto *in = reinterpret_cast<sockaddr_in *>(&address);
        in->sin_family = AF_INET;
        in->sin_port = htons(endpoint.port);
        std::memcpy(&in->sin_addr, endpoint.address.bytes.data(), 4);
        length = sizeof *in;
    } else {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&address);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(endpoint.port);
        std::memcpy(&in6->sin6_addr, endpoint.address.bytes.data(), 16);
        length = sizeof *in6;
    }
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), length) != 0) {
        *error = systemError("route to the server");
        return 0;
    }
    int mtu = 0;
    socklen_t size = sizeof mtu;
    if (getsockopt(fd, v4 ? IPPROTO_IP : IPPROTO_IPV6, v4 ? IP_MTU : IPV6_MTU, &mtu, &size) != 0) {
        *error = systemError("path MTU to the server");
        return 0;
    }
    return mtu;
}

Bounds searchBounds(const QList<Net::Family> &interfaceFamilies, Net::Family target, int outerMtu,
    Net::Family endpoint)
{
    Bounds bounds;
    bounds.minimum = Mtu::familyMinimum(target);
    for (const Net::Family family : interfaceFamilies)
        bounds.minimum = std::max(bounds.minimum, Mtu::familyMinimum(family));
    bounds.maximum = std::min(Mtu::largestInnerSize(outerMtu, endpoint), LargestUsefulMtu);
    return bounds;
}

void start(const Job &job, QObject *context, std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([job, result] {
        Mtu::IcmpProber prober(job.target.family, job.interfaceName, job.target.bytes);
        if (!prober.open()) {
            result->error = prober.errorString();
            return;
        }
        Mtu::MtuSearch search(prober, job.options);
        result->search = search.run();
    });
    // Queued into `context`'s thread: the result is read only after the
    // worker is done with it.
    QObject::connect(
        thread, &QThread::finished, context, [result, done = std::move(done)] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Lifeline::MtuFix
