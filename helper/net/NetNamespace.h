// A named network namespace registered under /run/netns the way
// `ip netns add` does, so `ip netns` (in the helper's mount namespace) sees
// it. The owner removes the name when destroyed; the namespace itself lives
// on while anything still holds it (a process inside, an open fd).
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Lifeline::Net {

class NetNamespace
{
public:
    // A new namespace registered as `name`, which must be a safe file name
    // (the caller builds it from a validated id).
    static std::unique_ptr<NetNamespace> create(const QString &name, QString *error);
    // Registers the namespace the calling thread is in as `name`: for a
    // thread that left the host's namespace for good (see SpareNamespace).
    static std::unique_ptr<NetNamespace> registerCurrent(const QString &name, QString *error);
    // Takes over the namespace an earlier run of the helper registered as
    // `name`; the owner removes the name when destroyed, as for one made here.
    static std::unique_ptr<NetNamespace> open(const QString &name, QString *error);
    ~NetNamespace();
    NetNamespace(const NetNamespace &) = delete;
    NetNamespace &operator=(const NetNamespace &) = delete;

    QString name() const { return m_name; }
    QString path() const;
    // O_RDONLY|O_CLOEXEC, valid for this object's life: for setns() and
    // IFLA_NET_NS_FD.
    int fd() const { return m_fd; }

    // Runs `work` on a short-lived thread that joined this namespace and
    // waits for it. The helper's main thread never changes namespace, so a
    // failure half-way can never leave it in the wrong one. Returns `work`'s
    // result, or why the thread could not join.
    QString run(const std::function<QString()> &work) const;

    // /run/netns, where `ip netns` looks.
    static QString directory();
    // Names under directory() that start with `prefix`.
    static QStringList list(const QString &prefix);
    // Unmounts and unlinks directory()/name; empty when done or already gone.
    static QString remove(const QString &name);

private:
    NetNamespace(const QString &name, int fd) : m_name(name), m_fd(fd) {}
    QString m_name;
    int m_fd;
};

} // namespace Lifeline::Net
