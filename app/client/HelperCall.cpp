#include "HelperCall.h"

#include "Contract.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>

namespace Lifeline {

namespace {

// polkit's agent may wait for a password; D-Bus's default 25 s is far too short.
constexpr int InteractiveTimeoutMs = 15 * 60 * 1000;

// On a bus that never connected Qt hands back a null pending call, whose
// watcher never signals: answer with an error instead, under the name every
// caller already reads as "helper unavailable".
QDBusPendingCall notConnected(const QDBusConnection &bus)
{
    const QDBusError last = bus.lastError();
    const QString detail = last.isValid() ? last.message() : QString();
    const QString message = detail.isEmpty()
        ? QCoreApplication::translate("HelperCall", "not connected to the bus")
        : QCoreApplication::translate("HelperCall", "not connected to the bus: %1").arg(detail);
    return QDBusPendingCall::fromError(QDBusError(QDBusError::Disconnected, message));
}

} // namespace

QDBusPendingCall callHelper(const QDBusConnection &bus, const QString &member,
    const QVariantList &arguments, Authorisation authorisation)
{
    if (!bus.isConnected())
        return notConnected(bus);
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(ServiceName),
        QString::fromLatin1(ObjectPath), QString::fromLatin1(InterfaceName), member);
    call.setArguments(arguments);
    if (authorisation == Authorisation::None)
        return bus.asyncCall(call);
    call.setInteractiveAuthorizationAllowed(true);
    return bus.asyncCall(call, InteractiveTimeoutMs);
}

void whenFinished(const QDBusPendingCall &call, QObject *context,
    std::function<void(const QDBusPendingCallWatcher &)> handler)
{
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    if (call.isFinished()) {
        // Answered already, or a null call (any asyncCall on an unconnected bus,
        // whose error() is Disconnected), whose watcher never signals. Answer
        // from the event loop, as for any other call, and only from here: the
        // watcher's own signal, if it comes, is not connected.
        QMetaObject::invokeMethod(
            watcher,
            [watcher, handler = std::move(handler)] {
                watcher->deleteLater();
                handler(*watcher);
            },
            Qt::QueuedConnection);
        return;
    }
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [handler = std::move(handler)](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            handler(*finished);
        });
}

} // namespace Lifeline
