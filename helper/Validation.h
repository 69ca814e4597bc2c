// Checks of caller-supplied values. Each returns an empty string when the
// value is acceptable, else a sentence saying what is wrong with it.
#pragma once

#include "Contract.h"

#include <QString>
#include <QStringList>

namespace Lifeline::Validation {

// Tunnel names become interface names ll-<name>: 1–12 of [a-z0-9-].
QString tunnelName(const QString &name);
// ConnectTunnel's families: "ipv4", "ipv6", "all" or "" (what the config says).
QString families(const QString &families);
// RunIsolated's mode: "ipv4-only", "ipv6-only" or "tunnel:<name>".
QString isolationMode(const QString &mode);
// RunIsolated's argv: non-empty, absolute program, bounded size, no NUL bytes.
QString commandLine(const QStringList &argv);
// RunIsolated's env: bounded size, names without '=' or NUL, values without NUL.
QString environment(const StringMap &env);
// RunIsolated's cwd: an absolute path without NUL bytes.
QString workingDirectory(const QString &cwd);

inline constexpr int MaxArguments = 4096;
inline constexpr int MaxEnvironmentEntries = 4096;
inline constexpr qsizetype MaxCommandBytes = 256 * 1024;

} // namespace Lifeline::Validation
