// GetTunnel's status map in words for the tunnel list and the connection test.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace Lifeline::Windows {

class TunnelStatusText
{
    Q_DECLARE_TR_FUNCTIONS(TunnelStatusText)
public:
    // "Connected, the server answered 12 seconds ago", "Not connected",
    // "Failed: …". `now` is seconds since the epoch, as "last-handshake".
    static QString state(const QVariantMap &status, qint64 now);
    // "IPv4 and IPv6", "IPv4", or "what the configuration says".
    static QString families(const QVariantMap &status);
    // "1420", "1380 (chosen)", "automatic (1216 found)", "default".
    static QString mtu(const QVariantMap &status);
    // "12 seconds ago", "3 minutes ago", "2 hours ago", "just now".
    static QString age(qint64 seconds);
};

} // namespace Lifeline::Windows
