#include "MtuPath.h"

#include <algorithm>

namespace Lifeline::Mtu {

int ipHeaderSize(Net::Family family)
{
    return family == Net::Family::IPv4 ? 20 : 40;
}

int familyMinimum(Net::Family inner)
{
    return inner == Net::Family::IPv4 ? 576 : 1280;
}

int paddedSize(int innerSize, int senderMtu)
{
    // wireguard-go reduces a packet longer than the MTU modulo the MTU
    // first; such packets are never sent in practice (the kernel refuses
    // them on the interface), so the cap alone models both implementations.
    const int rounded = (innerSize + PaddingMultiple - 1) / PaddingMultiple * PaddingMultiple;
    return std::max(innerSize, std::min(rounded, senderMtu));
}

int outerSize(int innerSize, int senderMtu, Net::Family endpoint)
{
    return paddedSize(innerSize, senderMtu) + WireGuardOverhead + UdpHeaderSize
        + ipHeaderSize(endpoint);
}

int largestInnerSize(int outerMtu, Net::Family endpoint)
{
    return outerMtu - WireGuardOverhead - UdpHeaderSize - ipHeaderSize(endpoint);
}

} // namespace Lifeline::Mtu
