// `lifelinectl status [--json] [--timeout MS]`: one round of the diagnosis the
// tray app runs, its verdict in a sentence and a short per-family table.
#pragma once

#include "CommandLine.h"

#include <functional>

namespace Lifeline {

// `arguments` starts after "status"; `json` is whether --json came before it.
Invocation parseStatus(const QStringList &arguments, bool json);
QString statusHelpText();

// Runs one round and reports the exit code through `done`, exactly once:
// Exit::Ok when all is fine, Exit::Broken otherwise.
void runStatus(const Invocation &invocation, std::function<void(int)> done);

} // namespace Lifeline
