#include "Forwarding.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Lifeline::Net;

// A stand-in /proc/sys in a temporary directory: the logic of what is
// changed and put back, without root. The kernel's own propagation of the
// global switches is exercised by the root test.
class TestForwarding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void ipv6SavesRouterAdvertisements();
    void alreadyForwardingIsLeftAlone();
    void referenceCounted();
    void unreadableSwitchChangesNothing();
    void journalFollowsTheSwitch();
    void reserveJournalsThenSwitches();
    void reservedAndDroppedChangesNothing();
    void crashedRunIsPutBack();
    void adoptedLaunchTakesOver();
    void switchedOffMeanwhileStartsAfresh();
    void malformedJournalIsSetAside();
    void unwritableJournalChangesNothing();

private:
    void put(const QString &key, const QString &value);
    QString get(const QString &key);
    // A helper that switched `family` on and was killed: a child process
    // acquires and leaves without running a destructor.
    void crashWhileForwarding(Family family);
    QString journal() const { return m_dir->path() + QStringLiteral("/run"); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestForwarding::put(const QString &key, const QString &value)
{
    const QString path = m_dir->path() + u'/' + key;
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(value.toLatin1() + '\n');
}

QString TestForwarding::get(const QString &key)
{
    QString error;
    const QString value = Sysctls(m_dir->path()).read(key, &error);
    return error.isEmpty() ? value : error;
}

void TestForwarding::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    put("net/ipv4/ip_forward", "0");
    for (const char *entry : {"all", "default", "lo", "wlan0", "eth0"}) {
        put(QStringLiteral("net/ipv4/conf/%1/forwarding").arg(QLatin1String(entry)), "0");
        put(QStringLiteral("net/ipv6/conf/%1/forwarding").arg(QLatin1String(entry)), "0");
        put(QStringLiteral("net/ipv6/conf/%1/accept_ra").arg(QLatin1String(entry)), "1");
    }
    put("net/ipv6/conf/eth0/accept_ra", "0"); // NetworkManager does RAs itself
    put("net/ipv6/conf/lo/forwarding", "1");   // an admin's own choice
    // The helper's spare veth (SpareNamespace).
    put("net/ipv6/conf/llv0123abcdh/forwarding", "0");
    put("net/ipv6/conf/llv0123abcdh/accept_ra", "1");
    put("net/ipv6/conf/llvpn0/forwarding", "0"); // an admin's, only named alike
    put("net/ipv6/conf/llvpn0/accept_ra", "1");
}

void TestForwarding::ipv6SavesRouterAdvertisements()
{
    {
        Forwarding forwarding{Sysctls(m_dir->path())};
        QString error;
        auto guard = forwarding.acquire(Family::IPv6, &error);
        QVERIFY2(guard, qPrintable(error));
        QCOMPARE(get("net/ipv6/conf/all/forwarding"), "1");
        QCOMPARE(get("net/ipv6/conf/wlan0/accept_ra"), "2");
        QCOMPARE(get("net/ipv6/conf/default/accept_ra"), "2");
        QCOMPARE(get("net/ipv6/conf/all/accept_ra"), "1"); // not read by the kernel
        QCOMPARE(get("net/ipv6/conf/eth0/accept_ra"), "0");
        QCOMPARE(get("net/ipv6/conf/llv0123abcdh/accept_ra"), "1"); // ours: never planned
        QCOMPARE(get("net/ipv6/conf/llvpn0/accept_ra"), "2");
        QCOMPARE(get("net/ipv4/ip_forward"), "0");
        // What the kernel does when all.forwarding is switched: every interface follows.
        put("net/ipv6/conf/lo/forwarding", "1");
        put("net/ipv6/conf/wlan0/forwarding", "1");
    }
    QCOMPARE(get("net/ipv6/conf/all/forwarding"), "0");
    QCOMPARE(get("net/ipv6/conf/wlan0/accept_ra"), "1");
    QCOMPARE(get("net/ipv6/conf/default/accept_ra"), "1");
    QCOMPARE(get("net/ipv6/conf/eth0/accept_ra"), "0");
    QCOMPARE(get("net/ipv6/conf/wlan0/forwarding"), "0");
    QCOMPARE(get("net/ipv6/conf/lo/forwarding"), "1");
}

void TestForwarding::alreadyForwardingIsLeftAlone()
{
    put("net/ipv4/ip_forward", "1");
    Forwarding forwarding{Sysctls(m_dir->path())};
    QString error;
    {
        auto guard = forwarding.acquire(Family::IPv4, &error);
        QVERIFY(guard);
        put("net/ipv4/ip_forward", "1");
    }
    QCOMPARE(get("net/ipv4/ip_forward"), "1");
}

void TestForwarding::referenceCounted()
{
    Forwarding forwarding{Sysctls(m_dir->path())};
    QString error;
    auto first = forwarding.acquire(Family::IPv4, &error);
    auto second = forwarding.acquire(Family::IPv4, &error);
    QCOMPARE(forwarding.users(Family::IPv4), 2);
    first.reset();
    QCOMPARE(get("net/ipv4/ip_forward"), "1");
    second.reset();
    QCOMPARE(get("net/ipv4/ip_forward"), "0");
    QCOMPARE(forwarding.users(Family::IPv4), 0);
}

void TestForwarding::unreadableSwitchChangesNothing()
{
    // all/forwarding unreadable: refused before anything is changed.
    QFile::remove(m_dir->path() + QStringLiteral("/net/ipv6/conf/all/forwarding"));
    Forwarding forwarding{Sysctls(m_dir->path())};
    QString error;
    QVERIFY(!forwarding.acquire(Family::IPv6, &error));
    QVERIFY2(error.contains(QStringLiteral("net/ipv6/conf/all/forwarding")), qPrintable(error));
    QCOMPARE(get("net/ipv6/conf/wlan0/accept_ra"), "1");
    QCOMPARE(forwarding.users(Family::IPv6), 0);
}

void TestForwarding::crashWhileForwarding(Family family)
{
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        auto *forwarding = new Forwarding(Sysctls(m_dir->path()), journal());
        QString error;
        _exit(forwarding->acquire(family, &error) ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

void TestForwarding::journalFollowsTheSwitch()
{
    const QString path = journal() + QStringLiteral("/forwarding-ipv4");
    Forwarding forwarding{Sysctls(m_dir->path()), journal()};
    QString error;
    {
        auto guard = forwarding.acquire(Family::IPv4, &error);
        QVERIFY2(guard, qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArrayList lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.last(), "net/ipv4/ip_forward\t0\t1");
        QVERIFY(lines.contains("net/ipv4/conf/wlan0/forwarding\t0\t"));
        auto second = forwarding.acquire(Family::IPv4, &error);
        QVERIFY(QFile::exists(path));
    }
    QCOMPARE(get("net/ipv4/ip_forward"), "0");
    QVERIFY(!QFile::exists(path));
}

void TestForwarding::reserveJournalsThenSwitches()
{
    const QString path = journal() + QStringLiteral("/forwarding-ipv4");
    Forwarding forwarding{Sysctls(m_dir->path()), journal()};
    QString error;
    {
        auto guard = forwarding.reserve(Family::IPv4, &error);
        QVERIFY2(guard, qPrintable(error));
        // Read and journalled, nothing switched yet.
        QVERIFY(QFile::exists(path));
        QCOMPARE(get("net/ipv4/ip_forward"), "0");
        QCOMPARE(forwarding.users(Family::IPv4), 1);
        QCOMPARE(guard->switchOn(), QString());
        QCOMPARE(get("net/ipv4/ip_forward"), "1");
        // Once only: a second call has nothing left to do.
        put("net/ipv4/ip_forward", "0");
        QCOMPARE(guard->switchOn(), QString());
        QCOMPARE(get("net/ipv4/ip_forward"), "0");
        put("net/ipv4/ip_forward", "1");
    }
    QCOMPARE(get("net/ipv4/ip_forward"), "0");
    QVERIFY(!QFile::exists(path));
}

void TestForwarding::reservedAndDroppedChangesNothing()
{
    // A launch that fails between the two steps: nothing was switched,
    // nothing is put back, and the journal goes.
    const QString path = journal() + QStringLiteral("/forwarding-ipv6");
    Forwarding forwarding{Sysctls(m_dir->path()), journal()};
    QString error;
    {
        auto guard = forwarding.reserve(Family::IPv6, &error);
        QVERIFY2(guard, qPrintable(error));
        QVERIFY(QFile::exists(path));
        put("net/ipv6/conf/wlan0/accept_ra", "0"); // changed by someone else meanwhile
    }
    QCOMPARE(forwarding.users(Family::IPv6), 0);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(get("net/ipv6/conf/all/forwarding"), "0");
    QCOMPARE(get("net/ipv6/conf/wlan0/accept_ra"), "0");
    QCOMPARE(get("net/ipv6/conf/default/accept_ra"), "1");
}

void TestForwarding::crashedRunIsPutBack()
{
    crashWhileForwarding(Family::IPv6);
    // The kernel's doing when all.forwarding goes on: every interface follows.
    put("net/ipv6/conf/wlan0/forwarding", "1");
    QCOMPARE(get("net/ipv6/conf/all/forwarding"), "1");
    QCOMPARE(get("net/ipv6/conf/wlan0/accept_ra"), "2");

    Forwarding next{Sysctls(m_dir->path()), journal()};
    const QStringList found = next.recover();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found[0].contains(QStringLiteral("ipv6")), qPrintable(found[0]));
    QCOMPARE(get("net/ipv6/conf/all/forwarding"), "1"); // nothing moves before adoption is done
    const QStringList putBack = next.settleRecovered();
    QCOMPARE(putBack.size(), 1);
    QCOMPARE(get("net/ipv6/conf/all/forwarding"), "0");
    QCOMPARE(get("net/ipv6/conf/wlan0/forwarding"), "0");
    QCOMPARE(get("net/ipv6/conf/lo/forwarding"), "1"); // the admin's, kept
    QCOMPARE(get("net/ipv6/conf/wlan0/accept_ra"), "1");
    QCOMPARE(get("net/ipv6/conf/default/accept_ra"), "1");
    QCOMPARE(get("net/ipv6/conf/eth0/accept_ra"), "0");
    QVERIFY(!QFile::exists(journal() + QStringLiteral("/forwarding-ipv6")));
    QVERIFY(next.recover().isEmpty()); // nothing left for a third run
}

void TestForwarding::adoptedLaunchTakesOver()
{
    crashWhileForwarding(Family::IPv4);
    Forwarding next{Sysctls(m_dir->path()), journal()};
    QCOMPARE(next.recover().size(), 1);
    QString error;
    {
        // The launch adopted at start-up takes the switch over as it is.
        auto adopted = next.acquire(Family::IPv4, &error);
        QVERIFY2(adopted, qPrintable(error));
        QVERIFY(next.settleRecovered().isEmpty());
        QCOMPARE(get("net/ipv4/ip_forward"), "1");
        QVERIFY(QFile::exists(journal() + QStringLiteral("/forwarding-ipv4")));
    }
    // Its end puts back what the first run found.
    QCOMPARE(get("net/ipv4/ip_forward"), "0");
    QVERIFY(!QFile::exists(journal() + QStringLiteral("/forwarding-ipv4")));
}

void TestForwarding::switchedOffMeanwhileStartsAfresh()
{
    crashWhileForwarding(Family::IPv4);
    put("net/ipv4/ip_forward", "0"); // someone switched it off after the crash
    Forwarding next{Sysctls(m_dir->path()), journal()};
    QCOMPARE(next.recover().size(), 1);
    QString error;
    {
        auto guard = next.acquire(Family::IPv4, &error);
        QVERIFY2(guard, qPrintable(error));
        QCOMPARE(get("net/ipv4/ip_forward"), "1");
    }
    QCOMPARE(get("net/ipv4/ip_forward"), "0");
    QVERIFY(next.settleRecovered().isEmpty());
}

void TestForwarding::malformedJournalIsSetAside()
{
    QDir().mkpath(journal());
    QFile file(journal() + QStringLiteral("/forwarding-ipv4"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("net/ipv4/../../kernel/core_pattern\t|/tmp/x\t\nnet/ipv4/ip_forward\t0\t1\n");
    file.close();
    put("net/ipv4/ip_forward", "1");
    Forwarding next{Sysctls(m_dir->path()), journal()};
    const QStringList lines = next.recover();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].startsWith(QStringLiteral("problem:")), qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(QStringLiteral("malformed line")), qPrintable(lines[0]));
    QVERIFY(!QFile::exists(file.fileName()));
    QVERIFY(QFile::exists(file.fileName() + QStringLiteral(".bad")));
    QVERIFY(next.settleRecovered().isEmpty());
    QCOMPARE(get("net/ipv4/ip_forward"), "1"); // never half applied
}

void TestForwarding::unwritableJournalChangesNothing()
{
    QFile blocker(journal()); // a file where the directory should be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Forwarding forwarding{Sysctls(m_dir->path()), journal()};
    QString error;
    QVERIFY(!forwarding.acquire(Family::IPv6, &error));
    QVERIFY2(error.contains(journal()), qPrintable(error));
    QCOMPARE(get("net/ipv6/conf/all/forwarding"), "0");
    QCOMPARE(get("net/ipv6/conf/wlan0/accept_ra"), "1");
    QCOMPARE(forwarding.users(Family::IPv6), 0);
}

QTEST_GUILESS_MAIN(TestForwarding)
#include "TestForwarding.moc"
