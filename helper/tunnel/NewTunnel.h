// CreateTunnel's settings: a fixed set of typed keys, each value checked by
// the same field functions the wg-quick parser uses, and refused with a
// sentence naming the key. The checked settings become wg-quick text that
// goes through ImportTunnel's own path (parser, then TunnelStore), so a
// created tunnel is stored exactly like an imported one.
#pragma once

#include "Contract.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Lifeline::Tunnel {

struct NewTunnel {
    QString endpoint; // host:port or [v6]:port
    QString peerPublicKey; // the server's, canonical base64
    QStringList addresses; // the client's, CIDR
    QStringList allowedIps = defaultAllowedIps();
    QStringList dns;
    quint32 persistentKeepalive = 25; // seconds; 0 = off
    quint32 mtu = 0; // 0 = not given
};

inline constexpr quint32 DefaultKeepalive = 25;

// The checked settings, or nullopt with what was wrong (naming the key).
std::optional<NewTunnel> parseNewTunnel(const QVariantMap &settings, QString *error);

// The tunnel as a wg-quick file with `privateKey` (32 raw bytes) in it: a
// secret, so the caller passes it to wipeText() once it is stored.
QString wgQuickText(const NewTunnel &tunnel, const QByteArray &privateKey);

// Overwrites the characters of a string that held a secret (when it alone
// owns them), then empties it.
void wipeText(QString &secret);

} // namespace Lifeline::Tunnel
