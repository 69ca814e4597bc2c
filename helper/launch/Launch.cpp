#include "Launch.h"

#include "PreparedLaunch.h"
#include "PrivateEtc.h"
#include "Supervisor.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Lifeline {

using namespace Launcher;

LaunchSpec::LaunchSpec()
    : hiddenSockets(defaultHiddenSockets())
{
}

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
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    if (spec.netnsFd < 0) {
        *kind = LaunchError::Other;
        *error = QStringLiteral("the network namespace is not open");
        return nullptr;
    }
    const std::unique_ptr<PreparedLaunch> prepared = PreparedLaunch::prepare(spec, error, kind);
    return prepared ? prepared->start(spec.netnsFd, error, kind) : nullptr;
}

namespace {

// A pidfd of `pid` if it is still the process that started at `startTime`:
// the pidfd pins the process, so checking after opening it settles a reuse.
int openChecked(const QString &procRoot, pid_t pid, quint64 startTime)
{
    if (pid <= 0)
        return -1;
    const int fd = openPidFd(pid);
    if (fd >= 0 && LaunchProcesses::startTime(procRoot, pid) != startTime) {
        close(fd);
        return -1;
    }
    return fd;
}

} // namespace

std::unique_ptr<Launch> Launch::adopt(const QString &id, uint uid, const QString &command,
    const LaunchProcesses::Found &found, QString *error, const QString &procRoot)
{
    const int supervisorFd = openChecked(procRoot, found.supervisor, found.supervisorStart);
    if (supervisorFd < 0) {
        *error = QStringLiteral("its launch supervisor (pid %1) has exited").arg(found.supervisor);
        return nullptr;
    }
    std::unique_ptr<Launch> launch(new Launch(id, uid, command, found.supervisor, supervisorFd));
    launch->m_programFd = openChecked(procRoot, found.program, found.programStart);
    if (launch->m_programFd >= 0) {
        launch->m_pid = found.program;
        launch->m_programNotifier
            = new QSocketNotifier(launch->m_programFd, QSocketNotifier::Read, launch.get());
        connect(launch->m_programNotifier, &QSocketNotifier::activated, launch.get(),
            &Launch::programGone);
    } else {
        // It ended while no helper ran, so nobody heard of it: say so now,
        // once whoever adopted us is connected.
        launch->m_exited = true;
        launch->m_exitUntold = true;
        QTimer::singleShot(0, launch.get(), &Launch::tellExit);
    }
    return launch;
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
    m_statusNotifier = new QSocketNotifier(m_statusFd, QSocketNotifier::Read, this);
    connect(m_statusNotifier, &QSocketNotifier::activated, this, &Launch::readStatus);
    watchSupervisor();
}

Launch::Launch(const QString &id, uint uid, const QString &command, pid_t supervisor, int pidFd)
    : m_id(id)
    , m_command(command)
    , m_uid(uid)
    , m_supervisorPid(supervisor)
    , m_pidFd(pidFd)
    , m_adopted(true)
{
    watchSupervisor();
}

void Launch::watchSupervisor()
{
    m_clock.start();
    // A pidfd becomes readable when the process exits.
    m_pidNotifier = new QSocketNotifier(m_pidFd, QSocketNotifier::Read, this);
    connect(m_pidNotifier, &QSocketNotifier::activated, this, &Launch::supervisorGone);
}

Launch::~Launch()
{
    delete m_statusNotifier;
    delete m_pidNotifier;
    delete m_programNotifier;
    for (const int fd : { m_statusFd, m_pidFd, m_programFd }) {
        if (fd >= 0)
            close(fd);
    }
}

void Launch::tellExit()
{
    if (!std::exchange(m_exitUntold, false))
        return;
    Q_EMIT programExited(-1, 0);
}

void Launch::programGone()
{
    if (m_programNotifier)
        m_programNotifier->setEnabled(false);
    if (m_programFd >= 0) {
        close(m_programFd);
        m_programFd = -1;
    }
    if (m_exited)
        return;
    m_exited = true;
    Q_EMIT programExited(-1, 0);
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
    if (m_exitUntold) { // before finished(), as always
        tellExit();
        if (!alive)
            return;
    }
    // Adopted: not our child, so waitid() says ECHILD; its new parent reaps it.
    siginfo_t info = {};
    while (waitid(P_PIDFD, id_t(m_pidFd), &info, WEXITED) < 0 && errno == EINTR) { }
    close(m_pidFd);
    m_pidFd = -1;
    if (!m_exited) {
        m_exited = true;
        if (!m_adopted) // since when it runs is not known
            m_runMs = m_clock.elapsed();
        Q_EMIT programExited(-1, 0);
        if (!alive)
            return;
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Lifeline
