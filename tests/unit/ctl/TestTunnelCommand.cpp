// `lifelinectl tunnel ...` end to end: the built binary against the fake
// helper's tunnel table (FakeTunnels) on a private bus.
#include "CtlHarness.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using Lifeline::Test::CtlHarness;
using Lifeline::Test::CtlResult;

namespace {

const QByteArray GoodConfig = "[Interface]\n"
                              "PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\n"
                              "Address = 10.8.0.2/24, fd00:8::2/64\n"
                              "\n"
                              "[Peer]\n"
                              "PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\n"
                              "Endpoint = 192.0.2.1:51820\n"
                              "AllowedIPs = 0.0.0.0/0, ::/0\n";

constexpr qsizetype MaxConfigBytes = 1024 * 1024;


} // namespace


class TestTunnelCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void help_data();
    void help();
    void usageErrorsNeverCallTheHelper_data();
    void usageErrorsNeverCallTheHelper();
    void noHelperOnTheBus();

    void listAsTable();
    void listAsJson();
    void listWhenEmpty();
    void showAsText_data();
    void showAsText();
    void showAsJson();
    void unknownTunnel_data();
    void unknownTunnel();

    void importFromStdinOrFile_data();
    void importFromStdinOrFile();
    void importRefusalNamesTheLine();
    void importChecksTheFileBeforeCalling_data();
    void importChecksTheFileBeforeCalling();
    void remove();

    void upWaitsUntilUp_data();
    void upWaitsUntilUp();
    void upOfAFailingTunnel();
    void upOfATunnelUpWithoutSignal();
    void upTimesOut();
    void upNoWait();
    void upIgnoresOtherTunnels();
    void upWhenTheHelperVanishes();
    void down();

    void notAuthorised_data();
    void notAuthorised();
    void readingNeedsNoAuthorisation();

private:
    void startFake(const QStringList &options = { "--seed-tunnels" });
    QJsonObject showJson(const QString &name);

    CtlHarness m_harness;
};

void TestTunnelCommand::initTestCase()
{
    QVERIFY2(m_harness.setUpError().isEmpty(), qPrintable(m_harness.setUpError()));
}

void TestTunnelCommand::cleanup()
{
    QVERIFY(m_harness.stopFake());
}

void TestTunnelCommand::startFake(const QStringList &options)
{
    const QString error = m_harness.startFake(options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QJsonObject TestTunnelCommand::showJson(const QString &name)
{
    const CtlResult result = m_harness.run({ "tunnel", "show", name, "--json" });
    if (result.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

void TestTunnelCommand::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tunnel") << QStringList { "tunnel", "--help" } << "lifelinectl tunnel import";
    QTest::newRow("up") << QStringList { "tunnel", "up", "--help" } << "--no-wait";
    QTest::newRow("up after name") << QStringList { "tunnel", "up", "home", "-h" } << "--timeout";
    QTest::newRow("import") << QStringList { "tunnel", "import", "--help" } << "PostUp";
    QTest::newRow("main") << QStringList { "--help" } << "tunnel up NAME";
}

void TestTunnelCommand::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CtlResult result = m_harness.run(arguments);
    CHECK_EXIT(result, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

void TestTunnelCommand::usageErrorsNeverCallTheHelper_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList { "tunnel" };
    QTest::newRow("unknown subcommand") << QStringList { "tunnel", "frob" };
    QTest::newRow("up without name") << QStringList { "tunnel", "up" };
    QTest::newRow("bad name") << QStringList { "tunnel", "down", "Home" };
    QTest::newRow("two families") << QStringList { "tunnel", "up", "home", "--ipv4", "--all" };
    QTest::newRow("bad timeout") << QStringList { "tunnel", "up", "home", "--timeout", "soon" };
    QTest::newRow("json up") << QStringList { "--json", "tunnel", "up", "home" };
    QTest::newRow("import without file") << QStringList { "tunnel", "import", "home" };
    QTest::newRow("list with name") << QStringList { "tunnel", "list", "home" };
}

void TestTunnelCommand::usageErrorsNeverCallTheHelper()
{
    QFETCH(QStringList, arguments);
    startFake();
    const CtlResult result = m_harness.run(arguments);
    CHECK_EXIT(result, 64);
    QVERIFY(result.err.startsWith("lifelinectl: "));
    QVERIFY(!m_harness.helperWasCalled());
}

void TestTunnelCommand::noHelperOnTheBus()
{
    const CtlResult result = m_harness.run({ "tunnel", "list" });
    CHECK_EXIT(result, 69);
    QVERIFY2(result.err.contains("helper is not available"), qPrintable(result.err));
}

void TestTunnelCommand::listAsTable()
{
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "list" });
    CHECK_EXIT(result, 0);
    const QStringList lines = result.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    const QRegularExpression spaces("\\s+");
    QCOMPARE(lines.at(0).split(spaces),
        (QStringList { "NAME", "STATE", "INTERFACE", "ENDPOINT", "FAMILIES" }));
    QCOMPARE(lines.at(5).split(spaces),
        (QStringList { "vps", "up", "ll-vps", "[2001:db8::5]:51820", "ipv4,ipv6" }));
    // Aligned: every column starts where its header does.
    QCOMPARE(lines.at(5).indexOf("ll-vps"), lines.at(0).indexOf("INTERFACE"));
}

void TestTunnelCommand::listAsJson()
{
    startFake();
    const CtlResult result = m_harness.run({ "--json", "tunnel", "list" });
    CHECK_EXIT(result, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));
    const QJsonArray tunnels = document.array();
    QStringList names;
    for (const QJsonValue &tunnel : tunnels)
        names << tunnel.toObject().value("name").toString();
    QCOMPARE(names, (QStringList { "broken", "home", "quiet", "slow", "vps" }));
    const QJsonObject vps = tunnels.at(4).toObject();
    QCOMPARE(vps.value("state").toString(), "up");
    QCOMPARE(vps.value("families").toArray(), (QJsonArray { "ipv4", "ipv6" }));
}

void TestTunnelCommand::listWhenEmpty()
{
    startFake({});
    const CtlResult text = m_harness.run({ "tunnel", "list" });
    CHECK_EXIT(text, 0);
    QVERIFY2(text.out.contains("No tunnels"), qPrintable(text.out));
    const CtlResult json = m_harness.run({ "tunnel", "list", "--json" });
    CHECK_EXIT(json, 0);
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8());
    QVERIFY(document.isArray());
    QVERIFY(document.array().isEmpty());
}

void TestTunnelCommand::showAsText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("patterns");
    QTest::newRow("down") << "home"
                          << QStringList { "^State:\\s+down$", "^Interface:\\s+ll-home$",
                                 "^Endpoint:\\s+203\\.0\\.113\\.5:51820$", "^MTU:\\s+default$",
                                 "^Last handshake:\\s+never$", "^Received:\\s+0 bytes$",
                                 "^Peers:\\s+1$" };
    // The fake's vps shook hands 12 s before it started.
    QTest::newRow("up") << "vps"
                        << QStringList { "^State:\\s+up$", "^Families:\\s+ipv4, ipv6$",
                               "^MTU:\\s+1420$", "^Back end:\\s+kernel$",
                               "^Last handshake:\\s+1\\d seconds ago$", "^Received:\\s+1\\.18 MiB$",
                               "^Sent:\\s+2\\.00 KiB$",
                               "^extra:\\s+keepalive=25, note=from the fake$" };
}

void TestTunnelCommand::showAsText()
{
    QFETCH(QString, name);
    QFETCH(QStringList, patterns);
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "show", name });
    CHECK_EXIT(result, 0);
    for (const QString &pattern : patterns) {
        const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
        QVERIFY2(expression.match(result.out).hasMatch(),
            qPrintable(pattern + " not in:\n" + result.out));
    }
    // No error, no line saying so.
    QVERIFY(!result.out.contains("Error:"));
}

void TestTunnelCommand::showAsJson()
{
    startFake();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject vps = showJson("vps");
    QCOMPARE(vps.value("name").toString(), "vps");
    QCOMPARE(vps.value("rx-bytes").toInteger(), 1234567);
    QCOMPARE(vps.value("mtu").toInteger(), 1420);
    // Raw: seconds since 1970, not "12 seconds ago".
    const qint64 handshake = vps.value("last-handshake").toInteger();
    QVERIFY2(handshake > now - 60 && handshake <= now, qPrintable(QString::number(handshake)));
    // A nested map the client has no idea of arrives as an object.
    QCOMPARE(vps.value("extra").toObject().value("keepalive").toInteger(), 25);
}

void TestTunnelCommand::unknownTunnel_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("show") << QStringList { "tunnel", "show", "nope" };
    QTest::newRow("show --json") << QStringList { "tunnel", "show", "nope", "--json" };
    QTest::newRow("up") << QStringList { "tunnel", "up", "nope" };
    QTest::newRow("down") << QStringList { "tunnel", "down", "nope" };
    QTest::newRow("remove") << QStringList { "tunnel", "remove", "nope" };
}

void TestTunnelCommand::unknownTunnel()
{
    QFETCH(QStringList, arguments);
    startFake();
    const CtlResult result = m_harness.run(arguments);
    CHECK_EXIT(result, 66);
    QVERIFY2(result.err.contains("there is no tunnel named \"nope\""), qPrintable(result.err));
    QVERIFY(!result.err.contains("io.github.lifeline.Error"));
    QVERIFY(result.out.isEmpty());
}

void TestTunnelCommand::importFromStdinOrFile_data()
{
    QTest::addColumn<bool>("fromStdin");
    QTest::newRow("stdin") << true;
    QTest::newRow("file") << false;
}

void TestTunnelCommand::importFromStdinOrFile()
{
    QFETCH(bool, fromStdin);
    startFake();
    QString file = "-";
    if (!fromStdin) {
        file = m_harness.filePath("wg0.conf");
        QFile config(file);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(GoodConfig);
    }
    const CtlResult result
        = m_harness.run({ "tunnel", "import", "new", file }, fromStdin ? GoodConfig : QByteArray());
    CHECK_EXIT(result, 0);
    QVERIFY2(result.out.contains("Imported tunnel new"), qPrintable(result.out));

    const QJsonObject call = m_harness.record();
    QCOMPARE(call.value("member").toString(), "ImportTunnel");
    QCOMPARE(call.value("name").toString(), "new");
    QCOMPARE(call.value("config").toString(), QString::fromUtf8(GoodConfig));
    QVERIFY(call.value("interactive").toBool());
    QCOMPARE(showJson("new").value("families").toArray(), (QJsonArray { "ipv4", "ipv6" }));
}

void TestTunnelCommand::importRefusalNamesTheLine()
{
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "import", "hooked", "-" },
        "[Interface]\nPrivateKey = x\nPostUp = iptables -F\n");
    CHECK_EXIT(result, 65);
    QVERIFY2(result.err.contains("line 3: PostUp"), qPrintable(result.err));
    QVERIFY(!result.err.contains("io.github.lifeline.Error"));
    QVERIFY(m_harness.helperWasCalled());
    QVERIFY(showJson("hooked").isEmpty());
}

void TestTunnelCommand::importChecksTheFileBeforeCalling_data()
{
    QTest::addColumn<QString>("file"); // "-": stdin; "": a missing file; else the content
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("called");
    const QByteArray largest(MaxConfigBytes, '#');
    QTest::newRow("too large, stdin") << "-" << largest + '#' << 65 << "larger than" << false;
    QTest::newRow("too large, file") << "big.conf" << largest + '#' << 65 << "larger than" << false;
    // The limit itself passes; the fake then refuses what is no configuration.
    QTest::newRow("at the limit") << "-" << largest << 65 << "[Interface]" << true;
    QTest::newRow("missing file") << "" << QByteArray() << 66 << "cannot read" << false;
    QTest::newRow("not UTF-8") << "-" << QByteArray("[Interface]\n\xff\xfe\n") << 65 << "UTF-8"
                               << false;
    QTest::newRow("NUL byte") << "-" << QByteArray("[Interface]\n\0\n", 14) << 65 << "NUL" << false;
}

void TestTunnelCommand::importChecksTheFileBeforeCalling()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(bool, called);
    startFake();
    QString argument = file;
    if (file.isEmpty()) {
        argument = m_harness.filePath("no-such.conf");
    } else if (file != "-") {
        argument = m_harness.filePath(file);
        QFile config(argument);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(content);
    }
    const CtlResult result
        = m_harness.run({ "tunnel", "import", "new", argument }, file == "-" ? content : "");
    CHECK_EXIT(result, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(m_harness.helperWasCalled(), called);
}

void TestTunnelCommand::remove()
{
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "remove", "home" });
    CHECK_EXIT(result, 0);
    QCOMPARE(m_harness.record().value("member").toString(), "RemoveTunnel");
    QVERIFY(m_harness.record().value("interactive").toBool());
    CHECK_EXIT(m_harness.run({ "tunnel", "show", "home" }), 66);
}

void TestTunnelCommand::upWaitsUntilUp_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("families");
    QTest::newRow("as configured") << QStringList {} << "";
    QTest::newRow("ipv4") << QStringList { "--ipv4" } << "ipv4";
    QTest::newRow("ipv6") << QStringList { "--ipv6" } << "ipv6";
    QTest::newRow("all") << QStringList { "--all" } << "all";
}

void TestTunnelCommand::upWaitsUntilUp()
{
    QFETCH(QStringList, options);
    QFETCH(QString, families);
    startFake({ "--seed-tunnels", "--connect-delay", "500" });
    QElapsedTimer timer;
    timer.start();
    const CtlResult result = m_harness.run(QStringList { "tunnel", "up" } + options << "home");
    CHECK_EXIT(result, 0);
    // Only a TunnelChanged saying "up" ends it this way, half a second in.
    QVERIFY2(result.out.contains("Tunnel home is up"), qPrintable(result.out));
    QVERIFY(timer.elapsed() >= 500);
    const QJsonObject call = m_harness.record();
    QCOMPARE(call.value("member").toString(), "ConnectTunnel");
    QCOMPARE(call.value("families").toString(), families);
    QVERIFY(call.value("interactive").toBool());
}

void TestTunnelCommand::upOfAFailingTunnel()
{
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "up", "broken" });
    CHECK_EXIT(result, 1);
    QVERIFY2(result.err.contains("no handshake with 203.0.113.9:51820 within 5 seconds"),
        qPrintable(result.err));
    QVERIFY(!result.out.contains("is up"));
}

void TestTunnelCommand::upOfATunnelUpWithoutSignal()
{
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "up", "quiet", "--timeout", "10" });
    CHECK_EXIT(result, 0);
    QVERIFY2(result.out.contains("Tunnel quiet is up"), qPrintable(result.out));
}

void TestTunnelCommand::upTimesOut()
{
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "up", "slow", "--timeout=1" });
    CHECK_EXIT(result, 75);
    QVERIFY2(result.err.contains("state: connecting"), qPrintable(result.err));
}

void TestTunnelCommand::upNoWait()
{
    startFake({ "--seed-tunnels", "--connect-delay", "10000" });
    QElapsedTimer timer;
    timer.start();
    const CtlResult result = m_harness.run({ "tunnel", "up", "home", "--no-wait" });
    CHECK_EXIT(result, 0);
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(result.out.contains("Connecting tunnel home"), qPrintable(result.out));
    QCOMPARE(showJson("home").value("state").toString(), "connecting");
}

void TestTunnelCommand::upIgnoresOtherTunnels()
{
    // The fake announces a failure of "home-x" before each change of "home".
    startFake({ "--seed-tunnels", "--stray-exit" });
    const CtlResult result = m_harness.run({ "tunnel", "up", "home" });
    CHECK_EXIT(result, 0);
    QVERIFY(!result.err.contains("stray"));
}

void TestTunnelCommand::upWhenTheHelperVanishes()
{
    startFake({ "--seed-tunnels", "--vanish" });
    const CtlResult result = m_harness.run({ "tunnel", "up", "home" });
    CHECK_EXIT(result, 69);
    QVERIFY2(result.err.contains("helper stopped"), qPrintable(result.err));
}

void TestTunnelCommand::down()
{
    startFake();
    const CtlResult result = m_harness.run({ "tunnel", "down", "vps" });
    CHECK_EXIT(result, 0);
    QCOMPARE(m_harness.record().value("member").toString(), "DisconnectTunnel");
    QCOMPARE(showJson("vps").value("state").toString(), "down");
}

void TestTunnelCommand::notAuthorised_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("member");
    QTest::newRow("import") << QStringList { "tunnel", "import", "new", "-" } << "ImportTunnel";
    QTest::newRow("remove") << QStringList { "tunnel", "remove", "home" } << "RemoveTunnel";
    QTest::newRow("up") << QStringList { "tunnel", "up", "home" } << "ConnectTunnel";
    QTest::newRow("down") << QStringList { "tunnel", "down", "vps" } << "DisconnectTunnel";
}

void TestTunnelCommand::notAuthorised()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, member);
    startFake({ "--seed-tunnels", "--error", "org.freedesktop.DBus.Error.AccessDenied",
        "--error-message", "Not authorised for io.github.lifeline.configure-tunnels" });
    const CtlResult result = m_harness.run(arguments, GoodConfig);
    CHECK_EXIT(result, 77);
    QVERIFY2(result.err.startsWith("lifelinectl: You are not allowed"), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    // Asked with the flag that lets polkit's agent ask for a password.
    QCOMPARE(m_harness.record().value("member").toString(), member);
    QVERIFY(m_harness.record().value("interactive").toBool());
}

void TestTunnelCommand::readingNeedsNoAuthorisation()
{
    startFake({ "--seed-tunnels", "--error", "org.freedesktop.DBus.Error.AccessDenied" });
    CHECK_EXIT(m_harness.run({ "tunnel", "list" }), 0);
    CHECK_EXIT(m_harness.run({ "tunnel", "show", "vps" }), 0);
    QVERIFY(!m_harness.helperWasCalled());
}

QTEST_GUILESS_MAIN(TestTunnelCommand)
#include "TestTunnelCommand.moc"
