#include "PrivateEtc.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeline::Launcher {
namespace {

QString errnoText()
{
    return qt_error_string(errno);
}

bool safeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return false;
    }
    return true;
}

// The run directory holds files that get mounted over /etc in launches, so
// nobody but root may have had a hand in it.
QString checkRunDir(const QString &runDir)
{
    const QByteArray path = QFile::encodeName(runDir);
    if (mkdir(path.constData(), 0755) != 0 && errno != EEXIST)
        return QStringLiteral("cannot create %1: %2").arg(runDir, errnoText());
    struct stat st = {};
    if (lstat(path.constData(), &st) != 0)
        return QStringLiteral("cannot inspect %1: %2").arg(runDir, errnoText());
    if (!S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & (S_IWGRP | S_IWOTH)))
        return QStringLiteral("%1 is not a directory that only root can write to").arg(runDir);
    return {};
}

// A target we may bind over: it must exist (mount follows symlinks, as
// `ip netns exec` does for /etc/resolv.conf → /run/...) and not be a directory.
bool isFileTarget(const QString &path)
{
    struct stat st = {};
    return stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISDIR(st.st_mode);
}

} // namespace

QByteArray namespaceNsswitch(const QByteArray &hostNsswitch)
{
    static const QByteArray hostsLine = QByteArrayLiteral("hosts:          files dns");
    QByteArrayList lines = hostNsswitch.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    bool replaced = false;
    for (QByteArray &line : lines) {
        // glibc reads "<database> <spaces>: services", database name in any case.
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && !line.trimmed().startsWith('#')
            && line.left(colon).trimmed().toLower() == "hosts") {
            // Exactly one hosts: line, whichever of several glibc would pick.
            line = replaced ? QByteArray() : hostsLine;
            replaced = true;
        }
    }
    if (!replaced)
        lines << hostsLine;
    return lines.join('\n') + '\n';
}

QStringList defaultHiddenSockets()
{
    return { QStringLiteral("/var/run/nscd/socket"),
        QStringLiteral("/run/systemd/resolve/io.systemd.Resolve") };
}

PrivateEtc::~PrivateEtc()
{
    if (!m_launchDir.isEmpty())
        QDir(m_launchDir).removeRecursively();
}

QString PrivateEtc::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_launchDir + QStringLiteral("/etc/") + name;
    // O_EXCL|O_NOFOLLOW: the directory is brand new; anything already there
    // is not ours.
    const int fd = open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        return QStringLiteral("cannot create %1: %2").arg(path, errnoText());
    bool ok = fchmod(fd, 0644) == 0; // whatever the helper's umask
    for (qsizetype done = 0; ok && done < contents.size();) {
        const ssize_t n = write(fd, contents.constData() + done, size_t(contents.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        done += n;
    }
    const QString error
        = ok ? QString() : QStringLiteral("cannot write %1: %2").arg(path, errnoText());
    close(fd);
    return error;
}

QString PrivateEtc::create(const QString &runDir, const QString &id, const Contents &contents,
    const QStringList &hiddenSockets)
{
    if (!safeId(id))
        return QStringLiteral("the launch id \"%1\" is not safe as a directory name")
            .arg(id.left(64));
    if (QString error = checkRunDir(runDir); !error.isEmpty())
        return error;
    const QString launchDir = runDir + u'/' + id;
    if (mkdir(QFile::encodeName(launchDir).constData(), 0755) != 0)
        return QStringLiteral("cannot create %1: %2").arg(launchDir, errnoText());
    m_launchDir = launchDir; // from here on, ours to remove
    const QString etc = launchDir + QStringLiteral("/etc");
    if (mkdir(QFile::encodeName(etc).constData(), 0755) != 0)
        return QStringLiteral("cannot create %1: %2").arg(etc, errnoText());
    // mkdir() obeys the umask; the modes are part of the promise.
    chmod(QFile::encodeName(launchDir).constData(), 0755);
    chmod(QFile::encodeName(etc).constData(), 0755);

    struct File {
        QString name;
        QByteArray contents;
        QString target;
        bool required;
    };
    const File files[] = {
        { QStringLiteral("resolv.conf"), contents.resolvConf, QStringLiteral("/etc/resolv.conf"),
            true },
        { QStringLiteral("nsswitch.conf"), contents.nsswitchConf,
            QStringLiteral("/etc/nsswitch.conf"), true },
        { QStringLiteral("gai.conf"), contents.gaiConf, QStringLiteral("/etc/gai.conf"), false },
    };
    for (const File &file : files) {
        if (!file.required && file.contents.isEmpty())
            continue;
        if (QString error = writeFile(file.name, file.contents); !error.isEmpty())
            return error;
        if (isFileTarget(file.target))
            m_binds.push_back({ etc + u'/' + file.name, file.target });
        else if (file.required)
            // Without it the program would use the host's view of the file (or
            // glibc's default 127.0.0.1): refuse rather than guess.
            return QStringLiteral("%1 does not exist on this system, so it cannot be replaced "
                                  "inside the namespace")
                .arg(file.target);
    }
    // A read-only regular file over a socket: connect() fails with EACCES.
    if (QString error = writeFile(QStringLiteral("no-socket"), {}); !error.isEmpty())
        return error;
    for (const QString &socket : hiddenSockets) {
        if (isFileTarget(socket))
            m_binds.push_back({ etc + QStringLiteral("/no-socket"), socket });
    }
    return {};
}

} // namespace Lifeline::Launcher
