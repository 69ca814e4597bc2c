#include "RoundResults.h"

namespace Lifeline::Diagnosis {

namespace {

PathFindings probed(const FamilyResults &results, bool route)
{
    PathFindings path;
    path.tried = results.targets;
    path.route = route;
    path.tcp = results.tcp;
    path.http = results.http;
    path.bigTransferTried = results.bigTransferTried;
    path.bigTransferPassed = results.bigTransferPassed;
    return path;
}

FamilyFindings sort(const FamilyResults &results, bool carried)
{
    FamilyFindings family;
    if (!carried) {
        // An answer proves a route even when it is not a default one.
        const bool answered
            = results.tcp || results.http == HttpCheck::Passed || results.http == HttpCheck::Portal;
        family.native = probed(results, results.mainRoute || answered);
        // No route at all is itself the finding (a home without IPv6), targets or not.
        family.native.tried = results.targets || !results.mainRoute;
        return family;
    }
    family.tunnel = probed(results, true);
    // Without the provider's route there is nothing native to ask the helper about.
    if (results.nativeAnswered || !results.mainRoute) {
        family.native.tried = true;
        family.native.route = results.mainRoute;
        family.native.tcp = results.mainRoute && results.nativeReachable;
    }
    return family;
}

} // namespace

Findings assemble(const RoundResults &results)
{
    Findings findings;
    findings.tunnel = results.tunnel;
    findings.dns = results.dns;
    findings.ipv4 = sort(results.ipv4, results.tunnel.carriesIPv4);
    findings.ipv6 = sort(results.ipv6, results.tunnel.carriesIPv6);
    findings.finishedAt = QDateTime::currentDateTimeUtc();
    return findings;
}

} // namespace Lifeline::Diagnosis
