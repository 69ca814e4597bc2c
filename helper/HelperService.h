// The object behind /io/github/lifeline/Helper1. The generated adaptor calls
// these members; each privileged one goes authorise → validate → act → reply.
#pragma once

#include "CallGate.h"
#include "Contract.h"
#include "IsolatedLaunches.h"
#include "NativeProbes.h"
#include "TunnelManager.h"

#include <QDBusContext>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QVariantMap>

namespace Lifeline {

class HelperService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_PROPERTY(QString Version READ version)
    Q_PROPERTY(QVariantMap Capabilities READ capabilities)

public:
    struct Options {
        QString configDir;
        QVariantMap capabilities;
        // Null where isolated launches cannot work (unit tests of the bus side).
        IsolatedLaunches *launches = nullptr;
        // Null where tunnels cannot work: the tunnel methods then answer
        // Unavailable after authorising and validating.
        TunnelManager *tunnels = nullptr;
    };

    HelperService(const QDBusConnection &bus, Authoriser *authoriser, Options options,
                  QObject *parent = nullptr);

    QString version() const;
    QVariantMap capabilities() const { return m_options.capabilities; }
    // Requests waiting for authorisation (the idle exit asks).
    const CallGate &gate() const { return m_gate; }

public Q_SLOTS:
    QStringList ListTunnels();
    QVariantMap GetTunnel(const QString &name);
    void ImportTunnel(const QString &name, const QString &wgQuickConfig);
    QString CreateTunnel(const QString &name, const QVariantMap &settings);
    void RemoveTunnel(const QString &name);
    void ConnectTunnel(const QString &name, const QString &families);
    void DisconnectTunnel(const QString &name);
    uint FixMtu(const QString &name);
    void SetTunnelMtu(const QString &name, const QString &mtu);
    bool ProbeNative(const QString &family, const QString &address, ushort port);
    QString RunIsolated(const QString &mode, const QStringList &argv,
                        const Lifeline::StringMap &env, const QString &cwd,
                        const QDBusUnixFileDescriptor &stdinFd,
                        const QDBusUnixFileDescriptor &stdoutFd,
                        const QDBusUnixFileDescriptor &stderrFd, uint &pid);
    Lifeline::IsolatedList ListIsolated();

Q_SIGNALS:
    void TunnelChanged(const QString &name, const QVariantMap &status);
    void IsolatedExited(const QString &id, int exitStatus, int signal);

private:
    // Replies later: first polkit, then `act` with the request and the caller.
    void privileged(const char *polkitAction, CallGate::Action act, CallGate::LookUp lookUp = {});
    // The privileged methods whose work is not built yet: authorise and
    // validate for real, then say so.
    void notYetAvailable(const char *polkitAction, const QString &validationError);
    // A tunnel method: authorise, refuse `validationError` if any, then `act`
    // on the tunnels and reply with its outcome.
    using TunnelDone = std::function<void(const TunnelManager::Outcome &)>;
    using TunnelAct = std::function<void(TunnelManager &, const TunnelDone &)>;
    void tunnelAction(const char *polkitAction, const QString &validationError, TunnelAct act);

    CallGate m_gate;
    Options m_options;
    NativeProbes m_probes;
};

} // namespace Lifeline
