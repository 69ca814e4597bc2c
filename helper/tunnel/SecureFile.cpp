#include "SecureFile.h"

#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeline::Tunnel {

namespace SecureFile {
namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &content)
{
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, size_t(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

UniqueFd openDirectory(const QString &path, QString *error)
{
    UniqueFd fd(::open(
        QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.isValid() && error)
        *error = QStringLiteral("cannot open %1: %2").arg(path, systemError());
    return fd;
}

QString checkPrivateDirectory(int directory, const QString &path)
{
    struct stat info { };
    if (::fstat(directory, &info) != 0)
        return QStringLiteral("cannot inspect %1: %2").arg(path, systemError());
    if (!S_ISDIR(info.st_mode))
        return QStringLiteral("%1 is not a directory").arg(path);
    if (info.st_uid != ::geteuid())
        return QStringLiteral("%1 is owned by uid %2, not by the helper")
            .arg(path)
            .arg(info.st_uid);
    if ((info.st_mode & 0077) != 0)
        return QStringLiteral("%1 is accessible to other users (mode %2); refusing to store "
                              "secrets there")
            .arg(path)
            .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
    return {};
}

QString write(int directory, const QString &fileName, const QByteArray &content, Replace replace)
{
    const QByteArray target = QFile::encodeName(fileName);
    // A dot name never matches a tunnel's files, so list() skips leftovers.
    const QByteArray temporary = QFile::encodeName(
        QStringLiteral(".%1.%2.tmp")
            .arg(fileName)
            .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    UniqueFd fd(::openat(directory, temporary.constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!fd.isValid())
        return QStringLiteral("cannot create a file for %1: %2").arg(fileName, systemError());
    auto failed = [&](const QString &what) {
        const QString why = systemError();
        ::unlinkat(directory, temporary.constData(), 0);
        return QStringLiteral("cannot %1 %2: %3").arg(what, fileName, why);
    };
    // The umask may only have narrowed 0600, but say so explicitly anyway.
    if (::fchmod(fd.get(), 0600) != 0)
        return failed(QStringLiteral("protect"));
    if (!writeAll(fd.get(), content))
        return failed(QStringLiteral("write"));
    if (::fsync(fd.get()) != 0)
        return failed(QStringLiteral("write"));
    fd = UniqueFd();
    const unsigned flags = replace == Replace::Refused ? RENAME_NOREPLACE : 0;
    if (::renameat2(directory, temporary.constData(), directory, target.constData(), flags) != 0)
        return failed(QStringLiteral("store"));
    // The rename is durable only once the directory itself is on disk.
    if (::fsync(directory) != 0)
        return QStringLiteral("cannot flush the directory of %1: %2").arg(fileName, systemError());
    return {};
}

QString read(
    int directory, const QString &fileName, qsizetype maxBytes, QByteArray *content, bool *missing)
{
    if (missing)
        *missing = false;
    // O_NONBLOCK: a FIFO planted under our name must not hang the helper
    // in open(); the S_ISREG check below then refuses it.
    UniqueFd fd(::openat(directory, QFile::encodeName(fileName).constData(),
        O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd.isValid()) {
        if (errno == ENOENT && missing)
            *missing = true;
        if (errno == ELOOP)
            return QStringLiteral("%1 is a symlink, which is refused").arg(fileName);
        return QStringLiteral("cannot open %1: %2").arg(fileName, systemError());
    }
    struct stat info { };
    if (::fstat(fd.get(), &info) != 0)
        return QStringLiteral("cannot inspect %1: %2").arg(fileName, systemError());
    if (!S_ISREG(info.st_mode))
        return QStringLiteral("%1 is not a regular file").arg(fileName);
    if (info.st_uid != ::geteuid())
        return QStringLiteral("%1 is owned by uid %2, not by the helper")
            .arg(fileName)
            .arg(info.st_uid);
    if (info.st_size > maxBytes)
        return QStringLiteral("%1 is larger than %2 bytes").arg(fileName).arg(maxBytes);
    QByteArray data(qsizetype(info.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::read(fd.get(), data.data() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return QStringLiteral("cannot read %1: %2").arg(fileName, systemError());
        if (n == 0)
            break;
        done += n;
    }
    data.truncate(done);
    *content = data;
    return {};
}

} // namespace SecureFile
} // namespace Lifeline::Tunnel
