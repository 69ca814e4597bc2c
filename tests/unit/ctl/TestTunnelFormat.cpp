// How tunnel states read: ages, sizes, the list table and the show lines.
#include "TunnelFormat.h"

#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QLocale>
#include <QTest>

using namespace Lifeline;

class TestTunnelFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void handshakeAge_data();
    void handshakeAge();
    void byteCount_data();
    void byteCount();
    void valueText_data();
    void valueText();
    void plainValueUnwrapsDBusTypes();
    void listTableAligns();
    void showLinesKnownKeysFirst();
    void showLinesErrorOnlyWhenThereIsOne();
    void showLinesSayWhenTheMtuWasProbed();
};

void TestTunnelFormat::handshakeAge_data()
{
    QTest::addColumn<qint64>("ago");
    QTest::addColumn<QString>("text");
    QTest::newRow("one second") << qint64(1) << "1 second ago";
    QTest::newRow("twelve seconds") << qint64(12) << "12 seconds ago";
    QTest::newRow("119 seconds") << qint64(119) << "119 seconds ago";
    QTest::newRow("two minutes") << qint64(120) << "2 minutes ago";
    QTest::newRow("an hour and a half") << qint64(90 * 60) << "90 minutes ago";
    QTest::newRow("three hours") << qint64(3 * 3600 + 59) << "3 hours ago";
    QTest::newRow("two days") << qint64(2 * 86400) << "2 days ago";
    QTest::newRow("clock skew") << qint64(-5) << "just now";
}

void TestTunnelFormat::handshakeAge()
{
    QFETCH(qint64, ago);
    QFETCH(QString, text);
    const qint64 now = 1'800'000'000;
    QCOMPARE(TunnelFormat::handshakeAge(now - ago, now), text);
}

void TestTunnelFormat::byteCount_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << quint64(0) << "0 bytes";
    QTest::newRow("few") << quint64(92) << "92 bytes";
    QTest::newRow("KiB") << quint64(2048) << "2.00 KiB";
    QTest::newRow("MiB") << quint64(1234567) << "1.18 MiB";
    QTest::newRow("beyond qint64") << ~quint64(0) << "8.00 EiB";
}

void TestTunnelFormat::byteCount()
{
    QFETCH(quint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(TunnelFormat::byteCount(bytes), text);
}

void TestTunnelFormat::valueText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("string") << QVariant("kernel") << "kernel";
    QTest::newRow("empty string") << QVariant(QString()) << "-";
    QTest::newRow("list") << QVariant(QStringList { "ipv4", "ipv6" }) << "ipv4, ipv6";
    QTest::newRow("empty list") << QVariant(QStringList {}) << "-";
    QTest::newRow("bool") << QVariant(true) << "yes";
    QTest::newRow("number") << QVariant::fromValue<uint>(1420) << "1420";
    QTest::newRow("map") << QVariant(QVariantMap { { "a", 1 }, { "b", "x" } }) << "a=1, b=x";
}

void TestTunnelFormat::valueText()
{
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    QCOMPARE(TunnelFormat::valueText(value), text);
}

void TestTunnelFormat::plainValueUnwrapsDBusTypes()
{
    const QVariant wrapped = QVariant::fromValue(QDBusVariant(QVariant::fromValue(
        QVariantList { QVariant::fromValue(QDBusObjectPath("/a/b")), QVariant(7) })));
    QCOMPARE(TunnelFormat::plainValue(wrapped), QVariant(QVariantList { "/a/b", 7 }));
}

void TestTunnelFormat::listTableAligns()
{
    const QStringList lines = TunnelFormat::listTable({ "a", "longname" },
        { { { "state", "up" }, { "interface", "ll-a" }, { "endpoint", "192.0.2.1:51820" },
              { "families", QStringList { "ipv4", "ipv6" } } },
            { { "state", "connecting" }, { "interface", "ll-longname" } } });
    QCOMPARE(lines,
        (QStringList { "NAME      STATE       INTERFACE    ENDPOINT         FAMILIES",
            "a         up          ll-a         192.0.2.1:51820  ipv4,ipv6",
            "longname  connecting  ll-longname  -                -" }));
}

void TestTunnelFormat::showLinesKnownKeysFirst()
{
    const QVariantMap status { { "zz-new", "later" }, { "state", "up" },
        { "last-handshake", qint64(1000) }, { "rx-bytes", quint64(2048) }, { "mtu", uint(0) },
        { "error", "" } };
    const QStringList lines = TunnelFormat::showLines("home", status, 1012);
    QCOMPARE(lines,
        (QStringList { "Tunnel:          home", "State:           up", "MTU:             default",
            "Last handshake:  12 seconds ago", "Received:        2.00 KiB",
            "zz-new:          later" }));
}

void TestTunnelFormat::showLinesErrorOnlyWhenThereIsOne()
{
    const QStringList lines = TunnelFormat::showLines(
        "home", { { "state", "failed" }, { "error", "no handshake" } }, 0);
    QVERIFY(lines.contains("Error:   no handshake"));
}

void TestTunnelFormat::showLinesSayWhenTheMtuWasProbed()
{
    const QVariantMap probed { { "mtu", uint(1216) }, { "mtu-probed", true },
        { "mtu-probed-at", qint64(1000) } };
    QCOMPARE(TunnelFormat::showLines("vps", probed, 1005),
        (QStringList { "Tunnel:  vps", "MTU:     1216 (probed 5 seconds ago)" }));
    const QVariantMap configured { { "mtu", uint(1420) }, { "mtu-probed", false },
        { "mtu-probed-at", qint64(0) } };
    QCOMPARE(TunnelFormat::showLines("vps", configured, 1005),
        (QStringList { "Tunnel:  vps", "MTU:     1420" }));
}

QTEST_GUILESS_MAIN(TestTunnelFormat)
#include "TestTunnelFormat.moc"
