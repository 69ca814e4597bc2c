// CreateTunnel's work once polkit said yes and the settings were checked:
// refuse a name that is taken, make the key pair, and store the tunnel as
// wg-quick text through TunnelManager::import, ImportTunnel's own path (the
// same parser, the same store, the same TunnelChanged). Only the public key
// comes back; the private key is wiped from every buffer this code held.
#pragma once

#include "NewTunnel.h"
#include "TunnelManager.h"

namespace Lifeline {

TunnelManager::Outcome createTunnel(TunnelManager &tunnels, const QString &name,
    const Tunnel::NewTunnel &settings, QString *publicKey);

} // namespace Lifeline
