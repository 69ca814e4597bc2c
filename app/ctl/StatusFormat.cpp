#include "StatusFormat.h"

#include <QCoreApplication>

namespace Lifeline::StatusFormat {

using namespace Diagnosis;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lifeline::StatusFormat", text);
}

bool carried(const Findings &findings, Family family)
{
    return family == Family::IPv4 ? findings.tunnel.carriesIPv4 : findings.tunnel.carriesIPv6;
}

const FamilyFindings &of(const Findings &findings, Family family)
{
    return family == Family::IPv4 ? findings.ipv4 : findings.ipv6;
}

// The path the ordinary probes took: the tunnel's for a family it carries.
const PathFindings &probed(const Findings &findings, Family family)
{
    return carried(findings, family) ? of(findings, family).tunnel : of(findings, family).native;
}

QString yesNo(bool tried, bool value)
{
    if (!tried)
        return tr("-");
    return value ? tr("yes") : tr("no");
}

QString webText(HttpCheck check)
{
    switch (check) {
    case HttpCheck::NotTried:
        return tr("-");
    case HttpCheck::Passed:
        return tr("yes");
    case HttpCheck::Portal:
        return tr("sign-in page");
    case HttpCheck::Failed:
        return tr("no");
    }
    return {};
}

QString webName(HttpCheck check)
{
    switch (check) {
    case HttpCheck::NotTried:
        return QStringLiteral("not-tried");
    case HttpCheck::Passed:
        return QStringLiteral("passed");
    case HttpCheck::Portal:
        return QStringLiteral("portal");
    case HttpCheck::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString bigName(const PathFindings &path)
{
    if (!path.bigTransferTried)
        return QStringLiteral("not-tried");
    return path.bigTransferPassed ? QStringLiteral("passed") : QStringLiteral("failed");
}

QString throughTunnel(const Findings &findings, Family family)
{
    if (!carried(findings, family))
        return tr("not used");
    return pathWorks(of(findings, family).tunnel) ? tr("works") : tr("fails");
}

QString natively(const Findings &findings, Family family)
{
    const PathFindings &native = of(findings, family).native;
    if (!native.tried)
        return tr("unknown");
    if (!native.route)
        return tr("no route");
    return pathWorks(native) ? tr("works") : tr("fails");
}

QString row(const QString &label, const QString &ipv4, const QString &ipv6)
{
    return QStringLiteral("  %1%2%3").arg(label.leftJustified(20), ipv4.leftJustified(14), ipv6);
}

QVariantMap pathJson(const PathFindings &path)
{
    return {
        { QStringLiteral("tried"), path.tried },
        { QStringLiteral("route"), path.route },
        { QStringLiteral("tcp"), path.tcp },
        { QStringLiteral("web"), webName(path.http) },
        { QStringLiteral("big-transfer"), bigName(path) },
        { QStringLiteral("works"), pathWorks(path) },
    };
}

QVariantMap familyJson(const Findings &findings, Family family)
{
    return {
        { QStringLiteral("native"), pathJson(of(findings, family).native) },
        { QStringLiteral("tunnel"), pathJson(of(findings, family).tunnel) },
        { QStringLiteral("native-back"), nativeBack(findings, family) },
    };
}

} // namespace

QStringList table(const Findings &findings)
{
    const PathFindings &v4 = probed(findings, Family::IPv4);
    const PathFindings &v6 = probed(findings, Family::IPv6);
    const DnsFindings &dns = findings.dns;
    return {
        row(QString(), tr("IPv4"), tr("IPv6")),
        row(tr("route"), yesNo(findings.ipv4.native.tried, findings.ipv4.native.route),
            yesNo(findings.ipv6.native.tried, findings.ipv6.native.route)),
        row(tr("DNS (A / AAAA)"), yesNo(dns.tried, dns.answersA),
            yesNo(dns.tried, dns.answersAAAA)),
        row(tr("TCP"), yesNo(v4.tried, v4.tcp), yesNo(v6.tried, v6.tcp)),
        row(tr("web"), webText(v4.http), webText(v6.http)),
        row(tr("big transfer"), yesNo(v4.bigTransferTried, v4.bigTransferPassed),
            yesNo(v6.bigTransferTried, v6.bigTransferPassed)),
        row(tr("through the tunnel"), throughTunnel(findings, Family::IPv4),
            throughTunnel(findings, Family::IPv6)),
        row(tr("natively"), natively(findings, Family::IPv4), natively(findings, Family::IPv6)),
    };
}

QString tunnelLine(const TunnelFindings &tunnel)
{
    if (tunnel.name.isEmpty())
        return {};
    QStringList families;
    if (tunnel.carriesIPv4)
        families << tr("IPv4");
    if (tunnel.carriesIPv6)
        families << tr("IPv6");
    const QString state = tunnel.state.isEmpty() ? tr("not connected") : tunnel.state;
    if (families.isEmpty())
        return tr("Backup connection %1: %2").arg(tunnel.name, state);
    return tr("Backup connection %1: %2, carries %3")
        .arg(tunnel.name, state, families.join(QStringLiteral(", ")));
}

QVariantMap json(const Report &report)
{
    const Findings &findings = report.findings;
    QStringList carries;
    if (findings.tunnel.carriesIPv4)
        carries << QStringLiteral("ipv4");
    if (findings.tunnel.carriesIPv6)
        carries << QStringLiteral("ipv6");
    return {
        { QStringLiteral("verdict"), verdictName(report.verdict) },
        { QStringLiteral("sentence"), report.sentence },
        { QStringLiteral("ipv4"), familyJson(findings, Family::IPv4) },
        { QStringLiteral("ipv6"), familyJson(findings, Family::IPv6) },
        { QStringLiteral("dns"),
            QVariantMap {
                { QStringLiteral("tried"), findings.dns.tried },
                { QStringLiteral("a"), findings.dns.answersA },
                { QStringLiteral("aaaa"), findings.dns.answersAAAA },
            } },
        { QStringLiteral("tunnel"),
            QVariantMap {
                { QStringLiteral("name"), findings.tunnel.name },
                { QStringLiteral("state"), findings.tunnel.state },
                { QStringLiteral("carries"), carries },
            } },
        { QStringLiteral("finished-at"), findings.finishedAt.toString(Qt::ISODateWithMs) },
    };
}

} // namespace Lifeline::StatusFormat
