// `lifelinectl mtu fix NAME` end to end: the built binary against the fake
// helper, whose FixMtu "probes" any known tunnel to 1216.
#include "CtlHarness.h"

#include <QJsonDocument>
#include <QTest>

using Lifeline::Test::CtlHarness;
using Lifeline::Test::CtlResult;



class TestMtuCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void help_data();
    void help();
    void usageErrorsNeverCallTheHelper_data();
    void usageErrorsNeverCallTheHelper();
    void fixPrintsOldAndNew();
    void unknownTunnel();
    void helperRefusal_data();
    void helperRefusal();
    void noHelperOnTheBus();

private:
    void startFake(const QStringList &options = { "--seed-tunnels" });
    CtlHarness m_harness;
};

void TestMtuCommand::initTestCase()
{
    QVERIFY2(m_harness.setUpError().isEmpty(), qPrintable(m_harness.setUpError()));
}

void TestMtuCommand::cleanup()
{
    QVERIFY(m_harness.stopFake());
}

void TestMtuCommand::startFake(const QStringList &options)
{
    const QString error = m_harness.startFake(options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMtuCommand::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mtu") << QStringList { "mtu", "--help" } << "Usage: lifelinectl mtu fix NAME";
    QTest::newRow("fix") << QStringList { "mtu", "fix", "-h" } << "don't-fragment";
    QTest::newRow("after name") << QStringList { "mtu", "fix", "vps", "--help" } << "Exit status";
    QTest::newRow("main") << QStringList { "--help" } << "mtu fix NAME";
}

void TestMtuCommand::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CtlResult result = m_harness.run(arguments);
    CHECK_EXIT(result, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

void TestMtuCommand::usageErrorsNeverCallTheHelper_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList { "mtu" };
    QTest::newRow("unknown command") << QStringList { "mtu", "set", "vps" };
    QTest::newRow("no name") << QStringList { "mtu", "fix" };
    QTest::newRow("two names") << QStringList { "mtu", "fix", "vps", "home" };
    QTest::newRow("bad name") << QStringList { "mtu", "fix", "Bad/Name" };
    QTest::newRow("unknown option") << QStringList { "mtu", "fix", "vps", "--auto" };
    QTest::newRow("json") << QStringList { "--json", "mtu", "fix", "vps" };
}

void TestMtuCommand::usageErrorsNeverCallTheHelper()
{
    QFETCH(QStringList, arguments);
    startFake();
    const CtlResult result = m_harness.run(arguments);
    CHECK_EXIT(result, 64);
    QVERIFY(result.err.startsWith("lifelinectl: "));
    QVERIFY(!m_harness.helperWasCalled());
}

void TestMtuCommand::fixPrintsOldAndNew()
{
    startFake();
    const CtlResult result = m_harness.run({ "mtu", "fix", "vps" });
    CHECK_EXIT(result, 0);
    QCOMPARE(result.out, "MTU of vps: 1420 -> 1216\n");
    QCOMPARE(m_harness.record().value("member").toString(), "FixMtu");
    QCOMPARE(m_harness.record().value("name").toString(), "vps");
    // Asked with the flag that lets polkit's agent ask for a password.
    QVERIFY(m_harness.record().value("interactive").toBool());
    const CtlResult show = m_harness.run({ "tunnel", "show", "vps", "--json" });
    const QJsonObject status = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(status.value("mtu").toInt(), 1216);
    QVERIFY(status.value("mtu-probed").toBool());
}

void TestMtuCommand::unknownTunnel()
{
    startFake();
    const CtlResult result = m_harness.run({ "mtu", "fix", "nope" });
    CHECK_EXIT(result, 66);
    QVERIFY2(result.err.contains("there is no tunnel named \"nope\""), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestMtuCommand::helperRefusal_data()
{
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("denied") << "org.freedesktop.DBus.Error.AccessDenied" << 77
                            << "You are not allowed";
    QTest::newRow("not connected")
        << "io.github.lifeline.Error.Unavailable" << 1 << "connect it first";
    QTest::newRow("busy") << "io.github.lifeline.Error.Busy" << 1 << "connect it first";
    QTest::newRow("no probe target")
        << "io.github.lifeline.Error.InvalidArgument" << 65 << "connect it first";
}

void TestMtuCommand::helperRefusal()
{
    QFETCH(QString, errorName);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    startFake({ "--seed-tunnels", "--error", errorName, "--error-message",
        "tunnel vps is not connected; connect it first" });
    const CtlResult result = m_harness.run({ "mtu", "fix", "vps" });
    CHECK_EXIT(result, exitCode);
    QVERIFY2(result.err.contains(said), qPrintable(result.err));
    QVERIFY(!result.err.contains("io.github.lifeline.Error"));
    QVERIFY(result.out.isEmpty());
}

void TestMtuCommand::noHelperOnTheBus()
{
    const CtlResult result = m_harness.run({ "mtu", "fix", "vps" });
    CHECK_EXIT(result, 69);
    QVERIFY2(result.err.contains("helper is not available"), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestMtuCommand)
#include "TestMtuCommand.moc"
