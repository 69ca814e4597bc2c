#include "Verdict.h"

#include <QCoreApplication>

namespace Lifeline::Diagnosis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lifeline::Diagnosis", text);
}

bool worksAnywhere(const FamilyFindings &family)
{
    return pathWorks(family.native) || pathWorks(family.tunnel);
}

// Broken natively: probed outside every tunnel and nothing answered. Not probed
// natively (the helper could not ask) says nothing either way.
bool brokenNatively(const FamilyFindings &family)
{
    return family.native.tried && !pathWorks(family.native);
}

bool portal(const PathFindings &path)
{
    return path.tried && path.http == HttpCheck::Portal;
}

bool pagesHang(const PathFindings &path)
{
    return pathWorks(path) && path.bigTransferTried && !path.bigTransferPassed;
}

bool carries(const Findings &findings, Family family)
{
    return family == Family::IPv4 ? findings.tunnel.carriesIPv4 : findings.tunnel.carriesIPv6;
}

const FamilyFindings &of(const Findings &findings, Family family)
{
    return family == Family::IPv4 ? findings.ipv4 : findings.ipv6;
}

bool tunnelUp(const Findings &findings)
{
    return findings.tunnel.state == QLatin1String("up");
}

// The tunnel is up, carries this family, and nothing passes through it.
bool tunnelFails(const Findings &findings, Family family)
{
    const PathFindings &path = of(findings, family).tunnel;
    return tunnelUp(findings) && carries(findings, family) && path.tried && !pathWorks(path);
}

// A family is covered when it is broken natively but the backup connection carries it.
bool covered(const Findings &findings, Family family)
{
    const FamilyFindings &f = of(findings, family);
    return brokenNatively(f) && pathWorks(f.tunnel) && carries(findings, family);
}

QString carriedFamilies(const Findings &findings)
{
    if (findings.tunnel.carriesIPv4 && findings.tunnel.carriesIPv6)
        return tr("The backup connection carries all traffic.");
    if (findings.tunnel.carriesIPv4)
        return tr("The backup connection carries IPv4.");
    return tr("The backup connection carries IPv6.");
}

QString allFineSentence(const Findings &findings)
{
    if (!tunnelUp(findings) || !(findings.tunnel.carriesIPv4 || findings.tunnel.carriesIPv6))
        return tr("Everything works.");
    if (nativeBack(findings, Family::IPv4) && nativeBack(findings, Family::IPv6))
        return tr("Everything works. Your provider's connection is back; "
                  "the backup connection is no longer needed.");
    if (nativeBack(findings, Family::IPv4))
        return tr("Everything works. Your provider's IPv4 is back; "
                  "the backup connection is no longer needed for it.");
    if (nativeBack(findings, Family::IPv6))
        return tr("Everything works. Your provider's IPv6 is back; "
                  "the backup connection is no longer needed for it.");
    return tr("Everything works.") + QLatin1Char(' ') + carriedFamilies(findings);
}

QString ipv4BrokenSentence(const Findings &findings)
{
    if (covered(findings, Family::IPv4))
        return tr("Your provider's IPv4 is down; the backup connection covers it. "
                  "Everything works.");
    return tr("Some websites can't be reached: your provider's IPv4 is down. IPv6 works.");
}

QString ipv6BrokenSentence(const Findings &findings)
{
    const bool noIPv6 = findings.ipv6.native.tried && !findings.ipv6.native.route;
    if (covered(findings, Family::IPv6))
        return noIPv6 ? tr("Your provider offers no IPv6; the backup connection provides it. "
                           "Everything works.")
                      : tr("Your provider's IPv6 is down; the backup connection covers it. "
                           "Everything works.");
    return noIPv6 ? tr("Your provider offers no IPv6; IPv6-only websites can't be reached.")
                  : tr("Some websites can't be reached: your provider's IPv6 is down. "
                       "IPv4 works.");
}

QString offlineSentence(const Findings &findings)
{
    const bool anyRoute = findings.ipv4.native.route || findings.ipv6.native.route;
    if (!anyRoute)
        return tr("You're offline: this computer has no network connection.");
    return tr("You're offline: the network is connected, but nothing on the internet "
              "can be reached.");
}

} // namespace

Verdict decide(const Findings &findings)
{
    const bool works4 = worksAnywhere(findings.ipv4);
    const bool works6 = worksAnywhere(findings.ipv6);
    const bool anyPortal = portal(findings.ipv4.native) || portal(findings.ipv6.native)
        || portal(findings.ipv4.tunnel) || portal(findings.ipv6.tunnel);

    if (!works4 && !works6 && !anyPortal)
        return Verdict::Offline;
    if (anyPortal)
        return Verdict::CaptivePortal;
    if (tunnelFails(findings, Family::IPv4) || tunnelFails(findings, Family::IPv6))
        return Verdict::TunnelNotPassing;
    // A family that fails on every path matters more than one the backup covers.
    if (brokenNatively(findings.ipv4) && !works4)
        return Verdict::IPv4Broken;
    if (brokenNatively(findings.ipv6) && !works6)
        return Verdict::IPv6Broken;
    if (brokenNatively(findings.ipv4))
        return Verdict::IPv4Broken;
    if (brokenNatively(findings.ipv6))
        return Verdict::IPv6Broken;
    if (findings.dns.tried && !findings.dns.answersA && !findings.dns.answersAAAA)
        return Verdict::DnsBroken;
    for (const PathFindings *path : { &findings.ipv4.native, &findings.ipv6.native,
             &findings.ipv4.tunnel, &findings.ipv6.tunnel }) {
        if (pagesHang(*path))
            return Verdict::PagesHang;
    }
    return Verdict::AllFine;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Checking:
        return QStringLiteral("checking");
    case Verdict::AllFine:
        return QStringLiteral("all-fine");
    case Verdict::IPv4Broken:
        return QStringLiteral("ipv4-broken");
    case Verdict::IPv6Broken:
        return QStringLiteral("ipv6-broken");
    case Verdict::DnsBroken:
        return QStringLiteral("dns-broken");
    case Verdict::CaptivePortal:
        return QStringLiteral("captive-portal");
    case Verdict::Offline:
        return QStringLiteral("offline");
    case Verdict::TunnelNotPassing:
        return QStringLiteral("tunnel-not-passing");
    case Verdict::PagesHang:
        return QStringLiteral("pages-hang");
    }
    return QStringLiteral("unknown");
}

QString sentence(Verdict verdict, const Findings &findings)
{
    switch (verdict) {
    case Verdict::Checking:
        return tr("Checking the connection…");
    case Verdict::AllFine:
        return allFineSentence(findings);
    case Verdict::IPv4Broken:
        return ipv4BrokenSentence(findings);
    case Verdict::IPv6Broken:
        return ipv6BrokenSentence(findings);
    case Verdict::DnsBroken:
        return tr("Websites can't be found by name: the name service (DNS) isn't answering. "
                  "The connection itself works.");
    case Verdict::CaptivePortal:
        return tr("A sign-in page is holding back the internet, as in hotels or trains. "
                  "Open any website to sign in.");
    case Verdict::Offline:
        return offlineSentence(findings);
    case Verdict::TunnelNotPassing:
        return tr("The backup connection is on, but nothing gets through it.");
    case Verdict::PagesHang:
        return tr("Pages may hang while loading: small requests get through, big ones stall "
                  "(probably a packet-size problem on the way).");
    }
    return {};
}

bool pathWorks(const PathFindings &path)
{
    return path.tried && path.route && (path.tcp || path.http == HttpCheck::Passed);
}

bool everythingWorks(Verdict verdict, const Findings &findings)
{
    switch (verdict) {
    case Verdict::AllFine:
        return true;
    case Verdict::IPv4Broken:
        return covered(findings, Family::IPv4);
    case Verdict::IPv6Broken:
        return covered(findings, Family::IPv6);
    default:
        return false;
    }
}

bool nativeBack(const Findings &findings, Family family)
{
    const FamilyFindings &f = of(findings, family);
    return carries(findings, family) && f.native.tried && pathWorks(f.native);
}

} // namespace Lifeline::Diagnosis
