// Forwarding sysctls of the host namespace, switched on while at least one
// launch of a family needs them and put back exactly as found afterwards.
#pragma once

#include "NetTypes.h"

#include <QStringList>

#include <memory>

namespace Lifeline::Net {

// Files under /proc/sys (or a stand-in directory for tests). Keys are paths
// relative to the root, e.g. "net/ipv4/ip_forward". /proc/sys/net shows the
// namespace of whoever opens the file, so callers pick the namespace by the
// thread they call from.
class Sysctls
{
public:
    Sysctls() : m_root(QStringLiteral("/proc/sys")) {}
    explicit Sysctls(const QString &root) : m_root(root) {}
    // The value without its newline; *error says why when it cannot be read.
    QString read(const QString &key, QString *error) const;
    // Writes and reads back; empty on success, else why not.
    QString write(const QString &key, const QString &value) const;
    // Names under net/<ipvX>/conf: interfaces plus "all" and "default".
    QStringList confEntries(Family family) const;

private:
    QString m_root;
};

class Forwarding
{
public:
    // Reference held by one launch; the last one of a family to go restores.
    class Guard
    {
    public:
        ~Guard() { m_owner.release(m_family); }
        Guard(const Guard &) = delete;
        Guard &operator=(const Guard &) = delete;

    private:
        friend class Forwarding;
        Guard(Forwarding &owner, Family family) : m_owner(owner), m_family(family) {}
        Forwarding &m_owner;
        Family m_family;
    };

    explicit Forwarding(const Sysctls &sysctls = Sysctls()) : m_sysctls(sysctls) {}
    // Restores whatever is still changed (guards must not outlive this).
    ~Forwarding();

    // Switches forwarding on for `family` (first user) or counts one more.
    std::unique_ptr<Guard> acquire(Family family, QString *error);
    int users(Family family) const { return m_state[index(family)].users; }

private:
    struct Change {
        QString key;
        QString before;
    };
    struct State {
        int users = 0;
        QList<Change> changes; // in the order made; undone in reverse
    };
    static int index(Family family) { return family == Family::IPv4 ? 0 : 1; }
    QString enable(Family family, QList<Change> &changes);
    QString change(const QString &key, const QString &value, QList<Change> &changes);
    void snapshotForwarding(Family family, QList<Change> &changes);
    void restore(QList<Change> &changes);
    void release(Family family);

    Sysctls m_sysctls;
    State m_state[2];
};

} // namespace Lifeline::Net
