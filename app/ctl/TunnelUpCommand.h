// `lifelinectl tunnel up`: asks the helper to connect, then waits for the
// tunnel's TunnelChanged until it is up (exit 0) or has failed, as long as
// the timeout allows. Subscribed before the call, so a tunnel that comes up
// before the helper's reply is not missed; the state is also fetched once the
// call returns, for a tunnel that was up already and will not change again.
#pragma once

#include "CommandLine.h"

#include <QDBusConnection>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <functional>

class QDBusPendingCallWatcher;

namespace Lifeline {

class TunnelUpCommand : public QObject {
    Q_OBJECT
public:
    TunnelUpCommand(const QDBusConnection &bus, TunnelRequest request,
        std::function<void(int)> done, QObject *parent = nullptr);

    // Reports the exit code through `done`, exactly once.
    void start();

private Q_SLOTS:
    // Connected by signature: QDBusConnection::connect takes SLOT() only.
    void onTunnelChanged(const QString &name, const QVariantMap &status);

private:
    bool subscribe();
    void onConnectReply(const QDBusPendingCallWatcher &watcher);
    void onStatusReply(const QDBusPendingCallWatcher &watcher);
    // Every status the helper sends, in the order it sent them: the last one counts.
    void update(const QVariantMap &status);
    void decide();
    void onTimeout();
    void onOwnerChanged(const QString &oldOwner);
    void finish(int exitCode);

    QDBusConnection m_bus;
    TunnelRequest m_request;
    std::function<void(int)> m_done;
    QTimer m_timeout;
    QVariantMap m_status; // the latest the helper told, plain
    bool m_accepted = false; // ConnectTunnel has returned without error
    bool m_sawConnecting = false;
    bool m_finished = false;
};

} // namespace Lifeline
