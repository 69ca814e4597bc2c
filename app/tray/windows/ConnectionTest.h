// "Test the connection": connects a tunnel, waits until the server answers
// (a WireGuard handshake) or the helper reports a failure, says which in
// words, and disconnects again unless the person wants to keep it. A tunnel
// that was already up is only looked at, never disconnected.
// All calls asynchronous; waiting is timers and signals, never a nested loop.
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

class QDBusPendingCallWatcher;

namespace Lifeline::Windows {

class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(const QDBusConnection &bus, QObject *parent = nullptr);

    void start(const QString &name);
    bool isRunning() const { return !m_name.isEmpty(); }
    // Read when the test ends: leave a tunnel the test connected up.
    void setKeepConnected(bool keep) { m_keep = keep; }

    // How long the server gets to answer, from the start; a setting for tests.
    void setDeadline(int milliseconds) { m_deadline.setInterval(milliseconds); }

Q_SIGNALS:
    void progress(const QString &sentence);
    // Once per start(), after any disconnect has been answered.
    void finished(bool passed, const QString &sentence);

private Q_SLOTS:
    void onTunnelChanged(const QString &name, const QVariantMap &status);

private:
    void subscribe(bool on);
    void onFirstStatus(const QDBusPendingCallWatcher &watcher);
    void onConnected(const QDBusPendingCallWatcher &watcher);
    void askStatus();
    void judge(const QVariantMap &status);
    void conclude(bool passed, const QString &sentence, bool disconnect);

    QDBusConnection m_bus;
    QString m_name;
    bool m_keep = false;
    bool m_connectedByUs = false;
    bool m_connectAnswered = false;
    QTimer m_deadline;
    QTimer m_poll; // the handshake shows up in GetTunnel, not always in a signal
};

} // namespace Lifeline::Windows
