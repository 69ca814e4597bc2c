#include "DefaultRoutes.h"

#include <QFile>
#include <QList>

namespace Lifeline::Diagnosis::DefaultRoutes {

namespace {

// <linux/route.h>, kept here so this file needs no kernel headers.
constexpr uint RouteUp = 0x0001;
constexpr uint RouteReject = 0x0200;

bool usable(const QByteArray &device, uint flags)
{
    return (flags & RouteUp) && !(flags & RouteReject) && device != "lo"
        && !device.startsWith("ll-");
}

QList<QByteArray> fields(const QByteArray &line)
{
    QList<QByteArray> parts = line.simplified().split(' ');
    parts.removeAll(QByteArray());
    return parts;
}

} // namespace

bool inIPv4Table(const QByteArray &procNetRoute)
{
    const QList<QByteArray> lines = procNetRoute.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // Iface Destination Gateway Flags RefCnt Use Metric Mask MTU Window IRTT
        const QList<QByteArray> f = fields(lines[i]);
        if (f.size() < 8)
            continue;
        bool ok = false;
        const uint flags = f[3].toUInt(&ok, 16);
        if (ok && f[1] == "00000000" && f[7] == "00000000" && usable(f[0], flags))
            return true;
    }
    return false;
}

bool inIPv6Table(const QByteArray &procNetIpv6Route)
{
    for (const QByteArray &line : procNetIpv6Route.split('\n')) {
        // dest plen src splen nexthop metric refcnt use flags device
        const QList<QByteArray> f = fields(line);
        if (f.size() < 10)
            continue;
        bool ok = false;
        const uint flags = f[8].toUInt(&ok, 16);
        if (ok && f[0] == QByteArray(32, '0') && f[1] == "00" && usable(f[9], flags))
            return true;
    }
    return false;
}

bool present(Family family)
{
    QFile file(family == Family::IPv4 ? QStringLiteral("/proc/net/route")
                                      : QStringLiteral("/proc/net/ipv6_route"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    return family == Family::IPv4 ? inIPv4Table(text) : inIPv6Table(text);
}

} // namespace Lifeline::Diagnosis::DefaultRoutes
