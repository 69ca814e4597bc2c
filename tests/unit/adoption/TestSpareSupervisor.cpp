// The spare launch supervisor (one idle process the helper keeps ready)
// never outlives its helper: a helper that is SIGKILLed closes its end of
// the control socket, and the spare exits by itself; a helper that exits
// (idle) takes it down and reaps it; and it holds nothing of the helper's
// but that socket. No root needed: the spare does nothing privileged
// before a launch arrives.
#include "SpareSupervisors.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Lifeline;

namespace {

// Waits (bounded) for `pid`, our child, to exit; its wait status, or -1.
int waitFor(pid_t pid, int timeoutMs)
{
    int status = 0;
    for (int waited = 0; waited < timeoutMs; waited += 10) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            return status;
        if (done < 0)
            return -1;
        QThread::msleep(10);
    }
    return -1;
}

QString nameOf(pid_t pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromLatin1(comm.readAll().trimmed())
                                          : QString();
}

} // namespace

class TestSpareSupervisor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exitsWhenItsHelperIsKilled();
    void goesWithAnExitingHelper();
    void holdsOnlyItsControlSocket();
};

void TestSpareSupervisor::initTestCase()
{
    // Orphans come to us, so the spare of a killed "helper" can be reaped
    // and its exit status read.
    QCOMPARE(prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), 0);
}

void TestSpareSupervisor::exitsWhenItsHelperIsKilled()
{
    int report[2];
    QCOMPARE(pipe2(report, O_CLOEXEC), 0);
    const pid_t helper = fork();
    QVERIFY(helper >= 0);
    if (helper == 0) {
        // A helper: keeps a spare ready, then waits to be killed.
        SpareSupervisors spares(QStringLiteral(LAUNCH_SUPERVISOR));
        spares.refill();
        QString error;
        const std::unique_ptr<SupervisorProcess> spare = spares.take(&error);
        const pid_t pid = spare ? spare->pid() : 0;
        [[maybe_unused]] const ssize_t n = write(report[1], &pid, sizeof pid);
        for (;;)
            pause();
    }
    close(report[1]);
    pid_t spare = 0;
    QCOMPARE(read(report[0], &spare, sizeof spare), ssize_t(sizeof spare));
    close(report[0]);
    QVERIFY(spare > 0);
    QCOMPARE(nameOf(spare), QStringLiteral("lifeline-launch"));
    QTest::qWait(100);
    QCOMPARE(waitpid(spare, nullptr, WNOHANG), -1); // not ours yet: it waits on its socket
    QCOMPARE(kill(spare, 0), 0);

    QCOMPARE(kill(helper, SIGKILL), 0);
    QCOMPARE(waitFor(helper, 5000), SIGKILL);
    // Its control socket is at end-of-file now: it exits, cleanly.
    const int status = waitFor(spare, 5000);
    QVERIFY2(status != -1, "the spare is still running after its helper died");
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
}

void TestSpareSupervisor::goesWithAnExitingHelper()
{
    pid_t spare = 0;
    {
        SpareSupervisors spares(QStringLiteral(LAUNCH_SUPERVISOR));
        spares.refill();
        QVERIFY(spares.hasSpare());
        QString error;
        std::unique_ptr<SupervisorProcess> taken = spares.take(&error);
        QVERIFY(taken);
        spare = taken->pid();
        spares.refill(); // the helper keeps another one ready
        QVERIFY(spares.hasSpare());
    } // both destroyed: the helper's exit
    // Reaped on the way, not left a zombie.
    QCOMPARE(kill(spare, 0), -1);
    QCOMPARE(errno, ESRCH);
    QCOMPARE(waitpid(-1, nullptr, WNOHANG), -1);
    QCOMPARE(errno, ECHILD);
}

void TestSpareSupervisor::holdsOnlyItsControlSocket()
{
    // Something of the helper's that is not close-on-exec.
    const int leaky = open("/dev/null", O_RDONLY);
    QVERIFY(leaky >= 0);
    SpareSupervisors spares(QStringLiteral(LAUNCH_SUPERVISOR));
    spares.refill();
    QString error;
    const std::unique_ptr<SupervisorProcess> spare = spares.take(&error);
    QVERIFY2(spare, qPrintable(error));
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(spare->pid()));
    const auto listed = QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot;
    // Never inherited at all (closed before the exec)...
    QVERIFY(!fds.entryList(listed).contains(QString::number(leaky)));
    // ...and the helper's stdio (its journal stream) closed first thing.
    QTRY_COMPARE(fds.entryList(listed), QStringList({ QStringLiteral("3") }));
    QCOMPARE(nameOf(spare->pid()), QStringLiteral("lifeline-launch"));
    close(leaky);
}

QTEST_GUILESS_MAIN(TestSpareSupervisor)
#include "TestSpareSupervisor.moc"
