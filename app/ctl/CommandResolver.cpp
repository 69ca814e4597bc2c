#include "CommandResolver.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeline {

namespace {

// Joins without cleaning "..": the kernel resolves "a/../b" through symlinks,
// a lexical clean-up would not.
QString absolute(const QString &path, const QString &cwd)
{
    if (path.startsWith(u'/'))
        return path;
    QString relative = path;
    while (relative.startsWith(u"./"))
        relative.remove(0, 2);
    if (cwd.endsWith(u'/'))
        return cwd + relative;
    return cwd + u'/' + relative;
}

// 0 when `path` can be executed, else the errno execve would fail with.
int checkExecutable(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    struct stat status { };
    if (::stat(encoded.constData(), &status) != 0)
        return errno;
    if (S_ISDIR(status.st_mode))
        return EACCES; // what execve says about a directory
    if (::access(encoded.constData(), X_OK) != 0)
        return errno;
    return 0;
}

bool isMissing(int error)
{
    return error == ENOENT || error == ENOTDIR || error == ENAMETOOLONG || error == ELOOP;
}

} // namespace

ResolvedCommand resolveCommand(const QString &name, const QString &searchPath, const QString &cwd)
{
    ResolvedCommand result;
    if (name.isEmpty())
        return result;

    QStringList candidates;
    if (name.contains(u'/')) {
        candidates.append(absolute(name, cwd));
    } else {
        const QString path = searchPath.isNull() ? QStringLiteral("/bin:/usr/bin") : searchPath;
        const QStringList directories = path.split(u':');
        for (const QString &entry : directories) {
            const QString directory = entry.isEmpty() ? cwd : entry;
            const QString file
                = directory.endsWith(u'/') ? directory + name : directory + u'/' + name;
            candidates.append(absolute(file, cwd));
        }
    }

    // Like execvp: the first executable candidate wins; if none, a candidate
    // that exists but cannot run makes it "cannot run" rather than "not found".
    for (const QString &candidate : std::as_const(candidates)) {
        const int error = checkExecutable(candidate);
        if (error == 0) {
            result.status = ResolvedCommand::Status::Found;
            result.path = candidate;
            result.error = 0;
            return result;
        }
        if (!isMissing(error) && result.status == ResolvedCommand::Status::NotFound) {
            result.status = ResolvedCommand::Status::NotExecutable;
            result.path = candidate;
            result.error = error;
        }
    }
    if (result.status == ResolvedCommand::Status::NotFound)
        result.path = candidates.value(0);
    return result;
}

} // namespace Lifeline
