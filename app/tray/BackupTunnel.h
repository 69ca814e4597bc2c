// The backup connection as the helper sees it: which tunnel it is (settings
// group "backup", key "tunnel"; else the only tunnel there is), its state from
// GetTunnel and TunnelChanged, and the calls that switch and repair it. Every
// call is asynchronous; failures arrive as sentences, never D-Bus names.
#pragma once

#include "TrayState.h"

#include <QDBusConnection>
#include <QObject>
#include <QVariantMap>

class QDBusError;

namespace Lifeline::Tray {

class BackupTunnel : public QObject
{
    Q_OBJECT
public:
    explicit BackupTunnel(const QDBusConnection &bus, QObject *parent = nullptr);

    const BackupState &state() const { return m_state; }
    bool helperReachable() const { return m_helperReachable; }

    // The configured name (settings), or empty.
    static QString configuredName();
    // Which tunnel is the backup: the configured one if the helper has it, else the
    // only one, else none.
    static QString choose(const QString &configured, const QStringList &tunnels);

    // Re-reads the setting and asks the helper (ListTunnels, GetTunnel).
    void refresh();
    // ConnectTunnel(name, families); families "" means what the configuration says.
    void turnOn(const QString &families);
    void turnOff();
    // FixMtu(name).
    void repair();

Q_SIGNALS:
    void changed(const Lifeline::Tray::BackupState &state);
    void helperReachableChanged(bool reachable);
    // A call failed; `sentence` says why in words.
    void failed(const QString &sentence);
    void repaired(uint mtu);
    void repairFailed(const QString &sentence);
    void repairStarted();

private Q_SLOTS:
    void onTunnelChanged(const QString &name, const QVariantMap &status);

private:
    void subscribe();
    void fetchStatus();
    void apply(const QVariantMap &status);
    void setBusy(bool busy);
    void setReachable(bool reachable);
    void noteError(const QDBusError &error);

    QDBusConnection m_bus;
    BackupState m_state;
    bool m_helperReachable = true;
    bool m_subscribed = false;
    int m_generation = 0;   // answers to an older refresh are dropped
};

} // namespace Lifeline::Tray
