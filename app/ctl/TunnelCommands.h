// `lifelinectl tunnel ...`: each command is one or a few asynchronous calls
// on the helper; `up` also waits for the tunnel (see TunnelUpCommand).
#pragma once

#include "CommandLine.h"

#include <QDBusConnection>

#include <functional>

namespace Lifeline {

// Reports the exit code through `done`, exactly once. `config` is what
// `import` sends, already read and checked (TunnelConfigFile).
void runTunnelCommand(const QDBusConnection &bus, const TunnelRequest &request, bool asJson,
    const QString &config, std::function<void(int)> done);

} // namespace Lifeline
