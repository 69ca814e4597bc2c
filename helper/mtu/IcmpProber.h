// Probes a tunnel with ICMP / ICMPv6 echoes that must not be fragmented:
// IP_PMTUDISC_PROBE sets DF (IPv6 never fragments in transit) and makes the
// kernel neither fragment locally nor use a path MTU it cached — which may
// be exactly what we are measuring. The raw socket is bound to the tunnel
// interface, so a probe never leaves by another route. Sizes go out at once,
// each with its own sequence number under one random identifier.
#pragma once

#include "NetTypes.h"
#include "Prober.h"

#include <QHash>
#include <QString>

#include <array>

namespace Lifeline::Mtu {

class IcmpProber : public Prober {
public:
    // target: the far side's address (family's bytes, network order).
    IcmpProber(
        Net::Family family, const QString &interfaceName, const std::array<quint8, 16> &target);
    ~IcmpProber() override;
    IcmpProber(const IcmpProber &) = delete;
    IcmpProber &operator=(const IcmpProber &) = delete;

    // Opening needs CAP_NET_RAW; false with errorString() set otherwise.
    bool open();
    QString errorString() const { return m_error; }

    QList<ProbeReply> probe(const QList<int> &sizes, const RoundWait &wait) override;

private:
    struct Pending {
        int size = 0;
        qint64 sentMs = 0;
    };
    bool send(int size, qint64 nowMs);
    void receive(qint64 nowMs, QList<ProbeReply> &replies);

    Net::Family m_family;
    QString m_interfaceName;
    std::array<quint8, 16> m_target;
    int m_fd = -1;
    quint16 m_identifier = 0;
    quint16 m_sequence = 0;
    QHash<quint16, Pending> m_pending; // by sequence; kept for late replies
    SteadyClock m_clock;
    QString m_error;
};

} // namespace Lifeline::Mtu
