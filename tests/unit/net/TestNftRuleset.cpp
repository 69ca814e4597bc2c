#include "Firewall.h"
#include "NftRuleset.h"

#include <QTest>

using namespace Lifeline::Net;

namespace {

LaunchRules launch(const char *id, Family family, const char *address)
{
    return {QString::fromLatin1(id), family, *Prefix::parse(QString::fromLatin1(address)), {}};
}

// Records scripts; refuses them while `failing` is set.
class FakeBackend : public RulesetBackend
{
public:
    QString apply(const QString &script) override
    {
        if (*failing)
            return QStringLiteral("refused");
        scripts->append(script);
        return {};
    }
    QStringList *scripts;
    bool *failing;
};

} // namespace

class TestNftRuleset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyDeletesTable();
    void exactShape();
    void refusesUnvalidated_data();
    void refusesUnvalidated();
    void firewallKeepsStateOnFailure();
    void firewallEntryRemovesItself();
    void tunnelLaunchLeavesOnlyThroughTheTunnel();
    void refusesBadTunnelInterface_data();
    void refusesBadTunnelInterface();
    void guardsDropTunnelAddressesFromElsewhere();
    void firewallKeepsGuardsApartFromLaunches();
};

void TestNftRuleset::emptyDeletesTable()
{
    QString error;
    QCOMPARE(NftRuleset::render({}, &error),
             QStringLiteral("add table inet lifeline\ndelete table inet lifeline\n"));
}

void TestNftRuleset::exactShape()
{
    QString error;
    const QString text = NftRuleset::render({launch("0123abcd", Family::IPv4, "10.231.0.2"),
                                             launch("89efcdab", Family::IPv6, "fd6c:6c5e:a1b7::2")},
                                            &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString expected = QStringLiteral(
        "add table inet lifeline\n"
        "delete table inet lifeline\n"
        "table inet lifeline {\n"
        "\tchain forward {\n"
        "\t\ttype filter hook forward priority filter; policy accept;\n"
        "\t\tiifname \"llv*\" tcp flags & (syn | rst) == syn tcp option maxseg size set rt mtu comment \"lifeline mss clamp\"\n"
        "\t\toifname \"llv*\" tcp flags & (syn | rst) == syn tcp option maxseg size set rt mtu comment \"lifeline mss clamp\"\n"
        "\t\tiifname \"llv*\" oifname \"llv*\" drop comment \"lifeline launches apart\"\n"
        "\t\tiifname \"llv0123abcdh\" ip saddr 10.231.0.2 accept comment \"lifeline 0123abcd\"\n"
        "\t\toifname \"llv0123abcdh\" ip daddr 10.231.0.2 ct state established,related accept comment \"lifeline 0123abcd\"\n"
        "\t\tiifname \"llv0123abcdh\" drop comment \"lifeline 0123abcd\"\n"
        "\t\toifname \"llv0123abcdh\" drop comment \"lifeline 0123abcd\"\n"
        "\t\tiifname \"llv89efcdabh\" ip6 saddr fd6c:6c5e:a1b7::2 accept comment \"lifeline 89efcdab\"\n"
        "\t\toifname \"llv89efcdabh\" ip6 daddr fd6c:6c5e:a1b7::2 ct state established,related accept comment \"lifeline 89efcdab\"\n"
        "\t\tiifname \"llv89efcdabh\" drop comment \"lifeline 89efcdab\"\n"
        "\t\toifname \"llv89efcdabh\" drop comment \"lifeline 89efcdab\"\n"
        "\t}\n"
        "\tchain postrouting {\n"
        "\t\ttype nat hook postrouting priority srcnat; policy accept;\n"
        "\t\toifname != \"llv*\" ip saddr 10.231.0.2 masquerade comment \"lifeline 0123abcd\"\n"
        "\t\toifname != \"llv*\" ip6 saddr fd6c:6c5e:a1b7::2 masquerade comment \"lifeline 89efcdab\"\n"
        "\t}\n"
        "}\n");
    QCOMPARE(text, expected);
    // Every rule that mentions a launch is tagged with its id.
    for (const QString &line : text.split(u'\n')) {
        if (line.contains(QStringLiteral("llv0123abcdh")))
            QVERIFY2(line.endsWith(QStringLiteral("comment \"lifeline 0123abcd\"")), qPrintable(line));
    }
}

void TestNftRuleset::refusesUnvalidated_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("address");
    QTest::newRow("injection") << "ab\"; flush ruleset; #" << 4 << "10.231.0.2";
    QTest::newRow("newline") << "0123abc\n" << 4 << "10.231.0.2";
    QTest::newRow("upper") << "0123ABCD" << 4 << "10.231.0.2";
    QTest::newRow("short") << "0123abc" << 4 << "10.231.0.2";
    QTest::newRow("wildcard") << "0123abc*" << 4 << "10.231.0.2";
    QTest::newRow("family mismatch") << "0123abcd" << 6 << "10.231.0.2";
    QTest::newRow("a subnet, not an address") << "0123abcd" << 4 << "10.231.0.0/30";
}

void TestNftRuleset::refusesUnvalidated()
{
    QFETCH(QString, id);
    QFETCH(int, family);
    QFETCH(QString, address);
    const LaunchRules bad{id, family == 4 ? Family::IPv4 : Family::IPv6, *Prefix::parse(address), {}};
    const LaunchRules good = launch("0123abcd", Family::IPv4, "10.231.0.6");
    QString error;
    const QString text = NftRuleset::render({good, bad}, &error);
    QVERIFY(text.isEmpty());
    QVERIFY(!error.isEmpty());
    // The error never echoes an id that is not one.
    if (!isLaunchId(id))
        QVERIFY2(!error.contains(id), qPrintable(error));
}

void TestNftRuleset::firewallKeepsStateOnFailure()
{
    QStringList scripts;
    bool failing = false;
    auto backend = std::make_unique<FakeBackend>();
    backend->scripts = &scripts;
    backend->failing = &failing;
    Firewall firewall(std::move(backend));

    const LaunchRules a = launch("0000000a", Family::IPv4, "10.231.0.2");
    const LaunchRules b = launch("0000000b", Family::IPv6, "fd6c:6c5e:a1b7::2");
    QVERIFY(firewall.add(a).isEmpty());
    failing = true;
    QCOMPARE(firewall.add(b), QStringLiteral("refused"));
    QCOMPARE(firewall.launches(), QList<LaunchRules>{a});
    QVERIFY(!firewall.add(launch("0000000a", Family::IPv4, "10.231.0.6")).isEmpty()); // duplicate id
    failing = false;
    QVERIFY(firewall.add(b).isEmpty());
    QCOMPARE(firewall.launches().size(), 2);
    QCOMPARE(scripts.size(), 2);
    // Re-applying the same set renders the same script: idempotent.
    QVERIFY(firewall.reconcile().isEmpty());
    QCOMPARE(scripts.at(2), scripts.at(1));
}

void TestNftRuleset::firewallEntryRemovesItself()
{
    QStringList scripts;
    bool failing = false;
    auto backend = std::make_unique<FakeBackend>();
    backend->scripts = &scripts;
    backend->failing = &failing;
    Firewall firewall(std::move(backend));
    QString error;
    {
        auto entry = FirewallEntry::add(firewall, launch("0000000a", Family::IPv4, "10.231.0.2"), &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(firewall.launches().size(), 1);
        failing = true; // removal fails in the kernel...
    }
    // ...yet the launch is gone from the set, so the next change drops it.
    QVERIFY(firewall.launches().isEmpty());
    failing = false;
    QVERIFY(firewall.reconcile().isEmpty());
    QCOMPARE(scripts.last(), QStringLiteral("add table inet lifeline\ndelete table inet lifeline\n"));
}


void TestNftRuleset::tunnelLaunchLeavesOnlyThroughTheTunnel()
{
    LaunchRules rules = launch("0123abcd", Family::IPv4, "10.231.0.2");
    rules.tunnelInterface = QStringLiteral("ll-vps");
    QString error;
    const QString text = NftRuleset::render({rules}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList lines = text.split(u'\n');
    const qsizetype out = lines.indexOf(QStringLiteral(
        "\t\tiifname \"llv0123abcdh\" ip saddr 10.231.0.2 oifname \"ll-vps\" accept comment \"lifeline 0123abcd\""));
    const qsizetype drop = lines.indexOf(
        QStringLiteral("\t\tiifname \"llv0123abcdh\" drop comment \"lifeline 0123abcd\""));
    QVERIFY2(out >= 0, qPrintable(text));
    // The drop comes after the only accept: anything not for the tunnel ends there.
    QVERIFY2(drop > out, qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("iifname \"llv0123abcdh\" ip saddr")), 1);
}

void TestNftRuleset::refusesBadTunnelInterface_data()
{
    QTest::addColumn<QString>("interface");
    QTest::newRow("not ours") << "eth0";
    QTest::newRow("wildcard") << "ll-*";
    QTest::newRow("injection") << "ll-x\" accept; #";
    QTest::newRow("too long") << "ll-abcdefghijklm";
    QTest::newRow("upper case") << "ll-VPS";
    QTest::newRow("prefix only") << "ll-";
}

void TestNftRuleset::refusesBadTunnelInterface()
{
    QFETCH(QString, interface);
    LaunchRules rules = launch("0123abcd", Family::IPv4, "10.231.0.2");
    rules.tunnelInterface = interface;
    QString error;
    QVERIFY(NftRuleset::render({rules}, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("tunnel interface")));
    QVERIFY2(!error.contains(interface), qPrintable(error));
}


void TestNftRuleset::guardsDropTunnelAddressesFromElsewhere()
{
    const TunnelGuard guard{QStringLiteral("ll-vps"),
                            {*Prefix::parse(QStringLiteral("192.0.2.66")),
                             *Prefix::parse(QStringLiteral("fd00:6c6c::2"))}};
    QString error;
    const QString text = NftRuleset::render({}, &error, {guard});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(text,
             QStringLiteral("add table inet lifeline\n"
                            "delete table inet lifeline\n"
                            "table inet lifeline {\n"
                            "\tchain preraw {\n"
                            "\t\ttype filter hook prerouting priority raw; policy accept;\n"
                            "\t\tiifname != \"ll-vps\" ip daddr 192.0.2.66 fib saddr type != local drop comment \"lifeline ll-vps\"\n"
                            "\t\tiifname != \"ll-vps\" ip6 daddr fd00:6c6c::2 fib saddr type != local drop comment \"lifeline ll-vps\"\n"
                            "\t}\n"
                            "}\n"));
    TunnelGuard bad = guard;
    bad.interface = QStringLiteral("eth0");
    QVERIFY(NftRuleset::render({}, &error, {bad}).isEmpty());
    QVERIFY(error.contains(QStringLiteral("tunnel guard")));
    bad = guard;
    bad.addresses = {*Prefix::parse(QStringLiteral("192.0.2.64/26"))};
    QVERIFY(NftRuleset::render({}, &error, {bad}).isEmpty());
}

void TestNftRuleset::firewallKeepsGuardsApartFromLaunches()
{
    QStringList scripts;
    bool failing = false;
    auto backend = std::make_unique<FakeBackend>();
    backend->scripts = &scripts;
    backend->failing = &failing;
    Firewall firewall(std::move(backend));
    const TunnelGuard guard{QStringLiteral("ll-vps"), {*Prefix::parse(QStringLiteral("192.0.2.66"))}};
    QVERIFY(firewall.addGuard(guard).isEmpty());
    QVERIFY(firewall.add(launch("0123abcd", Family::IPv4, "10.231.0.2")).isEmpty());
    QVERIFY(scripts.last().contains(QStringLiteral("chain preraw")));
    QVERIFY(scripts.last().contains(QStringLiteral("chain forward")));
    QVERIFY(firewall.removeGuard(QStringLiteral("ll-vps")).isEmpty());
    QVERIFY(!scripts.last().contains(QStringLiteral("chain preraw")));
    QVERIFY(scripts.last().contains(QStringLiteral("llv0123abcdh")));
    QVERIFY(firewall.remove(QStringLiteral("0123abcd")).isEmpty());
    // Nothing left: the table goes.
    QCOMPARE(scripts.last(), QStringLiteral("add table inet lifeline\ndelete table inet lifeline\n"));
}

QTEST_GUILESS_MAIN(TestNftRuleset)
#include "TestNftRuleset.moc"
