// `lifelinectl tunnel set NAME mtu=...` end to end: the built binary against
// the fake helper, whose SetTunnelMtu keeps the setting in the tunnel's
// status (and sets a number at once on a tunnel that is up).
#include "CtlHarness.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using Lifeline::Test::CtlHarness;
using Lifeline::Test::CtlResult;



class TestTunnelSetCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void help_data();
    void help();
    void usageErrorsNeverCallTheHelper_data();
    void usageErrorsNeverCallTheHelper();
    void setAuto();
    void setNumberOnATunnelThatIsUp();
    void setConfigGoesBack();
    void unknownTunnel();
    void helperRefusal_data();
    void helperRefusal();
    void noHelperOnTheBus();

private:
    void startFake(const QStringList &options = { "--seed-tunnels" });
    QJsonObject showJson(const QString &name);
    CtlHarness m_harness;
};

void TestTunnelSetCommand::initTestCase()
{
    QVERIFY2(m_harness.setUpError().isEmpty(), qPrintable(m_harness.setUpError()));
}

void TestTunnelSetCommand::cleanup()
{
    QVERIFY(m_harness.stopFake());
}

void TestTunnelSetCommand::startFake(const QStringList &options)
{
    const QString error = m_harness.startFake(options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QJsonObject TestTunnelSetCommand::showJson(const QString &name)
{
    const CtlResult result = m_harness.run({ "tunnel", "show", name, "--json" });
    if (result.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

void TestTunnelSetCommand::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("set") << QStringList { "tunnel", "set", "--help" }
                         << "Usage: lifelinectl tunnel set NAME mtu=auto";
    QTest::newRow("set after name")
        << QStringList { "tunnel", "set", "vps", "-h" } << "576 to 9000";
    QTest::newRow("set names its polkit action")
        << QStringList { "tunnel", "set", "--help" } << "io.github.lifeline.fix-mtu";
    QTest::newRow("tunnel") << QStringList { "tunnel", "--help" }
                            << "lifelinectl tunnel set NAME mtu=auto|NUMBER";
    QTest::newRow("main") << QStringList { "--help" } << "tunnel set NAME mtu=auto|NUMBER";
}

void TestTunnelSetCommand::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CtlResult result = m_harness.run(arguments);
    CHECK_EXIT(result, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

void TestTunnelSetCommand::usageErrorsNeverCallTheHelper_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    const QString range = "auto, config or a whole number from 576 to 9000";
    QTest::newRow("nothing") << QStringList { "tunnel", "set" } << "needs a NAME and mtu=auto";
    QTest::newRow("no setting") << QStringList { "tunnel", "set", "vps" }
                                << "needs a NAME and mtu=auto";
    QTest::newRow("two settings") << QStringList { "tunnel", "set", "vps", "mtu=auto", "mtu=1280" }
                                  << "needs a NAME and mtu=auto";
    QTest::newRow("bad name") << QStringList { "tunnel", "set", "Vps", "mtu=auto" }
                              << "is not a tunnel name";
    QTest::newRow("unknown setting") << QStringList { "tunnel", "set", "vps", "dns=1.1.1.1" }
                                     << "knows only mtu=auto, mtu=NUMBER and mtu=config";
    QTest::newRow("no equals") << QStringList { "tunnel", "set", "vps", "mtu" }
                               << "knows only mtu=auto, mtu=NUMBER and mtu=config";
    QTest::newRow("empty") << QStringList { "tunnel", "set", "vps", "mtu=" } << range;
    QTest::newRow("0") << QStringList { "tunnel", "set", "vps", "mtu=0" } << range;
    QTest::newRow("575") << QStringList { "tunnel", "set", "vps", "mtu=575" } << range;
    QTest::newRow("9001") << QStringList { "tunnel", "set", "vps", "mtu=9001" } << range;
    QTest::newRow("abc") << QStringList { "tunnel", "set", "vps", "mtu=abc" } << range;
    QTest::newRow("auto with a space")
        << QStringList { "tunnel", "set", "vps", "mtu=auto " } << range;
    QTest::newRow("-1") << QStringList { "tunnel", "set", "vps", "mtu=-1" } << range;
    QTest::newRow("leading zero") << QStringList { "tunnel", "set", "vps", "mtu=01280" } << range;
    QTest::newRow("plus") << QStringList { "tunnel", "set", "vps", "mtu=+1280" } << range;
    QTest::newRow("json") << QStringList { "--json", "tunnel", "set", "vps", "mtu=auto" }
                          << "does not print JSON";
    QTest::newRow("unknown option")
        << QStringList { "tunnel", "set", "vps", "mtu=auto", "--now" } << "has no option";
}

void TestTunnelSetCommand::usageErrorsNeverCallTheHelper()
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

void TestTunnelSetCommand::setAuto()
{
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "set", "home", "mtu=auto" });
    CHECK_EXIT(result, 0);
    QVERIFY2(result.out.contains("Tunnel home probes its MTU after every connect"),
        qPrintable(result.out));
    QCOMPARE(m_harness.record().value("member").toString(), "SetTunnelMtu");
    QCOMPARE(m_harness.record().value("name").toString(), "home");
    QCOMPARE(m_harness.record().value("mtu").toString(), "auto");
    // Asked with the flag that lets polkit's agent ask for a password.
    QVERIFY(m_harness.record().value("interactive").toBool());
    QCOMPARE(showJson("home").value("mtu-setting").toString(), "auto");
    const CtlResult show = m_harness.run({ "tunnel", "show", "home" });
    QVERIFY2(show.out.contains(QRegularExpression("MTU setting: +auto\n")), qPrintable(show.out));
}

void TestTunnelSetCommand::setNumberOnATunnelThatIsUp()
{
    startFake();
    QCOMPARE(showJson("vps").value("mtu").toInt(), 1420);
    const CtlResult result = m_harness.run({ "tunnel", "set", "vps", "mtu=1280" });
    CHECK_EXIT(result, 0);
    QVERIFY2(result.out.contains("Tunnel vps uses MTU 1280"), qPrintable(result.out));
    QCOMPARE(m_harness.record().value("mtu").toString(), "1280");
    const QJsonObject status = showJson("vps");
    QCOMPARE(status.value("mtu-setting").toString(), "1280");
    QCOMPARE(status.value("mtu").toInt(), 1280);
}

void TestTunnelSetCommand::setConfigGoesBack()
{
    startFake();
    const CtlResult fixed = m_harness.run({ "tunnel", "set", "vps", "mtu=1280" });
    CHECK_EXIT(fixed, 0);
    QCOMPARE(showJson("vps").value("mtu").toInt(), 1280);
    const CtlResult result = m_harness.run({ "tunnel", "set", "vps", "mtu=config" });
    CHECK_EXIT(result, 0);
    QVERIFY2(result.out.contains("Tunnel vps uses the MTU of its configuration"),
        qPrintable(result.out));
    // SetTunnelMtu's "": no setting.
    QCOMPARE(m_harness.record().value("member").toString(), "SetTunnelMtu");
    QVERIFY(m_harness.record().contains("mtu"));
    QCOMPARE(m_harness.record().value("mtu").toString(), QString());
    const QJsonObject status = showJson("vps");
    QCOMPARE(status.value("mtu-setting").toString(), QString());
    QCOMPARE(status.value("mtu").toInt(), 1420);
}

void TestTunnelSetCommand::unknownTunnel()
{
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "set", "nope", "mtu=auto" });
    CHECK_EXIT(result, 66);
    QVERIFY2(result.err.contains("there is no tunnel named \"nope\""), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestTunnelSetCommand::helperRefusal_data()
{
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("denied") << "org.freedesktop.DBus.Error.AccessDenied" << 77
                            << "You are not allowed";
    QTest::newRow("refused value")
        << "io.github.lifeline.Error.InvalidArgument" << 65 << "the helper says no";
    QTest::newRow("failed") << "io.github.lifeline.Error.Failed" << 1 << "the helper says no";
}

void TestTunnelSetCommand::helperRefusal()
{
    QFETCH(QString, errorName);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    startFake({ "--seed-tunnels", "--error", errorName, "--error-message", "the helper says no" });
    const CtlResult result = m_harness.run({ "tunnel", "set", "vps", "mtu=1400" });
    CHECK_EXIT(result, exitCode);
    QVERIFY2(result.err.contains(said), qPrintable(result.err));
    QVERIFY(!result.err.contains("io.github.lifeline.Error"));
    QVERIFY(result.out.isEmpty());
}

void TestTunnelSetCommand::noHelperOnTheBus()
{
    const CtlResult result = m_harness.run({ "tunnel", "set", "vps", "mtu=auto" });
    CHECK_EXIT(result, 69);
    QVERIFY2(result.err.contains("helper is not available"), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestTunnelSetCommand)
#include "TestTunnelSetCommand.moc"
