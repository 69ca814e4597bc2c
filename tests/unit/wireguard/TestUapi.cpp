// wireguard-go's text protocol: the exact "set=1" text for a config, the
// parsing of "get=1" replies (good and malformed), and the socket client
// against a fake daemon in a temporary directory.
#include "FakeUapiDaemon.h"
#include "TestKeys.h"
#include "Uapi.h"
#include "UapiClient.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Lifeline;
using namespace Lifeline::WireGuard;
using namespace Lifeline::WireGuard::Testing;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Lifeline::WireGuard::PeerConfig)

namespace {

Net::Prefix prefix(const char *text)
{
    return *Net::Prefix::parse(QString::fromLatin1(text));
}

Endpoint endpoint(const char *text)
{
    return *Endpoint::parse(QString::fromLatin1(text));
}

PeerConfig alicePeer()
{
    PeerConfig peer;
    peer.publicKey = keyFromTestHex(AlicePublicHex);
    peer.presharedKey = keyFromTestHex(PresharedHex);
    peer.endpoint = endpoint("192.0.2.1:51820");
    // Host bits are cleared on the wire: 192.0.2.7/24 is 192.0.2.0/24.
    peer.allowedIps = { prefix("10.0.0.0/8"), prefix("192.0.2.7/24") };
    peer.persistentKeepalive = 25;
    return peer;
}

PeerConfig bobPeer()
{
    PeerConfig peer;
    peer.publicKey = keyFromTestHex(BobPublicHex);
    peer.endpoint = endpoint("[2001:db8::1]:443");
    peer.allowedIps = { prefix("::/0"), prefix("fd00:1::/64") };
    return peer;
}

// What wireguard-go 0.0.20220316 answered to get=1 (captured), plus a
// second peer without an endpoint or handshake.
const QByteArray RealReply = QByteArray("private_key=") + BobPrivateHex
    + "\nlisten_port=51820\nfwmark=7\npublic_key=" + AlicePublicHex
    + "\npreshared_key=" + PresharedHex
    + "\nprotocol_version=1\nendpoint=[2001:db8::1]:51820\nlast_handshake_time_sec=1700000000"
      "\nlast_handshake_time_nsec=123456789\ntx_bytes=1184\nrx_bytes=92\n"
      "persistent_keepalive_interval=25\nallowed_ip=10.0.0.0/24\nallowed_ip=fd00::/64\npublic_key="
    + BobPublicHex
    + "\npreshared_key=0000000000000000000000000000000000000000000000000000000000000000\n"
      "protocol_version=1\nlast_handshake_time_sec=0\nlast_handshake_time_nsec=0\ntx_bytes=0\n"
      "rx_bytes=0\npersistent_keepalive_interval=0\nerrno=0\n\n";

// A reply with one peer whose field `line` is replaced.
QByteArray peerReplyWith(const QByteArray &line)
{
    return QByteArray("private_key=") + BobPrivateHex + "\npublic_key=" + AlicePublicHex + '\n'
        + line + "\nerrno=0\n\n";
}

} // namespace

class TestUapi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void setRequest_data();
    void setRequest();
    void setRequestWithoutListenPort();
    void parseSetReply_data();
    void parseSetReply();
    void parseGetReply();
    void parseGetReplyWithoutPeers();
    void parseGetReplyRejects_data();
    void parseGetReplyRejects();
    void errorsNeverQuoteKeys();
    void keys_data();
    void keys();
    void endpoints_data();
    void endpoints();
    void exchangeWithFakeDaemon_data();
    void exchangeWithFakeDaemon();
    void exchangeFailures_data();
    void exchangeFailures();
    void exchangeWithoutDaemon();
    void staleSocketsOnly();
    void serverPidIsThePeer();
};

void TestUapi::setRequest_data()
{
    QTest::addColumn<QList<PeerConfig>>("peers");
    QTest::addColumn<QByteArray>("expectedPeers");

    QTest::newRow("no peers") << QList<PeerConfig> {} << QByteArray();
    QTest::newRow("ipv4 endpoint, preshared key, keepalive")
        << QList<PeerConfig> { alicePeer() }
        << QByteArray("public_key=") + AlicePublicHex + "\npreshared_key=" + PresharedHex
            + "\nendpoint=192.0.2.1:51820\npersistent_keepalive_interval=25\n"
              "replace_allowed_ips=true\nallowed_ip=10.0.0.0/8\nallowed_ip=192.0.2.0/24\n";
    QTest::newRow("bracketed ipv6 endpoint, two peers")
        << QList<PeerConfig> { alicePeer(), bobPeer() }
        << QByteArray("public_key=") + AlicePublicHex + "\npreshared_key=" + PresharedHex
            + "\nendpoint=192.0.2.1:51820\npersistent_keepalive_interval=25\n"
              "replace_allowed_ips=true\nallowed_ip=10.0.0.0/8\nallowed_ip=192.0.2.0/24\n"
              "public_key="
            + BobPublicHex
            + "\nendpoint=[2001:db8::1]:443\npersistent_keepalive_interval=0\n"
              "replace_allowed_ips=true\nallowed_ip=::/0\nallowed_ip=fd00:1::/64\n";
    PeerConfig bare;
    bare.publicKey = keyFromTestHex(BobPublicHex);
    // No allowed IPs still replaces (clears) them.
    QTest::newRow("peer without endpoint or allowed ips") << QList<PeerConfig> { bare }
                                                          << QByteArray("public_key=")
            + BobPublicHex + "\npersistent_keepalive_interval=0\nreplace_allowed_ips=true\n";
}

void TestUapi::setRequest()
{
    QFETCH(QList<PeerConfig>, peers);
    QFETCH(QByteArray, expectedPeers);
    DeviceConfig config;
    config.privateKey = keyFromTestHex(AlicePrivateHex);
    config.listenPort = 51820;
    config.fwmark = 0x1234;
    config.peers = peers;
    const QByteArray expected = QByteArray("set=1\nprivate_key=") + AlicePrivateHex
        + "\nlisten_port=51820\nfwmark=4660\nreplace_peers=true\n" + expectedPeers + '\n';
    QCOMPARE(Uapi::setRequest(config), expected);
}

void TestUapi::setRequestWithoutListenPort()
{
    DeviceConfig config;
    config.privateKey = keyFromTestHex(BobPrivateHex);
    // Port 0 is left out (keep the current port); fwmark 0 is sent (clear it).
    QCOMPARE(Uapi::setRequest(config),
        QByteArray("set=1\nprivate_key=") + BobPrivateHex + "\nfwmark=0\nreplace_peers=true\n\n");
    QCOMPARE(Uapi::getRequest(), QByteArray("get=1\n\n"));
}

void TestUapi::parseSetReply_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("expected"); // empty: accepted; else a part of the error

    QTest::newRow("success") << QByteArray("errno=0\n\n") << QString();
    QTest::newRow("negative errno, as wireguard-go sends it")
        << QByteArray("errno=-22\n\n") << QStringLiteral("Invalid argument (errno 22)");
    QTest::newRow("positive errno")
        << QByteArray("errno=98\n\n") << QStringLiteral("Address already in use");
    QTest::newRow("incomplete") << QByteArray("errno=0\n") << QStringLiteral("incomplete");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("incomplete");
    QTest::newRow("no errno line") << QByteArray("\n\n") << QStringLiteral("errno line");
    QTest::newRow("errno not a number")
        << QByteArray("errno=abc\n\n") << QStringLiteral("at \"errno\"");
    QTest::newRow("errno empty") << QByteArray("errno=\n\n") << QStringLiteral("at \"errno\"");
    QTest::newRow("errno with sign and space")
        << QByteArray("errno=- 1\n\n") << QStringLiteral("at \"errno\"");
    QTest::newRow("extra line") << QByteArray("listen_port=1\nerrno=0\n\n")
                                << QStringLiteral("at \"listen_port\"");
}

void TestUapi::parseSetReply()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, expected);
    const QString result = Uapi::parseSetReply(reply);
    if (expected.isEmpty())
        QCOMPARE(result, QString());
    else
        QVERIFY2(result.contains(expected), qPrintable(result));
}

void TestUapi::parseGetReply()
{
    QVERIFY(Uapi::isComplete(RealReply));
    QString error;
    const auto peers = Uapi::parseGetReply(RealReply, &error);
    QVERIFY2(peers, qPrintable(error));
    QCOMPARE(peers->size(), 2);

    const PeerStatus &alice = peers->at(0);
    QCOMPARE(alice.publicKey, keyFromTestHex(AlicePublicHex));
    QCOMPARE(alice.endpoint, endpoint("[2001:db8::1]:51820"));
    QCOMPARE(alice.lastHandshakeSec, qint64(1700000000));
    QCOMPARE(alice.txBytes, quint64(1184));
    QCOMPARE(alice.rxBytes, quint64(92));
    QCOMPARE(alice.persistentKeepalive, quint16(25));
    QCOMPARE(alice.allowedIps, (QList<Net::Prefix> { prefix("10.0.0.0/24"), prefix("fd00::/64") }));

    const PeerStatus &bob = peers->at(1);
    QCOMPARE(bob.publicKey, keyFromTestHex(BobPublicHex));
    QVERIFY(!bob.endpoint);
    QCOMPARE(bob.lastHandshakeSec, qint64(0));
    QCOMPARE(bob.rxBytes, quint64(0));
    QVERIFY(bob.allowedIps.isEmpty());
}

void TestUapi::parseGetReplyWithoutPeers()
{
    QString error;
    const auto peers = Uapi::parseGetReply(
        QByteArray("private_key=") + BobPrivateHex + "\nlisten_port=51820\nerrno=0\n\n", &error);
    QVERIFY2(peers, qPrintable(error));
    QVERIFY(peers->isEmpty());
    // Unknown keys (a newer daemon's) are skipped, known ones still checked.
    const auto future = Uapi::parseGetReply(peerReplyWith("some_future_key=whatever"), &error);
    QVERIFY2(future, qPrintable(error));
    QCOMPARE(future->size(), 1);
}

void TestUapi::parseGetReplyRejects_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("expected");

    QTest::newRow("daemon error") << QByteArray("errno=-5\n\n")
                                  << QStringLiteral("Input/output error");
    QTest::newRow("no errno") << QByteArray("listen_port=1\n\n") << QStringLiteral("errno line");
    QTest::newRow("incomplete") << RealReply.left(RealReply.size() - 1)
                                << QStringLiteral("incomplete");
    QTest::newRow("short public key")
        << QByteArray("public_key=") + QByteArray(AlicePublicHex).left(62) + "\nerrno=0\n\n"
        << QStringLiteral("at \"public_key\"");
    QTest::newRow("public key not hex")
        << QByteArray("public_key=") + QByteArray(AlicePublicHex).left(63) + "g\nerrno=0\n\n"
        << QStringLiteral("at \"public_key\"");
    QTest::newRow("bad preshared key")
        << peerReplyWith("preshared_key=00") << QStringLiteral("at \"preshared_key\"");
    QTest::newRow("endpoint without port")
        << peerReplyWith("endpoint=192.0.2.1") << QStringLiteral("at \"endpoint\"");
    QTest::newRow("unbracketed ipv6 endpoint")
        << peerReplyWith("endpoint=2001:db8::1:51820") << QStringLiteral("at \"endpoint\"");
    QTest::newRow("endpoint port 0")
        << peerReplyWith("endpoint=192.0.2.1:0") << QStringLiteral("at \"endpoint\"");
    QTest::newRow("allowed ip without length")
        << peerReplyWith("allowed_ip=10.0.0.1") << QStringLiteral("at \"allowed_ip\"");
    QTest::newRow("allowed ip too long")
        << peerReplyWith("allowed_ip=10.0.0.0/33") << QStringLiteral("at \"allowed_ip\"");
    QTest::newRow("negative rx") << peerReplyWith("rx_bytes=-1")
                                 << QStringLiteral("at \"rx_bytes\"");
    QTest::newRow("plus sign tx") << peerReplyWith("tx_bytes=+1")
                                  << QStringLiteral("at \"tx_bytes\"");
    QTest::newRow("rx overflow") << peerReplyWith("rx_bytes=18446744073709551616")
                                 << QStringLiteral("at \"rx_bytes\"");
    QTest::newRow("handshake not a number") << peerReplyWith("last_handshake_time_sec=soon")
                                            << QStringLiteral("at \"last_handshake_time_sec\"");
    QTest::newRow("handshake nsec not a number") << peerReplyWith(
        "last_handshake_time_nsec=x") << QStringLiteral("at \"last_handshake_time_nsec\"");
    QTest::newRow("keepalive too big") << peerReplyWith("persistent_keepalive_interval=65536")
                                       << QStringLiteral("at \"persistent_keepalive_interval\"");
    QTest::newRow("line without key") << peerReplyWith("=1") << QStringLiteral("without a key");
    QTest::newRow("line without equals")
        << peerReplyWith("garbage") << QStringLiteral("without a key");
    QTest::newRow("empty line inside")
        << peerReplyWith("rx_bytes=1\n") << QStringLiteral("without a key");
}

void TestUapi::parseGetReplyRejects()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, expected);
    QString error;
    const auto peers = Uapi::parseGetReply(reply, &error);
    QVERIFY(!peers);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestUapi::errorsNeverQuoteKeys()
{
    // A malformed line that is a bare key, and one whose value is a key.
    for (const QByteArray &reply :
        { peerReplyWith(BobPrivateHex), peerReplyWith(QByteArray("rx_bytes=") + BobPrivateHex) }) {
        QString error;
        QVERIFY(!Uapi::parseGetReply(reply, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(
            !error.contains(QLatin1String(QByteArray(BobPrivateHex).left(16))), qPrintable(error));
    }
}

void TestUapi::keys_data()
{
    QTest::addColumn<QString>("base64");
    QTest::addColumn<bool>("valid");

    QTest::newRow("wg's spelling") << QString::fromLatin1(AlicePublicBase64) << true;
    QTest::newRow("no padding") << QString::fromLatin1(AlicePublicBase64).chopped(1) << false;
    QTest::newRow("31 bytes") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")
                              << false;
    QTest::newRow("url alphabet") << QString::fromLatin1(AlicePublicBase64).replace(u'/', u'_')
                                  << false;
    QTest::newRow("trailing space") << QString::fromLatin1(AlicePublicBase64) + u' ' << false;
}

void TestUapi::keys()
{
    QFETCH(QString, base64);
    QFETCH(bool, valid);
    const auto key = keyFromBase64(base64);
    QCOMPARE(key.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(keyToHex(*key), QByteArray(AlicePublicHex));
    QCOMPARE(keyToBase64(*key), base64);
    QCOMPARE(keyFromHex(QByteArray(AlicePublicHex).toUpper()), key);
}

void TestUapi::endpoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("ipv4") << QStringLiteral("198.51.100.7:51820")
                          << QStringLiteral("198.51.100.7:51820");
    QTest::newRow("ipv6") << QStringLiteral("[2001:db8::7]:1") << QStringLiteral("[2001:db8::7]:1");
    QTest::newRow("ipv6 scope dropped")
        << QStringLiteral("[fe80::1%eth0]:51820") << QStringLiteral("[fe80::1]:51820");
    QTest::newRow("ipv6 unbracketed") << QStringLiteral("2001:db8::7:51820") << QString();
    QTest::newRow("no port") << QStringLiteral("198.51.100.7") << QString();
    QTest::newRow("port 65536") << QStringLiteral("198.51.100.7:65536") << QString();
    QTest::newRow("hostname") << QStringLiteral("vpn.example:51820") << QString();
    QTest::newRow("prefix") << QStringLiteral("198.51.100.0/24:1") << QString();
}

void TestUapi::endpoints()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const auto parsed = Endpoint::parse(text, &error);
    if (expected.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->text(), expected);
}

void TestUapi::exchangeWithFakeDaemon_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<int>("gapMs");

    QTest::newRow("one write") << QList<QByteArray> { RealReply } << 0;
    QList<QByteArray> bytes;
    for (const char c : RealReply)
        bytes.append(QByteArray(1, c));
    QTest::newRow("a byte at a time") << bytes << 0;
    // The empty line arrives in two parts: "\n" ends one read, "\n" the next.
    QTest::newRow("split final empty line")
        << QList<QByteArray> { RealReply.chopped(1), QByteArray("\n") } << 50;
}

void TestUapi::exchangeWithFakeDaemon()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(int, gapMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wg0.sock"));
    FakeUapiDaemon daemon(path, { chunks, std::chrono::milliseconds(gapMs), 0ms });
    QVERIFY(daemon.isListening());

    QString error;
    const auto reply = Uapi::exchange(path, Uapi::getRequest(), &error);
    QVERIFY2(reply, qPrintable(error));
    QCOMPARE(*reply, RealReply);
    QCOMPARE(daemon.request(), QByteArray("get=1\n\n"));
    QVERIFY(Uapi::parseGetReply(*reply, &error));
}

void TestUapi::exchangeFailures_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<int>("silenceMs");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("closes mid-reply") << QList<QByteArray> { QByteArray("errno=0\n") } << 0 << 5000
                                      << QStringLiteral("closed the connection");
    QTest::newRow("never answers")
        << QList<QByteArray> {} << 1500 << 300 << QStringLiteral("did not answer in time");
    // More than MaxReply without an end: the client stops reading.
    QList<QByteArray> flood(Uapi::MaxReply / (1024 * 1024) + 1, QByteArray(1024 * 1024, 'x'));
    QTest::newRow("endless reply") << flood << 0 << 5000 << QStringLiteral("larger than");
}

void TestUapi::exchangeFailures()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(int, silenceMs);
    QFETCH(int, timeoutMs);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wg0.sock"));
    FakeUapiDaemon daemon(path, { chunks, 0ms, std::chrono::milliseconds(silenceMs) });
    QVERIFY(daemon.isListening());

    QString error;
    QVERIFY(
        !Uapi::exchange(path, Uapi::getRequest(), &error, std::chrono::milliseconds(timeoutMs)));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestUapi::exchangeWithoutDaemon()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(
        !Uapi::exchange(dir.filePath(QStringLiteral("absent.sock")), Uapi::getRequest(), &error));
    QVERIFY2(error.contains(QLatin1String("cannot connect")), qPrintable(error));
    QVERIFY(!Uapi::isServed(dir.filePath(QStringLiteral("absent.sock"))));

    error.clear();
    QVERIFY(!Uapi::exchange(dir.filePath(QString(200, u'x')), Uapi::getRequest(), &error));
    QVERIFY2(error.contains(QLatin1String("too long")), qPrintable(error));
}

void TestUapi::staleSocketsOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A socket file nobody listens on: what a killed daemon leaves.
    const QString stale = dir.filePath(QStringLiteral("stale.sock"));
    {
        const QByteArray bytes = stale.toLocal8Bit();
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, bytes.constData(), sizeof address.sun_path);
        const UniqueFd fd(socket(AF_UNIX, SOCK_STREAM, 0));
        QVERIFY(bind(fd.get(), reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0);
    }
    QVERIFY(QFileInfo::exists(stale));
    QCOMPARE(Uapi::removeIfStale(stale), QString());
    QVERIFY(!QFileInfo::exists(stale));

    const QString live = dir.filePath(QStringLiteral("live.sock"));
    FakeUapiDaemon daemon(live, { { QByteArray("errno=0\n\n") }, 0ms, 0ms });
    QVERIFY(daemon.isListening());
    QCOMPARE(Uapi::removeIfStale(live), QString());
    QVERIFY(QFileInfo::exists(live));

    const QString regular = dir.filePath(QStringLiteral("regular.sock"));
    QFile file(regular);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(Uapi::removeIfStale(regular), QString());
    QVERIFY(QFileInfo::exists(regular));
}

void TestUapi::serverPidIsThePeer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wg0.sock"));
    QCOMPARE(Uapi::serverPid(path), pid_t(0));
    FakeUapiDaemon daemon(path, { { QByteArray("errno=0\n\n") }, 0ms, 0ms });
    QVERIFY(daemon.isListening());
    // The fake runs in this process; the probe's connection is its one call,
    // so it gets an empty request and answers into a closed socket.
    QCOMPARE(Uapi::serverPid(path), getpid());
}

QTEST_GUILESS_MAIN(TestUapi)
#include "TestUapi.moc"
