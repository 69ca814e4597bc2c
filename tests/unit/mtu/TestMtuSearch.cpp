// The MTU search against simulated WireGuard paths: exact results without
// loss, within 16 bytes (and never above) with 10% loss each way, bounds and
// deadline kept, and a dead path reported as such. Time is simulated, so
// the numbers printed compare rounds and probes with a sequential binary
// search (what a person does with `ping -M do -s SIZE -W 1`).
#include "MtuSearch.h"
#include "SimulatedPath.h"

#include <QTest>

using namespace Lifeline;
using namespace Lifeline::Mtu;

Q_DECLARE_METATYPE(Lifeline::Net::Family)

namespace {

const quint32 Seeds = qEnvironmentVariableIntValue("MTU_TEST_SEEDS") > 0
    ? quint32(qEnvironmentVariableIntValue("MTU_TEST_SEEDS"))
    : 200;

struct Sequential {
    int mtu = 0;
    int probes = 0;
    qint64 elapsedMs = 0;
};

// A person's search: one probe at a time, waiting up to 1 s for each.
Sequential sequentialSearch(SimulatedPath &path, int minimum, int maximum)
{
    const qint64 start = path.nowMs();
    int low = minimum, high = maximum;
    Sequential result;
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        ++result.probes;
        RoundWait wait;
        wait.timeoutMs = 1000;
        if (path.probe({ mid }, wait).isEmpty())
            high = mid - 1;
        else
            low = mid;
    }
    result.mtu = low;
    result.elapsedMs = path.nowMs() - start;
    return result;
}

SearchOptions options(int minimum = 576, int maximum = 1420)
{
    SearchOptions o;
    o.minimum = minimum;
    o.maximum = maximum;
    return o;
}

bool allWithin(const QList<int> &sizes, int minimum, int maximum)
{
    return std::all_of(
        sizes.cbegin(), sizes.cend(), [=](int s) { return s >= minimum && s <= maximum; });
}

} // namespace

class TestMtuSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void padding_data();
    void padding();
    void converges_data();
    void converges();
    void lossy_data();
    void lossy();
    void singleDropIsRetried();
    void neverBelowMinimum();
    void neverAboveMaximum();
    void allLost();
    void deadline_data();
    void deadline();
};

// The example: with the far end at MTU 1420, an outer limit of 1300
// over an IPv6 endpoint allows 1216 inside, not 1220 — the reply is padded
// to 1232 by the far end although 1220 would fit one way.
void TestMtuSearch::padding_data()
{
    QTest::addColumn<int>("inner");
    QTest::addColumn<int>("senderMtu");
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<int>("outer");
    QTest::newRow("1216 pads to itself") << 1216 << 1420 << 6 << 1216 + 32 + 8 + 40;
    QTest::newRow("1220 pads to 1232 at MTU 1420") << 1220 << 1420 << 6 << 1232 + 80;
    QTest::newRow("1220 capped at sender MTU 1220") << 1220 << 1220 << 6 << 1300;
    QTest::newRow("1420 capped at MTU 1420 (not 1424)") << 1420 << 1420 << 4 << 1420 + 60;
    QTest::newRow("IPv4 endpoint, 1232") << 1232 << 1420 << 4 << 1292;
}

void TestMtuSearch::padding()
{
    QFETCH(int, inner);
    QFETCH(int, senderMtu);
    QFETCH(int, endpoint);
    QFETCH(int, outer);
    const auto family = endpoint == 4 ? Net::Family::IPv4 : Net::Family::IPv6;
    QCOMPARE(outerSize(inner, senderMtu, family), outer);
    QCOMPARE(largestInnerSize(outer, family), paddedSize(inner, senderMtu));
}

static void addPathRows()
{
    QTest::addColumn<int>("outerLimit");
    QTest::addColumn<Net::Family>("endpoint");
    QTest::addColumn<int>("expected");
    // expected: the largest inner s with min(roundup16(s), 1420) + 32 + 8 +
    // IP header <= outer limit, worked out by hand (both ends at MTU 1420).
    const struct {
        int outer;
        int v4, v6;
    } rows[] = { { 1300, 1232, 1216 }, { 1360, 1296, 1280 }, { 1400, 1328, 1312 },
        { 1500, 1420, 1420 } };
    for (const auto &row : rows) {
        QTest::addRow("outer %d, IPv4 endpoint", row.outer)
            << row.outer << Net::Family::IPv4 << row.v4;
        QTest::addRow("outer %d, IPv6 endpoint", row.outer)
            << row.outer << Net::Family::IPv6 << row.v6;
    }
}

void TestMtuSearch::converges_data()
{
    addPathRows();
}

void TestMtuSearch::converges()
{
    QFETCH(int, outerLimit);
    QFETCH(Net::Family, endpoint);
    QFETCH(int, expected);

    SimulatedPath path({ outerLimit, endpoint });
    QCOMPARE(path.largestFitting(576, 1420), expected); // the model agrees with the table

    MtuSearch search(path, options(), &path);
    const SearchResult result = search.run();
    QCOMPARE(result.mtu, expected);
    QCOMPARE(result.outcome, SearchResult::Outcome::Converged);
    QVERIFY(allWithin(path.sent, 576, 1420));
    QCOMPARE(result.probes, int(path.sent.size()));
    QCOMPARE(result.rounds, path.calls);
    // 845 candidate sizes, 9 parts per round: a healthy path needs one round, others at most 5.
    QVERIFY2(
        result.rounds <= (expected == 1420 ? 1 : 5), qPrintable(QString::number(result.rounds)));

    SimulatedPath manual({ outerLimit, endpoint });
    const Sequential sequential = sequentialSearch(manual, 576, 1420);
    QCOMPARE(sequential.mtu, expected);
    qInfo("parallel: %d rounds, %d probes, %lld ms; sequential: %d probes, %lld ms", result.rounds,
        result.probes, result.elapsedMs, sequential.probes, sequential.elapsedMs);
    QVERIFY(result.elapsedMs * 3 <= sequential.elapsedMs);
}

void TestMtuSearch::lossy_data()
{
    addPathRows();
}

// 10% loss on the path, each way (the lab drops that share of all packets on
// the link, requests and replies alike): 19% of echoes get lost.
void TestMtuSearch::lossy()
{
    QFETCH(int, outerLimit);
    QFETCH(Net::Family, endpoint);
    QFETCH(int, expected);

    int worst = 0, maxRounds = 0, maxProbes = 0;
    for (quint32 seed = 1; seed <= Seeds; ++seed) {
        PathModel model { outerLimit, endpoint };
        model.lossPercent = 10;
        model.seed = seed;
        SimulatedPath path(model);
        SearchOptions o = options();
        MtuSearch search(path, o, &path);
        const SearchResult result = search.run();
        const QString what = QStringLiteral("seed %1: mtu %2, %3 rounds")
                                 .arg(seed)
                                 .arg(result.mtu)
                                 .arg(result.rounds);
        QVERIFY2(result.mtu <= expected, qPrintable(what)); // a reply never lies
        QVERIFY2(expected - result.mtu <= 16, qPrintable(what));
        QVERIFY2(result.elapsedMs <= o.deadlineMs, qPrintable(what));
        QVERIFY(allWithin(path.sent, 576, 1420));
        worst = std::max(worst, expected - result.mtu);
        maxRounds = std::max(maxRounds, result.rounds);
        maxProbes = std::max(maxProbes, result.probes);
    }
    qInfo("%d seeds: worst %d bytes below, at most %d rounds and %d probes", Seeds, worst,
        maxRounds, maxProbes);
}

void TestMtuSearch::singleDropIsRetried()
{
    SimulatedPath path({ 1300, Net::Family::IPv6 });
    // Lose the first probe of every size that passes: without a retry the
    // search would end far below 1216.
    for (int size = 576; size <= 1216; ++size)
        path.dropOnce.insert(size);
    const SearchResult result = MtuSearch(path, options(), &path).run();
    QCOMPARE(result.mtu, 1216);
    QCOMPARE(result.outcome, SearchResult::Outcome::Converged);
}

// IPv6 inside needs 1280; a path that only allows 1216 is reported, not
// "fixed" with an MTU that would take IPv6 off the interface.
void TestMtuSearch::neverBelowMinimum()
{
    SimulatedPath path({ 1300, Net::Family::IPv6 });
    const SearchResult result = MtuSearch(path, options(1280, 1420), &path).run();
    QCOMPARE(result.outcome, SearchResult::Outcome::NoReply);
    QCOMPARE(result.mtu, 1280);
    QVERIFY(allWithin(path.sent, 1280, 1420));
}

void TestMtuSearch::neverAboveMaximum()
{
    PathModel model { 9000, Net::Family::IPv4 };
    model.localMtu = model.remoteMtu = 8920;
    SimulatedPath path(model);
    const SearchResult result = MtuSearch(path, options(576, 1400), &path).run();
    QCOMPARE(result.mtu, 1400);
    QCOMPARE(result.rounds, 1);
    QVERIFY(allWithin(path.sent, 576, 1400));
}

void TestMtuSearch::allLost()
{
    PathModel model;
    model.lossPercent = 100;
    SimulatedPath path(model);
    const SearchResult result = MtuSearch(path, options(), &path).run();
    QCOMPARE(result.outcome, SearchResult::Outcome::NoReply);
    QCOMPARE(outcomeName(result.outcome), QStringLiteral("no probe came back"));
    QCOMPARE(result.mtu, 576);
    // Round 1 spans the range; round 2 retries the minimum only (four copies), then stops.
    QCOMPARE(result.rounds, 2);
    QCOMPARE(result.probes, 12);
    QCOMPARE(result.lost, 12);
    QCOMPARE(result.elapsedMs, 2000);
}

void TestMtuSearch::deadline_data()
{
    QTest::addColumn<int>("deadlineMs");
    QTest::addColumn<int>("rttMs");
    QTest::addColumn<int>("lossPercent");
    QTest::addColumn<SearchResult::Outcome>("outcome");
    QTest::newRow("dead path, 1.5 s") << 1500 << 20 << 100 << SearchResult::Outcome::NoReply;
    QTest::newRow("slow path, 1.2 s") << 1200 << 200 << 0 << SearchResult::Outcome::DeadlineReached;
    QTest::newRow("lossy slow path, 2 s")
        << 2000 << 150 << 10 << SearchResult::Outcome::DeadlineReached;
    QTest::newRow("fast path, 250 ms") << 250 << 20 << 0 << SearchResult::Outcome::DeadlineReached;
}

void TestMtuSearch::deadline()
{
    QFETCH(int, deadlineMs);
    QFETCH(int, rttMs);
    QFETCH(int, lossPercent);
    QFETCH(SearchResult::Outcome, outcome);

    PathModel model { 1300, Net::Family::IPv4 };
    model.rttMs = rttMs;
    model.lossPercent = lossPercent;
    SimulatedPath path(model);
    SearchOptions o = options();
    o.deadlineMs = deadlineMs;
    const SearchResult result = MtuSearch(path, o, &path).run();
    QCOMPARE(result.outcome, outcome);
    QVERIFY(result.elapsedMs <= deadlineMs);
    QCOMPARE(result.elapsedMs, path.nowMs());
    if (outcome == SearchResult::Outcome::DeadlineReached) {
        QVERIFY(path.fits(result.mtu)); // the best proven so far
        QVERIFY(result.mtu <= 1232);
    }
}

QTEST_APPLESS_MAIN(TestMtuSearch)
#include "TestMtuSearch.moc"
