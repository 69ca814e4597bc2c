// Hands out the small subnets of isolated launches (an IPv4 /30 or an IPv6
// /64) from a configured pool, never one that overlaps the host's own
// networks or another live launch. Pure logic: the caller reads the host's
// prefixes from the kernel at allocation time and passes them in, so this is
// unit-tested without root.
#pragma once

#include "NetTypes.h"

#include <optional>

namespace Lifeline::Net {

// Production pools. 10.231.0.0/16 is an unremarkable corner of RFC 1918.
// The ULA /48 follows RFC 4193: "fd", then a 40-bit global id that should be
// random so that two sites' ULAs do not meet; ours starts 6c6c ("ll") so a
// reader recognises it and the remaining 24 bits were drawn at random once.
inline constexpr auto DefaultIPv4Pool = "10.231.0.0/16";
inline constexpr auto DefaultIPv6Pool = "fd6c:6c5e:a1b7::/48";

class AddressPool
{
public:
    // IPv4 launches get a /30 (host .1, namespace .2), IPv6 ones a /64
    // (host ::1, namespace ::2): the prefixes SLAAC-free links expect.
    static constexpr int IPv4SubnetLength = 30;
    static constexpr int IPv6SubnetLength = 64;
    // Routes shorter than this are catch-alls (default routes, OpenVPN's
    // 0.0.0.0/1 + 128.0.0.0/1, ::/1 + 8000::/1), not networks a launch could
    // shadow: the launch's connected /30 or /64 is more specific and wins for
    // its own few addresses. Counting them would make every pool "taken".
    static constexpr int MinHostPrefixLength = 8;

    // `pool` must leave room for at least one subnet of its family.
    static std::optional<AddressPool> create(const Prefix &pool, QString *error);

    Family family() const { return m_pool.family; }
    Prefix pool() const { return m_pool; }
    int subnetLength() const { return m_subnetLength; }

    // A free subnet, or nullopt and a sentence in *error when the pool is
    // exhausted (or entirely covered by the host's networks).
    std::optional<Prefix> allocate(const QList<Prefix> &hostPrefixes, QString *error);
    // Takes `subnet` as a launch of an earlier run of the helper has it, so
    // no new launch gets it; false when it is not one of this pool's subnets
    // or is taken already.
    bool reserve(const Prefix &subnet);
    // Gives a subnet back; unknown subnets are ignored.
    void release(const Prefix &subnet);
    const QList<Prefix> &inUse() const { return m_inUse; }

    // The host end's and the namespace end's addresses inside `subnet`.
    static Prefix hostAddress(const Prefix &subnet) { return subnet.host(1); }
    static Prefix namespaceAddress(const Prefix &subnet) { return subnet.host(2); }

private:
    AddressPool(const Prefix &pool, int subnetLength);
    Prefix subnet(quint64 index) const;

    Prefix m_pool;
    int m_subnetLength;
    quint64 m_count;
    // Next-fit: the scan starts after the last subnet handed out, so a subnet
    // just released is not reused at once (stale conntrack and neighbour
    // entries of the old launch would otherwise meet the new one).
    quint64 m_next = 0;
    QList<Prefix> m_inUse;
};

} // namespace Lifeline::Net
