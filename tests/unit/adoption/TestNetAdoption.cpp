// The network side of taking a launch over, without a kernel: its rules
// are counted by the firewall but go into the kernel with the next
// transaction only (all adopted launches in one), and its subnet is
// reserved in the pool so that no new launch gets it.
#include "AddressPool.h"
#include "Firewall.h"

#include <QTest>

using namespace Lifeline::Net;

namespace {

class RecordingBackend : public RulesetBackend {
public:
    explicit RecordingBackend(QStringList *scripts)
        : m_scripts(scripts)
    {
    }
    QString apply(const QString &script) override
    {
        *m_scripts << script;
        return {};
    }

private:
    QStringList *m_scripts;
};

Prefix prefix(const char *text)
{
    return *Prefix::parse(QString::fromLatin1(text));
}

LaunchRules launch(const char *id, const char *address, const char *tunnel = "")
{
    const Prefix nsAddress = prefix(address);
    return { QString::fromLatin1(id), nsAddress.family, nsAddress, QString::fromLatin1(tunnel) };
}

} // namespace

class TestNetAdoption : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void adoptedRulesGoInWithOneTransaction();
    void adoptRefusesWhatAddRefuses();
    void reserveKeepsASubnetFromNewLaunches();
    void reserveRefuses_data();
    void reserveRefuses();
};

void TestNetAdoption::adoptedRulesGoInWithOneTransaction()
{
    QStringList scripts;
    Firewall firewall(std::make_unique<RecordingBackend>(&scripts));
    QVERIFY(firewall.adopt(launch("0000beef", "10.231.0.2")).isEmpty());
    QVERIFY(firewall.adopt(launch("0000f00d", "fd6c:6c5e:a1b7:3::2", "ll-vps")).isEmpty());
    QVERIFY(scripts.isEmpty()); // nothing applied yet
    QCOMPARE(firewall.launches().size(), 2);
    QVERIFY(firewall.reconcile().isEmpty());
    QCOMPARE(scripts.size(), 1);
    QVERIFY(scripts.first().contains(
        QStringLiteral("ip saddr 10.231.0.2 accept comment \"lifeline 0000beef\"")));
    QVERIFY(scripts.first().contains(QStringLiteral(
        "ip6 saddr fd6c:6c5e:a1b7:3::2 oifname \"ll-vps\" accept comment \"lifeline 0000f00d\"")));
    // From then on they are launches like any other.
    QVERIFY(firewall.remove(QStringLiteral("0000beef")).isEmpty());
    QCOMPARE(scripts.size(), 2);
    QVERIFY(!scripts.last().contains(QStringLiteral("0000beef")));
    QVERIFY(scripts.last().contains(QStringLiteral("0000f00d")));
}

void TestNetAdoption::adoptRefusesWhatAddRefuses()
{
    QStringList scripts;
    Firewall firewall(std::make_unique<RecordingBackend>(&scripts));
    QVERIFY(firewall.adopt(launch("0000beef", "10.231.0.2")).isEmpty());
    QCOMPARE(firewall.adopt(launch("0000beef", "10.231.0.6")),
        QStringLiteral("launch 0000beef is listed twice"));
    QCOMPARE(firewall.adopt(launch("0000f00d", "10.231.0.6", "eth0")),
        QStringLiteral("launch 0000f00d names no valid tunnel interface"));
    QCOMPARE(firewall.launches().size(), 1);
    QVERIFY(scripts.isEmpty());
    QString error;
    QVERIFY(!FirewallEntry::adopt(firewall, launch("0000beef", "10.231.0.2"), &error));
    QCOMPARE(error, QStringLiteral("launch 0000beef is listed twice"));
}

void TestNetAdoption::reserveKeepsASubnetFromNewLaunches()
{
    auto pool = AddressPool::create(prefix("10.231.0.0/29"), nullptr); // two /30s
    QVERIFY(pool);
    QVERIFY(pool->reserve(prefix("10.231.0.0/30")));
    QString error;
    QCOMPARE(pool->allocate({}, &error), prefix("10.231.0.4/30"));
    QVERIFY(!pool->allocate({}, &error)); // full
    pool->release(prefix("10.231.0.0/30"));
    QCOMPARE(pool->allocate({}, &error), prefix("10.231.0.0/30"));
}

void TestNetAdoption::reserveRefuses_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::newRow("outside the pool") << "10.232.0.0/30";
    QTest::newRow("another length") << "10.231.0.0/29";
    QTest::newRow("not a network") << "10.231.0.1/30";
    QTest::newRow("another family") << "fd6c:6c5e:a1b7:3::/64";
    QTest::newRow("taken") << "10.231.0.8/30";
}

void TestNetAdoption::reserveRefuses()
{
    QFETCH(QString, subnet);
    auto pool = AddressPool::create(prefix("10.231.0.0/16"), nullptr);
    QVERIFY(pool->reserve(prefix("10.231.0.8/30")));
    QVERIFY(!pool->reserve(*Prefix::parse(subnet)));
    QCOMPARE(pool->inUse().size(), 1);
}

QTEST_GUILESS_MAIN(TestNetAdoption)
#include "TestNetAdoption.moc"
