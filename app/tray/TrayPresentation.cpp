#include "TrayPresentation.h"

#include <QCoreApplication>

namespace Lifeline::Tray {

using Diagnosis::Family;
using Diagnosis::Verdict;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lifeline::Tray", text);
}

bool failing(Verdict verdict)
{
    switch (verdict) {
    case Verdict::DnsBroken:
    case Verdict::CaptivePortal:
    case Verdict::TunnelNotPassing:
    case Verdict::PagesHang:
    case Verdict::IPv4Broken:
    case Verdict::IPv6Broken:
        return true;
    case Verdict::Checking:
    case Verdict::AllFine:
    case Verdict::Offline:
        break;
    }
    return false;
}

// Without the helper, an entry that needs it says so instead of what it would do.
ActionView unreachable(ActionView view, const TrayState &state)
{
    if (!state.helperReachable)
        view.hint = tr("Lifeline's system helper is not available.");
    return view;
}

ActionView backupView(const TrayState &state)
{
    const BackupState &backup = state.backup;
    ActionView view;
    view.visible = backup.configured();
    view.checked = backup.on();
    view.enabled = !backup.busy && !backup.state.isEmpty() && state.helperReachable;
    if (backup.state == QLatin1String("connecting"))
        view.text = tr("Use backup connection (connecting…)");
    else if (backup.state == QLatin1String("failed"))
        view.text = tr("Use backup connection (failed, try again)");
    else
        view.text = tr("Use backup connection");
    if (!state.helperReachable)
        view.hint = tr("Lifeline's system helper is not available.");
    else if (backup.busy)
        view.hint = tr("Waiting for the system helper…");
    else if (backup.on())
        view.hint = tr("Turns the backup connection “%1” off.").arg(backup.name);
    else if (const auto family = brokenFamily(state.verdict))
        view.hint = (*family == Family::IPv4
                ? tr("Sends IPv4 through the backup connection “%1”.")
                : tr("Sends IPv6 through the backup connection “%1”."))
                        .arg(backup.name);
    else
        view.hint = tr("Turns the backup connection “%1” on.").arg(backup.name);
    return view;
}

ActionView setUpView(const TrayState &state)
{
    ActionView view;
    view.visible = !state.backup.configured();
    view.text = tr("Set up a backup connection… (asks for an administrator password)");
    view.enabled = state.helperReachable;
    view.hint = state.helperReachable
        ? tr("A backup connection sends a broken part of the internet through your own server.")
        : tr("Lifeline's system helper is not available.");
    return view;
}

ActionView repairView(const TrayState &state)
{
    ActionView view;
    view.text = state.repairing ? tr("Repairing…") : tr("Pages not loading? Repair");
    view.enabled = state.backup.up() && !state.repairing && state.helperReachable;
    view.hint = state.backup.up()
        ? tr("Finds the largest packets the backup connection passes and sets it to them.")
        : tr("Repair works on the backup connection; it is off.");
    return unreachable(view, state);
}

ActionView runNativeView(const TrayState &state)
{
    ActionView view;
    const bool ipv6 = nativeRunMode(state) == QLatin1String("ipv6-only");
    view.text = ipv6 ? tr("Run a program with IPv6 only…") : tr("Run a program with IPv4 only…");
    view.hint = ipv6 ? tr("Starts a program that sees only IPv6, which works now.")
                     : tr("Starts a program that sees only IPv4.");
    view.enabled = state.helperReachable;
    return unreachable(view, state);
}

ActionView runBackupView(const TrayState &state)
{
    ActionView view;
    view.text = tr("Run a program through the backup connection…");
    view.visible = state.backup.configured();
    view.enabled = state.backup.up() && state.helperReachable;
    view.hint = state.backup.up()
        ? tr("Starts a program whose traffic goes only through “%1”.").arg(state.backup.name)
        : tr("Turn the backup connection on first.");
    return unreachable(view, state);
}

} // namespace

QString iconName(IconKind kind)
{
    switch (kind) {
    case IconKind::Checking:
        return QStringLiteral("checking");
    case IconKind::Fine:
        return QStringLiteral("fine");
    case IconKind::PartlyBroken:
        return QStringLiteral("partly-broken");
    case IconKind::BackupOn:
        return QStringLiteral("backup-on");
    case IconKind::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("checking");
}

std::optional<Family> brokenFamily(Verdict verdict)
{
    if (verdict == Verdict::IPv4Broken)
        return Family::IPv4;
    if (verdict == Verdict::IPv6Broken)
        return Family::IPv6;
    return std::nullopt;
}

std::optional<Family> uncoveredBrokenFamily(const TrayState &state)
{
    const auto family = brokenFamily(state.verdict);
    if (family && state.backup.up() && state.backup.carries(*family))
        return std::nullopt;
    return family;
}

IconKind iconKind(const TrayState &state)
{
    if (state.verdict == Verdict::Offline)
        return IconKind::Offline;
    // A broken family the backup carries is covered: that is what "backup on" shows.
    if (state.verdict == Verdict::IPv4Broken || state.verdict == Verdict::IPv6Broken)
        return uncoveredBrokenFamily(state) ? IconKind::PartlyBroken : IconKind::BackupOn;
    if (failing(state.verdict))
        return IconKind::PartlyBroken;
    if (state.backup.on())
        return IconKind::BackupOn;
    return state.verdict == Verdict::Checking ? IconKind::Checking : IconKind::Fine;
}

QString toolTip(const TrayState &state)
{
    return state.sentence;
}

QString nativeRunMode(const TrayState &state)
{
    return uncoveredBrokenFamily(state) == Family::IPv4 ? QStringLiteral("ipv6-only")
                                                        : QStringLiteral("ipv4-only");
}

QString connectFamilies(const TrayState &state)
{
    const auto family = brokenFamily(state.verdict);
    if (!family)
        return QString();
    return *family == Family::IPv4 ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
}

MenuView menuView(const TrayState &state)
{
    MenuView view;
    view.status = state.sentence;
    view.backup = backupView(state);
    view.setUp = setUpView(state);
    view.repair = repairView(state);
    view.runNative = runNativeView(state);
    view.runBackup = runBackupView(state);
    view.checkAgain.text = state.checking ? tr("Checking…") : tr("Check again");
    view.checkAgain.enabled = !state.checking;
    view.settings.text = tr("Settings…");
    view.quit.text = tr("Quit");
    return view;
}

} // namespace Lifeline::Tray
