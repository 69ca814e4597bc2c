// The tray application's logic: keeps a TrayState from the diagnosis and the
// backup connection, draws the icon, tooltip and menu from it, carries out the
// menu's actions through the helper, decides notifications and the automatic
// backup. No main(): the app and the lab test both build one of these.
#pragma once

#include "AppPickerDialog.h"
#include "AutomaticBackup.h"
#include "Diagnoser.h"
#include "NotificationPolicy.h"
#include "TrayMenu.h"
#include "TrayState.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Lifeline::Tray {

class BackupTunnel;
class IsolatedLauncher;
class TrayWindows;

class TrayController : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of the diagnoser (reparented).
    TrayController(Diagnosis::Diagnoser *diagnoser, const QDBusConnection &bus,
        QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the icon, asks the helper about the backup, runs the first check.
    void start();

    const TrayState &state() const { return m_state; }
    IconKind shownIcon() const { return m_shownIcon; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    TrayMenu *menu() const { return m_menu; }
    TrayWindows *windows() const { return m_windows; }
    AppPickerDialog *picker() const { return m_picker; }
    // The offer of the last notification, carried out when it is clicked.
    Notice::Offer pendingOffer() const { return m_offer.offer; }

public Q_SLOTS:
    // A second `lifeline` asked us to show ourselves.
    void showYourself();
    // `lifeline --run-picker MODE`, here or in a later start: ipv4-only,
    // ipv6-only, or tunnel (through the backup connection).
    void runPicker(const QString &mode);
    // What clicking the last notification does.
    void acceptNotification();

Q_SIGNALS:
    // After every redraw of icon, tooltip and menu.
    void rendered(const Lifeline::Tray::TrayState &state);
    // A notification was shown.
    void notified(const QString &title, const QString &message);

private:
    void onChecked(const Diagnosis::Report &report);
    void onVerdictChanged(const Diagnosis::Report &report);
    void onBackupChanged(const BackupState &backup);
    void onChosen(TrayMenu::Entry entry);
    void switchBackup(bool on);
    void openPicker(const QString &mode);
    void render();
    void showNotice(const Notice &notice);
    void inform(const QString &title, const QString &message,
        QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information);
    void carryOut(const Notice &notice);
    bool automaticSetting() const;
    qint64 now() const { return m_clock.elapsed(); }

    QDBusConnection m_bus;
    Diagnosis::Diagnoser *m_diagnoser;
    BackupTunnel *m_backup;
    IsolatedLauncher *m_launcher;
    TrayWindows *m_windows;
    TrayMenu *m_menu;
    QSystemTrayIcon *m_tray;
    QPointer<AppPickerDialog> m_picker;
    TrayState m_state;
    IconKind m_shownIcon = IconKind::Checking;
    AutomaticBackup m_automatic;
    NotificationPolicy m_notices;
    Notice m_offer;               // the last notification's, until clicked or replaced
    QElapsedTimer m_clock;
    QTimer m_confirm;             // a second look soon after the verdict changed
    enum class AutoStep { None, TurningOn, TurningOff } m_autoStep = AutoStep::None;
};

} // namespace Lifeline::Tray
