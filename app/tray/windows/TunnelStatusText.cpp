#include "TunnelStatusText.h"

#include <QStringList>

namespace Lifeline::Windows {

QString TunnelStatusText::age(qint64 seconds)
{
    // Singular and plural spelled out: without a translation loaded, Qt's %n
    // would say "12 second(s) ago" (as lifelinectl's TunnelFormat does).
    const auto ago = [](qint64 count, const QString &one, const QString &many) {
        return count == 1 ? one : many.arg(count);
    };
    if (seconds <= 0)
        return tr("just now");
    if (seconds < 120)
        return ago(seconds, tr("1 second ago"), tr("%1 seconds ago"));
    if (seconds < 2 * 3600)
        return ago(seconds / 60, tr("1 minute ago"), tr("%1 minutes ago"));
    if (seconds < 2 * 86400)
        return ago(seconds / 3600, tr("1 hour ago"), tr("%1 hours ago"));
    return ago(seconds / 86400, tr("1 day ago"), tr("%1 days ago"));
}

QString TunnelStatusText::state(const QVariantMap &status, qint64 now)
{
    const QString state = status.value(QStringLiteral("state")).toString();
    const QString error = status.value(QStringLiteral("error")).toString();
    if (state == QLatin1String("up")) {
        const qint64 handshake = status.value(QStringLiteral("last-handshake")).toLongLong();
        if (handshake <= 0)
            return tr("Connected, waiting for the server to answer");
        return tr("Connected, the server answered %1").arg(age(now - handshake));
    }
    if (state == QLatin1String("connecting"))
        return tr("Connecting…");
    if (state == QLatin1String("failed"))
        return error.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(error);
    if (state == QLatin1String("down"))
        return tr("Not connected");
    return tr("Unknown (%1)").arg(state);
}

QString TunnelStatusText::families(const QVariantMap &status)
{
    const QStringList families = status.value(QStringLiteral("families")).toStringList();
    const bool ipv4 = families.contains(QLatin1String("ipv4"));
    const bool ipv6 = families.contains(QLatin1String("ipv6"));
    if (ipv4 && ipv6)
        return tr("IPv4 and IPv6");
    if (ipv4)
        return tr("IPv4");
    if (ipv6)
        return tr("IPv6");
    return tr("nothing yet");
}

QString TunnelStatusText::mtu(const QVariantMap &status)
{
    const uint mtu = status.value(QStringLiteral("mtu")).toUInt();
    const QString setting = status.value(QStringLiteral("mtu-setting")).toString();
    const QString number = mtu > 0 ? QString::number(mtu) : tr("default");
    if (setting == QLatin1String("auto"))
        return mtu > 0 ? tr("automatic (%1)").arg(mtu) : tr("automatic");
    if (!setting.isEmpty())
        return tr("%1 (chosen)").arg(setting);
    return number;
}

} // namespace Lifeline::Windows
