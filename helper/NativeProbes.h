// ProbeNative's work: one TCP connection attempt to a literal address,
// marked with a tunnel's fwmark so it leaves by the main table (outside the
// tunnel), closed as soon as it is known whether it was established. Non-
// blocking: the connect runs in the event loop (QSocketNotifier) under a
// deadline, so a probe never holds up the helper's other callers.
#pragma once

#include "NetTypes.h"

#include <QHash>
#include <QObject>

#include <functional>

#include <netinet/in.h>

namespace Lifeline {

class NativeProbes : public QObject {
    Q_OBJECT

public:
    // A probe one caller may have running at once, and all callers together:
    // each holds a socket for up to TimeoutMs.
    static constexpr int MaxPendingPerCaller = 4;
    static constexpr int MaxPending = 64;
    static constexpr int TimeoutMs = 3000;

    struct Target {
        Net::Family family = Net::Family::IPv4;
        sockaddr_storage address {};
        socklen_t length = 0;
    };

    // family "ipv4" | "ipv6"; address a plain literal of that family (no
    // scope, no IPv4-mapped IPv6), not loopback, multicast, broadcast or
    // unspecified; port 1..65535. Empty when acceptable, else why not.
    static QString check(const QString &family, const QString &address, uint port, Target *target);

    explicit NativeProbes(QObject *parent = nullptr);

    // Starts a probe for `caller` (a unique bus name); `done` gets whether
    // the connection was established within TimeoutMs. False (nothing
    // started) when the caller or everyone has too many running.
    bool start(const QString &caller, const Target &target, quint32 fwmark,
        std::function<void(bool reachable)> done);
    int pendingFor(const QString &caller) const { return m_pending.value(caller); }

private:
    void finished(const QString &caller);

    QHash<QString, int> m_pending;
    int m_total = 0;
};

} // namespace Lifeline
