// Whether a launch an earlier run left running is taken over, and as what,
// from made-up state: its veth's label and address, its processes; and the
// start-up decision around it (a tunnel launch is cut off when its tunnel is
// not adopted).
#include "ConnectedTunnel.h"
#include "LaunchAdoption.h"
#include "StartupState.h"

#include <QTest>

using namespace Lifeline;
using namespace Lifeline::Testing;
using Net::Family;

namespace {

LaunchProcesses::Found running()
{
    LaunchProcesses::Found found;
    found.inside = { 405, 420 };
    found.supervisor = 400;
    found.supervisorStart = 5000;
    found.program = 405;
    found.programStart = 5100;
    return found;
}

LaunchAdoption::Trace trace(const QString &label, const QStringList &addresses)
{
    LaunchAdoption::Trace trace;
    trace.namespaceBound = true;
    trace.processes = running();
    trace.vethIndex = 12;
    trace.label = label;
    for (const QString &address : addresses)
        trace.vethAddresses << prefix(address);
    return trace;
}

} // namespace

class TestLaunchAdoption : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelRoundTrips_data();
    void labelRoundTrips();
    void refusesLabels_data();
    void refusesLabels();
    void adopts_data();
    void adopts();
    void refuses_data();
    void refuses();
    void tunnelLaunchIsCutOffWithoutItsTunnel();
};

void TestLaunchAdoption::labelRoundTrips_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("ipv4") << QStringLiteral("ipv4-only");
    QTest::newRow("ipv6") << QStringLiteral("ipv6-only");
    QTest::newRow("tunnel") << QStringLiteral("tunnel:vps-2");
}

void TestLaunchAdoption::labelRoundTrips()
{
    QFETCH(QString, mode);
    const QString text = LaunchAdoption::label(mode, 64001);
    QCOMPARE(text, QStringLiteral("lifeline-launch mode=%1 uid=64001").arg(mode));
    QVERIFY(text.toUtf8().size() < 256); // IFALIASZ
    QString parsedMode, why;
    uint uid = 0;
    QVERIFY2(LaunchAdoption::parseLabel(text, &parsedMode, &uid, &why), qPrintable(why));
    QCOMPARE(parsedMode, mode);
    QCOMPARE(uid, 64001u);
}

void TestLaunchAdoption::refusesLabels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("why");
    QTest::newRow("none") << QString() << "its veth carries no launch label";
    QTest::newRow("an admin's alias") << "uplink to the lab"
                                      << "its veth's label is not a launch label";
    QTest::newRow("fields swapped") << "lifeline-launch uid=64001 mode=ipv4-only"
                                    << "its veth's label is not a launch label";
    QTest::newRow("extra field") << "lifeline-launch mode=ipv4-only uid=64001 x=1"
                                 << "its veth's label is not a launch label";
    QTest::newRow("unknown mode") << "lifeline-launch mode=ipv5-only uid=64001"
                                  << "its veth's label names no mode: unknown mode \"ipv5-only\": "
                                     "use ipv4-only, ipv6-only or tunnel:NAME";
    QTest::newRow("bad tunnel") << "lifeline-launch mode=tunnel:A/B uid=64001"
                                << "its veth's label names no mode: in mode";
    QTest::newRow("root") << "lifeline-launch mode=ipv4-only uid=0"
                          << "its veth's label names no user";
    QTest::newRow("no number") << "lifeline-launch mode=ipv4-only uid=me"
                               << "its veth's label names no user";
}

void TestLaunchAdoption::refusesLabels()
{
    QFETCH(QString, label);
    QFETCH(QString, why);
    QString mode, reason;
    uint uid = 0;
    QVERIFY(!LaunchAdoption::parseLabel(label, &mode, &uid, &reason));
    QVERIFY2(reason.startsWith(why), qPrintable(reason));
}

void TestLaunchAdoption::adopts_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("tunnel");
    // The host end also has a link-local IPv6 address, whatever the mode.
    QTest::newRow("ipv4-only") << "ipv4-only" << QStringList { "10.231.0.5/30", "fe80::1/64" }
                               << "10.231.0.4/30"
                               << "";
    QTest::newRow("ipv6-only") << "ipv6-only"
                               << QStringList { "fe80::1/64", "fd6c:6c5e:a1b7:3::1/64" }
                               << "fd6c:6c5e:a1b7:3::/64"
                               << "";
    QTest::newRow("tunnel, IPv4") << "tunnel:vps" << QStringList { "fe80::1/64", "192.0.2.129/30" }
                                  << "192.0.2.128/30"
                                  << "vps";
    QTest::newRow("tunnel, IPv6") << "tunnel:vps" << QStringList { "fd00:6c6d:0:1::1/64" }
                                  << "fd00:6c6d:0:1::/64"
                                  << "vps";
}

void TestLaunchAdoption::adopts()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, addresses);
    QFETCH(QString, subnet);
    QFETCH(QString, tunnel);
    QString why;
    const auto plan
        = LaunchAdoption::judge(trace(LaunchAdoption::label(mode, 64001), addresses), &why);
    QVERIFY2(plan, qPrintable(why));
    QCOMPARE(plan->mode, mode);
    QCOMPARE(plan->uid, 64001u);
    QCOMPARE(plan->subnet, prefix(subnet));
    QCOMPARE(plan->family, prefix(subnet).family);
    QCOMPARE(plan->tunnel, tunnel);
    QCOMPARE(plan->processes.supervisor, pid_t(400));
    QCOMPARE(plan->processes.program, pid_t(405));
}

void TestLaunchAdoption::refuses_data()
{
    QTest::addColumn<LaunchAdoption::Trace>("trace");
    QTest::addColumn<QString>("why");
    const QString v4 = LaunchAdoption::label(QStringLiteral("ipv4-only"), 64001);
    const QStringList address { QStringLiteral("10.231.0.5/30") };
    const QString stranded = QStringLiteral("; its 2 process(es) go on without network");

    LaunchAdoption::Trace t = trace(v4, address);
    t.namespaceBound = false;
    QTest::newRow("namespace gone") << t << "its namespace is gone";
    t = trace(v4, address);
    t.processes = {};
    QTest::newRow("nobody inside") << t << "no process is left in its namespace";
    t = trace(v4, address);
    t.processes.supervisor = 0;
    t.processes.program = 0;
    t.processes.problem = QStringLiteral("no launch supervisor is above its 2 process(es)");
    QTest::newRow("no supervisor")
        << t << "no launch supervisor is above its 2 process(es)" + stranded;
    t = trace(v4, address);
    t.vethIndex = 0;
    QTest::newRow("veth gone") << t << "its veth is gone" + stranded;
    QTest::newRow("no label") << trace({}, address)
                              << "its veth carries no launch label" + stranded;
    QTest::newRow("family mismatch")
        << trace(LaunchAdoption::label(QStringLiteral("ipv6-only"), 64001), address)
        << "its veth has no ipv6 launch address" + stranded;
    QTest::newRow("not the host end") << trace(v4, { QStringLiteral("10.231.0.6/30") })
                                      << "its veth has no ipv4 launch address" + stranded;
    QTest::newRow("another length") << trace(v4, { QStringLiteral("10.231.0.5/29") })
                                    << "its veth has no ipv4 launch address" + stranded;
    QTest::newRow("two addresses")
        << trace(v4, { QStringLiteral("10.231.0.5/30"), QStringLiteral("10.231.0.9/30") })
        << "its veth has more than one launch address" + stranded;
    QTest::newRow("only link-local")
        << trace(LaunchAdoption::label(QStringLiteral("tunnel:vps"), 64001),
               { QStringLiteral("fe80::1/64") })
        << "its veth has no launch address" + stranded;
}

void TestLaunchAdoption::refuses()
{
    QFETCH(LaunchAdoption::Trace, trace);
    QFETCH(QString, why);
    QString reason;
    QVERIFY(!LaunchAdoption::judge(trace, &reason));
    QCOMPARE(reason, why);
}

void TestLaunchAdoption::tunnelLaunchIsCutOffWithoutItsTunnel()
{
    ConnectOptions options;
    options.families = { Family::IPv4 };
    const ConnectedTunnel tunnel = connected(options);
    const QString id = QStringLiteral("0000beef");
    const TunnelAdoption::TaggedRouting routing
        = launchRouting(id, options.ifindex, Family::IPv4, 53000);
    StartupState state;
    state.tunnelLinks << StartupState::TunnelLink { tunnel.link, tunnel.device, {} };
    state.tagged = tunnel.tagged;
    state.tagged.rules += routing.rules;
    state.tagged.routes += routing.routes;
    state.launchIds = { id };
    state.launchTraces.insert(id,
        trace(LaunchAdoption::label(QStringLiteral("tunnel:vps"), 64001),
            { QStringLiteral("192.0.2.129/30") }));

    // The tunnel is adopted: so is the launch, routing and all.
    StartupDecision decision = decide(state, { { QStringLiteral("vps"), tunnel.config } });
    QCOMPARE(decision.adopt.size(), 1);
    QCOMPARE(decision.launches.size(), 1);
    const StartupDecision::Launch &launch = decision.launches.first();
    QVERIFY2(launch.plan, qPrintable(launch.why));
    QCOMPARE(launch.plan->tunnel, QStringLiteral("vps"));
    QVERIFY(!launch.cutOff);
    QCOMPARE(launch.routing.rules.size(), routing.rules.size());
    QCOMPARE(launch.routing.routes.size(), routing.routes.size());
    QVERIFY(decision.orphans.rules.isEmpty());

    // Its device is dead: the tunnel is removed, the launch adopted cut off.
    state.tunnelLinks.first().device.reset();
    decision = decide(state, { { QStringLiteral("vps"), tunnel.config } });
    QVERIFY(decision.adopt.isEmpty());
    QCOMPARE(decision.remove.size(), 1);
    QVERIFY(decision.launches.first().plan);
    QVERIFY(decision.launches.first().cutOff);

    // No trace of processes: removed, with the reason.
    state.launchTraces.clear();
    decision = decide(state, { { QStringLiteral("vps"), tunnel.config } });
    QVERIFY(!decision.launches.first().plan);
    QCOMPARE(decision.launches.first().why, QStringLiteral("its namespace is gone"));
}

QTEST_GUILESS_MAIN(TestLaunchAdoption)
#include "TestLaunchAdoption.moc"
