// The process side of RunIsolated: runs a program as the calling user inside
// a network namespace someone else made, with the namespace's own
// resolv.conf, gai.conf and nsswitch.conf, and watches it.
//
// Per launch there is a small root supervisor process (its own executable,
// lifeline-launch-supervisor, see Supervisor.h): it joins the network
// namespace, makes a private (slave) mount namespace with the bind mounts,
// forks the program, becomes the subreaper of everything the program starts,
// and exits when the last of those processes is gone. The helper can restart
// meanwhile: the program does not depend on it. A launch can be prepared
// while its network namespace is still being built (PreparedLaunch.h), with
// a supervisor that was started before the launch came (SpareSupervisors.h).
#pragma once

#include "Contract.h"
#include "LaunchProcesses.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QSocketNotifier;

namespace Lifeline {

class SpareSupervisors;

// Whom a program runs as: the caller's account, looked up from the uid the
// bus gave (through NSS, which may read files, load modules or ask daemons).
struct Account {
    uint uid = 0;
    uint gid = 0;
    std::vector<uint> groups; // supplementary, sorted and unique
};
// Fills *account for `uid`; empty on success, else a sentence (root, no such
// account, groups that cannot be listed).
QString lookUpAccount(uint uid, Account *account);
struct LaunchSpec {
    // Random launch id; names the private directory <runDir>/<id>.
    QString id;
    // The network namespace to run in (borrowed, not closed). Made by the
    // helper itself, never one a caller named.
    int netnsFd = -1;
    // From the bus, never from an argument. Name, group and supplementary
    // groups are looked up from it.
    uint uid = 0;
    // That look-up done already (lookUpAccount(uid)); else it is done when
    // the launch is prepared.
    std::optional<Account> account;
    // argv[0] is the absolute path of the program; no PATH search.
    QStringList argv;
    // The complete environment of the program: the helper's never reaches it.
    StringMap env;
    QString cwd;
    // The caller's stdio (borrowed: dup'ed into the program, not closed here).
    int stdinFd = -1;
    int stdoutFd = -1;
    int stderrFd = -1;
    // What the program sees as /etc/resolv.conf and /etc/gai.conf (empty
    // gai.conf: the host's stays). nsswitch.conf is the host's with
    // "hosts: files dns".
    QByteArray resolvConf;
    QByteArray gaiConf;
    // Where the files are written; tests use a temporary directory.
    QString runDir = QStringLiteral("/run/lifeline");
    // Sockets covered inside, see Launcher::defaultHiddenSockets().
    QStringList hiddenSockets;
    QString hostNsswitchPath = QStringLiteral("/etc/nsswitch.conf");
    // How long start() waits for the exec before it gives up and kills the
    // launch (see readReport() for why it must not wait forever).
    int startTimeoutMs = 10000;
    // The supervisor executable; empty: Launch::defaultSupervisorPath().
    QString supervisorPath;
    // Where a supervisor that is already running is taken from, when its
    // path is the one above (the helper keeps one ready); null or another
    // path: one is started for this launch.
    SpareSupervisors *spares = nullptr;

    LaunchSpec();
};

// Why a launch failed, in the categories a caller can act on.
enum class LaunchError {
    None,
    NoSuchProgram, // execve: ENOENT/ENOTDIR for the program itself
    NotExecutable, // execve: EACCES, ENOEXEC, missing interpreter...
    BadWorkingDirectory, // chdir as the user failed
    CredentialsFailed, // unknown uid, or the switch to it did not stick
    Other, // namespace or mount set-up, resources
};

class Launch : public QObject {
    Q_OBJECT
public:
    // Returns once the program has been exec'd (or has failed to be), so the
    // caller can reply with its pid or a precise error. On failure returns
    // nullptr, `*error` is a sentence naming the path and `*kind` the category;
    // nothing is left running and no file is left behind. The same as
    // PreparedLaunch::prepare() and start() in one go.
    static std::unique_ptr<Launch> start(
        const LaunchSpec &spec, QString *error, LaunchError *kind = nullptr);

    // Takes over a launch that an earlier run of the helper started, after
    // a restart: `found` (LaunchProcesses::find) names its supervisor and,
    // while it runs, its program; both are watched through pidfds, and a pid
    // that names another process by now (its start time differs) counts as
    // exited. The program's exit status is not ours to learn (the helper is
    // not its parent's parent any more): programExited() says -1, 0, as for
    // a supervisor that vanished; when the program has exited already, it is
    // emitted from the event loop right away. Null with *error when the
    // supervisor is gone.
    static std::unique_ptr<Launch> adopt(const QString &id, uint uid, const QString &command,
        const LaunchProcesses::Found &found, QString *error,
        const QString &procRoot = QStringLiteral("/proc"));

    // lifeline-launch-supervisor next to the running executable (installed:
    // both in libexec), or in launch/ below it (the build tree). Either way it
    // is exactly as trusted as the helper binary itself.
    static QString defaultSupervisorPath();

    // Destroying a Launch does not stop the program (the helper may be
    // restarting); its supervisor is then re-parented when the helper exits.
    ~Launch() override;

    QString id() const { return m_id; }
    // The program's pid (in the helper's pid namespace).
    pid_t pid() const { return m_pid; }
    pid_t supervisorPid() const { return m_supervisorPid; }
    uint uid() const { return m_uid; }
    // The argv joined with spaces, for ListIsolated.
    QString command() const { return m_command; }
    // The program itself is still running.
    bool isRunning() const { return !m_exited; }
    // Taken over from an earlier run of the helper (adopt()).
    bool isAdopted() const { return m_adopted; }
    // Something (the program or what it started) is still running.
    bool isActive() const { return !m_finished; }
    // How long the program ran, once it exited: a program that hands off to
    // an already-running instance and exits at once shows up here. -1 while
    // it runs, and for an adopted launch.
    qint64 runMilliseconds() const { return m_runMs; }

Q_SIGNALS:
    // The program exited: exitStatus is its exit code (signal 0), or signal
    // is the signal that killed it (exitStatus 0). exitStatus -1 with signal
    // 0: unknown, the supervisor vanished first, or the launch was adopted.
    void programExited(int exitStatus, int signal);
    // The supervisor is gone: no process of this launch is left, so the
    // namespace and its rules can go. Always after programExited.
    void finished();

private:
    friend class PreparedLaunch;
    Launch(const LaunchSpec &spec, pid_t supervisor, int pidFd, int statusFd, pid_t program);
    Launch(const QString &id, uint uid, const QString &command, pid_t supervisor, int pidFd);
    void watchSupervisor();
    void readStatus();
    void programGone();
    void tellExit();
    void supervisorGone();

    QString m_id;
    QString m_command;
    uint m_uid = 0;
    pid_t m_supervisorPid = -1;
    pid_t m_pid = -1;
    int m_pidFd = -1;
    int m_statusFd = -1;
    int m_programFd = -1; // adopted: a pidfd of the program, which is not our child's
    bool m_adopted = false;
    bool m_exitUntold = false; // adopted after the program's exit: not said yet
    bool m_exited = false;
    bool m_finished = false;
    qint64 m_runMs = -1;
    QElapsedTimer m_clock;
    QSocketNotifier *m_pidNotifier = nullptr;
    QSocketNotifier *m_statusNotifier = nullptr;
    QSocketNotifier *m_programNotifier = nullptr;
};

} // namespace Lifeline
