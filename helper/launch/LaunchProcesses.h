// The processes of a launch that an earlier run of the helper started, read
// back from /proc after a restart: those whose network namespace is the
// launch's, and the launch supervisor above them (it never joins that
// namespace itself). The supervisor is the launch's anchor: it is started
// in a session of its own and outlives the helper by design, and as the
// subreaper of everything the program starts it exits only when the last of
// those processes is gone, which is when the launch ends.
#pragma once

#include <QList>
#include <QString>

#include <sys/types.h>

namespace Lifeline {

class LaunchProcesses {
public:
    struct Process {
        pid_t pid = 0;
        pid_t parent = 0;
        uint uid = 0; // real uid
        quint64 startTime = 0; // clock ticks after boot, as /proc/<pid>/stat says
        quint64 netns = 0; // inode of its network namespace
        QString name; // comm (15 bytes at most)
    };
    // What belongs to one network namespace.
    struct Found {
        QList<pid_t> inside; // every process in the namespace, ascending
        pid_t supervisor = 0; // 0: none (then `problem` says why)
        quint64 supervisorStart = 0;
        // The program itself, or 0 when it has exited (its children may run on).
        pid_t program = 0;
        quint64 programStart = 0;
        QString problem;
    };

    // Every process under `procRoot` ("/proc"; tests use a made-up tree).
    // Processes that end during the scan are left out.
    static QList<Process> read(const QString &procRoot);
    // The processes of the namespace whose inode is `netns`. Pure.
    static Found find(const QList<Process> &processes, quint64 netns);

    // One process's start time (0 when it is gone): a pid that names a
    // process with another start time has been reused.
    static quint64 startTime(const QString &procRoot, pid_t pid);
    // Its arguments joined with spaces, as ListIsolated shows a command.
    static QString commandLine(const QString &procRoot, pid_t pid);
    // The inode of the network namespace bound at `path` (/run/netns/…); 0
    // when nothing is bound there.
    static quint64 namespaceInode(const QString &path);
};

} // namespace Lifeline
