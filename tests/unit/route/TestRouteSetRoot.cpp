// Applies routing plans to a real kernel. Runs only inside the throw-away
// network and mount namespace that CMake's wrapper makes (unshare --net
// --mount, a tmpfs on /run) and refuses to run anywhere else. `ip` only
// reads (and plants the hand-made objects the reconcile must leave alone);
// `ip route get` is a lookup, no packet is sent.
#include "Netlink.h"
#include "RouteSet.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <net/if.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Lifeline;
using namespace Lifeline::Route;

namespace {

struct Result {
    int exitCode = -1;
    QString output;
};

Result ip(const QString &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("ip"), arguments.split(u' ', Qt::SkipEmptyParts));
    process.waitForFinished(20000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()) };
}

// Every route of every table and every rule, both families, as JSON.
QString snapshot()
{
    QString all;
    for (const QString &command : { QStringLiteral("-j -4 route show table all"),
             QStringLiteral("-j -6 route show table all"), QStringLiteral("-j -4 rule show"),
             QStringLiteral("-j -6 rule show") })
        all += command + u'\n' + ip(command).output + u'\n';
    return all;
}

QString sysctl(const QString &key)
{
    QFile file(QStringLiteral("/proc/sys/") + key);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                          : QStringLiteral("(missing)");
}

QList<Net::Prefix> prefixes(const QString &text)
{
    QList<Net::Prefix> list;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts))
        list << *Net::Prefix::parse(part);
    return list;
}

const QString Tunnel = QStringLiteral("ll-test");

} // namespace

class TestRouteSetRoot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullTunnel();
    void splitTunnelByDestructor();
    void rollbackMidway();
    void rollbackLastItem();
    void missingInterface();
    void leftovers();

private:
    RoutingPlan plan(const QString &allowedIps, const QString &families);
    Net::Netlink::Socket m_socket;
    int m_ifindex = 0;
};

void TestRouteSetRoot::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("needs root (run through ctest, which wraps it in unshare)");
    const Result links = ip(QStringLiteral("-o link show"));
    if (links.output.trimmed().count(u'\n') != 0 || !links.output.contains(QStringLiteral("lo:")))
        QFAIL(
            "this is not a fresh network namespace; run it through ctest (unshare --net --mount)");
    if (QFile::exists(QStringLiteral("/run/netns")))
        QFAIL("/run/netns exists: /run is not the private tmpfs of the test wrapper");

    // No IPv6 link-local addresses (nor their DAD timers): nothing changes
    // the tables behind the test's back. The kernel has no dummy links
    // here, so veth pairs stand in for the uplink and the tunnel.
    QFile mode(QStringLiteral("/proc/sys/net/ipv6/conf/default/addr_gen_mode"));
    QVERIFY(mode.open(QIODevice::WriteOnly) && mode.write("1\n") == 2);
    mode.close();
    for (const QString &command : { QStringLiteral("link set lo up"),
             QStringLiteral("link add name uplink0 type veth peer name uplink0p"),
             QStringLiteral("link add name %1 type veth peer name %1p").arg(Tunnel),
             QStringLiteral("link set uplink0p up"), QStringLiteral("link set uplink0 up"),
             QStringLiteral("link set %1p up").arg(Tunnel),
             QStringLiteral("link set %1 up").arg(Tunnel),
             QStringLiteral("addr add 192.0.2.10/24 dev uplink0"),
             QStringLiteral("addr add 2001:db8::10/64 dev uplink0 nodad"),
             QStringLiteral("route add default via 192.0.2.1"),
             QStringLiteral("-6 route add default via 2001:db8::1") }) {
        const Result result = ip(command);
        QVERIFY2(result.exitCode == 0, qPrintable(command + u':' + result.output));
    }
    // Carrier comes up asynchronously and shows in route dumps (linkdown).
    QDeadlineTimer deadline(5000);
    while (!(ip(QStringLiteral("-o link show %1").arg(Tunnel))
                   .output.contains(QStringLiteral("LOWER_UP"))
               && ip(QStringLiteral("-o link show uplink0"))
                      .output.contains(QStringLiteral("LOWER_UP")))
        && !deadline.hasExpired())
        QThread::msleep(20);
    QThread::msleep(100);

    m_ifindex = int(if_nametoindex(Tunnel.toLatin1().constData()));
    QVERIFY(m_ifindex > 0);
    QString error;
    m_socket = Net::Netlink::open(&error);
    QVERIFY2(m_socket, qPrintable(error));
}

RoutingPlan TestRouteSetRoot::plan(const QString &allowedIps, const QString &families)
{
    PlanInput input;
    input.interfaceName = Tunnel;
    input.addresses = prefixes(QStringLiteral("10.8.0.2/32 fd00:8::2/128"));
    input.allowedIps = prefixes(allowedIps);
    input.families = *parseFamilies(families, nullptr);
    QString error;
    input.tablesInUse = tablesInUse(m_socket.get(), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    const auto made = RoutingPlan::make(input, &error);
    if (!made)
        qFatal("%s", qPrintable(error));
    return *made;
}

void TestRouteSetRoot::fullTunnel()
{
    const QString before = snapshot();
    const RoutingPlan full = plan(QStringLiteral("0.0.0.0/0 ::/0"), QStringLiteral("all"));
    QCOMPARE(full.fwmark, 51820u);

    QString error;
    auto set = RouteSet::apply(full, m_socket.get(), m_ifindex, &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->items().size(), full.items.size() - 1); // the sysctl is not owned
    QVERIFY(snapshot() != before);

    const QString addresses = ip(QStringLiteral("addr show dev %1").arg(Tunnel)).output;
    QVERIFY2(addresses.contains(QStringLiteral("10.8.0.2/32"))
            && addresses.contains(QStringLiteral("fd00:8::2/128")),
        qPrintable(addresses));
    for (const QString &family : { QStringLiteral("-4"), QStringLiteral("-6") }) {
        const QString table = ip(family + QStringLiteral(" route show table 51820")).output;
        QVERIFY2(table.contains(QStringLiteral("default dev %1 proto 76").arg(Tunnel)),
            qPrintable(table));
        const QString rules = ip(family + QStringLiteral(" rule show")).output;
        QVERIFY2(rules.contains(QStringLiteral(
                     "32000:\tfrom all lookup main suppress_prefixlength 0 proto 76"))
                && rules.contains(
                    QStringLiteral("32001:\tnot from all fwmark 0xca6c lookup 51820 proto 76")),
            qPrintable(rules));
    }
    QCOMPARE(sysctl(QStringLiteral("net/ipv4/conf/all/src_valid_mark")), QStringLiteral("1"));

    // Unmarked traffic takes the tunnel, the tunnel's own (marked) packets
    // and the LAN do not.
    const auto via = [](const QString &arguments) {
        return ip(QStringLiteral("route get ") + arguments).output;
    };
    QVERIFY(via(QStringLiteral("203.0.113.80")).contains(QStringLiteral("dev ") + Tunnel));
    QVERIFY(via(QStringLiteral("203.0.113.80 mark 51820"))
                .contains(QStringLiteral("via 192.0.2.1 dev uplink0")));
    QVERIFY(via(QStringLiteral("192.0.2.1")).contains(QStringLiteral("dev uplink0")));
    QVERIFY(via(QStringLiteral("2001:db8:ffff::80")).contains(QStringLiteral("dev ") + Tunnel));
    QVERIFY(via(QStringLiteral("2001:db8:ffff::80 mark 51820"))
                .contains(QStringLiteral("dev uplink0")));
    QVERIFY(via(QStringLiteral("2001:db8::1")).contains(QStringLiteral("dev uplink0")));

    // The next plan must count up past the table now in use.
    QVERIFY(tablesInUse(m_socket.get(), &error).contains(51820u));
    QCOMPARE(plan(QStringLiteral("0.0.0.0/0"), QStringLiteral("ipv4")).fwmark, 51821u);

    QCOMPARE(set->remove(), QString());
    QVERIFY(set->items().isEmpty());
    QCOMPARE(snapshot(), before);
    QCOMPARE(set->remove(), QString()); // twice is harmless
    QVERIFY(!ip(QStringLiteral("addr show dev %1").arg(Tunnel))
                 .output.contains(QStringLiteral("10.8.0.2")));
}

void TestRouteSetRoot::splitTunnelByDestructor()
{
    const QString before = snapshot();
    const RoutingPlan split
        = plan(QStringLiteral("10.0.0.0/8 198.51.100.0/24 fd00::/8"), QString());
    QCOMPARE(split.fwmark, 0u);
    QString error;
    auto set = RouteSet::apply(split, m_socket.get(), m_ifindex, &error);
    QVERIFY2(set, qPrintable(error));
    const QString main = ip(QStringLiteral("route show table main")).output;
    QVERIFY2(main.contains(QStringLiteral("10.0.0.0/8 dev %1 proto 76 scope link").arg(Tunnel)),
        qPrintable(main));
    QVERIFY(ip(QStringLiteral("route get 198.51.100.7"))
                .output.contains(QStringLiteral("dev ") + Tunnel));
    QVERIFY(ip(QStringLiteral("route get 203.0.113.80"))
                .output.contains(QStringLiteral("dev uplink0")));
    QVERIFY(
        ip(QStringLiteral("route get fd12::1")).output.contains(QStringLiteral("dev ") + Tunnel));
    set.reset();
    QCOMPARE(snapshot(), before);
}

void TestRouteSetRoot::rollbackMidway()
{
    // The plan was made, then somebody else filled table 51820 before it was
    // applied: the IPv4 default route clashes after the addresses, the
    // sysctl and both IPv4 rules went in.
    const RoutingPlan full = plan(QStringLiteral("0.0.0.0/0 ::/0"), QStringLiteral("all"));
    QCOMPARE(ip(QStringLiteral("route add default dev uplink0 table 51820")).exitCode, 0);
    const QString before = snapshot();
    QString error;
    QVERIFY(!RouteSet::apply(full, m_socket.get(), m_ifindex, &error));
    QVERIFY2(error.contains(QStringLiteral("route 0.0.0.0/0"))
            && error.contains(QStringLiteral("exists")),
        qPrintable(error));
    QCOMPARE(snapshot(), before);
    QVERIFY(ip(QStringLiteral("route show table 51820"))
                .output.contains(QStringLiteral("default dev uplink0")));
    QCOMPARE(ip(QStringLiteral("route del default dev uplink0 table 51820")).exitCode, 0);
}

void TestRouteSetRoot::rollbackLastItem()
{
    // Everything else is in when the last item fails.
    RoutingPlan full = plan(QStringLiteral("0.0.0.0/0 ::/0 10.0.0.0/8"), QStringLiteral("all"));
    full.items.append(full.items.first()); // the first address again
    const QString before = snapshot();
    QString error;
    QVERIFY(!RouteSet::apply(full, m_socket.get(), m_ifindex, &error));
    QVERIFY2(error.contains(QStringLiteral("10.8.0.2/32")), qPrintable(error));
    QCOMPARE(snapshot(), before);
    QVERIFY(!ip(QStringLiteral("addr show dev %1").arg(Tunnel))
                 .output.contains(QStringLiteral("10.8.0.2")));
}

void TestRouteSetRoot::missingInterface()
{
    const RoutingPlan full = plan(QStringLiteral("0.0.0.0/0"), QStringLiteral("ipv4"));
    const QString before = snapshot();
    QString error;
    QVERIFY(!RouteSet::apply(full, m_socket.get(), 99999, &error));
    QVERIFY2(!error.isEmpty(), "no reason given");
    QCOMPARE(snapshot(), before);
}

void TestRouteSetRoot::leftovers()
{
    const QString before = snapshot();
    QString error;
    QVERIFY(Route::leftovers(m_socket.get(), &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A helper that dies with a tunnel up: a child applies and exits without
    // running any destructor.
    const RoutingPlan full = plan(QStringLiteral("0.0.0.0/0 ::/0"), QStringLiteral("all"));
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        QString why;
        Net::Netlink::Socket socket = Net::Netlink::open(&why);
        auto set = socket ? RouteSet::apply(full, socket.get(), m_ifindex, &why) : nullptr;
        _exit(set ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);

    // Objects that are not ours, some right beside ours.
    const QStringList foreign {
        QStringLiteral("route add 198.51.100.0/24 dev uplink0 table 51820 metric 10"),
        QStringLiteral("rule add not fwmark 0x1 table 51820 prio 32001"),
        QStringLiteral("rule add table main suppress_prefixlength 0 prio 32000 protocol static"),
        QStringLiteral("-6 route add 2001:db8:1::/48 dev uplink0 table main"),
    };
    for (const QString &command : foreign)
        QCOMPARE(ip(command).exitCode, 0);
    // And one tagged by hand, sharing destination and table with a foreign one.
    QCOMPARE(ip(QStringLiteral("route add 198.51.100.0/24 dev %1 table 51820 metric 20 proto 76")
                     .arg(Tunnel))
                 .exitCode,
        0);

    const Leftovers found = Route::leftovers(m_socket.get(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString text = found.text().join(u'\n');
    QCOMPARE(found.rules.size(), 4);
    QCOMPARE(found.routes.size(), 3);
    for (const QString &line : found.text())
        QVERIFY2(line.endsWith(QStringLiteral("proto lifeline"))
                || line.contains(QStringLiteral("proto lifeline metric")),
            qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "rule ipv4 not fwmark 0xca6c/0xffffffff table 51820 prio 32001 proto lifeline")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "route 198.51.100.0/24 dev #%1 table 51820 proto lifeline metric 20")
                               .arg(m_ifindex)),
        qPrintable(text));

    QStringList removed;
    QCOMPARE(removeLeftovers(m_socket.get(), found, &removed), QStringList());
    QCOMPARE(removed.size(), found.rules.size() + found.routes.size());
    QVERIFY(Route::leftovers(m_socket.get(), &error).isEmpty());
    const QString table = ip(QStringLiteral("route show table 51820")).output;
    QVERIFY2(table == QStringLiteral("198.51.100.0/24 dev uplink0 scope link metric 10 \n"),
        qPrintable(table));
    const QString rules = ip(QStringLiteral("rule show")).output;
    QVERIFY2(rules.contains(QStringLiteral("32001:\tnot from all fwmark 0x1 lookup 51820"))
            && rules.contains(QStringLiteral(
                "32000:\tfrom all lookup main suppress_prefixlength 0 proto static")),
        qPrintable(rules));
    QVERIFY(ip(QStringLiteral("-6 route show"))
                .output.contains(QStringLiteral("2001:db8:1::/48 dev uplink0")));

    // Addresses belong to the interface's owner; take the child's away and
    // the foreign objects, and the namespace is as before.
    QCOMPARE(ip(QStringLiteral("addr flush dev %1").arg(Tunnel)).exitCode, 0);
    for (QString command : foreign)
        QCOMPARE(ip(command.replace(QStringLiteral(" add "), QStringLiteral(" del "))).exitCode, 0);
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestRouteSetRoot)
#include "TestRouteSetRoot.moc"
