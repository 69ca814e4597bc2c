// Builds real isolated networks. Runs only inside the throw-away network and
// mount namespace that CMake's wrapper makes (unshare --net --mount, a tmpfs
// on /run), and refuses to run anywhere that looks like a real host.
#include "IsolatedNetwork.h"
#include "SpareNamespace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <thread>
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Lifeline::Net;

namespace {

struct Result {
    int exitCode = -1;
    QString output;
};

Result run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(20000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

Result ip(const QString &arguments)
{
    return run(QStringLiteral("ip"), arguments.split(u' ', Qt::SkipEmptyParts));
}

QString sysctl(const QString &key)
{
    QFile file(QStringLiteral("/proc/sys/") + key);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                          : QStringLiteral("(missing)");
}

QString randomId()
{
    static int counter = 0;
    return QStringLiteral("%1").arg(quint32(0xa0000000u + (quint32(getpid()) << 8) + quint32(counter++)),
                                    8, 16, QLatin1Char('0')).right(8);
}

// The sysctls the forwarding code may touch, to compare before and after.
const QStringList WatchedSysctls{
    QStringLiteral("net/ipv4/ip_forward"),
    QStringLiteral("net/ipv4/conf/uplink0/forwarding"),
    QStringLiteral("net/ipv6/conf/all/forwarding"),
    QStringLiteral("net/ipv6/conf/uplink0/forwarding"),
    QStringLiteral("net/ipv6/conf/uplink0/accept_ra"),
    QStringLiteral("net/ipv6/conf/default/accept_ra"),
    QStringLiteral("net/ipv6/conf/lo/accept_ra"),
};

QStringList watched()
{
    QStringList values;
    for (const QString &key : WatchedSysctls)
        values << key + u'=' + sysctl(key);
    return values;
}

} // namespace

class TestIsolatedNetworkRoot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void spareNamespace();
    void ipv4Only();
    void ipv6Only();
    void twentyAtOnce();
    void rollbackWhenVethNameTaken();
    void callerWorkMeanwhile();
    void callerWorkFailureRollsBack();
    void rollbackWhenNamespaceNameTaken();
    void rollbackWhenPoolExhausted();
    void leftovers();
    void timing();
    void cleanupTestCase();

private:
    void expectGone(const QString &id);
    std::unique_ptr<NetContext> m_context;
    QStringList m_sysctlsBefore;
};

void TestIsolatedNetworkRoot::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("needs root (run through ctest, which wraps it in unshare)");
    // Safety: a fresh namespace has nothing but lo and no /run/netns.
    const Result links = ip(QStringLiteral("-o link show"));
    if (links.output.trimmed().count(u'\n') != 0 || !links.output.contains(QStringLiteral("lo:")))
        QFAIL("this is not a fresh network namespace; run it through ctest (unshare --net --mount)");
    if (QFile::exists(QStringLiteral("/run/netns")))
        QFAIL("/run/netns exists: /run is not the private tmpfs of the test wrapper");

    // A fake uplink with documentation addresses and default routes, so the
    // namespace looks like a desktop, and behind it an "upstream" namespace
    // (the router, 192.0.2.1 / 2001:db8::1) that knows no route back to the
    // launch pools: a launch reaching it proves forwarding and NAT work.
    for (const QString &command : {QStringLiteral("link set lo up"),
                                   QStringLiteral("netns add lab-upstream"),
                                   QStringLiteral("link add name uplink0 type veth peer name uplink0p netns lab-upstream"),
                                   QStringLiteral("-n lab-upstream link set uplink0p up"),
                                   QStringLiteral("-n lab-upstream addr add 192.0.2.1/24 dev uplink0p"),
                                   QStringLiteral("-n lab-upstream addr add 2001:db8::1/64 dev uplink0p nodad"),
                                   QStringLiteral("link set uplink0 up"),
                                   QStringLiteral("addr add 192.0.2.10/24 dev uplink0"),
                                   QStringLiteral("addr add 2001:db8::10/64 dev uplink0 nodad"),
                                   QStringLiteral("route add default via 192.0.2.1"),
                                   QStringLiteral("-6 route add default via 2001:db8::1")}) {
        const Result result = ip(command);
        QVERIFY2(result.exitCode == 0, qPrintable(command + u':' + result.output));
    }
    QCOMPARE(sysctl(QStringLiteral("net/ipv6/conf/uplink0/accept_ra")), QStringLiteral("1"));
    m_sysctlsBefore = watched();

    QString error;
    m_context = NetContext::create({}, &error);
    QVERIFY2(m_context, qPrintable(error));
}

void TestIsolatedNetworkRoot::expectGone(const QString &id)
{
    // Veth pairs are deleted in the background: wait for that first.
    m_context->settle();
    QVERIFY(!QFile::exists(QStringLiteral("/run/netns/lifeline-") + id));
    QVERIFY(!ip(QStringLiteral("-o link show")).output.contains(id));
    QVERIFY(!run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("ruleset")})
                 .output.contains(id));
}

static int openFds()
{
    return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size();
}

// The namespace the calling thread is in, as an inode number.
static ino_t currentNamespace()
{
    struct stat info = {};
    return stat("/proc/thread-self/ns/net", &info) == 0 ? info.st_ino : 0;
}

void TestIsolatedNetworkRoot::spareNamespace()
{
    const QString namesBefore = ip(QStringLiteral("netns list")).output;
    const auto linkExists = [](const QString &name) {
        return ip(QStringLiteral("-o link show dev %1").arg(name)).exitCode == 0;
    };
    {
        // Made and never used: of it only its pair's host end shows, down,
        // without an address, labelled; it goes with the object (the kernel
        // deletes the pair with the namespace, in its own time).
        const QString id = randomId();
        const QString veth = hostInterfaceName(id);
        auto unused = SpareNamespace::make(id, m_context->hostNamespaceFd());
        // Labelled a moment after it is made.
        QTRY_VERIFY(ip(QStringLiteral("-o link show dev %1").arg(veth))
                        .output.contains(QString::fromLatin1(SpareNamespace::SpareLabel)));
        const QString link = ip(QStringLiteral("-o link show dev %1").arg(veth)).output;
        QVERIFY2(link.contains(QStringLiteral("state DOWN")) && !link.contains(QStringLiteral(",UP")),
                 qPrintable(link));
        QCOMPARE(ip(QStringLiteral("-o addr show dev %1").arg(veth)).output.trimmed(), QString());
        QVERIFY2(link.contains(QStringLiteral("alias ") + QString::fromLatin1(SpareNamespace::SpareLabel)),
                 qPrintable(link));
        QCOMPARE(ip(QStringLiteral("netns list")).output, namesBefore);
        unused.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!linkExists(veth), 5000);
    }
    const QString id = randomId();
    auto spare = SpareNamespace::make(id, m_context->hostNamespaceFd());
    QCOMPARE(spare->id(), id);
    ino_t inside = 0;
    QStringList links;
    int index = 0;
    int hostIndex = 0;
    spare->start([&](SpareNamespace::Inside in) -> QString {
        inside = currentNamespace();
        index = in.index;
        hostIndex = in.hostIndex;
        QString error;
        links = Netlink::linkNames(in.socket.get(), &error);
        if (!error.isEmpty())
            return error;
        // Loopback is up: a datagram to 127.0.0.1 comes back.
        const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        char echo = 0;
        const bool looped = fd >= 0
            && bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
            && getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) == 0
            && sendto(fd, "x", 1, 0, reinterpret_cast<sockaddr *>(&address), sizeof address) == 1
            && recv(fd, &echo, 1, MSG_DONTWAIT) == 1 && echo == 'x';
        if (fd >= 0)
            ::close(fd);
        return looped ? QStringLiteral("done") : QStringLiteral("loopback is not up");
    });
    QCOMPARE(spare->wait(), QStringLiteral("done"));
    QVERIFY(inside != 0);
    QVERIFY(inside != currentNamespace());
    QCOMPARE(links, (QStringList{QStringLiteral("lo"), namespaceInterfaceName(id)}));
    QVERIFY(index > 0);
    QCOMPARE(hostIndex, int(if_nametoindex(qPrintable(hostInterfaceName(id)))));
    spare.reset();
    QCOMPARE(ip(QStringLiteral("netns list")).output, namesBefore);
    QTRY_VERIFY_WITH_TIMEOUT(!linkExists(hostInterfaceName(id)), 5000);

    // Its names taken (by someone else's link): the job never runs, the
    // error names the pair, and the other link stays.
    const QString takenId = randomId();
    const QString taken = hostInterfaceName(takenId);
    QCOMPARE(ip(QStringLiteral("link add name %1 type veth peer name takenpeer").arg(taken)).exitCode, 0);
    auto failing = SpareNamespace::make(takenId, m_context->hostNamespaceFd());
    bool ran = false;
    failing->start([&](SpareNamespace::Inside) { ran = true; return QString(); });
    const QString error = failing->wait();
    QVERIFY2(error.contains(taken), qPrintable(error));
    QVERIFY(!ran);
    failing.reset();
    QVERIFY(linkExists(taken));
    QCOMPARE(ip(QStringLiteral("link del %1").arg(taken)).exitCode, 0);

    // Taken while it was made, free by the time its job comes: the second
    // try (in a namespace of its own again) makes it.
    const QString laterId = randomId();
    const QString later = hostInterfaceName(laterId);
    QCOMPARE(ip(QStringLiteral("link add name %1 type veth peer name takenpeer").arg(later)).exitCode, 0);
    auto retrying = SpareNamespace::make(laterId, m_context->hostNamespaceFd());
    QTest::qWait(100);
    QCOMPARE(ip(QStringLiteral("link del %1").arg(later)).exitCode, 0);
    QTRY_VERIFY(!linkExists(later));
    int laterIndex = 0;
    retrying->start([&](SpareNamespace::Inside in) {
        laterIndex = in.hostIndex;
        return in.index > 0 ? QStringLiteral("done") : QStringLiteral("no pair");
    });
    QCOMPARE(retrying->wait(), QStringLiteral("done"));
    QCOMPARE(laterIndex, int(if_nametoindex(qPrintable(later))));
    retrying.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!linkExists(later), 5000);
}

void TestIsolatedNetworkRoot::ipv4Only()
{
    const int fdsBefore = openFds();
    // Made in advance here, as the helper does between launches (ipv6Only
    // gets one made on the spot).
    m_context->prepareSpareNamespace();
    QTest::qWait(20);
    const QString id = m_context->spareId();
    QVERIFY(isLaunchId(id));
    QString error;
    auto network = IsolatedNetwork::create(id, Family::IPv4, *m_context, &error);
    QVERIFY2(network, qPrintable(error));
    const QString ns = network->namespaceName();
    QCOMPARE(ns, QStringLiteral("lifeline-") + id);
    QVERIFY(network->namespaceFd() >= 0);
    QCOMPARE(network->subnet().length, 30);
    QVERIFY(network->subnet().overlaps(*Prefix::parse(QStringLiteral("10.231.0.0/16"))));

    QVERIFY(ip(QStringLiteral("netns list")).output.contains(ns));
    QVERIFY(ip(QStringLiteral("-n %1 -4 addr").arg(ns)).output.contains(network->namespaceAddress().text()));
    QVERIFY(ip(QStringLiteral("-4 addr show %1").arg(network->hostInterface())).output.contains(network->hostAddress().text()));
    QVERIFY(ip(QStringLiteral("-n %1 -4 route").arg(ns)).output.contains(
        QStringLiteral("default via %1").arg(network->hostAddress().address())));
    QCOMPARE(ip(QStringLiteral("-n %1 -6 addr").arg(ns)).output.trimmed(), QString());
    QCOMPARE(ip(QStringLiteral("-n %1 -6 route").arg(ns)).output.trimmed(), QString());
    const Result disabled = run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), ns,
                                                       QStringLiteral("cat"),
                                                       QStringLiteral("/proc/sys/net/ipv6/conf/all/disable_ipv6"),
                                                       QStringLiteral("/proc/sys/net/ipv6/conf/default/disable_ipv6")});
    QCOMPARE(disabled.output, QStringLiteral("1\n1\n"));
    QCOMPARE(sysctl(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("1"));
    const QString table = run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("table"),
                                                       QStringLiteral("inet"), QStringLiteral("lifeline")}).output;
    QVERIFY2(table.contains(QStringLiteral("comment \"lifeline %1\"").arg(id)), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("masquerade")), qPrintable(table));

    const auto ping = [&](const QString &flag, const QString &target) {
        return run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), ns,
                                          QStringLiteral("ping"), flag, QStringLiteral("-c1"),
                                          QStringLiteral("-W1"), target}).exitCode;
    };
    QCOMPARE(ping(QStringLiteral("-4"), network->hostAddress().address()), 0);
    QCOMPARE(ping(QStringLiteral("-4"), QStringLiteral("192.0.2.1")), 0); // forwarded and NATed
    QVERIFY(ping(QStringLiteral("-6"), QStringLiteral("2001:db8::10")) != 0);
    QVERIFY(ping(QStringLiteral("-6"), QStringLiteral("2001:db8::1")) != 0);

    // Fail closed while the pair is still being deleted: by the time the
    // destructor returns, its rules and name are gone and the veth, if the
    // kernel still lists it, is down.
    const QString veth = network->hostInterface();
    network.reset();
    QVERIFY(!QFile::exists(QStringLiteral("/run/netns/lifeline-") + id));
    QVERIFY(!run(QStringLiteral("nft"), { QStringLiteral("list"), QStringLiteral("ruleset") })
                 .output.contains(id));
    const QString link = ip(QStringLiteral("-o link show dev %1").arg(veth)).output;
    QVERIFY2(!link.contains(QStringLiteral(",UP")) && !link.contains(QStringLiteral("<UP")),
        qPrintable(link));
    expectGone(id);
    QCOMPARE(watched(), m_sysctlsBefore);
    QCOMPARE(openFds(), fdsBefore);
}

void TestIsolatedNetworkRoot::ipv6Only()
{
    const QString id = randomId();
    QString error;
    auto network = IsolatedNetwork::create(id, Family::IPv6, *m_context, &error);
    QVERIFY2(network, qPrintable(error));
    const QString ns = network->namespaceName();
    QCOMPARE(network->subnet().length, 64);
    QVERIFY(ip(QStringLiteral("-n %1 -6 addr").arg(ns)).output.contains(network->namespaceAddress().text()));
    QVERIFY(ip(QStringLiteral("-n %1 -6 route").arg(ns)).output.contains(
        QStringLiteral("default via %1").arg(network->hostAddress().address())));
    const QString v4 = ip(QStringLiteral("-n %1 -4 -o addr").arg(ns)).output.trimmed();
    QVERIFY2(v4.count(u'\n') == 0 && v4.contains(QStringLiteral("127.0.0.1/8")), qPrintable(v4));
    QCOMPARE(ip(QStringLiteral("-n %1 -4 route").arg(ns)).output.trimmed(), QString());
    QCOMPARE(sysctl(QStringLiteral("net/ipv6/conf/all/forwarding")), QStringLiteral("1"));
    // Forwarding on must not cost the desktop its router advertisements.
    QCOMPARE(sysctl(QStringLiteral("net/ipv6/conf/uplink0/accept_ra")), QStringLiteral("2"));
    QCOMPARE(sysctl(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("0"));

    const auto ping = [&](const QString &flag, const QString &target) {
        return run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), ns,
                                          QStringLiteral("ping"), flag, QStringLiteral("-c1"),
                                          QStringLiteral("-W1"), target}).exitCode;
    };
    QCOMPARE(ping(QStringLiteral("-6"), network->hostAddress().address()), 0);
    QCOMPARE(ping(QStringLiteral("-6"), QStringLiteral("2001:db8::1")), 0); // forwarded and NATed
    QVERIFY(ping(QStringLiteral("-4"), QStringLiteral("192.0.2.10")) != 0);
    QVERIFY(ping(QStringLiteral("-4"), QStringLiteral("192.0.2.1")) != 0);

    network.reset();
    expectGone(id);
    QCOMPARE(watched(), m_sysctlsBefore);
}

void TestIsolatedNetworkRoot::twentyAtOnce()
{
    std::vector<std::unique_ptr<IsolatedNetwork>> networks;
    QStringList subnets;
    QStringList ids;
    for (int i = 0; i < 20; ++i) {
        QString error;
        ids << randomId();
        networks.push_back(IsolatedNetwork::create(ids.last(), i % 2 ? Family::IPv6 : Family::IPv4,
                                                   *m_context, &error));
        QVERIFY2(networks.back(), qPrintable(error));
        subnets << networks.back()->subnet().text();
    }
    subnets.removeDuplicates();
    QCOMPARE(subnets.size(), 20);
    QCOMPARE(ip(QStringLiteral("netns list")).output.count(QStringLiteral("lifeline-")), 20);
    const QString table = run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("table"),
                                                       QStringLiteral("inet"), QStringLiteral("lifeline")}).output;
    for (const QString &id : ids)
        QVERIFY(table.contains(QStringLiteral("lifeline %1").arg(id)));
    // Two namespaces each reach their own host end.
    for (int i : {0, 1}) {
        const Result ping = run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"),
                                                       networks[i]->namespaceName(), QStringLiteral("ping"),
                                                       QStringLiteral("-c1"), QStringLiteral("-W1"),
                                                       networks[i]->hostAddress().address()});
        QVERIFY2(ping.exitCode == 0, qPrintable(ping.output));
    }
    networks.clear();
    for (const QString &id : ids)
        expectGone(id);
    QVERIFY(m_context->pool(Family::IPv4).inUse().isEmpty());
    QVERIFY(m_context->pool(Family::IPv6).inUse().isEmpty());
    QCOMPARE(watched(), m_sysctlsBefore);
}

void TestIsolatedNetworkRoot::rollbackWhenVethNameTaken()
{
    // Another launch keeps forwarding and the table alive meanwhile: the
    // failed one must take exactly its own things away, not theirs.
    QString error;
    const QString otherId = randomId();
    auto other = IsolatedNetwork::create(otherId, Family::IPv6, *m_context, &error);
    QVERIFY2(other, qPrintable(error));
    const QStringList sysctlsWithOther = watched();

    for (const Family family : {Family::IPv4, Family::IPv6}) {
        const QString id = randomId();
        const QString taken = hostInterfaceName(id);
        QCOMPARE(ip(QStringLiteral("link add name %1 type veth peer name takenpeer").arg(taken)).exitCode, 0);
        auto network = IsolatedNetwork::create(id, family, *m_context, &error);
        QVERIFY(!network);
        QVERIFY2(error.contains(taken), qPrintable(error));
        QVERIFY(!QFile::exists(QStringLiteral("/run/netns/lifeline-") + id));
        // The interface that was there before is not ours: it stays.
        QVERIFY(ip(QStringLiteral("-o link show")).output.contains(taken));
        QCOMPARE(ip(QStringLiteral("link del %1").arg(taken)).exitCode, 0);
        QCOMPARE(m_context->pool(family).inUse().size(), family == Family::IPv6 ? 1 : 0);
        QCOMPARE(watched(), sysctlsWithOther);
        QVERIFY(!run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("ruleset")}).output.contains(id));
    }
    other.reset();
    expectGone(otherId);
    QCOMPARE(watched(), m_sysctlsBefore);
    QVERIFY(run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("tables")}).output.trimmed().isEmpty());
}

void TestIsolatedNetworkRoot::callerWorkMeanwhile()
{
    // The caller's work runs once, on the namespace's thread but back in
    // the host's namespace (what it starts must not start inside), while
    // the calling thread applies the rules; the work inside the namespace
    // runs in it.
    const QString id = randomId();
    int ranMeanwhile = 0;
    std::thread::id meanwhileThread;
    ino_t meanwhileNamespace = 0;
    ino_t namespaceSeen = 0;
    IsolatedNetwork::Setup setup;
    cpu_set_t meanwhileCpus;
    CPU_ZERO(&meanwhileCpus);
    setup.meanwhile = [&] {
        ++ranMeanwhile;
        meanwhileThread = std::this_thread::get_id();
        meanwhileNamespace = currentNamespace();
        sched_getaffinity(0, sizeof meanwhileCpus, &meanwhileCpus);
        return QString();
    };
    setup.alsoInside = [&] {
        struct stat inside;
        if (stat("/proc/thread-self/ns/net", &inside) != 0)
            return QStringLiteral("cannot stat the namespace");
        namespaceSeen = inside.st_ino;
        return QString();
    };
    QString error;
    auto network = IsolatedNetwork::create(id, Family::IPv4, *m_context, &error, setup);
    QVERIFY2(network, qPrintable(error));
    QCOMPARE(ranMeanwhile, 1);
    QVERIFY(meanwhileThread != std::this_thread::get_id());
    QCOMPARE(meanwhileNamespace, currentNamespace());
    // And on every processor this thread may use: what it starts inherits
    // them (the thread was kept off the caller's processor until then).
    cpu_set_t ours;
    QCOMPARE(sched_getaffinity(0, sizeof ours, &ours), 0);
    QVERIFY(CPU_EQUAL(&meanwhileCpus, &ours));
    struct stat st;
    QCOMPARE(fstat(network->namespaceFd(), &st), 0);
    QCOMPARE(namespaceSeen, st.st_ino);
    network.reset();
    expectGone(id);
    QCOMPARE(watched(), m_sysctlsBefore);
}

void TestIsolatedNetworkRoot::callerWorkFailureRollsBack()
{
    // The caller's own failure is its message, as it is, and everything
    // made meanwhile (the namespace on the other thread) goes again.
    const QString id = randomId();
    IsolatedNetwork::Setup setup;
    setup.meanwhile = [] { return QStringLiteral("the caller changed its mind"); };
    QString error;
    QVERIFY(!IsolatedNetwork::create(id, Family::IPv4, *m_context, &error, setup));
    QCOMPARE(error, QStringLiteral("the caller changed its mind"));
    QVERIFY(!QFile::exists(QStringLiteral("/run/netns/lifeline-") + id));
    QVERIFY(m_context->pool(Family::IPv4).inUse().isEmpty());
    expectGone(id);
    QCOMPARE(watched(), m_sysctlsBefore);
    QVERIFY(run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("tables")}).output.trimmed().isEmpty());
}

void TestIsolatedNetworkRoot::rollbackWhenPoolExhausted()
{
    // A pool of one /30: the second launch finds no subnet while its
    // namespace thread registers its namespace and brings its veth pair up,
    // which must go with the rest.
    NetContext::Options options;
    options.ipv4Pool = QStringLiteral("10.231.200.0/30");
    QString error;
    auto tiny = NetContext::create(std::move(options), &error);
    QVERIFY2(tiny, qPrintable(error));
    const QString firstId = randomId();
    auto first = IsolatedNetwork::create(firstId, Family::IPv4, *tiny, &error);
    QVERIFY2(first, qPrintable(error));
    for (int round = 0; round < 5; ++round) {
        const QString id = randomId();
        QVERIFY(!IsolatedNetwork::create(id, Family::IPv4, *tiny, &error));
        QVERIFY2(error.contains(QStringLiteral("10.231.200.0/30")), qPrintable(error));
        tiny->settle();
        QVERIFY(!QFile::exists(QStringLiteral("/run/netns/lifeline-") + id));
        QVERIFY2(!ip(QStringLiteral("-o link show")).output.contains(id), qPrintable(id));
        QVERIFY(!run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("ruleset")})
                     .output.contains(id));
        QCOMPARE(tiny->pool(Family::IPv4).inUse().size(), 1);
    }
    first.reset();
    tiny->settle();
    QVERIFY(!ip(QStringLiteral("-o link show")).output.contains(firstId));
    tiny.reset();
    QCOMPARE(watched(), m_sysctlsBefore);
}

void TestIsolatedNetworkRoot::rollbackWhenNamespaceNameTaken()
{
    const QString id = randomId();
    const QString ns = namespaceName(id);
    QCOMPARE(ip(QStringLiteral("netns add %1").arg(ns)).exitCode, 0);
    QString error;
    QVERIFY(!IsolatedNetwork::create(id, Family::IPv4, *m_context, &error));
    QVERIFY2(error.contains(ns), qPrintable(error));
    // Someone else's namespace of that name survives our failure.
    QVERIFY(ip(QStringLiteral("netns list")).output.contains(ns));
    QCOMPARE(ip(QStringLiteral("netns del %1").arg(ns)).exitCode, 0);
    // The pair (made in advance) is deleted in the background.
    m_context->settle();
    QVERIFY(!ip(QStringLiteral("-o link show")).output.contains(id));
    QVERIFY(m_context->pool(Family::IPv4).inUse().isEmpty());
    QCOMPARE(watched(), m_sysctlsBefore);

    QVERIFY(!IsolatedNetwork::create(QStringLiteral("../../etc"), Family::IPv4, *m_context, &error));
}

void TestIsolatedNetworkRoot::leftovers()
{
    for (const QString &command : {QStringLiteral("netns add lifeline-deadbeef"),
                                   QStringLiteral("link add name llvdeadbeefh type veth peer name llvdeadbeefn"),
                                   QStringLiteral("link add name llvfeedf00dh type veth peer name llvfeedf00dn"),
                                   QStringLiteral("netns add lifeline-NOTOURS1"),
                                   QStringLiteral("netns add somebody-else"),
                                   QStringLiteral("link add name llvmine type veth peer name llvminepeer"),
                                   QStringLiteral("link add name llvcafef00dh type veth peer name llvcafef00dn")})
        QCOMPARE(ip(command).exitCode, 0);
    QCOMPARE(run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("llvcafef00dh"),
                                        QStringLiteral("alias"), QString::fromLatin1(SpareNamespace::SpareLabel)})
                 .exitCode,
             0);
    QString error;
    QCOMPARE(IsolatedNetwork::leftovers(&error),
             (QStringList{QStringLiteral("deadbeef"), QStringLiteral("feedf00d")}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(IsolatedNetwork::removeLeftover(QStringLiteral("deadbeef")), QString());
    QCOMPARE(IsolatedNetwork::removeLeftover(QStringLiteral("feedf00d")), QString());
    QVERIFY(!IsolatedNetwork::removeLeftover(QStringLiteral("NOTOURS1")).isEmpty());
    QVERIFY(IsolatedNetwork::leftovers(&error).isEmpty());
    const QString netns = ip(QStringLiteral("netns list")).output;
    QVERIFY(netns.contains(QStringLiteral("lifeline-NOTOURS1")) && netns.contains(QStringLiteral("somebody-else")));
    QVERIFY(ip(QStringLiteral("-o link show")).output.contains(QStringLiteral("llvmine")));
    ip(QStringLiteral("netns del lifeline-NOTOURS1"));
    ip(QStringLiteral("netns del somebody-else"));
    ip(QStringLiteral("link del llvmine"));
    // A spare of an earlier run is left to the kernel (it goes with its
    // namespace); this one has none, so the test takes it away.
    QVERIFY(ip(QStringLiteral("-o link show")).output.contains(QStringLiteral("llvcafef00dh")));
    ip(QStringLiteral("link del llvcafef00dh"));
}

// Not a pass/fail benchmark: prints the numbers the report compares (the
// real benchmark belongs in bench/).
void TestIsolatedNetworkRoot::timing()
{
    const int rounds = 15;
    for (const Family family : {Family::IPv4, Family::IPv6}) {
        QList<qint64> create, destroy;
        for (int i = 0; i < rounds; ++i) {
            QString error;
            QElapsedTimer timer;
            timer.start();
            auto network = IsolatedNetwork::create(randomId(), family, *m_context, &error);
            create << timer.nsecsElapsed() / 1000;
            QVERIFY2(network, qPrintable(error));
            timer.restart();
            network.reset();
            destroy << timer.nsecsElapsed() / 1000;
            m_context->settle(); // rounds do not overlap with a deletion
        }
        std::sort(create.begin(), create.end());
        std::sort(destroy.begin(), destroy.end());
        qInfo("lifeline %s: create median %lld us, destroy median %lld us (%d rounds)",
              qPrintable(familyName(family)), create[rounds / 2], destroy[rounds / 2], rounds);
    }
}

void TestIsolatedNetworkRoot::cleanupTestCase()
{
    m_context.reset();
    ip(QStringLiteral("netns del lab-upstream"));
    if (!m_sysctlsBefore.isEmpty())
        QCOMPARE(watched(), m_sysctlsBefore);
}

QTEST_GUILESS_MAIN(TestIsolatedNetworkRoot)
#include "TestIsolatedNetworkRoot.moc"
