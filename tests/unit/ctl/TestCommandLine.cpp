// lifelinectl's argument parsing: everything after COMMAND is the program's.
#include "CommandLine.h"

#include <QTest>

using namespace Lifeline;
using Kind = Invocation::Kind;

Q_DECLARE_METATYPE(Invocation::Kind)

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void tunnelNames_data();
    void tunnelNames();
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
