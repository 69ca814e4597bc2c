// The launches RunIsolated made: for each, its network (namespace, veth,
// rules), its DNS forwarder and its supervised program. A launch's network
// lives exactly as long as some process of the launch does.
#pragma once

#include "Contract.h"
#include "Request.h"
#include "TunnelManager.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Lifeline {

namespace Net {
class NetContext;
}

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

    Outcome start(const Caller &caller, const Command &command);
    IsolatedList list() const;
    int count() const { return int(m_launches.size()); }

Q_SIGNALS:
    void exited(const QString &id, int exitStatus, int signal);

private:
    struct Running;
    QString newId() const;
    void finish(const QString &id);

    Net::NetContext *m_net;
    QString m_resolvConfPath;
    QHash<QString, std::shared_ptr<Running>> m_launches;
};

} // namespace Lifeline
