// A WireGuard tunnel over a path whose outer MTU is limited and which drops
// too-big packets silently (no ICMP): a probe of inner size s comes back
// only if both the request (padded up to our MTU) and the reply (padded up
// to the far end's MTU) fit the outer limit, and neither was lost at random.
// Also the clock: each probe() call advances simulated time.
#pragma once

#include "MtuPath.h"
#include "Prober.h"

#include <QSet>

#include <random>

namespace Lifeline::Mtu {

struct PathModel {
    int outerLimit = 1500; // bytes an outer IP packet may have on the path
    Net::Family endpoint = Net::Family::IPv6;
    int localMtu = 1420; // our tunnel interface while probing
    int remoteMtu = 1420; // the far end's tunnel interface
    int lossPercent = 0; // per packet and direction
    quint32 seed = 1;
    int rttMs = 20;
};

class SimulatedPath : public Prober, public Clock {
public:
    explicit SimulatedPath(const PathModel &model);

    QList<ProbeReply> probe(const QList<int> &sizes, const RoundWait &wait) override;
    qint64 nowMs() const override { return m_now; }

    // Whether size passes both ways when nothing is lost.
    bool fits(int size) const;
    // The right answer: the largest size in [minimum, maximum] that fits; 0 if none.
    int largestFitting(int minimum, int maximum) const;

    // Lose the first probe of each of these sizes (on top of random loss).
    QSet<int> dropOnce;

    int calls = 0;
    QList<int> sent; // every size sent, in order

private:
    bool lose();

    PathModel m_model;
    std::mt19937 m_random;
    qint64 m_now = 0;
};

} // namespace Lifeline::Mtu
