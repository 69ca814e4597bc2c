// The wg-quick parser as a whole: a table of files, good and bad, each
// checked for accepted-or-refused, the line its error names and what the
// error says. Field-level details are TestWgQuickFields' subject.
#include "TunnelTestData.h"
#include "WgQuickParser.h"

#include <QTest>

using namespace Lifeline::Tunnel;
using namespace TunnelTestData;

namespace {

// The typical file, one entry per line (line N is index N - 1):
// 1 [Interface]  2 PrivateKey  3 Address  4 DNS  5 blank
// 6 [Peer]  7 PublicKey  8 Endpoint  9 AllowedIPs
QStringList base()
{
    return { "[Interface]", "PrivateKey = %PRIV%", "Address = 10.0.0.2/32, fd00::2/128",
        "DNS = 10.0.0.1", "", "[Peer]", "PublicKey = %PUB1%", "Endpoint = 198.51.100.7:51820",
        "AllowedIPs = 0.0.0.0/0, ::/0" };
}

// `list` with line `number` (1-based) replaced.
QStringList set(QStringList list, int number, const QString &text)
{
    list[number - 1] = text;
    return list;
}

// `list` with `text` inserted after line `after`, so it becomes line after + 1.
QStringList insert(QStringList list, int after, const QString &text)
{
    list.insert(after, text);
    return list;
}

// IPv4 only: no IPv6 address and no IPv6 AllowedIPs.
QStringList ipv4Only()
{
    return set(set(base(), 3, "Address = 10.0.0.2/32"), 9, "AllowedIPs = 0.0.0.0/0");
}

QStringList withPeer(QStringList list, const QString &publicKey, const QString &allowedIps)
{
    return list << ""
                << "[Peer]"
                << "PublicKey = " + publicKey << "AllowedIPs = " + allowedIps;
}

// The private key with its last data character changed so that the unused
// low bits are set: decoders that ignore them accept it, wg(8) does not.
QString nonCanonicalKey()
{
    static const QString alphabet
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QString text = key(PrivateSeed);
    const qsizetype index = alphabet.indexOf(text.at(42));
    text[42] = alphabet.at(index | 1);
    return text;
}

} // namespace

class TestWgQuickParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void values();
    void lineByLine();
    void parts_data();
    void parts();
};

void TestWgQuickParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("line"); // named in the error; 0: the error names no line
    QTest::addColumn<QString>("phrase");

    const auto good = [](const char *name, const QStringList &list) {
        QTest::newRow(name) << lines(list) << true << 0 << QString();
    };
    const auto bad
        = [](const char *name, const QStringList &list, int line, const QString &phrase) {
              QTest::newRow(name) << lines(list) << false << line << phrase;
          };

    // Accepted.
    good("minimal", base());
    QTest::newRow("every key, three peers") << everything() << true << 0 << QString();
    good("comments and blank lines",
        { "# exported 2024-01-01", "", "  [Interface]   # this host",
            "\tPrivateKey = %PRIV%  # secret", "#Address = 192.0.2.1", "Address=10.0.0.2/32", "",
            "   ", "[Peer]", "PublicKey = %PUB1%", "AllowedIPs = 0.0.0.0/0 # everything",
            "# trailing comment" });
    QTest::newRow("CRLF line ends")
        << lines(base()).replace("\n", "\r\n") << true << 0 << QString();
    good("several peers",
        withPeer(withPeer(base(), "%PUB2%", "10.9.0.0/16"), "%PUB3%", "10.8.0.0/16"));
    good("hostname endpoint", set(base(), 8, "Endpoint = vpn.example.org:51820"));
    good("bracketed IPv6 endpoint", set(base(), 8, "Endpoint = [2001:db8::1]:51820"));
    good("peer without endpoint", set(base(), 8, ""));
    good("interface without address", set(base(), 3, ""));
    good("DNS with search domains",
        set(base(), 4, "DNS = 10.0.0.1, fd00::1, example.com, corp.example.org."));
    good("DNS search domain only", set(base(), 4, "DNS = example.com"));
    good("Address repeated and comma lists",
        insert(set(base(), 3, "Address = 10.0.0.2/32,10.0.0.3/32 fd00::2/128"), 3,
            "Address = 192.0.2.1"));
    good("AllowedIPs with host bits", set(base(), 9, "AllowedIPs = 10.0.0.5/24"));
    good("PresharedKey", insert(base(), 7, "PresharedKey = %PSK%"));
    good("keys in any case",
        { "[interface]", "privatekey = %PRIV%", "[PEER]", "PUBLICKEY = %PUB1%",
            "allowedips = ::/0" });
    good("no blanks around =", set(base(), 2, "PrivateKey=%PRIV%"));
    good("tabs around =", set(base(), 2, "PrivateKey\t=\t%PRIV%"));
    good("UTF-8 comment", insert(base(), 1, "# Zürich – 東京"));
    good("Table = off", insert(base(), 4, "Table = off"));
    good("Table = auto", insert(base(), 4, "Table = auto"));
    good("Table = 1234", insert(base(), 4, "Table = 1234"));
    good("Table = main", insert(base(), 4, "Table = main"));
    good("Table = OFF", insert(base(), 4, "Table = OFF"));
    good("FwMark = off", insert(base(), 4, "FwMark = off"));
    good("FwMark = 0xca6c", insert(base(), 4, "FwMark = 0xca6c"));
    good("FwMark = 0xFFFFFFFF", insert(base(), 4, "FwMark = 0xFFFFFFFF"));
    good("FwMark = 51820", insert(base(), 4, "FwMark = 51820"));
    good("MTU = 576 without IPv6", insert(ipv4Only(), 4, "MTU = 576"));
    good("MTU = 1279 without IPv6", insert(ipv4Only(), 4, "MTU = 1279"));
    good("MTU = 1280 with IPv6", insert(base(), 4, "MTU = 1280"));
    good("MTU = 9000", insert(base(), 4, "MTU = 9000"));
    good("ListenPort = 0", insert(base(), 4, "ListenPort = 0"));
    good("ListenPort = 65535", insert(base(), 4, "ListenPort = 65535"));
    good("PersistentKeepalive = off", insert(base(), 9, "PersistentKeepalive = off"));
    good("PersistentKeepalive = 0", insert(base(), 9, "PersistentKeepalive = 0"));
    good("PersistentKeepalive = 25", insert(base(), 9, "PersistentKeepalive = 25"));
    good("PersistentKeepalive = 65535", insert(base(), 9, "PersistentKeepalive = 65535"));

    // Hooks, never run.
    bad("PreUp", insert(base(), 4, "PreUp = iptables -F"), 5, "PreUp is refused");
    bad("PostUp", insert(base(), 4, "PostUp = curl x | sh"), 5, "PostUp is refused");
    bad("PreDown", insert(base(), 4, "PreDown = true"), 5, "PreDown is refused");
    bad("PostDown", insert(base(), 4, "PostDown = rm -rf /"), 5, "PostDown is refused");
    bad("SaveConfig", insert(base(), 4, "SaveConfig = true"), 5, "SaveConfig is refused");
    bad("preup", insert(base(), 4, "preup = id"), 5, "PreUp is refused");
    bad("POSTUP", insert(base(), 4, "POSTUP = id"), 5, "PostUp is refused");
    bad("pReDoWn", insert(base(), 4, "pReDoWn = id"), 5, "PreDown is refused");
    bad("postdown", insert(base(), 4, "postdown = id"), 5, "PostDown is refused");
    bad("saveconfig = false", insert(base(), 4, "saveconfig = false"), 5, "SaveConfig is refused");
    bad("PostUp without a value", insert(base(), 4, "PostUp ="), 5, "PostUp is refused");
    bad("PostUp indented", insert(base(), 4, "   PostUp\t=  id"), 5, "PostUp is refused");
    bad("PostUp in [Peer]", insert(base(), 9, "PostUp = id"), 10, "PostUp is refused");
    bad("PreUp before any section", QStringList { "PreUp = id" } + base(), 1, "PreUp is refused");

    // Keys.
    bad("PrivateKey with a bad character",
        set(base(), 2, "PrivateKey = " + key(PrivateSeed).left(42) + "!="), 2, "not valid base64");
    bad("PrivateKey of 31 bytes", set(base(), 2, "PrivateKey = %KEY31%"), 2,
        "not valid base64 of a 32-byte key");
    bad("PublicKey of 33 bytes", set(base(), 7, "PublicKey = %KEY33%"), 7,
        "not valid base64 of a 32-byte key");
    bad("PublicKey of 43 characters", set(base(), 7, "PublicKey = " + key(Peer1Seed).left(43)), 7,
        "must be 44 characters");
    bad("PresharedKey of 45 characters", insert(base(), 7, "PresharedKey = %PSK%A"), 8,
        "must be 44 characters");
    bad("PrivateKey with padding bits set", set(base(), 2, "PrivateKey = " + nonCanonicalKey()), 2,
        "not valid base64");
    bad("PrivateKey empty", set(base(), 2, "PrivateKey ="), 2, "not 0");

    // Addresses.
    bad("Address 10.0.0.300", set(base(), 3, "Address = 10.0.0.300/24"), 3, "is not an IP address");
    bad("Address with a letter length", set(base(), 3, "Address = 10.0.0.2/abc"), 3,
        "no valid prefix length");
    bad("Address host name", set(base(), 3, "Address = host.example"), 3, "is not an IP address");
    bad("Address empty", set(base(), 3, "Address = "), 3, "Address has no value");
    bad("AllowedIPs /33", set(base(), 9, "AllowedIPs = 0.0.0.0/33"), 9, "no valid prefix length");
    bad("Address /129", set(base(), 3, "Address = fd00::2/129"), 3, "no valid prefix length");
    bad("AllowedIPs /-1", set(base(), 9, "AllowedIPs = 10.0.0.0/-1"), 9, "is not an IP address");
    bad("AllowedIPs with a zone", set(base(), 9, "AllowedIPs = fe80::1%eth0/128"), 9,
        "is not an IP address");

    // Ports and endpoints.
    bad("Endpoint port 0", set(base(), 8, "Endpoint = 198.51.100.7:0"), 8, "no valid port");
    bad("Endpoint port 65536", set(base(), 8, "Endpoint = 198.51.100.7:65536"), 8, "no valid port");
    bad("ListenPort 65536", insert(base(), 4, "ListenPort = 65536"), 5, "not a port number");
    bad("ListenPort -1", insert(base(), 4, "ListenPort = -1"), 5, "not a port number");
    bad("Endpoint without port", set(base(), 8, "Endpoint = 198.51.100.7"), 8, "needs a port");
    bad("IPv6 endpoint without brackets", set(base(), 8, "Endpoint = 2001:db8::1:51820"), 8,
        "needs brackets");
    bad("IPv6 endpoint with unclosed bracket", set(base(), 8, "Endpoint = [2001:db8::1:51820"), 8,
        "unclosed");
    bad("IPv6 endpoint without port", set(base(), 8, "Endpoint = [2001:db8::1]"), 8,
        "needs a port after");
    bad("bracketed host name", set(base(), 8, "Endpoint = [vpn.example.org]:51820"), 8,
        "not an IPv6 address");
    bad("Endpoint 198.51.100.300", set(base(), 8, "Endpoint = 198.51.100.300:51820"), 8,
        "not an IPv4 address");
    bad("Endpoint with underscore", set(base(), 8, "Endpoint = vpn_1.example.org:51820"), 8,
        "not an address or host name");
    bad("Endpoint without host", set(base(), 8, "Endpoint = :51820"), 8, "has no host");

    // Structure.
    bad("duplicate peer", withPeer(base(), "%PUB1%", "10.9.0.0/16"), 12, "duplicate peer");
    bad("AllowedIPs on two peers", withPeer(base(), "%PUB2%", "::/0"), 13,
        "already belongs to another [Peer] (line 9)");
    bad("no [Interface]", base().mid(5), 0, "no [Interface] section");
    bad("no PrivateKey", set(base(), 2, ""), 1, "no PrivateKey");
    bad("no peers", base().mid(0, 5), 0, "no [Peer] section");
    bad("peer without PublicKey", set(base(), 7, ""), 6, "no PublicKey");
    bad("key before any section", QStringList { "Address = 10.0.0.9/32" } + base(), 1,
        "before any [Interface]");
    bad("unknown key", insert(base(), 4, "Foo = bar"), 5, "unknown key \"Foo\"");
    bad("unknown key not shown when odd", insert(base(), 4, "Pri vate = x"), 5, "unknown key");
    bad("Endpoint in [Interface]", insert(base(), 4, "Endpoint = 198.51.100.7:51820"), 5,
        "belongs in [Peer]");
    bad("MTU in [Peer]", insert(base(), 9, "MTU = 1420"), 10, "belongs in [Interface]");
    bad("MTU twice", insert(insert(base(), 4, "MTU = 1420"), 5, "MTU = 1400"), 6, "given twice");
    bad("PublicKey twice", insert(base(), 7, "PublicKey = %PUB2%"), 8, "given twice");
    bad("second [Interface]", base() << "[Interface]", 10, "second [Interface]");
    bad("unknown section", set(base(), 6, "[Peers]"), 6, "unknown section");
    bad("broken section header", set(base(), 6, "[Peer"), 6, "section header");
    bad("a line without =", insert(base(), 4, "this is not a config"), 5, "expected");
    bad("a value without a key", insert(base(), 4, "= 10.0.0.1"), 5, "without a key");

    // Sizes and junk.
    QTest::newRow("1 MB file") << lines(base())
            + QString("# padding padding\n").repeated(1024 * 1024 / 18)
                               << false << 0 << "larger than 64 KiB";
    QTest::newRow("1001 lines") << lines(base()) + QString(992, u'\n') + "# one too many\n"
                                << false << 1001 << "longer than 1000 lines";
    bad("a 5000 character line", insert(base(), 4, "# " + QString(4998, u'x')), 5,
        "longer than 4096");
    bad("NUL bytes in a value", set(base(), 4, QString("DNS = 10.0.0.1") + QChar(0) + QChar(0)), 4,
        "control character");
    bad("NUL byte in a comment", set(base(), 4, QString("# ") + QChar(0)), 4, "control character");
    QTest::newRow("binary junk") << QString::fromUtf8("\x7f"
                                                      "ELF\x02\x01\x01\0\0\0\n",
                                        11)
            + lines(base()) << false
                                 << 1 << "control character";
    bad("invalid UTF-8 in a value", set(base(), 4, QString::fromUtf8("DNS = ex\xff\xfe.com")), 4,
        "not valid UTF-8");
    good("invalid UTF-8 in a comment", set(base(), 5, QString::fromUtf8("# caf\xe9")));
    bad("carriage return inside a line", set(base(), 3, "Address = 10.0.0.2/32\r, fd00::2"), 3,
        "control character");

    // Table, FwMark, MTU, PersistentKeepalive values.
    bad("Table = 0", insert(base(), 4, "Table = 0"), 5, "must be off, auto, main");
    bad("Table = 255", insert(base(), 4, "Table = 255"), 5, "not 255");
    bad("Table = 4294967296", insert(base(), 4, "Table = 4294967296"), 5,
        "must be off, auto, main");
    bad("Table = vpn", insert(base(), 4, "Table = vpn"), 5, "must be off, auto, main");
    bad("FwMark = 0x", insert(base(), 4, "FwMark = 0x"), 5, "32-bit number");
    bad("FwMark = 0x123456789", insert(base(), 4, "FwMark = 0x123456789"), 5, "32-bit number");
    bad("FwMark = 0x0x1", insert(base(), 4, "FwMark = 0x0x1"), 5, "32-bit number");
    bad("FwMark = on", insert(base(), 4, "FwMark = on"), 5, "32-bit number");
    bad("FwMark = 4294967296", insert(base(), 4, "FwMark = 4294967296"), 5, "32-bit number");
    bad("MTU = 575", insert(ipv4Only(), 4, "MTU = 575"), 5, "from 576 to 9000");
    bad("MTU = 9001", insert(base(), 4, "MTU = 9001"), 5, "from 576 to 9000");
    bad("MTU = 1420.5", insert(base(), 4, "MTU = 1420.5"), 5, "from 576 to 9000");
    bad("MTU = 1279 with an IPv6 address", insert(base(), 4, "MTU = 1279"), 5, "below 1280");
    bad("MTU = 1279 routing IPv6", insert(set(base(), 3, "Address = 10.0.0.2/32"), 4, "MTU = 1279"),
        5, "carries IPv6");
    bad("PersistentKeepalive = 65536", insert(base(), 9, "PersistentKeepalive = 65536"), 10,
        "off or seconds");
    bad("PersistentKeepalive = -1", insert(base(), 9, "PersistentKeepalive = -1"), 10,
        "off or seconds");
    bad("PersistentKeepalive = on", insert(base(), 9, "PersistentKeepalive = on"), 10,
        "off or seconds");

    // DNS.
    bad("DNS with a prefix length", set(base(), 4, "DNS = 10.0.0.1/32"), 4, "has a /length");
    bad("DNS with an underscore", set(base(), 4, "DNS = bad_domain"), 4,
        "neither an IP address nor");
    bad("DNS label of 64 characters", set(base(), 4, "DNS = " + QString(64, u'a') + ".example"), 4,
        "neither an IP address nor");
    bad("DNS 300.1.1.1", set(base(), 4, "DNS = 300.1.1.1"), 4, "is not an IP address");

    // A secret pasted into the wrong field is not echoed in the error.
    bad("private key as Endpoint", set(base(), 8, "Endpoint = %PRIV%:51820"), 8,
        "looks like a key");
    bad("preshared key as DNS", set(base(), 4, "DNS = %PSK%"), 4, "looks like a key");
    bad("private key as Address", set(base(), 3, "Address = %PRIV%"), 3, "looks like a key");
    // A secret used as a peer's PublicKey would be stored as public.
    bad("PrivateKey as PublicKey", set(base(), 7, "PublicKey = %PRIV%"), 7,
        "is the PrivateKey of [Interface]");
    bad("PresharedKey as PublicKey",
        withPeer(insert(base(), 7, "PresharedKey = %PSK%"), "%PSK%", "10.9.0.0/16"), 13,
        "is also a PresharedKey");
    bad("[Interface] after the peer",
        base().mid(5) + set(base().mid(0, 5), 2, "PrivateKey = %PUB1%"), 2,
        "is the PrivateKey of [Interface]");
}

void TestWgQuickParser::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(int, line);
    QFETCH(QString, phrase);

    QString error;
    const auto config = parseWgQuick(text, &error);
    if (accepted) {
        QVERIFY2(config, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE_GT(config->peers.size(), 0);
        return;
    }
    QVERIFY2(!config, "a refused configuration was accepted");
    if (line > 0)
        QVERIFY2(error.startsWith(QString("line %1: ").arg(line)), qPrintable(error));
    else
        QVERIFY2(!error.startsWith("line "), qPrintable(error));
    QVERIFY2(error.contains(phrase), qPrintable(error));
    // Refusals are shown to the caller and may be logged: no secret in them.
    for (const int seed : secretSeeds())
        QVERIFY2(!error.contains(key(seed).left(20)), qPrintable(error));
}

void TestWgQuickParser::values()
{
    QString error;
    const auto config = parseWgQuick(everything(), &error);
    QVERIFY2(config, qPrintable(error));
    const Interface &interface = config->interface;
    QCOMPARE(interface.privateKey, rawKey(PrivateSeed));
    QCOMPARE(interface.addresses.size(), 3);
    QCOMPARE(interface.addresses.at(0).text(), "10.0.0.2/24"); // host bits kept
    QCOMPARE(interface.addresses.at(2).text(), "192.0.2.5/32");
    QCOMPARE(interface.dnsServers.size(), 2);
    QCOMPARE(interface.dnsServers.at(1).address(), "2001:db8::53");
    QCOMPARE(interface.dnsSearch, QStringList({ "corp.example", "example.org." }));
    QCOMPARE(interface.mtu, 1420u);
    QCOMPARE(interface.listenPort, 51820);
    QCOMPARE(interface.fwMark, 0xca6cu);
    QCOMPARE(interface.table, TableMode::Number);
    QCOMPARE(interface.tableNumber, 1234u);
    QCOMPARE(config->peers.size(), 3);
    const Peer &first = config->peers.at(0);
    QCOMPARE(first.publicKey, rawKey(Peer1Seed));
    QCOMPARE(first.presharedKey, rawKey(PskSeed));
    QCOMPARE(first.endpoint.kind, Endpoint::Kind::IPv6);
    QCOMPARE(first.endpoint.host, "2001:db8::1");
    QCOMPARE(first.endpoint.port, 51820);
    QCOMPARE(first.persistentKeepalive, 25);
    const Peer &second = config->peers.at(1);
    QCOMPARE(second.endpoint.kind, Endpoint::Kind::Hostname);
    QCOMPARE(second.endpoint.text(), "vpn.example.org:443");
    QCOMPARE(second.allowedIps.size(), 2); // two AllowedIPs lines add up
    QVERIFY(second.fields & Peer::HasKeepalive);
    QCOMPARE(second.persistentKeepalive, 0);
    QVERIFY(!(config->peers.at(2).fields & (Peer::HasEndpoint | Peer::HasPresharedKey)));
}

void TestWgQuickParser::lineByLine()
{
    // The way a fuzzer or a streaming reader drives it: once refused, the
    // first error stays and later lines are ignored.
    Parser parser;
    QVERIFY(parser.feed(u"[Interface]"));
    QVERIFY(!parser.feed(u"PostUp = id"));
    QVERIFY(!parser.feed(u"PrivateKey = junk"));
    QVERIFY(!parser.finish());
    QVERIFY2(parser.error().startsWith("line 2: PostUp is refused"), qPrintable(parser.error()));
}

void TestWgQuickParser::parts_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // empty: accepted

    const auto part = [](Parser::Part p) { return int(p); };
    QTest::newRow("public: no PrivateKey needed")
        << part(Parser::Part::Public) << lines(set(base(), 2, "")) << QString();
    QTest::newRow("public: PrivateKey refused")
        << part(Parser::Part::Public) << lines(base()) << "line 2: PrivateKey is a secret";
    QTest::newRow("public: PresharedKey refused")
        << part(Parser::Part::Public)
        << lines(set(insert(base(), 7, "PresharedKey = %PSK%"), 2, ""))
        << "line 8: PresharedKey is a secret";
    QTest::newRow("secrets: keys only") << part(Parser::Part::Secrets)
                                        << lines({ "[Interface]", "PrivateKey = %PRIV%", "[Peer]",
                                               "PublicKey = %PUB1%", "PresharedKey = %PSK%" })
                                        << QString();
    QTest::newRow("secrets: no peers needed")
        << part(Parser::Part::Secrets) << lines({ "[Interface]", "PrivateKey = %PRIV%" })
        << QString();
    QTest::newRow("secrets: Address refused") << part(Parser::Part::Secrets) << lines(base())
                                              << "line 3: Address has no place in a key file";
    QTest::newRow("secrets: PrivateKey required")
        << part(Parser::Part::Secrets) << lines({ "[Interface]" })
        << "line 1: this [Interface] section has no PrivateKey";
}

void TestWgQuickParser::parts()
{
    QFETCH(int, part);
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString why;
    const auto config = parseWgQuick(text, &why, Parser::Part(part));
    QCOMPARE(bool(config), error.isEmpty());
    QVERIFY2(why.startsWith(error), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestWgQuickParser)
#include "TestWgQuickParser.moc"
