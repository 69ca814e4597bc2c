#include "BackupTunnel.h"

#include "BackupSettings.h"
#include "Contract.h"
#include "HelperCall.h"
#include "HelperErrors.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

namespace Lifeline::Tray {

BackupTunnel::BackupTunnel(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

QString BackupTunnel::configuredName()
{
    return BackupSettings::load().tunnel;
}

QString BackupTunnel::choose(const QString &configured, const QStringList &tunnels)
{
    if (!configured.isEmpty())
        return tunnels.contains(configured) ? configured : QString();
    return tunnels.size() == 1 ? tunnels.constFirst() : QString();
}

void BackupTunnel::subscribe()
{
    // Once: a bus that is not connected never will be (callHelper says so to
    // every call), so there is nothing to retry.
    if (m_subscribed)
        return;
    m_subscribed = true;
    const QString service = QString::fromLatin1(ServiceName);
    m_bus.connect(service, QString::fromLatin1(ObjectPath),
        QString::fromLatin1(InterfaceName), QStringLiteral("TunnelChanged"), this,
        SLOT(onTunnelChanged(QString, QVariantMap)));
    // The helper exits when idle and is started again on demand; a new owner
    // may have reconciled tunnels, so look again then.
    auto *watcher = new QDBusServiceWatcher(service, m_bus, QDBusServiceWatcher::WatchForRegistration, this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, &BackupTunnel::refresh);
}

void BackupTunnel::noteError(const QDBusError &error)
{
    setReachable(classify(error) != Failure::HelperUnavailable);
}

void BackupTunnel::setReachable(bool reachable)
{
    if (reachable == m_helperReachable)
        return;
    m_helperReachable = reachable;
    Q_EMIT helperReachableChanged(reachable);
}

void BackupTunnel::refresh()
{
    subscribe();
    const int generation = ++m_generation;
    const QDBusPendingCall call = callHelper(m_bus, QStringLiteral("ListTunnels"), {}, Authorisation::None);
    whenFinished(call, this, [this, generation](const QDBusPendingCallWatcher &watcher) {
        if (generation != m_generation)
            return;
        const QDBusPendingReply<QStringList> reply = watcher;
        if (reply.isError()) {
            noteError(reply.error());
            return;
        }
        setReachable(true);
        const QString name = choose(configuredName(), reply.value());
        if (name != m_state.name) {
            m_state = {};
            m_state.name = name;
            Q_EMIT changed(m_state);
        }
        if (!name.isEmpty())
            fetchStatus();
    });
}

void BackupTunnel::fetchStatus()
{
    const int generation = m_generation;
    const QString name = m_state.name;
    const QDBusPendingCall call = callHelper(m_bus, QStringLiteral("GetTunnel"), { name }, Authorisation::None);
    whenFinished(call, this, [this, generation, name](const QDBusPendingCallWatcher &watcher) {
        if (generation != m_generation || name != m_state.name)
            return;
        const QDBusPendingReply<QVariantMap> reply = watcher;
        if (reply.isError()) {
            noteError(reply.error());
            return;
        }
        apply(reply.value());
    });
}

void BackupTunnel::onTunnelChanged(const QString &name, const QVariantMap &status)
{
    if (name == m_state.name) {
        if (status.value(QStringLiteral("state")).toString() == QLatin1String("removed"))
            refresh();
        else
            apply(status);
    } else if (!m_state.configured()) {
        refresh(); // a tunnel appeared: it may be the backup now
    }
}

void BackupTunnel::apply(const QVariantMap &status)
{
    BackupState next = m_state;
    next.state = status.value(QStringLiteral("state")).toString();
    // "as" inside a variant arrives as a QDBusArgument or, demarshalled, a QStringList.
    next.families = qdbus_cast<QStringList>(status.value(QStringLiteral("families")));
    next.error = status.value(QStringLiteral("error")).toString();
    if (next.state == m_state.state && next.families == m_state.families && next.error == m_state.error)
        return;
    m_state = next;
    Q_EMIT changed(m_state);
}

void BackupTunnel::setBusy(bool busy)
{
    if (m_state.busy == busy)
        return;
    m_state.busy = busy;
    Q_EMIT changed(m_state);
}

void BackupTunnel::turnOn(const QString &families)
{
    if (!m_state.configured() || m_state.busy)
        return;
    setBusy(true);
    const QDBusPendingCall call = callHelper(m_bus, QStringLiteral("ConnectTunnel"),
        { m_state.name, families }, Authorisation::Interactive);
    whenFinished(call, this, [this](const QDBusPendingCallWatcher &watcher) {
        setBusy(false);
        if (watcher.isError()) {
            noteError(watcher.error());
            Q_EMIT failed(tr("The backup connection could not be turned on. %1").arg(describe(watcher.error())));
            return;
        }
        fetchStatus(); // TunnelChanged may have come before our subscription saw this tunnel
    });
}

void BackupTunnel::turnOff()
{
    if (!m_state.configured() || m_state.busy)
        return;
    setBusy(true);
    const QDBusPendingCall call = callHelper(m_bus, QStringLiteral("DisconnectTunnel"),
        { m_state.name }, Authorisation::Interactive);
    whenFinished(call, this, [this](const QDBusPendingCallWatcher &watcher) {
        setBusy(false);
        if (watcher.isError()) {
            noteError(watcher.error());
            Q_EMIT failed(tr("The backup connection could not be turned off. %1").arg(describe(watcher.error())));
            return;
        }
        fetchStatus();
    });
}

void BackupTunnel::repair()
{
    if (!m_state.configured())
        return;
    Q_EMIT repairStarted();
    const QDBusPendingCall call = callHelper(m_bus, QStringLiteral("FixMtu"), { m_state.name },
        Authorisation::Interactive);
    whenFinished(call, this, [this](const QDBusPendingCallWatcher &watcher) {
        const QDBusPendingReply<uint> reply = watcher;
        if (reply.isError()) {
            noteError(reply.error());
            Q_EMIT repairFailed(tr("The repair did not work. %1").arg(describe(reply.error())));
            return;
        }
        Q_EMIT repaired(reply.value());
    });
}

} // namespace Lifeline::Tray
