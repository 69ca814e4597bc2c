// Hands a connected tunnel's DNS servers to systemd-resolved for its link,
// so lookups go through the tunnel without rewriting /etc/resolv.conf
// (what wg-quick does with resolvconf, and what a desktop must not have done
// to it). Without resolved the DNS lines are reported as not applied.
#pragma once

#include "NetTypes.h"

#include <QDBusConnection>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Lifeline {

class ResolvedDns {
public:
    static constexpr const char *Service = "org.freedesktop.resolve1";

    // Whether systemd-resolved is on `bus` now.
    static bool available(const QDBusConnection &bus);

    // SetLinkDNS, SetLinkDomains (the search domains, plus the routing-only
    // domain "." — resolvectl's "~." — so every lookup is routed to this
    // link) and SetLinkDefaultRoute. `done` gets an
    // empty string once resolved took all three, else what went wrong; it
    // runs from the event loop, with `context` alive.
    static void apply(const QDBusConnection &bus, int ifindex, const QList<Net::Prefix> &servers,
        const QStringList &searchDomains, QObject *context,
        std::function<void(const QString &)> done);
    // RevertLink: resolved forgets what apply() set. Fire and forget — the
    // link is about to go, and resolved drops its settings with it anyway.
    static void revert(const QDBusConnection &bus, int ifindex);
};

// The wire forms resolved's methods take: a(iay) and a(sb).
struct ResolvedAddress {
    qint32 family = 0;
    QByteArray address;
};
struct ResolvedDomain {
    QString domain;
    bool routingOnly = false;
};

} // namespace Lifeline

Q_DECLARE_METATYPE(Lifeline::ResolvedAddress)
Q_DECLARE_METATYPE(Lifeline::ResolvedDomain)
