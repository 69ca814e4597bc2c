// Root tests of the launcher: real namespaces, real credentials, real exec.
// Run through ctest, which wraps them in `unshare --net --mount --pid` and
// with-test-user.sh (a test user that exists only in that mount namespace).
#include "Launch.h"
#include "PreparedLaunch.h"
#include "SpareSupervisors.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

using namespace Lifeline;

namespace {

struct Outcome {
    std::unique_ptr<Launch> launch;
    QString error;
    LaunchError kind = LaunchError::None;
    QByteArray out;
    QByteArray err;
    int exitStatus = -2;
    int signal = -2;
};

QByteArray readAll(int fd)
{
    QByteArray data;
    char buffer[4096];
    ssize_t n;
    while ((n = read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
        data.append(buffer, qMax<ssize_t>(n, 0));
    return data;
}

} // namespace

class TestLaunch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void missingSupervisor();
    void hangingStartTimesOut();
    void identity();
    void workingDirectory();
    void unenterableWorkingDirectory();
    void noSuchProgram_data();
    void noSuchProgram();
    void notExecutable();
    void exitStatus_data();
    void exitStatus();
    void stdinPassedThrough();
    void nothingLeaks();
    void environmentExactly();
    void namespaceFiles();
    void daemonKeepsLaunchAlive();
    void twentyAtOnce();
    void preparedBeforeTheNetwork();
    void calledOffBeforeTheNetwork();
    void spareSupervisorIsTaken();
    void deadSpareIsReplaced();

private:
    LaunchSpec spec(const QStringList &argv) const;
    // Pids of the supervisor executable's processes (ours: the test runs in
    // a pid namespace of its own).
    static QList<pid_t> supervisorProcesses();
    // Starts `argv`, feeds `input`, collects stdout/stderr and the exit.
    Outcome run(const QStringList &argv, const QByteArray &input = {}, LaunchSpec base = {});

    uint m_uid = 0;
    QString m_dir; // from with-test-user.sh, enterable by the test user
    QString m_probe;
    int m_netns = -1;
    ino_t m_netnsInode = 0;
    QTemporaryDir m_runDir;
    int m_counter = 0;
};

void TestLaunch::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("needs root: run through ctest -L root");
    m_uid = qEnvironmentVariableIntValue("LIFELINE_TEST_UID");
    m_dir = qEnvironmentVariable("LIFELINE_TEST_DIR");
    QVERIFY2(m_uid != 0 && !m_dir.isEmpty(), "run through with-test-user.sh (ctest does)");
    QVERIFY(m_runDir.isValid());

    // The test user must be able to run the probe, wherever the build is.
    m_probe = m_dir + QStringLiteral("/launch-probe");
    QVERIFY(QFile::copy(QStringLiteral(LAUNCH_PROBE), m_probe));
    QVERIFY(QFile::setPermissions(m_probe,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
            | QFile::ReadGroup | QFile::ExeGroup));

    // A network namespace of our own, as the namespace part of the helper
    // would hand over: unshare in this thread, keep an fd, step back.
    const int home = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    QVERIFY(home >= 0);
    QCOMPARE(unshare(CLONE_NEWNET), 0);
    m_netns = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    QCOMPARE(setns(home, CLONE_NEWNET), 0);
    close(home);
    struct stat st;
    QCOMPARE(fstat(m_netns, &st), 0);
    m_netnsInode = st.st_ino;
}

void TestLaunch::cleanupTestCase()
{
    if (m_netns >= 0)
        close(m_netns);
}

void TestLaunch::cleanup()
{
    // Nothing of a launch stays on disk, whether it worked or not.
    QCOMPARE(
        QDir(m_runDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

LaunchSpec TestLaunch::spec(const QStringList &argv) const
{
    LaunchSpec s;
    s.id = QStringLiteral("test-%1").arg(m_counter);
    s.netnsFd = m_netns;
    s.uid = m_uid;
    s.argv = argv;
    s.env = { { QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin") },
        { QStringLiteral("LANG"), QStringLiteral("C") } };
    s.cwd = m_dir;
    s.resolvConf = "nameserver 192.0.2.53\n";
    s.gaiConf = "precedence ::ffff:0:0/96 100\n";
    s.runDir = m_runDir.path();
    s.supervisorPath = QStringLiteral(LAUNCH_SUPERVISOR);
    return s;
}

QList<pid_t> TestLaunch::supervisorProcesses()
{
    QList<pid_t> pids;
    const auto filter = QDir::Dirs | QDir::NoDotAndDotDot;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(filter)) {
        bool number = false;
        const pid_t pid = entry.toInt(&number);
        if (!number)
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(entry));
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        // The kernel cuts the name to 15 bytes. Zombies do not count.
        const QByteArray state = stat.readAll().split(')').value(1).trimmed().left(1);
        if (comm.readAll().trimmed() == "lifeline-launch" && state != "Z")
            pids << pid;
    }
    return pids;
}

Outcome TestLaunch::run(const QStringList &argv, const QByteArray &input, LaunchSpec base)
{
    ++m_counter;
    LaunchSpec s = base.argv.isEmpty() ? spec(argv) : base;
    int in[2], out[2], err[2];
    if (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC) || pipe2(err, O_CLOEXEC))
        qFatal("pipe2 failed");
    s.stdinFd = in[0];
    s.stdoutFd = out[1];
    s.stderrFd = err[1];
    Outcome o;
    o.launch = Launch::start(s, &o.error, &o.kind);
    // Our copies of the program's ends: closing them lets EOF happen.
    close(in[0]);
    close(out[1]);
    close(err[1]);
    if (!input.isEmpty()) [[maybe_unused]]
        auto n = write(in[1], input.constData(), size_t(input.size()));
    close(in[1]);
    o.out = readAll(out[0]);
    o.err = readAll(err[0]);
    close(out[0]);
    close(err[0]);
    if (o.launch) {
        QSignalSpy exited(o.launch.get(), &Launch::programExited);
        QSignalSpy finished(o.launch.get(), &Launch::finished);
        if (o.launch->isActive())
            finished.wait(10000);
        if (exited.size() == 1) {
            o.exitStatus = exited.at(0).at(0).toInt();
            o.signal = exited.at(0).at(1).toInt();
        }
    }
    return o;
}

void TestLaunch::missingSupervisor()
{
    LaunchSpec s = spec({ QStringLiteral("/usr/bin/id") });
    s.supervisorPath = QStringLiteral("/nonexistent/lifeline-launch-supervisor");
    const Outcome o = run(s.argv, {}, s);
    QVERIFY(!o.launch);
    QCOMPARE(o.kind, LaunchError::Other);
    QCOMPARE(o.error,
        QStringLiteral("cannot start /nonexistent/lifeline-launch-supervisor: "
                       "No such file or directory"));
}

void TestLaunch::hangingStartTimesOut()
{
    // Stands in for a chdir() or execve() stuck in the user's FUSE mount: a
    // "supervisor" that never reports and never execs.
    const QString hanging = m_dir + QStringLiteral("/hanging-supervisor");
    QFile script(hanging);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nexec sleep 100\n");
    script.close();
    QVERIFY(chmod(QFile::encodeName(hanging).constData(), 0755) == 0);
    LaunchSpec s = spec({ QStringLiteral("/usr/bin/id") });
    s.supervisorPath = hanging;
    s.startTimeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const Outcome o = run(s.argv, {}, s);
    QVERIFY(!o.launch);
    QVERIFY2(clock.elapsed() < 3000, "the stuck launch must be killed, not waited for");
    QCOMPARE(o.kind, LaunchError::Other);
    QCOMPARE(o.error, QStringLiteral("program /usr/bin/id did not start within 0.3 seconds"));
}

void TestLaunch::identity()
{
    const Outcome o = run({ QStringLiteral("/usr/bin/id") });
    QVERIFY2(o.launch, qPrintable(o.error));
    QCOMPARE(o.out.trimmed(),
        QByteArray("uid=64101(lltest) gid=64101(lltest) groups=64101(lltest),64110(lltestextra)"));
    QCOMPARE(o.exitStatus, 0);
    QCOMPARE(o.signal, 0);
}

void TestLaunch::workingDirectory()
{
    LaunchSpec s = spec({ m_probe, QStringLiteral("cwd") });
    s.cwd = m_dir + QStringLiteral("/home");
    const Outcome o = run(s.argv, {}, s);
    QVERIFY2(o.launch, qPrintable(o.error));
    QCOMPARE(o.out.trimmed(), QFile::encodeName(s.cwd));
}

void TestLaunch::unenterableWorkingDirectory()
{
    const QString closed = m_dir + QStringLiteral("/root-only");
    QVERIFY(QDir().mkdir(closed));
    QVERIFY(chmod(QFile::encodeName(closed).constData(), 0700) == 0);
    LaunchSpec s = spec({ m_probe, QStringLiteral("cwd") });
    s.cwd = closed;
    const Outcome o = run(s.argv, {}, s);
    QVERIFY(!o.launch);
    QCOMPARE(o.kind, LaunchError::BadWorkingDirectory);
    QCOMPARE(o.error,
        QStringLiteral("cannot enter working directory %1: Permission denied").arg(closed));
}

void TestLaunch::noSuchProgram_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("missing") << QStringLiteral("/nonexistent");
    QTest::newRow("missing dir") << QStringLiteral("/nonexistent/dir/prog");
    QTest::newRow("through a file") << QStringLiteral("/etc/passwd/prog");
}

void TestLaunch::noSuchProgram()
{
    QFETCH(QString, program);
    const Outcome o = run({ program });
    QVERIFY(!o.launch);
    QCOMPARE(o.kind, LaunchError::NoSuchProgram);
    QCOMPARE(o.error, QStringLiteral("program %1 was not found").arg(program));
}

void TestLaunch::notExecutable()
{
    const QString script = m_dir + QStringLiteral("/not-executable");
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho hi\n");
    file.close();
    QVERIFY(chmod(QFile::encodeName(script).constData(), 0644) == 0);
    const Outcome o = run({ script });
    QVERIFY(!o.launch);
    QCOMPARE(o.kind, LaunchError::NotExecutable);
    QVERIFY2(o.error.startsWith(QStringLiteral("program %1 is not executable").arg(script)),
        qPrintable(o.error));

    // Exists, but its interpreter does not: not "no such program".
    const QString orphan = m_dir + QStringLiteral("/no-interpreter");
    QFile second(orphan);
    QVERIFY(second.open(QIODevice::WriteOnly));
    second.write("#!/nonexistent/interpreter\n");
    second.close();
    QVERIFY(chmod(QFile::encodeName(orphan).constData(), 0755) == 0);
    const Outcome p = run({ orphan });
    QCOMPARE(p.kind, LaunchError::NotExecutable);
    QVERIFY2(p.error.contains(QStringLiteral("interpreter")), qPrintable(p.error));
}

void TestLaunch::exitStatus_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("exitStatus");
    QTest::addColumn<int>("signal");
    QTest::newRow("zero") << "exit 0" << 0 << 0;
    QTest::newRow("seven") << "exit 7" << 7 << 0;
    QTest::newRow("TERM") << "kill -TERM $$" << 0 << int(SIGTERM);
    QTest::newRow("KILL") << "kill -KILL $$" << 0 << int(SIGKILL);
}

void TestLaunch::exitStatus()
{
    QFETCH(QString, script);
    QFETCH(int, exitStatus);
    QFETCH(int, signal);
    const Outcome o = run({ QStringLiteral("/bin/sh"), QStringLiteral("-c"), script });
    QVERIFY2(o.launch, qPrintable(o.error));
    QCOMPARE(o.exitStatus, exitStatus);
    QCOMPARE(o.signal, signal);
}

void TestLaunch::stdinPassedThrough()
{
    const Outcome o = run(
        { QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("cat; echo oops >&2") },
        "hello through stdin\n");
    QVERIFY2(o.launch, qPrintable(o.error));
    QCOMPARE(o.out, QByteArray("hello through stdin\n"));
    QCOMPARE(o.err, QByteArray("oops\n"));
}

void TestLaunch::nothingLeaks()
{
    // A descriptor the helper has without CLOEXEC must not reach the program.
    const int stray = open("/dev/null", O_RDONLY);
    const Outcome fds = run({ m_probe, QStringLiteral("fds") });
    close(stray);
    QVERIFY2(fds.launch, qPrintable(fds.error));
    QCOMPARE(fds.out.trimmed(), QByteArray("0 1 2"));

    const Outcome status = run({ m_probe, QStringLiteral("status") });
    QVERIFY2(status.launch, qPrintable(status.error));
    const QByteArrayList lines = status.out.split('\n');
    auto field = [&](const char *name) {
        for (const QByteArray &line : lines) {
            if (line.startsWith(name))
                return line.mid(qstrlen(name)).trimmed();
        }
        return QByteArray("(missing)");
    };
    QCOMPARE(field("CapEff:"), QByteArray("0000000000000000"));
    QCOMPARE(field("CapPrm:"), QByteArray("0000000000000000"));
    QCOMPARE(field("CapInh:"), QByteArray("0000000000000000"));
    QCOMPARE(field("CapAmb:"), QByteArray("0000000000000000"));
    QCOMPARE(field("Uid:"), QByteArray("64101\t64101\t64101\t64101"));
    QCOMPARE(field("Gid:"), QByteArray("64101\t64101\t64101\t64101"));
    QCOMPARE(field("Groups:"), QByteArray("64101 64110"));
    // Deliberately not set: setuid programs the user may run must keep working.
    QCOMPARE(field("NoNewPrivs:"), QByteArray("0"));
}

void TestLaunch::environmentExactly()
{
    qputenv("LIFELINE_HELPER_SECRET", "must not leak");
    LaunchSpec s = spec({ m_probe, QStringLiteral("env") });
    s.env = { { QStringLiteral("A"), QStringLiteral("1") },
        { QStringLiteral("WITH_SPACE"), QStringLiteral("x y=z") },
        { QStringLiteral("EMPTY"), QString() } };
    const Outcome o = run(s.argv, {}, s);
    QVERIFY2(o.launch, qPrintable(o.error));
    QByteArrayList seen = o.out.split('\n');
    seen.removeAll(QByteArray());
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, QByteArrayList({ "A=1", "EMPTY=", "WITH_SPACE=x y=z" }));
}

void TestLaunch::namespaceFiles()
{
    QFile hostResolv(QStringLiteral("/etc/resolv.conf"));
    QVERIFY(hostResolv.open(QIODevice::ReadOnly));
    const QByteArray hostBefore = hostResolv.readAll();
    hostResolv.close();

    const Outcome netns = run({ m_probe, QStringLiteral("netns") });
    QCOMPARE(netns.out.trimmed(), QByteArray::number(qulonglong(m_netnsInode)));

    const Outcome resolv
        = run({ m_probe, QStringLiteral("cat"), QStringLiteral("/etc/resolv.conf") });
    QCOMPARE(resolv.out, QByteArray("nameserver 192.0.2.53\n"));
    const Outcome gai = run({ m_probe, QStringLiteral("cat"), QStringLiteral("/etc/gai.conf") });
    QCOMPARE(gai.out, QByteArray("precedence ::ffff:0:0/96 100\n"));
    const Outcome nss
        = run({ m_probe, QStringLiteral("cat"), QStringLiteral("/etc/nsswitch.conf") });
    QVERIFY2(nss.out.contains("\nhosts:          files dns\n"), nss.out.constData());
    QVERIFY(nss.out.contains("\npasswd:"));

    // A socket listed as hidden is refused inside but still works outside.
    const QString socketPath = m_dir + QStringLiteral("/fake-nscd.socket");
    const int listener = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, QFile::encodeName(socketPath).constData(), sizeof address.sun_path);
    QCOMPARE(bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(listen(listener, 4), 0);
    chmod(address.sun_path, 0777);
    LaunchSpec s = spec({ m_probe, QStringLiteral("connect"), socketPath });
    s.hiddenSockets = { socketPath };
    const Outcome hidden = run(s.argv, {}, s);
    QCOMPARE(hidden.out.trimmed(), QByteArray("Permission denied"));
    s.hiddenSockets = {};
    const Outcome visible = run(s.argv, {}, s);
    QCOMPARE(visible.out.trimmed(), QByteArray("connected"));
    close(listener);

    // Nothing propagated back.
    QVERIFY(hostResolv.open(QIODevice::ReadOnly));
    QCOMPARE(hostResolv.readAll(), hostBefore);
}

void TestLaunch::daemonKeepsLaunchAlive()
{
    // The subshell forks a session leader and exits: a double-forked daemon
    // that outlives the program.
    const QStringList argv { QStringLiteral("/bin/sh"), QStringLiteral("-c"),
        QStringLiteral("(setsid sleep 1 >/dev/null 2>&1 </dev/null &); exit 3") };
    LaunchSpec s = spec(argv);
    const int devNull = open("/dev/null", O_RDWR | O_CLOEXEC);
    s.stdinFd = s.stdoutFd = s.stderrFd = devNull;
    QString error;
    QElapsedTimer clock;
    clock.start();
    const std::unique_ptr<Launch> launch = Launch::start(s, &error);
    close(devNull);
    QVERIFY2(launch, qPrintable(error));
    QSignalSpy exited(launch.get(), &Launch::programExited);
    QSignalSpy finished(launch.get(), &Launch::finished);
    QVERIFY(exited.wait(2000));
    QCOMPARE(exited.at(0), QVariantList({ 3, 0 }));
    QVERIFY2(clock.elapsed() < 800, "programExited must not wait for the daemon");
    QVERIFY(launch->isActive());
    QVERIFY(!launch->isRunning());
    // The supervisor that waits for the daemon holds no descriptor at all
    // (once it has closed the status pipe, just after writing to it): not the
    // helper's, not the caller's stdio, not the namespace.
    const QString supervisorFds = QStringLiteral("/proc/%1/fd").arg(launch->supervisorPid());
    auto held = [&] {
        QStringList fds;
        const auto filter = QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System;
        for (const QFileInfo &fd : QDir(supervisorFds).entryInfoList(filter))
            fds << fd.fileName() + QStringLiteral(" -> ") + fd.symLinkTarget();
        return fds;
    };
    QTRY_COMPARE_WITH_TIMEOUT(held(), QStringList(), 500);
    QFile status(QStringLiteral("/proc/%1/status").arg(launch->supervisorPid()));
    QVERIFY(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            qInfo("supervisor while waiting: %s", line.simplified().constData());
    }
    QVERIFY(finished.wait(5000));
    QVERIFY2(clock.elapsed() >= 1000, "finished must wait for the daemon");
    QVERIFY(!launch->isActive());
}

void TestLaunch::twentyAtOnce()
{
    std::vector<std::unique_ptr<Launch>> launches;
    const int devNull = open("/dev/null", O_RDWR | O_CLOEXEC);
    for (int i = 0; i < 20; ++i) {
        LaunchSpec s = spec({ QStringLiteral("/bin/sh"), QStringLiteral("-c"),
            QStringLiteral("sleep 0.3; exit %1").arg(i) });
        s.id = QStringLiteral("many-%1").arg(i);
        s.stdinFd = s.stdoutFd = s.stderrFd = devNull;
        QString error;
        launches.push_back(Launch::start(s, &error));
        QVERIFY2(launches.back(), qPrintable(error));
    }
    close(devNull);
    QList<int> statuses(20, -1);
    int done = 0;
    for (int i = 0; i < 20; ++i) {
        QVERIFY(launches[size_t(i)]->isRunning()); // all running at the same time
        connect(launches[size_t(i)].get(), &Launch::programExited, this,
            [&statuses, i](int status, int) { statuses[i] = status; });
        connect(launches[size_t(i)].get(), &Launch::finished, this, [&done] { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 20, 10000);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(statuses[i], i);
}

void TestLaunch::preparedBeforeTheNetwork()
{
    // The helper prepares a launch while it builds the launch's network:
    // the namespace arrives only at start(), and the program runs in it.
    LaunchSpec s = spec({ m_probe, QStringLiteral("netns") });
    s.id = QStringLiteral("prepared");
    s.netnsFd = -1;
    int out[2];
    QCOMPARE(pipe2(out, O_CLOEXEC), 0);
    const int devNull = open("/dev/null", O_RDWR | O_CLOEXEC);
    s.stdinFd = s.stderrFd = devNull;
    s.stdoutFd = out[1];
    QString error;
    LaunchError kind = LaunchError::None;
    std::unique_ptr<PreparedLaunch> prepared = PreparedLaunch::prepare(s, &error, &kind);
    close(devNull);
    close(out[1]);
    QVERIFY2(prepared, qPrintable(error));
    // The supervisor and the program child, waiting for the network.
    QTRY_COMPARE_WITH_TIMEOUT(supervisorProcesses().size(), 2, 2000);

    // A namespace made after the preparation, as the helper's would be.
    const int home = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    QCOMPARE(unshare(CLONE_NEWNET), 0);
    const int later = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    QCOMPARE(setns(home, CLONE_NEWNET), 0);
    close(home);
    struct stat st;
    QCOMPARE(fstat(later, &st), 0);

    const std::unique_ptr<Launch> launch = prepared->start(later, &error, &kind);
    close(later);
    QVERIFY2(launch, qPrintable(error));
    QCOMPARE(readAll(out[0]).trimmed(), QByteArray::number(qulonglong(st.st_ino)));
    close(out[0]);
    QSignalSpy finished(launch.get(), &Launch::finished);
    QVERIFY(finished.wait(5000));
    // Once only.
    QVERIFY(!prepared->start(m_netns, &error, &kind));
    QCOMPARE(kind, LaunchError::Other);
}

void TestLaunch::calledOffBeforeTheNetwork()
{
    // When the network cannot be made, the prepared launch is dropped: the
    // program never runs, and nothing of it is left (cleanup() checks the
    // files).
    LaunchSpec s = spec({ QStringLiteral("/bin/sh"), QStringLiteral("-c"),
        QStringLiteral("echo must not run") });
    s.id = QStringLiteral("called-off");
    int out[2];
    QCOMPARE(pipe2(out, O_CLOEXEC), 0);
    const int devNull = open("/dev/null", O_RDWR | O_CLOEXEC);
    s.stdinFd = s.stderrFd = devNull;
    s.stdoutFd = out[1];
    QString error;
    LaunchError kind = LaunchError::None;
    std::unique_ptr<PreparedLaunch> prepared = PreparedLaunch::prepare(s, &error, &kind);
    close(devNull);
    close(out[1]);
    QVERIFY2(prepared, qPrintable(error));
    QVERIFY(!supervisorProcesses().isEmpty());
    prepared.reset();
    // Every holder of the program's stdout is gone: end-of-file, no output.
    QCOMPARE(readAll(out[0]), QByteArray());
    close(out[0]);
    QTRY_COMPARE_WITH_TIMEOUT(supervisorProcesses(), QList<pid_t>(), 2000);
}

void TestLaunch::spareSupervisorIsTaken()
{
    SpareSupervisors spares(QStringLiteral(LAUNCH_SUPERVISOR));
    QVERIFY(!spares.hasSpare());
    spares.refill();
    QVERIFY(spares.hasSpare());
    const QList<pid_t> before = supervisorProcesses();
    QCOMPARE(before.size(), 1); // waiting, before any launch is known
    LaunchSpec s = spec({ QStringLiteral("/usr/bin/id") });
    s.spares = &spares;
    const Outcome o = run(s.argv, {}, s);
    QVERIFY2(o.launch, qPrintable(o.error));
    QCOMPARE(o.launch->supervisorPid(), before.first());
    QVERIFY(!spares.hasSpare());
    QVERIFY(o.out.startsWith("uid=64101(lltest)"));
    QCOMPARE(o.exitStatus, 0);
}

void TestLaunch::deadSpareIsReplaced()
{
    SpareSupervisors spares(QStringLiteral(LAUNCH_SUPERVISOR));
    spares.refill();
    const QList<pid_t> waiting = supervisorProcesses();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(kill(waiting.first(), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(supervisorProcesses(), QList<pid_t>(), 2000);
    LaunchSpec s = spec({ QStringLiteral("/usr/bin/id") });
    s.spares = &spares;
    const Outcome o = run(s.argv, {}, s);
    QVERIFY2(o.launch, qPrintable(o.error));
    QVERIFY(o.launch->supervisorPid() != waiting.first());
    QCOMPARE(o.exitStatus, 0);
    // The dead spare was reaped on the way, not left a zombie.
    QCOMPARE(kill(waiting.first(), 0), -1);
    QCOMPARE(errno, ESRCH);
}

QTEST_GUILESS_MAIN(TestLaunch)
#include "TestLaunch.moc"
