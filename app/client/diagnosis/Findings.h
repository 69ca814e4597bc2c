// What one round of probes found, as plain data. Probers fill it in; decide()
// (Verdict.h) turns it into one verdict. No Qt networking here, so the verdict
// logic is unit-tested with hand-made Findings.
#pragma once

#include <QDateTime>
#include <QString>

namespace Lifeline::Diagnosis {

enum class Family { IPv4, IPv6 };

// The plain-HTTP connectivity check (a URL that answers 204 or a known body).
enum class HttpCheck {
    NotTried, // nothing to try (no route, no targets)
    Passed, // the expected answer came back
    Portal, // an answer came back, but not the expected one: a captive portal
    Failed, // refused, reset or timed out
};

// One family on one path (natively, or through the tunnel).
struct PathFindings {
    bool tried = false; // false: this path was not probed this round
    bool route = false; // a default route (or one covering the targets) exists
    bool tcp = false; // at least one literal-address target accepted a TCP connection
    HttpCheck http = HttpCheck::NotTried;
    // A large transfer (bigger than one packet) from the same server. Only meaningful when
    // small requests pass: small passes + big stalls = a probable MTU black hole.
    bool bigTransferTried = false;
    bool bigTransferPassed = false;
};

struct FamilyFindings {
    PathFindings native; // outside any tunnel (through the helper while a tunnel carries it)
    PathFindings tunnel; // through the backup connection, when it carries this family
};

struct DnsFindings {
    bool tried = false;
    bool answersA = false; // the system resolver answered an A query for a probe name
    bool answersAAAA = false; // ... and an AAAA query
};

struct TunnelFindings {
    QString name; // empty: no backup connection configured
    QString state; // the helper's state: down, connecting, up, failed
    bool carriesIPv4 = false; // its routes carry this family for the whole machine
    bool carriesIPv6 = false;
};

struct Findings {
    FamilyFindings ipv4;
    FamilyFindings ipv6;
    DnsFindings dns;
    TunnelFindings tunnel;
    QDateTime finishedAt;
};

} // namespace Lifeline::Diagnosis
