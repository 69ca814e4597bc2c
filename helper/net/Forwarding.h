// Forwarding sysctls of the host namespace, switched on while at least one
// launch of a family needs them and put back exactly as found afterwards.
// With a journal directory, what is to be put back is written there before
// anything is switched, so that the next start of the helper can put it back
// after a crash (or keep it, for the launches it adopts).
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
        // After reserve(): switches what was journalled; empty when done or
        // nothing is due. On failure drop the guard, which puts back what
        // was switched.
        QString switchOn() { return m_owner.switchOn(m_family); }

    private:
        friend class Forwarding;
        Guard(Forwarding &owner, Family family) : m_owner(owner), m_family(family) {}
        Forwarding &m_owner;
        Family m_family;
    };

    // journalDirectory: where forwarding-ipv4 / forwarding-ipv6 are kept
    // (the helper: /run/lifeline); empty: no journal.
    explicit Forwarding(const Sysctls &sysctls = Sysctls(), const QString &journalDirectory = {})
        : m_sysctls(sysctls), m_journalDirectory(journalDirectory) {}
    // Restores whatever is still changed (guards must not outlive this).
    ~Forwarding();

    // Switches forwarding on for `family` (first user) or counts one more.
    // The first user after recover() takes over what an earlier run switched
    // on, if forwarding is still on.
    std::unique_ptr<Guard> acquire(Family family, QString *error);
    // acquire() in two steps, for a caller that can read now and switch
    // later: reserve() counts the user and, for the first one, reads what
    // is to change and journals it; Guard::switchOn() then writes. Only the
    // write needs the kernel's RTNL lock (and spins while another holds it).
    // Between the two, forwarding may still be off.
    std::unique_ptr<Guard> reserve(Family family, QString *error);
    int users(Family family) const { return m_state[index(family)].users; }

    // At start-up, before launches are adopted: reads the journal an earlier
    // run left. One line per family found, and per problem with the journal
    // (an unreadable or malformed one is set aside, never half applied).
    QStringList recover();
    // After adoption: puts back what was recovered and not taken over, and
    // drops its journal. One line per family put back.
    QStringList settleRecovered();

private:
    struct Change {
        QString key;
        QString before;
        QString value; // what to write; empty: only remembered (the kernel changes it)
    };
    struct State {
        int users = 0;
        QList<Change> changes; // in the order made; undone in reverse
        QList<Change> recovered; // an earlier run's, until taken over or settled
        bool due = false; // `changes` journalled, not written yet
    };
    static int index(Family family) { return family == Family::IPv4 ? 0 : 1; }
    static QString globalKey(Family family);
    // Plans and journals; switchOn() writes.
    QString prepare(Family family);
    QString switchOn(Family family);
    QString plan(Family family, QList<Change> &changes) const;
    void restore(Family family, QList<Change> &changes);
    void release(Family family);
    QString journalPath(Family family) const;
    QString writeJournal(Family family, const QList<Change> &changes) const;
    void dropJournal(Family family) const;

    Sysctls m_sysctls;
    QString m_journalDirectory;
    State m_state[2];
};

} // namespace Lifeline::Net
