// Probe targets: parsing literal-address targets and URLs, the settings group
// "probes" in the shared lifeline.conf (round trip, defaults, refusals).
#include "ProbeTargets.h"
#include "SharedSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeline;
using namespace Lifeline::Diagnosis;

Q_DECLARE_METATYPE(Lifeline::Diagnosis::Family)

namespace {

ProbeTargets labTargets()
{
    ProbeTargets targets;
    targets.ipv4Tcp = { { QHostAddress(QStringLiteral("203.0.113.80")), 80 },
        { QHostAddress(QStringLiteral("203.0.113.53")), 53 } };
    targets.ipv6Tcp = { { QHostAddress(QStringLiteral("2001:db8:3::80")), 80 } };
    targets.ipv4Http = QUrl(QStringLiteral("http://203.0.113.80/generate_204"));
    targets.ipv6Http = QUrl(QStringLiteral("http://[2001:db8:3::80]/generate_204"));
    targets.ipv4BigHttp = QUrl(QStringLiteral("http://203.0.113.80/big.bin"));
    targets.ipv6BigHttp = QUrl(QStringLiteral("http://[2001:db8:3::80]/big.bin"));
    targets.dnsName = QStringLiteral("dual.lab.example");
    targets.timeoutMs = 1500;
    return targets;
}

} // namespace

class TestProbeTargets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesTcpTargets_data();
    void parsesTcpTargets();
    void refusesTcpTargets_data();
    void refusesTcpTargets();
    void checksUrls_data();
    void checksUrls();
    void defaultsAreWellFormed();
    void roundTrip();
    void missingKeysFallBackToDefaults();
    void emptyKeysDisableProbes();
    void invalidEntriesAreSkippedAndReported();
    void sharedFileUnderXdgConfigHome();
};

void TestProbeTargets::parsesTcpTargets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Family>("family");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("written");

    QTest::newRow("v4 with port") << "192.0.2.1:80" << Family::IPv4 << "192.0.2.1" << 80
                                  << "192.0.2.1:80";
    QTest::newRow("v4 bare") << "192.0.2.1" << Family::IPv4 << "192.0.2.1" << 443
                             << "192.0.2.1:443";
    QTest::newRow("v4 spaces") << "  198.51.100.7:8443 " << Family::IPv4 << "198.51.100.7" << 8443
                               << "198.51.100.7:8443";
    QTest::newRow("v6 bracketed") << "[2001:db8::1]:80" << Family::IPv6 << "2001:db8::1" << 80
                                  << "[2001:db8::1]:80";
    QTest::newRow("v6 bracketed, no port")
        << "[2001:db8::1]" << Family::IPv6 << "2001:db8::1" << 443 << "[2001:db8::1]:443";
    QTest::newRow("v6 bare") << "2001:db8::53" << Family::IPv6 << "2001:db8::53" << 443
                             << "[2001:db8::53]:443";
    QTest::newRow("port 65535") << "192.0.2.1:65535" << Family::IPv4 << "192.0.2.1" << 65535
                                << "192.0.2.1:65535";
}

void TestProbeTargets::parsesTcpTargets()
{
    QFETCH(QString, text);
    QFETCH(Family, family);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, written);
    TcpTarget target;
    QString error;
    QVERIFY2(TcpTarget::parse(text, family, &target, &error), qPrintable(error));
    QCOMPARE(target.address, QHostAddress(address));
    QCOMPARE(int(target.port), port);
    QCOMPARE(target.toString(), written);
    TcpTarget again;
    QVERIFY(TcpTarget::parse(target.toString(), family, &again, &error));
    QCOMPARE(again, target);
}

void TestProbeTargets::refusesTcpTargets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Family>("family");
    QTest::addColumn<QString>("reason");

    QTest::newRow("host name") << "example.com:443" << Family::IPv4 << "literal IP address";
    QTest::newRow("empty") << "" << Family::IPv4 << "literal IP address";
    QTest::newRow("IPv6 as IPv4") << "[2001:db8::1]:80" << Family::IPv4 << "not an IPv4 address";
    QTest::newRow("IPv4 as IPv6") << "192.0.2.1:80" << Family::IPv6 << "not an IPv6 address";
    QTest::newRow("mapped IPv4 as IPv6 is fine, as IPv4 not")
        << "[::ffff:192.0.2.1]:80" << Family::IPv4 << "not an IPv4 address";
    QTest::newRow("port 0") << "192.0.2.1:0" << Family::IPv4 << "no valid port";
    QTest::newRow("port too big") << "192.0.2.1:65536" << Family::IPv4 << "no valid port";
    QTest::newRow("port not a number") << "192.0.2.1:https" << Family::IPv4 << "no valid port";
    QTest::newRow("empty port") << "192.0.2.1:" << Family::IPv4 << "no valid port";
    QTest::newRow("no closing bracket") << "[2001:db8::1:80" << Family::IPv6 << "closing";
    QTest::newRow("junk after bracket") << "[2001:db8::1]x80" << Family::IPv6 << ":PORT";
    QTest::newRow("scoped") << "fe80::1%eth0" << Family::IPv6 << "literal IP address";
}

void TestProbeTargets::refusesTcpTargets()
{
    QFETCH(QString, text);
    QFETCH(Family, family);
    QFETCH(QString, reason);
    TcpTarget target { QHostAddress(QStringLiteral("192.0.2.9")), 9 };
    QString error;
    QVERIFY(!TcpTarget::parse(text, family, &target, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(text.trimmed()), qPrintable(error)); // names what was wrong
    QCOMPARE(target.port, quint16(9)); // untouched on failure
}

void TestProbeTargets::checksUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Family>("family");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << "" << Family::IPv4 << true;
    QTest::newRow("http v4") << "http://192.0.2.1/generate_204" << Family::IPv4 << true;
    QTest::newRow("https v6") << "https://[2001:db8::1]:8443/x" << Family::IPv6 << true;
    QTest::newRow("host name") << "http://example.com/" << Family::IPv4 << false;
    QTest::newRow("wrong family") << "http://192.0.2.1/" << Family::IPv6 << false;
    QTest::newRow("ftp") << "ftp://192.0.2.1/" << Family::IPv4 << false;
    QTest::newRow("no scheme") << "192.0.2.1/generate_204" << Family::IPv4 << false;
}

void TestProbeTargets::checksUrls()
{
    QFETCH(QString, url);
    QFETCH(Family, family);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(ProbeTargets::checkUrl(QUrl(url), family, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestProbeTargets::defaultsAreWellFormed()
{
    const ProbeTargets targets = ProbeTargets::defaults();
    QVERIFY(!targets.ipv4Tcp.isEmpty());
    QVERIFY(!targets.ipv6Tcp.isEmpty());
    for (const TcpTarget &target : targets.ipv4Tcp)
        QCOMPARE(target.address.protocol(), QAbstractSocket::IPv4Protocol);
    for (const TcpTarget &target : targets.ipv6Tcp)
        QCOMPARE(target.address.protocol(), QAbstractSocket::IPv6Protocol);
    QString error;
    QVERIFY2(ProbeTargets::checkUrl(targets.ipv4Http, Family::IPv4, &error), qPrintable(error));
    QVERIFY2(ProbeTargets::checkUrl(targets.ipv6Http, Family::IPv6, &error), qPrintable(error));
    QVERIFY2(ProbeTargets::checkUrl(targets.ipv4BigHttp, Family::IPv4, &error), qPrintable(error));
    QVERIFY2(ProbeTargets::checkUrl(targets.ipv6BigHttp, Family::IPv6, &error), qPrintable(error));
    QVERIFY(!targets.ipv4Http.isEmpty() && !targets.ipv6BigHttp.isEmpty());
    QVERIFY(!targets.dnsName.isEmpty());
    QVERIFY(targets.timeoutMs >= ProbeTargets::MinTimeoutMs);
    QVERIFY(targets.timeoutMs <= ProbeTargets::MaxTimeoutMs);
}

void TestProbeTargets::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("lifeline.conf"));
    ProbeTargets saved = labTargets();
    saved.httpExpectedStatus = 200;
    saved.httpExpectedBody = QByteArrayLiteral("fl=");
    {
        QSettings settings(file, QSettings::IniFormat);
        saved.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    QStringList errors;
    const ProbeTargets loaded = ProbeTargets::fromSettings(settings, &errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(loaded, saved);
}

void TestProbeTargets::missingKeysFallBackToDefaults()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("lifeline.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("probes/dns-name"), QStringLiteral("dual.lab.example"));
    QStringList errors;
    const ProbeTargets loaded = ProbeTargets::fromSettings(settings, &errors);
    QCOMPARE(errors, QStringList());
    ProbeTargets expected = ProbeTargets::defaults();
    expected.dnsName = QStringLiteral("dual.lab.example");
    QCOMPARE(loaded, expected);
}

void TestProbeTargets::emptyKeysDisableProbes()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lifeline.conf"));
    ProbeTargets saved = labTargets();
    saved.ipv6Tcp.clear();
    saved.ipv6Http.clear();
    saved.ipv4BigHttp.clear();
    saved.dnsName.clear();
    {
        QSettings settings(file, QSettings::IniFormat);
        saved.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    const ProbeTargets loaded = ProbeTargets::fromSettings(settings);
    // Present but empty never means "the public defaults".
    QVERIFY(loaded.ipv6Tcp.isEmpty());
    QVERIFY(loaded.ipv6Http.isEmpty());
    QVERIFY(loaded.ipv4BigHttp.isEmpty());
    QVERIFY(loaded.dnsName.isEmpty());
    QCOMPARE(loaded, saved);
}

void TestProbeTargets::invalidEntriesAreSkippedAndReported()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lifeline.conf"));
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("[probes]\n"
               "ipv4-tcp=203.0.113.80:80, example.com:80, [2001:db8::1]:80\n"
               "ipv6-tcp=[2001:db8:3::80]:80\n"
               "ipv4-http=http://lab.example/generate_204\n"
               "ipv6-http=http://[2001:db8:3::80]/generate_204\n"
               "timeout-ms=50\n"
               "http-expected-status=abc\n"
               "dns-name=dual..lab.example\n");
    text.close();
    QSettings settings(file, QSettings::IniFormat);
    QStringList errors;
    const ProbeTargets loaded = ProbeTargets::fromSettings(settings, &errors);
    QCOMPARE(loaded.ipv4Tcp.size(), 1);
    QCOMPARE(loaded.ipv4Tcp.first().address, QHostAddress(QStringLiteral("203.0.113.80")));
    QCOMPARE(loaded.ipv6Tcp.size(), 1);
    QVERIFY(loaded.ipv4Http.isEmpty()); // refused: no fallback to a public target
    QCOMPARE(loaded.ipv6Http, QUrl(QStringLiteral("http://[2001:db8:3::80]/generate_204")));
    QCOMPARE(loaded.timeoutMs, ProbeTargets::defaults().timeoutMs);
    QCOMPARE(loaded.httpExpectedStatus, ProbeTargets::defaults().httpExpectedStatus);
    QVERIFY(loaded.dnsName.isEmpty()); // refused: no fallback to a public name either
    QCOMPARE(errors.size(), 6);
    const QString all = errors.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("ipv4-tcp: \"example.com:80\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("ipv4-tcp: \"[2001:db8::1]:80\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("ipv4-http: ")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("timeout-ms: \"50\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("http-expected-status: \"abc\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("dns-name: \"dual..lab.example\" is not a host name")),
             qPrintable(all));
}

void TestProbeTargets::sharedFileUnderXdgConfigHome()
{
    QTemporaryDir dir;
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", dir.path().toLocal8Bit());
    const QString path = sharedSettingsPath();
    labTargets().save();
    const ProbeTargets loaded = ProbeTargets::fromSettings();
    if (previous.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", previous);
    QCOMPARE(path, dir.filePath(QStringLiteral("lifeline/lifeline.conf")));
    QVERIFY(QFile::exists(path));
    QCOMPARE(loaded, labTargets());
}

QTEST_GUILESS_MAIN(TestProbeTargets)
#include "TestProbeTargets.moc"
