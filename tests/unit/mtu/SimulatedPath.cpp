#include "SimulatedPath.h"

#include <algorithm>

namespace Lifeline::Mtu {

SimulatedPath::SimulatedPath(const PathModel &model)
    : m_model(model)
    , m_random(model.seed)
{
}

bool SimulatedPath::fits(int size) const
{
    // The kernel refuses a don't-fragment packet above the interface MTU
    // (EMSGSIZE); the far end has no larger reply to give either.
    if (size > m_model.localMtu || size > m_model.remoteMtu)
        return false;
    return outerSize(size, m_model.localMtu, m_model.endpoint) <= m_model.outerLimit
        && outerSize(size, m_model.remoteMtu, m_model.endpoint) <= m_model.outerLimit;
}

int SimulatedPath::largestFitting(int minimum, int maximum) const
{
    for (int size = maximum; size >= minimum; --size) {
        if (fits(size))
            return size;
    }
    return 0;
}

bool SimulatedPath::lose()
{
    return m_model.lossPercent > 0
        && std::uniform_int_distribution<int>(0, 99)(m_random) < m_model.lossPercent;
}

QList<ProbeReply> SimulatedPath::probe(const QList<int> &sizes, const RoundWait &wait)
{
    const int timeoutMs = wait.timeoutMs;
    ++calls;
    QList<ProbeReply> replies;
    for (int size : sizes) {
        sent << size;
        // Draw both directions' dice for every probe so that the random
        // sequence does not depend on which sizes fit.
        const bool requestLost = lose();
        const bool replyLost = lose();
        if (dropOnce.remove(size))
            continue;
        if (fits(size) && !requestLost && !replyLost && m_model.rttMs <= timeoutMs)
            replies << ProbeReply { size, m_model.rttMs };
    }
    if (replies.size() == sizes.size())
        m_now += m_model.rttMs;
    else if (!replies.isEmpty())
        m_now += std::min(
            timeoutMs, std::max(wait.settleMinimumMs, wait.settleFactor * m_model.rttMs));
    else
        m_now += timeoutMs;
    return replies;
}

} // namespace Lifeline::Mtu
