// The routing plan for a connected tunnel: exactly what would go into the
// kernel, for wg-quick's cases restricted to the families asked for.
#include "RoutingPlan.h"

#include <QTest>

using namespace Lifeline;
using namespace Lifeline::Route;

namespace {

QList<Net::Prefix> prefixes(const QString &text)
{
    QList<Net::Prefix> list;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        QString error;
        const auto prefix = Net::Prefix::parse(part, &error);
        if (!prefix)
            qFatal("bad test data %s: %s", qPrintable(part), qPrintable(error));
        list << *prefix;
    }
    return list;
}

TableSetting table(const QString &text)
{
    if (text == QLatin1String("auto"))
        return {};
    if (text == QLatin1String("off"))
        return { TableSetting::Mode::Off, 0 };
    return { TableSetting::Mode::Number, text.toUInt() };
}

QList<quint32> tables(const QString &text)
{
    QList<quint32> list;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts))
        list << part.toUInt();
    return list;
}

const QString Full4 = QStringLiteral("0.0.0.0/0");
const QString Full = QStringLiteral("0.0.0.0/0 ::/0");
const QString Both = QStringLiteral("10.8.0.2/32 fd00:8::2/128");

QStringList lines(std::initializer_list<const char *> text)
{
    QStringList list;
    for (const char *line : text)
        list << QString::fromLatin1(line);
    return list;
}

const QStringList Default4 = lines({
    "sysctl net.ipv4.conf.all.src_valid_mark=1",
    "rule ipv4 not fwmark 0xca6c table 51820 prio 32001 proto lifeline",
    "rule ipv4 table main suppress_prefixlength 0 prio 32000 proto lifeline",
    "route 0.0.0.0/0 dev ll-x table 51820 proto lifeline",
});
const QStringList Default6 = lines({
    "rule ipv6 not fwmark 0xca6c table 51820 prio 32001 proto lifeline",
    "rule ipv6 table main suppress_prefixlength 0 prio 32000 proto lifeline",
    "route ::/0 dev ll-x table 51820 proto lifeline",
});

} // namespace

class TestRoutingPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plan_data();
    void plan();
    void families_data();
    void families();
    void tableNames();
};

void TestRoutingPlan::plan_data()
{
    QTest::addColumn<QString>("addresses");
    QTest::addColumn<QString>("allowedIps");
    QTest::addColumn<QString>("families");
    QTest::addColumn<QString>("table");
    QTest::addColumn<uint>("fwMark");
    QTest::addColumn<QString>("inUse");
    QTest::addColumn<QStringList>("expected"); // empty when `error` is expected
    QTest::addColumn<QString>("error");

    const QString none;
    const QString address4 = QStringLiteral("address 10.8.0.2/32 dev ll-x");
    const QString address6 = QStringLiteral("address fd00:8::2/128 dev ll-x");
    const QString mark = QStringLiteral("wireguard fwmark 0xca6c");

    // Full tunnel: only the family asked for goes in, IPv6 untouched on ipv4.
    QTest::newRow("full ipv4") << Both << Full << "ipv4"
                               << "auto" << 0u << none << QStringList { mark, address4 } + Default4
                               << none;
    QTest::newRow("full ipv6") << Both << Full << "ipv6"
                               << "auto" << 0u << none << QStringList { mark, address6 } + Default6
                               << none;
    QTest::newRow("full all") << Both << Full << "all"
                              << "auto" << 0u << none
                              << QStringList { mark, address4, address6 } + Default4 + Default6
                              << none;
    QTest::newRow("full, as the config says")
        << Both << QStringLiteral("::/0 0.0.0.0/0") << ""
        << "auto" << 0u << none << QStringList { mark, address4, address6 } + Default4 + Default6
        << none;
    // Providers put ::/0 in IPv4-only configs to black-hole IPv6; following
    // the config keeps that (wg-quick does the same).
    QTest::newRow("config's ::/0 without an IPv6 address")
        << QStringLiteral("10.8.0.2/32") << Full << ""
        << "auto" << 0u << none << QStringList { mark, address4 } + Default4 + Default6 << none;

    // Split tunnels go into main; the address's own subnet is the kernel's.
    QTest::newRow("split all") << QStringLiteral("10.8.0.2/24 fd00:8::2/64")
                               << QStringLiteral("fd00::/8 10.0.0.0/8 10.8.0.0/24 10.1.2.3/8")
                               << "all"
                               << "auto" << 0u << none
                               << lines({ "address 10.8.0.2/24 dev ll-x",
                                      "address fd00:8::2/64 dev ll-x",
                                      "route 10.0.0.0/8 dev ll-x table main proto lifeline",
                                      "route fd00::/8 dev ll-x table main proto lifeline" })
                               << none;
    QTest::newRow("split ipv4") << QStringLiteral("10.8.0.2/24 fd00:8::2/64")
                                << QStringLiteral("fd00::/8 10.0.0.0/8") << "ipv4"
                                << "auto" << 0u << none
                                << lines({ "address 10.8.0.2/24 dev ll-x",
                                       "route 10.0.0.0/8 dev ll-x table main proto lifeline" })
                                << none;
    QTest::newRow("halves") << Both
                            << QStringLiteral("0.0.0.0/1 128.0.0.0/1 ::/1 8000::/1 192.0.2.0/24")
                            << "ipv4"
                            << "auto" << 0u << none
                            << lines({ "address 10.8.0.2/32 dev ll-x",
                                   "route 192.0.2.0/24 dev ll-x table main proto lifeline",
                                   "route 0.0.0.0/1 dev ll-x table main proto lifeline",
                                   "route 128.0.0.0/1 dev ll-x table main proto lifeline" })
                            << none;

    // The Table setting.
    QTest::newRow("Table=off") << Both << Full << "all"
                               << "off" << 0u << none << QStringList { address4, address6 } << none;
    QTest::newRow("Table=off keeps FwMark")
        << Both << Full << "ipv4"
        << "off" << 0x42u << none
        << QStringList { QStringLiteral("wireguard fwmark 0x42"), address4 } << none;
    QTest::newRow("Table=1234") << Both << QStringLiteral("0.0.0.0/0 10.0.0.0/8 ::/0") << "all"
                                << "1234" << 0u << none
                                << QStringList { address4, address6 }
            + lines({ "route 10.0.0.0/8 dev ll-x table 1234 proto lifeline",
                "route 0.0.0.0/0 dev ll-x table 1234 proto lifeline",
                "route ::/0 dev ll-x table 1234 proto lifeline" })
                                << none;
    QTest::newRow("Table=main") << Both << Full4 << "ipv4"
                                << "254" << 0u << none
                                << QStringList { address4,
                                       QStringLiteral(
                                           "route 0.0.0.0/0 dev ll-x table main proto lifeline") }
                                << none;

    // The automatic table counts up past tables in use.
    QStringList next { QStringLiteral("wireguard fwmark 0xca6d"), address4 };
    for (const QString &line : Default4)
        next << QString(line)
                    .replace(
                        QStringLiteral("0xca6c table 51820"), QStringLiteral("0xca6d table 51821"))
                    .replace(QStringLiteral("table 51820"), QStringLiteral("table 51821"));
    QTest::newRow("51820 taken") << Both << Full << "ipv4"
                                 << "auto" << 0u << QStringLiteral("254 255 51820") << next << none;
    QTest::newRow("51820-51822 taken")
        << QStringLiteral("10.8.0.2/32") << Full4 << "ipv4"
        << "auto" << 0u << QStringLiteral("51822 51820 51821")
        << QStringList { QStringLiteral("wireguard fwmark 0xca6f"), address4 }
            + lines({ "sysctl net.ipv4.conf.all.src_valid_mark=1",
                "rule ipv4 not fwmark 0xca6f table 51823 prio 32001 proto lifeline",
                "rule ipv4 table main suppress_prefixlength 0 prio 32000 proto lifeline",
                "route 0.0.0.0/0 dev ll-x table 51823 proto lifeline" })
        << none;
    QString all;
    for (quint32 t = FirstAutoTable; t < FirstAutoTable + AutoTableSearch; ++t)
        all += QString::number(t) + u' ';
    QTest::newRow("every auto table taken")
        << Both << Full4 << "ipv4"
        << "auto" << 0u << all << QStringList()
        << QStringLiteral("routing tables 51820 to 52819 are all in use");

    // A configured FwMark is also the table, as in wg-quick.
    QTest::newRow("FwMark") << Both << Full << "ipv6"
                            << "auto" << 0x1234u << QStringLiteral("51820")
                            << QStringList { QStringLiteral("wireguard fwmark 0x1234"), address6 }
            + lines({ "rule ipv6 not fwmark 0x1234 table 4660 prio 32001 proto lifeline",
                "rule ipv6 table main suppress_prefixlength 0 prio 32000 proto lifeline",
                "route ::/0 dev ll-x table 4660 proto lifeline" })
                            << none;
    QTest::newRow("FwMark, split tunnel")
        << Both << QStringLiteral("10.0.0.0/8") << "ipv4"
        << "auto" << 0x1234u << none
        << QStringList { QStringLiteral("wireguard fwmark 0x1234"), address4,
               QStringLiteral("route 10.0.0.0/8 dev ll-x table main proto lifeline") }
        << none;
    QTest::newRow("FwMark is main") << Both << Full4 << "ipv4"
                                    << "auto" << 254u << none << QStringList()
                                    << QStringLiteral("FwMark 0xfe cannot double as the tunnel's "
                                                      "routing table (table main is the system's)");
    QTest::newRow("FwMark's table in use")
        << Both << Full4 << "ipv4"
        << "auto" << 100u << QStringLiteral("100") << QStringList()
        << QStringLiteral("routing table 100 (the config's FwMark 0x64) is already in use");

    // Requests the config cannot meet.
    QTest::newRow("ipv6 not in AllowedIPs")
        << Both << QStringLiteral("0.0.0.0/0 10.0.0.0/8") << "ipv6"
        << "auto" << 0u << none << QStringList()
        << QStringLiteral("the tunnel's AllowedIPs route no IPv6; cannot route ipv6 through it");
    QTest::newRow("all, AllowedIPs IPv4 only")
        << Both << Full4 << "all"
        << "auto" << 0u << none << QStringList()
        << QStringLiteral("the tunnel's AllowedIPs route no IPv6; cannot route ipv6 through it");
    QTest::newRow("ipv4 not in AllowedIPs")
        << Both << QStringLiteral("::/0") << "ipv4"
        << "auto" << 0u << none << QStringList()
        << QStringLiteral("the tunnel's AllowedIPs route no IPv4; cannot route ipv4 through it");
    QTest::newRow("no IPv6 address")
        << QStringLiteral("10.8.0.2/32") << Full << "all"
        << "auto" << 0u << none << QStringList()
        << QStringLiteral("the tunnel has no IPv6 address; cannot route ipv6 through it");
    QTest::newRow("no AllowedIPs")
        << Both << none << ""
        << "auto" << 0u << none << QStringList()
        << QStringLiteral("the tunnel's AllowedIPs are empty; there is nothing to route");
    QTest::newRow("Table=0") << Both << Full << "all"
                             << "0" << 0u << none << QStringList()
                             << QStringLiteral("Table = 0 is not a table routes can go in");
    QTest::newRow("Table=local") << Both << Full << "all"
                                 << "255" << 0u << none << QStringList()
                                 << QStringLiteral("Table = 255 is not a table routes can go in");
}

void TestRoutingPlan::plan()
{
    QFETCH(QString, addresses);
    QFETCH(QString, allowedIps);
    QFETCH(QString, families);
    QFETCH(QString, table);
    QFETCH(uint, fwMark);
    QFETCH(QString, inUse);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);

    PlanInput input;
    input.interfaceName = QStringLiteral("ll-x");
    input.addresses = prefixes(addresses);
    input.allowedIps = prefixes(allowedIps);
    QString why;
    const auto parsed = parseFamilies(families, &why);
    QVERIFY2(parsed, qPrintable(why));
    input.families = *parsed;
    input.table = ::table(table);
    input.fwMark = fwMark;
    input.tablesInUse = tables(inUse);

    const auto plan = RoutingPlan::make(input, &why);
    if (!error.isEmpty()) {
        QVERIFY2(!plan, qPrintable(plan ? plan->text().join(u'\n') : QString()));
        QCOMPARE(why, error);
        return;
    }
    QVERIFY2(plan, qPrintable(why));
    QCOMPARE(plan->text(), expected);
}

void TestRoutingPlan::families_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");

    QTest::newRow("ipv4") << "ipv4" << true << 1;
    QTest::newRow("ipv6") << "ipv6" << true << 1;
    QTest::newRow("all") << "all" << true << 2;
    QTest::newRow("as configured") << "" << true << 0;
    QTest::newRow("upper case") << "IPv4" << false << 0;
    QTest::newRow("both") << "ipv4,ipv6" << false << 0;
}

void TestRoutingPlan::families()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, count);
    QString error;
    const auto families = parseFamilies(text, &error);
    QCOMPARE(bool(families), valid);
    if (valid)
        QCOMPARE(families->size(), count);
    else
        QVERIFY(error.contains(text));
}

void TestRoutingPlan::tableNames()
{
    QCOMPARE(tableName(254), QStringLiteral("main"));
    QCOMPARE(tableName(255), QStringLiteral("local"));
    QCOMPARE(tableName(51820), QStringLiteral("51820"));

    PlanInput input;
    input.interfaceName = QStringLiteral("ll-x/../y");
    input.allowedIps = prefixes(Full4);
    QString error;
    QVERIFY(!RoutingPlan::make(input, &error));
    QVERIFY(error.contains(QStringLiteral("not an interface name")));
}

QTEST_GUILESS_MAIN(TestRoutingPlan)
#include "TestRoutingPlan.moc"
