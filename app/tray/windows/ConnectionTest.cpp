#include "ConnectionTest.h"

#include "Contract.h"
#include "HelperCall.h"
#include "HelperErrors.h"
#include "TunnelStatusText.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>

namespace Lifeline::Windows {

namespace {

// A server that has not answered in this time will not: the keys, the port or
// the server's firewall are wrong. wg-quick's own users wait about as long.
constexpr int DeadlineMs = 20 * 1000;
constexpr int PollMs = 1000;

QString stateOf(const QVariantMap &status)
{
    return status.value(QStringLiteral("state")).toString();
}

} // namespace

ConnectionTest::ConnectionTest(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(DeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        conclude(false,
            tr("The server did not answer within %1 seconds. Check that WireGuard runs on the "
               "server, that its firewall lets UDP through to the port, and that each side has "
               "the other's public key.")
                .arg(m_deadline.interval() / 1000),
            m_connectedByUs && !m_keep);
    });
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &ConnectionTest::askStatus);
}

void ConnectionTest::start(const QString &name)
{
    if (isRunning())
        return;
    m_name = name;
    m_connectedByUs = false;
    m_connectAnswered = false;
    subscribe(true);
    Q_EMIT progress(tr("Looking at the connection…"));
    const QDBusPendingCall call
        = callHelper(m_bus, QStringLiteral("GetTunnel"), { name }, Authorisation::None);
    whenFinished(call, this, [this](const QDBusPendingCallWatcher &watcher) { onFirstStatus(watcher); });
}

void ConnectionTest::subscribe(bool on)
{
    const QString service = QString::fromLatin1(ServiceName);
    const QString path = QString::fromLatin1(ObjectPath);
    const QString interface = QString::fromLatin1(InterfaceName);
    const char *slot = SLOT(onTunnelChanged(QString, QVariantMap));
    // arg0 is the tunnel's name: the bus passes on only what concerns ours.
    if (on)
        m_bus.connect(service, path, interface, QStringLiteral("TunnelChanged"), { m_name }, QString(), this, slot);
    else
        m_bus.disconnect(service, path, interface, QStringLiteral("TunnelChanged"), { m_name }, QString(), this, slot);
}

void ConnectionTest::onFirstStatus(const QDBusPendingCallWatcher &watcher)
{
    if (!isRunning())
        return;
    const QDBusPendingReply<QVariantMap> reply = watcher;
    if (reply.isError()) {
        conclude(false, describe(reply.error()), false);
        return;
    }
    if (stateOf(reply.value()) == QLatin1String("up")) {
        m_connectAnswered = true;
        m_deadline.start();
        m_poll.start();
        judge(reply.value());
        return;
    }
    Q_EMIT progress(tr("Connecting…"));
    const QDBusPendingCall call = callHelper(
        m_bus, QStringLiteral("ConnectTunnel"), { m_name, QString() }, Authorisation::Interactive);
    whenFinished(call, this, [this](const QDBusPendingCallWatcher &watcher) { onConnected(watcher); });
}

void ConnectionTest::onConnected(const QDBusPendingCallWatcher &watcher)
{
    if (!isRunning())
        return;
    if (watcher.isError()) {
        conclude(false, tr("Lifeline could not connect: %1").arg(describe(watcher.error())), false);
        return;
    }
    m_connectedByUs = true;
    m_connectAnswered = true;
    m_deadline.start();
    m_poll.start();
    askStatus();
}

void ConnectionTest::askStatus()
{
    const QDBusPendingCall call
        = callHelper(m_bus, QStringLiteral("GetTunnel"), { m_name }, Authorisation::None);
    const QString name = m_name;
    whenFinished(call, this, [this, name](const QDBusPendingCallWatcher &watcher) {
        // A late answer for a test that ended (or another tunnel's) is dropped.
        if (name != m_name)
            return;
        const QDBusPendingReply<QVariantMap> reply = watcher;
        if (reply.isError())
            conclude(false, describe(reply.error()), false);
        else
            judge(reply.value());
    });
}

void ConnectionTest::onTunnelChanged(const QString &name, const QVariantMap &status)
{
    if (name == m_name)
        judge(status);
}

void ConnectionTest::judge(const QVariantMap &status)
{
    if (!isRunning() || !m_connectAnswered)
        return;
    const QString state = stateOf(status);
    const bool disconnect = m_connectedByUs && !m_keep;
    if (state == QLatin1String("up")) {
        const qint64 handshake = status.value(QStringLiteral("last-handshake")).toLongLong();
        if (handshake > 0) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            conclude(true,
                tr("It works: the server answered (%1).").arg(TunnelStatusText::age(now - handshake)),
                disconnect);
        } else {
            Q_EMIT progress(tr("Connected. Waiting for the server to answer…"));
        }
    } else if (state == QLatin1String("connecting")) {
        Q_EMIT progress(tr("Connecting…"));
    } else if (state == QLatin1String("failed")) {
        const QString error = status.value(QStringLiteral("error")).toString();
        conclude(false, tr("The connection failed: %1").arg(error), false);
    } else {
        conclude(false, tr("The connection went down before the server answered."), false);
    }
}

void ConnectionTest::conclude(bool passed, const QString &sentence, bool disconnect)
{
    m_deadline.stop();
    m_poll.stop();
    subscribe(false);
    const QString name = m_name;
    if (!disconnect) {
        const bool kept = passed && m_connectedByUs;
        m_name.clear();
        Q_EMIT finished(passed, kept ? sentence + u' ' + tr("It stays connected.") : sentence);
        return;
    }
    const QDBusPendingCall call = callHelper(
        m_bus, QStringLiteral("DisconnectTunnel"), { name }, Authorisation::Interactive);
    // Still "running" until the disconnect is answered, so no second test overlaps it.
    m_connectAnswered = false;
    whenFinished(call, this, [this, passed, sentence](const QDBusPendingCallWatcher &watcher) {
        const QString after = watcher.isError()
            ? tr("Lifeline could not disconnect it again: %1").arg(describe(watcher.error()))
            : tr("It has been disconnected again.");
        m_name.clear();
        Q_EMIT finished(passed, sentence + u' ' + after);
    });
}

} // namespace Lifeline::Windows
