// A stand-in for lifeline-helper inside the GUI test's process, on a private
// bus: serves the real interface (adaptor generated from the contract XML),
// records every call with its arguments and interactive flag, and keeps a
// small tunnel table that connects at once with a handshake.
#pragma once

#include "Contract.h"

#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace Lifeline::Test {

class WindowsFakeHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_PROPERTY(QString Version READ version)
    Q_PROPERTY(QVariantMap Capabilities READ capabilities)
public:
    struct Call {
        QString member;
        QVariantList arguments;
        bool interactive = false;
    };

    static constexpr auto PublicKey = "q5KqDNrS7Wk3xmOc0t5n4DnJqH0C7/7Pz6QvYPhDlEY=";

    explicit WindowsFakeHelper(QObject *parent = nullptr);

    QString version() const { return QStringLiteral("fake"); }
    QVariantMap capabilities() const { return {}; }

    // The next call of `member` is refused with this error.
    void refuseNext(const QString &member, const QString &errorName, const QString &message);
    const QList<Call> &calls() const { return m_calls; }
    QList<Call> callsOf(const QString &member) const;
    // No tunnels, no calls, no refusals; nothing is signalled.
    void reset();
    void setTunnel(const QString &name, const QVariantMap &status);

Q_SIGNALS:
    void TunnelChanged(const QString &name, const QVariantMap &status);

public Q_SLOTS:
    QStringList ListTunnels();
    QVariantMap GetTunnel(const QString &name);
    void ImportTunnel(const QString &name, const QString &wgQuickConfig);
    QString CreateTunnel(const QString &name, const QVariantMap &settings);
    void RemoveTunnel(const QString &name);
    void ConnectTunnel(const QString &name, const QString &families);
    void DisconnectTunnel(const QString &name);
    void SetTunnelMtu(const QString &name, const QString &mtu);
    // Not used by the windows: recorded and refused, so a stray call shows.
    uint FixMtu(const QString &name);
    bool ProbeNative(const QString &family, const QString &address, ushort port);
    QString RunIsolated(const QString &mode, const QStringList &argv, const Lifeline::StringMap &env,
        const QString &cwd, const QDBusUnixFileDescriptor &stdinFd,
        const QDBusUnixFileDescriptor &stdoutFd, const QDBusUnixFileDescriptor &stderrFd,
        uint &pid);
    Lifeline::IsolatedList ListIsolated();

private:
    void refuseUnused(const QVariantList &arguments);
    // Records the call; false (and the error sent) when it is to be refused.
    bool record(const QVariantList &arguments);
    bool known(const QString &name);
    void change(const QString &name, const QVariantMap &changes);

    QList<Call> m_calls;
    QHash<QString, std::pair<QString, QString>> m_refusals;
    QHash<QString, QVariantMap> m_tunnels;
};

} // namespace Lifeline::Test
