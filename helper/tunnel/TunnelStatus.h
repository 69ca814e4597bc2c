// GetTunnel's answer (and TunnelChanged's payload) for a stored tunnel.
#pragma once

#include "TunnelName.h"
#include "WgQuickConfig.h"

#include <QVariantMap>

namespace Lifeline::Tunnel {

// The status of a tunnel that is not connected: state "down", what the
// configuration says (interface, first peer's endpoint, families, mtu — 0
// when the config leaves it to the default —, number of peers) and zeroes
// for what only a live tunnel has. Built from named fields only, so it can
// never contain a key of any kind, public or secret.
QVariantMap downStatus(const QString &name, const WgQuickConfig &config);

// TunnelChanged's payload once a tunnel has been removed.
QVariantMap removedStatus();

} // namespace Lifeline::Tunnel
