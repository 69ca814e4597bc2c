// The server side of a created tunnel: the wg config and the commands for the VPS.
#include "ServerSetup.h"

#include <QTest>

using namespace Lifeline;

namespace {

const QString ClientKey = QStringLiteral("HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=");

ServerSetup::Tunnel dualStack()
{
    return {QStringLiteral("home"), QStringLiteral("vps.example.org:51820"),
            {QStringLiteral("10.66.0.2/24"), QStringLiteral("fd66::2/64")},
            {QStringLiteral("0.0.0.0/0"), QStringLiteral("::/0")}, ClientKey,
            QStringLiteral("wg0")};
}

} // namespace

class TestServerSetup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void configIsComplete();
    void commandsAreComplete();
    void families_data();
    void families();
    void listenPort_data();
    void listenPort();
    void refused_data();
    void refused();
};

void TestServerSetup::configIsComplete()
{
    const auto setup = ServerSetup::make(dualStack());
    QVERIFY2(setup.error.isEmpty(), qPrintable(setup.error));
    QCOMPARE(setup.config,
             QStringLiteral(
                 "# The server side of Lifeline's tunnel \"home\": /etc/wireguard/wg0.conf, mode 0600.\n"
                 "[Interface]\n"
                 "# The server's own private key: the one whose public key Lifeline was given.\n"
                 "PrivateKey = SERVER_PRIVATE_KEY\n"
                 "ListenPort = 51820\n"
                 "# NAT for the client's addresses lives and goes with the interface.\n"
                 "PostUp = nft -f /etc/wireguard/wg0-nat.nft\n"
                 "PostDown = nft delete table inet lifeline_wg0\n"
                 "\n"
                 "[Peer]\n"
                 "# The Lifeline computer; its private key never left it.\n"
                 "PublicKey = HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=\n"
                 "AllowedIPs = 10.66.0.2/32, fd66::2/128\n"));
}

void TestServerSetup::commandsAreComplete()
{
    const auto setup = ServerSetup::make(dualStack());
    QVERIFY2(setup.error.isEmpty(), qPrintable(setup.error));
    const QStringList lines = setup.commands.split(u'\n');
    // accept_ra=2 reaches the uplink before forwarding is switched on, now and at boot.
    const qsizetype acceptRaNow = lines.indexOf(QStringLiteral(
        "echo 2 > \"/proc/sys/net/ipv6/conf/${uplink6:?this server has no IPv6 default route}/accept_ra\""));
    const qsizetype acceptRaBoot = lines.indexOf(QStringLiteral("net/ipv6/conf/$uplink6/accept_ra = 2"));
    const qsizetype forwarding6 = lines.indexOf(QStringLiteral("net/ipv6/conf/all/forwarding = 1"));
    const qsizetype apply = lines.indexOf(QStringLiteral("sysctl -p /etc/sysctl.d/90-lifeline-wg0.conf"));
    QVERIFY(acceptRaNow > 0);
    QVERIFY(acceptRaNow < acceptRaBoot);
    QVERIFY(acceptRaBoot < forwarding6);
    QVERIFY(forwarding6 < apply);
    QVERIFY(lines.contains(QStringLiteral("net/ipv4/ip_forward = 1")));
    QVERIFY(lines.contains(QStringLiteral("cat > /etc/sysctl.d/90-lifeline-wg0.conf <<EOF")));
    // The NAT table, replaced atomically, for exactly the client's addresses.
    const qsizetype table = lines.indexOf(QStringLiteral("cat > /etc/wireguard/wg0-nat.nft <<'EOF'"));
    QVERIFY(table > apply);
    QCOMPARE(lines.mid(table + 1, 10),
             QStringList({"table inet lifeline_wg0", "delete table inet lifeline_wg0",
                          "table inet lifeline_wg0 {", "    chain postrouting {",
                          "        type nat hook postrouting priority srcnat; policy accept;",
                          "        ip saddr { 10.66.0.2/32 } oifname != \"wg0\" masquerade",
                          "        ip6 saddr { fd66::2/128 } oifname != \"wg0\" masquerade",
                          "    }", "}", "EOF"}));
    QCOMPARE(lines.at(lines.size() - 2), QStringLiteral("systemctl enable --now wg-quick@wg0"));
    // Every comment says why in plain English; nothing but comments mentions the pitfall.
    QVERIFY(setup.commands.contains(QStringLiteral("router advertisements")));
}

void TestServerSetup::families_data()
{
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("allowedIps");
    QTest::addColumn<bool>("nat4");
    QTest::addColumn<bool>("nat6");
    QTest::addColumn<QString>("peerAllowedIps");

    const QStringList both{"0.0.0.0/0", "::/0"};
    QTest::newRow("IPv4 only tunnel") << QStringList{"192.0.2.66/32"} << QStringList{"0.0.0.0/0"}
                                      << true << false << "192.0.2.66/32";
    QTest::newRow("IPv6 only tunnel") << QStringList{"fd00::66/128"} << QStringList{"::/0"}
                                      << false << true << "fd00::66/128";
    QTest::newRow("dual stack") << QStringList{"10.0.0.2/24", "fd00::2/64"} << both << true << true
                                << "10.0.0.2/32, fd00::2/128";
    QTest::newRow("IPv6 address not routed through it")
        << QStringList{"10.0.0.2/24", "fd00::2/64"} << QStringList{"0.0.0.0/0"} << true << false
        << "10.0.0.2/32, fd00::2/128";
    QTest::newRow("IPv6 routed but no IPv6 address") << QStringList{"10.0.0.2/32"} << both << true
                                                     << false << "10.0.0.2/32";
    QTest::newRow("address without prefix") << QStringList{"10.0.0.2"} << both << true << false
                                            << "10.0.0.2/32";
    QTest::newRow("part of the internet only") << QStringList{"10.0.0.2/32"}
                                               << QStringList{"203.0.113.0/24"} << true << false
                                               << "10.0.0.2/32";
}

void TestServerSetup::families()
{
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, allowedIps);
    QFETCH(bool, nat4);
    QFETCH(bool, nat6);
    QFETCH(QString, peerAllowedIps);
    auto tunnel = dualStack();
    tunnel.addresses = addresses;
    tunnel.allowedIps = allowedIps;
    const auto setup = ServerSetup::make(tunnel);
    QVERIFY2(setup.error.isEmpty(), qPrintable(setup.error));
    QVERIFY(setup.config.contains(QStringLiteral("\nAllowedIPs = %1\n").arg(peerAllowedIps)));
    QCOMPARE(setup.commands.contains(QStringLiteral("        ip saddr")), nat4);
    QCOMPARE(setup.commands.contains(QStringLiteral("net/ipv4/ip_forward = 1")), nat4);
    QCOMPARE(setup.commands.contains(QStringLiteral("        ip6 saddr")), nat6);
    QCOMPARE(setup.commands.contains(QStringLiteral("net/ipv6/conf/all/forwarding = 1")), nat6);
    QCOMPARE(setup.commands.contains(QStringLiteral("accept_ra")), nat6);
}

void TestServerSetup::listenPort_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("line");
    QTest::newRow("name") << "vps.example.org:51820" << "ListenPort = 51820";
    QTest::newRow("IPv4") << "198.51.100.7:443" << "ListenPort = 443";
    QTest::newRow("IPv6") << "[2001:db8::7]:4500" << "ListenPort = 4500";
    QTest::newRow("highest") << "vps:65535" << "ListenPort = 65535";
}

void TestServerSetup::listenPort()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, line);
    auto tunnel = dualStack();
    tunnel.endpoint = endpoint;
    const auto setup = ServerSetup::make(tunnel);
    QVERIFY2(setup.error.isEmpty(), qPrintable(setup.error));
    QVERIFY(setup.config.split(u'\n').contains(line));
}

void TestServerSetup::refused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("no port") << "endpoint" << "vps.example.org" << "has no port";
    QTest::newRow("bare IPv6") << "endpoint" << "[2001:db8::7]" << "has no port";
    QTest::newRow("port 0") << "endpoint" << "vps:0" << "has no port";
    QTest::newRow("port too big") << "endpoint" << "vps:65536" << "has no port";
    QTest::newRow("short key") << "key" << "abc=" << "is not a WireGuard public key";
    QTest::newRow("key not base64") << "key" << QString(43, u'!') + u'=' << "is not a WireGuard public key";
    QTest::newRow("bad address") << "address" << "10.0.0.300/24" << "the address \"10.0.0.300/24\"";
    QTest::newRow("bad prefix") << "address" << "10.0.0.2/33" << "the address \"10.0.0.2/33\"";
    QTest::newRow("bad allowed IP") << "allowed" << "everything" << "the allowed IP \"everything\"";
    QTest::newRow("interface with slash") << "interface" << "wg/0" << "interface name";
    QTest::newRow("interface too long") << "interface" << "wg-0123456789ab" + QString(u'c')
                                        << "interface name";
    QTest::newRow("no family in common") << "allowed" << "::/0" << "none of the tunnel's addresses";
}

void TestServerSetup::refused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    auto tunnel = dualStack();
    tunnel.addresses = {QStringLiteral("10.66.0.2/32")};
    if (field == u"endpoint")
        tunnel.endpoint = value;
    else if (field == u"key")
        tunnel.clientPublicKey = value;
    else if (field == u"address")
        tunnel.addresses = {value};
    else if (field == u"allowed")
        tunnel.allowedIps = {value};
    else
        tunnel.serverInterface = value;
    const auto setup = ServerSetup::make(tunnel);
    QVERIFY2(setup.error.contains(error), qPrintable(setup.error));
    QVERIFY(setup.config.isEmpty());
    QVERIFY(setup.commands.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerSetup)
#include "TestServerSetup.moc"
