// One wireguard-go daemon, started in the foreground inside a given network
// namespace (its TUN device is made where the process lives). The owner
// stops it: SIGTERM, a bounded wait, then SIGKILL, and always reaps it.
#pragma once

#include "UniqueFd.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <sys/types.h>
#include <thread>

namespace Lifeline::WireGuard {

class WireGuardGoProcess {
public:
    // fork, setns(netnsFd) in the child (-1: stay here), exec with a minimal
    // environment. Its stdout and stderr are the helper's own stderr (see
    // WireGuardGoProcess.cpp for why not a pipe).
    static std::unique_ptr<WireGuardGoProcess> start(
        const QString &program, const QString &ifname, int netnsFd, QString *error);
    ~WireGuardGoProcess();
    WireGuardGoProcess(const WireGuardGoProcess &) = delete;
    WireGuardGoProcess &operator=(const WireGuardGoProcess &) = delete;

    pid_t pid() const { return m_pid; }
    // False once it has exited (and then it is reaped).
    bool running();
    // Why the child could not execute wireguard-go, to explain a failed
    // start; empty once the program runs (its own messages are in the
    // helper's log). Waits up to `drainTimeout` for the child to get there.
    QString lastOutput(std::chrono::milliseconds drainTimeout = std::chrono::milliseconds(500));

private:
    WireGuardGoProcess(const QString &ifname, pid_t pid, UniqueFd output, UniqueFd stop);
    void drain();
    void logLines(QByteArray *pending, bool atEnd);

    QString m_ifname;
    pid_t m_pid;
    bool m_reaped = false;
    UniqueFd m_outputFd;
    UniqueFd m_stopFd;
    std::thread m_drain;
    std::mutex m_mutex;
    std::condition_variable m_drained;
    bool m_drainDone = false;
    QString m_lastOutput;
};

} // namespace Lifeline::WireGuard
