#include "NetNamespace.h"

#include <QDebug>
#include <QDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <linux/nsfs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace Lifeline::Net {
namespace {

QString systemError(const QString &what, int error)
{
    return QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(error)));
}

// As iproute2 does: /run/netns must be a shared mount point, so that the
// bind mounts on its files propagate into mount namespaces made later (a
// launched program's, or one that `ip netns exec` makes) and their removal
// too. If it is not a mount point yet, bind it on itself first.
QString prepareDirectory(const QByteArray &directory)
{
    if (mkdir(directory.constData(), 0755) != 0 && errno != EEXIST)
        return systemError(QStringLiteral("cannot create %1").arg(QString::fromLatin1(directory)), errno);
    bool bound = false;
    while (mount("", directory.constData(), "none", MS_SHARED | MS_REC, nullptr) != 0) {
        if (errno != EINVAL || bound)
            return systemError(QStringLiteral("cannot make %1 a shared mount")
                                   .arg(QString::fromLatin1(directory)),
                               errno);
        if (mount(directory.constData(), directory.constData(), "none", MS_BIND | MS_REC, nullptr) != 0)
            return systemError(QStringLiteral("cannot bind %1 on itself")
                                   .arg(QString::fromLatin1(directory)),
                               errno);
        bound = true;
    }
    return {};
}

} // namespace

QString NetNamespace::directory()
{
    return QStringLiteral("/run/netns");
}

QString NetNamespace::path() const
{
    return directory() + u'/' + m_name;
}

std::unique_ptr<NetNamespace> NetNamespace::create(const QString &name, QString *error)
{
    // unshare() moves only the calling thread into the new namespace, so a
    // throw-away thread does it; the bind mount (the mount namespace is
    // shared by all threads) and an fd keep the namespace after it exits.
    std::unique_ptr<NetNamespace> made;
    std::thread([&] {
        if (unshare(CLONE_NEWNET) != 0) {
            *error = systemError(QStringLiteral("cannot create a network namespace"), errno);
            return;
        }
        made = registerCurrent(name, error);
    }).join();
    return made;
}

std::unique_ptr<NetNamespace> NetNamespace::registerCurrent(const QString &name, QString *error)
{
    const QByteArray directoryPath = directory().toLatin1();
    const QByteArray path = (directory() + u'/' + name).toLatin1();
    if (QString why = prepareDirectory(directoryPath); !why.isEmpty()) {
        *error = why;
        return nullptr;
    }
    // The mount target; O_EXCL so two launches can never share one name.
    const int placeholder = ::open(path.constData(), O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0);
    if (placeholder < 0) {
        *error = systemError(QStringLiteral("cannot create %1").arg(QString::fromLatin1(path)), errno);
        return nullptr;
    }
    ::close(placeholder);
    QString why;
    int fd = -1;
    if (mount("/proc/thread-self/ns/net", path.constData(), "none", MS_BIND, nullptr) != 0)
        why = systemError(QStringLiteral("cannot bind the namespace to %1").arg(QString::fromLatin1(path)),
                          errno);
    else if (fd = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC); fd < 0)
        why = systemError(QStringLiteral("cannot open the new namespace"), errno);
    if (!why.isEmpty()) {
        remove(name);
        *error = why;
        return nullptr;
    }
    return std::unique_ptr<NetNamespace>(new NetNamespace(name, fd));
}

std::unique_ptr<NetNamespace> NetNamespace::open(const QString &name, QString *error)
{
    const QByteArray path = (directory() + u'/' + name).toLatin1();
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        *error = systemError(QStringLiteral("cannot open %1").arg(QString::fromLatin1(path)), errno);
        return nullptr;
    }
    // Only the bind mount of a namespace, never the file under it.
    if (ioctl(fd, NS_GET_NSTYPE) != CLONE_NEWNET) {
        ::close(fd);
        *error = QStringLiteral("%1 is not a network namespace").arg(QString::fromLatin1(path));
        return nullptr;
    }
    return std::unique_ptr<NetNamespace>(new NetNamespace(name, fd));
}

NetNamespace::~NetNamespace()
{
    ::close(m_fd);
    const QString error = remove(m_name);
    if (!error.isEmpty())
        qWarning().noquote() << error;
}

QString NetNamespace::run(const std::function<QString()> &work) const
{
    QString result;
    std::thread([&] {
        if (setns(m_fd, CLONE_NEWNET) != 0)
            result = systemError(QStringLiteral("cannot enter network namespace %1").arg(m_name), errno);
        else
            result = work();
    }).join();
    return result;
}

QStringList NetNamespace::list(const QString &prefix)
{
    return QDir(directory()).entryList({prefix + u'*'}, QDir::Files | QDir::System, QDir::Name);
}

QString NetNamespace::remove(const QString &name)
{
    const QByteArray path = (directory() + u'/' + name).toLatin1();
    // MNT_DETACH: a process that is using the mount (ip netns exec) does not
    // block the removal. EINVAL means it was not mounted (a half-made one).
    if (umount2(path.constData(), MNT_DETACH) != 0 && errno != EINVAL && errno != ENOENT)
        return systemError(QStringLiteral("cannot unmount %1").arg(QString::fromLatin1(path)), errno);
    if (unlink(path.constData()) != 0 && errno != ENOENT)
        return systemError(QStringLiteral("cannot remove %1").arg(QString::fromLatin1(path)), errno);
    return {};
}

} // namespace Lifeline::Net
