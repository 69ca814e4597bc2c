// The polkit action messages of polkit/io.github.lifeline.policy, for lupdate
// only (never compiled): they land in the .ts files under the context
// "polkit", and lifeline-policy-l10n merges their translations into the
// installed policy as xml:lang elements. Keep each text exactly as the
// policy's English <description>/<message>: the build fails on any the .ts
// files do not translate.
#pragma once

#include <QtGlobal>

namespace Lifeline::PolkitStrings {

// io.github.lifeline.configure-tunnels
[[maybe_unused]] constexpr const char *ConfigureDescription =
    QT_TRANSLATE_NOOP("polkit", "Configure backup connections");
[[maybe_unused]] constexpr const char *ConfigureMessage =
    QT_TRANSLATE_NOOP("polkit", "Authentication is required to add, change or remove a backup connection");

// io.github.lifeline.connect-tunnel
[[maybe_unused]] constexpr const char *ConnectDescription =
    QT_TRANSLATE_NOOP("polkit", "Turn a backup connection on or off");
[[maybe_unused]] constexpr const char *ConnectMessage =
    QT_TRANSLATE_NOOP("polkit", "Authentication is required to turn a backup connection on or off");

// io.github.lifeline.run-isolated
[[maybe_unused]] constexpr const char *RunIsolatedDescription =
    QT_TRANSLATE_NOOP("polkit", "Run a program with a restricted connection");
[[maybe_unused]] constexpr const char *RunIsolatedMessage =
    QT_TRANSLATE_NOOP("polkit", "Authentication is required to run a program with a restricted connection");

// io.github.lifeline.fix-mtu
[[maybe_unused]] constexpr const char *FixMtuDescription =
    QT_TRANSLATE_NOOP("polkit", "Repair a backup connection's packet size");
[[maybe_unused]] constexpr const char *FixMtuMessage =
    QT_TRANSLATE_NOOP("polkit", "Authentication is required to repair a backup connection");

} // namespace Lifeline::PolkitStrings
