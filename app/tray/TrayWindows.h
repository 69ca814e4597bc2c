// Opens the settings and set-up windows (app/tray/windows, built as
// lifeline_tray_windows) for the tray: one of each at a time, raised when
// open already. Without that library (LIFELINE_TRAY_WINDOWS undefined) the tray
// still builds and says the windows are missing.
#pragma once

#include "Diagnoser.h"

#include <QDBusConnection>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Lifeline::Tray {

class TrayWindows : public QObject
{
    Q_OBJECT
public:
    explicit TrayWindows(const QDBusConnection &bus, QObject *parent = nullptr);

    void openSettings();
    void openSetUp();
    // The settings window's "Start Lifeline when I log in" is off (the user's
    // autostart override hides the entry): `lifeline --autostart` then ends at once.
    static bool autostartTurnedOff();
    // The open settings window, if any (tests take screenshots of it).
    QWidget *settingsWindow() const { return m_settings; }
    QWidget *setUpWindow() const { return m_setUp; }

Q_SIGNALS:
    void backupTunnelChanged();
    void automaticChanged(bool automatic);
    void probeTargetsSaved(const Lifeline::Diagnosis::ProbeTargets &targets);
    // The windows are not part of this build.
    void unavailable(const QString &sentence);

private:
    static void raise(QWidget *window);

    QDBusConnection m_bus;
    QPointer<QWidget> m_settings;
    QPointer<QWidget> m_setUp;
};

} // namespace Lifeline::Tray
