// What the admin does on the VPS for a tunnel Lifeline made the key pair for:
// the server's WireGuard configuration and the shell commands for a Debian
// server (forwarding, NAT, the accept_ra=2 pitfall). Pure functions over the
// tunnel's settings, shared by the set-up window and `lifelinectl tunnel create`.
// The generated text is code and stays untranslated; only errors are translated.
#pragma once

#include <QString>
#include <QStringList>

namespace Lifeline::ServerSetup {

struct Tunnel {
    QString name; // Lifeline's name for the tunnel, for the comments
    QString endpoint; // host:port or [v6]:port, as given to CreateTunnel
    QStringList addresses; // the client's interface addresses, CIDR
    QStringList allowedIps; // what the client sends through the tunnel, CIDR
    QString clientPublicKey; // base64, from CreateTunnel
    QString serverInterface = QStringLiteral("wg0"); // [a-zA-Z0-9_-], at most 15 bytes
};

struct Setup {
    QString config; // /etc/wireguard/<serverInterface>.conf, with a key placeholder
    QString commands; // to paste into a root shell on the server
    QString error; // set (and the rest empty) when `tunnel` cannot be set up
};

// The placeholder in `config` for the server's own private key.
inline constexpr auto PrivateKeyPlaceholder = "SERVER_PRIVATE_KEY";

Setup make(const Tunnel &tunnel);

} // namespace Lifeline::ServerSetup
