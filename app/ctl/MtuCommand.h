// `lifelinectl mtu fix NAME`: asks the helper to probe tunnel NAME's path
// MTU and set it, and prints the MTU before and after.
#pragma once

#include "CommandLine.h"

#include <QDBusConnection>

#include <functional>

namespace Lifeline {

// `arguments` starts after "mtu"; `json` is whether --json came before it.
Invocation parseMtu(const QStringList &arguments, bool json);
QString mtuHelpText();

// Reports the exit code through `done`, exactly once.
void runMtuFix(const QDBusConnection &bus, const QString &name, std::function<void(int)> done);

} // namespace Lifeline
