// `lifelinectl tunnel SUBCOMMAND ...`: parsing and help. Options and
// arguments may come in any order; `--` ends the options, so a FILE that
// starts with a dash can still be named.
#pragma once

#include "CommandLine.h"

namespace Lifeline {

// `arguments` starts after "tunnel"; `json` is whether --json came before it.
Invocation parseTunnel(const QStringList &arguments, bool json);

// The help on one tunnel command, or on all of them for Action::None.
QString tunnelHelpText(TunnelRequest::Action action);

} // namespace Lifeline
