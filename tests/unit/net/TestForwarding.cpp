#include "Forwarding.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

private:
    void put(const QString &key, const QString &value);
    QString get(const QString &key);
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

QTEST_GUILESS_MAIN(TestForwarding)
#include "TestForwarding.moc"
