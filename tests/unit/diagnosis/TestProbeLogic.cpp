// The pure parts of the real prober: reading default routes from /proc text,
// judging an HTTP answer, choosing the backup tunnel from the helper's answers,
// and sorting a round's answers into native and tunnel paths.
#include "DefaultRoutes.h"
#include "HttpCheckProbe.h"
#include "RoundResults.h"
#include "TunnelQuery.h"

#include <QTest>

using namespace Lifeline::Diagnosis;

Q_DECLARE_METATYPE(Lifeline::Diagnosis::HttpCheck)

namespace {

const QByteArray Ipv4Header = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask"
                              "\t\tMTU\tWindow\tIRTT\n";

QByteArray ipv4Line(const char *iface, const char *destination, const char *flags, const char *mask)
{
    return QByteArray(iface) + '\t' + destination + "\t010200C0\t" + flags + "\t0\t0\t0\t" + mask
        + "\t0\t0\t0\n";
}

QByteArray ipv6Line(
    const char *destination, const char *length, const char *flags, const char *device)
{
    return QByteArray(destination) + ' ' + length
        + " 00000000000000000000000000000000 00 20010db8000100000000000000000001 00000400 "
          "00000001 00000000 "
        + flags + "     " + device + '\n';
}

const char *const Zero128 = "00000000000000000000000000000000";

QVariantMap status(const char *state, const QStringList &families = {})
{
    return { { QStringLiteral("state"), QString::fromLatin1(state) },
        { QStringLiteral("families"), families } };
}

} // namespace

class TestProbeLogic : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ipv4DefaultRoute_data();
    void ipv4DefaultRoute();
    void ipv6DefaultRoute_data();
    void ipv6DefaultRoute();
    void classifiesHttpAnswers_data();
    void classifiesHttpAnswers();
    void choosesTunnel();
    void sortsUncarriedFamiliesAsNative();
    void sortsCarriedFamiliesThroughTheTunnel();
};

void TestProbeLogic::ipv4DefaultRoute_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("present");

    const QByteArray subnet = ipv4Line("eth0", "000200C0", "0001", "00FFFFFF");
    QTest::newRow("default via eth0")
        << Ipv4Header + ipv4Line("eth0", "00000000", "0003", "00000000") + subnet << true;
    QTest::newRow("subnet only") << Ipv4Header + subnet << false;
    QTest::newRow("empty table") << Ipv4Header << false;
    QTest::newRow("nothing") << QByteArray() << false;
    QTest::newRow("not up") << Ipv4Header + ipv4Line("eth0", "00000000", "0002", "00000000")
                            << false;
    QTest::newRow("reject") << Ipv4Header + ipv4Line("eth0", "00000000", "0201", "00000000")
                            << false;
    QTest::newRow("Lifeline tunnel's own")
        << Ipv4Header + ipv4Line("ll-vps", "00000000", "0001", "00000000") << false;
    QTest::newRow("0.0.0.0/1 is not default")
        << Ipv4Header + ipv4Line("wg0", "00000000", "0001", "00000080") << false;
    QTest::newRow("the header alone mentions no route")
        << QByteArray("Iface 00000000 x 0003 0 0 0 00000000\n") << false;
}

void TestProbeLogic::ipv4DefaultRoute()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, present);
    QCOMPARE(DefaultRoutes::inIPv4Table(text), present);
}

void TestProbeLogic::ipv6DefaultRoute_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("present");

    // The kernel's unreachable default in the local table is always listed.
    const QByteArray lo = ipv6Line(Zero128, "00", "00200200", "lo");
    const QByteArray subnet
        = ipv6Line("20010db8000100000000000000000000", "40", "00000001", "eth0");
    QTest::newRow("default via eth0")
        << subnet + ipv6Line(Zero128, "00", "00000003", "eth0") + lo << true;
    QTest::newRow("only the kernel's reject route") << subnet + lo << false;
    QTest::newRow("Lifeline tunnel's table")
        << subnet + ipv6Line(Zero128, "00", "00000001", "ll-vps") + lo << false;
    QTest::newRow("::/1 is not default") << ipv6Line(Zero128, "01", "00000001", "eth0") << false;
    QTest::newRow("nothing") << QByteArray() << false;
}

void TestProbeLogic::ipv6DefaultRoute()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, present);
    QCOMPARE(DefaultRoutes::inIPv6Table(text), present);
}

void TestProbeLogic::classifiesHttpAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QByteArray>("expectedBody");
    QTest::addColumn<HttpCheck>("result");

    QTest::newRow("204") << 204 << QByteArray() << 204 << QByteArray() << HttpCheck::Passed;
    QTest::newRow("redirect") << 302 << QByteArray() << 204 << QByteArray() << HttpCheck::Portal;
    QTest::newRow("login page") << 200 << QByteArray("<html>login") << 204 << QByteArray()
                                << HttpCheck::Portal;
    QTest::newRow("server error") << 503 << QByteArray() << 204 << QByteArray()
                                  << HttpCheck::Portal;
    QTest::newRow("no answer") << 0 << QByteArray() << 204 << QByteArray() << HttpCheck::Failed;
    QTest::newRow("body opening") << 200 << QByteArray("fl=123\nh=1.1.1.1\n") << 200
                                  << QByteArray("fl=") << HttpCheck::Passed;
    QTest::newRow("body differs") << 200 << QByteArray("<html>fl=") << 200 << QByteArray("fl=")
                                  << HttpCheck::Portal;
}

void TestProbeLogic::classifiesHttpAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, expectedStatus);
    QFETCH(QByteArray, expectedBody);
    QFETCH(HttpCheck, result);
    QCOMPARE(HttpCheckProbe::classify(status, body, expectedStatus, expectedBody), result);
}

void TestProbeLogic::choosesTunnel()
{
    const QStringList names { "home", "vps", "work" };
    const QStringList v4 { "ipv4" };
    const QStringList both { "ipv4", "ipv6" };

    // The configured backup, when up.
    TunnelFindings t = TunnelQuery::choose(
        "vps", names, { status("up", both), status("up", v4), status("down") });
    QCOMPARE(t.name, "vps");
    QCOMPARE(t.state, "up");
    QVERIFY(t.carriesIPv4 && !t.carriesIPv6);

    // The configured backup is down, another one is up: that one carries traffic.
    t = TunnelQuery::choose("vps", names, { status("down"), status("down"), status("up", both) });
    QCOMPARE(t.name, "work");
    QVERIFY(t.carriesIPv4 && t.carriesIPv6);

    // None up: the configured one, as it is.
    t = TunnelQuery::choose("vps", names, { status("down"), status("failed", v4), status("down") });
    QCOMPARE(t.name, "vps");
    QCOMPARE(t.state, "failed");
    QVERIFY(!t.carriesIPv4 && !t.carriesIPv6);

    // Still connecting: its families are not yet carried.
    t = TunnelQuery::choose("vps", { "vps" }, { status("connecting", v4) });
    QCOMPARE(t.state, "connecting");
    QVERIFY(!t.carriesIPv4);

    // No backup configured, none up.
    t = TunnelQuery::choose(QString(), names, { status("down"), status("down"), status("down") });
    QVERIFY(t.name.isEmpty());
    QVERIFY(t.state.isEmpty());

    // No backup configured, one up.
    t = TunnelQuery::choose(QString(), names, { status("down"), status("up", v4), status("down") });
    QCOMPARE(t.name, "vps");

    // The configured backup no longer exists; no helper at all.
    t = TunnelQuery::choose("gone", names, { status("down"), status("down"), status("down") });
    QCOMPARE(t.name, "gone");
    QVERIFY(t.state.isEmpty());
    t = TunnelQuery::choose("vps", {}, {});
    QCOMPARE(t.name, "vps");
    QVERIFY(!t.carriesIPv4);
    // A GetTunnel that failed (removed in between) leaves an empty status.
    t = TunnelQuery::choose(QString(), names, { QVariantMap(), status("up", v4), QVariantMap() });
    QCOMPARE(t.name, "vps");
}

void TestProbeLogic::sortsUncarriedFamiliesAsNative()
{
    RoundResults results;
    results.ipv4 = { true, true, true, HttpCheck::Passed, true, false, false, false };
    results.ipv6 = { true, false, false, HttpCheck::Failed, false, false, false, false };
    const Findings findings = assemble(results);
    QVERIFY(findings.ipv4.native.tried && findings.ipv4.native.route && findings.ipv4.native.tcp);
    QCOMPARE(findings.ipv4.native.http, HttpCheck::Passed);
    QVERIFY(findings.ipv4.native.bigTransferTried && !findings.ipv4.native.bigTransferPassed);
    QVERIFY(!findings.ipv4.tunnel.tried);
    QVERIFY(findings.ipv6.native.tried && !findings.ipv6.native.route);
    QVERIFY(findings.finishedAt.isValid());

    // An answer proves a route even without a default one.
    results.ipv6 = { true, false, true, HttpCheck::NotTried, false, false, false, false };
    QVERIFY(assemble(results).ipv6.native.route);
    // No targets and a route: nothing known. No targets and no route: no IPv6 at all.
    results.ipv6 = { false, true, false, HttpCheck::NotTried, false, false, false, false };
    QVERIFY(!assemble(results).ipv6.native.tried);
    results.ipv6 = { false, false, false, HttpCheck::NotTried, false, false, false, false };
    QVERIFY(assemble(results).ipv6.native.tried);
    QVERIFY(!assemble(results).ipv6.native.route);
}

void TestProbeLogic::sortsCarriedFamiliesThroughTheTunnel()
{
    RoundResults results;
    results.tunnel.name = QStringLiteral("vps");
    results.tunnel.state = QStringLiteral("up");
    results.tunnel.carriesIPv4 = true;
    // The ordinary probes passed (through the tunnel); the helper found IPv4 down natively.
    results.ipv4 = { true, true, true, HttpCheck::Passed, true, true, true, false };
    results.ipv6 = { true, true, true, HttpCheck::Passed, false, false, false, false };
    Findings findings = assemble(results);
    QCOMPARE(findings.tunnel.name, "vps");
    QVERIFY(findings.ipv4.tunnel.tried && findings.ipv4.tunnel.route && findings.ipv4.tunnel.tcp);
    QCOMPARE(findings.ipv4.tunnel.http, HttpCheck::Passed);
    QVERIFY(findings.ipv4.tunnel.bigTransferPassed);
    QVERIFY(findings.ipv4.native.tried && findings.ipv4.native.route);
    QVERIFY(!findings.ipv4.native.tcp);
    QCOMPARE(findings.ipv4.native.http, HttpCheck::NotTried);
    QVERIFY(findings.ipv6.native.tcp); // not carried: native
    QVERIFY(!findings.ipv6.tunnel.tried);

    // The helper did not answer: native stays untried.
    results.ipv4.nativeAnswered = false;
    QVERIFY(!assemble(results).ipv4.native.tried);
    // Back natively.
    results.ipv4.nativeAnswered = results.ipv4.nativeReachable = true;
    QVERIFY(assemble(results).ipv4.native.tcp);
    // No provider route for a carried family: known without asking the helper.
    results.ipv4 = { true, false, true, HttpCheck::Passed, false, false, false, false };
    findings = assemble(results);
    QVERIFY(findings.ipv4.native.tried && !findings.ipv4.native.route);
    QVERIFY(findings.ipv4.tunnel.tcp);
}

QTEST_APPLESS_MAIN(TestProbeLogic)
#include "TestProbeLogic.moc"
