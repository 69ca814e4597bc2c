// Whether a tunnel left by an earlier run of the helper is adopted, judged
// from made-up kernel state: complete connects of each kind are adopted
// with what they consist of; each way a connect can be left half-made, or
// a device that is not the stored tunnel's, is refused with its reason.
#include "ConnectedTunnel.h"

#include <QTest>

using namespace Lifeline;
using namespace Lifeline::Testing;
using Net::Family;

namespace {

std::optional<TunnelAdoption::Adoption> judge(const ConnectedTunnel &tunnel, QString *why)
{
    return TunnelAdoption::judge(tunnel.config, tunnel.link, tunnel.device, tunnel.tagged, why);
}

int count(const QList<Route::PlanItem> &items, Route::PlanItem::Kind kind)
{
    return int(std::count_if(
        items.begin(), items.end(), [&](const auto &item) { return item.kind == kind; }));
}

} // namespace

class TestTunnelAdoption : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void adoptsCompleteConnects_data();
    void adoptsCompleteConnects();
    void adoptsInTheTableItTook();
    void adoptsTableOffAndNumbered();
    void keepsWhatLaunchesAdded();
    void refusesAConnectThatNeverHadAHandshake();
    void refusesHalfMadeRouting_data();
    void refusesHalfMadeRouting();
    void refusesAStrayRouteIntoIt();
    void refusesAnotherDevice();
    void refusesAWrongFwmark();
};

void TestTunnelAdoption::adoptsCompleteConnects_data()
{
    QTest::addColumn<QList<Family>>("families");
    QTest::addColumn<int>("addresses");
    QTest::addColumn<int>("routes");
    QTest::addColumn<int>("rules");
    QTest::newRow("ipv4") << QList<Family> { Family::IPv4 } << 1 << 1 << 2;
    QTest::newRow("ipv6") << QList<Family> { Family::IPv6 } << 1 << 1 << 2;
    QTest::newRow("all") << QList<Family> { Family::IPv4, Family::IPv6 } << 2 << 2 << 4;
    QTest::newRow("what AllowedIPs route") << QList<Family> {} << 2 << 2 << 4;
}

void TestTunnelAdoption::adoptsCompleteConnects()
{
    QFETCH(QList<Family>, families);
    QFETCH(int, addresses);
    QFETCH(int, routes);
    QFETCH(int, rules);
    ConnectOptions options;
    options.families = families;
    const ConnectedTunnel tunnel = connected(options);
    QString why;
    const auto adoption = judge(tunnel, &why);
    QVERIFY2(adoption, qPrintable(why));
    QCOMPARE(count(adoption->items, Route::PlanItem::Kind::Address), addresses);
    QCOMPARE(count(adoption->items, Route::PlanItem::Kind::Route), routes);
    QCOMPARE(count(adoption->items, Route::PlanItem::Kind::Rule), rules);
    QCOMPARE(count(adoption->items, Route::PlanItem::Kind::Sysctl), 0);
    // Every tagged route and rule of the connect is claimed, none twice.
    QCOMPARE(adoption->routes.size(), tunnel.tagged.routes.size());
    QCOMPARE(adoption->rules.size(), tunnel.tagged.rules.size());
    QCOMPARE(adoption->fwmark, quint32(51820));
    QCOMPARE(adoption->mtu, quint32(1420));
    QVERIFY(adoption->extraFamilies.isEmpty());
    QCOMPARE(adoption->endpoints.size(), 1);
    QCOMPARE(adoption->endpoints.first().size(), 1);
    QCOMPARE(adoption->endpoints.first().first().text(), QStringLiteral("[2001:db8:2::2]:51820"));
}

void TestTunnelAdoption::adoptsInTheTableItTook()
{
    // Another tunnel had 51820 when this one connected; it has gone since,
    // so a new plan would pick 51820: the device's fwmark says 51821.
    ConnectOptions options;
    options.families = { Family::IPv4 };
    options.tablesInUse = { 51820 };
    const ConnectedTunnel tunnel = connected(options);
    QCOMPARE(tunnel.device.fwmark, quint32(51821));
    QString why;
    const auto adoption = judge(tunnel, &why);
    QVERIFY2(adoption, qPrintable(why));
    QCOMPARE(adoption->fwmark, quint32(51821));
}

void TestTunnelAdoption::adoptsTableOffAndNumbered()
{
    ConnectOptions off;
    off.table = Tunnel::TableMode::Off;
    QString why;
    auto adoption = judge(connected(off), &why);
    QVERIFY2(adoption, qPrintable(why));
    QCOMPARE(count(adoption->items, Route::PlanItem::Kind::Address), 2);
    QCOMPARE(adoption->items.size(), 2);

    ConnectOptions numbered;
    numbered.table = Tunnel::TableMode::Number;
    numbered.tableNumber = 1234;
    numbered.families = { Family::IPv4 };
    numbered.allowedIps = QStringLiteral("10.0.0.0/8 fd00::/8");
    adoption = judge(connected(numbered), &why);
    QVERIFY2(adoption, qPrintable(why));
    QCOMPARE(adoption->routes.size(), 1);
    QCOMPARE(adoption->routes.first().table, quint32(1234));
    QCOMPARE(adoption->fwmark, quint32(0));
}

void TestTunnelAdoption::keepsWhatLaunchesAdded()
{
    // Connected for IPv4; a launch through it asked for IPv6 (its address
    // was added) and routes its veth into the tunnel from table 53000.
    ConnectOptions options;
    options.families = { Family::IPv4 };
    ConnectedTunnel tunnel = connected(options);
    tunnel.link.addresses << prefix(QStringLiteral("fd00:6c6c::2/128"));
    const auto launch = launchRouting(QStringLiteral("deadbeef"), 7, Family::IPv6, 53000);
    tunnel.tagged.routes += launch.routes;
    tunnel.tagged.rules += launch.rules;
    QString why;
    const auto adoption = judge(tunnel, &why);
    QVERIFY2(adoption, qPrintable(why));
    QCOMPARE(adoption->families, QList<Family> { Family::IPv4 });
    QCOMPARE(adoption->extraFamilies, QList<Family> { Family::IPv6 });
    // The launch's routing is not the tunnel's to claim.
    for (const auto &route : adoption->routes)
        QVERIFY(route.table != 53000);
    QCOMPARE(TunnelAdoption::launchTables(tunnel.tagged), QList<quint32> { 53000 });
}

void TestTunnelAdoption::refusesAConnectThatNeverHadAHandshake()
{
    ConnectOptions options;
    options.lastHandshake = 0;
    QString why;
    QVERIFY(!judge(connected(options), &why));
    QVERIFY2(why.contains(u"still connecting"), qPrintable(why));
}

void TestTunnelAdoption::refusesHalfMadeRouting_data()
{
    // What is missing of an ipv4 connect, and a word the reason must name.
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QString>("named");
    QTest::newRow("the default route (killed before the last step)")
        << QStringLiteral("route") << QStringLiteral("route 0.0.0.0/0 dev ll-vps table 51820");
    QTest::newRow("the suppress rule")
        << QStringLiteral("suppress") << QStringLiteral("suppress_prefixlength 0");
    QTest::newRow("the fwmark rule")
        << QStringLiteral("fwmark") << QStringLiteral("not fwmark 0xca6c");
    QTest::newRow("the address (killed right after configuring)")
        << QStringLiteral("address") << QStringLiteral("address 192.0.2.66/32");
}

void TestTunnelAdoption::refusesHalfMadeRouting()
{
    QFETCH(QString, missing);
    QFETCH(QString, named);
    ConnectOptions options;
    options.families = { Family::IPv4 };
    ConnectedTunnel tunnel = connected(options);
    if (missing == u"route")
        tunnel.tagged.routes.clear();
    else if (missing == u"address")
        tunnel.link.addresses.clear();
    else
        tunnel.tagged.rules.removeIf([&](const auto &rule) {
            return (missing == u"suppress") == (rule.suppressPrefixLength == 0);
        });
    QString why;
    QVERIFY(!judge(tunnel, &why));
    QVERIFY2(why.contains(named), qPrintable(why));
}

void TestTunnelAdoption::refusesAStrayRouteIntoIt()
{
    // An "all" connect that died while adding IPv6: the IPv4 half is
    // complete, the IPv6 default route is there, its rules are not.
    ConnectOptions options;
    options.families = { Family::IPv4, Family::IPv6 };
    ConnectedTunnel tunnel = connected(options);
    tunnel.tagged.rules.removeIf([](const auto &rule) { return rule.family == Family::IPv6; });
    QString why;
    QVERIFY(!judge(tunnel, &why));
    QVERIFY2(why.contains(u"::/0"), qPrintable(why));
}

void TestTunnelAdoption::refusesAnotherDevice()
{
    ConnectedTunnel tunnel = connected();
    tunnel.device.peers.first().publicKey[0] ^= 1;
    QString why;
    QVERIFY(!judge(tunnel, &why));
    QVERIFY2(why.contains(u"peers"), qPrintable(why));
}

void TestTunnelAdoption::refusesAWrongFwmark()
{
    // Killed between creating the device and configuring it: no fwmark.
    ConnectedTunnel tunnel = connected();
    tunnel.device.fwmark = 0;
    QString why;
    QVERIFY(!judge(tunnel, &why));
    QVERIFY2(why.contains(u"fwmark"), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestTunnelAdoption)
#include "TestTunnelAdoption.moc"
