// `lifelinectl tunnel create NAME ...` end to end: the built binary against
// the fake helper, whose CreateTunnel stores the tunnel and answers a fixed
// public key; what is printed is that key and the server's side.
#include "CtlHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Lifeline::Test::CtlHarness;
using Lifeline::Test::CtlResult;

namespace {

// What the fake answers for every tunnel it creates.
const QString FakePublicKey = "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo=";
const QString ServerKey = "3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=";

QStringList create(const QStringList &extra = {})
{
    return QStringList { "tunnel", "create", "work", "--endpoint", "vps.example.org:4500",
               "--server-key", ServerKey, "--address", "10.66.0.2/32" }
        + extra;
}

} // namespace

class TestTunnelCreateCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void help_data();
    void help();
    void usageErrorsNeverCallTheHelper_data();
    void usageErrorsNeverCallTheHelper();
    void createPrintsTheServerSide();
    void createSendsOnlyWhatWasGiven();
    void createBothFamilies();
    void createAsJson();
    void takenName();
    void helperRefusal_data();
    void helperRefusal();
    void noHelperOnTheBus();

private:
    void startFake(const QStringList &options = { "--seed-tunnels" });
    CtlHarness m_harness;
};

void TestTunnelCreateCommand::initTestCase()
{
    QVERIFY2(m_harness.setUpError().isEmpty(), qPrintable(m_harness.setUpError()));
}

void TestTunnelCreateCommand::cleanup()
{
    QVERIFY(m_harness.stopFake());
}

void TestTunnelCreateCommand::startFake(const QStringList &options)
{
    const QString error = m_harness.startFake(options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTunnelCreateCommand::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("create") << QStringList { "tunnel", "create", "--help" }
                            << "Usage: lifelinectl tunnel create NAME --endpoint HOST:PORT";
    QTest::newRow("create names the pitfall") << QStringList { "tunnel", "create", "-h" }
                                              << "accept_ra=2";
    QTest::newRow("create names its polkit action")
        << QStringList { "tunnel", "create", "work", "--help" }
        << "io.github.lifeline.configure-tunnels";
    QTest::newRow("tunnel") << QStringList { "tunnel", "--help" }
                            << "lifelinectl tunnel create NAME --endpoint HOST:PORT --server-key";
    QTest::newRow("main") << QStringList { "--help" } << "tunnel create NAME ...";
}

void TestTunnelCreateCommand::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CtlResult result = m_harness.run(arguments);
    CHECK_EXIT(result, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

void TestTunnelCreateCommand::usageErrorsNeverCallTheHelper_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    const QStringList key { "--server-key", ServerKey };
    const QStringList endpoint { "--endpoint", "vps:51820" };
    const QStringList address { "--address", "10.66.0.2/32" };
    QTest::newRow("no name") << QStringList { "tunnel", "create" } + endpoint + key + address
                             << "needs the name of one tunnel";
    QTest::newRow("two names") << QStringList { "tunnel", "create", "a", "b" } + endpoint + key
            + address
                               << "needs the name of one tunnel";
    QTest::newRow("bad name") << QStringList { "tunnel", "create", "Work" } + endpoint + key + address
                              << "is not a tunnel name";
    QTest::newRow("no endpoint") << QStringList { "tunnel", "create", "work" } + key + address
                                 << "needs --endpoint HOST:PORT";
    QTest::newRow("no server key") << QStringList { "tunnel", "create", "work" } + endpoint + address
                                   << "needs --server-key KEY";
    QTest::newRow("no address") << QStringList { "tunnel", "create", "work" } + endpoint + key
                                << "needs at least one --address";
    QTest::newRow("endpoint twice") << create({ "--endpoint", "other:1" })
                                    << "takes --endpoint only once";
    QTest::newRow("empty value") << create({ "--dns=" }) << "--dns needs a value";
    QTest::newRow("value missing at the end") << create({ "--allowed-ip" })
                                              << "--allowed-ip needs a value";
    QTest::newRow("unknown option") << create({ "--private-key", "x" })
                                    << "tunnel create has no option \"--private-key\"";
    QTest::newRow("options of up") << create({ "--ipv4" }) << "has no option \"--ipv4\"";
}

void TestTunnelCreateCommand::usageErrorsNeverCallTheHelper()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    startFake();
    const CtlResult result = m_harness.run(arguments);
    CHECK_EXIT(result, 64);
    QVERIFY(result.err.startsWith("lifelinectl: "));
    QVERIFY2(result.err.contains(said), qPrintable(result.err));
    QVERIFY(!m_harness.helperWasCalled());
}

void TestTunnelCreateCommand::createPrintsTheServerSide()
{
    startFake();
    const CtlResult result = m_harness.run(create({ "--allowed-ip", "0.0.0.0/0" }));
    CHECK_EXIT(result, 0);
    QVERIFY2(result.out.startsWith("Created tunnel work. Its public key, for the server:\n  "
                 + FakePublicKey + "\n"),
        qPrintable(result.out));
    // The server's configuration, from ServerSetup.
    for (const QString &line : { QString("PrivateKey = SERVER_PRIVATE_KEY"),
             QString("ListenPort = 4500"), "PublicKey = " + FakePublicKey,
             QString("AllowedIPs = 10.66.0.2/32") })
        QVERIFY2(result.out.contains("\n" + line + "\n"), qPrintable(line + "\n" + result.out));
    // The commands, for the one family the tunnel carries.
    QVERIFY2(result.out.contains("\nnet/ipv4/ip_forward = 1\n"), qPrintable(result.out));
    QVERIFY2(result.out.contains("ip saddr { 10.66.0.2/32 } oifname != \"wg0\" masquerade"),
        qPrintable(result.out));
    QVERIFY2(!result.out.contains("accept_ra"), qPrintable(result.out));
    QVERIFY2(result.out.trimmed().endsWith("connect with: lifelinectl tunnel up work"),
        qPrintable(result.out));
    QVERIFY(result.err.isEmpty());
    // The tunnel is there, as the helper stored it.
    const CtlResult show = m_harness.run({ "tunnel", "show", "work", "--json" });
    CHECK_EXIT(show, 0);
    QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8()).object().value("endpoint").toString(),
        "vps.example.org:4500");
}

void TestTunnelCreateCommand::createSendsOnlyWhatWasGiven()
{
    startFake();
    const CtlResult result = m_harness.run(create({ "--dns", "10.66.0.1", "--dns=fd66::1" }));
    CHECK_EXIT(result, 0);
    const QJsonObject record = m_harness.record();
    QCOMPARE(record.value("member").toString(), "CreateTunnel");
    QCOMPARE(record.value("name").toString(), "work");
    QVERIFY(record.value("interactive").toBool());
    const QJsonObject settings = record.value("settings").toObject();
    QCOMPARE(settings.keys(),
        (QStringList { "addresses", "dns", "endpoint", "peer-public-key" }));
    QCOMPARE(settings.value("endpoint").toString(), "vps.example.org:4500");
    QCOMPARE(settings.value("peer-public-key").toString(), ServerKey);
    QCOMPARE(settings.value("addresses").toArray(), QJsonArray { "10.66.0.2/32" });
    QCOMPARE(settings.value("dns").toArray(), (QJsonArray { "10.66.0.1", "fd66::1" }));
}

void TestTunnelCreateCommand::createBothFamilies()
{
    startFake();
    const CtlResult result = m_harness.run(create({ "--address", "fd66::2/64" }));
    CHECK_EXIT(result, 0);
    QCOMPARE(m_harness.record().value("settings").toObject().value("addresses").toArray(),
        (QJsonArray { "10.66.0.2/32", "fd66::2/64" }));
    // No --allowed-ip: everything, so both families are forwarded and NATed,
    // and the IPv6 route is kept with accept_ra=2.
    QVERIFY2(result.out.contains("\nAllowedIPs = 10.66.0.2/32, fd66::2/128\n"), qPrintable(result.out));
    QVERIFY2(result.out.contains("\nnet/ipv6/conf/all/forwarding = 1\n"), qPrintable(result.out));
    QVERIFY2(result.out.contains("ip6 saddr { fd66::2/128 }"), qPrintable(result.out));
    QVERIFY2(result.out.contains("accept_ra = 2"), qPrintable(result.out));
}

void TestTunnelCreateCommand::createAsJson()
{
    startFake();
    const CtlResult result = m_harness.run(QStringList { "--json" } + create());
    CHECK_EXIT(result, 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(result.out));
    QCOMPARE(object.value("name").toString(), "work");
    QCOMPARE(object.value("public-key").toString(), FakePublicKey);
    QVERIFY(object.value("server-config").toString().startsWith("# The server side"));
    QVERIFY(object.value("server-config").toString().contains("ListenPort = 4500\n"));
    QVERIFY(object.value("server-commands").toString().contains("wg-quick@wg0"));
}

void TestTunnelCreateCommand::takenName()
{
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "create", "home", "--endpoint", "vps:1",
        "--server-key", ServerKey, "--address", "10.0.0.2/32" });
    CHECK_EXIT(result, 65);
    QVERIFY2(result.err.contains("remove it first"), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestTunnelCreateCommand::helperRefusal_data()
{
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("denied") << "org.freedesktop.DBus.Error.AccessDenied" << 77
                            << "You are not allowed";
    QTest::newRow("refused settings")
        << "io.github.lifeline.Error.InvalidArgument" << 65 << "the helper says no";
    QTest::newRow("failed") << "io.github.lifeline.Error.Failed" << 1 << "the helper says no";
}

void TestTunnelCreateCommand::helperRefusal()
{
    QFETCH(QString, errorName);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    startFake({ "--seed-tunnels", "--error", errorName, "--error-message", "the helper says no" });
    const CtlResult result = m_harness.run(create());
    CHECK_EXIT(result, exitCode);
    QVERIFY2(result.err.contains(said), qPrintable(result.err));
    QVERIFY(!result.err.contains("io.github.lifeline.Error"));
    QVERIFY(result.out.isEmpty());
}

void TestTunnelCreateCommand::noHelperOnTheBus()
{
    const CtlResult result = m_harness.run(create());
    CHECK_EXIT(result, 69);
    QVERIFY2(result.err.contains("helper is not available"), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestTunnelCreateCommand)
#include "TestTunnelCreateCommand.moc"
