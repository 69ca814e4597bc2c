// wireguard-go's configuration protocol (the "cross-platform userspace
// API"): key=value lines over a unix socket, a request and its reply each
// ending with an empty line. Pure functions, so they are tested (and fuzzed)
// without a daemon; UapiClient carries them over the socket.
#pragma once

#include "WireGuardTypes.h"

#include <QByteArray>

namespace Lifeline::WireGuard::Uapi {

// "set=1 …" making the device exactly `config`: replace_peers, and
// replace_allowed_ips for each peer. Contains the private key in hex.
QByteArray setRequest(const DeviceConfig &config);
QByteArray getRequest();

// A reply is complete once it ends with an empty line.
bool isComplete(const QByteArray &reply);

// Empty for "errno=0", else a sentence naming the error. wireguard-go
// sends negative numbers ("errno=-22"); either sign is accepted.
QString parseSetReply(const QByteArray &reply);
// The peers of a complete "get=1" reply; refuses a malformed one. `fwmark`,
// when given, gets the device's fwmark (0 when the reply has none).
std::optional<QList<PeerStatus>> parseGetReply(
    const QByteArray &reply, QString *error, quint32 *fwmark = nullptr);

} // namespace Lifeline::WireGuard::Uapi
