#include "RunCommand.h"

#include "HelperErrors.h"

#include "Contract.h"
#include "ExitCodes.h"
#include "Output.h"
#include "SignalForwarder.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusUnixFileDescriptor>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/syscall.h>
#include <unistd.h>
#include <utility>

namespace Lifeline {

namespace {

// polkit's agent may wait for a password; D-Bus's default 25 s is far too short.
constexpr int CallTimeoutMs = 15 * 60 * 1000;
// Bounds what a chatty helper can make us remember before it answers.
constexpr qsizetype MaxEarlyExits = 256;

// The caller's own stdio; a closed one becomes /dev/null, as a shell would.
QDBusUnixFileDescriptor stdioDescriptor(int fd)
{
    if (::fcntl(fd, F_GETFD) != -1)
        return QDBusUnixFileDescriptor(fd);
    const int null = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    QDBusUnixFileDescriptor descriptor(null);
    if (null >= 0)
        ::close(null);
    return descriptor;
}

int openPidFd(uint pid)
{
#ifdef SYS_pidfd_open
    return static_cast<int>(::syscall(SYS_pidfd_open, static_cast<pid_t>(pid), 0));
#else
    Q_UNUSED(pid);
    return -1;
#endif
}

} // namespace

RunCommand::RunCommand(const QDBusConnection &bus, LaunchRequest request,
    std::function<void(int)> done, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_request(std::move(request))
    , m_done(std::move(done))
    , m_forwarder(new SignalForwarder(this))
{
}

RunCommand::~RunCommand()
{
    if (m_pidFd >= 0)
        ::close(m_pidFd);
}

void RunCommand::start()
{
    if (!m_bus.connectionCapabilities().testFlag(QDBusConnection::UnixFileDescriptorPassing)) {
        Output::error(QCoreApplication::translate(
            "lifelinectl", "the system bus cannot pass this terminal on to the program"));
        finish(Lifeline::Exit::Failed);
        return;
    }
    // Before the call: a signal that comes in meanwhile is kept for later.
    if (const QString error = m_forwarder->start({ SIGINT, SIGTERM, SIGHUP, SIGQUIT });
        !error.isEmpty()) {
        Output::error(error);
        finish(Lifeline::Exit::Failed);
        return;
    }
    connect(m_forwarder, &SignalForwarder::received, this, &RunCommand::onSignal);

    const QString service = QString::fromLatin1(ServiceName);
    const QString path = QString::fromLatin1(ObjectPath);
    const QString interface = QString::fromLatin1(InterfaceName);
    // Subscribed before the call is sent, so the program's exit cannot be missed.
    if (!m_bus.connect(service, path, interface, QStringLiteral("IsolatedExited"), this,
            SLOT(onIsolatedExited(QString, int, int)))) {
        Output::error(
            QCoreApplication::translate("lifelinectl", "cannot listen to Lifeline's helper: %1")
                .arg(m_bus.lastError().message()));
        finish(Lifeline::Exit::HelperUnavailable);
        return;
    }
    auto *watcher
        = new QDBusServiceWatcher(service, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
        [this](const QString &, const QString &oldOwner, const QString &) {
            onOwnerChanged(oldOwner);
        });

    QDBusMessage call
        = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("RunIsolated"));
    call << m_request.mode << m_request.argv << QVariant::fromValue(m_request.environment)
         << m_request.workingDirectory << QVariant::fromValue(stdioDescriptor(STDIN_FILENO))
         << QVariant::fromValue(stdioDescriptor(STDOUT_FILENO))
         << QVariant::fromValue(stdioDescriptor(STDERR_FILENO));
    call.setInteractiveAuthorizationAllowed(true);
    auto *pending = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, &RunCommand::onReply);
}

void RunCommand::onReply(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<QString, uint> reply = *watcher;
    if (reply.isError()) {
        // The helper could not find the program (e.g. it is not visible to
        // root, or vanished since we looked): like env(1), that is 127.
        const bool missing = Lifeline::classify(reply.error()) == Lifeline::Failure::NotFound;
        const int code = Output::helperFailure(reply.error());
        finish(missing ? Lifeline::Exit::NoSuchCommand : code);
        return;
    }
    m_id = reply.argumentAt<0>();
    m_pid = reply.argumentAt<1>();
    if (m_id.isEmpty() || m_pid == 0 || m_pid > uint(std::numeric_limits<pid_t>::max())) {
        Output::error(QCoreApplication::translate(
            "lifelinectl", "Lifeline's helper gave an answer that makes no sense"));
        finish(Lifeline::Exit::Failed);
        return;
    }
    m_pidFd = openPidFd(m_pid);

    const auto early = m_earlyExits.constFind(m_id);
    if (early != m_earlyExits.cend()) {
        programExited(early->status, early->signal);
        return;
    }
    m_earlyExits.clear();
    if (m_pendingSignal != 0)
        forward(std::exchange(m_pendingSignal, 0));
}

void RunCommand::onIsolatedExited(const QString &id, int exitStatus, int signal)
{
    if (m_finished)
        return;
    if (m_id.isEmpty()) {
        if (m_earlyExits.size() < MaxEarlyExits)
            m_earlyExits.insert(id, { exitStatus, signal });
        return;
    }
    if (id == m_id)
        programExited(exitStatus, signal);
}

void RunCommand::programExited(int exitStatus, int signal)
{
    // What a shell reports for a killed child, so scripts can tell.
    finish(signal > 0 ? 128 + signal : exitStatus);
}

void RunCommand::onSignal(int signalNumber)
{
    if (m_finished)
        return;
    if (m_pid != 0) {
        forward(signalNumber);
        return;
    }
    // Not started yet (polkit may be asking for a password): pass it on once
    // the program runs; a second one means the person gives up waiting.
    if (m_pendingSignal == 0) {
        m_pendingSignal = signalNumber;
        Output::error(QCoreApplication::translate("lifelinectl",
            "waiting for the program to start, to pass the signal on; "
            "send it again to stop waiting"));
        return;
    }
    Output::error(
        QCoreApplication::translate("lifelinectl", "stopped waiting; the program may still start"));
    finish(128 + signalNumber);
}

void RunCommand::forward(int signalNumber)
{
    int result = -1;
#ifdef SYS_pidfd_send_signal
    if (m_pidFd >= 0)
        result
            = static_cast<int>(::syscall(SYS_pidfd_send_signal, m_pidFd, signalNumber, nullptr, 0));
    else
#endif
        result = ::kill(static_cast<pid_t>(m_pid), signalNumber);
    // ESRCH: it has just exited; its IsolatedExited is on its way.
    if (result != 0 && errno != ESRCH && !m_warnedAboutSignals) {
        m_warnedAboutSignals = true;
        Output::error(QCoreApplication::translate(
            "lifelinectl", "cannot pass the signal on to the program: %1")
                          .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
}

void RunCommand::onOwnerChanged(const QString &oldOwner)
{
    // Before the helper answers, its disappearance arrives as the call's error.
    if (m_finished || m_id.isEmpty() || oldOwner.isEmpty())
        return;
    Output::error(QCoreApplication::translate("lifelinectl",
        "Lifeline's helper stopped while the program was running; "
        "its exit status is unknown"));
    finish(Lifeline::Exit::HelperUnavailable);
}

void RunCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_done(exitCode);
}

} // namespace Lifeline
