// What `lifelinectl tunnel import` sends: FILE, or standard input for "-",
// read and checked before the helper is asked, so an obviously wrong file
// costs no polkit prompt. The helper still validates everything itself.
#pragma once

#include <QByteArray>
#include <QString>

namespace Lifeline {

// A wg-quick file is a few hundred bytes; a megabyte is already absurd, and
// the limit keeps a mistaken `import x /dev/zero` from eating memory.
inline constexpr qsizetype MaxTunnelConfigBytes = 1024 * 1024;

struct TunnelConfig {
    QString text;
    int exitCode = 0; // Exit::Ok, or what to exit with after printing `error`
    QString error;
};

// Reads at most MaxTunnelConfigBytes + 1 bytes: enough to tell "too large".
TunnelConfig readTunnelConfig(const QString &file);

// The checks on what was read; `shownName` is how the file is named in errors.
TunnelConfig decodeTunnelConfig(const QByteArray &bytes, const QString &shownName);

} // namespace Lifeline
