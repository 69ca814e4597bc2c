// Diagnoser with a fake prober: rounds on demand and periodically, one round at
// a time, verdictChanged only when the verdict changes.
#include "Diagnoser.h"
#include "Prober.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Lifeline::Diagnosis;

namespace {

// Answers only when the test says so.
class FakeProber : public Prober {
public:
    using Prober::Prober;
    void start(const ProbeTargets &targets) override
    {
        if (m_running)
            return;
        m_running = true;
        ++starts;
        lastTargets = targets;
    }
    bool running() const override { return m_running; }
    void answer(const Findings &findings)
    {
        QVERIFY(m_running);
        m_running = false;
        Q_EMIT finished(findings);
    }

    int starts = 0;
    ProbeTargets lastTargets;

private:
    bool m_running = false;
};

PathFindings works()
{
    PathFindings path;
    path.tried = path.route = path.tcp = true;
    path.http = HttpCheck::Passed;
    return path;
}

Findings fine()
{
    Findings findings;
    findings.ipv4.native = works();
    findings.ipv6.native = works();
    return findings;
}

Findings ipv4Down()
{
    Findings findings = fine();
    findings.ipv4.native.tcp = false;
    findings.ipv4.native.http = HttpCheck::Failed;
    return findings;
}

ProbeTargets labTargets(int timeoutMs)
{
    ProbeTargets targets;
    targets.ipv4Tcp = { { QHostAddress(QStringLiteral("203.0.113.80")), 80 } };
    targets.timeoutMs = timeoutMs;
    return targets;
}

} // namespace

class TestDiagnoser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void startsChecking();
    void checkNowRunsOneRound();
    void verdictChangedOnlyOnChange();
    void checkNowWhileRunningIsAnsweredByThatRound();
    void recheckWhileRunningRunsAnotherRoundAfterIt();
    void periodicRounds();
    void intervalZeroStopsPeriodicRounds();
    void newTargetsApplyToTheNextRound();
    void ownsTheProber();

private:
    FakeProber *m_prober = nullptr;
    Diagnoser *m_diagnoser = nullptr;
};

void TestDiagnoser::init()
{
    m_prober = new FakeProber;
    m_diagnoser = new Diagnoser(m_prober, labTargets(1000));
}

void TestDiagnoser::cleanup()
{
    delete m_diagnoser;
}

void TestDiagnoser::startsChecking()
{
    QCOMPARE(m_diagnoser->report().verdict, Verdict::Checking);
    QCOMPARE(m_diagnoser->report().sentence, sentence(Verdict::Checking, Findings()));
    QCOMPARE(m_prober->starts, 0);
    QVERIFY(!m_diagnoser->running());
}

void TestDiagnoser::recheckWhileRunningRunsAnotherRoundAfterIt()
{
    m_diagnoser->recheck(); // idle: at once
    QCOMPARE(m_prober->starts, 1);
    m_diagnoser->recheck(); // running: once more after it
    m_diagnoser->recheck();
    QCOMPARE(m_prober->starts, 1);
    m_prober->answer(fine());
    QCOMPARE(m_prober->starts, 2);
    QVERIFY(m_diagnoser->running());
    m_prober->answer(fine());
    QCOMPARE(m_prober->starts, 2); // and only once
    QVERIFY(!m_diagnoser->running());
}

void TestDiagnoser::checkNowRunsOneRound()
{
    QSignalSpy started(m_diagnoser, &Diagnoser::checkStarted);
    QSignalSpy checked(m_diagnoser, &Diagnoser::checked);
    m_diagnoser->checkNow();
    QCOMPARE(m_prober->starts, 1);
    QCOMPARE(started.count(), 1);
    QVERIFY(m_diagnoser->running());
    QCOMPARE(checked.count(), 0);

    m_prober->answer(ipv4Down());
    QCOMPARE(checked.count(), 1);
    const auto report = checked.at(0).at(0).value<Report>();
    QCOMPARE(report.verdict, Verdict::IPv4Broken);
    QCOMPARE(report.sentence, sentence(Verdict::IPv4Broken, ipv4Down()));
    QCOMPARE(m_diagnoser->report().verdict, Verdict::IPv4Broken);
    QVERIFY(!m_diagnoser->running());
}

void TestDiagnoser::verdictChangedOnlyOnChange()
{
    QSignalSpy checked(m_diagnoser, &Diagnoser::checked);
    QSignalSpy changed(m_diagnoser, &Diagnoser::verdictChanged);

    m_diagnoser->checkNow();
    m_prober->answer(fine());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Report>().verdict, Verdict::AllFine);
    QCOMPARE(changed.at(0).at(1).value<Verdict>(), Verdict::Checking);

    m_diagnoser->checkNow();
    m_prober->answer(fine());
    QCOMPARE(checked.count(), 2);
    QCOMPARE(changed.count(), 1); // same verdict: no change signal

    m_diagnoser->checkNow();
    m_prober->answer(ipv4Down());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<Report>().verdict, Verdict::IPv4Broken);
    QCOMPARE(changed.at(1).at(1).value<Verdict>(), Verdict::AllFine);

    m_diagnoser->checkNow();
    m_prober->answer(fine());
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(2).at(1).value<Verdict>(), Verdict::IPv4Broken);
    QCOMPARE(checked.count(), 4);
}

void TestDiagnoser::checkNowWhileRunningIsAnsweredByThatRound()
{
    QSignalSpy started(m_diagnoser, &Diagnoser::checkStarted);
    QSignalSpy checked(m_diagnoser, &Diagnoser::checked);
    m_diagnoser->checkNow();
    m_diagnoser->checkNow();
    m_diagnoser->checkNow();
    QCOMPARE(m_prober->starts, 1);
    QCOMPARE(started.count(), 1);
    m_prober->answer(fine());
    QCOMPARE(checked.count(), 1);
    QVERIFY(!m_diagnoser->running());
    // The next request starts a new round.
    m_diagnoser->checkNow();
    QCOMPARE(m_prober->starts, 2);
}

void TestDiagnoser::periodicRounds()
{
    m_diagnoser->setInterval(20);
    QCOMPARE(m_diagnoser->interval(), 20);
    m_diagnoser->checkNow();
    m_prober->answer(fine());
    // The next round follows by itself; while it runs, no timer starts another.
    QTRY_COMPARE(m_prober->starts, 2);
    QTest::qWait(100);
    QCOMPARE(m_prober->starts, 2);
    m_prober->answer(fine());
    QTRY_COMPARE(m_prober->starts, 3);
}

void TestDiagnoser::intervalZeroStopsPeriodicRounds()
{
    m_diagnoser->setInterval(50);
    m_diagnoser->checkNow();
    m_prober->answer(fine());
    m_diagnoser->setInterval(0); // before the pending periodic round is due
    QCOMPARE(m_diagnoser->interval(), 0);
    QTest::qWait(250);
    QCOMPARE(m_prober->starts, 1);
    QCOMPARE(m_diagnoser->report().verdict, Verdict::AllFine);
}

void TestDiagnoser::newTargetsApplyToTheNextRound()
{
    m_diagnoser->checkNow();
    QCOMPARE(m_prober->lastTargets.timeoutMs, 1000);
    m_diagnoser->setTargets(labTargets(700)); // the running round keeps its targets
    QCOMPARE(m_prober->lastTargets.timeoutMs, 1000);
    m_prober->answer(fine());
    m_diagnoser->checkNow();
    QCOMPARE(m_prober->lastTargets, labTargets(700));
}

void TestDiagnoser::ownsTheProber()
{
    QPointer<FakeProber> prober = m_prober;
    QCOMPARE(prober->parent(), m_diagnoser);
    delete m_diagnoser;
    m_diagnoser = nullptr;
    QVERIFY(prober.isNull());
}

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "TestDiagnoser.moc"
