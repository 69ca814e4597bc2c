#include "PreparedLaunch.h"

#include "SpareSupervisors.h"
#include "Supervisor.h"
#include "SupervisorProcess.h"
#include "ValueForMessage.h"

#include <QDeadlineTimer>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Lifeline {

using namespace Launcher;

namespace {

// A caller's string inside an error message: bounded, control characters
// made visible so they cannot forge log lines.
QString shown(const QString &value)
{
    return valueForMessage(value, 200);
}

} // namespace

QString lookUpAccount(uint uid, Account *account)
{
    // In the helper, never in the supervisor: NSS may allocate, load modules
    // or talk to daemons.
    if (uid == 0)
        return QStringLiteral("lifeline-helper does not run programs as root");
    passwd pw = {};
    passwd *found = nullptr;
    QByteArray buffer(16384, Qt::Uninitialized);
    int rc;
    while ((rc = getpwuid_r(uid, &pw, buffer.data(), size_t(buffer.size()), &found)) == ERANGE
        && buffer.size() < (1 << 22))
        buffer.resize(buffer.size() * 4);
    if (rc != 0 || !found)
        return QStringLiteral("user %1 has no account on this system").arg(uid);

    int count = 64;
    std::vector<gid_t> groups;
    for (;;) {
        groups.resize(size_t(count));
        const int previous = count;
        if (getgrouplist(pw.pw_name, pw.pw_gid, groups.data(), &count) >= 0)
            break;
        if (count <= previous) // no progress: give up rather than loop
            return QStringLiteral("cannot list the groups of user %1").arg(uid);
    }
    groups.resize(size_t(count));
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    account->uid = pw.pw_uid;
    account->gid = pw.pw_gid;
    account->groups.assign(groups.begin(), groups.end());
    return {};
}

namespace {

void buildPlan(const LaunchSpec &spec, const PrivateEtc &etc, ExecPlan &plan)
{
    for (const QString &arg : spec.argv)
        plan.args.push_back(QFile::encodeName(arg).toStdString());
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it)
        plan.env.push_back(
            (QFile::encodeName(it.key()) + '=' + QFile::encodeName(it.value())).toStdString());
    plan.cwd = QFile::encodeName(spec.cwd).toStdString();
    for (const PrivateEtc::Bind &bind : etc.binds())
        plan.binds.push_back({ QFile::encodeName(bind.source).toStdString(),
            QFile::encodeName(bind.target).toStdString() });
}

struct Failure {
    LaunchError kind;
    QString message;
};

Failure describe(const Report &report, const LaunchSpec &spec, const ExecPlan &plan)
{
    const QString why = qt_error_string(report.error);
    const QString program = shown(spec.argv.value(0));
    switch (report.stage) {
    case Stage::Exec:
        if (report.error == ENOENT || report.error == ENOTDIR)
            return { LaunchError::NoSuchProgram,
                QStringLiteral("program %1 was not found").arg(program) };
        if (report.error == EACCES)
            return { LaunchError::NotExecutable,
                QStringLiteral("program %1 is not executable: %2").arg(program, why) };
        return { LaunchError::NotExecutable,
            QStringLiteral("program %1 cannot be run: %2").arg(program, why) };
    case Stage::ExecInterpreter:
        return {
            LaunchError::NotExecutable,
            QStringLiteral("program %1 cannot be run: its interpreter was not found").arg(program)
        };
    case Stage::WorkingDirectory:
        return { LaunchError::BadWorkingDirectory,
            QStringLiteral("cannot enter working directory %1: %2").arg(shown(spec.cwd), why) };
    case Stage::Groups:
    case Stage::Gid:
    case Stage::Uid:
    case Stage::Capabilities:
    case Stage::VerifyCredentials:
        return { LaunchError::CredentialsFailed,
            QStringLiteral("cannot switch to user %1: %2").arg(spec.uid).arg(why) };
    case Stage::Plan:
        return { LaunchError::Other,
            QStringLiteral("the launch supervisor could not read its instructions: %1").arg(why) };
    case Stage::JoinNetwork:
        return { LaunchError::Other,
            QStringLiteral("cannot join the network namespace: %1").arg(why) };
    case Stage::NewMountNamespace:
    case Stage::SlavePropagation:
        return { LaunchError::Other,
            QStringLiteral("cannot make a private mount namespace: %1").arg(why) };
    case Stage::Bind: {
        const size_t i = size_t(report.value);
        const QString target = i < plan.binds.size()
            ? QFile::decodeName(QByteArray::fromStdString(plan.binds[i].target))
            : QStringLiteral("a file");
        return { LaunchError::Other,
            QStringLiteral("cannot replace %1 inside the namespace: %2").arg(target, why) };
    }
    case Stage::Stdio: {
        static const char *const names[]
            = { "standard input", "standard output", "standard error" };
        const char *name = names[std::clamp(report.value, 0, 2)];
        return { LaunchError::Other,
            QStringLiteral("cannot pass %1 to the program: %2").arg(QLatin1String(name), why) };
    }
    default:
        return { LaunchError::Other,
            QStringLiteral("cannot start program %1 (step %2): %3")
                .arg(program)
                .arg(int(report.stage))
                .arg(why) };
    }
}

enum class ReadResult { Message, End, TimedOut };

// The wait is bounded: chdir() or execve() on a path in the user's own FUSE
// mount could block for as long as the user likes, and the helper's event
// loop must not block with it.
ReadResult readReport(int fd, Report *report, const QDeadlineTimer &deadline)
{
    for (;;) {
        pollfd watched = { fd, POLLIN, 0 };
        const int ready = poll(&watched, 1, int(qMin<qint64>(deadline.remainingTime(), INT_MAX)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return ReadResult::TimedOut;
        const ssize_t n = read(fd, report, sizeof *report);
        if (n < 0 && errno == EINTR)
            continue;
        return n == ssize_t(sizeof *report) ? ReadResult::Message : ReadResult::End;
    }
}

void waitBlocking(pid_t pid)
{
    while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) { }
}

// A supervisor for `spec`, holding `fds` (the plan message): the spare if
// there is one, else one started now; a spare that died while it waited is
// replaced by a fresh one.
std::unique_ptr<SupervisorProcess> supervisorFor(const LaunchSpec &spec, const int (&fds)[6],
                                                 QString *error)
{
    const QString path
        = spec.supervisorPath.isEmpty() ? Launch::defaultSupervisorPath() : spec.supervisorPath;
    const bool spare = spec.spares && spec.spares->path() == path;
    for (int attempt = spare ? 0 : 1; attempt < 2; ++attempt) {
        std::unique_ptr<SupervisorProcess> supervisor
            = attempt == 0 ? spec.spares->take(error) : SupervisorProcess::spawn(path, error);
        if (!supervisor)
            return nullptr;
        if (supervisor->sendPlan(fds[0], fds[1], fds[2], fds[3], fds[4], fds[5]))
            return supervisor;
        *error = QStringLiteral("cannot hand the launch over to the launch supervisor: %1")
                     .arg(qt_error_string(errno));
    }
    return nullptr;
}

} // namespace

// glibc 2.36's <sys/pidfd.h> lacks extern "C", so C++ cannot link to it.
int openPidFd(pid_t pid)
{
    return int(syscall(SYS_pidfd_open, pid, 0));
}

PreparedLaunch::PreparedLaunch(const LaunchSpec &spec)
    : m_spec(spec)
{
}

PreparedLaunch::~PreparedLaunch()
{
    m_supervisor.reset(); // before the files it may still be binding
    if (m_reportRead >= 0)
        close(m_reportRead);
    if (m_statusRead >= 0)
        close(m_statusRead);
}

std::unique_ptr<PreparedLaunch> PreparedLaunch::prepare(
    const LaunchSpec &spec, QString *error, LaunchError *kind)
{
    auto failWith = [&](LaunchError k, const QString &message) {
        *kind = k;
        *error = message;
        return nullptr;
    };
    *kind = LaunchError::None;
    if (spec.argv.isEmpty() || !spec.argv.first().startsWith(u'/'))
        return failWith(LaunchError::NoSuchProgram,
            QStringLiteral("the program must be given as an absolute path"));
    if (spec.stdinFd < 0 || spec.stdoutFd < 0 || spec.stderrFd < 0)
        return failWith(LaunchError::Other, QStringLiteral("a standard stream is not open"));

    std::unique_ptr<PreparedLaunch> launch(new PreparedLaunch(spec));
    // Looked up already, or now (which also refuses root).
    Account account;
    if (spec.uid != 0 && spec.account && spec.account->uid == spec.uid)
        account = *spec.account;
    else if (QString why = lookUpAccount(spec.uid, &account); !why.isEmpty())
        return failWith(LaunchError::CredentialsFailed, why);
    ExecPlan &plan = launch->m_plan;
    plan.uid = account.uid;
    plan.gid = account.gid;
    plan.groups.assign(account.groups.begin(), account.groups.end());

    QFile hostNsswitch(spec.hostNsswitchPath);
    if (!hostNsswitch.open(QIODevice::ReadOnly))
        return failWith(LaunchError::Other,
            QStringLiteral("cannot read %1: %2")
                .arg(spec.hostNsswitchPath, hostNsswitch.errorString()));
    // Removed with this object: by then the mounts keep the files alive, and
    // no state is left on disk for a helper restart to clean up.
    const PrivateEtc::Contents contents { spec.resolvConf, spec.gaiConf,
        namespaceNsswitch(hostNsswitch.read(1 << 20)) };
    if (QString why = launch->m_etc.create(spec.runDir, spec.id, contents, spec.hiddenSockets);
        !why.isEmpty())
        return failWith(LaunchError::Other, why);
    buildPlan(spec, launch->m_etc, plan);

    auto failed = [&](const QString &what) {
        return failWith(LaunchError::Other, what.arg(qt_error_string(errno)));
    };
    // The plan travels in a memfd: no pipe to fill, no SIGPIPE if the
    // supervisor dies early.
    const std::string blob = encodePlan(plan);
    const int planFd = memfd_create("lifeline-launch-plan", MFD_CLOEXEC);
    if (planFd < 0 || write(planFd, blob.data(), blob.size()) != ssize_t(blob.size())) {
        if (planFd >= 0)
            close(planFd);
        return failed(QStringLiteral("cannot hand the launch over: %1"));
    }
    int reportPipe[2] = { -1, -1 };
    int statusPipe[2] = { -1, -1 };
    if (pipe2(reportPipe, O_CLOEXEC) != 0 || pipe2(statusPipe, O_CLOEXEC) != 0) {
        const int pipeError = errno;
        for (const int fd : { planFd, reportPipe[0], reportPipe[1] })
            if (fd >= 0)
                close(fd);
        errno = pipeError;
        return failed(QStringLiteral("cannot create a pipe: %1"));
    }
    launch->m_reportRead = reportPipe[0];
    launch->m_statusRead = statusPipe[0];
    const int handed[] = { planFd, reportPipe[1], statusPipe[1], spec.stdinFd, spec.stdoutFd,
                           spec.stderrFd };
    QString why;
    launch->m_supervisor = supervisorFor(spec, handed, &why);
    // Only the supervisor (and the program, until exec) may hold the write
    // ends now, so that end-of-file means what it says.
    for (const int fd : { planFd, reportPipe[1], statusPipe[1] })
        close(fd);
    if (!launch->m_supervisor)
        return failWith(LaunchError::Other, why);
    return launch;
}

std::unique_ptr<Launch> PreparedLaunch::start(int netnsFd, QString *error, LaunchError *kind)
{
    auto failWith = [&](LaunchError k, const QString &message) {
        *kind = k;
        *error = message;
        return nullptr;
    };
    *kind = LaunchError::None;
    if (!m_supervisor)
        return failWith(LaunchError::Other, QStringLiteral("the launch was started before"));
    if (netnsFd < 0)
        return failWith(LaunchError::Other, QStringLiteral("the network namespace is not open"));
    // A supervisor that failed already cannot take the namespace; what it
    // reported says why.
    m_supervisor->sendGo(netnsFd);
    const pid_t supervisor = m_supervisor->release();
    m_supervisor.reset(); // our end of the control socket: nothing more to say

    // "Started" from the supervisor, then end-of-file when the program's
    // copy closes at exec, or a failure report.
    pid_t program = -1;
    Report report;
    std::optional<Failure> failure;
    const QDeadlineTimer deadline(m_spec.startTimeoutMs);
    ReadResult result;
    while ((result = readReport(m_reportRead, &report, deadline)) == ReadResult::Message) {
        if (report.stage == Stage::Started)
            program = report.value;
        else if (!failure)
            failure = describe(report, m_spec, m_plan);
    }
    if (result == ReadResult::TimedOut) {
        // The supervisor leads the process group the program is in.
        kill(-supervisor, SIGKILL);
        failure = Failure { LaunchError::Other,
            QStringLiteral("program %1 did not start within %2 seconds")
                .arg(shown(m_spec.argv.value(0)))
                .arg(m_spec.startTimeoutMs / 1000.0) };
    }
    if (!failure && program <= 0)
        failure = Failure { LaunchError::Other,
            QStringLiteral("the launch supervisor ended unexpectedly") };
    const int pidFd = failure ? -1 : openPidFd(supervisor);
    if (!failure && pidFd < 0)
        failure = Failure { LaunchError::Other,
            QStringLiteral("cannot watch the launch: %1").arg(qt_error_string(errno)) };
    if (failure) {
        // The supervisor exits at once: its only child died before exec (or
        // both were killed above).
        waitBlocking(supervisor);
        return failWith(failure->kind, failure->message);
    }
    fcntl(m_statusRead, F_SETFL, O_NONBLOCK);
    const int statusFd = std::exchange(m_statusRead, -1);
    return std::unique_ptr<Launch>(new Launch(m_spec, supervisor, pidFd, statusFd, program));
}

} // namespace Lifeline
