// lifelinectl's argument parsing: everything after COMMAND is the program's.
#include "CommandLine.h"

#include <QTest>

using namespace Lifeline;
using Kind = Invocation::Kind;
using Action = TunnelRequest::Action;

Q_DECLARE_METATYPE(Invocation::Kind)
Q_DECLARE_METATYPE(TunnelRequest::Action)

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void tunnelNames_data();
    void tunnelNames();
    void parsesTunnel_data();
    void parsesTunnel();
    void upOptions_data();
    void upOptions();
    void tunnelUsageErrors_data();
    void tunnelUsageErrors();
};

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Invocation::Kind>("kind");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("command");

    const QStringList none;
    QTest::newRow("help") << QStringList { "--help" } << Kind::Help << "" << none;
    QTest::newRow("-h") << QStringList { "-h" } << Kind::Help << "" << none;
    QTest::newRow("version") << QStringList { "--version" } << Kind::Version << "" << none;
    QTest::newRow("info") << QStringList { "info" } << Kind::Info << "" << none;
    QTest::newRow("info --json") << QStringList { "info", "--json" } << Kind::Info << "" << none;
    QTest::newRow("--json info") << QStringList { "--json", "info" } << Kind::Info << "" << none;
    QTest::newRow("info extra") << QStringList { "info", "x" } << Kind::UsageError << "" << none;
    QTest::newRow("nothing") << QStringList {} << Kind::UsageError << "" << none;
    QTest::newRow("unknown option") << QStringList { "--frob" } << Kind::UsageError << "" << none;
    QTest::newRow("unknown command") << QStringList { "frob" } << Kind::UsageError << "" << none;

    QTest::newRow("run help") << QStringList { "run", "--help" } << Kind::RunHelp << "" << none;
    QTest::newRow("run help after mode")
        << QStringList { "run", "--ipv4-only", "-h" } << Kind::RunHelp << "" << none;
    QTest::newRow("ipv4") << QStringList { "run", "--ipv4-only", "curl" } << Kind::Run
                          << "ipv4-only" << QStringList { "curl" };
    QTest::newRow("ipv6 with --") << QStringList { "run", "--ipv6-only", "--", "curl", "-6" }
                                  << Kind::Run << "ipv6-only" << QStringList { "curl", "-6" };
    QTest::newRow("program options untouched")
        << QStringList { "run", "--ipv4-only", "ssh", "--help", "--", "-v" } << Kind::Run
        << "ipv4-only" << QStringList { "ssh", "--help", "--", "-v" };
    QTest::newRow("dash command after --") << QStringList { "run", "--ipv4-only", "--", "-weird" }
                                           << Kind::Run << "ipv4-only" << QStringList { "-weird" };
    QTest::newRow("lone dash is a command") << QStringList { "run", "--ipv4-only", "-" }
                                            << Kind::Run << "ipv4-only" << QStringList { "-" };
    QTest::newRow("tunnel") << QStringList { "run", "--tunnel", "vps-1", "ping" } << Kind::Run
                            << "tunnel:vps-1" << QStringList { "ping" };
    QTest::newRow("tunnel=") << QStringList { "run", "--tunnel=vps", "ping" } << Kind::Run
                             << "tunnel:vps" << QStringList { "ping" };

    QTest::newRow("no mode") << QStringList { "run", "curl" } << Kind::UsageError << "" << none;
    QTest::newRow("two modes") << QStringList { "run", "--ipv4-only", "--ipv6-only", "curl" }
                               << Kind::UsageError << "" << none;
    QTest::newRow("same mode twice") << QStringList { "run", "--ipv4-only", "--ipv4-only", "curl" }
                                     << Kind::UsageError << "" << none;
    QTest::newRow("no command") << QStringList { "run", "--ipv4-only" } << Kind::UsageError << ""
                                << none;
    QTest::newRow("empty command")
        << QStringList { "run", "--ipv4-only", "" } << Kind::UsageError << "" << none;
    QTest::newRow("tunnel missing name")
        << QStringList { "run", "--tunnel" } << Kind::UsageError << "" << none;
    QTest::newRow("tunnel bad name")
        << QStringList { "run", "--tunnel", "Home", "x" } << Kind::UsageError << "" << none;
    QTest::newRow("unknown run option")
        << QStringList { "run", "--ipv4", "x" } << Kind::UsageError << "" << none;
    QTest::newRow("json run") << QStringList { "--json", "run", "--ipv4-only", "x" }
                              << Kind::UsageError << "" << none;
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(Invocation::Kind, kind);
    QFETCH(QString, mode);
    QFETCH(QStringList, command);

    const Invocation invocation = parseCommandLine(arguments);
    QCOMPARE(invocation.kind, kind);
    if (kind == Kind::UsageError)
        QVERIFY(!invocation.error.isEmpty());
    if (kind != Kind::Run)
        return;
    QCOMPARE(invocation.mode, mode);
    QCOMPARE(invocation.command, command);
}

void TestCommandLine::tunnelNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "home" << true;
    QTest::newRow("digits and dash") << "vps-2" << true;
    QTest::newRow("twelve") << "abcdefghijkl" << true;
    QTest::newRow("thirteen") << "abcdefghijklm" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("upper case") << "Home" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("dot dot") << ".." << false;
    QTest::newRow("space") << "a b" << false;
}

void TestCommandLine::tunnelNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidTunnelName(name), valid);
}

void TestCommandLine::parsesTunnel_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Invocation::Kind>("kind");
    QTest::addColumn<TunnelRequest::Action>("action");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("json");

    const auto row = [](const char *tag, const QStringList &arguments, Kind kind, Action action,
                         const QString &name = {}, const QString &file = {}, bool json = false) {
        QTest::newRow(tag) << arguments << kind << action << name << file << json;
    };
    row("help", { "tunnel", "--help" }, Kind::TunnelHelp, Action::None);
    row("-h", { "tunnel", "-h" }, Kind::TunnelHelp, Action::None);
    row("up help", { "tunnel", "up", "--help" }, Kind::TunnelHelp, Action::Up);
    row("help wins over missing name", { "tunnel", "import", "-h" }, Kind::TunnelHelp,
        Action::Import);
    row("import", { "tunnel", "import", "home", "wg0.conf" }, Kind::Tunnel, Action::Import, "home",
        "wg0.conf");
    row("import stdin", { "tunnel", "import", "home", "-" }, Kind::Tunnel, Action::Import, "home",
        "-");
    row("import dash file after --", { "tunnel", "import", "--", "home", "-x.conf" }, Kind::Tunnel,
        Action::Import, "home", "-x.conf");
    row("remove", { "tunnel", "remove", "vps-2" }, Kind::Tunnel, Action::Remove, "vps-2");
    row("list", { "tunnel", "list" }, Kind::Tunnel, Action::List);
    row("list --json", { "tunnel", "list", "--json" }, Kind::Tunnel, Action::List, {}, {}, true);
    row("--json list", { "--json", "tunnel", "list" }, Kind::Tunnel, Action::List, {}, {}, true);
    row("show", { "tunnel", "show", "home" }, Kind::Tunnel, Action::Show, "home");
    row("show --json first", { "tunnel", "show", "--json", "home" }, Kind::Tunnel, Action::Show,
        "home", {}, true);
    row("up", { "tunnel", "up", "home" }, Kind::Tunnel, Action::Up, "home");
    row("down", { "tunnel", "down", "home" }, Kind::Tunnel, Action::Down, "home");
}

void TestCommandLine::parsesTunnel()
{
    QFETCH(QStringList, arguments);
    QFETCH(Invocation::Kind, kind);
    QFETCH(TunnelRequest::Action, action);
    QFETCH(QString, name);
    QFETCH(QString, file);
    QFETCH(bool, json);

    const Invocation invocation = parseCommandLine(arguments);
    QVERIFY2(invocation.kind == kind, qPrintable(invocation.error));
    QCOMPARE(invocation.tunnel.action, action);
    if (kind != Kind::Tunnel)
        return;
    QCOMPARE(invocation.tunnel.name, name);
    QCOMPARE(invocation.tunnel.file, file);
    QCOMPARE(invocation.json, json);
    // `up` options at their defaults unless given.
    QVERIFY(invocation.tunnel.families.isEmpty());
    QVERIFY(invocation.tunnel.wait);
    QCOMPARE(invocation.tunnel.timeoutSeconds, 30);
}

void TestCommandLine::tunnelUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList { "tunnel" };
    QTest::newRow("unknown subcommand") << QStringList { "tunnel", "start", "home" };
    QTest::newRow("import without file") << QStringList { "tunnel", "import", "home" };
    QTest::newRow("import empty file") << QStringList { "tunnel", "import", "home", "" };
    QTest::newRow("import extra") << QStringList { "tunnel", "import", "home", "a", "b" };
    QTest::newRow("remove without name") << QStringList { "tunnel", "remove" };
    QTest::newRow("show two names") << QStringList { "tunnel", "show", "a", "b" };
    QTest::newRow("list with a name") << QStringList { "tunnel", "list", "home" };
    QTest::newRow("bad name") << QStringList { "tunnel", "show", "../etc" };
    QTest::newRow("name too long") << QStringList { "tunnel", "up", "abcdefghijklm" };
    QTest::newRow("upper case name") << QStringList { "tunnel", "down", "Home" };
    QTest::newRow("unknown option") << QStringList { "tunnel", "show", "home", "--all" };
    QTest::newRow("up two families") << QStringList { "tunnel", "up", "home", "--ipv4", "--ipv6" };
    QTest::newRow("up same family twice")
        << QStringList { "tunnel", "up", "home", "--all", "--all" };
    QTest::newRow("timeout without value") << QStringList { "tunnel", "up", "home", "--timeout" };
    QTest::newRow("timeout not a number")
        << QStringList { "tunnel", "up", "home", "--timeout", "soon" };
    QTest::newRow("timeout negative") << QStringList { "tunnel", "up", "home", "--timeout=-1" };
    QTest::newRow("timeout too long") << QStringList { "tunnel", "up", "home", "--timeout=86401" };
    QTest::newRow("json import") << QStringList { "--json", "tunnel", "import", "home", "-" };
    QTest::newRow("json up") << QStringList { "tunnel", "up", "home", "--json" };
    QTest::newRow("json down") << QStringList { "--json", "tunnel", "down", "home" };
    QTest::newRow("no-wait on down") << QStringList { "tunnel", "down", "home", "--no-wait" };
}

void TestCommandLine::tunnelUsageErrors()
{
    QFETCH(QStringList, arguments);
    const Invocation invocation = parseCommandLine(arguments);
    QCOMPARE(invocation.kind, Kind::UsageError);
    QVERIFY(!invocation.error.isEmpty());
}

void TestCommandLine::upOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("families");
    QTest::addColumn<bool>("wait");
    QTest::addColumn<int>("timeout");
    QTest::newRow("none") << QStringList {} << "" << true << 30;
    QTest::newRow("ipv4") << QStringList { "--ipv4" } << "ipv4" << true << 30;
    QTest::newRow("ipv6") << QStringList { "--ipv6" } << "ipv6" << true << 30;
    QTest::newRow("all") << QStringList { "--all" } << "all" << true << 30;
    QTest::newRow("no-wait") << QStringList { "--no-wait" } << "" << false << 30;
    QTest::newRow("timeout") << QStringList { "--timeout", "5" } << "" << true << 5;
    QTest::newRow("timeout=") << QStringList { "--timeout=0" } << "" << true << 0;
    QTest::newRow("all of them") << QStringList { "--ipv6", "--timeout=90", "--no-wait" } << "ipv6"
                                 << false << 90;
}

void TestCommandLine::upOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, families);
    QFETCH(bool, wait);
    QFETCH(int, timeout);
    // Options before and after the name mean the same.
    for (const QStringList &arguments : { QStringList { "tunnel", "up", "home" } + options,
             QStringList { "tunnel", "up" } + options + QStringList { "home" } }) {
        const Invocation invocation = parseCommandLine(arguments);
        QVERIFY2(invocation.kind == Kind::Tunnel, qPrintable(invocation.error));
        QCOMPARE(invocation.tunnel.name, "home");
        QCOMPARE(invocation.tunnel.families, families);
        QCOMPARE(invocation.tunnel.wait, wait);
        QCOMPARE(invocation.tunnel.timeoutSeconds, timeout);
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
