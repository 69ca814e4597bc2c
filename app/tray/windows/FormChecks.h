// Checks of what a person typed into the set-up and settings windows, before
// anything goes to the helper. Each returns an empty string when the value is
// fine, else a translated sentence that says what is wrong and how it should
// look. The helper checks everything again: these exist so that mistakes are
// explained next to the field, before any password prompt.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Lifeline::Windows {

inline constexpr int MaxTunnelNameLength = 12; // "ll-" + name fits an interface name
inline constexpr int MinMtu = 576;
inline constexpr int MaxMtu = 9000;

class FormChecks
{
    Q_DECLARE_TR_FUNCTIONS(FormChecks)
public:
    static QString tunnelName(const QString &name);
    // host:port, [IPv6]:port or IPv4:port.
    static QString endpoint(const QString &endpoint);
    // A WireGuard public key: 44 characters of base64 of 32 bytes.
    static QString publicKey(const QString &key);
    // Addresses with an optional /length; at least one.
    static QString addresses(const QStringList &addresses);
    // Resolver addresses or search domains; may be empty.
    static QString dns(const QStringList &entries);
    static QString mtu(const QString &mtu);

    static bool isIpv4(const QString &text);
    static bool isIpv6(const QString &text);
    // A DNS name such as example.org.
    static bool isHostName(const QString &name);
    // Splits a list typed by a person: commas and blanks both separate.
    static QStringList splitList(const QString &text);
};

} // namespace Lifeline::Windows
