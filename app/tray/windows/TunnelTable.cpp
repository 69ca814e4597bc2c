#include "TunnelTable.h"

#include "Contract.h"
#include "HelperCall.h"
#include "HelperErrors.h"
#include "TunnelStatusText.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>

#include <algorithm>

namespace Lifeline::Windows {

namespace {

constexpr int AgeRefreshMs = 10 * 1000;

} // namespace

TunnelTable::TunnelTable(const QDBusConnection &bus, QObject *parent)
    : QAbstractTableModel(parent)
    , m_bus(bus)
{
    m_bus.connect(QString::fromLatin1(ServiceName), QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), QStringLiteral("TunnelChanged"), this,
        SLOT(onTunnelChanged(QString, QVariantMap)));
    m_ages.setInterval(AgeRefreshMs);
    connect(&m_ages, &QTimer::timeout, this, [this] {
        if (!m_names.isEmpty())
            Q_EMIT dataChanged(index(0, Status), index(int(m_names.size()) - 1, Status));
    });
    m_ages.start();
}

void TunnelTable::refresh()
{
    const QDBusPendingCall call
        = callHelper(m_bus, QStringLiteral("ListTunnels"), {}, Authorisation::None);
    whenFinished(call, this, [this](const QDBusPendingCallWatcher &watcher) { onList(watcher); });
}

void TunnelTable::onList(const QDBusPendingCallWatcher &watcher)
{
    const QDBusPendingReply<QStringList> reply = watcher;
    if (reply.isError()) {
        Q_EMIT unavailable(describe(reply.error()));
        return;
    }
    const QStringList names = reply.value();
    for (const QString &name : QStringList(m_names)) {
        if (!names.contains(name))
            remove(name);
    }
    for (const QString &name : names)
        refreshTunnel(name);
    Q_EMIT listed(names);
}

void TunnelTable::refreshTunnel(const QString &name)
{
    const QDBusPendingCall call
        = callHelper(m_bus, QStringLiteral("GetTunnel"), { name }, Authorisation::None);
    whenFinished(call, this, [this, name](const QDBusPendingCallWatcher &watcher) {
        const QDBusPendingReply<QVariantMap> reply = watcher;
        if (!reply.isError())
            update(name, reply.value());
        else if (classify(reply.error()) == Failure::NotFound)
            remove(name);
        else
            Q_EMIT unavailable(describe(reply.error()));
    });
}

void TunnelTable::onTunnelChanged(const QString &name, const QVariantMap &status)
{
    if (status.value(QStringLiteral("state")).toString() == QLatin1String("removed"))
        remove(name);
    else
        update(name, status);
}

void TunnelTable::update(const QString &name, const QVariantMap &status)
{
    m_status.insert(name, status);
    const auto at = std::lower_bound(m_names.begin(), m_names.end(), name);
    const int row = int(at - m_names.begin());
    if (at != m_names.end() && *at == name) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginInsertRows({}, row, row);
        m_names.insert(row, name);
        endInsertRows();
    }
    Q_EMIT tunnelUpdated(name);
}

void TunnelTable::remove(const QString &name)
{
    const int row = int(m_names.indexOf(name));
    m_status.remove(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_names.removeAt(row);
    endRemoveRows();
}

int TunnelTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int TunnelTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TunnelTable::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size())
        return {};
    const QString &name = m_names.at(index.row());
    const QVariantMap status = m_status.value(name);
    if (role == Qt::UserRole)
        return name;
    if (role == Qt::ToolTipRole && index.column() == Status)
        return status.value(QStringLiteral("error")).toString();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return name;
    case Status:
        return TunnelStatusText::state(status, QDateTime::currentSecsSinceEpoch());
    case Carries:
        return TunnelStatusText::families(status);
    case Mtu:
        return TunnelStatusText::mtu(status);
    default:
        return {};
    }
}

QVariant TunnelTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Carries:
        return tr("Carries");
    case Mtu:
        return tr("MTU");
    default:
        return {};
    }
}

} // namespace Lifeline::Windows
