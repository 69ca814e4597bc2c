// The launches RunIsolated made: for each, its network (namespace, veth,
// rules), its DNS forwarder and its supervised program. A launch's network
// lives exactly as long as some process of the launch does.
#pragma once

#include "Contract.h"
#include "Launch.h"
#include "NetTypes.h"
#include "LaunchAdoption.h"
#include "Request.h"
#include "SpareSupervisors.h"
#include "TunnelAdoption.h"
#include "TunnelManager.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>

namespace Lifeline {

namespace Net {
class NetContext;
}
class LaunchScopes;

class IsolatedLaunches : public QObject
{
    Q_OBJECT
public:
    // Programs one user may have running isolated at once (security rule 8).
    static constexpr int MaxLaunchesPerUser = 32;

    struct Command {
        QString mode; // validated: ipv4-only, ipv6-only or tunnel:<name>
        QStringList argv;
        StringMap env;
        QString cwd;
        int stdinFd = -1;
        int stdoutFd = -1;
        int stderrFd = -1;
        // For tunnel:<name>: the connected tunnel the program may use, and
        // nothing else.
        std::optional<TunnelManager::LaunchPath> tunnel;
    };
    struct Outcome {
        QString id;
        uint pid = 0;
        const char *errorName = nullptr; // set when the launch failed
        QString error;
    };

    // `net` is shared with the helper and outlives this object. resolvConf is
    // the host's resolver configuration, read per launch.
    IsolatedLaunches(Net::NetContext *net, QString resolvConfPath, QObject *parent = nullptr);
    ~IsolatedLaunches() override;

    // What a launch reads of the system before it makes anything: the
    // caller's account, the host's resolvers and networks. lookUp() only
    // reads, so it may run before polkit has answered (CallGate).
    struct LookUps {
        Account account;
        QString accountError; // the account could not be looked up
        QList<QHostAddress> resolvers;
        std::optional<QList<Net::Prefix>> hostPrefixes; // none when they could not be read
        qint64 takenMs = 0; // when, on the monotonic clock (QDeadlineTimer::current())

        // polkit answers a check without a prompt in milliseconds; one that
        // asked for a password can come minutes later, when networks and
        // groups may have changed: then start() reads them again.
        static constexpr qint64 MaxAgeMs = 2000;
        bool freshAt(qint64 nowMs) const { return nowMs - takenMs <= MaxAgeMs; }
    };
    LookUps lookUp(const Caller &caller) const;

    // `lookUps` from lookUp() for this caller; looked up now when null or
    // no longer fresh.
    Outcome start(const Caller &caller, const Command &command, const LookUps *lookUps = nullptr);
    // Takes over launch `id` of an earlier run of the helper, as `plan`
    // says (StartupReconcile): its network, the tunnel routing `routing`
    // that run added for it, a new DNS forwarder, and a watch on its
    // supervisor; from then on it is listed, counted and ended as any other
    // (its IsolatedExited says -1, 0: the exit status is not known; when the
    // program had exited before, it is said at once, as the predecessor may
    // not have). Its command is read from /proc: the program's, or once that
    // has exited, the oldest remaining process's. Empty when done, else why
    // not; nothing of it is then kept.
    QString adopt(const QString &id, const LaunchAdoption::Plan &plan,
        const TunnelAdoption::TaggedRouting &routing);
    IsolatedList list() const;
    // Launches running, adopted ones included; the spare supervisor (one
    // idle process, no launch yet) is not one.
    int count() const { return int(m_launches.size()); }

    // Where each launch's processes go so that they outlive the helper's
    // unit (SystemdScopes); null: nowhere (no systemd). Borrowed.
    void setScopes(LaunchScopes *scopes) { m_scopes = scopes; }
    // TEST HOOK (--test-hook-launch-delay): waits `ms` between a launch's
    // network set-up and the start of its program, blocking, so that a test
    // can kill the helper there. 0, the default, in every real use.
    void setTestDelayBeforeStart(int ms) { m_testDelayMs = ms; }

Q_SIGNALS:
    void exited(const QString &id, int exitStatus, int signal);

private:
    struct Running;
    QString newId() const;
    // A launch supervisor and a network namespace made before they are needed.
    void prepareSpares();
    void watch(const QString &id, const std::shared_ptr<Running> &running);
    void finish(const QString &id);

    Net::NetContext *m_net;
    QString m_resolvConfPath;
    SpareSupervisors m_spares;
    LaunchScopes *m_scopes = nullptr;
    int m_testDelayMs = 0;
    QHash<QString, std::shared_ptr<Running>> m_launches;
};

} // namespace Lifeline
