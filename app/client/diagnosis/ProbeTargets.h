// Where probes go. Settings, never hard-wired public hosts in tests: every test
// and the demo point these at lab hosts (DESIGN.md, safety rules).
#pragma once

#include "Findings.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace Lifeline::Diagnosis {

struct TcpTarget {
    QHostAddress address; // a literal address: no DNS involved
    quint16 port = 443;

    // "192.0.2.1:443", "[2001:db8::1]:443", or a bare address (port 443). The address must
    // belong to `family`. On failure returns false and says why in `error` (translated).
    static bool parse(const QString &text, Family family, TcpTarget *target, QString *error);
    QString toString() const; // the same form parse() reads
    bool operator==(const TcpTarget &) const = default;
};

struct ProbeTargets {
    QList<TcpTarget> ipv4Tcp;
    QList<TcpTarget> ipv6Tcp;
    QUrl ipv4Http; // connectivity check by literal address, e.g. http://192.0.2.1/generate_204
    QUrl ipv6Http; // (empty: no HTTP check for that family)
    int httpExpectedStatus = 204;
    // When non-empty, the body must start with it (status 200 checks whose body carries a
    // fixed opening, e.g. Cloudflare's /cdn-cgi/trace); redirects are never followed.
    QByteArray httpExpectedBody;
    // A resource bigger than one packet (some tens of KiB; a TLS handshake with its
    // certificate chain counts) for the MTU black-hole check. It passes when the transfer
    // completes, whatever the HTTP status. Empty: no big-transfer check.
    QUrl ipv4BigHttp;
    QUrl ipv6BigHttp;
    QString dnsName; // a name with both A and AAAA records (empty: no DNS check)
    int timeoutMs = 2500; // per probe; probes run concurrently

    static constexpr int MinTimeoutMs = 200;
    static constexpr int MaxTimeoutMs = 30000;

    // Defaults for real desktops (public, well-known targets). Tests never use them.
    static ProbeTargets defaults();
    // Read from / write to the app's settings (QSettings group "probes"); missing keys
    // fall back to defaults(). Invalid entries are skipped and reported in `errors`.
    // A key present but empty disables that probe (it never falls back to a public target).
    static ProbeTargets fromSettings(QStringList *errors = nullptr);
    void save() const;
    // The same, on a given QSettings (tests; the app uses the shared lifeline.conf).
    static ProbeTargets fromSettings(QSettings &settings, QStringList *errors = nullptr);
    void save(QSettings &settings) const;

    // An HTTP(S) URL whose host is a literal address of `family`, or empty. Says why not.
    static bool checkUrl(const QUrl &url, Family family, QString *error);

    bool operator==(const ProbeTargets &) const = default;
};

} // namespace Lifeline::Diagnosis
