#include "ExecPlan.h"

#include <QTest>

using namespace Lifeline::Launcher;

// The supervisor trusts nothing it cannot parse: a blob must round-trip,
// and every truncation or corruption must be refused, not misread.
class TestExecPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void truncatedIsRefused();
    void refusals();

private:
    static ExecPlan sample();
};

ExecPlan TestExecPlan::sample()
{
    ExecPlan plan;
    plan.args = { "/usr/bin/env", "a b", "" };
    plan.env = { "A=1", "EMPTY=" };
    plan.cwd = "/home/u";
    plan.uid = 64101;
    plan.gid = 64101;
    plan.groups = { 27, 64101, 64110 };
    plan.binds = { { "/run/lifeline/x/etc/resolv.conf", "/etc/resolv.conf" } };
    return plan;
}

void TestExecPlan::roundTrip()
{
    const std::optional<ExecPlan> plan = decodePlan(encodePlan(sample()));
    QVERIFY(plan);
    QCOMPARE(plan->args, sample().args);
    QCOMPARE(plan->env, sample().env);
    QCOMPARE(plan->cwd, sample().cwd);
    QCOMPARE(plan->uid, 64101u);
    QCOMPARE(plan->groups, sample().groups);
    QCOMPARE(plan->binds.size(), size_t(1));
    QCOMPARE(plan->binds[0].target, std::string("/etc/resolv.conf"));
    // Ready for the program child: NULL-terminated arrays, scratch sized.
    QCOMPARE(plan->argv.size(), size_t(4));
    QCOMPARE(plan->argv.back(), nullptr);
    QCOMPARE(std::string(plan->argv[1]), std::string("a b"));
    QCOMPARE(plan->envp.size(), size_t(3));
    QCOMPARE(plan->groupsScratch.size(), size_t(4));
}

void TestExecPlan::truncatedIsRefused()
{
    const std::string blob = encodePlan(sample());
    for (size_t size = 0; size < blob.size(); ++size)
        QVERIFY2(
            !decodePlan(std::string_view(blob).substr(0, size)), qPrintable(QString::number(size)));
    QVERIFY(!decodePlan(blob + "x"));
}

void TestExecPlan::refusals()
{
    ExecPlan relative = sample();
    relative.args[0] = "env";
    QVERIFY(!decodePlan(encodePlan(relative)));
    ExecPlan noArgs = sample();
    noArgs.args.clear();
    QVERIFY(!decodePlan(encodePlan(noArgs)));
    ExecPlan nul = sample();
    nul.env[0] = std::string("A=1\0B=2", 7);
    QVERIFY(!decodePlan(encodePlan(nul)));
    std::string wrongMagic = encodePlan(sample());
    wrongMagic[0] ^= 1;
    QVERIFY(!decodePlan(wrongMagic));
    // A huge count must not make the decoder allocate for it.
    std::string hugeCount = encodePlan(sample());
    hugeCount[4] = hugeCount[5] = hugeCount[6] = hugeCount[7] = '\xff';
    QVERIFY(!decodePlan(hugeCount));
}

QTEST_GUILESS_MAIN(TestExecPlan)
#include "TestExecPlan.moc"
