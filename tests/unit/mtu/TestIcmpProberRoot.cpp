// IcmpProber on real sockets, inside the throw-away namespaces that
// icmp-prober-root.sh makes: our veth "near" (MTU 1500) and its peer "far"
// in another namespace at MTU 1300, which drops anything larger silently
// (a veth drops received packets above its MTU; no ICMP comes back).
#include "IcmpProber.h"
#include "MtuSearch.h"

#include <QTest>

using namespace Lifeline;
using namespace Lifeline::Mtu;

Q_DECLARE_METATYPE(Lifeline::Net::Family)

class TestIcmpProberRoot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void search_data();
    void search();
    void boundary_data();
    void boundary();
};

static void addFamilies()
{
    QTest::addColumn<Net::Family>("family");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("minimum");
    QTest::newRow("IPv4") << Net::Family::IPv4 << u"192.0.2.2"_qs << 576;
    QTest::newRow("IPv6") << Net::Family::IPv6 << u"2001:db8::2"_qs << 1280;
}

static std::array<quint8, 16> address(const QString &text)
{
    const auto prefix = Net::Prefix::parse(text);
    if (!prefix)
        qFatal("bad address %s", qPrintable(text));
    return prefix->bytes;
}

void TestIcmpProberRoot::search_data()
{
    addFamilies();
}

void TestIcmpProberRoot::search()
{
    QFETCH(Net::Family, family);
    QFETCH(QString, target);
    QFETCH(int, minimum);
    IcmpProber prober(family, u"near"_qs, address(target));
    QVERIFY2(prober.open(), qPrintable(prober.errorString()));
    SearchOptions options;
    options.minimum = minimum;
    options.maximum = 1500;
    const SearchResult result = MtuSearch(prober, options).run();
    qInfo("%s: %d in %d rounds, %d probes, %lld ms", qPrintable(outcomeName(result.outcome)),
        result.mtu, result.rounds, result.probes, result.elapsedMs);
    QCOMPARE(result.mtu, 1300);
    QCOMPARE(result.outcome, SearchResult::Outcome::Converged);
    QVERIFY(result.elapsedMs < options.deadlineMs);
}

void TestIcmpProberRoot::boundary_data()
{
    addFamilies();
}

// One round with sizes at and around the limit, each with its own sequence
// number: exactly those up to 1300 come back; the first reply ends the wait
// early (settle), not the 1 s timeout.
void TestIcmpProberRoot::boundary()
{
    QFETCH(Net::Family, family);
    QFETCH(QString, target);
    IcmpProber prober(family, u"near"_qs, address(target));
    QVERIFY2(prober.open(), qPrintable(prober.errorString()));
    RoundWait wait;
    wait.timeoutMs = 1000;
    wait.settleMinimumMs = 100;
    QElapsedTimer timer;
    timer.start();
    QList<int> back;
    for (const ProbeReply &reply : prober.probe({ 1200, 1299, 1300, 1301, 1400, 1500 }, wait))
        back << reply.size;
    std::sort(back.begin(), back.end());
    QCOMPARE(back, QList<int>({ 1200, 1299, 1300 }));
    QVERIFY(timer.elapsed() < 500);
    // Larger than our own interface: refused locally (EMSGSIZE), never sent.
    QVERIFY(prober.probe({ 1600 }, wait).isEmpty());
}

QTEST_GUILESS_MAIN(TestIcmpProberRoot)
#include "TestIcmpProberRoot.moc"
