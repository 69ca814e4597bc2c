#include "IsolatedLauncher.h"

#include "Contract.h"
#include "HelperCall.h"
#include "HelperErrors.h"
#include "LaunchPlan.h"

#include <QCoreApplication>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <fcntl.h>
#include <unistd.h>

namespace Lifeline::Tray {

namespace {

// A program still running after this is taken to run for real.
constexpr qint64 HandOffMs = 3000;
// Bounds what a chatty helper can make us remember.
constexpr qsizetype MaxEarlyExits = 64;

StringMap sessionEnvironment()
{
    StringMap map;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys)
        map.insert(key, environment.value(key));
    return map;
}

// Owns one descriptor until the call has taken its copy.
struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

IsolatedLauncher::IsolatedLauncher(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

QString IsolatedLauncher::logDirectory()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/lifeline/logs");
}

int IsolatedLauncher::openLog(const QString &fileName, QString *path)
{
    const QString directory = logDirectory();
    if (QDir().mkpath(directory)) {
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // Truncated at each launch: the log is for "why did it not start", not an archive.
        const QString file = directory + u'/' + fileName;
        const int fd = ::open(QFile::encodeName(file).constData(),
            O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd >= 0) {
            *path = file;
            return fd;
        }
    }
    path->clear();
    return ::open("/dev/null", O_WRONLY | O_CLOEXEC);
}

void IsolatedLauncher::subscribe()
{
    if (m_subscribed)
        return;
    m_subscribed = m_bus.connect(QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), QStringLiteral("IsolatedExited"), this,
        SLOT(onIsolatedExited(QString, int, int)));
}

void IsolatedLauncher::launch(const QString &mode, const DesktopEntry &entry)
{
    const LaunchPlan plan = planLaunch(entry, sessionEnvironment(), QDir::homePath());
    if (!plan.error.isEmpty()) {
        Q_EMIT failed(plan.error);
        return;
    }
    subscribe();
    QString logFile;
    const Fd in { ::open("/dev/null", O_RDONLY | O_CLOEXEC) };
    const Fd out { openLog(plan.logName, &logFile) };
    if (in.fd < 0 || out.fd < 0) {
        Q_EMIT failed(tr("%1 can't be started: /dev/null cannot be opened.").arg(entry.name));
        return;
    }
    // QDBusUnixFileDescriptor duplicates the descriptors; ours close at the end of scope.
    const QDBusPendingCall call = callHelper(m_bus, QStringLiteral("RunIsolated"),
        { mode, plan.argv, QVariant::fromValue(plan.environment), plan.workingDirectory,
            QVariant::fromValue(QDBusUnixFileDescriptor(in.fd)),
            QVariant::fromValue(QDBusUnixFileDescriptor(out.fd)),
            QVariant::fromValue(QDBusUnixFileDescriptor(out.fd)) },
        Authorisation::Interactive);
    const QString name = entry.name;
    whenFinished(call, this, [this, name, logFile](const QDBusPendingCallWatcher &watcher) {
        const QDBusPendingReply<QString, uint> reply = watcher;
        if (reply.isError()) {
            Q_EMIT failed(tr("%1 could not be started. %2").arg(name, describe(reply.error())));
            return;
        }
        const QString id = reply.argumentAt<0>();
        Running running { name, logFile, {} };
        running.clock.start();
        Q_EMIT started(name, id);
        const auto early = m_earlyExits.constFind(id);
        if (early != m_earlyExits.cend()) {
            const Exit exit = *early;
            m_earlyExits.clear();
            exited(running, exit);
            return;
        }
        m_earlyExits.clear();
        m_running.insert(id, running);
    });
}

void IsolatedLauncher::onIsolatedExited(const QString &id, int exitStatus, int signal)
{
    const auto it = m_running.find(id);
    if (it == m_running.end()) {
        // Ours, maybe, with the reply still on its way; anyone's, more likely.
        if (m_earlyExits.size() < MaxEarlyExits)
            m_earlyExits.insert(id, { exitStatus, signal });
        return;
    }
    const Running running = *it;
    m_running.erase(it);
    exited(running, { exitStatus, signal });
}

void IsolatedLauncher::exited(const Running &running, const Exit &exit)
{
    if (running.clock.elapsed() > HandOffMs)
        return;
    if (exit.status == 0 && exit.signal == 0)
        Q_EMIT handedOff(running.name);
    else
        Q_EMIT quitEarly(running.name, running.logFile);
}

} // namespace Lifeline::Tray
