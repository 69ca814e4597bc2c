// The kernel's WireGuard generic-netlink messages, without the module: every
// SET_DEVICE message is parsed back with libnl and its attribute tree checked;
// large configs are split and replayed with the kernel's own rules; GET_DEVICE
// replies are built by hand, as the kernel would send them, and parsed.
#include "KernelMessages.h"
#include "KernelWire.h"
#include "TestKeys.h"

#include <QTest>

#include <linux/wireguard.h>
#include <netlink/attr.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>

#include <arpa/inet.h>
#include <cstring>
#include <functional>
#include <netinet/in.h>

using namespace Lifeline;
using namespace Lifeline::WireGuard;
using namespace Lifeline::WireGuard::Testing;
namespace Messages = Lifeline::WireGuard::KernelMessages;

namespace {

// Any id: the family is resolved at run time on a real system.
constexpr int FamilyId = 0x21;
const QString Ifname = QStringLiteral("ll-test");

QByteArray keyBytes(const Key &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), int(key.size()));
}

QByteArray sockaddr4(const char *address, quint16 port)
{
    sockaddr_in value {};
    value.sin_family = AF_INET;
    value.sin_port = htons(port);
    inet_pton(AF_INET, address, &value.sin_addr);
    return QByteArray(reinterpret_cast<const char *>(&value), sizeof value);
}

QByteArray sockaddr6(const char *address, quint16 port)
{
    sockaddr_in6 value {};
    value.sin6_family = AF_INET6;
    value.sin6_port = htons(port);
    inet_pton(AF_INET6, address, &value.sin6_addr);
    return QByteArray(reinterpret_cast<const char *>(&value), sizeof value);
}

WireAllowedIp wireIp(const char *address, int cidr)
{
    const auto prefix = *Net::Prefix::parse(QString::fromLatin1(address));
    return { prefix.family == Net::Family::IPv4 ? AF_INET : AF_INET6,
        QByteArray(reinterpret_cast<const char *>(prefix.bytes.data()), prefix.byteCount()), cidr };
}

Net::Prefix prefix(const char *text)
{
    return *Net::Prefix::parse(QString::fromLatin1(text));
}

DeviceConfig fullConfig()
{
    DeviceConfig config;
    config.privateKey = keyFromTestHex(AlicePrivateHex);
    config.listenPort = 51820;
    config.fwmark = 0xca6c;
    PeerConfig first;
    first.publicKey = keyFromTestHex(BobPublicHex);
    first.presharedKey = keyFromTestHex(PresharedHex);
    first.endpoint = Endpoint::parse(QStringLiteral("198.51.100.1:51820"));
    first.allowedIps = { prefix("0.0.0.0/0"), prefix("192.0.2.77/24") };
    first.persistentKeepalive = 25;
    PeerConfig second;
    second.publicKey = keyFromTestHex(AlicePublicHex);
    second.endpoint = Endpoint::parse(QStringLiteral("[2001:db8::1]:443"));
    second.allowedIps = { prefix("2001:db8:1::/48"), prefix("fd00::1/128") };
    config.peers = { first, second };
    return config;
}

Messages::Message newReply()
{
    Messages::Message message(nlmsg_alloc());
    genlmsg_put(message.get(), 0, 1, FamilyId, 0, NLM_F_MULTI, WG_CMD_GET_DEVICE, WG_GENL_VERSION);
    nla_put_u32(message.get(), WGDEVICE_A_IFINDEX, 7);
    nla_put_string(message.get(), WGDEVICE_A_IFNAME, "ll-test");
    return message;
}

void putAllowedIp(nl_msg *message, int family, const void *address, int size, int cidr)
{
    nlattr *entry = nla_nest_start(message, 0);
    nla_put_u16(message, WGALLOWEDIP_A_FAMILY, quint16(family));
    nla_put(message, WGALLOWEDIP_A_IPADDR, size, address);
    nla_put_u8(message, WGALLOWEDIP_A_CIDR_MASK, quint8(cidr));
    nla_nest_end(message, entry);
}

// One peer as the kernel's get_peer() writes it on its first appearance.
void putReplyPeer(nl_msg *message, const char *publicHex, const QByteArray &endpoint,
    qint64 handshake, quint64 rx, quint64 tx)
{
    const Key key = keyFromTestHex(publicHex);
    nlattr *peer = nla_nest_start(message, 0);
    nla_put(message, WGPEER_A_PUBLIC_KEY, int(key.size()), key.data());
    const Key psk = keyFromTestHex(PresharedHex);
    nla_put(message, WGPEER_A_PRESHARED_KEY, int(psk.size()), psk.data());
    const qint64 time[2] = { handshake, 999 };
    nla_put(message, WGPEER_A_LAST_HANDSHAKE_TIME, sizeof time, time);
    nla_put_u16(message, WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL, 25);
    nla_put_u64(message, WGPEER_A_RX_BYTES, rx);
    nla_put_u64(message, WGPEER_A_TX_BYTES, tx);
    nla_put_u32(message, WGPEER_A_PROTOCOL_VERSION, 1);
    if (!endpoint.isEmpty())
        nla_put(message, WGPEER_A_ENDPOINT, int(endpoint.size()), endpoint.constData());
    nlattr *ips = nla_nest_start(message, WGPEER_A_ALLOWEDIPS);
    const quint8 v4[4] = { 10, 0, 0, 0 };
    putAllowedIp(message, AF_INET, v4, 4, 8);
    const auto v6 = prefix("2001:db8::");
    putAllowedIp(message, AF_INET6, v6.bytes.data(), 16, 32);
    nla_nest_end(message, ips);
    nla_nest_end(message, peer);
}

using PeerWriter = std::function<void(nl_msg *)>;

} // namespace

Q_DECLARE_METATYPE(PeerWriter)

class TestKernelMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void setDeviceAttributeTree();
    void setDeviceDeviceFields_data();
    void setDeviceDeviceFields();
    void splitAcrossMessages_data();
    void splitAcrossMessages();
    void tooSmallForOnePeer();
    void getDeviceRequest();
    void parseReply();
    void parseReplyContinuation();
    void parseReplyWithoutPeers();
    void parseReplyRejects_data();
    void parseReplyRejects();
};

void TestKernelMessages::setDeviceAttributeTree()
{
    QString error;
    const auto messages = Messages::buildSetDevice(
        FamilyId, Ifname, fullConfig(), Messages::defaultLimit(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), size_t(1));

    WireDevice device;
    const QString why = readSetDevice(messages.front().get(), &device);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(device.type, quint16(FamilyId));
    QCOMPARE(device.headerFlags, quint16(NLM_F_REQUEST | NLM_F_ACK));
    QCOMPARE(device.command, int(WG_CMD_SET_DEVICE));
    QCOMPARE(device.version, int(WG_GENL_VERSION));
    QCOMPARE(device.attributes,
        (QList<int> { WGDEVICE_A_IFNAME, WGDEVICE_A_PRIVATE_KEY, WGDEVICE_A_LISTEN_PORT,
            WGDEVICE_A_FWMARK, WGDEVICE_A_FLAGS, WGDEVICE_A_PEERS }));
    QCOMPARE(device.ifname,
        QByteArray("ll-test", 8)); // NUL-terminated, as the kernel's NLA_NUL_STRING wants
    QCOMPARE(device.privateKey, keyBytes(keyFromTestHex(AlicePrivateHex)));
    QCOMPARE(device.listenPort, quint16(51820));
    QCOMPARE(device.fwmark, quint32(0xca6c));
    QCOMPARE(device.flags, quint32(WGDEVICE_F_REPLACE_PEERS));
    QCOMPARE(device.peers.size(), 2);

    const WirePeer &first = device.peers.at(0);
    QCOMPARE(first.attributes,
        (QList<int> { WGPEER_A_PUBLIC_KEY, WGPEER_A_FLAGS, WGPEER_A_PRESHARED_KEY,
            WGPEER_A_ENDPOINT, WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL, WGPEER_A_ALLOWEDIPS }));
    QCOMPARE(first.publicKey, keyBytes(keyFromTestHex(BobPublicHex)));
    QCOMPARE(first.flags, quint32(WGPEER_F_REPLACE_ALLOWEDIPS));
    QCOMPARE(first.presharedKey, keyBytes(keyFromTestHex(PresharedHex)));
    QCOMPARE(first.endpoint, sockaddr4("198.51.100.1", 51820));
    QCOMPARE(first.keepalive, quint16(25));
    // Host bits cleared: the kernel refuses none, but wg sends networks.
    QCOMPARE(
        first.allowedIps, (QList<WireAllowedIp> { wireIp("0.0.0.0", 0), wireIp("192.0.2.0", 24) }));

    const WirePeer &second = device.peers.at(1);
    QVERIFY(!second.attributes.contains(WGPEER_A_PRESHARED_KEY));
    QCOMPARE(second.publicKey, keyBytes(keyFromTestHex(AlicePublicHex)));
    QCOMPARE(second.flags, quint32(WGPEER_F_REPLACE_ALLOWEDIPS));
    QCOMPARE(second.endpoint, sockaddr6("2001:db8::1", 443));
    QCOMPARE(second.keepalive, quint16(0)); // 0 turns keepalive off
    QCOMPARE(second.allowedIps,
        (QList<WireAllowedIp> { wireIp("2001:db8:1::", 48), wireIp("fd00::1", 128) }));
}

void TestKernelMessages::setDeviceDeviceFields_data()
{
    QTest::addColumn<quint16>("port");
    QTest::addColumn<quint32>("fwmark");
    QTest::addColumn<bool>("withPeers");

    QTest::newRow("port and mark") << quint16(1) << quint32(0xffffffff) << true;
    QTest::newRow("no port: the device keeps its own") << quint16(0) << quint32(0) << true;
    QTest::newRow("no peers: all removed") << quint16(65535) << quint32(7) << false;
}

void TestKernelMessages::setDeviceDeviceFields()
{
    QFETCH(quint16, port);
    QFETCH(quint32, fwmark);
    QFETCH(bool, withPeers);
    DeviceConfig config = fullConfig();
    config.listenPort = port;
    config.fwmark = fwmark;
    if (!withPeers)
        config.peers.clear();
    QString error;
    const auto messages
        = Messages::buildSetDevice(FamilyId, Ifname, config, Messages::defaultLimit(), &error);
    QCOMPARE(messages.size(), size_t(1));
    WireDevice device;
    QCOMPARE(readSetDevice(messages.front().get(), &device), QString());
    QCOMPARE(device.listenPort.has_value(), port != 0);
    if (port != 0)
        QCOMPARE(*device.listenPort, port);
    // fwmark 0 is sent: it clears a mark set before.
    QCOMPARE(device.fwmark, fwmark);
    QCOMPARE(device.flags, quint32(WGDEVICE_F_REPLACE_PEERS));
    QCOMPARE(device.peers.size(), withPeers ? 2 : 0);
}

void TestKernelMessages::splitAcrossMessages_data()
{
    QTest::addColumn<int>("peerCount");
    QTest::addColumn<int>("ipsPerPeer");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("minimumMessages");

    const int page = int(Messages::defaultLimit());
    QTest::newRow("one peer, one ip") << 1 << 1 << page << 1;
    QTest::newRow("one peer, 5000 ips") << 1 << 5000 << page << 5000 * 28 / page;
    QTest::newRow("300 peers, 3 ips") << 300 << 3 << page << 300 * 150 / page;
    QTest::newRow("3 peers, 200 ips, 512-byte messages") << 3 << 200 << 512 << 3 * 200 * 28 / 512;
    QTest::newRow("peers start in the second message") << 2 << 2 << 130 << 3;
}

void TestKernelMessages::splitAcrossMessages()
{
    QFETCH(int, peerCount);
    QFETCH(int, ipsPerPeer);
    QFETCH(int, limit);
    QFETCH(int, minimumMessages);

    DeviceConfig config;
    config.privateKey = keyFromTestHex(AlicePrivateHex);
    config.listenPort = 51820;
    for (int p = 0; p < peerCount; ++p) {
        PeerConfig peer;
        peer.publicKey[0] = quint8(p);
        peer.publicKey[1] = quint8(p >> 8);
        peer.persistentKeepalive = 25;
        for (int i = 0; i < ipsPerPeer; ++i) {
            // Both families, so entries of both sizes cross the boundaries.
            const QString text = i % 2
                ? QStringLiteral("fd00:%1::%2/128").arg(p, 0, 16).arg(i, 0, 16)
                : QStringLiteral("10.%1.%2.%3/32").arg(p % 256).arg(i / 256).arg(i % 256);
            peer.allowedIps.append(*Net::Prefix::parse(text));
        }
        config.peers.append(peer);
    }

    QString error;
    const auto messages = Messages::buildSetDevice(FamilyId, Ifname, config, size_t(limit), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(int(messages.size()) >= minimumMessages, qPrintable(QString::number(messages.size())));

    Replayed state;
    QByteArray lastKey;
    for (size_t m = 0; m < messages.size(); ++m) {
        WireDevice device;
        const QString why = readSetDevice(messages[m].get(), &device);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(device.length <= quint32(limit));
        QCOMPARE(device.ifname, QByteArray("ll-test", 8));
        // Only the first message replaces the peer list and carries the key.
        QCOMPARE(device.flags.has_value(), m == 0);
        QCOMPARE(device.privateKey.isEmpty(), m != 0);
        for (qsizetype p = 0; p < device.peers.size(); ++p) {
            const WirePeer &peer = device.peers.at(p);
            const bool continuation = m > 0 && p == 0 && peer.publicKey == lastKey;
            if (continuation) {
                // A continued peer must not replace what came before.
                QVERIFY(!peer.flags);
                QCOMPARE(
                    peer.attributes, (QList<int> { WGPEER_A_PUBLIC_KEY, WGPEER_A_ALLOWEDIPS }));
            } else {
                QCOMPARE(peer.flags, quint32(WGPEER_F_REPLACE_ALLOWEDIPS));
                QCOMPARE(peer.keepalive, quint16(25));
            }
            lastKey = peer.publicKey;
        }
        replay(device, &state);
    }

    QCOMPARE(state.order.size(), peerCount);
    for (int p = 0; p < peerCount; ++p) {
        const PeerConfig &peer = config.peers.at(p);
        QCOMPARE(state.order.at(p), keyBytes(peer.publicKey));
        const QList<WireAllowedIp> &got = state.allowedIps.value(keyBytes(peer.publicKey));
        QCOMPARE(got.size(), ipsPerPeer);
        for (int i = 0; i < ipsPerPeer; ++i) {
            const Net::Prefix &ip = peer.allowedIps.at(i);
            const WireAllowedIp expected { ip.family == Net::Family::IPv4 ? AF_INET : AF_INET6,
                QByteArray(reinterpret_cast<const char *>(ip.bytes.data()), ip.byteCount()),
                ip.length };
            QVERIFY2(got.at(i) == expected, qPrintable(ip.text()));
        }
    }
}

void TestKernelMessages::tooSmallForOnePeer()
{
    QString error;
    const auto messages = Messages::buildSetDevice(FamilyId, Ifname, fullConfig(), 64, &error);
    QVERIFY(messages.empty());
    QVERIFY2(error.contains(QLatin1String("cannot hold"))
            || error.contains(QLatin1String("cannot build")),
        qPrintable(error));
}

void TestKernelMessages::getDeviceRequest()
{
    const Messages::Message request = Messages::buildGetDevice(FamilyId, Ifname);
    QVERIFY(request);
    nlmsghdr *header = nlmsg_hdr(request.get());
    QCOMPARE(header->nlmsg_type, quint16(FamilyId));
    QCOMPARE(header->nlmsg_flags, quint16(NLM_F_REQUEST | NLM_F_ACK | NLM_F_DUMP));
    const auto *generic = static_cast<const genlmsghdr *>(nlmsg_data(header));
    QCOMPARE(int(generic->cmd), int(WG_CMD_GET_DEVICE));
    nlattr *attributes[WGDEVICE_A_MAX + 1] = {};
    QVERIFY(genlmsg_parse(header, 0, attributes, WGDEVICE_A_MAX, nullptr) == 0);
    QVERIFY(attributes[WGDEVICE_A_IFNAME]);
    QCOMPARE(QByteArray(nla_get_string(attributes[WGDEVICE_A_IFNAME])), QByteArray("ll-test"));
    QVERIFY(!attributes[WGDEVICE_A_PRIVATE_KEY]);
}

void TestKernelMessages::parseReply()
{
    const Messages::Message reply = newReply();
    const Key privateKey = keyFromTestHex(AlicePrivateHex);
    nla_put(reply.get(), WGDEVICE_A_PRIVATE_KEY, int(privateKey.size()), privateKey.data());
    nla_put_u16(reply.get(), WGDEVICE_A_LISTEN_PORT, 51820);
    nlattr *peers = nla_nest_start(reply.get(), WGDEVICE_A_PEERS);
    putReplyPeer(reply.get(), BobPublicHex, sockaddr4("198.51.100.2", 51821), 1700000000, 92, 1184);
    putReplyPeer(reply.get(), AlicePublicHex, sockaddr6("2001:db8::2", 443), 0, 0, 0);
    nla_nest_end(reply.get(), peers);

    QList<PeerStatus> parsed;
    const QString error = Messages::parseGetDevice(nlmsg_hdr(reply.get()), &parsed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.size(), 2);
    const PeerStatus &bob = parsed.at(0);
    QCOMPARE(bob.publicKey, keyFromTestHex(BobPublicHex));
    QCOMPARE(bob.endpoint, Endpoint::parse(QStringLiteral("198.51.100.2:51821")));
    QCOMPARE(bob.lastHandshakeSec, qint64(1700000000));
    QCOMPARE(bob.rxBytes, quint64(92));
    QCOMPARE(bob.txBytes, quint64(1184));
    QCOMPARE(bob.persistentKeepalive, quint16(25));
    QCOMPARE(
        bob.allowedIps, (QList<Net::Prefix> { prefix("10.0.0.0/8"), prefix("2001:db8::/32") }));
    const PeerStatus &alice = parsed.at(1);
    QCOMPARE(alice.publicKey, keyFromTestHex(AlicePublicHex));
    QCOMPARE(alice.endpoint, Endpoint::parse(QStringLiteral("[2001:db8::2]:443")));
    QCOMPARE(alice.lastHandshakeSec, qint64(0));
}

void TestKernelMessages::parseReplyContinuation()
{
    // The kernel ends a dump message inside a peer's allowed IPs and goes on
    // in the next one with the same key and the rest of the list.
    const Messages::Message first = newReply();
    nlattr *peers = nla_nest_start(first.get(), WGDEVICE_A_PEERS);
    putReplyPeer(first.get(), BobPublicHex, {}, 1, 2, 3);
    nla_nest_end(first.get(), peers);

    const Messages::Message second = newReply();
    peers = nla_nest_start(second.get(), WGDEVICE_A_PEERS);
    nlattr *peer = nla_nest_start(second.get(), 0);
    const Key bob = keyFromTestHex(BobPublicHex);
    nla_put(second.get(), WGPEER_A_PUBLIC_KEY, int(bob.size()), bob.data());
    nlattr *ips = nla_nest_start(second.get(), WGPEER_A_ALLOWEDIPS);
    const quint8 more[4] = { 192, 0, 2, 0 };
    putAllowedIp(second.get(), AF_INET, more, 4, 24);
    nla_nest_end(second.get(), ips);
    nla_nest_end(second.get(), peer);
    putReplyPeer(second.get(), AlicePublicHex, {}, 0, 0, 0);
    nla_nest_end(second.get(), peers);

    QList<PeerStatus> parsed;
    QCOMPARE(Messages::parseGetDevice(nlmsg_hdr(first.get()), &parsed), QString());
    QCOMPARE(Messages::parseGetDevice(nlmsg_hdr(second.get()), &parsed), QString());
    QCOMPARE(parsed.size(), 2);
    QCOMPARE(parsed.at(0).publicKey, bob);
    QCOMPARE(parsed.at(0).allowedIps,
        (QList<Net::Prefix> {
            prefix("10.0.0.0/8"), prefix("2001:db8::/32"), prefix("192.0.2.0/24") }));
    QCOMPARE(parsed.at(0).rxBytes, quint64(2)); // not reset by the continuation
    QCOMPARE(parsed.at(1).publicKey, keyFromTestHex(AlicePublicHex));
}

void TestKernelMessages::parseReplyWithoutPeers()
{
    const Messages::Message reply = newReply();
    nla_put_u16(reply.get(), WGDEVICE_A_LISTEN_PORT, 51820);
    QList<PeerStatus> parsed;
    QCOMPARE(Messages::parseGetDevice(nlmsg_hdr(reply.get()), &parsed), QString());
    QVERIFY(parsed.isEmpty());
}

void TestKernelMessages::parseReplyRejects_data()
{
    QTest::addColumn<PeerWriter>("writePeer");
    QTest::addColumn<QString>("expected");

    const Key key = keyFromTestHex(BobPublicHex);
    const auto withKey = [key](const PeerWriter &rest) {
        return PeerWriter([key, rest](nl_msg *message) {
            nla_put(message, WGPEER_A_PUBLIC_KEY, int(key.size()), key.data());
            rest(message);
        });
    };
    const auto allowed = [withKey](int family, int size, int cidr) {
        return withKey([=](nl_msg *message) {
            nlattr *ips = nla_nest_start(message, WGPEER_A_ALLOWEDIPS);
            const quint8 address[16] = { 10 };
            putAllowedIp(message, family, address, size, cidr);
            nla_nest_end(message, ips);
        });
    };

    QTest::newRow("no public key")
        << PeerWriter([](nl_msg *message) { nla_put_u64(message, WGPEER_A_RX_BYTES, 1); })
        << QStringLiteral("peer public key");
    QTest::newRow("short public key") << PeerWriter([key](nl_msg *message) {
        nla_put(message, WGPEER_A_PUBLIC_KEY, 31, key.data());
    }) << QStringLiteral("peer public key");
    QTest::newRow("endpoint too short") << withKey([](nl_msg *message) {
        const QByteArray endpoint = sockaddr4("198.51.100.1", 1).left(8);
        nla_put(message, WGPEER_A_ENDPOINT, int(endpoint.size()), endpoint.constData());
    }) << QStringLiteral("peer endpoint");
    QTest::newRow("endpoint family unknown") << withKey([](nl_msg *message) {
        QByteArray endpoint = sockaddr4("198.51.100.1", 1);
        endpoint[0] = char(AF_UNIX);
        endpoint[1] = 0;
        nla_put(message, WGPEER_A_ENDPOINT, int(endpoint.size()), endpoint.constData());
    }) << QStringLiteral("peer endpoint");
    QTest::newRow("handshake time of 8 bytes")
        << withKey([](nl_msg *message) { nla_put_u64(message, WGPEER_A_LAST_HANDSHAKE_TIME, 1); })
        << QStringLiteral("handshake time");
    QTest::newRow("32-bit byte counter")
        << withKey([](nl_msg *message) { nla_put_u32(message, WGPEER_A_TX_BYTES, 1); })
        << QStringLiteral("byte counter");
    QTest::newRow("32-bit keepalive") << withKey([](nl_msg *message) {
        nla_put_u32(message, WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL, 1);
    }) << QStringLiteral("keepalive");
    QTest::newRow("ipv4 with 16 bytes")
        << allowed(AF_INET, 16, 8) << QStringLiteral("allowed ip address");
    QTest::newRow("unknown family")
        << allowed(AF_UNIX, 4, 8) << QStringLiteral("allowed ip address");
    QTest::newRow("cidr 33") << allowed(AF_INET, 4, 33) << QStringLiteral("prefix length");
    QTest::newRow("allowed ip without cidr") << withKey([](nl_msg *message) {
        nlattr *ips = nla_nest_start(message, WGPEER_A_ALLOWEDIPS);
        nlattr *entry = nla_nest_start(message, 0);
        nla_put_u16(message, WGALLOWEDIP_A_FAMILY, AF_INET);
        const quint8 address[4] = { 10, 0, 0, 0 };
        nla_put(message, WGALLOWEDIP_A_IPADDR, 4, address);
        nla_nest_end(message, entry);
        nla_nest_end(message, ips);
    }) << QStringLiteral("allowed ip");
}

void TestKernelMessages::parseReplyRejects()
{
    QFETCH(PeerWriter, writePeer);
    QFETCH(QString, expected);
    const Messages::Message reply = newReply();
    nlattr *peers = nla_nest_start(reply.get(), WGDEVICE_A_PEERS);
    nlattr *peer = nla_nest_start(reply.get(), 0);
    writePeer(reply.get());
    nla_nest_end(reply.get(), peer);
    nla_nest_end(reply.get(), peers);

    QList<PeerStatus> parsed;
    const QString error = Messages::parseGetDevice(nlmsg_hdr(reply.get()), &parsed);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.startsWith(QLatin1String("the kernel sent a malformed wireguard")));
}

QTEST_GUILESS_MAIN(TestKernelMessages)
#include "TestKernelMessages.moc"
