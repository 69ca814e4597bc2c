// The parsed configuration as data: the store's two texts (publicText
// without secrets, secretText with only them), their round trip back into
// an equal configuration, and what the configuration says about families.
#include "TunnelTestData.h"
#include "WgQuickParser.h"

#include <QRegularExpression>
#include <QTest>

using namespace Lifeline::Tunnel;
using namespace TunnelTestData;

namespace {

WgQuickConfig parsed(const QString &text, Parser::Part part = Parser::Part::Whole)
{
    QString error;
    const auto config = parseWgQuick(text, &error, part);
    if (!config)
        qWarning().noquote() << "refused:" << error;
    return config.value_or(WgQuickConfig());
}

QString withLine(const QString &after, const QString &line)
{
    QString text = minimal();
    return text.replace(after + u'\n', after + u'\n' + expand(line) + u'\n');
}

} // namespace

class TestWgQuickConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void publicTextFormat();
    void secretTextHoldsOnlySecrets();
    void secretsForAnotherPeer();
    void families_data();
    void families();
    void wipeLeavesSharedCopies();
};

void TestWgQuickConfig::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("minimal") << minimal();
    QTest::newRow("everything") << everything();
    QTest::newRow("CRLF") << QString(minimal()).replace("\n", "\r\n");
    QTest::newRow("Table = main") << withLine("DNS = 10.0.0.1", "Table = main");
    QTest::newRow("Table = off") << withLine("DNS = 10.0.0.1", "Table = off");
    QTest::newRow("Table = auto") << withLine("DNS = 10.0.0.1", "Table = auto");
    QTest::newRow("FwMark = 0") << withLine("DNS = 10.0.0.1", "FwMark = 0");
    QTest::newRow("FwMark = 0xffffffff") << withLine("DNS = 10.0.0.1", "FwMark = 0xffffffff");
    QTest::newRow("ListenPort = 0") << withLine("DNS = 10.0.0.1", "ListenPort = 0");
    QTest::newRow("keepalive off")
        << withLine("AllowedIPs = 0.0.0.0/0, ::/0", "PersistentKeepalive = off");
    QTest::newRow("keepalive 0") << withLine(
        "AllowedIPs = 0.0.0.0/0, ::/0", "PersistentKeepalive = 0");
    QTest::newRow("PresharedKey") << withLine("PublicKey = %PUB1%", "PresharedKey = %PSK%");
    QTest::newRow("search domains only")
        << QString(minimal()).replace("DNS = 10.0.0.1", "DNS = example.com");
    QTest::newRow("no Address, no DNS")
        << QString(minimal()).remove(QRegularExpression("Address = .*\n|DNS = .*\n"));
    QTest::newRow("uncompressed IPv6")
        << QString(minimal()).replace("fd00::2/128", "FD00:0:0:0:0:0:0:2/128");
    QTest::newRow("hostname in capitals")
        << QString(minimal()).replace("198.51.100.7:51820", "VPN.Example.ORG:51820");
}

void TestWgQuickConfig::roundTrip()
{
    QFETCH(QString, text);
    QString error;
    const auto original = parseWgQuick(text, &error);
    QVERIFY2(original, qPrintable(error));

    const QString publicText = original->publicText();
    QByteArray secretText = original->secretText();
    const auto publicPart = parseWgQuick(publicText, &error, Parser::Part::Public);
    QVERIFY2(publicPart, qPrintable(error + "\n" + publicText));
    const auto secrets
        = parseWgQuick(QString::fromLatin1(secretText), &error, Parser::Part::Secrets);
    QVERIFY2(secrets, qPrintable(error));
    const auto merged = withSecrets(*publicPart, *secrets, &error);
    QVERIFY2(merged, qPrintable(error));
    QVERIFY(*merged == *original);
    // Writing what was read gives the same text back: the store is stable.
    QCOMPARE(publicPart->publicText(), publicText);

    // The public text never holds a secret, in base64 or raw.
    QVERIFY(!(publicPart->interface.fields & Interface::HasPrivateKey));
    for (const int seed : secretSeeds()) {
        QVERIFY(!publicText.contains(key(seed)));
        QVERIFY(!publicText.toUtf8().contains(rawKey(seed)));
        QVERIFY(!publicText.toLatin1().contains(rawKey(seed)));
    }
    QVERIFY(secretText.contains(key(PrivateSeed).toLatin1()));
    wipe(secretText);
    QVERIFY(secretText.isEmpty());
}

void TestWgQuickConfig::publicTextFormat()
{
    const WgQuickConfig config = parsed(
        withLine("DNS = 10.0.0.1", "DNS = example.com\nMTU = 1420\nFwMark = 51820\nTable = off"));
    QCOMPARE(config.publicText(),
        expand("[Interface]\n"
               "Address = 10.0.0.2/32, fd00::2/128\n"
               "DNS = 10.0.0.1, example.com\n"
               "MTU = 1420\n"
               "FwMark = 0xca6c\n"
               "Table = off\n"
               "\n"
               "[Peer]\n"
               "PublicKey = %PUB1%\n"
               "Endpoint = 198.51.100.7:51820\n"
               "AllowedIPs = 0.0.0.0/0, ::/0\n"));
}

void TestWgQuickConfig::secretTextHoldsOnlySecrets()
{
    // Peers 1 and 2 of everything() have PresharedKeys, peer 3 has none.
    const WgQuickConfig config = parsed(everything());
    QCOMPARE(QString::fromLatin1(config.secretText()),
        expand("[Interface]\n"
               "PrivateKey = %PRIV%\n"
               "\n"
               "[Peer]\n"
               "PublicKey = %PUB1%\n"
               "PresharedKey = %PSK%\n"
               "\n"
               "[Peer]\n"
               "PublicKey = %PUB2%\n"
               "PresharedKey = %PSK2%\n"));
}

void TestWgQuickConfig::secretsForAnotherPeer()
{
    const WgQuickConfig publicPart = parsed(
        QString(minimal()).remove(QRegularExpression("PrivateKey.*\n")), Parser::Part::Public);
    QCOMPARE(publicPart.peers.size(), 1);
    const WgQuickConfig secrets = parsed(
        expand(
            "[Interface]\nPrivateKey = %PRIV%\n[Peer]\nPublicKey = %PUB2%\nPresharedKey = %PSK%\n"),
        Parser::Part::Secrets);
    QCOMPARE(secrets.peers.size(), 1);
    QString error;
    QVERIFY(!withSecrets(publicPart, secrets, &error));
    QVERIFY2(error.contains("PresharedKey for a peer the configuration does not have"),
        qPrintable(error));
}

void TestWgQuickConfig::families_data()
{
    QTest::addColumn<QString>("allowedIps");
    QTest::addColumn<QStringList>("families");
    QTest::newRow("both") << "0.0.0.0/0, ::/0" << QStringList { "ipv4", "ipv6" };
    QTest::newRow("IPv6 first, both")
        << "2001:db8::/32, 10.0.0.0/8" << QStringList { "ipv4", "ipv6" };
    QTest::newRow("IPv4 only") << "0.0.0.0/0" << QStringList { "ipv4" };
    QTest::newRow("IPv6 only") << "::/0" << QStringList { "ipv6" };
}

void TestWgQuickConfig::families()
{
    QFETCH(QString, allowedIps);
    QFETCH(QStringList, families);
    const WgQuickConfig config = parsed(
        QString(minimal()).replace("AllowedIPs = 0.0.0.0/0, ::/0", "AllowedIPs = " + allowedIps));
    QCOMPARE(config.families(), families);
}

void TestWgQuickConfig::wipeLeavesSharedCopies()
{
    // Scrubbing a shared buffer would scrub a detached copy instead and
    // leave the original; so a shared one is only released.
    QByteArray secret = rawKey(PrivateSeed);
    const QByteArray other = secret;
    wipe(secret);
    QVERIFY(secret.isEmpty());
    QCOMPARE(other, rawKey(PrivateSeed));
}

QTEST_GUILESS_MAIN(TestWgQuickConfig)
#include "TestWgQuickConfig.moc"
