// One verdict from a round of findings, and the plain sentence a family member
// reads in the tray's tooltip and `lifelinectl status`.
#pragma once

#include "Findings.h"

#include <QString>

namespace Lifeline::Diagnosis {

enum class Verdict {
    Checking, // no round has finished yet
    AllFine,
    IPv4Broken, // IPv6 works
    IPv6Broken, // IPv4 works (no IPv6 at all from the provider counts too)
    DnsBroken, // addresses work, names do not
    CaptivePortal, // a login page intercepts the web (hotel, train)
    Offline, // neither family reaches anything
    TunnelNotPassing, // the backup connection is up but carries nothing
    PagesHang, // small requests pass, big ones stall: probable MTU black hole
};

// Pure: the same findings always give the same verdict.
// Order of precedence (first that holds wins):
//   Offline (no family passes natively or through the tunnel, no portal),
//   CaptivePortal, TunnelNotPassing (tunnel "up" and a family it carries fails through it),
//   IPv4Broken / IPv6Broken (one family fails on every path, the other works),
//   DnsBroken, PagesHang, AllFine.
Verdict decide(const Findings &findings);

// Stable machine name ("ipv4-broken", ...), for `lifelinectl status --json` and tests.
QString verdictName(Verdict verdict);

// Translated sentence for people, e.g. "Some websites can't be reached: your provider's
// IPv4 is down. IPv6 works." Uses the findings for detail (e.g. whether the backup
// connection already covers the broken family, or IPv6 was never offered).
QString sentence(Verdict verdict, const Findings &findings);

// Whether something answered over this path (a TCP target or the HTTP check). A
// sign-in page's answer does not count: the web is intercepted.
bool pathWorks(const PathFindings &path);

// Whether the person at the computer is fine: all fine, or the one broken family is
// covered by the backup connection (the sentence then says "Everything works.").
// `lifelinectl status` exits 0 exactly then.
bool everythingWorks(Verdict verdict, const Findings &findings);

// Whether a broken family has come back natively while the tunnel still carries it.
bool nativeBack(const Findings &findings, Family family);

} // namespace Lifeline::Diagnosis
