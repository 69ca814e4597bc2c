// Tunnel names, checked here rather than with the helper's Validation so
// this library stays below lifeline_helper_core (which links it) and its
// tests need no bus. The rule is DESIGN.md's: 1–12 of [a-z0-9-], so that
// ll-<name> fits the kernel's 15-byte interface names and a name can never
// be a path ("..", "/") or carry a control character into a message.
#pragma once

#include <QString>

namespace Lifeline::Tunnel {

inline constexpr int MaxNameLength = 12;

// An empty string when `name` is acceptable, else what is wrong with it.
QString checkName(const QString &name);

// The interface a tunnel gets: ll-<name>. Only for names checkName() accepts.
QString interfaceName(const QString &name);

} // namespace Lifeline::Tunnel
