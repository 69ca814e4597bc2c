#include "ConfigDir.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeline::ConfigDir {
namespace {

QString prepareOne(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
    struct stat info {};
    if (::lstat(native.constData(), &info) != 0)
        return QStringLiteral("cannot inspect %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
    if (!S_ISDIR(info.st_mode))
        return QStringLiteral("%1 is not a directory (symlinks are refused)").arg(path);
    if (info.st_uid != ::geteuid())
        return QStringLiteral("%1 is owned by uid %2, not by the helper").arg(path).arg(info.st_uid);
    if ((info.st_mode & 0077) != 0 && ::chmod(native.constData(), 0700) != 0)
        return QStringLiteral("cannot make %1 private: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
    return {};
}

} // namespace

QString prepare(const QString &path)
{
    if (!path.startsWith(u'/'))
        return QStringLiteral("the configuration directory \"%1\" is not an absolute path").arg(path);
    if (QString error = prepareOne(path); !error.isEmpty())
        return error;
    return prepareOne(path + QStringLiteral("/tunnels"));
}

} // namespace Lifeline::ConfigDir
