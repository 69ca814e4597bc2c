// What MtuSearch needs from the network: send don't-fragment probes of given
// sizes at once and say which came back. The real one (IcmpProber) sends
// ICMP echoes through the tunnel; tests use a simulated path.
#pragma once

#include <QList>

namespace Lifeline::Mtu {

struct ProbeReply {
    int size = 0; // inner IP packet size of the probe that came back
    qint64 rttMs = 0;
};

// How long one round waits. Probes of all sizes travel the same path, so
// replies arrive together: once the first is in, the rest either follow
// within a few times its round-trip time or were dropped.
struct RoundWait {
    int timeoutMs = 1000; // the longest a round waits
    int settleFactor = 4; // after the first reply at t ms, wait until settleFactor * t,
    int settleMinimumMs = 100; // but at least this long (never beyond timeoutMs)
};

class Prober {
public:
    virtual ~Prober() = default;

    // Sends one probe per entry of sizes (inner IP packet sizes; a size may
    // repeat, each entry is a probe of its own) concurrently, and returns when
    // all of them came back or the wait is over. Returns every reply received
    // meanwhile, including late replies to probes of earlier calls: a late
    // reply still proves its size passes.
    virtual QList<ProbeReply> probe(const QList<int> &sizes, const RoundWait &wait) = 0;
};

// Milliseconds of a monotonic clock; injectable so tests run on simulated time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SteadyClock : public Clock {
public:
    qint64 nowMs() const override;
};

} // namespace Lifeline::Mtu
