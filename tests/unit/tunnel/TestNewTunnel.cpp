// CreateTunnel's settings: typed keys, each refused by name, and the text
// they become parses with ImportTunnel's own parser.
#include "NewTunnel.h"
#include "WgQuickParser.h"

#include <QTest>

using namespace Lifeline;
using namespace Lifeline::Tunnel;

namespace {

const QString ServerKey = QStringLiteral("hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo=");

QVariantMap goodSettings()
{
    return {
        { QStringLiteral("endpoint"), QStringLiteral("198.51.100.7:51820") },
        { QStringLiteral("peer-public-key"), ServerKey },
        { QStringLiteral("addresses"), QStringList { QStringLiteral("192.0.2.66/32") } },
    };
}

} // namespace

class TestNewTunnel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void everyKey();
    void refused_data();
    void refused();
    void textParsesAsTheSettingsSay();
};

void TestNewTunnel::defaults()
{
    QString error;
    const auto tunnel = parseNewTunnel(goodSettings(), &error);
    QVERIFY2(tunnel, qPrintable(error));
    QCOMPARE(tunnel->allowedIps, (QStringList { "0.0.0.0/0", "::/0" }));
    QCOMPARE(tunnel->persistentKeepalive, 25u);
    QCOMPARE(tunnel->mtu, 0u);
    QVERIFY(tunnel->dns.isEmpty());
}

void TestNewTunnel::everyKey()
{
    QVariantMap settings = goodSettings();
    settings.insert(QStringLiteral("endpoint"), QStringLiteral("[2001:db8::7]:4500"));
    settings.insert(QStringLiteral("addresses"), QStringList { "10.0.0.2/24", "fd00::2/64" });
    settings.insert(QStringLiteral("allowed-ips"), QStringList { "0.0.0.0/0" });
    settings.insert(QStringLiteral("dns"), QStringList { "10.0.0.1", "home.arpa" });
    settings.insert(QStringLiteral("persistent-keepalive"), 0u);
    settings.insert(QStringLiteral("mtu"), 1380u);
    QString error;
    const auto tunnel = parseNewTunnel(settings, &error);
    QVERIFY2(tunnel, qPrintable(error));
    QCOMPARE(tunnel->endpoint, QStringLiteral("[2001:db8::7]:4500"));
    QCOMPARE(tunnel->allowedIps, QStringList { "0.0.0.0/0" });
    QCOMPARE(tunnel->dns, (QStringList { "10.0.0.1", "home.arpa" }));
    QCOMPARE(tunnel->persistentKeepalive, 0u);
    QCOMPARE(tunnel->mtu, 1380u);
}

void TestNewTunnel::refused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value"); // invalid: the key is removed
    QTest::addColumn<QString>("error");

    const QVariant gone;
    QTest::newRow("unknown key") << "post-up" << QVariant(QStringLiteral("rm -rf /"))
                                 << "unknown setting \"post-up\"";
    QTest::newRow("private key offered") << "private-key" << QVariant(ServerKey)
                                         << "unknown setting \"private-key\"";
    QTest::newRow("no endpoint") << "endpoint" << gone << "endpoint is missing";
    QTest::newRow("no server key") << "peer-public-key" << gone << "peer-public-key is missing";
    QTest::newRow("no addresses") << "addresses" << gone << "addresses is missing";
    QTest::newRow("endpoint as list") << "endpoint" << QVariant(QStringList { "a:1" })
                                      << "endpoint must be a string (s)";
    QTest::newRow("addresses as string") << "addresses" << QVariant(QStringLiteral("10.0.0.2/32"))
                                         << "addresses must be a list of strings (as)";
    QTest::newRow("keepalive signed") << "persistent-keepalive" << QVariant(25)
                                      << "persistent-keepalive must be an unsigned number (u)";
    QTest::newRow("mtu as string") << "mtu" << QVariant(QStringLiteral("1400"))
                                   << "mtu must be an unsigned number (u)";
    QTest::newRow("endpoint without port") << "endpoint" << QVariant(QStringLiteral("vpn.example.org"))
                                           << "endpoint: Endpoint";
    QTest::newRow("endpoint with a line break")
        << "endpoint" << QVariant(QStringLiteral("198.51.100.7:51820\nPostUp = id"))
        << "endpoint holds a value with a blank";
    QTest::newRow("endpoint with a comment") << "endpoint" << QVariant(QStringLiteral("a:1#x"))
                                             << "endpoint holds a value with a blank";
    QTest::newRow("server key short") << "peer-public-key" << QVariant(QStringLiteral("abc="))
                                      << "peer-public-key must be 44 characters";
    QTest::newRow("server key not base64") << "peer-public-key" << QVariant(QString(43, u'!') + u'=')
                                           << "peer-public-key is not valid base64";
    QTest::newRow("no address in the list") << "addresses" << QVariant(QStringList())
                                            << "addresses must hold at least one entry";
    QTest::newRow("two addresses in one entry")
        << "addresses" << QVariant(QStringList { "10.0.0.2/32,10.0.0.3/32" })
        << "addresses holds a value with a blank, comma";
    QTest::newRow("address not an address") << "addresses" << QVariant(QStringList { "10.0.0.300/32" })
                                            << "addresses: \"10.0.0.300/32\" is not an IP address";
    QTest::newRow("empty allowed IPs") << "allowed-ips" << QVariant(QStringList())
                                       << "allowed-ips must hold at least one entry";
    QTest::newRow("allowed IP bad length") << "allowed-ips" << QVariant(QStringList { "10.0.0.0/40" })
                                           << "allowed-ips: \"10.0.0.0/40\" has no valid prefix length";
    QTest::newRow("dns with a length") << "dns" << QVariant(QStringList { "10.0.0.1/32" })
                                       << "dns: DNS: \"10.0.0.1/32\" has a /length";
    QTest::newRow("dns with a newline") << "dns" << QVariant(QStringList { "10.0.0.1\n[Peer]" })
                                        << "dns holds a value with a blank";
    QTest::newRow("too many dns") << "dns" << QVariant(QStringList(65, QStringLiteral("10.0.0.1")))
                                  << "dns holds more than 64 entries";
    QTest::newRow("keepalive too long") << "persistent-keepalive" << QVariant(65536u)
                                        << "persistent-keepalive must be 0 (off) to 65535";
    QTest::newRow("mtu zero") << "mtu" << QVariant(0u) << "mtu must be from 576 to 9000";
    QTest::newRow("mtu too big") << "mtu" << QVariant(9001u) << "mtu: MTU \"9001\" must be a number";
    QTest::newRow("mtu too small for IPv6 allowed IPs")
        << "mtu" << QVariant(1200u) << "mtu 1200 is below 1280";
}

void TestNewTunnel::refused()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, error);
    QVariantMap settings = goodSettings();
    if (value.isValid())
        settings.insert(key, value);
    else
        settings.remove(key);
    QString why;
    QVERIFY(!parseNewTunnel(settings, &why));
    QVERIFY2(why.startsWith(error) || why.contains(error), qPrintable(why));
    // The server's key is public, but nothing key-like is echoed anyway.
    QVERIFY2(!why.contains(ServerKey), qPrintable(why));
}

void TestNewTunnel::textParsesAsTheSettingsSay()
{
    QVariantMap settings = goodSettings();
    settings.insert(QStringLiteral("addresses"), QStringList { "10.0.0.2/24", "fd00::2/64" });
    settings.insert(QStringLiteral("dns"), QStringList { "10.0.0.1" });
    settings.insert(QStringLiteral("mtu"), 1380u);
    QString error;
    const auto tunnel = parseNewTunnel(settings, &error);
    QVERIFY2(tunnel, qPrintable(error));
    const QByteArray privateKey = QByteArray::fromHex(
        "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    QString text = wgQuickText(*tunnel, privateKey);
    const auto config = parseWgQuick(text, &error);
    QVERIFY2(config, qPrintable(error + u'\n' + text));
    QCOMPARE(config->interface.privateKey, privateKey);
    QCOMPARE(config->interface.addresses.size(), 2);
    QCOMPARE(config->interface.dnsServers.size(), 1);
    QCOMPARE(config->interface.mtu, 1380u);
    QCOMPARE(config->peers.size(), 1);
    QCOMPARE(config->peers.first().publicKey.toBase64(), ServerKey.toLatin1());
    QCOMPARE(config->peers.first().endpoint.text(), QStringLiteral("198.51.100.7:51820"));
    QCOMPARE(config->peers.first().allowedIps.size(), 2);
    QCOMPARE(config->peers.first().persistentKeepalive, 25);
    QCOMPARE(config->families(), (QStringList { "ipv4", "ipv6" }));
    wipeText(text);
    QVERIFY(text.isEmpty());
}

QTEST_GUILESS_MAIN(TestNewTunnel)
#include "TestNewTunnel.moc"
