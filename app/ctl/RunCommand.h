// `lifelinectl run`: asks the helper to start the program isolated, then
// waits for its IsolatedExited and exits with the program's status, passing
// on terminating signals meanwhile. Entirely asynchronous: the polkit agent
// may ask for a password for as long as it likes.
#pragma once

#include "LaunchRequest.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

#include <functional>

class QDBusPendingCallWatcher;

namespace Lifeline {

class SignalForwarder;

class RunCommand : public QObject {
    Q_OBJECT
public:
    RunCommand(const QDBusConnection &bus, LaunchRequest request, std::function<void(int)> done,
        QObject *parent = nullptr);
    ~RunCommand() override;

    // Reports the exit code through `done`, exactly once.
    void start();

private Q_SLOTS:
    // Connected by signature: QDBusConnection::connect takes SLOT() only.
    void onIsolatedExited(const QString &id, int exitStatus, int signal);

private:
    void onReply(QDBusPendingCallWatcher *watcher);
    void onSignal(int signalNumber);
    void onOwnerChanged(const QString &oldOwner);
    void programExited(int exitStatus, int signal);
    void forward(int signalNumber);
    void finish(int exitCode);

    struct ExitReport {
        int status = 0;
        int signal = 0;
    };

    QDBusConnection m_bus;
    LaunchRequest m_request;
    std::function<void(int)> m_done;
    SignalForwarder *m_forwarder = nullptr;
    QString m_id; // empty until the helper has answered
    uint m_pid = 0;
    int m_pidFd = -1; // pins the program, so a recycled pid is never signalled
    int m_pendingSignal = 0;
    bool m_finished = false;
    bool m_warnedAboutSignals = false;
    // Exits seen before the helper told us our id: one of them may be ours.
    QHash<QString, ExitReport> m_earlyExits;
};

} // namespace Lifeline
