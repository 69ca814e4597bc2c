// The view of a TrayState: which icon, which tooltip, which menu entries are
// enabled, checked and how they read. Pure functions, so the whole mapping is
// unit-tested without a tray or a helper.
#pragma once

#include "TrayState.h"

#include <optional>

namespace Lifeline::Tray {

enum class IconKind {
    Checking,      // no verdict yet
    Fine,          // everything works natively
    PartlyBroken,  // something is broken and nothing covers it
    BackupOn,      // the backup connection is on (connecting or up) and not failing
    Offline,       // nothing reaches the internet
};

// Stable names ("fine", "partly-broken", ...): resource file names and test output.
QString iconName(IconKind kind);

// One menu entry as it should look.
struct ActionView {
    QString text;
    QString hint;          // the entry's tooltip: why it is disabled, or what it will do
    bool visible = true;
    bool enabled = true;
    bool checked = false;  // only for the backup switch
};

struct MenuView {
    QString status;        // the first, disabled line: the verdict sentence
    ActionView backup;     // checkable "Use backup connection"
    ActionView setUp;      // instead of backup while none is configured
    ActionView repair;
    ActionView runNative;  // "Run a program with IPv4 only…" (IPv6 only while IPv4 is down)
    ActionView runBackup;  // "…through the backup connection…"
    ActionView checkAgain;
    ActionView settings;
    ActionView quit;
};

IconKind iconKind(const TrayState &state);
QString toolTip(const TrayState &state);
MenuView menuView(const TrayState &state);

// The family the verdict says is broken and nothing covers, if any.
std::optional<Diagnosis::Family> uncoveredBrokenFamily(const TrayState &state);
// The family the verdict says is broken (covered or not), if any.
std::optional<Diagnosis::Family> brokenFamily(Diagnosis::Verdict verdict);
// RunIsolated's mode for "Run a program with … only": the family that works.
QString nativeRunMode(const TrayState &state);
// ConnectTunnel's families argument for turning the backup on now: the broken
// family, else "" (what the tunnel's configuration says).
QString connectFamilies(const TrayState &state);

} // namespace Lifeline::Tray
