#include "UserspaceBackend.h"

#include "Uapi.h"
#include "UapiClient.h"
#include "WireGuardGoProcess.h"

#include <QDebug>
#include <QScopeGuard>

#include <csignal>
#include <net/if.h>
#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Lifeline::WireGuard {
namespace {

void wipe(QByteArray &secret)
{
    secret.fill('\0');
}

// Called after our daemon is gone: SIGTERM lets it unlink its socket
// itself, SIGKILL does not; a live daemon's socket is never touched.
void removeStaleSocket(const QString &ifname)
{
    if (const QString error = Uapi::removeIfStale(UserspaceBackend::socketPath(ifname));
        !error.isEmpty())
        qWarning().noquote() << error;
}

// Stops a daemon an earlier run of the helper started (not our child, so
// it cannot be waited for): through a pidfd, taken only while the daemon
// still serves the device's socket, so a recycled pid is never signalled.
void stopAdopted(const QString &ifname, pid_t pid)
{
    // Raw system calls: glibc 2.36's <sys/pidfd.h> lacks C++ linkage.
    const UniqueFd process(int(syscall(SYS_pidfd_open, pid, 0)));
    if (!process.isValid()
        || Uapi::serverPid(UserspaceBackend::socketPath(ifname)) != pid)
        return; // gone already, or no longer the one serving this device
    for (const int signal : { SIGTERM, SIGKILL }) {
        if (syscall(SYS_pidfd_send_signal, process.get(), signal, nullptr, 0) != 0)
            return;
        // Readable once it has exited, zombie or not.
        pollfd exited { process.get(), POLLIN, 0 };
        if (poll(&exited, 1, 2000) > 0)
            return;
        qWarning().noquote() << QStringLiteral("wireguard-go for %1 ignored SIGTERM; killing it")
                                    .arg(ifname);
    }
}

class UserspaceDevice : public Device {
public:
    UserspaceDevice(const QString &name, int ifindex, std::unique_ptr<WireGuardGoProcess> process)
        : Device(name, ifindex)
        , m_process(std::move(process))
    {
    }
    // A daemon left running by an earlier run of the helper.
    UserspaceDevice(const QString &name, int ifindex, pid_t adopted)
        : Device(name, ifindex)
        , m_adopted(adopted)
    {
    }

    ~UserspaceDevice() override
    {
        // The TUN device is not persistent: it goes when the daemon closes
        // it, whether it exits or is killed.
        m_process.reset();
        if (m_adopted > 0)
            stopAdopted(m_name, m_adopted);
        removeStaleSocket(m_name);
    }

    QString configure(const DeviceConfig &config) override
    {
        QString error;
        QByteArray request = Uapi::setRequest(config);
        const auto reply = Uapi::exchange(UserspaceBackend::socketPath(m_name), request, &error);
        wipe(request);
        if (!reply)
            return QStringLiteral("cannot configure %1: %2").arg(m_name, error);
        if (const QString refused = Uapi::parseSetReply(*reply); !refused.isEmpty())
            return QStringLiteral("cannot configure %1: %2").arg(m_name, refused);
        return {};
    }

    std::optional<DeviceState> state(QString *error) override
    {
        QString why;
        auto reply = Uapi::exchange(UserspaceBackend::socketPath(m_name), Uapi::getRequest(), &why);
        DeviceState device;
        std::optional<QList<PeerStatus>> peers;
        if (reply) {
            peers = Uapi::parseGetReply(*reply, &why, &device.fwmark);
            wipe(*reply); // it holds the private key
        }
        if (!peers) {
            *error = QStringLiteral("cannot read the state of %1: %2").arg(m_name, why);
            return std::nullopt;
        }
        device.peers = std::move(*peers);
        return device;
    }

private:
    std::unique_ptr<WireGuardGoProcess> m_process;
    pid_t m_adopted = 0;
};

// The interface's index in `netnsFd`, 0 if there is none; an error only if
// the namespace could not be entered.
int indexIn(int netnsFd, const QString &ifname, QString *error)
{
    int index = 0;
    *error = inNamespace(netnsFd, [&] {
        index = int(if_nametoindex(ifname.toLatin1().constData()));
        return QString();
    });
    return index;
}

// Until our daemon (not another one for the same name) serves its socket;
// a sentence if it exits or is too slow.
QString waitForSocket(WireGuardGoProcess *process, const QString &ifname)
{
    const auto deadline = std::chrono::steady_clock::now() + UserspaceBackend::StartTimeout;
    while (Uapi::serverPid(UserspaceBackend::socketPath(ifname)) != process->pid()) {
        if (!process->running()) {
            const QString said = process->lastOutput();
            return said.isEmpty()
                ? QStringLiteral("wireguard-go for %1 exited at start (its own words are in "
                                 "the helper's log)")
                      .arg(ifname)
                : QStringLiteral("wireguard-go for %1 exited at start: %2").arg(ifname, said);
        }
        if (std::chrono::steady_clock::now() >= deadline)
            return QStringLiteral(
                "wireguard-go did not open its control socket for %1 within %2 ms")
                .arg(ifname)
                .arg(UserspaceBackend::StartTimeout.count());
        usleep(2000);
    }
    return {};
}

} // namespace

std::unique_ptr<Backend> userspaceBackend(const QString &program)
{
    return std::make_unique<UserspaceBackend>(program);
}

QString UserspaceBackend::socketPath(const QString &ifname)
{
    return QStringLiteral("/var/run/wireguard/%1.sock").arg(ifname);
}

std::unique_ptr<Device> UserspaceBackend::create(const QString &ifname, int netnsFd, QString *error)
{
    // wireguard-go would attach to an existing TUN device of that name.
    QString why;
    if (indexIn(netnsFd, ifname, &why) != 0 || !why.isEmpty()) {
        *error = why.isEmpty() ? QStringLiteral("interface %1 already exists").arg(ifname) : why;
        return nullptr;
    }
    // Its socket path is shared by all network namespaces.
    if (Uapi::isServed(socketPath(ifname))) {
        *error = QStringLiteral("a wireguard-go for %1 already runs").arg(ifname);
        return nullptr;
    }
    auto process = WireGuardGoProcess::start(m_program, ifname, netnsFd, error);
    if (!process)
        return nullptr;
    auto rollBack = qScopeGuard([&] {
        process.reset();
        removeStaleSocket(ifname);
    });
    if (const QString failed = waitForSocket(process.get(), ifname); !failed.isEmpty()) {
        *error = failed;
        return nullptr;
    }
    // It makes the TUN device before it opens the socket.
    const int ifindex = indexIn(netnsFd, ifname, &why);
    if (ifindex == 0) {
        *error = QStringLiteral("wireguard-go started but interface %1 does not exist").arg(ifname);
        return nullptr;
    }
    rollBack.dismiss();
    return std::make_unique<UserspaceDevice>(ifname, ifindex, std::move(process));
}

std::unique_ptr<Device> adoptUserspaceDevice(const QString &ifname, QString *error)
{
    const QString socket = UserspaceBackend::socketPath(ifname);
    const pid_t pid = Uapi::serverPid(socket);
    if (pid <= 0) {
        *error = QStringLiteral("no wireguard-go serves %1 any more").arg(socket);
        return nullptr;
    }
    const int ifindex = int(if_nametoindex(ifname.toLatin1().constData()));
    if (ifindex == 0) {
        *error = QStringLiteral("wireguard-go for %1 runs, but the interface is gone").arg(ifname);
        return nullptr;
    }
    return std::make_unique<UserspaceDevice>(ifname, ifindex, pid);
}

} // namespace Lifeline::WireGuard
