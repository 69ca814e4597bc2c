#include "AddressPool.h"

namespace Lifeline::Net {
namespace {

// Pools larger than 2^16 subnets are scanned only over their first 2^16:
// enough for any number of concurrent launches and it bounds the scan.
constexpr int MaxIndexBits = 16;

} // namespace

std::optional<AddressPool> AddressPool::create(const Prefix &pool, QString *error)
{
    const int subnetLength = pool.family == Family::IPv4 ? IPv4SubnetLength : IPv6SubnetLength;
    if (pool.length > subnetLength) {
        if (error)
            *error = QStringLiteral("the address pool %1 is smaller than one /%2 subnet")
                         .arg(pool.text())
                         .arg(subnetLength);
        return std::nullopt;
    }
    return AddressPool(pool.network(), subnetLength);
}

AddressPool::AddressPool(const Prefix &pool, int subnetLength)
    : m_pool(pool)
    , m_subnetLength(subnetLength)
    , m_count(quint64(1) << std::min(subnetLength - pool.length, MaxIndexBits))
{
}

Prefix AddressPool::subnet(quint64 index) const
{
    // Subnet i starts i * 2^(hostBits) after the pool's network address; the
    // index fits in the bits between the pool's and the subnet's length.
    Prefix result = m_pool.withLength(m_subnetLength);
    const int hostBits = m_pool.maxLength() - m_subnetLength;
    for (int bit = 0; bit < MaxIndexBits; ++bit) {
        if (!(index & (quint64(1) << bit)))
            continue;
        const int position = m_pool.maxLength() - 1 - (hostBits + bit); // from the left
        result.bytes[position / 8] |= quint8(0x80u >> (position % 8));
    }
    return result;
}

std::optional<Prefix> AddressPool::allocate(const QList<Prefix> &hostPrefixes, QString *error)
{
    for (quint64 step = 0; step < m_count; ++step) {
        const quint64 index = (m_next + step) % m_count;
        const Prefix candidate = subnet(index);
        const auto collides = [&](const Prefix &other) {
            return other.overlaps(candidate);
        };
        if (std::any_of(m_inUse.cbegin(), m_inUse.cend(), collides))
            continue;
        const bool hostHasIt = std::any_of(hostPrefixes.cbegin(), hostPrefixes.cend(),
                                           [&](const Prefix &host) {
                                               return host.length >= MinHostPrefixLength
                                                      && collides(host);
                                           });
        if (hostHasIt)
            continue;
        m_next = (index + 1) % m_count;
        m_inUse.append(candidate);
        return candidate;
    }
    if (error)
        *error = QStringLiteral("no free /%1 subnet is left in the address pool %2 (%3 in use by "
                                "launches, the rest overlaps this computer's own networks)")
                     .arg(m_subnetLength)
                     .arg(m_pool.text())
                     .arg(m_inUse.size());
    return std::nullopt;
}

bool AddressPool::reserve(const Prefix &subnet)
{
    if (subnet.family != m_pool.family || subnet.length != m_subnetLength
        || subnet.network() != subnet || !m_pool.overlaps(subnet))
        return false;
    const bool taken = std::any_of(m_inUse.cbegin(), m_inUse.cend(),
                                   [&](const Prefix &other) { return other.overlaps(subnet); });
    if (taken)
        return false;
    m_inUse.append(subnet);
    return true;
}

void AddressPool::release(const Prefix &subnet)
{
    m_inUse.removeOne(subnet);
}

} // namespace Lifeline::Net
