// Values shared by the isolated-network back ends: launch ids, the names
// derived from them, and IP prefixes as plain bytes (Qt's QHostAddress lives
// in QtNetwork, which the helper does not link).
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Lifeline::Net {

enum class Family { IPv4, IPv6 };

// "ipv4" / "ipv6", as rule text and messages spell them.
QString familyName(Family family);

// A launch id is exactly 8 lowercase hex digits; every kernel name and rule
// comment built from it relies on that (DESIGN.md, security rule 5).
bool isLaunchId(const QString &id);
// A new one, random: ids must not be guessable (DESIGN.md, security rule 8).
QString randomLaunchId();
// The names derived from a valid id (callers check isLaunchId first).
QString namespaceName(const QString &id);          // lifeline-<id>
QString hostInterfaceName(const QString &id);      // llv<id>h, 12 bytes
QString namespaceInterfaceName(const QString &id); // llv<id>n, 12 bytes
// The other way: the id whose host veth is `name`; empty for any other name.
QString launchIdOfHostInterface(const QString &name);

// An address with a prefix length. Bytes are in network order; IPv4 uses the
// first four.
struct Prefix {
    Family family = Family::IPv4;
    std::array<quint8, 16> bytes{};
    int length = 0;

    // "10.231.0.0/16", "fd6c::/48"; a bare address gets the full length.
    static std::optional<Prefix> parse(const QString &text, QString *error = nullptr);
    static std::optional<Prefix> fromBytes(Family family, const void *data, int length);

    int maxLength() const { return family == Family::IPv4 ? 32 : 128; }
    int byteCount() const { return family == Family::IPv4 ? 4 : 16; }
    // The same prefix with the host bits cleared.
    Prefix network() const;
    // Address number `n` inside this prefix (network + n), keeping the length.
    Prefix host(quint32 n) const;
    // The same address with another length.
    Prefix withLength(int newLength) const;
    bool overlaps(const Prefix &other) const;

    QString address() const; // "10.231.0.1"
    QString text() const;     // "10.231.0.1/30"

    friend bool operator==(const Prefix &, const Prefix &) = default;
};

} // namespace Lifeline::Net
