#include "WireGuardGoProcess.h"

#include <QDebug>
#include <QScopeGuard>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Lifeline::WireGuard {
namespace {

constexpr auto StopTimeout = std::chrono::seconds(2);

QString systemError(const QString &what, int error)
{
    return QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(error)));
}

[[noreturn]] void childFails(int output, const char *message)
{
    const ssize_t ignored = write(output, message, strlen(message));
    (void)ignored;
    _exit(127);
}

// Between fork and exec only async-signal-safe calls: the helper has other
// threads, whose locks may be held forever in the child. `status` (a
// close-on-exec pipe) carries only a failure to get as far as exec.
[[noreturn]] void child(
    const char *path, char *const argv[], char *const envp[], int netnsFd, int status)
{
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    for (const int signal : { SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD })
        ::signal(signal, SIG_DFL);
    // Its own session: a signal to the helper's process group (a terminal's
    // Ctrl-C while debugging) does not take the tunnel down behind its owner.
    setsid();
    if (netnsFd >= 0 && setns(netnsFd, CLONE_NEWNET) != 0)
        childFails(status, "cannot enter the network namespace\n");
    // Its output goes where the helper's goes (the journal, a log file), not
    // through a pipe to the helper: a pipe breaks when the helper dies, and
    // a Go program exits at its first write to a broken stdout, so a tunnel
    // that outlives a crash of the helper (to be adopted) would drop at the
    // daemon's next log line. Without a usable stderr it goes nowhere.
    const int input = open("/dev/null", O_RDWR);
    const int log = fcntl(STDERR_FILENO, F_GETFD) >= 0 ? STDERR_FILENO : input;
    if (input < 0 || dup2(input, STDIN_FILENO) < 0 || dup2(log, STDOUT_FILENO) < 0
        || dup2(log, STDERR_FILENO) < 0)
        childFails(status, "cannot set up standard input and output\n");
    // Nothing of the helper's (bus connection, netlink sockets, key files)
    // reaches the daemon: closed at exec, which also closes `status` — so
    // the helper reads end-of-file once exec succeeded.
    close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
    execve(path, argv, envp);
    childFails(status, "cannot execute wireguard-go\n");
}

} // namespace

std::unique_ptr<WireGuardGoProcess> WireGuardGoProcess::start(
    const QString &program, const QString &ifname, int netnsFd, QString *error)
{
    // Everything the child needs is built before fork.
    const QByteArray path = program.toLocal8Bit();
    const QByteArray name = ifname.toLatin1();
    const char *argv[] = { path.constData(), "-f", name.constData(), nullptr };
    // WG_PROCESS_FOREGROUND also silences the banner that tells Linux users
    // to prefer the kernel module: the helper chose this back end knowingly.
    const char *envp[] = { "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "WG_PROCESS_FOREGROUND=1", "LOG_LEVEL=error", nullptr };
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0) {
        *error = systemError(QStringLiteral("cannot create a pipe"), errno);
        return nullptr;
    }
    UniqueFd output(pipeFds[0]);
    UniqueFd childStatus(pipeFds[1]);
    UniqueFd stop(eventfd(0, EFD_CLOEXEC));
    if (!stop.isValid()) {
        *error = systemError(QStringLiteral("cannot create an eventfd"), errno);
        return nullptr;
    }
    const pid_t pid = fork();
    if (pid == 0)
        child(path.constData(), const_cast<char *const *>(argv), const_cast<char *const *>(envp),
            netnsFd, childStatus.get());
    if (pid < 0) {
        *error = systemError(QStringLiteral("cannot start wireguard-go"), errno);
        return nullptr;
    }
    // Only the child may hold the write end, so the pipe ends at its exec.
    childStatus.reset();
    std::unique_ptr<WireGuardGoProcess> process(
        new WireGuardGoProcess(ifname, pid, std::move(output), std::move(stop)));
    process->m_drain = std::thread(&WireGuardGoProcess::drain, process.get());
    return process;
}

WireGuardGoProcess::WireGuardGoProcess(
    const QString &ifname, pid_t pid, UniqueFd output, UniqueFd stop)
    : m_ifname(ifname)
    , m_pid(pid)
    , m_outputFd(std::move(output))
    , m_stopFd(std::move(stop))
{
}

WireGuardGoProcess::~WireGuardGoProcess()
{
    // SIGTERM lets it close the TUN device and unlink its socket itself.
    if (running()) {
        kill(m_pid, SIGTERM);
        const auto deadline = std::chrono::steady_clock::now() + StopTimeout;
        while (running() && std::chrono::steady_clock::now() < deadline)
            usleep(2000);
        if (running()) {
            qWarning().noquote()
                << QStringLiteral("wireguard-go for %1 ignored SIGTERM; killing it").arg(m_ifname);
            kill(m_pid, SIGKILL);
            while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) { }
            m_reaped = true;
        }
    }
    // The pipe reaches EOF when the daemon is gone; the eventfd covers a
    // grandchild that inherited the write end and lives on.
    const quint64 one = 1;
    const ssize_t ignored = write(m_stopFd.get(), &one, sizeof one);
    (void)ignored;
    if (m_drain.joinable())
        m_drain.join();
}

bool WireGuardGoProcess::running()
{
    if (m_reaped)
        return false;
    int status = 0;
    const pid_t result = waitpid(m_pid, &status, WNOHANG);
    // ECHILD: someone else reaped it; either way it is gone.
    if (result == m_pid || (result < 0 && errno == ECHILD))
        m_reaped = true;
    return !m_reaped;
}

QString WireGuardGoProcess::lastOutput(std::chrono::milliseconds drainTimeout)
{
    std::unique_lock lock(m_mutex);
    m_drained.wait_for(lock, drainTimeout, [this] { return m_drainDone; });
    return m_lastOutput;
}

void WireGuardGoProcess::drain()
{
    const auto finished = qScopeGuard([this] {
        std::lock_guard lock(m_mutex);
        m_drainDone = true;
        m_drained.notify_all();
    });
    QByteArray pending;
    pollfd fds[] = { { m_outputFd.get(), POLLIN, 0 }, { m_stopFd.get(), POLLIN, 0 } };
    for (;;) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[1].revents)
            return;
        char buffer[4096];
        const ssize_t count = read(m_outputFd.get(), buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0) {
            logLines(&pending, true);
            return;
        }
        pending.append(buffer, count);
        logLines(&pending, false);
    }
}

void WireGuardGoProcess::logLines(QByteArray *pending, bool atEnd)
{
    // Lines are logged as they come; a line without an end is cut at 1 KiB
    // so a chatty daemon cannot grow the buffer.
    qsizetype newline;
    while ((newline = pending->indexOf('\n')) >= 0 || pending->size() > 1024
        || (atEnd && !pending->isEmpty())) {
        const qsizetype end = newline >= 0 ? newline : std::min<qsizetype>(pending->size(), 1024);
        const QString text = QString::fromUtf8(pending->left(end)).trimmed();
        pending->remove(0, newline >= 0 ? end + 1 : end);
        if (text.isEmpty())
            continue;
        qWarning().noquote() << QStringLiteral("wireguard-go %1: %2").arg(m_ifname, text);
        std::lock_guard lock(m_mutex);
        m_lastOutput = text;
    }
}

} // namespace Lifeline::WireGuard
