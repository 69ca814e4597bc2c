#include "MtuSearch.h"

#include <QString>

#include <algorithm>

namespace Lifeline::Mtu {

MtuSearch::MtuSearch(Prober &prober, const SearchOptions &options, const Clock *clock)
    : m_prober(prober)
    , m_options(options)
    , m_clock(clock ? *clock : m_steadyClock)
{
    m_options.width = std::max(m_options.width, 1);
    m_options.attempts = std::max(m_options.attempts, 1);
    m_options.maximum = std::max(m_options.maximum, m_options.minimum);
}

SearchResult MtuSearch::run()
{
    SearchResult result;
    const qint64 start = m_clock.nowMs();
    bool outOfTime = false;
    for (QList<int> sizes = nextRound(); !sizes.isEmpty(); sizes = nextRound()) {
        const qint64 remaining = m_options.deadlineMs - (m_clock.nowMs() - start);
        if (remaining <= 0) {
            outOfTime = true;
            break;
        }
        RoundWait wait;
        wait.timeoutMs = int(std::min<qint64>(roundTimeoutMs(), remaining));
        wait.settleFactor = m_options.rttFactor;
        wait.settleMinimumMs = m_options.minRoundTimeoutMs;
        const QList<ProbeReply> replies = m_prober.probe(sizes, wait);
        ++m_rounds;
        result.probes += int(sizes.size());
        result.lost += record(sizes, replies);
    }
    result.rounds = m_rounds;
    result.elapsedMs = m_clock.nowMs() - start;
    result.mtu = m_good >= 0 ? m_good : m_options.minimum;
    if (m_good < 0)
        result.outcome = SearchResult::Outcome::NoReply;
    else if (outOfTime)
        result.outcome = SearchResult::Outcome::DeadlineReached;
    else
        result.outcome = SearchResult::Outcome::Converged;
    return result;
}

int MtuSearch::upperEnd() const
{
    int end = m_options.maximum + 1;
    for (int size : m_failed)
        end = std::min(end, size);
    return end;
}

QList<int> MtuSearch::nextRound() const
{
    const int low = m_good < 0 ? m_options.minimum : m_good + 1;
    int high = upperEnd() - 1;
    if (low > high)
        return {};

    const int width = m_options.width;
    QList<int> sizes;
    if (m_rounds == 0 && width > 1 && high - low + 1 > width) {
        // Nothing known yet: the maximum answers the common case (a healthy
        // path) in one round, the minimum whether the far end answers at all.
        for (int i = 0; i < width; ++i)
            sizes << low + int(qint64(high - low) * i / (width - 1));
        return sizes;
    }

    // Only the smallest unconfirmed loss matters now: if it fails again,
    // nothing above it is needed; if it passes, the next one is looked at.
    const auto suspect = m_lost.lowerBound(low);
    int slots = width;
    if (suspect != m_lost.cend() && suspect.key() <= high) {
        for (int copy = 0; copy < std::max(m_options.retryCopies, 1); ++copy)
            sizes << suspect.key();
        high = suspect.key() - 1;
        --slots;
    }
    const int count = high - low + 1;
    if (count <= slots) {
        for (int size = low; size <= high; ++size)
            sizes << size;
    } else {
        // Split [low, high] into slots + 1 equal parts.
        for (int i = 1; i <= slots; ++i)
            sizes << low - 1 + int(qint64(count + 1) * i / (slots + 1));
    }
    std::sort(sizes.begin(), sizes.end());
    return sizes;
}

int MtuSearch::record(const QList<int> &sent, const QList<ProbeReply> &replies)
{
    int lost = 0;
    QSet<int> back;
    for (const ProbeReply &reply : replies) {
        if (reply.size < m_options.minimum || reply.size > m_options.maximum)
            continue; // not a size this search sent
        back.insert(reply.size);
        m_good = std::max(m_good, reply.size);
        m_slowestRttMs = std::max(m_slowestRttMs, reply.rttMs);
    }
    QSet<int> counted; // copies of a retry make one lost round, not several
    for (int size : sent) {
        if (back.contains(size))
            continue;
        ++lost;
        if (size > m_good && !counted.contains(size)) {
            counted.insert(size);
            if (++m_lost[size] >= m_options.attempts)
                m_failed.insert(size);
        }
    }
    // A reply at s proves every smaller size (and any loss there was chance).
    while (!m_lost.isEmpty() && m_lost.firstKey() <= m_good)
        m_lost.erase(m_lost.begin());
    m_failed.removeIf([this](int size) { return size <= m_good; });
    return lost;
}

int MtuSearch::roundTimeoutMs() const
{
    if (m_slowestRttMs < 0)
        return m_options.firstRoundTimeoutMs;
    const qint64 wait = m_slowestRttMs * m_options.rttFactor;
    return int(
        std::clamp<qint64>(wait, m_options.minRoundTimeoutMs, m_options.firstRoundTimeoutMs));
}

QString outcomeName(SearchResult::Outcome outcome)
{
    switch (outcome) {
    case SearchResult::Outcome::Converged:
        return QStringLiteral("converged");
    case SearchResult::Outcome::DeadlineReached:
        return QStringLiteral("deadline reached");
    case SearchResult::Outcome::NoReply:
        return QStringLiteral("no probe came back");
    }
    return {};
}

} // namespace Lifeline::Mtu
