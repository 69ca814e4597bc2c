// Lifeline's settings: the backup connections with their status (and per
// connection its MTU, removal), which one is the backup, automatic mode,
// start at login, and, folded away, where the diagnosis probes. Helper calls
// are asynchronous; the bus is given, so tests can use a private one.
#pragma once

#include "diagnosis/ProbeTargets.h"

#include <QDBusConnection>
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeView;

namespace Lifeline::Windows {

class MtuPanel;
class ProbeTargetsPanel;
class SetupWindow;
class TunnelTable;

class SettingsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsWindow(const QDBusConnection &bus, QWidget *parent = nullptr);

    TunnelTable *tunnels() const { return m_table; }
    // Opens (or raises) the set-up window.
    void addConnection();

Q_SIGNALS:
    void backupTunnelChanged(const QString &name);
    void automaticChanged(bool automatic);
    void probeTargetsSaved(const Lifeline::Diagnosis::ProbeTargets &targets);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeTunnelsBox();
    QWidget *makeBehaviourBox();
    QSize initialSize(const QWidget *content, const QWidget *scroll) const;
    QString selectedTunnel() const;
    void onSelectionChanged();
    void onTunnelUpdated(const QString &name);
    void fillBackupChoices();
    void onBackupChosen(int index);
    void onTunnelAdded(const QString &name);
    void confirmRemove();
    void removeTunnel(const QString &name);
    void applyMtu(const QString &name, const QString &mtu);
    void setAutostart(bool enabled);
    void showMessage(const QString &text);

    QDBusConnection m_bus;
    TunnelTable *m_table;
    QTreeView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_backup;
    MtuPanel *m_mtu;
    QCheckBox *m_automatic;
    QCheckBox *m_autostart;
    QToolButton *m_advanced;
    ProbeTargetsPanel *m_probes;
    QLabel *m_message;
    QPointer<SetupWindow> m_setup;
};

} // namespace Lifeline::Windows
