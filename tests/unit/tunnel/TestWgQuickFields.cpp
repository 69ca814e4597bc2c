// One small function per wg-quick value: what each stores, and what each
// refuses and says. The table drives every field through one dispatcher
// that turns the stored value into text.
#include "TunnelTestData.h"
#include "WgQuickFields.h"

#include <QTest>

using namespace Lifeline::Tunnel;
using namespace TunnelTestData;

namespace {

QString prefixes(const QList<Lifeline::Net::Prefix> &list)
{
    QStringList texts;
    for (const auto &prefix : list)
        texts << prefix.text();
    return texts.join(u',');
}

// Runs `field` on `value`: the stored value as text, or "!" + the error.
QString run(const QString &field, const QString &value)
{
    QString error;
    QString stored;
    if (field == "key") {
        QByteArray raw;
        error = Fields::key(u"PublicKey", value, &raw);
        stored = QString::fromLatin1(raw.toBase64());
    } else if (field == "endpoint") {
        Endpoint endpoint;
        error = Fields::endpoint(value, &endpoint);
        const char *kinds[] = { "4", "6", "name" };
        stored
            = QString("%1|%2|%3").arg(kinds[int(endpoint.kind)], endpoint.host).arg(endpoint.port);
    } else if (field == "fwmark") {
        quint32 mark = 1;
        error = Fields::fwMark(value, &mark);
        stored = QString::number(mark);
    } else if (field == "table") {
        TableMode mode = TableMode::Auto;
        quint32 number = 0;
        error = Fields::table(value, &mode, &number);
        stored = mode == TableMode::Number ? QString::number(number)
            : mode == TableMode::Off       ? "off"
                                           : "auto";
    } else if (field == "mtu") {
        quint32 mtu = 0;
        error = Fields::mtu(value, &mtu);
        stored = QString::number(mtu);
    } else if (field == "listenport") {
        quint16 port = 1;
        error = Fields::listenPort(value, &port);
        stored = QString::number(port);
    } else if (field == "keepalive") {
        quint16 seconds = 1;
        error = Fields::persistentKeepalive(value, &seconds);
        stored = QString::number(seconds);
    } else if (field == "dns") {
        QList<Lifeline::Net::Prefix> servers;
        QStringList search;
        error = Fields::dns(value, &servers, &search);
        stored = prefixes(servers) + u';' + search.join(u',');
    } else if (field == "address" || field == "allowedips") {
        QList<Lifeline::Net::Prefix> list;
        error = Fields::prefixList(u"X", value, field == "allowedips", &list);
        stored = prefixes(list);
    } else if (field == "dnsname") {
        stored = Fields::isDnsName(value) ? "yes" : "no";
    }
    return error.isEmpty() ? stored : u'!' + error;
}

} // namespace

class TestWgQuickFields : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
};

void TestWgQuickFields::field_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // stored text, or "!" and a phrase of the error

    const auto row = [](const char *field, const QString &value, const QString &expected) {
        QTest::addRow("%s %s", field, qPrintable(value.left(30))) << field << value << expected;
    };

    row("key", key(Peer1Seed), key(Peer1Seed));
    row("key", key(Peer1Seed, 31), "!not valid base64 of a 32-byte key");
    row("key", key(Peer1Seed, 33), "!not valid base64 of a 32-byte key");
    row("key", key(Peer1Seed).replace(u'=', u'A'), "!not valid base64");
    row("key", QString(44, u'*'), "!not valid base64");
    row("key", QString(44, u'é'), "!not valid base64");
    row("key", "", "!not 0");

    row("endpoint", "192.0.2.1:51820", "4|192.0.2.1|51820");
    row("endpoint", "[2001:db8::1]:1", "6|2001:db8::1|1");
    row("endpoint", "[::ffff:192.0.2.1]:443", "6|::ffff:192.0.2.1|443");
    row("endpoint", "vpn.example.org.:65535", "name|vpn.example.org.|65535");
    row("endpoint", "localhost:51820", "name|localhost|51820");
    row("endpoint", "192.0.2.1:051820", "4|192.0.2.1|51820"); // as getaddrinfo reads it
    row("endpoint", "192.0.2.1:+1", "!no valid port");
    row("endpoint", "192.0.2.1: 1", "!no valid port");
    row("endpoint", "[2001:db8::1]x:1", "!needs a port after");
    row("endpoint", "[2001:db8::1%eth0]:1", "!not an IPv6 address");
    row("endpoint", "[]:1", "!has no host");
    row("endpoint", "1.2.3:1", "!not an IPv4 address");
    row("endpoint", "bücher.example:1", "!not an address or host name");
    row("endpoint", "-vpn.example:1", "!not an address or host name");

    row("fwmark", "off", "0");
    row("fwmark", "OFF", "0");
    row("fwmark", "0", "0");
    row("fwmark", "0x0", "0");
    row("fwmark", "0Xca6C", "51820");
    row("fwmark", "4294967295", "4294967295");
    row("fwmark", "0x100000000", "!32-bit number");
    row("fwmark", "0x 1", "!32-bit number");
    row("fwmark", "-1", "!32-bit number");
    row("fwmark", "1e3", "!32-bit number");

    row("table", "auto", "auto");
    row("table", "Off", "off");
    row("table", "main", "254");
    row("table", "1", "1");
    row("table", "254", "254");
    row("table", "4294967295", "4294967295");
    row("table", "255", "!not 255");
    row("table", "0", "!must be off, auto, main");
    row("table", "local", "!must be off, auto, main");

    row("mtu", "576", "576");
    row("mtu", "1420", "1420");
    row("mtu", "9000", "9000");
    row("mtu", "575", "!from 576 to 9000");
    row("mtu", "9001", "!from 576 to 9000");
    row("mtu", "+1420", "!from 576 to 9000");
    row("mtu", "99999999999999", "!from 576 to 9000");

    row("listenport", "0", "0");
    row("listenport", "65535", "65535");
    row("listenport", "65536", "!not a port number");
    row("listenport", "0x10", "!not a port number");

    row("keepalive", "off", "0");
    row("keepalive", "0", "0");
    row("keepalive", "65535", "65535");
    row("keepalive", "65536", "!off or seconds");
    row("keepalive", "25s", "!off or seconds");

    row("dns", "192.0.2.53", "192.0.2.53/32;");
    row("dns", "192.0.2.53,2001:db8::53 corp.example",
        "192.0.2.53/32,2001:db8::53/128;corp.example");
    row("dns", " , ", "!DNS has no value");
    row("dns", "2001:db8::zz", "!is not an IP address");
    row("dns", "a..b", "!neither an IP address nor a search domain");

    row("address", "10.0.0.2/24", "10.0.0.2/24");
    row("address", "10.0.0.2", "10.0.0.2/32");
    row("address", "fd00::2", "fd00::2/128");
    row("address", "10.0.0.2/ 24", "!no valid prefix length"); // the blank splits the item
    row("address", "10.0.0.2/", "!no valid prefix length");
    row("address", "10.0.0.2/+8", "!not an IP address with an optional /length");
    row("allowedips", "10.0.0.5/24, fd00::5/64", "10.0.0.0/24,fd00::/64");
    row("allowedips", "0.0.0.0/0", "0.0.0.0/0");
    row("allowedips", "::/0", "::/0");
    row("allowedips", "::/129", "!no valid prefix length");

    row("dnsname", "example.org", "yes");
    row("dnsname", "example.org.", "yes");
    row("dnsname", "a-b.c", "yes");
    row("dnsname", "", "no");
    row("dnsname", ".", "no");
    row("dnsname", "a-.b", "no");
    row("dnsname", QString(63, u'a') + ".b", "yes");
    row("dnsname", QString(64, u'a') + ".b", "no");
    row("dnsname", (QString(63, u'a') + u'.').repeated(4).left(254), "no"); // 254 characters
}

void TestWgQuickFields::field()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    const QString result = run(field, value);
    if (expected.startsWith(u'!')) {
        QVERIFY2(result.startsWith(u'!'), qPrintable(result));
        QVERIFY2(result.contains(expected.mid(1)), qPrintable(result));
        // Secrets are never echoed in a refusal.
        if (field == "key" && value.size() > 8)
            QVERIFY2(!result.contains(value.left(8)), qPrintable(result));
    } else {
        QCOMPARE(result, expected);
    }
}

QTEST_GUILESS_MAIN(TestWgQuickFields)
#include "TestWgQuickFields.moc"
