// Finding a launch's processes after a helper restart: reading /proc (a
// made-up tree: stat, status and the ns/net link of each process), and
// picking from a process table the supervisor above a namespace's
// processes and the program among its children.
#include "LaunchProcesses.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Lifeline;
using Process = LaunchProcesses::Process;

namespace {

constexpr quint64 Host = 4026531840;
constexpr quint64 Launch = 4026532500;
constexpr quint64 Other = 4026532600;

Process process(
    pid_t pid, pid_t parent, uint uid, quint64 start, quint64 netns, const QString &name)
{
    return { pid, parent, uid, start, netns, name };
}

// init, the helper's tree is gone; a supervisor (root, host namespace) with
// the program and a daemon the program left, re-parented to it.
QList<Process> launchTable(const QString &supervisorName = QStringLiteral("lifeline-launch"))
{
    return {
        process(1, 0, 0, 1, Host, QStringLiteral("init")),
        process(400, 1, 0, 5000, Host, supervisorName),
        process(405, 400, 64001, 5100, Launch, QStringLiteral("sh")),
        process(410, 405, 64001, 5200, Launch, QStringLiteral("curl")),
        process(420, 400, 64001, 5150, Launch, QStringLiteral("daemon")),
        process(500, 1, 64001, 6000, Host, QStringLiteral("bash")),
    };
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestLaunchProcesses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsTheSupervisorAndTheProgram();
    void programThatExitedIsNoProgram();
    void theProgramIsTheEarliestChild();
    void nothingInsideIsNothingFound();
    void refusesWhatIsNoSupervisor_data();
    void refusesWhatIsNoSupervisor();
    void twoSupervisorsAreADoubt();
    void readsAProcTree();
    void commandLineIsJoined();
    void aPlainFileIsNoNamespace();
};

void TestLaunchProcesses::findsTheSupervisorAndTheProgram()
{
    const LaunchProcesses::Found found = LaunchProcesses::find(launchTable(), Launch);
    QCOMPARE(found.inside, QList<pid_t>({ 405, 410, 420 }));
    QCOMPARE(found.supervisor, pid_t(400));
    QCOMPARE(found.supervisorStart, quint64(5000));
    QCOMPARE(found.program, pid_t(405));
    QCOMPARE(found.programStart, quint64(5100));
    QVERIFY(found.problem.isEmpty());
}

void TestLaunchProcesses::programThatExitedIsNoProgram()
{
    // The supervisor renames itself when the program exits: its children
    // now are what the program left, none of them the program.
    QList<Process> table = launchTable(QStringLiteral("lifeline-linger"));
    table.removeIf([](const Process &p) { return p.pid == 405 || p.pid == 410; });
    const LaunchProcesses::Found found = LaunchProcesses::find(table, Launch);
    QCOMPARE(found.inside, QList<pid_t>({ 420 }));
    QCOMPARE(found.supervisor, pid_t(400));
    QCOMPARE(found.program, pid_t(0));
}

void TestLaunchProcesses::theProgramIsTheEarliestChild()
{
    // Pids wrap: the program may have the higher pid; it started first.
    QList<Process> table = launchTable();
    table[2].pid = 900; // the program
    table[3].parent = 900;
    const LaunchProcesses::Found found = LaunchProcesses::find(table, Launch);
    QCOMPARE(found.program, pid_t(900));
}

void TestLaunchProcesses::nothingInsideIsNothingFound()
{
    const LaunchProcesses::Found found = LaunchProcesses::find(launchTable(), Other);
    QVERIFY(found.inside.isEmpty());
    QCOMPARE(found.supervisor, pid_t(0));
    QVERIFY(found.problem.isEmpty());
}

void TestLaunchProcesses::refusesWhatIsNoSupervisor_data()
{
    QTest::addColumn<QList<Process>>("table");
    QTest::addColumn<QString>("problem");
    QList<Process> table = launchTable();
    table[1].uid = 64001; // a user's process that took the name
    QTest::newRow("not root") << table
                              << QStringLiteral("no launch supervisor is above its 3 process(es)");
    table = launchTable(QStringLiteral("bash")); // `ip netns exec` from a root shell
    QTest::newRow("another name") << table
                                  << QStringLiteral(
                                         "no launch supervisor is above its 3 process(es)");
    table = launchTable();
    table[1].netns = Launch; // supervisors never join the namespace
    QTest::newRow("inside") << table
                            << QStringLiteral("no launch supervisor is above its 4 process(es)");
    table = launchTable();
    table.removeAt(1); // gone: its children went to init
    for (Process &p : table) {
        if (p.parent == 400)
            p.parent = 1;
    }
    QTest::newRow("gone") << table
                          << QStringLiteral("no launch supervisor is above its 3 process(es)");
}

void TestLaunchProcesses::refusesWhatIsNoSupervisor()
{
    QFETCH(QList<Process>, table);
    QFETCH(QString, problem);
    const LaunchProcesses::Found found = LaunchProcesses::find(table, Launch);
    QCOMPARE(found.supervisor, pid_t(0));
    QCOMPARE(found.program, pid_t(0));
    QCOMPARE(found.problem, problem);
}

void TestLaunchProcesses::twoSupervisorsAreADoubt()
{
    QList<Process> table = launchTable();
    table << process(401, 1, 0, 5001, Host, QStringLiteral("lifeline-launch"))
          << process(406, 401, 64001, 5101, Launch, QStringLiteral("sh"));
    const LaunchProcesses::Found found = LaunchProcesses::find(table, Launch);
    QCOMPARE(found.supervisor, pid_t(0));
    QCOMPARE(found.problem, QStringLiteral("2 launch supervisors claim its processes"));
}

void TestLaunchProcesses::readsAProcTree()
{
    QTemporaryDir proc;
    QVERIFY(proc.isValid());
    struct Entry {
        const char *pid;
        const char *stat;
        const char *uid;
        const char *netns;
    };
    // Field 22 (start time) is the 20th after the name; names may hold
    // spaces and parentheses.
    const Entry entries[] = {
        { "400", "400 (lifeline-launch) S 1 400 400 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 5000 0 0", "0",
            "net:[4026531840]" },
        { "405", "405 (a (b) c) S 400 400 400 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 5100 0 0", "64001",
            "net:[4026532500]" },
        { "406", "garbage", "64001", "net:[4026532500]" }, // unreadable: left out
        { "407", "407 (x) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 5100 0 0", "0",
            "mnt:[4026532500]" }, // not a network namespace link
    };
    for (const Entry &entry : entries) {
        const QString dir = proc.path() + u'/' + QLatin1String(entry.pid);
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/ns")));
        QVERIFY(write(dir + QStringLiteral("/stat"), entry.stat));
        QVERIFY(write(dir + QStringLiteral("/status"),
            QByteArray("Name:\tx\nUid:\t") + entry.uid + '\t' + entry.uid + "\t0\t0\n"));
        QCOMPARE(
            symlink(entry.netns, QFile::encodeName(dir + QStringLiteral("/ns/net")).constData()),
            0);
    }
    QVERIFY(QDir().mkpath(proc.path() + QStringLiteral("/self"))); // not a pid
    const QList<Process> table = LaunchProcesses::read(proc.path());
    QCOMPARE(table.size(), 2);
    const Process supervisor = table[0].pid == 400 ? table[0] : table[1];
    const Process program = table[0].pid == 400 ? table[1] : table[0];
    QCOMPARE(supervisor.name, QStringLiteral("lifeline-launch"));
    QCOMPARE(supervisor.uid, 0u);
    QCOMPARE(supervisor.netns, Host);
    QCOMPARE(supervisor.startTime, quint64(5000));
    QCOMPARE(program.name, QStringLiteral("a (b) c"));
    QCOMPARE(program.parent, pid_t(400));
    QCOMPARE(program.uid, 64001u);
    QCOMPARE(program.netns, Launch);
    QCOMPARE(LaunchProcesses::startTime(proc.path(), 405), quint64(5100));
    QCOMPARE(LaunchProcesses::startTime(proc.path(), 999), quint64(0));
    QCOMPARE(LaunchProcesses::find(table, Launch).program, pid_t(405));
}

void TestLaunchProcesses::commandLineIsJoined()
{
    QTemporaryDir proc;
    QVERIFY(QDir().mkpath(proc.path() + QStringLiteral("/42")));
    QVERIFY(write(proc.path() + QStringLiteral("/42/cmdline"),
        QByteArray("/usr/bin/curl\0-sS\0http://v4.lab.example/\0", 41)));
    QCOMPARE(LaunchProcesses::commandLine(proc.path(), 42),
        QStringLiteral("/usr/bin/curl -sS http://v4.lab.example/"));
    QCOMPARE(LaunchProcesses::commandLine(proc.path(), 43), QString());
}

void TestLaunchProcesses::aPlainFileIsNoNamespace()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.path() + QStringLiteral("/lifeline-0000beef"), {}));
    QCOMPARE(LaunchProcesses::namespaceInode(dir.path() + QStringLiteral("/lifeline-0000beef")),
        quint64(0));
    QCOMPARE(LaunchProcesses::namespaceInode(dir.path() + QStringLiteral("/missing")), quint64(0));
    // Our own namespace, through /proc, is one.
    QVERIFY(LaunchProcesses::namespaceInode(QStringLiteral("/proc/self/ns/net")) != 0);
}

QTEST_GUILESS_MAIN(TestLaunchProcesses)
#include "TestLaunchProcesses.moc"
