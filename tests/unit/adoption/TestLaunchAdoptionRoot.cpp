// Root tests of taking a launch over after a helper restart: a real launch
// (supervisor, program as a test user, a network namespace of the test's),
// its Launch object dropped as a dying helper drops it, then found again in
// /proc and adopted. Run through ctest, which wraps them in `unshare --net
// --mount --pid` and with-test-user.sh.
#include "Launch.h"
#include "LaunchProcesses.h"
#include "Supervisor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Lifeline;

class TestLaunchAdoptionRoot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void adoptsARunningProgram();
    void adoptsWhatAProgramLeft();
    void aReusedPidIsNotAdopted();

private:
    // Starts `argv` with stdin from a pipe whose write end is returned in
    // *input; the Launch is dropped at once, as by a helper that died.
    LaunchProcesses::Found startAndForget(const QStringList &argv, int *input, pid_t *program);
    QString supervisorName(pid_t pid) const;

    uint m_uid = 0;
    QString m_dir;
    int m_netns = -1;
    quint64 m_netnsInode = 0;
    QTemporaryDir m_runDir;
    int m_counter = 0;
};

void TestLaunchAdoptionRoot::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("needs root: run through ctest -L root");
    m_uid = qEnvironmentVariableIntValue("LIFELINE_TEST_UID");
    m_dir = qEnvironmentVariable("LIFELINE_TEST_DIR");
    QVERIFY2(m_uid != 0 && !m_dir.isEmpty(), "run through with-test-user.sh (ctest does)");
    QVERIFY(m_runDir.isValid());
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

void TestLaunchAdoptionRoot::cleanupTestCase()
{
    if (m_netns >= 0)
        close(m_netns);
}

QString TestLaunchAdoptionRoot::supervisorName(pid_t pid) const
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromLatin1(comm.readAll().trimmed())
                                          : QString();
}

LaunchProcesses::Found TestLaunchAdoptionRoot::startAndForget(
    const QStringList &argv, int *input, pid_t *program)
{
    LaunchSpec spec;
    spec.id = QStringLiteral("adopt-%1").arg(++m_counter);
    spec.netnsFd = m_netns;
    spec.uid = m_uid;
    spec.argv = argv;
    spec.env = { { QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin") } };
    spec.cwd = m_dir;
    spec.resolvConf = "nameserver 192.0.2.53\n";
    spec.runDir = m_runDir.path();
    spec.supervisorPath = QStringLiteral(LAUNCH_SUPERVISOR);
    int in[2];
    if (pipe2(in, O_CLOEXEC) != 0)
        qFatal("pipe2 failed");
    const int devNull = open("/dev/null", O_RDWR | O_CLOEXEC);
    spec.stdinFd = in[0];
    spec.stdoutFd = spec.stderrFd = devNull;
    QString error;
    std::unique_ptr<Launch> launch = Launch::start(spec, &error);
    close(in[0]);
    close(devNull);
    *input = in[1];
    if (!launch) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    *program = launch->pid();
    const pid_t supervisor = launch->supervisorPid();
    launch.reset(); // the helper is gone: nobody reads the exit status now
    LaunchProcesses::Found found;
    // The program may still be on its way into the namespace: exec is done
    // once start() returns, so it is there; wait only for /proc to agree.
    const bool seen = QTest::qWaitFor(
        [&] {
            found = LaunchProcesses::find(
                LaunchProcesses::read(QStringLiteral("/proc")), m_netnsInode);
            return found.supervisor == supervisor;
        },
        5000);
    if (!seen)
        qWarning("supervisor %d not found: %s", supervisor, qPrintable(found.problem));
    return found;
}

void TestLaunchAdoptionRoot::adoptsARunningProgram()
{
    int input = -1;
    pid_t program = 0;
    const LaunchProcesses::Found found = startAndForget(
        { QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("read line; exit 3") },
        &input, &program);
    QVERIFY(found.supervisor > 0);
    QCOMPARE(supervisorName(found.supervisor), QLatin1String(Launcher::ProcessName));
    QCOMPARE(found.program, program);
    QCOMPARE(found.inside, QList<pid_t>({ program }));
    QCOMPARE(LaunchProcesses::commandLine(QStringLiteral("/proc"), program),
        QStringLiteral("/bin/sh -c read line; exit 3"));

    QString error;
    const std::unique_ptr<Launch> launch = Launch::adopt(QStringLiteral("0000beef"), m_uid,
        QStringLiteral("/bin/sh -c read line; exit 3"), found, &error);
    QVERIFY2(launch, qPrintable(error));
    QVERIFY(launch->isAdopted());
    QVERIFY(launch->isRunning());
    QCOMPARE(launch->pid(), program);
    QCOMPARE(launch->supervisorPid(), found.supervisor);
    QCOMPARE(launch->uid(), m_uid);
    QSignalSpy exited(launch.get(), &Launch::programExited);
    QSignalSpy finished(launch.get(), &Launch::finished);
    QTest::qWait(200);
    QCOMPARE(exited.size(), 0); // it runs: nothing to say yet
    QCOMPARE(write(input, "x\n", 2), ssize_t(2));
    close(input);
    QVERIFY(finished.wait(5000));
    // The exit status went to a pipe nobody holds any more: unknown.
    QCOMPARE(exited.size(), 1);
    QCOMPARE(exited.first(), QList<QVariant>({ -1, 0 }));
    QVERIFY(!launch->isRunning());
    QVERIFY(!launch->isActive());
}

void TestLaunchAdoptionRoot::adoptsWhatAProgramLeft()
{
    // The program exits at once, leaving a reader of its stdin behind.
    int input = -1;
    pid_t program = 0;
    const LaunchProcesses::Found before
        = startAndForget({ QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                             QStringLiteral("exec 3<&0; cat <&3 >/dev/null & exit 0") },
            &input, &program);
    QVERIFY(before.supervisor > 0);
    QTRY_COMPARE(supervisorName(before.supervisor), QLatin1String(Launcher::LingeringName));
    const LaunchProcesses::Found found
        = LaunchProcesses::find(LaunchProcesses::read(QStringLiteral("/proc")), m_netnsInode);
    QCOMPARE(found.supervisor, before.supervisor);
    QCOMPARE(found.program, pid_t(0)); // its child cat is not the program
    QCOMPARE(found.inside.size(), 1);
    QVERIFY(found.inside.first() != program);

    QString error;
    const std::unique_ptr<Launch> launch
        = Launch::adopt(QStringLiteral("0000f00d"), m_uid, QStringLiteral("cat"), found, &error);
    QVERIFY2(launch, qPrintable(error));
    QVERIFY(!launch->isRunning());
    QSignalSpy exited(launch.get(), &Launch::programExited);
    QSignalSpy finished(launch.get(), &Launch::finished);
    // Nobody heard of the program's exit: said once, from the event loop.
    QVERIFY(exited.wait(2000));
    QCOMPARE(exited.first(), QList<QVariant>({ -1, 0 }));
    QCOMPARE(finished.size(), 0); // cat still runs
    close(input);
    QVERIFY(finished.wait(5000));
    QCOMPARE(exited.size(), 1);
}

void TestLaunchAdoptionRoot::aReusedPidIsNotAdopted()
{
    int input = -1;
    pid_t program = 0;
    LaunchProcesses::Found found = startAndForget(
        { QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("read line") }, &input,
        &program);
    QVERIFY(found.supervisor > 0);
    const pid_t supervisor = found.supervisor;
    ++found.supervisorStart; // the pid names another process than was found
    QString error;
    QVERIFY(!Launch::adopt(QStringLiteral("0000dead"), m_uid, {}, found, &error));
    QCOMPARE(error, QStringLiteral("its launch supervisor (pid %1) has exited").arg(supervisor));
    close(input);
    // Still the test's child: it ends with its program, unwatched.
    int status = 0;
    QVERIFY(QTest::qWaitFor([&] { return waitpid(supervisor, &status, WNOHANG) == supervisor; }));
    QVERIFY(WIFEXITED(status));
}

QTEST_GUILESS_MAIN(TestLaunchAdoptionRoot)
#include "TestLaunchAdoptionRoot.moc"
