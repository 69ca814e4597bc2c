// Reading a device's own settings back, which adopting a tunnel after a
// restart relies on: the fwmark from wireguard-go's "get" reply and from
// the kernel's GET_DEVICE reply, refused when malformed.
#include "KernelMessages.h"
#include "Uapi.h"

#include <QTest>

#include <linux/wireguard.h>
#include <netlink/genl/genl.h>
#include <netlink/msg.h>

using namespace Lifeline::WireGuard;

namespace {

const QByteArray PeerHex(64, 'a');

QByteArray uapiReply(const QByteArray &deviceLines)
{
    return "private_key=" + QByteArray(64, 'b') + '\n' + deviceLines + "public_key=" + PeerHex
        + "\nlast_handshake_time_sec=1700000000\nerrno=0\n\n";
}

// A GET_DEVICE reply: the fwmark attribute as given (`bytes` of it), no peers.
KernelMessages::Message kernelReply(std::optional<quint32> fwmark, int bytes = 4)
{
    KernelMessages::Message message(nlmsg_alloc());
    genlmsg_put(
        message.get(), NL_AUTO_PORT, NL_AUTO_SEQ, 21, 0, 0, WG_CMD_GET_DEVICE, WG_GENL_VERSION);
    nla_put_string(message.get(), WGDEVICE_A_IFNAME, "ll-vps");
    if (fwmark)
        nla_put(message.get(), WGDEVICE_A_FWMARK, bytes, &*fwmark);
    return message;
}

} // namespace

class TestDeviceState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void uapiFwmark_data();
    void uapiFwmark();
    void uapiMalformedFwmark();
    void kernelFwmark();
    void kernelMalformedFwmark();
};

void TestDeviceState::uapiFwmark_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<quint32>("fwmark");
    QTest::newRow("set") << QByteArray("listen_port=51820\nfwmark=51820\n") << quint32(51820);
    QTest::newRow("zero") << QByteArray("fwmark=0\n") << quint32(0);
    QTest::newRow("absent") << QByteArray("listen_port=1\n") << quint32(0);
    QTest::newRow("largest") << QByteArray("fwmark=4294967295\n") << quint32(0xffffffff);
}

void TestDeviceState::uapiFwmark()
{
    QFETCH(QByteArray, lines);
    QFETCH(quint32, fwmark);
    quint32 read = 12345;
    QString error;
    const auto peers = Uapi::parseGetReply(uapiReply(lines), &error, &read);
    QVERIFY2(peers, qPrintable(error));
    QCOMPARE(peers->size(), 1);
    QCOMPARE(read, lines.contains("fwmark") ? fwmark : quint32(12345));
}

void TestDeviceState::uapiMalformedFwmark()
{
    for (const char *bad : { "fwmark=-1\n", "fwmark=4294967296\n", "fwmark=0x10\n" }) {
        QString error;
        quint32 read = 0;
        QVERIFY(!Uapi::parseGetReply(uapiReply(bad), &error, &read));
        QVERIFY2(error.contains(u"fwmark"), qPrintable(error));
    }
    // A peer's fields never count as the device's.
    QString error;
    quint32 read = 5;
    QVERIFY2(
        Uapi::parseGetReply("public_key=" + PeerHex + "\nfwmark=7\nerrno=0\n\n", &error, &read),
        qPrintable(error));
    QCOMPARE(read, quint32(5));
}

void TestDeviceState::kernelFwmark()
{
    QList<PeerStatus> peers;
    quint32 fwmark = 0;
    auto message = kernelReply(0xca6c);
    QCOMPARE(KernelMessages::parseGetDevice(nlmsg_hdr(message.get()), &peers, &fwmark), QString());
    QCOMPARE(fwmark, quint32(0xca6c));
    // Without the attribute the value is left as it was.
    fwmark = 99;
    message = kernelReply(std::nullopt);
    QCOMPARE(KernelMessages::parseGetDevice(nlmsg_hdr(message.get()), &peers, &fwmark), QString());
    QCOMPARE(fwmark, quint32(99));
    QVERIFY(peers.isEmpty());
}

void TestDeviceState::kernelMalformedFwmark()
{
    QList<PeerStatus> peers;
    quint32 fwmark = 0;
    const auto message = kernelReply(7, 2);
    const QString error = KernelMessages::parseGetDevice(nlmsg_hdr(message.get()), &peers, &fwmark);
    QVERIFY2(error.contains(u"fwmark"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDeviceState)
#include "TestDeviceState.moc"
