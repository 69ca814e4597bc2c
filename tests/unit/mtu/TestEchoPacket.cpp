// The echo messages IcmpProber sends and the replies it accepts.
#include "EchoPacket.h"

#include <QTest>

using namespace Lifeline;
using namespace Lifeline::Mtu;

Q_DECLARE_METATYPE(Lifeline::Net::Family)

namespace {

// An IPv4 echo reply as a raw socket delivers it: 20-byte header first.
QByteArray ipv4Reply(const QByteArray &request)
{
    QByteArray message = request;
    message[0] = 0; // echo reply
    message[2] = message[3] = 0;
    const quint16 sum = internetChecksum(message.constData(), message.size());
    message[2] = char(sum >> 8);
    message[3] = char(sum & 0xff);
    QByteArray header(20, '\0');
    header[0] = 0x45;
    return header + message;
}

} // namespace

class TestEchoPacket : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sizes_data();
    void sizes();
    void request_data();
    void request();
    void roundTrip4();
    void reply6();
    void rejects_data();
    void rejects();
};

void TestEchoPacket::sizes_data()
{
    QTest::addColumn<Net::Family>("family");
    QTest::addColumn<int>("inner");
    QTest::addColumn<int>("message");
    QTest::newRow("IPv4 1300") << Net::Family::IPv4 << 1300 << 1280; // ping -s 1272
    QTest::newRow("IPv6 1300") << Net::Family::IPv6 << 1300 << 1260; // ping -s 1252
    QTest::newRow("IPv4 minimum") << Net::Family::IPv4 << 576 << 556;
    QTest::newRow("IPv4 too small") << Net::Family::IPv4 << 27 << 0;
    QTest::newRow("IPv6 just the headers") << Net::Family::IPv6 << 48 << 8;
}

void TestEchoPacket::sizes()
{
    QFETCH(Net::Family, family);
    QFETCH(int, inner);
    QFETCH(int, message);
    QCOMPARE(echoMessageSize(family, inner), message);
}

void TestEchoPacket::request_data()
{
    QTest::addColumn<Net::Family>("family");
    QTest::addColumn<int>("type");
    QTest::newRow("IPv4") << Net::Family::IPv4 << 8;
    QTest::newRow("IPv6") << Net::Family::IPv6 << 128;
}

void TestEchoPacket::request()
{
    QFETCH(Net::Family, family);
    QFETCH(int, type);
    const QByteArray m = buildEchoRequest(family, 0xbeef, 0x0102, 1280);
    QCOMPARE(m.size(), 1280);
    QCOMPARE(quint8(m[0]), quint8(type));
    QCOMPARE(quint8(m[1]), quint8(0));
    QCOMPARE(quint8(m[4]), quint8(0xbe));
    QCOMPARE(quint8(m[5]), quint8(0xef));
    QCOMPARE(quint8(m[6]), quint8(0x01));
    QCOMPARE(quint8(m[7]), quint8(0x02));
    if (family == Net::Family::IPv4)
        QCOMPARE(internetChecksum(m.constData(), m.size()), quint16(0)); // valid
    else
        QCOMPARE(quint8(m[2]) | quint8(m[3]), 0); // left to the kernel
}

void TestEchoPacket::roundTrip4()
{
    const QByteArray raw = ipv4Reply(buildEchoRequest(Net::Family::IPv4, 7, 65535, 101));
    const auto reply = parseEchoReply(Net::Family::IPv4, raw.constData(), raw.size());
    QVERIFY(reply);
    QCOMPARE(reply->identifier, quint16(7));
    QCOMPARE(reply->sequence, quint16(65535));
    QCOMPARE(reply->messageSize, 101);
}

void TestEchoPacket::reply6()
{
    QByteArray m = buildEchoRequest(Net::Family::IPv6, 9, 3, 1260);
    m[0] = char(129);
    const auto reply = parseEchoReply(Net::Family::IPv6, m.constData(), m.size());
    QVERIFY(reply);
    QCOMPARE(reply->identifier, quint16(9));
    QCOMPARE(reply->sequence, quint16(3));
    QCOMPARE(reply->messageSize, 1260);
}

void TestEchoPacket::rejects_data()
{
    QTest::addColumn<Net::Family>("family");
    QTest::addColumn<QByteArray>("data");
    const QByteArray good4 = ipv4Reply(buildEchoRequest(Net::Family::IPv4, 1, 1, 64));
    QByteArray request4 = good4;
    request4[20] = 8;
    QByteArray corrupt4 = good4;
    corrupt4[40] = char(corrupt4[40] ^ 1);
    QByteArray badIhl = good4;
    badIhl[0] = 0x4f; // 60-byte header claimed, then no room for ICMP
    QByteArray request6 = buildEchoRequest(Net::Family::IPv6, 1, 1, 64);
    QByteArray code6 = request6;
    code6[0] = char(129);
    code6[1] = 1;
    QTest::newRow("IPv4 echo request") << Net::Family::IPv4 << request4;
    QTest::newRow("IPv4 bad checksum") << Net::Family::IPv4 << corrupt4;
    QTest::newRow("IPv4 header longer than packet") << Net::Family::IPv4 << badIhl.left(64);
    QTest::newRow("IPv4 truncated") << Net::Family::IPv4 << good4.left(27);
    QTest::newRow("IPv4 not version 4") << Net::Family::IPv4 << QByteArray(64, '\x60');
    QTest::newRow("IPv6 echo request") << Net::Family::IPv6 << request6;
    QTest::newRow("IPv6 nonzero code") << Net::Family::IPv6 << code6;
    QTest::newRow("IPv6 truncated") << Net::Family::IPv6 << code6.left(7);
}

void TestEchoPacket::rejects()
{
    QFETCH(Net::Family, family);
    QFETCH(QByteArray, data);
    QVERIFY(!parseEchoReply(family, data.constData(), data.size()));
}

QTEST_APPLESS_MAIN(TestEchoPacket)
#include "TestEchoPacket.moc"
