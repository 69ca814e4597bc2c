// A stand-in for lifeline-helper on a private bus, for lifelinectl's tests.
// It serves the real interface (the adaptor is generated from the same XML),
// records what RunIsolated received and reports exits as it is told to, and
// keeps a small tunnel table (FakeTunnels) whose tunnels connect, fail or
// dawdle by name.
#pragma once

#include "Contract.h"
#include "FakeTunnels.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusUnixFileDescriptor>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QVariantMap>

namespace Lifeline::Test {

struct FakeHelperOptions {
    QString recordFile; // JSON of the last privileged call goes here
    QString errorName; // answer privileged calls with this error instead
    QString errorMessage;
    QString marker; // written to the stdout and stderr fds received
    int exitStatus = 0; // reported in IsolatedExited
    int signal = 0;
    bool strayExit = false; // first report an exit (or tunnel change) for another one
    bool exitBeforeReply = false; // report the exit before answering the call
    bool waitForChild = false; // report the child's real end (signals reach it)
    bool vanish = false; // drop off the bus instead of reporting an exit (or tunnel up)
    bool seedTunnels = false; // start with FakeTunnels::seed()'s tunnels
    int connectDelayMs = 300; // from connecting to up (or failed)
};

class FakeHelper : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_PROPERTY(QString Version READ version)
    Q_PROPERTY(QVariantMap Capabilities READ capabilities)
public:
    FakeHelper(const QDBusConnection &bus, FakeHelperOptions options, QObject *parent = nullptr);

    QString version() const { return QStringLiteral("fake"); }
    QVariantMap capabilities() const { return {}; }

Q_SIGNALS:
    // Relayed by the adaptor, so its signature is checked against the contract.
    void TunnelChanged(const QString &name, const QVariantMap &status);

public Q_SLOTS:
    QString RunIsolated(const QString &mode, const QStringList &argv,
        const Lifeline::StringMap &env, const QString &cwd, const QDBusUnixFileDescriptor &stdinFd,
        const QDBusUnixFileDescriptor &stdoutFd, const QDBusUnixFileDescriptor &stderrFd,
        uint &pid);
    Lifeline::IsolatedList ListIsolated() { return {}; }
    QStringList ListTunnels() { return m_tunnels.names(); }
    QVariantMap GetTunnel(const QString &name);
    void ImportTunnel(const QString &name, const QString &wgQuickConfig);
    void RemoveTunnel(const QString &name);
    void ConnectTunnel(const QString &name, const QString &families);
    void DisconnectTunnel(const QString &name);
    uint FixMtu(const QString &name);
    void SetTunnelMtu(const QString &name, const QString &mtu);
    QString CreateTunnel(const QString &name, const QVariantMap &settings);
    bool ProbeNative(const QString &family, const QString &address, ushort port);

private:
    // Records the call; false (and the error sent) when told to refuse it.
    bool privileged(const QJsonObject &record);
    bool knownTunnel(const QString &name);
    void changeTunnel(const QString &name, const QVariantMap &changes);
    void finishConnecting(const QString &name);
    void emitExited(const QString &id, int exitStatus, int signal);
    void reportExit();

    QDBusConnection m_bus;
    FakeHelperOptions m_options;
    QProcess m_child; // a real process of our own, so signals sent to its pid land
    QString m_id;
    FakeTunnels m_tunnels;
};

} // namespace Lifeline::Test
