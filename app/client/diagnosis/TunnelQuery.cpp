#include "TunnelQuery.h"

#include "Contract.h"
#include "HelperCall.h"

#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Lifeline::Diagnosis {

TunnelQuery::TunnelQuery(const QDBusConnection &bus, const QString &backupName, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_backupName(backupName)
{
}

void TunnelQuery::start()
{
    if (!m_bus.isConnected()) {
        finish();
        return;
    }
    // The helper stays while it supervises a tunnel and exits when idle: without an
    // owner of its name no tunnel is up, and asking would start a root daemon every round.
    whenFinished(m_bus.interface()->asyncCall(
                     QStringLiteral("NameHasOwner"), QString::fromLatin1(ServiceName)),
        this, [this](const QDBusPendingCallWatcher &watcher) {
            const QDBusPendingReply<bool> reply = watcher;
            if (reply.isError() || !reply.value()) {
                finish();
                return;
            }
            list();
        });
}

void TunnelQuery::list()
{
    whenFinished(callHelper(m_bus, QStringLiteral("ListTunnels"), {}, Authorisation::None), this,
        [this](const QDBusPendingCallWatcher &watcher) {
            const QDBusPendingReply<QStringList> reply = watcher;
            onListed(reply.isError() ? QStringList() : reply.value());
        });
}

void TunnelQuery::onListed(const QStringList &names)
{
    m_names = names;
    m_statuses = QList<QVariantMap>(names.size());
    m_pending = names.size();
    if (m_pending == 0) {
        finish();
        return;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        whenFinished(
            callHelper(m_bus, QStringLiteral("GetTunnel"), { names[i] }, Authorisation::None), this,
            [this, i](const QDBusPendingCallWatcher &watcher) {
                const QDBusPendingReply<QVariantMap> reply = watcher;
                // Removed in between, or the helper went away: that tunnel is not up.
                if (!reply.isError())
                    m_statuses[i] = reply.value();
                if (--m_pending == 0)
                    finish();
            });
    }
}

void TunnelQuery::finish()
{
    Q_EMIT done(choose(m_backupName, m_names, m_statuses));
}

TunnelFindings TunnelQuery::choose(
    const QString &backupName, const QStringList &names, const QList<QVariantMap> &statuses)
{
    const auto isUp = [&](qsizetype i) {
        return i < statuses.size()
            && statuses[i].value(QStringLiteral("state")).toString() == QLatin1String("up");
    };
    qsizetype chosen = names.indexOf(backupName);
    if (backupName.isEmpty() || chosen < 0 || !isUp(chosen)) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (isUp(i)) {
                chosen = i;
                break;
            }
        }
    }
    TunnelFindings tunnel;
    tunnel.name = backupName;
    if (chosen < 0 || chosen >= statuses.size())
        return tunnel;
    const QVariantMap &status = statuses[chosen];
    tunnel.name = names[chosen];
    tunnel.state = status.value(QStringLiteral("state")).toString();
    if (tunnel.state == QLatin1String("up")) {
        const QStringList families = status.value(QStringLiteral("families")).toStringList();
        tunnel.carriesIPv4 = families.contains(QLatin1String("ipv4"));
        tunnel.carriesIPv6 = families.contains(QLatin1String("ipv6"));
    }
    return tunnel;
}

} // namespace Lifeline::Diagnosis
