#include "TunnelUpCommand.h"

#include "Contract.h"
#include "ExitCodes.h"
#include "HelperCall.h"
#include "Output.h"
#include "TunnelFormat.h"

#include <QCoreApplication>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

#include <utility>

namespace Lifeline {

namespace {

QString stateOf(const QVariantMap &status)
{
    return status.value(QStringLiteral("state")).toString();
}

} // namespace

TunnelUpCommand::TunnelUpCommand(const QDBusConnection &bus, TunnelRequest request,
    std::function<void(int)> done, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_request(std::move(request))
    , m_done(std::move(done))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &TunnelUpCommand::onTimeout);
}

void TunnelUpCommand::start()
{
    if (m_request.wait && !subscribe())
        return;
    const QDBusPendingCall call = callHelper(m_bus, QStringLiteral("ConnectTunnel"),
        { m_request.name, m_request.families }, Authorisation::Interactive);
    whenFinished(
        call, this, [this](const QDBusPendingCallWatcher &watcher) { onConnectReply(watcher); });
}

bool TunnelUpCommand::subscribe()
{
    const QString service = QString::fromLatin1(ServiceName);
    // arg0 is the tunnel's name: the bus passes on only what concerns ours.
    if (!m_bus.connect(service, QString::fromLatin1(ObjectPath), QString::fromLatin1(InterfaceName),
            QStringLiteral("TunnelChanged"), { m_request.name }, QString(), this,
            SLOT(onTunnelChanged(QString, QVariantMap)))) {
        Output::error(
            QCoreApplication::translate("lifelinectl", "cannot listen to Lifeline's helper: %1")
                .arg(m_bus.lastError().message()));
        finish(Exit::HelperUnavailable);
        return false;
    }
    auto *watcher
        = new QDBusServiceWatcher(service, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
        [this](const QString &, const QString &oldOwner, const QString &) {
            onOwnerChanged(oldOwner);
        });
    return true;
}

void TunnelUpCommand::onConnectReply(const QDBusPendingCallWatcher &watcher)
{
    if (watcher.isError()) {
        finish(Output::tunnelFailure(watcher.error()));
        return;
    }
    m_accepted = true;
    if (!m_request.wait) {
        Output::line(QCoreApplication::translate(
            "lifelinectl", "Connecting tunnel %1. See how it goes with: lifelinectl tunnel show %1")
                         .arg(m_request.name));
        finish(Exit::Ok);
        return;
    }
    // Counted from here: a password prompt before it is no reason to give up.
    if (m_request.timeoutSeconds > 0)
        m_timeout.start(m_request.timeoutSeconds * 1000);
    // Already up (or failed) before we asked: no TunnelChanged will come.
    const QDBusPendingCall call
        = callHelper(m_bus, QStringLiteral("GetTunnel"), { m_request.name }, Authorisation::None);
    whenFinished(
        call, this, [this](const QDBusPendingCallWatcher &status) { onStatusReply(status); });
}

void TunnelUpCommand::onStatusReply(const QDBusPendingCallWatcher &watcher)
{
    const QDBusPendingReply<QVariantMap> reply = watcher;
    if (reply.isError()) {
        finish(Output::tunnelFailure(reply.error()));
        return;
    }
    update(reply.value());
}

void TunnelUpCommand::onTunnelChanged(const QString &name, const QVariantMap &status)
{
    if (name == m_request.name)
        update(status);
}

void TunnelUpCommand::update(const QVariantMap &status)
{
    if (m_finished)
        return;
    m_status = TunnelFormat::plainStatus(status);
    if (stateOf(m_status) == u"connecting")
        m_sawConnecting = true;
    // Before the reply, a status may predate our request; the reply settles it.
    if (m_accepted)
        decide();
}

void TunnelUpCommand::decide()
{
    const QString state = stateOf(m_status);
    const QString &name = m_request.name;
    if (state == u"up") {
        const QString interface = m_status.value(QStringLiteral("interface")).toString();
        Output::line(interface.isEmpty()
                ? QCoreApplication::translate("lifelinectl", "Tunnel %1 is up.").arg(name)
                : QCoreApplication::translate("lifelinectl", "Tunnel %1 is up (interface %2).")
                      .arg(name, interface));
        finish(Exit::Ok);
    } else if (state == u"failed") {
        const QString error = m_status.value(QStringLiteral("error")).toString();
        Output::error(error.isEmpty()
                ? QCoreApplication::translate(
                    "lifelinectl", "tunnel %1 failed to come up; the helper gave no reason")
                      .arg(name)
                : QCoreApplication::translate("lifelinectl", "tunnel %1 failed to come up: %2")
                      .arg(name, error));
        finish(Exit::Failed);
    } else if (state == u"removed") {
        Output::error(
            QCoreApplication::translate("lifelinectl", "tunnel %1 was removed while connecting")
                .arg(name));
        finish(Exit::Failed);
    } else if (state == u"down" && m_sawConnecting) {
        // Someone (or something) disconnected it while we waited.
        Output::error(
            QCoreApplication::translate("lifelinectl", "tunnel %1 went down before it was up")
                .arg(name));
        finish(Exit::Failed);
    }
}

void TunnelUpCommand::onTimeout()
{
    if (m_finished)
        return;
    // Saying where it got to (connecting, down...) helps to decide what next.
    const QString state = stateOf(m_status);
    Output::error(
        QCoreApplication::translate("lifelinectl",
            "tunnel %1 is not up yet (state: %2) and the time to wait (--timeout %3) ran out; "
            "it may still come up: lifelinectl tunnel show %1")
            .arg(m_request.name,
                state.isEmpty() ? QCoreApplication::translate("lifelinectl", "unknown") : state)
            .arg(m_request.timeoutSeconds));
    finish(Exit::TryAgain);
}

void TunnelUpCommand::onOwnerChanged(const QString &oldOwner)
{
    // Before the reply, the helper's disappearance arrives as the call's error.
    if (m_finished || !m_accepted || oldOwner.isEmpty())
        return;
    Output::error(QCoreApplication::translate(
        "lifelinectl", "Lifeline's helper stopped while tunnel %1 was connecting")
                      .arg(m_request.name));
    finish(Exit::HelperUnavailable);
}

void TunnelUpCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_done(exitCode);
}

} // namespace Lifeline
