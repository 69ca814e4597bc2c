// What the probes of one round answered, before it is known which path they
// took. The normal probes go wherever the routing sends them: through the tunnel
// for a family it carries, natively otherwise. assemble() sorts them into
// Findings; pure, so that sorting is unit-tested.
#pragma once

#include "Findings.h"

namespace Lifeline::Diagnosis {

struct FamilyResults {
    bool targets = false; // any TCP or HTTP target configured for this family
    bool mainRoute = false; // the provider's default route (main table)
    bool tcp = false;
    HttpCheck http = HttpCheck::NotTried;
    bool bigTransferTried = false;
    bool bigTransferPassed = false;
    bool nativeAnswered = false; // the helper's ProbeNative answered (tunnel carries it)
    bool nativeReachable = false;
};

struct RoundResults {
    FamilyResults ipv4;
    FamilyResults ipv6;
    DnsFindings dns;
    TunnelFindings tunnel;
};

Findings assemble(const RoundResults &results);

} // namespace Lifeline::Diagnosis
