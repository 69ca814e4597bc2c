#include "AddressPool.h"

#include <QSet>
#include <QTest>

using namespace Lifeline::Net;

namespace {

Prefix prefix(const char *text)
{
    const auto parsed = Prefix::parse(QString::fromLatin1(text));
    if (!parsed)
        qFatal("bad test prefix %s", text);
    return *parsed;
}

AddressPool pool(const char *text)
{
    QString error;
    auto made = AddressPool::create(prefix(text), &error);
    if (!made)
        qFatal("bad test pool %s: %s", text, qPrintable(error));
    return *made;
}

} // namespace

class TestAddressPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void overlaps_data();
    void overlaps();
    void launchIds();
    void firstSubnetsAndEnds();
    void skipsHostNetworks();
    void ignoresCatchAllRoutes();
    void coveredPoolIsExhausted();
    void exhaustion();
    void twoLaunchesDistinct();
    void twentyDistinct();
    void releasedIsNotReusedAtOnce();
    void ipv6Subnets();
    void tooSmallPool();
};

void TestAddressPool::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown"); // empty: refused
    QTest::newRow("v4 prefix") << "10.231.0.0/16" << "10.231.0.0/16";
    QTest::newRow("v4 bare") << "192.0.2.7" << "192.0.2.7/32";
    QTest::newRow("v6 prefix") << "fd6c:6c5e:a1b7::/48" << "fd6c:6c5e:a1b7::/48";
    QTest::newRow("v6 bare") << "2001:db8::1" << "2001:db8::1/128";
    QTest::newRow("v4 too long") << "10.0.0.0/33" << "";
    QTest::newRow("v6 too long") << "::/129" << "";
    QTest::newRow("negative") << "10.0.0.0/-1" << "";
    QTest::newRow("plus") << "10.0.0.0/+8" << "";
    QTest::newRow("junk") << "ten.0.0.0/8" << "";
    QTest::newRow("empty length") << "10.0.0.0/" << "";
}

void TestAddressPool::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QString error;
    const auto parsed = Prefix::parse(text, &error);
    if (shown.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->text(), shown);
    }
}

void TestAddressPool::overlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("inside") << "10.231.0.0/30" << "10.231.0.0/16" << true;
    QTest::newRow("host inside") << "10.231.0.5/32" << "10.231.0.4/30" << true;
    QTest::newRow("next door") << "10.231.0.4/30" << "10.231.0.0/30" << false;
    QTest::newRow("other family") << "10.0.0.0/8" << "::/0" << false;
    QTest::newRow("v6 inside") << "fd6c:6c5e:a1b7:1::/64" << "fd6c:6c5e:a1b7::/48" << true;
    QTest::newRow("v6 apart") << "fd6c:6c5e:a1b7:1::/64" << "fd6c:6c5e:a1b7:2::/64" << false;
}

void TestAddressPool::overlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlap);
    const Prefix pa = *Prefix::parse(a);
    const Prefix pb = *Prefix::parse(b);
    QCOMPARE(pa.overlaps(pb), overlap);
    QCOMPARE(pb.overlaps(pa), overlap);
}

void TestAddressPool::launchIds()
{
    QVERIFY(isLaunchId(QStringLiteral("0123abcd")));
    for (const char *bad : {"", "0123abc", "0123abcde", "0123ABCD", "0123abcg", "../../x", "0123ab\"d"})
        QVERIFY2(!isLaunchId(QString::fromLatin1(bad)), bad);
    QCOMPARE(hostInterfaceName(QStringLiteral("0123abcd")), QStringLiteral("llv0123abcdh"));
    QCOMPARE(namespaceInterfaceName(QStringLiteral("0123abcd")).size(), 12);
    QCOMPARE(namespaceName(QStringLiteral("0123abcd")), QStringLiteral("lifeline-0123abcd"));
    QCOMPARE(launchIdOfHostInterface(QStringLiteral("llv0123abcdh")), QStringLiteral("0123abcd"));
    for (const char *other : {"llv0123abcdn", "llv0123ABCDh", "llvpn0", "llv0123abcdhx", "eth0", ""})
        QVERIFY2(launchIdOfHostInterface(QString::fromLatin1(other)).isEmpty(), other);
}

void TestAddressPool::firstSubnetsAndEnds()
{
    AddressPool p = pool("10.231.0.0/16");
    QString error;
    const auto subnet = p.allocate({}, &error);
    QVERIFY2(subnet, qPrintable(error));
    QCOMPARE(subnet->text(), QStringLiteral("10.231.0.0/30"));
    QCOMPARE(AddressPool::hostAddress(*subnet).text(), QStringLiteral("10.231.0.1/30"));
    QCOMPARE(AddressPool::namespaceAddress(*subnet).text(), QStringLiteral("10.231.0.2/30"));
    QCOMPARE(p.allocate({}, &error)->text(), QStringLiteral("10.231.0.4/30"));
}

void TestAddressPool::skipsHostNetworks()
{
    AddressPool p = pool("10.231.0.0/16");
    // The LAN uses the first /24 (an address with its prefix), a route
    // covers the next /30, and a host route sits in the one after.
    const QList<Prefix> host{prefix("10.231.0.77/24"), prefix("10.231.1.0/30"), prefix("10.231.1.6/32")};
    QString error;
    QCOMPARE(p.allocate(host, &error)->text(), QStringLiteral("10.231.1.8/30"));
}

void TestAddressPool::ignoresCatchAllRoutes()
{
    AddressPool p = pool("10.231.0.0/16");
    const QList<Prefix> host{prefix("0.0.0.0/0"), prefix("0.0.0.0/1"), prefix("128.0.0.0/1")};
    QString error;
    QCOMPARE(p.allocate(host, &error)->text(), QStringLiteral("10.231.0.0/30"));
    AddressPool v6 = pool("fd6c:6c5e:a1b7::/48");
    QVERIFY(v6.allocate({prefix("::/0"), prefix("8000::/1"), prefix("fc00::/7")}, &error));
}

void TestAddressPool::coveredPoolIsExhausted()
{
    AddressPool p = pool("10.231.0.0/16");
    QString error;
    QVERIFY(!p.allocate({prefix("10.0.0.0/8")}, &error));
    QVERIFY2(error.contains(QStringLiteral("10.231.0.0/16")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("overlaps")), qPrintable(error));
}

void TestAddressPool::exhaustion()
{
    AddressPool p = pool("10.231.0.0/29"); // room for two /30s
    QString error;
    QVERIFY(p.allocate({}, &error));
    QVERIFY(p.allocate({}, &error));
    QVERIFY(!p.allocate({}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("no free /30 subnet")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("2 in use")), qPrintable(error));
}

void TestAddressPool::twoLaunchesDistinct()
{
    AddressPool p = pool("10.231.0.0/16");
    QString error;
    const Prefix a = *p.allocate({}, &error);
    const Prefix b = *p.allocate({}, &error);
    QVERIFY(!a.overlaps(b));
}

void TestAddressPool::twentyDistinct()
{
    for (const char *text : {"10.231.0.0/16", "fd6c:6c5e:a1b7::/48"}) {
        AddressPool p = pool(text);
        QList<Prefix> got;
        QString error;
        for (int i = 0; i < 20; ++i) {
            const auto subnet = p.allocate({}, &error);
            QVERIFY2(subnet, qPrintable(error));
            for (const Prefix &other : got)
                QVERIFY(!other.overlaps(*subnet));
            got.append(*subnet);
        }
        QCOMPARE(p.inUse().size(), 20);
    }
}

void TestAddressPool::releasedIsNotReusedAtOnce()
{
    AddressPool p = pool("10.231.0.0/29");
    QString error;
    const Prefix first = *p.allocate({}, &error);
    p.release(first);
    QCOMPARE(p.allocate({}, &error)->text(), QStringLiteral("10.231.0.4/30"));
    // Wraps around to the released one when nothing else is left.
    QCOMPARE(p.allocate({}, &error)->text(), first.text());
}

void TestAddressPool::ipv6Subnets()
{
    AddressPool p = pool("fd6c:6c5e:a1b7::/48");
    QString error;
    const QList<Prefix> host{prefix("fd6c:6c5e:a1b7::1/64")};
    const Prefix subnet = *p.allocate(host, &error);
    QCOMPARE(subnet.text(), QStringLiteral("fd6c:6c5e:a1b7:1::/64"));
    QCOMPARE(AddressPool::hostAddress(subnet).address(), QStringLiteral("fd6c:6c5e:a1b7:1::1"));
    QCOMPARE(AddressPool::namespaceAddress(subnet).address(), QStringLiteral("fd6c:6c5e:a1b7:1::2"));
}

void TestAddressPool::tooSmallPool()
{
    QString error;
    QVERIFY(!AddressPool::create(prefix("10.231.0.0/31"), &error));
    QVERIFY(!AddressPool::create(prefix("fd6c::/80"), &error));
    QVERIFY(AddressPool::create(prefix("10.231.0.0/30"), &error));
}

QTEST_GUILESS_MAIN(TestAddressPool)
#include "TestAddressPool.moc"
