#include "LaunchProcesses.h"

#include "Supervisor.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <linux/magic.h>

#include <algorithm>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace Lifeline {

namespace {

// No process tree is deeper than this; a cycle (impossible, but the table
// is a snapshot taken while processes come and go) must not hang us.
constexpr int MaxDepth = 4096;
// A command line longer than this is cut: ListIsolated shows it, nothing more.
constexpr qint64 MaxCommandBytes = 4096;

QByteArray readSmall(const QString &path, qint64 limit = 4096)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ? file.read(limit) : QByteArray();
}

// /proc/<pid>/stat: "pid (comm) state ppid … starttime …"; the name may hold
// spaces and parentheses, so the fields are counted from the last ')'.
bool parseStat(const QByteArray &stat, LaunchProcesses::Process *process)
{
    const qsizetype open = stat.indexOf('(');
    const qsizetype close = stat.lastIndexOf(')');
    if (open < 0 || close < open)
        return false;
    process->name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 of proc(5): the parent is field 4, the start time 22.
    if (fields.size() < 20)
        return false;
    bool parentOk = false, startOk = false;
    process->parent = pid_t(fields[1].toInt(&parentOk));
    process->startTime = fields[19].toULongLong(&startOk);
    return parentOk && startOk;
}

bool parseUid(const QByteArray &status, uint *uid)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith("Uid:")) {
            bool ok = false;
            *uid = line.mid(4).simplified().split(' ').value(0).toUInt(&ok);
            return ok;
        }
    }
    return false;
}

// readlink(2) as it is: QFile::symLinkTarget() would make it a path.
QString linkText(const QString &path)
{
    char target[64];
    const ssize_t n = readlink(QFile::encodeName(path).constData(), target, sizeof target - 1);
    return n > 0 ? QString::fromLatin1(target, n) : QString();
}

// "net:[4026532281]" → 4026532281.
quint64 parseNamespaceLink(const QString &target)
{
    if (!target.startsWith(u"net:[") || !target.endsWith(u']'))
        return 0;
    return target.mid(5, target.size() - 6).toULongLong();
}

} // namespace

QList<LaunchProcesses::Process> LaunchProcesses::read(const QString &procRoot)
{
    QList<Process> processes;
    const QStringList entries = QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const int pid = entry.toInt(&numeric);
        if (!numeric || pid <= 0)
            continue;
        const QString dir = procRoot + u'/' + entry;
        Process process;
        process.pid = pid;
        process.netns = parseNamespaceLink(linkText(dir + QStringLiteral("/ns/net")));
        if (process.netns == 0 || !parseStat(readSmall(dir + QStringLiteral("/stat")), &process)
            || !parseUid(readSmall(dir + QStringLiteral("/status")), &process.uid))
            continue; // gone meanwhile, or a kernel thread without a readable namespace
        processes << process;
    }
    return processes;
}

LaunchProcesses::Found LaunchProcesses::find(const QList<Process> &processes, quint64 netns)
{
    Found found;
    QHash<pid_t, const Process *> byPid;
    for (const Process &process : processes) {
        byPid.insert(process.pid, &process);
        if (process.netns == netns)
            found.inside << process.pid;
    }
    std::sort(found.inside.begin(), found.inside.end());
    if (found.inside.isEmpty())
        return found;

    // Above every process inside, the first one outside: the supervisor for
    // what the program started (it is their subreaper), or whoever joined
    // the namespace by other means (`ip netns exec` by an administrator).
    QSet<pid_t> supervisors;
    for (const pid_t pid : std::as_const(found.inside)) {
        const Process *at = byPid.value(pid);
        for (int depth = 0; at && at->netns == netns && depth < MaxDepth; ++depth)
            at = byPid.value(at->parent);
        if (at && at->netns != netns && at->uid == 0
            && (at->name == QLatin1String(Launcher::ProcessName)
                || at->name == QLatin1String(Launcher::LingeringName)))
            supervisors.insert(at->pid);
    }
    if (supervisors.size() != 1) {
        found.problem = supervisors.isEmpty()
            ? QStringLiteral("no launch supervisor is above its %1 process(es)")
                  .arg(found.inside.size())
            : QStringLiteral("%1 launch supervisors claim its processes").arg(supervisors.size());
        return found;
    }
    const Process &supervisor = *byPid.value(*supervisors.cbegin());
    found.supervisor = supervisor.pid;
    found.supervisorStart = supervisor.startTime;
    if (supervisor.name != QLatin1String(Launcher::ProcessName))
        return found; // the program has exited
    // The program is the supervisor's first child; whatever else is its
    // child now was started later, by the program, and re-parented to it.
    const Process *program = nullptr;
    for (const pid_t pid : std::as_const(found.inside)) {
        const Process *candidate = byPid.value(pid);
        if (candidate->parent == supervisor.pid
            && (!program || candidate->startTime < program->startTime))
            program = candidate;
    }
    if (program) {
        found.program = program->pid;
        found.programStart = program->startTime;
    }
    return found;
}

quint64 LaunchProcesses::startTime(const QString &procRoot, pid_t pid)
{
    Process process;
    const QByteArray stat = readSmall(QStringLiteral("%1/%2/stat").arg(procRoot).arg(pid));
    return parseStat(stat, &process) ? process.startTime : 0;
}

QString LaunchProcesses::commandLine(const QString &procRoot, pid_t pid)
{
    QByteArray raw
        = readSmall(QStringLiteral("%1/%2/cmdline").arg(procRoot).arg(pid), MaxCommandBytes);
    if (raw.endsWith('\0'))
        raw.chop(1);
    QStringList arguments;
    for (const QByteArray &argument : raw.split('\0'))
        arguments << QFile::decodeName(argument);
    return arguments.join(u' ');
}

quint64 LaunchProcesses::namespaceInode(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct statfs filesystem = {};
    struct stat status = {};
    // A file that is not (or no longer) a namespace's bind mount is tmpfs.
    if (statfs(name.constData(), &filesystem) != 0 || filesystem.f_type != NSFS_MAGIC
        || stat(name.constData(), &status) != 0)
        return 0;
    return quint64(status.st_ino);
}

} // namespace Lifeline
