// `lifelinectl status`: its arguments, and how findings are shown (table and JSON).
#include "CommandLine.h"
#include "StatusCommand.h"
#include "StatusFormat.h"

#include <QTest>

using namespace Lifeline;
using namespace Lifeline::Diagnosis;
using Kind = Invocation::Kind;

Q_DECLARE_METATYPE(Lifeline::Invocation::Kind)

namespace {

PathFindings works()
{
    PathFindings path;
    path.tried = path.route = path.tcp = true;
    path.http = HttpCheck::Passed;
    path.bigTransferTried = path.bigTransferPassed = true;
    return path;
}

Report report(const Findings &findings)
{
    const Verdict verdict = decide(findings);
    return { verdict, findings, sentence(verdict, findings) };
}

} // namespace

class TestStatusCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void usageErrorsSayWhatWasWrong_data();
    void usageErrorsSayWhatWasWrong();
    void tableShowsEachFamily();
    void tableWhileTheTunnelCarriesIPv4();
    void jsonForScripts();
};

void TestStatusCommand::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("timeout");

    QTest::newRow("status") << QStringList { "status" } << Kind::Status << false << 0;
    QTest::newRow("--json") << QStringList { "status", "--json" } << Kind::Status << true << 0;
    QTest::newRow("--json first") << QStringList { "--json", "status" } << Kind::Status << true
                                  << 0;
    QTest::newRow("--timeout MS") << QStringList { "status", "--timeout", "800" } << Kind::Status
                                  << false << 800;
    QTest::newRow("--timeout=MS") << QStringList { "status", "--timeout=30000", "--json" }
                                  << Kind::Status << true << 30000;
    QTest::newRow("help") << QStringList { "status", "--help" } << Kind::StatusHelp << false << 0;
    QTest::newRow("-h") << QStringList { "status", "-h" } << Kind::StatusHelp << false << 0;
}

void TestStatusCommand::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(Kind, kind);
    QFETCH(bool, json);
    QFETCH(int, timeout);
    const Invocation invocation = parseCommandLine(arguments);
    QVERIFY2(invocation.error.isEmpty(), qPrintable(invocation.error));
    QCOMPARE(invocation.kind, kind);
    if (kind == Kind::Status) {
        QCOMPARE(invocation.json, json);
        QCOMPARE(invocation.statusTimeoutMs, timeout);
    }
}

void TestStatusCommand::usageErrorsSayWhatWasWrong_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown argument") << QStringList { "status", "now" } << "\"now\"";
    QTest::newRow("unknown option") << QStringList { "status", "--fast" } << "\"--fast\"";
    QTest::newRow("timeout missing") << QStringList { "status", "--timeout" } << "milliseconds";
    QTest::newRow("timeout not a number")
        << QStringList { "status", "--timeout", "2s" } << "\"2s\"";
    QTest::newRow("timeout too small") << QStringList { "status", "--timeout=10" } << "\"10\"";
    QTest::newRow("timeout too big") << QStringList { "status", "--timeout=30001" } << "\"30001\"";
}

void TestStatusCommand::usageErrorsSayWhatWasWrong()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Invocation invocation = parseCommandLine(arguments);
    QCOMPARE(invocation.kind, Kind::UsageError);
    QVERIFY2(invocation.error.contains(message), qPrintable(invocation.error));
}

void TestStatusCommand::tableShowsEachFamily()
{
    Findings findings;
    findings.ipv4.native = works();
    findings.ipv4.native.tcp = false;
    findings.ipv4.native.http = HttpCheck::Failed;
    findings.ipv4.native.bigTransferPassed = false;
    findings.ipv6.native = works();
    findings.dns = { true, false, true };
    const QStringList lines = StatusFormat::table(findings);
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines[0].simplified(), "IPv4 IPv6");
    QCOMPARE(lines[1].simplified(), "route yes yes");
    QCOMPARE(lines[2].simplified(), "DNS (A / AAAA) no yes");
    QCOMPARE(lines[3].simplified(), "TCP no yes");
    QCOMPARE(lines[4].simplified(), "web no yes");
    QCOMPARE(lines[5].simplified(), "big transfer no yes");
    QCOMPARE(lines[6].simplified(), "through the tunnel not used not used");
    QCOMPARE(lines[7].simplified(), "natively fails works");
    QVERIFY(StatusFormat::tunnelLine(findings.tunnel).isEmpty());
}

void TestStatusCommand::tableWhileTheTunnelCarriesIPv4()
{
    Findings findings;
    findings.tunnel = { QStringLiteral("vps"), QStringLiteral("up"), true, false };
    findings.ipv4.tunnel = works();
    findings.ipv4.native.tried = findings.ipv4.native.route = true; // helper: not reachable
    findings.ipv6.native = works();
    findings.ipv6.native.http = HttpCheck::Portal;
    const QStringList lines = StatusFormat::table(findings);
    QCOMPARE(lines[3].simplified(), "TCP yes yes"); // IPv4's probes went through the tunnel
    QCOMPARE(lines[4].simplified(), "web yes sign-in page");
    QCOMPARE(lines[6].simplified(), "through the tunnel works not used");
    QCOMPARE(lines[7].simplified(), "natively fails works");
    QCOMPARE(StatusFormat::tunnelLine(findings.tunnel), "Backup connection vps: up, carries IPv4");
    findings.ipv4.native = PathFindings();
    QCOMPARE(StatusFormat::table(findings)[7].simplified(), "natively unknown works");
}

void TestStatusCommand::jsonForScripts()
{
    Findings findings;
    findings.tunnel = { QStringLiteral("vps"), QStringLiteral("up"), true, false };
    findings.ipv4.tunnel = works();
    findings.ipv4.native.tried = findings.ipv4.native.route = findings.ipv4.native.tcp = true;
    findings.ipv6.native = works();
    findings.dns = { true, true, true };
    findings.finishedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QVariantMap json = StatusFormat::json(report(findings));
    QCOMPARE(json["verdict"].toString(), "all-fine");
    QCOMPARE(json["sentence"].toString(), sentence(Verdict::AllFine, findings));
    const QVariantMap v4 = json["ipv4"].toMap();
    QCOMPARE(v4["native-back"].toBool(), true);
    QCOMPARE(v4["tunnel"].toMap()["web"].toString(), "passed");
    QCOMPARE(v4["tunnel"].toMap()["big-transfer"].toString(), "passed");
    QCOMPARE(v4["tunnel"].toMap()["works"].toBool(), true);
    QCOMPARE(v4["native"].toMap()["web"].toString(), "not-tried");
    QCOMPARE(v4["native"].toMap()["works"].toBool(), true);
    const QVariantMap v6 = json["ipv6"].toMap();
    QCOMPARE(v6["native"].toMap()["tcp"].toBool(), true);
    QCOMPARE(v6["tunnel"].toMap()["tried"].toBool(), false);
    QCOMPARE(json["dns"].toMap()["aaaa"].toBool(), true);
    QCOMPARE(json["tunnel"].toMap()["name"].toString(), "vps");
    QCOMPARE(json["tunnel"].toMap()["carries"].toStringList(), QStringList { "ipv4" });
    QCOMPARE(json["finished-at"].toString(), "2026-01-02T03:04:05.000Z");
}

QTEST_APPLESS_MAIN(TestStatusCommand)
#include "TestStatusCommand.moc"
