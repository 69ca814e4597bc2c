#include "Supervisor.h"

#include <linux/capability.h>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

// The supervisor is a fresh single-threaded process, but the program child
// it forks still sticks to plain system calls until execve: everything it
// needs was prepared in the ExecPlan.

namespace Lifeline::Launcher {
namespace {

void report(int fd, Stage stage, int error, int value = 0)
{
    const Report message { stage, error, value };
    // Best effort: a short write only loses the detail, the exit still shows.
    [[maybe_unused]] const ssize_t written = write(fd, &message, sizeof message);
}

[[noreturn]] void fail(int fd, Stage stage, int value = 0)
{
    report(fd, stage, errno, value);
    _exit(127);
}

// A blocked or ignored signal would be inherited by the program. The helper
// spawns us with default dispositions and an empty mask; make sure anyway.
void resetSignals()
{
    struct sigaction dfl = {};
    dfl.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; ++sig) {
        if (sig != SIGKILL && sig != SIGSTOP)
            sigaction(sig, &dfl, nullptr); // EINVAL for glibc's internal signals: fine
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
}

bool capabilitiesAreEmpty()
{
    __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    for (const auto &word : data) {
        if (word.effective || word.permitted || word.inheritable)
            return false;
    }
    return true;
}

bool credentialsStuck(const ExecPlan &plan)
{
    uid_t r, e, s;
    gid_t gr, ge, gs;
    if (getresuid(&r, &e, &s) != 0 || r != plan.uid || e != plan.uid || s != plan.uid)
        return false;
    if (getresgid(&gr, &ge, &gs) != 0 || gr != plan.gid || ge != plan.gid || gs != plan.gid)
        return false;
    const int count = getgroups(int(plan.groupsScratch.size()), plan.groupsScratch.data());
    if (count != int(plan.groups.size()))
        return false;
    // The kernel keeps supplementary groups sorted, as the plan does.
    for (int i = 0; i < count; ++i) {
        if (plan.groupsScratch[size_t(i)] != plan.groups[size_t(i)])
            return false;
    }
    // Regaining root must be impossible now.
    return setresuid(0, 0, 0) != 0 && setresgid(0, 0, 0) != 0;
}

// The program child, forked before the network exists: join it once the
// helper sends it, become the user, take the caller's stdio, exec. Ready and
// waiting, so that the launch's last step costs no fork.
[[noreturn]] void execProgram(const ExecPlan &plan, int fd)
{
    // Only root may join the namespace: before the credentials change.
    errno = 0;
    if (!receiveMessage(Message::Go, Message::GoFds, 1))
        fail(fd, Stage::JoinNetwork);
    close(Fd::Control);
    if (setns(Fd::NetNs, CLONE_NEWNET) != 0)
        fail(fd, Stage::JoinNetwork);
    close(Fd::NetNs);
    // Capabilities must not survive the uid change, whatever securebits the
    // helper's service manager set; the ambient set would survive execve.
    prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0);
    if (setgroups(plan.groups.size(), plan.groups.data()) != 0)
        fail(fd, Stage::Groups);
    if (setresgid(plan.gid, plan.gid, plan.gid) != 0)
        fail(fd, Stage::Gid);
    if (setresuid(plan.uid, plan.uid, plan.uid) != 0)
        fail(fd, Stage::Uid);
    // The inheritable set is not cleared by the uid change, and it could meet
    // a file's inheritable capabilities at exec.
    __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
    __user_cap_data_struct none[_LINUX_CAPABILITY_U32S_3] = {};
    if (syscall(SYS_capset, &header, none) != 0)
        fail(fd, Stage::Capabilities);
    if (!capabilitiesAreEmpty()) {
        errno = EPERM;
        fail(fd, Stage::Capabilities);
    }
    if (!credentialsStuck(plan)) {
        errno = EPERM;
        fail(fd, Stage::VerifyCredentials);
    }
    // As the user, so a directory the user may not enter is refused.
    if (chdir(plan.cwd.c_str()) != 0)
        fail(fd, Stage::WorkingDirectory);

    // Fd::Stdin.. sit above 2, so no dup2 here overwrites a later source.
    for (int i = 0; i < 3; ++i) {
        if (dup2(Fd::Stdin + i, i) != i)
            fail(fd, Stage::Stdio, i);
    }
    // The helper's umask is not the user's; the contract carries none, so
    // use the usual session default.
    umask(022);

    // Everything else closes at exec (the report pipe too, which is how the
    // helper learns that exec succeeded), but stays usable until then.
    if (close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) != 0)
        fail(fd, Stage::CloseFds);

    execve(plan.argv[0], plan.argv.data(), plan.envp.data());
    const int execError = errno;
    if (execError == ENOENT && access(plan.argv[0], F_OK) == 0) {
        errno = execError;
        fail(fd, Stage::ExecInterpreter);
    }
    errno = execError;
    fail(fd, Stage::Exec);
}

} // namespace

bool receiveMessage(char tag, const int *targets, int count)
{
    constexpr int MaxFds = 8;
    char data = 0;
    iovec part = { &data, 1 };
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * MaxFds)];
    msghdr message = {};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t n;
    while ((n = recvmsg(Fd::Control, &message, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR) { }
    if (n == 0)
        _exit(0); // called off: the helper closed its end
    if (n < 0)
        return false;
    int received[MaxFds];
    int got = 0;
    for (cmsghdr *header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS)
            continue;
        const int *fds = reinterpret_cast<const int *>(CMSG_DATA(header));
        const size_t inHeader = (header->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < inHeader; ++i) {
            if (got < MaxFds)
                received[got++] = fds[i];
            else
                close(fds[i]);
        }
    }
    bool ok = data == tag && got == count && !(message.msg_flags & (MSG_TRUNC | MSG_CTRUNC));
    // Lift every descriptor above the fixed range first: one may have
    // arrived on a number another is to be moved to.
    int lifted[MaxFds];
    for (int i = 0; i < got; ++i) {
        lifted[i] = ok ? fcntl(received[i], F_DUPFD_CLOEXEC, Fd::Last + 1) : -1;
        ok = ok && lifted[i] >= 0;
        close(received[i]);
    }
    for (int i = 0; i < got; ++i) {
        if (ok && dup2(lifted[i], targets[i]) != targets[i])
            ok = false;
        if (lifted[i] >= 0)
            close(lifted[i]);
    }
    if (!ok && errno == 0)
        errno = EBADMSG;
    return ok;
}

void runSupervisor(const ExecPlan &plan)
{
    const int reportFd = Fd::Report;
    int statusFd = Fd::Status;
    resetSignals();
    // Only our descriptors: 0-2 are the helper's (its journal stream), and
    // we live as long as the program.
    if (close_range(0, Fd::First - 1, 0) != 0 || close_range(Fd::Last + 1, ~0U, 0) != 0)
        fail(reportFd, Stage::CloseFds);

    // All of this while the helper builds the network, which the program
    // joins last (see execProgram()).
    if (unshare(CLONE_NEWNS) != 0)
        fail(reportFd, Stage::NewMountNamespace);
    // Slave: the host's later mounts still show inside, ours never leak out.
    if (mount(nullptr, "/", nullptr, MS_REC | MS_SLAVE, nullptr) != 0)
        fail(reportFd, Stage::SlavePropagation);
    for (size_t i = 0; i < plan.binds.size(); ++i) {
        const BindMount &bind = plan.binds[i];
        if (mount(bind.source.c_str(), bind.target.c_str(), nullptr, MS_BIND, nullptr) != 0)
            fail(reportFd, Stage::Bind, int(i));
    }
    // Daemons that double-fork are re-parented to us, not to init, so we see
    // when the last process in the namespace is gone.
    if (prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0)
        fail(reportFd, Stage::Subreaper);

    const pid_t program = fork();
    if (program < 0)
        fail(reportFd, Stage::Fork);
    if (program == 0)
        execProgram(plan, reportFd);
    // The rest of the launch is the program's: the network namespace goes
    // to it alone, this process never joins.
    close(Fd::Control);

    // Only in us, not in the program: the helper may be gone by the time we
    // report the exit, and its closed end of the pipe must not kill us.
    signal(SIGPIPE, SIG_IGN);
    report(reportFd, Stage::Started, 0, program);
    close(reportFd);
    // The caller's stdio belongs to the program alone: holding it would keep
    // a pipe from ever reaching end-of-file.
    for (const int fd : { Fd::Stdin, Fd::Stdout, Fd::Stderr })
        close(fd);

    for (;;) {
        int status = 0;
        const pid_t pid = waitpid(-1, &status, __WALL);
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            break; // ECHILD: nothing is left in the namespace
        }
        if (pid == program && statusFd >= 0) {
            const ExitReport message { program, status };
            [[maybe_unused]] const ssize_t written = write(statusFd, &message, sizeof message);
            close(statusFd);
            statusFd = -1;
            // For a helper that restarts meanwhile and finds us in /proc:
            // what runs on in the namespace is no longer the program.
            prctl(PR_SET_NAME, LingeringName, 0, 0, 0);
        }
    }
    _exit(0);
}

} // namespace Lifeline::Launcher
