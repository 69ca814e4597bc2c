// The advanced probe-target fields: what they show for saved targets, which
// entries they refuse (and why), and that what they accept reads back the same.
#include "ProbeTargetsForm.h"

#include <QTest>

using namespace Lifeline::Windows;
using Lifeline::Diagnosis::ProbeTargets;
using Field = ProbeTargetsForm::Field;

namespace {

// Lab-style targets (documentation ranges only).
ProbeTargets labTargets()
{
    ProbeTargets targets;
    targets.ipv4Tcp = { { QHostAddress("192.0.2.10"), 80 }, { QHostAddress("198.51.100.1"), 443 } };
    targets.ipv6Tcp = { { QHostAddress("2001:db8::10"), 80 } };
    targets.ipv4Http = QUrl("http://192.0.2.10/generate_204");
    targets.ipv6Http = QUrl("http://[2001:db8::10]/generate_204");
    targets.httpExpectedStatus = 204;
    targets.ipv4BigHttp = QUrl("http://192.0.2.10/big");
    targets.ipv6BigHttp = QUrl("http://[2001:db8::10]/big");
    targets.dnsName = "lab.example";
    targets.timeoutMs = 1500;
    return targets;
}

} // namespace

class TestProbeTargetsForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsSavedTargets();
    void roundTrips();
    void emptyFieldsSwitchChecksOff();
    void refuses_data();
    void refuses();
    void portDefaultsTo443();
};

void TestProbeTargetsForm::showsSavedTargets()
{
    const ProbeTargetsForm form = ProbeTargetsForm::from(labTargets());
    QCOMPARE(form.ipv4Tcp, "192.0.2.10:80, 198.51.100.1:443");
    QCOMPARE(form.ipv6Tcp, "[2001:db8::10]:80");
    QCOMPARE(form.ipv4Http, "http://192.0.2.10/generate_204");
    QCOMPARE(form.ipv6Http, "http://[2001:db8::10]/generate_204");
    QCOMPARE(form.dnsName, "lab.example");
    QCOMPARE(form.timeoutMs, 1500);
}

void TestProbeTargetsForm::roundTrips()
{
    const ProbeTargetsForm form = ProbeTargetsForm::from(labTargets());
    QVERIFY(form.problems().isEmpty());
    QVERIFY(form.targets() == labTargets());
    // The defaults, too, are something the form takes as they are.
    const ProbeTargetsForm defaults = ProbeTargetsForm::from(ProbeTargets::defaults());
    QVERIFY(defaults.problems().isEmpty());
    QVERIFY(defaults.targets() == ProbeTargets::defaults());
}

void TestProbeTargetsForm::emptyFieldsSwitchChecksOff()
{
    ProbeTargetsForm form = ProbeTargetsForm::from(labTargets());
    form.ipv6Tcp = "  ";
    form.ipv4BigHttp.clear();
    form.dnsName.clear();
    QVERIFY(form.problems().isEmpty());
    const ProbeTargets targets = form.targets();
    QVERIFY(targets.ipv6Tcp.isEmpty());
    QVERIFY(targets.ipv4BigHttp.isEmpty());
    QVERIFY(targets.dnsName.isEmpty());
}

void TestProbeTargetsForm::refuses_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("says");
    QTest::newRow("ipv6 in the ipv4 list") << "ipv4Tcp" << "192.0.2.1:443, [2001:db8::1]:443"
                                          << int(Field::Ipv4Tcp) << "2001:db8::1";
    QTest::newRow("host name in the list") << "ipv4Tcp" << "example.org:443"
                                          << int(Field::Ipv4Tcp) << "example.org";
    QTest::newRow("bad port") << "ipv6Tcp" << "[2001:db8::1]:99999" << int(Field::Ipv6Tcp)
                              << "99999";
    QTest::newRow("url by name") << "ipv4Http" << "http://example.org/generate_204"
                                 << int(Field::Ipv4Http) << "example.org";
    QTest::newRow("ftp url") << "ipv6Http" << "ftp://[2001:db8::1]/" << int(Field::Ipv6Http)
                             << "ftp://";
    QTest::newRow("wrong family url") << "ipv6BigHttp" << "http://192.0.2.1/big"
                                      << int(Field::Ipv6BigHttp) << "192.0.2.1";
    QTest::newRow("dns name with space") << "dnsName" << "lab example" << int(Field::DnsName)
                                         << "lab example";
}

void TestProbeTargetsForm::refuses()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, expected);
    QFETCH(QString, says);
    ProbeTargetsForm form = ProbeTargetsForm::from(labTargets());
    const QHash<QString, QString *> fields {
        { "ipv4Tcp", &form.ipv4Tcp }, { "ipv6Tcp", &form.ipv6Tcp },
        { "ipv4Http", &form.ipv4Http }, { "ipv6Http", &form.ipv6Http },
        { "ipv6BigHttp", &form.ipv6BigHttp }, { "dnsName", &form.dnsName },
    };
    *fields.value(field) = value;
    const QList<ProbeTargetsForm::Problem> problems = form.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.first().field), expected);
    QVERIFY2(problems.first().message.contains(says), qPrintable(problems.first().message));
}

void TestProbeTargetsForm::portDefaultsTo443()
{
    ProbeTargetsForm form = ProbeTargetsForm::from(labTargets());
    form.ipv4Tcp = "192.0.2.7";
    form.ipv6Tcp = "[2001:db8::7] 2001:db8::8";
    QVERIFY(form.problems().isEmpty());
    const ProbeTargets targets = form.targets();
    QCOMPARE(targets.ipv4Tcp.size(), 1);
    QCOMPARE(targets.ipv4Tcp.first().port, quint16(443));
    QCOMPARE(targets.ipv6Tcp.size(), 2);
    QCOMPARE(targets.ipv6Tcp.at(1).address, QHostAddress("2001:db8::8"));
}

QTEST_GUILESS_MAIN(TestProbeTargetsForm)
#include "TestProbeTargetsForm.moc"
