// ProbeNative's connection attempts against a real kernel, inside the
// throw-away network and mount namespace CMake's wrapper makes (unshare --net
// --mount, a tmpfs on /run); it refuses to run anywhere else. A veth pair
// with nothing behind it is the "network": every packet stays in here.
// Policy routing by fwmark checks that the mark is applied: unmarked
// connections to port 80 are sent to a table that refuses them, marked ones
// go the normal way, as wg-quick's rule lets marked packets by the tunnel.
#include "NativeProbes.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <unistd.h>

using namespace Lifeline;

namespace {

QString ip(const QString &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("ip"), arguments.split(u' ', Qt::SkipEmptyParts));
    process.waitForFinished(20000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

constexpr quint32 Mark = 0x1234;
const QString Local4 = QStringLiteral("198.51.100.1");
const QString Local6 = QStringLiteral("2001:db8::1");
// On the link, with a neighbour entry nobody answers for: SYNs vanish.
const QString Silent4 = QStringLiteral("198.51.100.2");

NativeProbes::Target target(const QString &family, const QString &address, uint port)
{
    NativeProbes::Target result;
    const QString error = NativeProbes::check(family, address, port, &result);
    if (!error.isEmpty())
        qFatal("bad test target %s: %s", qPrintable(address), qPrintable(error));
    return result;
}

// A probe's outcome, once it is known.
struct Outcome {
    bool known = false;
    bool reachable = false;
};

} // namespace

class TestHelperProbeRoot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reachable_data();
    void reachable();
    void markSkipsTheTunnelsTable();
    void silentTargetTimesOutWithoutBlocking();
    void pendingProbesAreCappedPerCaller();

private:
    // Starts a probe and returns where its outcome will land.
    std::shared_ptr<Outcome> probe(NativeProbes &probes, const QString &caller,
        const NativeProbes::Target &target, quint32 fwmark = 0);

    QTcpServer m_server4;
    QTcpServer m_server6;
    QTcpServer m_server80;
};

void TestHelperProbeRoot::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("needs root (run through ctest, which wraps it in unshare)");
    int status = 0;
    const QString links = ip(QStringLiteral("-o link show"), &status);
    if (links.trimmed().count(u'\n') != 0 || !links.contains(QStringLiteral("lo:")))
        QFAIL("this is not a fresh network namespace; run it through ctest (unshare --net --mount)");
    if (QFile::exists(QStringLiteral("/run/netns")))
        QFAIL("/run/netns exists: /run is not the private tmpfs of the test wrapper");
    for (const QString &command : {
             QStringLiteral("link set lo up"),
             QStringLiteral("link add name probe0 type veth peer name probe0p"),
             QStringLiteral("link set probe0p up"),
             QStringLiteral("link set probe0 up"),
             QStringLiteral("addr add %1/24 dev probe0").arg(Local4),
             QStringLiteral("addr add %1/64 dev probe0 nodad").arg(Local6),
             QStringLiteral("neigh add %1 lladdr 02:00:00:00:00:02 dev probe0 nud permanent").arg(Silent4),
             // Port 80 stands for "the family the tunnel carries": marked
             // connections go the normal way, unmarked ones to a table that
             // refuses them. (Two rules, as "not" would invert all of a
             // rule's selectors, not just the mark.) The local table moves
             // behind them, as a remote host's route would be.
             QStringLiteral("rule add pref 100 lookup local"),
             QStringLiteral("rule del pref 0 lookup local"),
             QStringLiteral("rule add pref 4 fwmark 0x%1 ipproto tcp dport 80 lookup local")
                 .arg(Mark, 0, 16),
             QStringLiteral("rule add pref 5 ipproto tcp dport 80 lookup 200"),
             QStringLiteral("route add unreachable %1/32 table 200").arg(Local4),
         }) {
        const QString output = ip(command, &status);
        QVERIFY2(status == 0, qPrintable(command + u':' + output));
    }
    QVERIFY(m_server4.listen(QHostAddress(Local4), 8080));
    QVERIFY(m_server6.listen(QHostAddress(Local6), 8080));
    QVERIFY(m_server80.listen(QHostAddress(Local4), 80));
}

std::shared_ptr<Outcome> TestHelperProbeRoot::probe(NativeProbes &probes, const QString &caller,
    const NativeProbes::Target &target, quint32 fwmark)
{
    auto outcome = std::make_shared<Outcome>();
    const bool started = probes.start(caller, target, fwmark, [outcome](bool reachable) {
        outcome->known = true;
        outcome->reachable = reachable;
    });
    if (!started)
        return nullptr;
    return outcome;
}

void TestHelperProbeRoot::reachable_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("address");
    QTest::addColumn<uint>("port");
    QTest::addColumn<bool>("reachable");
    QTest::newRow("IPv4 listening") << "ipv4" << Local4 << 8080u << true;
    QTest::newRow("IPv6 listening") << "ipv6" << Local6 << 8080u << true;
    QTest::newRow("IPv4 nobody listens") << "ipv4" << Local4 << 8081u << false;
    QTest::newRow("IPv6 nobody listens") << "ipv6" << Local6 << 8081u << false;
    QTest::newRow("IPv6 no route") << "ipv6" << "2001:db8:ffff::1" << 8080u << false;
}

void TestHelperProbeRoot::reachable()
{
    QFETCH(QString, family);
    QFETCH(QString, address);
    QFETCH(uint, port);
    QFETCH(bool, reachable);
    NativeProbes probes;
    const auto outcome = probe(probes, QStringLiteral(":1.1"), target(family, address, port));
    QVERIFY(outcome);
    QVERIFY(!outcome->known); // always answered from the event loop, never inside start()
    QTRY_VERIFY_WITH_TIMEOUT(outcome->known, 10000);
    QCOMPARE(outcome->reachable, reachable);
    QCOMPARE(probes.pendingFor(QStringLiteral(":1.1")), 0);
}

void TestHelperProbeRoot::markSkipsTheTunnelsTable()
{
    NativeProbes probes;
    const auto unmarked = probe(probes, QStringLiteral(":1.1"), target("ipv4", Local4, 80));
    const auto marked = probe(probes, QStringLiteral(":1.1"), target("ipv4", Local4, 80), Mark);
    QVERIFY(unmarked && marked);
    QTRY_VERIFY_WITH_TIMEOUT(unmarked->known && marked->known, 10000);
    QVERIFY(!unmarked->reachable);
    QVERIFY(marked->reachable);
}

void TestHelperProbeRoot::silentTargetTimesOutWithoutBlocking()
{
    NativeProbes probes;
    const auto silent = probe(probes, QStringLiteral(":1.1"), target("ipv4", Silent4, 8080));
    QVERIFY(silent);
    // While it waits, the event loop serves others: a second probe finishes first.
    const auto quick = probe(probes, QStringLiteral(":1.2"), target("ipv4", Local4, 8080));
    QVERIFY(quick);
    QTRY_VERIFY_WITH_TIMEOUT(quick->known, 10000);
    QVERIFY(quick->reachable);
    QVERIFY(!silent->known);
    QTRY_VERIFY_WITH_TIMEOUT(silent->known, 10000);
    QVERIFY(!silent->reachable);
}

void TestHelperProbeRoot::pendingProbesAreCappedPerCaller()
{
    NativeProbes probes;
    const QString greedy = QStringLiteral(":1.7");
    QList<std::shared_ptr<Outcome>> waiting;
    for (int i = 0; i < NativeProbes::MaxPendingPerCaller; ++i)
        waiting << probe(probes, greedy, target("ipv4", Silent4, 8080));
    for (const auto &outcome : std::as_const(waiting))
        QVERIFY(outcome);
    QCOMPARE(probes.pendingFor(greedy), NativeProbes::MaxPendingPerCaller);
    QVERIFY(!probe(probes, greedy, target("ipv4", Local4, 8080)));
    // Another caller is not held up by the greedy one.
    const auto other = probe(probes, QStringLiteral(":1.8"), target("ipv4", Local4, 8080));
    QVERIFY(other);
    QTRY_VERIFY_WITH_TIMEOUT(other->known, 10000);
    for (const auto &outcome : std::as_const(waiting))
        QTRY_VERIFY_WITH_TIMEOUT(outcome->known, 10000);
    QCOMPARE(probes.pendingFor(greedy), 0);
    // Once they have finished, the caller may probe again.
    const auto again = probe(probes, greedy, target("ipv4", Local4, 8080));
    QVERIFY(again);
    QTRY_VERIFY_WITH_TIMEOUT(again->known, 10000);
    QVERIFY(again->reachable);
}

QTEST_GUILESS_MAIN(TestHelperProbeRoot)
#include "TestHelperProbeRoot.moc"
