// What the helper does at start with what an earlier run left, decided from
// made-up kernel state: adopt a stored tunnel whose device is alive and
// whose routing is complete; remove an unknown link, a dead device and
// rules that lead nowhere, each with its own reason; hand a launch's
// leftovers (found by namespace or by rule) to the launch side.
#include "ConnectedTunnel.h"
#include "StartupState.h"

#include <QTest>

using namespace Lifeline;
using namespace Lifeline::Testing;
using Net::Family;

namespace {

StartupState::TunnelLink linkOf(const ConnectedTunnel &tunnel)
{
    return { tunnel.link, tunnel.device, {} };
}

StartupState stateOf(const ConnectedTunnel &tunnel)
{
    StartupState state;
    state.tunnelLinks << linkOf(tunnel);
    state.tagged = tunnel.tagged;
    return state;
}

QHash<QString, Tunnel::WgQuickConfig> storedAs(const QString &name, const ConnectedTunnel &tunnel)
{
    return { { name, tunnel.config } };
}

} // namespace

class TestStartupDecision : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void adoptsAStoredLiveTunnel();
    void removesALinkOfNoStoredTunnel_data();
    void removesALinkOfNoStoredTunnel();
    void removesADeadDevice();
    void removesAHalfMadeConnect();
    void removesRulesThatLeadNowhere();
    void handsLaunchesToTheLaunchSide();
    void nothingLeftIsNothingToDo();
};

void TestStartupDecision::adoptsAStoredLiveTunnel()
{
    ConnectOptions options;
    options.families = { Family::IPv4 };
    const ConnectedTunnel tunnel = connected(options);
    const StartupDecision decision
        = decide(stateOf(tunnel), storedAs(QStringLiteral("vps"), tunnel));
    QCOMPARE(decision.adopt.size(), 1);
    QCOMPARE(decision.adopt.first().tunnel, QStringLiteral("vps"));
    QCOMPARE(decision.adopt.first().link, 0);
    QVERIFY(decision.remove.isEmpty());
    // Its routing is its own: nothing of it is removed.
    QVERIFY(decision.orphans.routes.isEmpty());
    QVERIFY(decision.orphans.rules.isEmpty());
}

void TestStartupDecision::removesALinkOfNoStoredTunnel_data()
{
    QTest::addColumn<QString>("linkName");
    QTest::addColumn<QString>("storedName");
    QTest::newRow("removed from the store meanwhile") << "ll-vps"
                                                      << "other";
    QTest::newRow("not a tunnel name at all") << "ll-Bad_Name"
                                              << "vps";
    QTest::newRow("empty name") << "ll-"
                                << "vps";
}

void TestStartupDecision::removesALinkOfNoStoredTunnel()
{
    QFETCH(QString, linkName);
    QFETCH(QString, storedName);
    ConnectedTunnel tunnel = connected();
    tunnel.link.name = linkName;
    const StartupDecision decision = decide(stateOf(tunnel), storedAs(storedName, tunnel));
    QVERIFY(decision.adopt.isEmpty());
    QCOMPARE(decision.remove.size(), 1);
    QVERIFY(decision.remove.first().tunnel.isEmpty()); // no stored tunnel to mark
    QVERIFY2(decision.remove.first().why.contains(u"no tunnel named"),
        qPrintable(decision.remove.first().why));
    // Its routing leads into a link that goes: removed too.
    QCOMPARE(decision.orphans.routes.size(), tunnel.tagged.routes.size());
    QCOMPARE(decision.orphans.rules.size(), tunnel.tagged.rules.size());
}

void TestStartupDecision::removesADeadDevice()
{
    const ConnectedTunnel tunnel = connected();
    StartupState state = stateOf(tunnel);
    state.tunnelLinks.first().device.reset();
    state.tunnelLinks.first().deviceProblem
        = QStringLiteral("no wireguard-go serves /var/run/wireguard/ll-vps.sock any more");
    const StartupDecision decision = decide(state, storedAs(QStringLiteral("vps"), tunnel));
    QVERIFY(decision.adopt.isEmpty());
    QCOMPARE(decision.remove.size(), 1);
    QCOMPARE(decision.remove.first().tunnel, QStringLiteral("vps"));
    QCOMPARE(decision.remove.first().why, state.tunnelLinks.first().deviceProblem);
    QCOMPARE(decision.orphans.rules.size(), tunnel.tagged.rules.size());
}

void TestStartupDecision::removesAHalfMadeConnect()
{
    ConnectOptions options;
    options.lastHandshake = 0; // killed while connecting
    const ConnectedTunnel tunnel = connected(options);
    const StartupDecision decision
        = decide(stateOf(tunnel), storedAs(QStringLiteral("vps"), tunnel));
    QVERIFY(decision.adopt.isEmpty());
    QCOMPARE(decision.remove.size(), 1);
    QCOMPARE(decision.remove.first().tunnel, QStringLiteral("vps"));
    QVERIFY(decision.remove.first().why.contains(u"still connecting"));
    QCOMPARE(decision.orphans.routes.size(), tunnel.tagged.routes.size());
    QCOMPARE(decision.orphans.rules.size(), tunnel.tagged.rules.size());
}

void TestStartupDecision::removesRulesThatLeadNowhere()
{
    // wireguard-go was killed too: its interface went, its rules did not.
    // Next to it, a live tunnel that is adopted and keeps its own.
    ConnectOptions deadOptions;
    deadOptions.name = QStringLiteral("dead");
    deadOptions.families = { Family::IPv6 };
    const ConnectedTunnel dead = connected(deadOptions);
    ConnectOptions liveOptions;
    liveOptions.families = { Family::IPv4 };
    liveOptions.ifindex = 9;
    liveOptions.tablesInUse = { 51820 };
    const ConnectedTunnel live = connected(liveOptions);
    StartupState state = stateOf(live);
    state.tagged.rules += dead.tagged.rules;
    QHash<QString, Tunnel::WgQuickConfig> stored = storedAs(QStringLiteral("vps"), live);
    stored.insert(QStringLiteral("dead"), dead.config);
    const StartupDecision decision = decide(state, stored);
    QCOMPARE(decision.adopt.size(), 1);
    QVERIFY(decision.remove.isEmpty());
    QCOMPARE(decision.orphans.rules.size(), dead.tagged.rules.size());
    for (const auto &rule : decision.orphans.rules)
        QCOMPARE(rule.family, Family::IPv6);
    QVERIFY(decision.orphans.routes.isEmpty());
}

void TestStartupDecision::handsLaunchesToTheLaunchSide()
{
    // One launch with its namespace left, one known only by its rule.
    const ConnectedTunnel tunnel = connected();
    StartupState state = stateOf(tunnel);
    const auto withNamespace = launchRouting(QStringLiteral("0000beef"), 7, Family::IPv4, 53000);
    const auto ruleOnly = launchRouting(QStringLiteral("feedf00d"), 7, Family::IPv4, 53001);
    for (const auto &routing : { withNamespace, ruleOnly }) {
        state.tagged.routes += routing.routes;
        state.tagged.rules += routing.rules;
    }
    state.launchIds = { QStringLiteral("0000beef"), QStringLiteral("12345678") };
    const StartupDecision decision = decide(state, storedAs(QStringLiteral("vps"), tunnel));
    QCOMPARE(decision.adopt.size(), 1);
    QCOMPARE(decision.launches.size(), 3);
    QCOMPARE(decision.launches[0].id, QStringLiteral("0000beef"));
    QCOMPARE(decision.launches[0].routing.rules.size(), 1);
    QCOMPARE(decision.launches[0].routing.routes.size(), 2);
    QCOMPARE(decision.launches[1].id, QStringLiteral("12345678"));
    QVERIFY(decision.launches[1].routing.rules.isEmpty());
    QCOMPARE(decision.launches[2].id, QStringLiteral("feedf00d"));
    QCOMPARE(decision.launches[2].routing.routes.first().table, quint32(53001));
    // None of it is the tunnel's, and none of it an orphan.
    QVERIFY(decision.orphans.routes.isEmpty());
    QVERIFY(decision.orphans.rules.isEmpty());
}

void TestStartupDecision::nothingLeftIsNothingToDo()
{
    const StartupDecision decision = decide(StartupState(), {});
    QVERIFY(decision.adopt.isEmpty());
    QVERIFY(decision.remove.isEmpty());
    QVERIFY(decision.launches.isEmpty());
    QVERIFY(decision.orphans.routes.isEmpty() && decision.orphans.rules.isEmpty());
}

QTEST_GUILESS_MAIN(TestStartupDecision)
#include "TestStartupDecision.moc"
