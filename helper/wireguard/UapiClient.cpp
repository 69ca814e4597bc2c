#include "UapiClient.h"

#include "Uapi.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

namespace Lifeline::WireGuard::Uapi {
namespace {

using Clock = std::chrono::steady_clock;

QString systemError(const QString &what, int error)
{
    return QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(error)));
}

// Waits for `events` until `deadline`; false (and `error` set) on timeout.
bool waitFor(int fd, short events, Clock::time_point deadline, QString *error)
{
    for (;;) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            *error = QStringLiteral("wireguard-go did not answer in time");
            return false;
        }
        pollfd entry { fd, events, 0 };
        const int ready = poll(&entry, 1, int(left.count()));
        if (ready > 0)
            return true;
        if (ready < 0 && errno != EINTR) {
            *error = systemError(QStringLiteral("cannot wait for wireguard-go"), errno);
            return false;
        }
    }
}

bool sendAll(int fd, const QByteArray &request, Clock::time_point deadline, QString *error)
{
    for (qsizetype sent = 0; sent < request.size();) {
        const ssize_t count
            = send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (count > 0) {
            sent += count;
            continue;
        }
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0 && errno == EAGAIN) {
            if (!waitFor(fd, POLLOUT, deadline, error))
                return false;
            continue;
        }
        *error
            = systemError(QStringLiteral("cannot talk to wireguard-go"), count < 0 ? errno : EPIPE);
        return false;
    }
    return true;
}

std::optional<QByteArray> receiveReply(int fd, Clock::time_point deadline, QString *error)
{
    QByteArray reply;
    while (!isComplete(reply)) {
        if (!waitFor(fd, POLLIN, deadline, error))
            return std::nullopt;
        char buffer[4096];
        const ssize_t count = recv(fd, buffer, sizeof buffer, 0);
        if (count < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (count < 0) {
            *error = systemError(QStringLiteral("no reply from wireguard-go"), errno);
            return std::nullopt;
        }
        if (count == 0) {
            *error = QStringLiteral(
                "wireguard-go closed the connection before its reply was complete");
            return std::nullopt;
        }
        if (reply.size() + count > MaxReply) {
            *error = QStringLiteral("wireguard-go sent a reply larger than %1 bytes").arg(MaxReply);
            return std::nullopt;
        }
        reply.append(buffer, count);
    }
    return reply;
}

} // namespace

UniqueFd connectTo(const QString &path, QString *error, int *errorNumber)
{
    const QByteArray bytes = path.toLocal8Bit();
    sockaddr_un address {};
    if (bytes.isEmpty() || size_t(bytes.size()) >= sizeof address.sun_path) {
        *error = QStringLiteral("the socket path %1 is too long").arg(path);
        if (errorNumber)
            *errorNumber = ENAMETOOLONG;
        return {};
    }
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
    UniqueFd fd(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!fd.isValid()) {
        *error = systemError(QStringLiteral("cannot create a unix socket"), errno);
        if (errorNumber)
            *errorNumber = errno;
        return {};
    }
    // A unix stream connect completes at once or fails (EAGAIN: backlog full).
    if (::connect(fd.get(), reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        const int failed = errno;
        *error = systemError(QStringLiteral("cannot connect to %1").arg(path), failed);
        if (errorNumber)
            *errorNumber = failed;
        return {};
    }
    return fd;
}

std::optional<QByteArray> exchange(const QString &path, const QByteArray &request, QString *error,
    std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    const UniqueFd fd = connectTo(path, error);
    if (!fd.isValid() || !sendAll(fd.get(), request, deadline, error))
        return std::nullopt;
    return receiveReply(fd.get(), deadline, error);
}

bool isServed(const QString &path)
{
    QString ignored;
    return connectTo(path, &ignored).isValid();
}

pid_t serverPid(const QString &path)
{
    QString ignored;
    const UniqueFd fd = connectTo(path, &ignored);
    ucred credentials {};
    socklen_t size = sizeof credentials;
    if (!fd.isValid() || getsockopt(fd.get(), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return 0;
    return credentials.pid;
}

QString removeIfStale(const QString &path)
{
    const QByteArray bytes = path.toLocal8Bit();
    struct stat status;
    if (lstat(bytes.constData(), &status) != 0 || !S_ISSOCK(status.st_mode))
        return {};
    QString ignored;
    int failed = 0;
    // Only ECONNREFUSED proves nobody listens; anything else (EAGAIN: a busy
    // daemon) keeps the file.
    if (connectTo(path, &ignored, &failed).isValid() || failed != ECONNREFUSED)
        return {};
    if (unlink(bytes.constData()) != 0 && errno != ENOENT)
        return systemError(QStringLiteral("cannot remove %1").arg(path), errno);
    return {};
}

} // namespace Lifeline::WireGuard::Uapi
