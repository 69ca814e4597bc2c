#include "TrayWindows.h"

#include <QWidget>

#ifdef LIFELINE_TRAY_WINDOWS
#include "AutostartOverride.h"
#include "SettingsWindow.h"
#include "SetupWindow.h"
#endif

namespace Lifeline::Tray {

TrayWindows::TrayWindows(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

void TrayWindows::raise(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

bool TrayWindows::autostartTurnedOff()
{
#ifdef LIFELINE_TRAY_WINDOWS
    return Windows::AutostartOverride::forThisUser().isTurnedOff();
#else
    return false; // without the settings window nobody can have turned it off
#endif
}

void TrayWindows::openSettings()
{
    if (m_settings) {
        raise(m_settings);
        return;
    }
#ifdef LIFELINE_TRAY_WINDOWS
    auto *window = new Windows::SettingsWindow(m_bus);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &Windows::SettingsWindow::backupTunnelChanged, this, &TrayWindows::backupTunnelChanged);
    connect(window, &Windows::SettingsWindow::automaticChanged, this, &TrayWindows::automaticChanged);
    connect(window, &Windows::SettingsWindow::probeTargetsSaved, this, &TrayWindows::probeTargetsSaved);
    m_settings = window;
    raise(window);
#else
    Q_EMIT unavailable(tr("The settings window is not part of this build of Lifeline."));
#endif
}

void TrayWindows::openSetUp()
{
    if (m_setUp) {
        raise(m_setUp);
        return;
    }
#ifdef LIFELINE_TRAY_WINDOWS
    auto *window = new Windows::SetupWindow(m_bus);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // A new tunnel may be the backup now (the only one, or chosen in settings).
    connect(window, &Windows::SetupWindow::tunnelAdded, this, &TrayWindows::backupTunnelChanged);
    m_setUp = window;
    raise(window);
#else
    Q_EMIT unavailable(tr("The set-up window is not part of this build of Lifeline."));
#endif
}

} // namespace Lifeline::Tray
