// Finds the largest inner packet size that passes a tunnel in both
// directions, with don't-fragment probes, where the path may drop big
// packets silently (a path-MTU black hole) and lose any packet at random.
//
// Each round sends several sizes at once, splitting the interval still open
// into width+1 parts, so the search needs about log_(width+1) of the range
// in rounds instead of log_2 one-at-a-time probes. A reply proves its size
// passes (the path is taken to be monotonic: what passes at s passes below);
// a missing reply proves nothing until the same size was lost in `attempts`
// rounds, so one dropped packet does not shrink the result. A retry goes out
// as retryCopies probes at once: copies cost no extra round, and with 10%
// loss each way (19% per echo) a size that passes is still failed wrongly in
// 0.19^(1 + copies) of the cases, 0.025% with four copies, where such a
// mistake may cost far more than 16 bytes. Rounds wait for a
// few round-trip times once one is known, and the whole search stops at a
// deadline with the best size proven so far.
#pragma once

#include "Prober.h"

#include <QList>
#include <QMap>
#include <QSet>

namespace Lifeline::Mtu {

struct SearchOptions {
    int minimum = 576; // the inner family's minimum (familyMinimum)
    int maximum = 1420; // what the outer path and the interface allow
    int width = 8; // sizes per round, retries included
    int attempts = 2; // a size fails only after this many rounds without a reply
    int retryCopies = 4; // probes sent for a size in each retry round
    int deadlineMs = 5000; // for the whole search
    int firstRoundTimeoutMs = 1000; // until a round trip time is known
    int minRoundTimeoutMs = 100;
    int rttFactor = 4; // rounds wait rttFactor times the round-trip time...
    // ...but at least this long: the first reply of a round ends the wait
    // early only after this, and rounds without any reply wait no less.
};

struct SearchResult {
    enum class Outcome {
        Converged, // mtu passes and mtu + 1 failed (or mtu is the maximum)
        DeadlineReached, // mtu passes; something larger might too
        NoReply, // no probe came back at all; mtu is the minimum, unproven
    };
    Outcome outcome = Outcome::NoReply;
    int mtu = 0;
    int rounds = 0;
    int probes = 0; // packets sent, retries included
    int lost = 0; // probes without a reply in their round
    qint64 elapsedMs = 0;
};

class MtuSearch {
public:
    // The clock defaults to a steady clock; prober and clock must outlive run().
    MtuSearch(Prober &prober, const SearchOptions &options, const Clock *clock = nullptr);

    SearchResult run();

    // The sizes the next round would send; empty when the search is over.
    // Public so tests can follow the search step by step.
    // Each entry is one probe (retried sizes appear retryCopies times).
    QList<int> nextRound() const;

private:
    // Returns how many of sent got no reply.
    int record(const QList<int> &sent, const QList<ProbeReply> &replies);
    int roundTimeoutMs() const;
    int upperEnd() const; // the smallest size not yet shown to pass or fail

    Prober &m_prober;
    SearchOptions m_options;
    SteadyClock m_steadyClock;
    const Clock &m_clock;
    int m_good = -1; // largest size that came back; -1 while none did
    QMap<int, int> m_lost; // size -> rounds it was lost in, for sizes above m_good
    QSet<int> m_failed; // sizes lost in `attempts` rounds
    qint64 m_slowestRttMs = -1;
    int m_rounds = 0;
};

QString outcomeName(SearchResult::Outcome outcome);

} // namespace Lifeline::Mtu
