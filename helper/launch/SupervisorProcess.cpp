#include "SupervisorProcess.h"

#include "Supervisor.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Lifeline {

using namespace Launcher;

std::unique_ptr<SupervisorProcess> SupervisorProcess::spawn(const QString &path, QString *error)
{
    auto failed = [&] {
        *error = QStringLiteral("cannot start %1: %2").arg(path, qt_error_string(errno));
        return nullptr;
    };
    int ends[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, ends) != 0)
        return failed();
    // The supervisor's end goes to Fd::Control: lifted above the fixed range
    // first, as it may sit on that very number (dup2 onto itself would keep
    // close-on-exec).
    const int theirs = fcntl(ends[1], F_DUPFD_CLOEXEC, Fd::Last + 1);
    const int liftError = errno;
    close(ends[1]);
    if (theirs < 0) {
        close(ends[0]);
        errno = liftError;
        return failed();
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, theirs, Fd::Control);
    posix_spawn_file_actions_addclosefrom_np(&actions, Fd::Control + 1);
    // Out of the helper's session and process group, with default signals:
    // nothing aimed at the helper reaches the app, and it outlives the helper.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(
        &attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    const QByteArray program = QFile::encodeName(path);
    char *argv[] = { const_cast<char *>("lifeline-launch-supervisor"), nullptr };
    char *envp[] = { nullptr }; // the helper's environment reaches nobody
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, program.constData(), &actions, &attributes, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(theirs);
    if (rc != 0) {
        close(ends[0]);
        errno = rc;
        return failed();
    }
    return std::unique_ptr<SupervisorProcess>(new SupervisorProcess(pid, ends[0]));
}

SupervisorProcess::~SupervisorProcess()
{
    close(m_control);
    if (m_pid <= 0)
        return;
    // Called off before the program started: the supervisor and the child
    // waiting for the network (they lead and fill their own process group)
    // die, and what they made (their own mount namespace) with them.
    kill(-m_pid, SIGKILL);
    while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) { }
}

bool SupervisorProcess::send(char tag, const int *fds, int count)
{
    iovec part = { &tag, 1 };
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * std::size(Message::PlanFds))] = {};
    msghdr message = {};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = CMSG_SPACE(sizeof(int) * size_t(count));
    cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int) * size_t(count));
    std::copy(fds, fds + count, reinterpret_cast<int *>(CMSG_DATA(header)));
    ssize_t n;
    // MSG_NOSIGNAL: a supervisor that died must not take the helper along.
    while ((n = sendmsg(m_control, &message, MSG_NOSIGNAL)) < 0 && errno == EINTR) { }
    return n == 1;
}

bool SupervisorProcess::sendPlan(
    int plan, int report, int status, int stdinFd, int stdoutFd, int stderrFd)
{
    const int fds[] = { plan, report, status, stdinFd, stdoutFd, stderrFd };
    static_assert(std::size(fds) == std::size(Message::PlanFds));
    return send(Message::Plan, fds, int(std::size(fds)));
}

bool SupervisorProcess::sendGo(int netns)
{
    return send(Message::Go, &netns, 1);
}

pid_t SupervisorProcess::release()
{
    const pid_t pid = m_pid;
    m_pid = -1;
    return pid;
}

} // namespace Lifeline
