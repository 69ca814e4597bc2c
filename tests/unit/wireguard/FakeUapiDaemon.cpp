#include "FakeUapiDaemon.h"

#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>

namespace Lifeline::WireGuard::Testing {
namespace {

// Long enough for any test; bounded so a broken client cannot hang the run.
constexpr int AcceptTimeoutMs = 5000;

bool readable(int fd, int timeoutMs)
{
    pollfd entry { fd, POLLIN, 0 };
    return poll(&entry, 1, timeoutMs) > 0;
}

} // namespace

FakeUapiDaemon::FakeUapiDaemon(const QString &path, Script script)
    : m_script(std::move(script))
{
    const QByteArray bytes = path.toLocal8Bit();
    sockaddr_un address {};
    if (size_t(bytes.size()) >= sizeof address.sun_path)
        return;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, bytes.constData(), size_t(bytes.size()));
    UniqueFd listener(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (!listener.isValid()
        || bind(listener.get(), reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || listen(listener.get(), 4) != 0)
        return;
    m_listener = std::move(listener);
    m_thread = std::thread(&FakeUapiDaemon::serve, this);
}

FakeUapiDaemon::~FakeUapiDaemon()
{
    if (m_thread.joinable())
        m_thread.join();
}

QByteArray FakeUapiDaemon::request()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_request;
}

void FakeUapiDaemon::serve()
{
    if (!readable(m_listener.get(), AcceptTimeoutMs))
        return;
    const UniqueFd client(accept4(m_listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
    if (!client.isValid())
        return;
    // A request ends with an empty line, as the protocol says.
    while (!m_request.endsWith("\n\n") && readable(client.get(), AcceptTimeoutMs)) {
        char buffer[4096];
        const ssize_t count = recv(client.get(), buffer, sizeof buffer, 0);
        if (count <= 0)
            break;
        m_request.append(buffer, count);
    }
    std::this_thread::sleep_for(m_script.silence);
    for (const QByteArray &chunk : m_script.chunks) {
        if (send(client.get(), chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL) < 0)
            return; // the client gave up (timeout, size limit): expected in some tests
        std::this_thread::sleep_for(m_script.gap);
    }
}

} // namespace Lifeline::WireGuard::Testing
