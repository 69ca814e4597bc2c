#include "Launch.h"

#include "PrivateEtc.h"
#include "Supervisor.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QPointer>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Lifeline {

using namespace Launcher;

LaunchSpec::LaunchSpec()
    : hiddenSockets(defaultHiddenSockets())
{
}

namespace {

// A caller's string inside an error message: bounded, control characters
// made visible so they cannot forge log lines.
QString shown(const QString &value)
{
    QString text = value.left(200);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    return text;
}

// Name, primary group and supplementary groups of `uid`, looked up here in
// the parent: NSS may allocate, load modules or talk to daemons.
QString lookUpUser(uint uid, ExecPlan &plan)
{
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
    plan.uid = pw.pw_uid;
    plan.gid = pw.pw_gid;

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
    plan.groups = std::move(groups);
    return {};
}

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

// Closes a list of descriptors when it goes out of scope.
struct FdList {
    std::vector<int> fds;
    int add(int fd)
    {
        if (fd >= 0)
            fds.push_back(fd);
        return fd;
    }
    ~FdList()
    {
        for (const int fd : fds)
            close(fd);
    }
};

// Starts the supervisor executable with the descriptors of Launcher::Fd in
// place and nothing else: posix_spawn, because fork() would copy the whole
// helper into a process that lives as long as the app. Returns its pid, or
// -1 with errno set.
pid_t spawnSupervisor(const QString &path, const int (&sources)[Fd::Last - Fd::First + 1])
{
    constexpr int count = Fd::Last - Fd::First + 1;
    // Lift every source above the target range first: a source may already
    // sit on a number another one is to be moved to.
    FdList lifted;
    for (int i = 0; i < count; ++i) {
        if (lifted.add(fcntl(sources[i], F_DUPFD_CLOEXEC, Fd::Last + 1)) < 0)
            return -1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    for (int i = 0; i < count; ++i)
        posix_spawn_file_actions_adddup2(&actions, lifted.fds[size_t(i)], Fd::First + i);
    posix_spawn_file_actions_addclosefrom_np(&actions, Fd::Last + 1);
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
    if (rc != 0) {
        errno = rc;
        return -1;
    }
    return pid;
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

// glibc 2.36's <sys/pidfd.h> lacks extern "C", so C++ cannot link to it.
int openPidFd(pid_t pid)
{
    return int(syscall(SYS_pidfd_open, pid, 0));
}

void waitBlocking(pid_t pid)
{
    while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) { }
}

// A supervisor that got as far as exec'ing the program.
struct Running {
    pid_t supervisor = -1;
    int pidFd = -1;
    int statusFd = -1;
    pid_t program = -1;
};

// Spawns the supervisor with `plan` and waits until the program was exec'd
// (end-of-file on the CLOEXEC report pipe) or a failure was reported.
std::optional<Failure> supervise(const LaunchSpec &spec, const ExecPlan &plan, Running &running)
{
    auto failed = [](const QString &what) {
        return Failure { LaunchError::Other, what.arg(qt_error_string(errno)) };
    };
    // The plan travels in a memfd: no pipe to fill, no SIGPIPE if the
    // supervisor dies early.
    FdList fds;
    const std::string blob = encodePlan(plan);
    const int planFd = fds.add(memfd_create("lifeline-launch-plan", MFD_CLOEXEC));
    if (planFd < 0 || write(planFd, blob.data(), blob.size()) != ssize_t(blob.size()))
        return failed(QStringLiteral("cannot hand the launch over: %1"));
    int reportPipe[2];
    int statusPipe[2];
    if (pipe2(reportPipe, O_CLOEXEC) != 0)
        return failed(QStringLiteral("cannot create a pipe: %1"));
    fds.add(reportPipe[0]);
    fds.add(reportPipe[1]);
    if (pipe2(statusPipe, O_CLOEXEC) != 0)
        return failed(QStringLiteral("cannot create a pipe: %1"));
    fds.add(statusPipe[1]);
    FdList statusRead; // handed to the Launch on success
    statusRead.add(statusPipe[0]);

    const QString path
        = spec.supervisorPath.isEmpty() ? Launch::defaultSupervisorPath() : spec.supervisorPath;
    const pid_t supervisor = spawnSupervisor(path,
        { planFd, reportPipe[1], statusPipe[1], spec.netnsFd, spec.stdinFd, spec.stdoutFd,
            spec.stderrFd });
    if (supervisor < 0)
        return failed(QStringLiteral("cannot start %1: %2").arg(path));
    // Only the supervisor (and the program, until exec) may hold the write
    // ends, so that end-of-file means what it says.
    close(reportPipe[1]);
    close(statusPipe[1]);
    fds.fds = { planFd, reportPipe[0] };

    // "Started" from the supervisor, then end-of-file when the program's
    // copy closes at exec, or a failure report.
    pid_t program = -1;
    Report report;
    std::optional<Failure> failure;
    const QDeadlineTimer deadline(spec.startTimeoutMs);
    ReadResult result;
    while ((result = readReport(reportPipe[0], &report, deadline)) == ReadResult::Message) {
        if (report.stage == Stage::Started)
            program = report.value;
        else if (!failure)
            failure = describe(report, spec, plan);
    }
    if (result == ReadResult::TimedOut) {
        // The supervisor leads the process group the program is in.
        kill(-supervisor, SIGKILL);
        failure = Failure { LaunchError::Other,
            QStringLiteral("program %1 did not start within %2 seconds")
                .arg(shown(spec.argv.value(0)))
                .arg(spec.startTimeoutMs / 1000.0) };
    }
    if (!failure && program <= 0)
        failure = Failure { LaunchError::Other,
            QStringLiteral("the launch supervisor ended unexpectedly") };
    const int pidFd = failure ? -1 : openPidFd(supervisor);
    if (!failure && pidFd < 0)
        failure = failed(QStringLiteral("cannot watch the launch: %1"));
    if (failure) {
        // The supervisor exits at once: its only child died before exec (or
        // both were killed above).
        waitBlocking(supervisor);
        return failure;
    }
    fcntl(statusPipe[0], F_SETFL, O_NONBLOCK);
    statusRead.fds.clear();
    running = { supervisor, pidFd, statusPipe[0], program };
    return std::nullopt;
}

} // namespace

QString Launch::defaultSupervisorPath()
{
    const QString name = QStringLiteral("lifeline-launch-supervisor");
    const QString dir = QCoreApplication::applicationDirPath();
    const QString installed = dir + u'/' + name;
    return QFile::exists(installed) ? installed : dir + QStringLiteral("/launch/") + name;
}

std::unique_ptr<Launch> Launch::start(const LaunchSpec &spec, QString *error, LaunchError *kind)
{
    LaunchError ignoredKind;
    if (!kind)
        kind = &ignoredKind;
    auto failWith = [&](LaunchError k, const QString &message) {
        *kind = k;
        if (error)
            *error = message;
        return nullptr;
    };
    *kind = LaunchError::None;
    if (spec.argv.isEmpty() || !spec.argv.first().startsWith(u'/'))
        return failWith(LaunchError::NoSuchProgram,
            QStringLiteral("the program must be given as an absolute path"));
    if (spec.netnsFd < 0 || spec.stdinFd < 0 || spec.stdoutFd < 0 || spec.stderrFd < 0)
        return failWith(
            LaunchError::Other, QStringLiteral("the namespace or a standard stream is not open"));

    ExecPlan plan;
    if (QString why = lookUpUser(spec.uid, plan); !why.isEmpty())
        return failWith(LaunchError::CredentialsFailed, why);

    QFile hostNsswitch(spec.hostNsswitchPath);
    if (!hostNsswitch.open(QIODevice::ReadOnly))
        return failWith(LaunchError::Other,
            QStringLiteral("cannot read %1: %2")
                .arg(spec.hostNsswitchPath, hostNsswitch.errorString()));
    // Removed when start() returns: the mounts keep the files alive, and no
    // state is left on disk for a helper restart to clean up.
    PrivateEtc etc;
    const PrivateEtc::Contents contents { spec.resolvConf, spec.gaiConf,
        namespaceNsswitch(hostNsswitch.read(1 << 20)) };
    if (QString why = etc.create(spec.runDir, spec.id, contents, spec.hiddenSockets);
        !why.isEmpty())
        return failWith(LaunchError::Other, why);
    buildPlan(spec, etc, plan);

    Running running;
    if (const std::optional<Failure> failure = supervise(spec, plan, running))
        return failWith(failure->kind, failure->message);
    return std::unique_ptr<Launch>(
        new Launch(spec, running.supervisor, running.pidFd, running.statusFd, running.program));
}

Launch::Launch(const LaunchSpec &spec, pid_t supervisor, int pidFd, int statusFd, pid_t program)
    : m_id(spec.id)
    , m_command(spec.argv.join(u' '))
    , m_uid(spec.uid)
    , m_supervisorPid(supervisor)
    , m_pid(program)
    , m_pidFd(pidFd)
    , m_statusFd(statusFd)
{
    m_clock.start();
    m_statusNotifier = new QSocketNotifier(m_statusFd, QSocketNotifier::Read, this);
    connect(m_statusNotifier, &QSocketNotifier::activated, this, &Launch::readStatus);
    // A pidfd becomes readable when the process exits.
    m_pidNotifier = new QSocketNotifier(m_pidFd, QSocketNotifier::Read, this);
    connect(m_pidNotifier, &QSocketNotifier::activated, this, &Launch::supervisorGone);
}

Launch::~Launch()
{
    delete m_statusNotifier;
    delete m_pidNotifier;
    if (m_statusFd >= 0)
        close(m_statusFd);
    if (m_pidFd >= 0)
        close(m_pidFd);
}

void Launch::readStatus()
{
    if (m_statusFd < 0)
        return;
    ExitReport exit;
    ssize_t n;
    while ((n = read(m_statusFd, &exit, sizeof exit)) < 0 && errno == EINTR) { }
    if (n < 0 && errno == EAGAIN)
        return;
    // One message, then end-of-file: either way this pipe is done.
    m_statusNotifier->setEnabled(false);
    close(m_statusFd);
    m_statusFd = -1;
    if (n != ssize_t(sizeof exit) || m_exited)
        return;
    m_exited = true;
    m_runMs = m_clock.elapsed();
    const int status = exit.waitStatus;
    if (WIFSIGNALED(status))
        Q_EMIT programExited(0, WTERMSIG(status));
    else
        Q_EMIT programExited(WEXITSTATUS(status), 0);
}

void Launch::supervisorGone()
{
    m_pidNotifier->setEnabled(false);
    const QPointer<Launch> alive(this);
    // The status message was written before the supervisor exited, but the
    // notifiers may fire in either order.
    readStatus();
    if (!alive)
        return;
    siginfo_t info = {};
    while (waitid(P_PIDFD, id_t(m_pidFd), &info, WEXITED) < 0 && errno == EINTR) { }
    close(m_pidFd);
    m_pidFd = -1;
    if (!m_exited) {
        m_exited = true;
        m_runMs = m_clock.elapsed();
        Q_EMIT programExited(-1, 0);
        if (!alive)
            return;
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Lifeline
