// Hand-made diagnosis reports and backup states for the tray's unit tests.
#pragma once

#include "Diagnoser.h"
#include "TrayState.h"

namespace TrayFixtures {

using namespace Lifeline::Diagnosis;
using Lifeline::Tray::BackupState;

inline PathFindings working()
{
    PathFindings path;
    path.tried = path.route = path.tcp = true;
    path.http = HttpCheck::Passed;
    return path;
}

inline PathFindings failing()
{
    PathFindings path;
    path.tried = path.route = true;
    path.http = HttpCheck::Failed;
    return path;
}

inline Findings bothWork()
{
    Findings findings;
    findings.ipv4.native = working();
    findings.ipv6.native = working();
    findings.dns = { true, true, true };
    return findings;
}

inline Findings ipv4Down()
{
    Findings findings = bothWork();
    findings.ipv4.native = failing();
    return findings;
}

// The tunnel (up, carrying IPv4) passes; natively IPv4 is `nativeWorks`.
inline Findings ipv4ThroughTunnel(bool nativeWorks)
{
    Findings findings = bothWork();
    findings.ipv4.native = nativeWorks ? working() : failing();
    findings.ipv4.tunnel = working();
    findings.tunnel = { QStringLiteral("vps"), QStringLiteral("up"), true, false };
    return findings;
}

inline Report report(const Findings &findings)
{
    Report report;
    report.findings = findings;
    report.verdict = decide(findings);
    report.sentence = sentence(report.verdict, findings);
    return report;
}

inline BackupState backup(const QString &state, const QStringList &families = {})
{
    BackupState backup;
    backup.name = QStringLiteral("vps");
    backup.state = state;
    backup.families = families;
    return backup;
}

} // namespace TrayFixtures
