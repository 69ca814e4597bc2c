// `lifelinectl tunnel create`: CreateTunnel, then the server's side of the
// new tunnel (ServerSetup) for the admin to copy to the VPS.
#pragma once

#include "CommandLine.h"

#include <QDBusConnection>

#include <functional>

namespace Lifeline {

// Reports the exit code through `done`, exactly once.
void runTunnelCreate(const QDBusConnection &bus, const TunnelRequest &request, bool asJson,
    std::function<void(int)> done);

} // namespace Lifeline
