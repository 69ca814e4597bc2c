// GetTunnel's answer for a tunnel that is down: the contract's keys with
// their wire types, what the configuration says, and never a key.
#include "TunnelStatus.h"
#include "TunnelTestData.h"
#include "WgQuickParser.h"

#include <QTest>

using namespace Lifeline::Tunnel;
using namespace TunnelTestData;

namespace {

WgQuickConfig parsed(const QString &text)
{
    QString error;
    return parseWgQuick(text, &error).value_or(WgQuickConfig());
}

// Every value as text, however it is typed.
QString flattened(const QVariantMap &status)
{
    QStringList parts;
    for (auto it = status.cbegin(); it != status.cend(); ++it) {
        const QVariant &value = it.value();
        parts << it.key()
              << (value.typeId() == QMetaType::QStringList ? value.toStringList().join(u' ')
                                                           : value.toString());
    }
    return parts.join(u'\n');
}

} // namespace

class TestTunnelStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void downStatus_data();
    void downStatus();
    void wireTypes();
    void interfaceNames_data();
    void interfaceNames();
    void removed();
};

void TestTunnelStatus::downStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QStringList>("families");
    QTest::addColumn<uint>("mtu");
    QTest::addColumn<uint>("peers");

    QTest::newRow("minimal") << minimal() << "198.51.100.7:51820" << QStringList { "ipv4", "ipv6" }
                             << 0u << 1u;
    QTest::newRow("everything") << everything() << "[2001:db8::1]:51820"
                                << QStringList { "ipv4", "ipv6" } << 1420u << 3u;
    QTest::newRow("first peer without endpoint")
        << QString(minimal())
               .remove("Endpoint = 198.51.100.7:51820\n")
               .append(expand("[Peer]\nPublicKey = %PUB2%\nEndpoint = vpn.example.org:443\n"))
        << "vpn.example.org:443" << QStringList { "ipv4", "ipv6" } << 0u << 2u;
    QTest::newRow("no endpoint, IPv4 only, MTU")
        << QString(minimal())
               .remove("Endpoint = 198.51.100.7:51820\n")
               .replace("AllowedIPs = 0.0.0.0/0, ::/0", "AllowedIPs = 0.0.0.0/0")
               .replace("DNS = 10.0.0.1", "MTU = 1280")
        << "" << QStringList { "ipv4" } << 1280u << 1u;
}

void TestTunnelStatus::downStatus()
{
    QFETCH(QString, text);
    QFETCH(QString, endpoint);
    QFETCH(QStringList, families);
    QFETCH(uint, mtu);
    QFETCH(uint, peers);
    const WgQuickConfig config = parsed(text);
    QVERIFY(!config.peers.isEmpty());

    const QVariantMap status = Lifeline::Tunnel::downStatus("vpn", config);
    QCOMPARE(status.value("state").toString(), "down");
    QCOMPARE(status.value("interface").toString(), "ll-vpn");
    QCOMPARE(status.value("endpoint").toString(), endpoint);
    QCOMPARE(status.value("families").toStringList(), families);
    QCOMPARE(status.value("mtu").toUInt(), mtu);
    QCOMPARE(status.value("peers").toUInt(), peers);
    QCOMPARE(status.value("rx-bytes").toULongLong(), 0u);
    QCOMPARE(status.value("error").toString(), QString());

    // No key of any kind, secret or public, in base64 or raw.
    const QString all = flattened(status);
    for (const int seed : { PrivateSeed, Peer1Seed, Peer2Seed, Peer3Seed, PskSeed, Psk2Seed }) {
        QVERIFY2(!all.contains(key(seed)), qPrintable(all));
        QVERIFY(!all.toLatin1().contains(rawKey(seed)));
        QVERIFY(!all.toUtf8().contains(rawKey(seed)));
    }
    QVERIFY(!all.contains("PrivateKey", Qt::CaseInsensitive)
        && !all.contains("Preshared", Qt::CaseInsensitive));
}

void TestTunnelStatus::wireTypes()
{
    // The D-Bus signature GetTunnel documents: s, as, u, x, t.
    const QVariantMap status = Lifeline::Tunnel::downStatus("vpn", parsed(everything()));
    const QMap<QString, int> expected {
        { "state", QMetaType::QString },
        { "interface", QMetaType::QString },
        { "endpoint", QMetaType::QString },
        { "families", QMetaType::QStringList },
        { "mtu", QMetaType::UInt },
        { "backend", QMetaType::QString },
        { "last-handshake", QMetaType::LongLong },
        { "rx-bytes", QMetaType::ULongLong },
        { "tx-bytes", QMetaType::ULongLong },
        { "error", QMetaType::QString },
        { "peers", QMetaType::UInt },
    };
    QCOMPARE(status.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(status.value(it.key()).typeId() == it.value(), qPrintable(it.key()));
}

void TestTunnelStatus::interfaceNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("interface");
    QTest::newRow("short") << "vpn"
                           << "ll-vpn";
    QTest::newRow("one character") << "a"
                                   << "ll-a";
    QTest::newRow("longest") << "abcdefghij-9"
                             << "ll-abcdefghij-9";
}

void TestTunnelStatus::interfaceNames()
{
    QFETCH(QString, name);
    QFETCH(QString, interface);
    QCOMPARE(checkName(name), QString());
    QCOMPARE(interfaceName(name), interface);
    QVERIFY(interfaceName(name).toLatin1().size() <= 15); // IFNAMSIZ - 1
}

void TestTunnelStatus::removed()
{
    QCOMPARE(removedStatus(), QVariantMap({ { "state", "removed" } }));
}

QTEST_GUILESS_MAIN(TestTunnelStatus)
#include "TestTunnelStatus.moc"
