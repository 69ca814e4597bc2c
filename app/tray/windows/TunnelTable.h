// The helper's tunnels and their status, kept current: ListTunnels and
// GetTunnel when asked, TunnelChanged as it comes. A table for the settings
// window (name, status, what it carries, MTU).
#pragma once

#include <QAbstractTableModel>
#include <QDBusConnection>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

class QDBusPendingCallWatcher;

namespace Lifeline::Windows {

class TunnelTable : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Status, Carries, Mtu, ColumnCount };

    explicit TunnelTable(const QDBusConnection &bus, QObject *parent = nullptr);

    // Asks the helper for the whole list again.
    void refresh();
    // Asks for one tunnel's status again (after a change the helper may not signal).
    void refreshTunnel(const QString &name);

    QStringList names() const { return m_names; }
    QVariantMap status(const QString &name) const { return m_status.value(name); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // The helper could not be asked; a sentence for the window.
    void unavailable(const QString &sentence);
    void tunnelUpdated(const QString &name);
    // ListTunnels answered (the names' statuses may still be on their way).
    void listed(const QStringList &names);

private Q_SLOTS:
    void onTunnelChanged(const QString &name, const QVariantMap &status);

private:
    void onList(const QDBusPendingCallWatcher &watcher);
    void update(const QString &name, const QVariantMap &status);
    void remove(const QString &name);

    QDBusConnection m_bus;
    QStringList m_names; // rows, sorted
    QHash<QString, QVariantMap> m_status;
    QTimer m_ages; // "answered 12 seconds ago" grows older
};

} // namespace Lifeline::Windows
