// The set-up form's checks: each field's good and bad values, the message
// naming what is wrong, and CreateTunnel's settings typed as the contract says.
#include "FormChecks.h"
#include "NewTunnelForm.h"

#include <QTest>

using namespace Lifeline::Windows;

namespace {

const QString ServerKey = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=";

NewTunnelForm goodForm()
{
    return { "vps", "vps.example.org:51820", ServerKey, "10.8.0.2/32, fd00:8::2/128", "" };
}

} // namespace

class TestFormChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tunnelName_data();
    void tunnelName();
    void endpoint_data();
    void endpoint();
    void publicKey_data();
    void publicKey();
    void addresses_data();
    void addresses();
    void dns_data();
    void dns();
    void mtu_data();
    void mtu();
    void splitListTakesCommasAndBlanks();
    void goodFormHasNoProblems();
    void everyBadFieldIsNamedInOrder();
    void settingsAreTypedForTheBus();
    void dnsIsLeftOutWhenEmpty();
};

// An empty expected message means "accepted"; otherwise a word it must contain.
void TestFormChecks::tunnelName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    QTest::newRow("simple") << "vps" << "";
    QTest::newRow("digits and dash") << "home-2" << "";
    QTest::newRow("twelve") << "abcdefghijkl" << "";
    QTest::newRow("thirteen") << "abcdefghijklm" << "12";
    QTest::newRow("empty") << "" << "name";
    QTest::newRow("capital") << "Home" << "small letters";
    QTest::newRow("space") << "my vps" << "small letters";
    QTest::newRow("slash") << "a/b" << "small letters";
    QTest::newRow("umlaut") << "büro" << "small letters";
}

void TestFormChecks::tunnelName()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    const QString message = FormChecks::tunnelName(name);
    if (says.isEmpty())
        QCOMPARE(message, QString());
    else
        QVERIFY2(message.contains(says), qPrintable(message));
}

void TestFormChecks::endpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("says");
    QTest::newRow("host name") << "vps.example.org:51820" << "";
    QTest::newRow("ipv4") << "203.0.113.5:51820" << "";
    QTest::newRow("ipv6") << "[2001:db8::5]:51820" << "";
    QTest::newRow("empty") << "" << "address and port";
    QTest::newRow("no port") << "vps.example.org" << "port";
    QTest::newRow("port zero") << "vps.example.org:0" << "1 to 65535";
    QTest::newRow("port too big") << "vps.example.org:65536" << "1 to 65535";
    QTest::newRow("port not a number") << "vps.example.org:wg" << "1 to 65535";
    QTest::newRow("bare ipv6") << "2001:db8::5:51820" << "square brackets";
    QTest::newRow("bad ipv6") << "[2001:db8::zz]:51820" << "not an IPv6";
    QTest::newRow("unclosed bracket") << "[2001:db8::5:51820" << "address and port";
    QTest::newRow("bad host") << "vps_1.example.org:51820" << "neither";
    QTest::newRow("space in host") << "vps example:51820" << "neither";
}

void TestFormChecks::endpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, says);
    const QString message = FormChecks::endpoint(endpoint);
    if (says.isEmpty())
        QCOMPARE(message, QString());
    else
        QVERIFY2(message.contains(says), qPrintable(message));
}

void TestFormChecks::publicKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("good");
    QTest::newRow("a key") << ServerKey << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("too short") << ServerKey.left(43) << false;
    QTest::newRow("not base64") << QString(ServerKey).replace(0, 1, "!") << false;
    // The last character carries padding bits that must be zero, as wg(8) demands.
    QTest::newRow("non-zero padding bits") << QString(ServerKey).replace(42, 1, "h") << false;
    QTest::newRow("33 bytes") << QString(QByteArray(33, 'a').toBase64()) << false;
}

void TestFormChecks::publicKey()
{
    QFETCH(QString, key);
    QFETCH(bool, good);
    QCOMPARE(FormChecks::publicKey(key).isEmpty(), good);
}

void TestFormChecks::addresses_data()
{
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QString>("says");
    QTest::newRow("ipv4 host") << QStringList { "10.8.0.2/32" } << "";
    QTest::newRow("both") << QStringList { "10.8.0.2/24", "fd00:8::2/64" } << "";
    QTest::newRow("bare address") << QStringList { "10.8.0.2" } << "";
    QTest::newRow("none") << QStringList {} << "inside the tunnel";
    QTest::newRow("length too long") << QStringList { "10.8.0.2/33" } << "“10.8.0.2/33”";
    QTest::newRow("ipv6 length too long") << QStringList { "fd00::2/129" } << "“fd00::2/129”";
    QTest::newRow("no length after slash") << QStringList { "10.8.0.2/" } << "“10.8.0.2/”";
    QTest::newRow("host name") << QStringList { "vpn.example.org" } << "not an IP address";
    QTest::newRow("short ipv4") << QStringList { "10.8/16" } << "not an IP address";
    QTest::newRow("second bad") << QStringList { "10.8.0.2/32", "fd00::zz/64" } << "fd00::zz";
}

void TestFormChecks::addresses()
{
    QFETCH(QStringList, addresses);
    QFETCH(QString, says);
    const QString message = FormChecks::addresses(addresses);
    if (says.isEmpty())
        QCOMPARE(message, QString());
    else
        QVERIFY2(message.contains(says), qPrintable(message));
}

void TestFormChecks::dns_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<bool>("good");
    QTest::newRow("none") << QStringList {} << true;
    QTest::newRow("ipv4") << QStringList { "10.8.0.1" } << true;
    QTest::newRow("ipv6 and search domain") << QStringList { "fd00:8::1", "home.arpa" } << true;
    QTest::newRow("with length") << QStringList { "10.8.0.1/32" } << false;
    QTest::newRow("broken ipv4") << QStringList { "10.8.0.300" } << false;
    QTest::newRow("bad name") << QStringList { "-bad-.example" } << false;
}

void TestFormChecks::dns()
{
    QFETCH(QStringList, entries);
    QFETCH(bool, good);
    QCOMPARE(FormChecks::dns(entries).isEmpty(), good);
}

void TestFormChecks::mtu_data()
{
    QTest::addColumn<QString>("mtu");
    QTest::addColumn<bool>("good");
    QTest::newRow("1380") << "1380" << true;
    QTest::newRow("lowest") << "576" << true;
    QTest::newRow("highest") << "9000" << true;
    QTest::newRow("too low") << "575" << false;
    QTest::newRow("too high") << "9001" << false;
    QTest::newRow("sign") << "+1380" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("auto") << "auto" << false;
}

void TestFormChecks::mtu()
{
    QFETCH(QString, mtu);
    QFETCH(bool, good);
    QCOMPARE(FormChecks::mtu(mtu).isEmpty(), good);
}

void TestFormChecks::splitListTakesCommasAndBlanks()
{
    QCOMPARE(FormChecks::splitList(" 10.8.0.2/32,fd00::2/128  10.9.0.2 ,, "),
        (QStringList { "10.8.0.2/32", "fd00::2/128", "10.9.0.2" }));
    QCOMPARE(FormChecks::splitList("  "), QStringList());
}

void TestFormChecks::goodFormHasNoProblems()
{
    QVERIFY(goodForm().problems().isEmpty());
    NewTunnelForm padded = goodForm();
    padded.name = "  vps ";
    padded.endpoint = " vps.example.org:51820\t";
    QVERIFY(padded.problems().isEmpty());
}

void TestFormChecks::everyBadFieldIsNamedInOrder()
{
    const NewTunnelForm form { "VPS", "vps", "key", "", "1.2.3.4/8" };
    const QList<NewTunnelForm::Problem> problems = form.problems();
    QCOMPARE(problems.size(), 5);
    QCOMPARE(problems.at(0).field, NewTunnelForm::Field::Name);
    QCOMPARE(problems.at(1).field, NewTunnelForm::Field::Endpoint);
    QCOMPARE(problems.at(2).field, NewTunnelForm::Field::ServerKey);
    QCOMPARE(problems.at(3).field, NewTunnelForm::Field::Addresses);
    QCOMPARE(problems.at(4).field, NewTunnelForm::Field::Dns);
    for (const auto &problem : problems)
        QVERIFY(!problem.message.isEmpty());
}

void TestFormChecks::settingsAreTypedForTheBus()
{
    NewTunnelForm form = goodForm();
    form.dns = "10.8.0.1, home.arpa";
    const QVariantMap settings = form.settings();
    QCOMPARE(settings.keys(),
        (QStringList { "addresses", "dns", "endpoint", "peer-public-key" }));
    QCOMPARE(settings.value("endpoint").metaType(), QMetaType::fromType<QString>());
    QCOMPARE(settings.value("endpoint").toString(), "vps.example.org:51820");
    QCOMPARE(settings.value("peer-public-key").metaType(), QMetaType::fromType<QString>());
    QCOMPARE(settings.value("peer-public-key").toString(), ServerKey);
    QCOMPARE(settings.value("addresses").metaType(), QMetaType::fromType<QStringList>());
    QCOMPARE(settings.value("addresses").toStringList(),
        (QStringList { "10.8.0.2/32", "fd00:8::2/128" }));
    QCOMPARE(settings.value("dns").metaType(), QMetaType::fromType<QStringList>());
    QCOMPARE(settings.value("dns").toStringList(), (QStringList { "10.8.0.1", "home.arpa" }));
}

void TestFormChecks::dnsIsLeftOutWhenEmpty()
{
    QVERIFY(!goodForm().settings().contains("dns"));
}

QTEST_APPLESS_MAIN(TestFormChecks)
#include "TestFormChecks.moc"
